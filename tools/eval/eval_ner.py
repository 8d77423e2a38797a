"""Entity F1 on CoNLL-style JSON lines, CoNLL style: a mention counts only
with the exact span and label. Prints micro and per-label precision, recall
and F1, for Nutshell or for a JavaScript peer (tools/eval/peers/ner.mjs).

    python3 tools/eval/eval_ner.py --nutshell target/release/nutshell FILE.jsonl
    python3 tools/eval/eval_ner.py --peer compromise FILE.jsonl
"""

import json

from eval_common import answers, parser

LABELS = ["PER", "ORG", "LOC", "MISC"]


def score(gold, found):
    tp = len(gold & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    p = parser(__doc__.split("\n")[0], ["compromise", "wink"])
    p.add_argument("data")
    args = p.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    gold, found = set(), set()
    for i, (row, result) in enumerate(zip(rows, answers(args, args.data, rows, "ner.mjs"))):
        gold |= {(i, e["start"], e["end"], e["label"]) for e in row["entities"]}
        found |= {(i, e["start"], e["end"], e["label"]) for e in result.get("entities", [])}
    print("| label | precision | recall | F1 | gold |")
    print("|---|---|---|---|---|")
    for label in LABELS:
        g = {x for x in gold if x[3] == label}
        f = {x for x in found if x[3] == label}
        p, r, f1 = score(g, f)
        print(f"| {label} | {p:.3f} | {r:.3f} | {f1:.3f} | {len(g)} |")
    p, r, f1 = score(gold, found)
    print(f"| micro | {p:.3f} | {r:.3f} | {f1:.3f} | {len(gold)} |")
    three = {x for x in gold if x[3] != "MISC"}, {x for x in found if x[3] != "MISC"}
    print(f"| PER/ORG/LOC micro | | | {score(*three)[2]:.3f} | {len(three[0])} |")


if __name__ == "__main__":
    main()
