"""Date quality of Nutshell on TempEval-3 style JSON lines
({"id", "dct", "text", "timexes": [{"start", "end", "type", "value"}]}),
each document resolved against its own "dct". Gold: the DATE and TIME
timexes (durations are numbers in Nutshell). Reports span P/R/F1 (a found
expression matches a gold one it overlaps) and value P/R/F1 (it overlaps one
and has the same normalised value).

    python3 tools/eval/eval_dates.py --nutshell target/release/nutshell FILE.jsonl [FILE.jsonl ...]
    python3 tools/eval/eval_dates.py --peer chrono|recognizers FILE.jsonl [...]   (tools/eval/peers/dates.mjs)
"""

import json

from eval_common import answers, parser


def prf(tp_found, n_found, tp_gold, n_gold):
    p = tp_found / n_found if n_found else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    p = parser(__doc__.split("\n")[0], ["chrono", "recognizers"])
    p.add_argument("data", nargs="+")
    args = p.parse_args()
    print("| set | documents | gold | found | span P / R / F1 | value P / R / F1 |")
    print("|---|---|---|---|---|---|")
    for path in args.data:
        docs = [json.loads(line) for line in open(path, encoding="utf-8")]
        n_gold = n_found = span_found = span_gold = value_found = value_gold = 0
        for doc, result in zip(docs, answers(args, path, docs, "dates.mjs", with_date=True)):
            gold = [t for t in doc["timexes"] if t["type"] in ("DATE", "TIME")]
            found = result.get("dates", [])
            n_gold += len(gold)
            n_found += len(found)
            overlaps = lambda a, b: a["start"] < b["end"] and b["start"] < a["end"]
            span_found += sum(any(overlaps(f, g) for g in gold) for f in found)
            span_gold += sum(any(overlaps(f, g) for f in found) for g in gold)
            value_found += sum(any(overlaps(f, g) and f["value"] == g["value"] for g in gold) for f in found)
            value_gold += sum(any(overlaps(f, g) and f["value"] == g["value"] for f in found) for g in gold)
        sp = prf(span_found, n_found, span_gold, n_gold)
        vp = prf(value_found, n_found, value_gold, n_gold)
        name = path.split("/")[-1]
        print(f"| {name} | {len(docs)} | {n_gold} | {n_found} | {sp[0]:.3f} / {sp[1]:.3f} / {sp[2]:.3f} | {vp[0]:.3f} / {vp[1]:.3f} / {vp[2]:.3f} |")


if __name__ == "__main__":
    main()
