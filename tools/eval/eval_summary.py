"""ROUGE of Nutshell's summaries against Lead-k and sumy's classic methods.

Run through tools/eval/eval-summary.sh, which makes the virtual environment and
builds the CLI. Every method chooses from the same sentences: the split
Nutshell's CLI prints (header lines such as a headline are left out for all
methods alike). Scores are Google's rouge-score (stemming on, F1 x 100),
with a bootstrap 95% confidence interval over documents.

Data: JSON lines {"id", "text", "reference": [sentences]} (the layout of
shared/data/summarization/). Lengths: "ref" takes as many sentences as each
reference has, a number takes that many, "60w" fills a 60-word budget.

Stand-alone violations: every method's picks go through Nutshell's own
checks (`nutshell standalone`, src/engine/summary/standalone.rs): the
column counts the chosen sentences, over all documents, that cannot stand
on their own (a heading or caption, a question, an aside, a colon at the
end, a quote cut in two, a pronoun or connective whose sentence before is
not chosen too).

GUM summaries and BBC are split (tools/eval/splits/summaries.json and
summaries-bbc.json, made by --make-split FILE): within each genre (BBC has
none: one stratum), documents ordered by
sha256("nutshell-summary-split-v1:" + id), the first half rounded up is
TUNE, the rest HELD-ASIDE. --part tune|aside scores one half of each run's
file; tune on TUNE only and quote HELD-ASIDE beside it.
"""

import json
import os
import random
import re
import subprocess
import sys

from rouge_score import rouge_scorer
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from eval_cards import hashed_strata
from eval_common import ROOT, SUMMARY_SPLITS, summary_args, summary_parser

METRICS = ["rouge1", "rouge2", "rougeLsum"]
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
BOOTSTRAP_SAMPLES = 1000
SPLITS = SUMMARY_SPLITS
SALT = "nutshell-summary-split-v1:"


class Tokenizer:
    """sumy's tokenizer interface over a plain word regex (NLTK's punkt data
    cannot be downloaded here, and sentences come from Nutshell anyway)."""

    language = "english"

    def to_words(self, text):
        return WORD.findall(text)


def sumy_methods():
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")
    methods = {}
    for name, cls in [("sumy TextRank", TextRankSummarizer), ("sumy LexRank", LexRankSummarizer),
                      ("sumy Luhn", LuhnSummarizer), ("sumy LSA", LsaSummarizer),
                      ("sumy SumBasic", SumBasicSummarizer), ("sumy KL-Sum", KLSummarizer)]:
        summarizer = cls(stemmer)
        summarizer.stop_words = stop_words
        methods[name] = summarizer
    return methods


def run_nutshell(binary, docs, option):
    """Nutshell's analysis of every doc, with one length option for all."""
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([binary, "analyze", "--jsonl", *option], input=lines, capture_output=True,
                         text=True, check=True).stdout
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def sentence_texts(doc, analysis):
    return [doc["text"][s["start"]:s["end"]] for s in analysis["sentences"]]


def candidates(doc, analysis):
    """The texts of the body sentences (not the header lines)."""
    title = analysis["meta"]["title"]
    header = {title} if title else set()
    return [s for i, s in enumerate(sentence_texts(doc, analysis)) if not (i == 0 and s.lstrip("# ") in header)]


def count_violations(checker, docs, analyses, picks):
    """How many picked sentences of each method fail the stand-alone checks."""
    lines = []
    for i, d in enumerate(docs):
        index = {}
        for n, s in enumerate(sentence_texts(d, analyses[d["id"]])):
            index.setdefault(s, n)
        lines.append(json.dumps({"text": d["text"], "summaries": [[index[s] for s in chosen[i]] for chosen in picks.values()]}))
    out = subprocess.run([checker, "standalone"], input="\n".join(lines) + "\n", capture_output=True, text=True,
                         check=True).stdout
    counts = {name: 0 for name in picks}
    checks = {}
    for line in out.splitlines():
        found = json.loads(line)
        for name, violations in zip(picks, found.get("violations", [])):
            counts[name] += len(violations)
            if name == "Nutshell":
                for v in violations:
                    checks[v["check"]] = checks.get(v["check"], 0) + 1
    return counts, checks


def fit_budget(ranked, words):
    """The longest prefix of `ranked` (sentence lists, shortest first) that
    stays within `words` words; at least the first."""
    best = ranked[0]
    for choice in ranked:
        if sum(len(WORD.findall(s)) for s in choice) <= words:
            best = choice
    return best


def sumy_pick(summarizer, sentences, k):
    tokenizer = Tokenizer()
    document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
    chosen = {str(s) for s in summarizer(document, k)}
    return [s for s in sentences if s in chosen]


def make_split(path):
    out = SPLITS[os.path.basename(path)]
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    stratum = "genre" if any("genre" in r for r in rows) else None
    tune = set()
    for ids in hashed_strata(rows, stratum, SALT):
        tune.update(ids[: (len(ids) + 1) // 2])
    within = "within each genre, " if stratum else ""
    split = {
        "about": f"Fixed TUNE / HELD-ASIDE halves of {os.path.basename(path)} (ids only), made by "
                 f"tools/eval/eval_summary.py --make-split: {within}documents ordered by "
                 f"sha256('{SALT}' + id), first half rounded up is tune.",
        "file": os.path.relpath(path, os.path.join(ROOT, "..", "shared", "data")),
        **({"stratified_by": stratum} if stratum else {}),
        "tune": [r["id"] for r in rows if r["id"] in tune],
        "aside": [r["id"] for r in rows if r["id"] not in tune],
    }
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(split, indent=1) + "\n")
    print(f"wrote {os.path.relpath(out, ROOT)}")


def split_part(path, part):
    """The ids of one half of the split of the data file `path`."""
    name = os.path.basename(path)
    if name not in SPLITS:
        sys.exit(f"eval_summary: --part: no split of {name} (splits: {', '.join(SPLITS)})")
    return set(json.load(open(SPLITS[name], encoding="utf-8"))[part])


def bootstrap(values, rng):
    n = len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(BOOTSTRAP_SAMPLES))
    return means[int(0.025 * BOOTSTRAP_SAMPLES)], means[int(0.975 * BOOTSTRAP_SAMPLES) - 1]


def evaluate(binary, checker, path, length, methods, keep=None):
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    if keep is not None:
        docs = [d for d in docs if d["id"] in keep]
    scorer = rouge_scorer.RougeScorer(METRICS, use_stemmer=True)
    budget = int(length[:-1]) if length.endswith("w") else None

    def wanted(doc):
        return len(doc["reference"]) if length == "ref" else (None if budget else int(length))

    # Nutshell, run once per distinct length.
    nutshell = {}
    option_of = (lambda d: ["--words", str(budget)]) if budget else (lambda d: ["--sentences", str(wanted(d))])
    groups = {}
    for d in docs:
        groups.setdefault(tuple(option_of(d)), []).append(d)
    for option, group in groups.items():
        nutshell.update(run_nutshell(binary, group, list(option)))

    picks = {name: [] for name in ["Nutshell", "Lead", *methods]}
    for d in docs:
        analysis = nutshell[d["id"]]
        text = d["text"]
        sentences = candidates(d, analysis)
        picks["Nutshell"].append([text[analysis["sentences"][p["sentence"]]["start"]:analysis["sentences"][p["sentence"]]["end"]]
                                  for p in analysis["summary"]])
        k = wanted(d)
        if budget:
            picks["Lead"].append(fit_budget([sentences[:i] for i in range(1, len(sentences) + 1)], budget))
            for name, summarizer in methods.items():
                ranked = [sumy_pick(summarizer, sentences, i) for i in range(1, min(len(sentences), 8) + 1)]
                picks[name].append(fit_budget(ranked, budget))
        else:
            picks["Lead"].append(sentences[:k])
            for name, summarizer in methods.items():
                picks[name].append(sumy_pick(summarizer, sentences, k))

    violations, checks = count_violations(checker, docs, nutshell, picks)
    rng = random.Random(2024)
    rows = []
    for name, chosen in picks.items():
        per_metric = {m: [] for m in METRICS}
        for d, summary in zip(docs, chosen):
            scores = scorer.score("\n".join(d["reference"]), "\n".join(summary))
            for m in METRICS:
                per_metric[m].append(scores[m].fmeasure * 100)
        words = sum(len(WORD.findall(" ".join(s))) for s in chosen) / len(chosen)
        rows.append((name, {m: (sum(v) / len(v), *bootstrap(v, rng)) for m, v in per_metric.items()}, words,
                     violations[name]))
    return len(docs), rows, checks


def main():
    parser = summary_parser(__doc__.split("\n")[0], "FILE.jsonl:LENGTH, LENGTH being ref, a number, or NNw", make_split)
    parser.add_argument("--no-peers", action="store_true", help="score Nutshell and Lead only")
    parser.add_argument("--checker", help="the nutshell binary whose checks count violations (default --nutshell)")
    parser.add_argument("--part", choices=["tune", "aside"],
                        help="score one half of each run's file (its split in tools/eval/splits/)")
    args = summary_args(parser)
    methods = {} if args.no_peers else sumy_methods()
    label = {"tune": " (TUNE half)", "aside": " (HELD-ASIDE half)"}.get(args.part, "")
    for run in args.runs:
        path, length = run.rsplit(":", 1)
        keep = split_part(path, args.part) if args.part else None
        n, rows, checks = evaluate(args.nutshell, args.checker or args.nutshell, path, length, methods, keep)
        print(f"\n## {path.split('/')[-1]}{label}, {n} documents, length {length}: ROUGE F1 x 100 [bootstrap 95% CI]\n")
        print("| method | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words | stand-alone violations |")
        print("|---|---|---|---|---|---|")
        for name, scores, words, violations in rows:
            cells = " | ".join(f"{mean:.1f} [{lo:.1f}, {hi:.1f}]" for mean, lo, hi in (scores[m] for m in METRICS))
            print(f"| {name} | {cells} | {words:.0f} | {violations} |")
        if checks:
            print("\nNutshell's violations by check: " + ", ".join(f"{c} {k}" for c, k in sorted(checks.items())))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
