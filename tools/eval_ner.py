"""Entity F1 on CoNLL-style JSON lines, CoNLL style: a mention counts only
with the exact span and label. Prints micro and per-label precision, recall
and F1, for Nutshell or for a JavaScript peer (tools/peers/ner.mjs).

    python3 tools/eval_ner.py --nutshell target/release/nutshell FILE.jsonl
    python3 tools/eval_ner.py --peer compromise FILE.jsonl
"""

import argparse
import json
import os
import subprocess

PEERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers")

LABELS = ["PER", "ORG", "LOC", "MISC"]


def score(gold, found):
    tp = len(gold & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--nutshell", help="path of the nutshell binary")
    who.add_argument("--peer", choices=["compromise", "wink"], help="a JavaScript peer")
    parser.add_argument("data")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    if args.nutshell:
        lines = "".join(json.dumps({"id": i, "text": r["text"]}) + "\n" for i, r in enumerate(rows))
        out = subprocess.run([args.nutshell, "analyze", "--jsonl"], input=lines, capture_output=True, text=True, check=True).stdout
    else:
        out = subprocess.run(["node", os.path.join(PEERS, "ner.mjs"), args.peer, args.data], capture_output=True, text=True, check=True).stdout
    gold, found = set(), set()
    for i, (row, line) in enumerate(zip(rows, out.splitlines())):
        result = json.loads(line)
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
