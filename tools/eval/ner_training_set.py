"""The entity tagger's training set and its cross-fitting folds (issue 13).

    python3 tools/eval/ner_training_set.py OUT_TRAIN.jsonl
        [--data ../shared/data] [--repeat 10] [--conll-repeat 2] [--folds DIR]

The tagger learns from CoNLL-2003 train (its sentences joined into their
documents, cut into sentences as the pipeline cuts any text), written
`--conll-repeat` times, every TUNE document of GUM and wikigold
(tools/eval/splits/ner.json), each written `--repeat` times (a few
thousand in-domain words against CoNLL's 200,000 would otherwise hardly
move it), and the TUNE half of WNUT-17 dev (social media posts), once.
The weights were chosen by cross-validation on the folds below (README,
entity cards): WNUT-17 raised mention F1 there and cost CoNLL-2003 dev a
little, which CoNLL written twice gave back. HELD-ASIDE parts are never
read here.

`--folds DIR` also writes the cross-fitting folds: the in-domain TUNE
documents, each stratum (GUM: genre; wikigold: the whole file) ordered by
sha256("nutshell-ner-folds-v2:" + id), dealt into FOLDS groups; for each
group k, DIR/fold{k}.train.jsonl is the training set without it and
DIR/fold{k}.docs.jsonl the group itself. A tagger trained on
fold{k}.train.jsonl tags fold{k}.docs.jsonl as it would text it never saw:
every TUNE document is read once by a tagger that did not learn from it,
so the tagger's choices are cross-validated on them and
tools/eval/fit_confidence.py fits confidence and the cards' threshold on
them (cross-fitting).

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
SALT = "nutshell-ner-folds-v2:"
# Set name -> its stratum in the split file.
IN_DOMAIN = {"gum": "genre", "wikigold": None}
FOLDS = 3


def read_rows(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def tune_rows(data, name):
    """The TUNE documents of set `name`, in file order."""
    entry = json.load(open(SPLITS, encoding="utf-8"))["sets"][name]
    tune = set(entry["tune"])
    rows = [r for r in read_rows(os.path.join(data, entry["file"])) if r["id"] in tune]
    if len(rows) != len(tune):
        sys.exit(f"ner_training_set: {entry['file']} lacks TUNE documents of the split")
    return rows


def in_domain(data):
    """The in-domain TUNE documents, each stratum in its hashed order, and
    the fold of each: dealt in that order, so every fold has each genre."""
    rows, fold = [], {}
    for name, stratum in IN_DOMAIN.items():
        got = tune_rows(data, name)
        by_id = {r["id"]: r for r in got}
        for ids in eval_cards.hashed_strata(got, stratum, SALT):
            for i in ids:
                fold[i] = len(rows) % FOLDS
                rows.append(by_id[i])
    return rows, fold


def conll_documents(rows):
    """CoNLL-2003 train's sentences joined into their documents, one line
    each, as ../shared/data's dev.docs.jsonl joins dev's: the tagger then
    learns from sentences cut as the pipeline cuts any text it reads."""
    docs = {}
    for r in rows:
        docs.setdefault(r["doc"], []).append(r)
    out = []
    for doc, sentences in docs.items():
        text, entities = "", []
        for r in sentences:
            if text:
                text += "\n"
            entities += [{**e, "start": e["start"] + len(text), "end": e["end"] + len(text)}
                         for e in r["entities"]]
            text += r["text"]
        out.append({"id": f"conll-train-d{doc}", "text": text, "entities": entities})
    return out


def line(row):
    return json.dumps({"id": row["id"], "text": row["text"],
                       "entities": [{k: e[k] for k in ("start", "end", "label")} for e in row["entities"]]},
                      ensure_ascii=False) + "\n"


def write_training(path, parts):
    """Write `parts`, each (rows, times), in order."""
    with open(path, "w", encoding="utf-8") as f:
        for rows, times in parts:
            for _ in range(times):
                f.writelines(line(r) for r in rows)


def training_parts(a, conll, in_domain_rows, wnut):
    """What the tagger learns from, in order, each part with its weight:
    `conll` is (CoNLL-2003 train as documents, as its own sentences)."""
    documents, sentences = conll
    return [(documents, a.conll_repeat), (sentences, a.conll_sentences), (in_domain_rows, a.repeat), (wnut, a.wnut_repeat)]


def write_folds(a, conll, rows, fold, wnut):
    os.makedirs(a.folds, exist_ok=True)
    for k in range(FOLDS):
        others = [r for r in rows if fold[r["id"]] != k]
        write_training(os.path.join(a.folds, f"fold{k}.train.jsonl"), training_parts(a, conll, others, wnut))
        with open(os.path.join(a.folds, f"fold{k}.docs.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(line(r) for r in rows if fold[r["id"]] == k)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("train_out")
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--repeat", type=int, default=10, help="times each in-domain TUNE document is written")
    p.add_argument("--conll-repeat", type=int, default=2, help="times CoNLL-2003 train is written")
    p.add_argument("--conll-sentences", type=int, default=0,
                   help="times CoNLL-2003 train is also written as its own sentences")
    p.add_argument("--wnut-repeat", type=int, default=1, help="times WNUT-17's TUNE half is written")
    p.add_argument("--folds", metavar="DIR", help="also write the cross-fitting folds into DIR")
    a = p.parse_args()
    rows, fold = in_domain(a.data)
    wnut = tune_rows(a.data, "wnut17")
    sentences = read_rows(os.path.join(a.data, "ner", "train.jsonl"))
    conll = (conll_documents(sentences), sentences)
    write_training(a.train_out, training_parts(a, conll, rows, wnut))
    if a.folds:
        write_folds(a, conll, rows, fold, wnut)
    print(f"training: CoNLL train ({len(conll[0])} documents) x {a.conll_repeat}"
          f" + its sentences x {a.conll_sentences} + {len(rows)} TUNE documents"
          f" x {a.repeat} + {len(wnut)} WNUT-17 texts x {a.wnut_repeat}", file=sys.stderr)


if __name__ == "__main__":
    main()
