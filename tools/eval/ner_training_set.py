"""The entity tagger's training set and its calibration part (issue 13).

    python3 tools/eval/ner_training_set.py OUT_TRAIN.jsonl [OUT_CALIBRATION.jsonl]
        [--data ../shared/data] [--repeat 5] [--folds DIR]

The TUNE parts of GUM and wikigold (tools/eval/splits/ner.json) are cut
once more, by a stable hash with its own salt: within each stratum (GUM:
genre; wikigold: the whole file) documents are ordered by
sha256("nutshell-ner-calibration-v1:" + id) and the first third, rounded
up, is the CALIBRATION part; the rest is TRAINING. The tagger learns from
CoNLL-2003 train plus the TRAINING documents (each written `--repeat`
times: a few thousand in-domain words against CoNLL's 200,000 would
otherwise hardly move it); confidence and the card threshold are fitted on
the CALIBRATION documents (tools/eval/fit_confidence.py), which the tagger never
saw. HELD-ASIDE parts are never read here.

`--folds DIR` also writes the cross-fitting folds: the TRAINING documents
(in file order) dealt into FOLDS groups; for each group k,
DIR/fold{k}.train.jsonl is the training set without it (CoNLL-2003 train
plus the other groups, `--repeat` times) and DIR/fold{k}.docs.jsonl the
group itself. A tagger trained on fold{k}.train.jsonl tags fold{k}.docs.jsonl
as it would text it never saw, so fit_confidence.py can fit on those
documents too: three times the calibration third's 24 documents.

Texts stay in /tmp (or wherever OUT points): never in the repository.
"""

import argparse
import json
import os
import sys

EVAL = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(EVAL))
sys.path.insert(0, EVAL)
import eval_cards  # noqa: E402  (the dev sets' hashed order, shared)
SPLITS = os.path.join(EVAL, "splits", "ner.json")
SALT = "nutshell-ner-calibration-v1:"
# Set name -> its stratum in the split file.
IN_DOMAIN = {"gum": "genre", "wikigold": None}
FOLDS = 3


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def calibration_ids(rows, stratum):
    """The first third, rounded up, of each stratum by the salted hash."""
    chosen = set()
    for ids in eval_cards.hashed_strata(rows, stratum, SALT):
        chosen.update(ids[: (len(ids) + 2) // 3])
    return chosen


def parts(data):
    """{"training": rows, "calibration": rows} of the in-domain TUNE parts."""
    splits = json.load(open(SPLITS, encoding="utf-8"))["sets"]
    out = {"training": [], "calibration": []}
    for name, stratum in IN_DOMAIN.items():
        entry = splits[name]
        tune = set(entry["tune"])
        rows = [r for r in read_rows(os.path.join(data, entry["file"])) if r["id"] in tune]
        if len(rows) != len(tune):
            sys.exit(f"ner_training_set: {entry['file']} lacks TUNE documents of the split")
        cal = calibration_ids(rows, stratum)
        for r in rows:
            out["calibration" if r["id"] in cal else "training"].append(r)
    return out


def line(row):
    return json.dumps({"id": row["id"], "text": row["text"],
                       "entities": [{k: e[k] for k in ("start", "end", "label")} for e in row["entities"]]},
                      ensure_ascii=False) + "\n"


def write_training(path, conll, in_domain, repeat):
    with open(path, "w", encoding="utf-8") as f:
        for row in conll:
            f.write(line(row))
        for _ in range(repeat):
            for row in in_domain:
                f.write(line(row))


def write_folds(folder, conll, training, repeat):
    os.makedirs(folder, exist_ok=True)
    for k in range(FOLDS):
        held = [r for i, r in enumerate(training) if i % FOLDS == k]
        write_training(os.path.join(folder, f"fold{k}.train.jsonl"), conll,
                       [r for i, r in enumerate(training) if i % FOLDS != k], repeat)
        with open(os.path.join(folder, f"fold{k}.docs.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(line(r) for r in held)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("train_out")
    p.add_argument("calibration_out", nargs="?")
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--folds", metavar="DIR", help="also write the cross-fitting folds into DIR")
    a = p.parse_args()
    got = parts(a.data)
    conll = read_rows(os.path.join(a.data, "ner", "train.jsonl"))
    write_training(a.train_out, conll, got["training"], a.repeat)
    if a.folds:
        write_folds(a.folds, conll, got["training"], a.repeat)
    if a.calibration_out:
        with open(a.calibration_out, "w", encoding="utf-8") as f:
            for row in got["calibration"]:
                f.write(line(row))
    print(f"training: CoNLL train + {len(got['training'])} documents x {a.repeat}; "
          f"calibration: {len(got['calibration'])} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
