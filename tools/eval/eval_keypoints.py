"""ROUGE of Nutshell's key points against its whole-sentence summary and Lead.

Run through tools/eval/eval-keypoints.sh, which builds the CLI. Three
methods at the same word budget, each truncated the same way (the first
BUDGET words of its text, in order):
- Key points: `nutshell analyze --keypoints --words BUDGET`, the bullets;
- Sentences: `nutshell analyze --words BUDGET`, Nutshell's own summary;
- Lead: the article's first body sentences (header lines left out), as
  many as fit the budget (at least one).
Budgets: "60w" (60 words for every document) and "refw" (each document's
reference length in words). Scores: Google's rouge-score, stemming on, F1
x 100, bootstrap 95% confidence intervals over documents (as
eval_summary.py). A paired bootstrap gives the key points' gain over
Sentences and over Lead with its interval.

Halves: GUM by tools/eval/splits/summaries.json; CNN/DM by
tools/eval/splits/summaries-cnndm.json, made by --make-split with the same
rule (documents ordered by sha256("nutshell-summary-split-v1:" + id), the
first half rounded up is TUNE).
"""

import json
import os
import random
import sys

from rouge_score import rouge_scorer

from eval_cards import hashed_strata
from eval_common import SUMMARY_SPLITS, summary_args, summary_parser
from eval_summary import BOOTSTRAP_SAMPLES, METRICS, SALT, WORD, bootstrap, candidates, fit_budget, run_nutshell

SPLITS = SUMMARY_SPLITS


def truncate(texts, budget):
    """The first `budget` words of `texts` joined, as one text."""
    out, words = [], 0
    for text in texts:
        matches = list(WORD.finditer(text))
        if words + len(matches) <= budget:
            out.append(text)
            words += len(matches)
            continue
        if budget > words:
            out.append(text[: matches[budget - words - 1].end()])
        break
    return out


def make_split(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    (ids,) = hashed_strata(rows, None, SALT)
    tune = set(ids[: (len(ids) + 1) // 2])
    split = {
        "about": "Fixed TUNE / HELD-ASIDE halves of the CNN/DM dev set (ids only), made by "
                 "tools/eval/eval_keypoints.py --make-split: documents ordered by "
                 f"sha256('{SALT}' + id), first half rounded up is tune (the rule of summaries.json).",
        "file": os.path.join(os.path.basename(os.path.dirname(path)), os.path.basename(path)),
        "tune": [r["id"] for r in rows if r["id"] in tune],
        "aside": [r["id"] for r in rows if r["id"] not in tune],
    }
    out = SPLITS[os.path.basename(path)]
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps(split, indent=1) + "\n")
    print(f"wrote {out}")


def evaluate(binary, docs, length):
    """Per document, the texts each method gives at `length`."""
    def budget(d):
        return 60 if length == "60w" else len(WORD.findall(" ".join(d["reference"])))

    groups = {}
    for d in docs:
        groups.setdefault(budget(d), []).append(d)
    picks = {"Key points": {}, "Sentences": {}, "Lead": {}}
    for words, group in groups.items():
        points = run_nutshell(binary, group, ["--keypoints", "--words", str(words)])
        sentences = run_nutshell(binary, group, ["--words", str(words)])
        for d in group:
            text = d["text"]
            picks["Key points"][d["id"]] = truncate([k["text"] for k in points[d["id"]]["keypoints"]], words)
            analysis = sentences[d["id"]]
            chosen = [analysis["sentences"][p["sentence"]] for p in analysis["summary"]]
            picks["Sentences"][d["id"]] = truncate([text[s["start"]:s["end"]] for s in chosen], words)
            body = candidates(d, analysis)
            lead = fit_budget([body[:i] for i in range(1, len(body) + 1)], words) if body else []
            picks["Lead"][d["id"]] = truncate(lead, words)
    return picks


def paired_gain(a, b, rng):
    """Mean of a - b with a paired bootstrap 95% interval."""
    diffs = [x - y for x, y in zip(a, b)]
    return (sum(diffs) / len(diffs), *bootstrap(diffs, rng))


def report(path, length, part, docs, picks):
    scorer = rouge_scorer.RougeScorer(METRICS, use_stemmer=True)
    rng = random.Random(2024)
    scores = {}
    for name, chosen in picks.items():
        per_metric = {m: [] for m in METRICS}
        for d in docs:
            s = scorer.score("\n".join(d["reference"]), "\n".join(chosen[d["id"]]))
            for m in METRICS:
                per_metric[m].append(s[m].fmeasure * 100)
        scores[name] = per_metric
    label = {"tune": " (TUNE half)", "aside": " (HELD-ASIDE half)"}.get(part, "")
    print(f"\n## {os.path.basename(path)}{label}, {len(docs)} documents, budget {length}: "
          "ROUGE F1 x 100 [bootstrap 95% CI]\n")
    print("| method | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | words | items |")
    print("|---|---|---|---|---|---|")
    for name, per_metric in scores.items():
        cells = " | ".join("{:.1f} [{:.1f}, {:.1f}]".format(*(sum(v) / len(v), *bootstrap(v, rng)))
                           for v in (per_metric[m] for m in METRICS))
        words = sum(len(WORD.findall(" ".join(picks[name][d["id"]]))) for d in docs) / len(docs)
        items = sum(len(picks[name][d["id"]]) for d in docs) / len(docs)
        print(f"| {name} | {cells} | {words:.0f} | {items:.1f} |")
    for other in ["Sentences", "Lead"]:
        cells = ", ".join("{} {:+.1f} [{:+.1f}, {:+.1f}]".format(
            m, *paired_gain(scores["Key points"][m], scores[other][m], rng)) for m in METRICS)
        print(f"\nKey points minus {other} (paired bootstrap 95% CI): {cells}")
    sys.stdout.flush()


def main():
    args = summary_args(summary_parser(__doc__.split("\n")[0], "FILE.jsonl:LENGTH, LENGTH being 60w or refw",
                                       make_split))
    for run in args.runs:
        path, length = run.rsplit(":", 1)
        docs = [json.loads(line) for line in open(path, encoding="utf-8")]
        picks = evaluate(args.nutshell, docs, length)
        split = json.load(open(SPLITS[os.path.basename(path)], encoding="utf-8"))
        for part in [None, "tune", "aside"]:
            keep = set(split[part]) if part else None
            chosen = [d for d in docs if keep is None or d["id"] in keep]
            report(path, length, part, chosen, picks)


if __name__ == "__main__":
    main()
