"""Score the entity tagger on the CALIBRATION part of the TUNE data
(tools/ner_training_set.py), the documents it was not trained on.

    python3 tools/fit_confidence.py --nutshell BIN CALIBRATION.jsonl

Prints mention and card figures per set (GUM, wikigold) with the measure of
tools/eval_cards.py.
"""

import argparse
import os
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_cards import metrics, read_rows, score_doc  # noqa: E402
from eval_common import run_nutshell  # noqa: E402


def set_of(row):
    return "wikigold" if row["id"].startswith("wikigold") else "gum"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", required=True)
    p.add_argument("calibration")
    a = p.parse_args()
    rows = read_rows(a.calibration)
    answers = run_nutshell(a.nutshell, rows)
    counts = defaultdict(Counter)
    for row, answer in zip(rows, answers):
        c, _, _ = score_doc(row["text"], row["entities"], answer.get("entities", []))
        counts[set_of(row)].update(c)
        counts["all"].update(c)
    for name, c in sorted(counts.items()):
        m = metrics(c)
        print(f"{name:9} mention P/R/F {m['mention'][0]:.3f} {m['mention'][1]:.3f} {m['mention'][2]:.3f}"
              f"  card P/R {m['card'][0]:.3f} {m['card'][1]:.3f}"
              f"  default card P/R {m['card_default'][0]:.3f} {m['card_default'][1]:.3f}")


if __name__ == "__main__":
    main()
