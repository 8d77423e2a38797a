"""German names (issue 17): Nutshell's own tagger trained on German, measured
as mentions and as the Names cards a reader would see, on a held-aside half
of GermEval 2014 that neither training nor tuning reads.

    flock /tmp/nutshell-build.lock .venv/bin/python tools/eval/eval_german_ner.py --nutshell target/release/nutshell
        [--data ../shared/data] [--out tools/eval/results] [--tune-only]
    python3 tools/eval/eval_german_ner.py --make-split      (rewrite tools/eval/splits/germeval.json from its rule)

(numpy is needed for the confidence fit: `python3 -m venv .venv && .venv/bin/pip install numpy==2.4.6`,
or the .venv that tools/eval/eval-cards.sh makes. The lock because this trains taggers, a CPU load that must
not run beside a build.) Writes tools/eval/results/german-ner.md and .json; `--tune-only` prints the
tuning figures and stops before HELD-ASIDE is read, for any further tuning.

Data: `lang/de/germeval2014.dev.jsonl` (3,650 sentences of Wikipedia and
news, CC-BY 4.0; OTH and the derived forms are MISC) and
`lang/de/europeana.dev.jsonl` (historic newspapers, OCR, PER/ORG/LOC,
CC0). A missing or empty file, or a tagger that finds no name at all (the
text routed past the tagger), stops the run with an error: never a table
of zeros.

Split (tools/eval/splits/germeval.json, ids only): within each genre
(news, wiki) the sentences are ordered by sha256("nutshell-germeval-split-v1:"
+ id); the first half, rounded up, is TUNE, the rest HELD-ASIDE. TUNE is
dealt once more into three folds (position in that order, modulo 3) for
cross-validation.

Steps, every choice made on TUNE alone:
1. Training data, by 3-fold cross-validation within TUNE: GermEval TUNE
   alone, or with Europeana added. The one with the higher out-of-fold
   micro F1 over PER/ORG/LOC/MISC is kept.
2. Confidence: the logistic regression of tools/eval/fit_confidence.py
   (same evidence, `nutshell entity-evidence`) fitted on the out-of-fold
   tagging of TUNE by the kept configuration; the default threshold is the
   least at which TUNE's default-display card precision (PER/ORG/LOC)
   reaches fit_confidence.TARGET_PRECISION, as for English.
3. The tagger is trained on all of TUNE (+ Europeana if kept) and reads
   HELD-ASIDE once: mention P/R/F1 per label and micro, card precision and
   recall over all cards and at the default display (tools/eval/eval_cards.py's
   `score_doc`; each sentence is a document).

Every model is `nutshell train-ner` (the averaged perceptron of
src/engine/entities/, its features unchanged: word, shape, affixes and the
previous tags learn German as they learnt English; the gazetteers are
English lists and help little). The texts are analysed with `--language en`,
since a German text otherwise gets `meta.support: "summary"` and no names:
the tagger then runs behind the English pipeline's sentence rules and
name filters, which is what shipping it behind them would give. Rows for
context: the shipped English tagger on the same German text, and the
German tagger with the English confidence weights and threshold.

No German peer is run: spaCy's de_core_news_sm is not on PyPI (spaCy's
models are released outside it; the one PyPI name, de-core-news-md, holds
only a placeholder version 999.9.9). The published anchor is the GermEval
2014 shared task's best system, about 0.79 F1 on its own test split.

Texts stay in a temporary folder: never in the repository.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

EVAL = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, EVAL)
from eval_cards import FOUR, figures, hashed_strata, read_rows  # noqa: E402
from eval_common import ROOT, made_by, nutshell_version, run_record, versions_line  # noqa: E402

SPLIT = os.path.join(EVAL, "splits", "germeval.json")
SALT = "nutshell-germeval-split-v1:"
GERMEVAL = "lang/de/germeval2014.dev.jsonl"
EUROPEANA = "lang/de/europeana.dev.jsonl"
FOLDS = 3
LANGUAGE = ["--language", "en"]


# ---------------------------------------------------------------- data and split


def load(data, path):
    """The rows of a data file, or a loud stop when it is missing or holds
    no gold names."""
    full = os.path.join(data, path)
    if not os.path.isfile(full):
        sys.exit(f"eval_german_ner: {full} is missing (see shared/data/README.md)")
    rows = read_rows(full)
    if not rows or not any(r.get("entities") for r in rows):
        sys.exit(f"eval_german_ner: {full} has no sentences with gold names")
    return rows


def split_rule(rows):
    """{"tune", "aside", "tune_folds"}: ids by the documented rule, in file order."""
    tune, fold_of = set(), {}
    for ids in hashed_strata(rows, "genre", SALT):
        first = ids[: (len(ids) + 1) // 2]
        tune.update(first)
        fold_of.update({i: n % FOLDS for n, i in enumerate(first)})
    return {
        "tune": [r["id"] for r in rows if r["id"] in tune],
        "aside": [r["id"] for r in rows if r["id"] not in tune],
        "tune_folds": [[r["id"] for r in rows if fold_of.get(r["id"]) == k] for k in range(FOLDS)],
    }


def make_split(data):
    rows = load(data, GERMEVAL)
    about = ("Fixed TUNE / HELD-ASIDE halves of GermEval 2014 (ids only), made by "
             "tools/eval/eval_german_ner.py --make-split: within each genre, sentences ordered by "
             f"sha256('{SALT}' + id), first half rounded up is tune; tune_folds: tune dealt by "
             f"position in that order modulo {FOLDS}.")
    with open(SPLIT, "w", encoding="utf-8") as f:
        f.write(json.dumps({"about": about, "file": GERMEVAL, "stratified_by": "genre", **split_rule(rows)},
                           indent=1) + "\n")
    print(f"wrote {os.path.relpath(SPLIT, ROOT)}")


def parts(rows):
    """The split file's parts, checked against the data and the rule."""
    with open(SPLIT, encoding="utf-8") as f:
        split = json.load(f)
    rule = split_rule(rows)
    if {k: split.get(k) for k in rule} != rule:
        sys.exit(f"eval_german_ner: {SPLIT} does not follow its rule for {GERMEVAL}; "
                 "the data changed: re-make the split (--make-split) and say so")
    return rule


# ---------------------------------------------------------------- the tagger


def write_jsonl(path, rows, keys):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(rows):
            f.write(json.dumps({"id": i, **{k: r[k] for k in keys}}, ensure_ascii=False) + "\n")
    return path


def train(binary, rows, out, log):
    """Train `nutshell train-ner` on `rows`; returns the model's path."""
    data = write_jsonl(out + ".train.jsonl", rows, ("text", "entities"))
    subprocess.run([binary, "train-ner", data, out], check=True, capture_output=True)
    log.append(f"nutshell train-ner {os.path.basename(data)} {os.path.basename(out)}  # {len(rows)} texts")
    return out


def run(command, stdin=None):
    out = subprocess.run(command, input=stdin, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def tag(binary, model, rows, folder):
    """(answers, evidence) of `model` (None: the built-in tagger) on `rows`."""
    command = [binary] + (["--ner-model", model] if model else [])
    path = write_jsonl(os.path.join(folder, "texts.jsonl"), rows, ("text",))
    with open(path, encoding="utf-8") as f:
        answers = run([*command, "analyze", "--jsonl", *LANGUAGE], f.read())
    evidence = [line["evidence"] for line in run([*command, "entity-evidence", *LANGUAGE, path])]
    if len(answers) != len(rows) or len(evidence) != len(rows):
        sys.exit(f"eval_german_ner: {len(answers)} answers for {len(rows)} texts")
    if any("error" in a for a in answers):
        sys.exit("eval_german_ner: the CLI reported an error on a text")
    if not any(a["entities"] for a in answers):
        sys.exit("eval_german_ner: the tagger found no name at all: are the texts routed past it?")
    if any(len(a["entities"]) != len(e) for a, e in zip(answers, evidence)):
        sys.exit("eval_german_ner: evidence and entities disagree in number")
    return answers, evidence


# ---------------------------------------------------------------- scoring


def confidences(evidence, weights):
    import numpy as np
    return [list(1 / (1 + np.exp(-np.array(doc, dtype=float).reshape(-1, len(weights)) @ weights)))
            if doc else [] for doc in evidence]


def fit_threshold(rows, answers, conf, target):
    """(least threshold reaching `target` default card precision or None,
    [(threshold, P, R)])."""
    import numpy as np
    from fit_confidence import with_shown
    curve, chosen = [], None
    for t in np.arange(0.30, 0.96, 0.01):
        m = figures(rows, with_shown(rows, answers, conf, t))
        curve.append((round(float(t), 2), m["card_default"][0], m["card_default"][1]))
        if chosen is None and m["card_default"][0] >= target:
            chosen = round(float(t), 2)
    return chosen, curve


# ---------------------------------------------------------------- report


def f3(x):
    return f"{x:.3f}"


def markdown(run_, sizes, tuning, target, rows_out):
    cv, kept, weights = tuning["cross_validation"], tuning["kept"], tuning["weights"]
    threshold, curve, half = tuning["threshold"], tuning["threshold_curve"], tuning["half_the_training_sentences"]
    out = ["# German names: Nutshell's tagger trained on GermEval 2014", "", made_by(run_), "", versions_line(run_), "",
           "How it is measured: `tools/eval/eval_german_ner.py` (module doc). Split: "
           "`tools/eval/splits/germeval.json`. Every choice is made on TUNE; HELD-ASIDE is read once, by the last "
           "step. Mentions: exact span and label. Cards: distinct (normalised name, label) per sentence, "
           "PER/ORG/LOC, Nutshell's name its `canonical`; default = `shown` only.", "",
           "## Training data, by 3-fold cross-validation within TUNE (tuning figures)", "",
           "| training data | out-of-fold micro P | R | F1 (PER/ORG/LOC/MISC) | F1 PER/ORG/LOC |", "|---|---|---|---|---|"]
    for name, m in cv.items():
        out.append(f"| {name} | " + " | ".join(map(f3, m["mention_with_misc"])) + f" | {f3(m['mention'][2])} |")
    out += [f"| {kept}, half its GermEval sentences | " + " | ".join(map(f3, half["mention_with_misc"]))
            + f" | {f3(half['mention'][2])} |",
            "", f"Kept: {kept}. TUNE has {sizes['tune']} sentences (a fold's tagger learns from two thirds), "
            f"HELD-ASIDE {sizes['aside']}, Europeana {sizes['europeana']} pages. The final tagger (all of TUNE) "
            f"is {sizes['model_bytes']:,} bytes.", "",
            "## Confidence and default threshold, fitted on TUNE (out-of-fold tagging; tuning figures)", "",
            "Weights: [" + ", ".join(f"{w:.3f}" for w in weights) + "].",
            f"Least threshold with TUNE default card precision >= {target}: "
            + (f"{threshold}." if threshold is not None else "none (the highest precision on the curve is "
               + f3(max(p for _, p, _ in curve)) + "); HELD-ASIDE is shown at 0.95."), "",
            "| threshold | TUNE default card P | R |", "|---|---|---|"]
    for t, p, r in curve[::5]:
        out.append(f"| {t:.2f} | {f3(p)} | {f3(r)} |")
    out += ["", "## HELD-ASIDE (read once)", "",
            "| system | mention P | R | F1 PER/ORG/LOC | F1 with MISC | PER | ORG | LOC | MISC | card P | card R "
            "| default card P | default card R |", "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, m in rows_out.items():
        out.append(f"| {name} | {f3(m['mention_with_misc'][0])} | {f3(m['mention_with_misc'][1])} | "
                   f"{f3(m['mention'][2])} | {f3(m['mention_with_misc'][2])} | "
                   + " | ".join(f3(m[f"mention_{l}"][2]) for l in FOUR)
                   + f" | {f3(m['card'][0])} | {f3(m['card'][1])} | {f3(m['card_default'][0])} | "
                   f"{f3(m['card_default'][1])} |")
    out += ["", "Mention P and R are micro over PER/ORG/LOC/MISC. Published anchor: the GermEval 2014 shared task's "
            "best system, about 0.79 F1 (its own test split, nested names aside). No German peer: spaCy's "
            "de_core_news_sm is not on PyPI."]
    return "\n".join(out) + "\n"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", help="path of the nutshell binary")
    p.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    p.add_argument("--out", default=os.path.join(EVAL, "results"))
    p.add_argument("--make-split", action="store_true", help="rewrite the split file from its rule and stop")
    p.add_argument("--tune-only", action="store_true", help="steps 1 and 2 only: HELD-ASIDE is not read")
    a = p.parse_args()
    if a.make_split:
        return make_split(a.data)
    if not a.nutshell:
        p.error("--nutshell BIN is needed")
    import numpy as np
    from fit_confidence import TARGET_PRECISION, fit, right, with_shown

    germeval, europeana = load(a.data, GERMEVAL), load(a.data, EUROPEANA)
    split = parts(germeval)
    by_id = {r["id"]: r for r in germeval}
    tune = [by_id[i] for i in split["tune"]]
    aside = [by_id[i] for i in split["aside"]]
    folds = [[by_id[i] for i in ids] for ids in split["tune_folds"]]
    tmp = tempfile.mkdtemp(prefix="german-ner-")
    log = []

    # 1. Training data by cross-validation within TUNE.
    cv, oof = {}, {}
    for name, extra in (("GermEval TUNE", []), ("GermEval TUNE + Europeana", europeana)):
        rows, answers, evidence = [], [], []
        for k, held in enumerate(folds):
            rest = [r for j, f in enumerate(folds) if j != k for r in f]
            folder = tempfile.mkdtemp(dir=tmp)
            model = train(a.nutshell, rest + extra, os.path.join(folder, "model.bin"), log)
            ans, ev = tag(a.nutshell, model, held, folder)
            rows, answers, evidence = rows + held, answers + ans, evidence + ev
        cv[name] = figures(rows, [x["entities"] for x in answers])
        oof[name] = (rows, answers, evidence)
        print(f"{name}: out-of-fold micro F1 {cv[name]['mention_with_misc'][2]:.3f}", file=sys.stderr)
    kept = max(cv, key=lambda n: cv[n]["mention_with_misc"][2])
    extra = europeana if "Europeana" in kept else []
    # How much more German text would help: the kept configuration with
    # each fold's tagger trained on half of the other folds' sentences.
    rows, answers = [], []
    for k, held in enumerate(folds):
        rest = [r for j, f in enumerate(folds) if j != k for r in f][::2]
        folder = tempfile.mkdtemp(dir=tmp)
        model = train(a.nutshell, rest + extra, os.path.join(folder, "model.bin"), log)
        rows, answers = rows + held, answers + tag(a.nutshell, model, held, folder)[0]
    half = figures(rows, [x["entities"] for x in answers])

    # 2. Confidence and threshold on the out-of-fold tagging of TUNE.
    rows, answers, evidence = oof[kept]
    x = np.array([v for doc in evidence for v in doc], dtype=float)
    y = np.array([right(r, e) for r, ans in zip(rows, answers) for e in ans["entities"]], dtype=float)
    weights = fit(x, y)
    threshold, curve = fit_threshold(rows, answers, confidences(evidence, weights), TARGET_PRECISION)
    tuning = {"cross_validation": cv, "kept": kept, "half_the_training_sentences": half,
              "weights": [round(float(w), 4) for w in weights], "threshold": threshold, "threshold_curve": curve}
    if a.tune_only:
        print(json.dumps(tuning, indent=1))
        return

    # 3. HELD-ASIDE, once.
    folder = tempfile.mkdtemp(dir=tmp)
    model = train(a.nutshell, tune + extra, os.path.join(folder, "model.bin"), log)
    answers, evidence = tag(a.nutshell, model, aside, folder)
    english, _ = tag(a.nutshell, None, aside, tempfile.mkdtemp(dir=tmp))
    fitted = with_shown(aside, answers, confidences(evidence, weights), 0.95 if threshold is None else threshold)
    results = {
        "English tagger (shipped model.bin), as if English": figures(aside, [x["entities"] for x in english]),
        "German tagger, English confidence and threshold": figures(aside, [x["entities"] for x in answers]),
        "German tagger, confidence and threshold fitted on TUNE": figures(aside, fitted),
    }
    run_ = run_record(None, {"nutshell": nutshell_version(a.nutshell)})
    run_["training"] = log
    sizes = {"tune": len(tune), "aside": len(aside), "europeana": len(europeana), "model_bytes": os.path.getsize(model)}
    with open(os.path.join(a.out, "german-ner.json"), "w", encoding="utf-8") as f:
        json.dump({"run": run_, "sizes": sizes, **tuning, "held_aside": results}, f, indent=1)
        f.write("\n")
    table = markdown(run_, sizes, tuning, TARGET_PRECISION, results)
    with open(os.path.join(a.out, "german-ner.md"), "w", encoding="utf-8") as f:
        f.write(table)
    print(table)


if __name__ == "__main__":
    main()
