#!/usr/bin/env python3
"""Page extraction, Nutshell's against Readability.js's, on the saved web
pages of ../shared/data/web (issue 16).

- Body: token F1 of the article body as the article-extraction benchmark
  computes it (scrapinghub/article-extraction-benchmark, evaluate.py):
  texts tokenised by the regex \\w+ (Unicode), 4-token shingles counted
  with their multiplicity, per page true/false positives and negatives
  normalised to sum to one so long pages weigh no more than short ones,
  precision and recall averaged over the pages (a page with nothing
  predicted counts precision 0), F1 from the two means. On the benchmark's
  pages (`scrapinghub.dev.jsonl`).
  Nutshell's body is the text `nutshell extract` prints after its first
  blank line when it gives a title, byline or date (the header lines it
  adds), without the lines
  it marks as captions ("Caption: ..."), since the benchmark's gold body
  has no captions; the score of the whole text is given beside it.
- Title exact match (white space folded) and date found (the gold's
  YYYY-MM-DD) on Readability's test pages (`readability.dev.jsonl`), where
  the gold has one; byline exact match for information.

The pages are split into a tune and an aside half
(tools/eval/splits/extract.json); both are reported.

    python3 tools/eval/eval_extract.py --nutshell target/release/nutshell [--data ../shared/data]
        [--out tools/eval/results/extract.md] [--errors tune]
"""

import argparse
import collections
import json
import os
import re
import subprocess

from eval_common import EVAL, ROOT, js_peer_versions, made_by, nutshell_version, run_record, versions_line

SPLITS = os.path.join(EVAL, "splits", "extract.json")
TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)
CAPTION = "Caption: "


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    grams = [tuple(tokens[i:i + n]) for i in range(0, max(1, len(tokens) - n + 1))]
    return collections.Counter(g for g in grams if g)


def tp_fp_fn(gold, pred):
    """The benchmark's string_shingle_matching: shingle counts compared,
    normalised to sum to one."""
    g, p = shingles(gold), shingles(pred)
    tp = fp = fn = 0.0
    for key in set(g) | set(p):
        tp += min(g[key], p[key])
        fp += max(0, p[key] - g[key])
        fn += max(0, g[key] - p[key])
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def body_scores(counts):
    """The benchmark's metrics_from_tp_fp_fns."""
    ps = [precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "precision": p, "recall": r, "pages": len(counts)}


def fold(text):
    return " ".join((text or "").split())


def nutshell_pages(binary, data, rows):
    """Per page: the body, the whole text, title, byline and date `nutshell extract` gives."""
    out = {}
    for row in rows:
        done = subprocess.run([binary, "extract", os.path.join(data, row["html_path"])],
                              capture_output=True, text=True)
        if done.returncode != 0:
            out[row["id"]] = {"body": "", "text": "", "title": None, "byline": None, "date": None,
                              "error": done.stderr.strip()}
            continue
        page = json.loads(done.stdout)
        # The header lines (title, byline, date) end at the first blank
        # line; there are none when the page gives no metadata.
        has_header = any(page.get(k) for k in ("title", "byline", "date"))
        body = page["text"].split("\n\n", 1)[-1] if has_header else page["text"]
        body = "\n\n".join(p for p in body.split("\n\n") if not p.startswith(CAPTION))
        out[row["id"]] = {**page, "body": body}
    return out


def readability_pages(data, path):
    script = os.path.join(EVAL, "peers", "readability.mjs")
    done = subprocess.run(["node", script, data, path], capture_output=True, text=True, check=True)
    pages = {}
    for line in done.stdout.splitlines():
        page = json.loads(line)
        pages[page["id"]] = {**page, "body": page["text"]}
    return pages


def metadata_scores(rows, pages):
    titles = [fold(pages[r["id"]]["title"]) == fold(r["gold_title"]) for r in rows if fold(r.get("gold_title"))]
    dates = [(pages[r["id"]]["date"] or "") == r["gold_date"][:10] for r in rows if r.get("gold_date")]
    bylines = [fold(pages[r["id"]]["byline"]) == fold(r["gold_byline"]) for r in rows if fold(r.get("gold_byline"))]
    share = lambda xs: (sum(xs) / len(xs) if xs else 0.0, len(xs))
    return {"title": share(titles), "date": share(dates), "byline": share(bylines)}


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", required=True, help="path of the nutshell binary")
    p.add_argument("--data", default=os.path.join(os.path.dirname(ROOT), "shared", "data"))
    p.add_argument("--out", help="write the Markdown report here")
    p.add_argument("--errors", choices=["tune"], help="list the tune half's worst pages (never the aside half)")
    args = p.parse_args()
    with open(SPLITS, encoding="utf-8") as f:
        splits = json.load(f)["sets"]
    systems = ["Nutshell", "Readability.js"]
    results = {}
    for set_name, split in splits.items():
        path = os.path.join(args.data, split["file"])
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        by_id = {r["id"]: r for r in rows}
        answers = {"Nutshell": nutshell_pages(args.nutshell, args.data, rows),
                   "Readability.js": readability_pages(args.data, path)}
        for half in ("tune", "aside"):
            half_rows = [by_id[i] for i in split[half]]
            for system in systems:
                pages = answers[system]
                if set_name == "scrapinghub":
                    counts = [tp_fp_fn(r["gold_text"], pages[r["id"]]["body"]) for r in half_rows]
                    whole = [tp_fp_fn(r["gold_text"], pages[r["id"]]["text"]) for r in half_rows]
                    results[(set_name, half, system)] = {"body": body_scores(counts), "whole": body_scores(whole)}
                    if args.errors == half == "tune" and system == "Nutshell":
                        worst = sorted(zip(half_rows, counts), key=lambda rc: recall(*rc[1]) * precision(*rc[1]))
                        for r, c in worst[:15]:
                            print(f"{r['id']}: precision {precision(*c):.3f} recall {recall(*c):.3f}")
                else:
                    results[(set_name, half, system)] = metadata_scores(half_rows, pages)
                    if args.errors == half == "tune" and system == "Nutshell":
                        for r in half_rows:
                            page = pages[r["id"]]
                            if fold(r.get("gold_title")) and fold(page["title"]) != fold(r["gold_title"]):
                                print(f"{r['id']}: title {page['title']!r} gold {r['gold_title']!r}")
                            if r.get("gold_date") and page["date"] != r["gold_date"][:10]:
                                print(f"{r['id']}: date {page['date']!r} gold {r['gold_date']!r}")
    report = render(results, args)
    print(report)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(report)


def render(results, args):
    run = run_record(None, {"nutshell": nutshell_version(args.nutshell),
                            "peers": js_peer_versions("@mozilla/readability", "linkedom")})
    lines = ["# Page extraction (issue 16)", "", made_by(run), versions_line(run), "",
             "## Article body on the article-extraction benchmark's pages (scrapinghub.dev.jsonl)", "",
             "Token F1 as the benchmark's evaluate.py computes it (4-token shingles of \\w+ tokens, per-page",
             "normalised counts, mean precision and recall over pages). Nutshell's body leaves out the",
             "title, byline and date lines and the caption lines it adds; \"whole text\" is everything",
             "`nutshell extract` prints, what the widget analyses.", "",
             "| half | system | pages | F1 | precision | recall | F1 of the whole text |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for half in ("tune", "aside"):
        for system in ("Nutshell", "Readability.js"):
            r = results[("scrapinghub", half, system)]
            b = r["body"]
            lines.append(f"| {half} | {system} | {b['pages']} | {b['f1']:.3f} | {b['precision']:.3f} | "
                         f"{b['recall']:.3f} | {r['whole']['f1']:.3f} |")
    lines += ["", "## Metadata on Readability's test pages (readability.dev.jsonl)", "",
              "Where the gold (Readability's own expected metadata) has one: title exact match and",
              "byline exact match with white space folded, date found = the gold's YYYY-MM-DD.",
              "The gold is Readability's own expected output for its test pages, so Readability.js's",
              "figures here are a check of the runner, not a peer's score.", "",
              "| half | system | title (pages) | date (pages) | byline (pages) |", "|---|---|---:|---:|---:|"]
    for half in ("tune", "aside"):
        for system in ("Nutshell", "Readability.js"):
            r = results[("readability", half, system)]
            cell = lambda k: f"{r[k][0]:.3f} ({r[k][1]})"
            lines.append(f"| {half} | {system} | {cell('title')} | {cell('date')} | {cell('byline')} |")
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
