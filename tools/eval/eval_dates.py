"""Date quality of Nutshell on TempEval-3 style JSON lines
({"id", "dct", "text", "timexes": [{"start", "end", "type", "value"}]}),
each document resolved against its own "dct".

Two counts: DATE+TIME (gold DATE and TIME timexes against found expressions
of those types, the count used before durations and sets were emitted) and
ALL (every TIMEX3 type: DATE, TIME, DURATION, SET). For each: span F1 by
overlap (a found expression matches a gold one it overlaps), strict span
F1 (same start and end), and value P/R/F1 (it overlaps one and has the same
TimeML value). A found expression without a "type" (a peer) takes the type
its value implies, as Nutshell's `DateType::of` does.

Each file is reported whole and by the halves of tools/eval/splits/dates.json:
"tune" (the half rules were chosen on) and "aside" (only reported).

    python3 tools/eval/eval_dates.py --nutshell target/release/nutshell FILE.jsonl [FILE.jsonl ...]
    python3 tools/eval/eval_dates.py --peer chrono|recognizers FILE.jsonl [...]   (tools/eval/peers/dates.mjs)
    python3 tools/eval/eval_dates.py --nutshell BIN --errors FILE.jsonl [...]

--errors lists, instead of the table, the TUNE half's misses (gold with no
found expression of its value overlapping it) and false values (found with
no gold of its value overlapping it), each with its sentence context, to
choose rules on; the held-aside half is never listed.
"""

import json
import os

from eval_common import answers, parser

SPLITS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "splits", "dates.json")
DATE_TIME = ("DATE", "TIME")


def prf(tp_found, n_found, tp_gold, n_gold):
    p = tp_found / n_found if n_found else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def type_of(found):
    """The TIMEX3 type of a found expression: its own, else its value's."""
    if found.get("type"):
        return found["type"]
    v = found.get("value") or ""
    if v.endswith("_REF"):
        return "DATE"
    if v.startswith("P"):
        return "DURATION"
    if v.startswith("XXXX-WXX") or v.startswith("XXXX-XX-XX"):
        return "SET"
    return "TIME" if "T" in v else "DATE"


class Tally:
    """Counts for one (part, count) cell, summed over documents."""

    def __init__(self):
        self.docs = self.gold = self.found = 0
        self.span = [0, 0]  # overlap: found matched, gold matched
        self.strict = [0, 0]
        self.value = [0, 0]

    def add(self, gold, found):
        overlaps = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]
        exact = lambda a, b: a["start"] == b["start"] and a["end"] == b["end"]
        valued = lambda a, b: overlaps(a, b) and a.get("value") == b["value"]
        self.gold += len(gold)
        self.found += len(found)
        for counts, match in ((self.span, overlaps), (self.strict, exact), (self.value, valued)):
            counts[0] += sum(any(match(f, g) for g in gold) for f in found)
            counts[1] += sum(any(match(f, g) for f in found) for g in gold)

    def row(self, name, part, count):
        f1 = lambda c: prf(c[0], self.found, c[1], self.gold)[2]
        p, r, f = prf(self.value[0], self.found, self.value[1], self.gold)
        return (f"| {name} | {part} | {count} | {self.docs} | {self.gold} | {self.found} | "
                f"{f1(self.span):.3f} | {f1(self.strict):.3f} | {p:.3f} / {r:.3f} / **{f:.3f}** |")


def errors(name, doc, found):
    """Lines for one tune document's value errors (see --errors)."""
    text, gold = doc["text"], doc["timexes"]
    overlaps = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]
    around = lambda x: text[max(0, x["start"] - 60):x["end"] + 40].replace("\n", " ")
    out = []
    for g in gold:
        hits = [f for f in found if overlaps(f, g)]
        if not any(f.get("value") == g["value"] for f in hits):
            got = "; ".join(f"{text[f['start']:f['end']]!r} {f.get('type')} {f.get('value')}" for f in hits) or "-"
            out.append(f"MISS {name} {doc['id']} dct={doc['dct']} gold {text[g['start']:g['end']]!r} "
                       f"{g['type']} {g['value']} | found {got} | ...{around(g)}...")
    for f in found:
        if not any(overlaps(f, g) for g in gold):
            out.append(f"EXTRA {name} {doc['id']} dct={doc['dct']} found {text[f['start']:f['end']]!r} "
                       f"{f.get('type')} {f.get('value')} | ...{around(f)}...")
    return out


def main():
    p = parser(__doc__.split("\n")[0], ["chrono", "recognizers"])
    p.add_argument("data", nargs="+")
    p.add_argument("--splits", default=SPLITS, help="tune / aside halves (ids by set)")
    p.add_argument("--errors", action="store_true", help="list the tune half's value errors")
    args = p.parse_args()
    splits = json.load(open(args.splits, encoding="utf-8"))["sets"]
    if not args.errors:
        print("| set | part | count | documents | gold | found | span F1 (overlap) | span F1 (strict) | value P / R / F1 |")
        print("|---|---|---|---|---|---|---|---|---|")
    for path in args.data:
        name = os.path.basename(path).removesuffix(".jsonl")
        tune = set(splits[name]["tune"]) if name in splits else set()
        docs = [json.loads(line) for line in open(path, encoding="utf-8")]
        parts = ("whole", "tune", "aside") if tune else ("whole",)
        tallies = {(part, count): Tally() for part in parts for count in ("DATE+TIME", "ALL")}
        for doc, result in zip(docs, answers(args, path, docs, "dates.mjs", with_date=True)):
            found = result.get("dates", [])
            if args.errors:
                if doc["id"] in tune:
                    print("\n".join(errors(name, doc, found)))
                continue
            doc_parts = ["whole"] + ([("tune" if doc["id"] in tune else "aside")] if tune else [])
            for part in doc_parts:
                for count, types in (("DATE+TIME", DATE_TIME), ("ALL", None)):
                    t = tallies[(part, count)]
                    t.docs += 1
                    t.add([g for g in doc["timexes"] if types is None or g["type"] in types],
                          [f for f in found if types is None or type_of(f) in types])
        for (part, count), t in tallies.items():
            if not args.errors:
                print(t.row(name, part, count))


if __name__ == "__main__":
    main()
