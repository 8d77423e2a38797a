"""Fit the entity confidence (src/engine/entities/confidence.rs) and the
cards' default threshold on documents tagged by a tagger that was not
trained on them; or report how well calibrated a build is on any documents
with gold entities.

    .venv/bin/python tools/eval/fit_confidence.py --nutshell BIN fit CALIBRATION.jsonl [DOCS.jsonl=MODEL ...]
    .venv/bin/python tools/eval/fit_confidence.py --nutshell BIN report DOCS.jsonl

`fit` reads the CALIBRATION documents of tools/eval/ner_training_set.py
with the binary's own tagger, which never saw them, and each further
DOCS.jsonl=MODEL with the tagger MODEL (`nutshell --ner-model`): the
cross-fitting folds of `ner_training_set.py --folds`, each tagged by the
model trained without it (cross-fitting: more documents to fit on than the
calibration third alone, still none the tagger learnt from). It prints
the WEIGHTS and SHOWN_AT to paste into confidence.rs: a logistic
regression (L2 0.01, Newton's method) of "this mention is right" (exact
span and label, any of the four labels) on the evidence values the binary
reports (`nutshell entity-evidence`), then the least threshold on a card's
best confidence at which PER/ORG/LOC card precision over all those
documents reaches 0.88.
`report` prints the build's mention and card figures and a reliability
table (confidence bins: mentions, mean confidence, share right).
"""

import argparse
import os
import subprocess
import sys
import json

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval_cards import figures, read_rows  # noqa: E402
from eval_common import run_nutshell  # noqa: E402

TARGET_PRECISION = 0.88


def evidence(command, path):
    out = subprocess.run([*command, "entity-evidence", path], capture_output=True, text=True, check=True).stdout
    return [json.loads(line)["evidence"] for line in out.splitlines()]


def tagged(binary, spec):
    """(rows, answers, evidence) of the documents `spec` names: "DOCS.jsonl"
    read by the binary's own tagger, or "DOCS.jsonl=MODEL" by MODEL."""
    path, _, model = spec.partition("=")
    command = [binary, "--ner-model", model] if model else [binary]
    rows = read_rows(path)
    lines = "".join(json.dumps({"id": i, "text": r["text"]}) + "\n" for i, r in enumerate(rows))
    out = subprocess.run([*command, "analyze", "--jsonl"], input=lines, capture_output=True, text=True,
                         check=True).stdout
    return rows, [json.loads(line) for line in out.splitlines()], evidence(command, path)


def fit(x, y, l2=0.01):
    w = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * len(y) * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * len(y) * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def right(row, entity):
    return (entity["start"], entity["end"], entity["label"]) in {
        (e["start"], e["end"], e["label"]) for e in row["entities"]}


def with_shown(rows, answers, confidences, threshold):
    """Each document's entities, `shown` set from the card's best confidence."""
    docs = []
    for row, answer, conf in zip(rows, answers, confidences):
        best = {}
        for e, c in zip(answer["entities"], conf):
            key = (e["canonical"], e["label"])
            best[key] = max(best.get(key, 0.0), c)
        docs.append([{**e, "shown": best[(e["canonical"], e["label"])] >= threshold} for e in answer["entities"]])
    return docs


def reliability(confidences, labels):
    print("| confidence | mentions | mean confidence | right |\n|---|---|---|---|")
    edges = [0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]
    for lo, hi in zip(edges, edges[1:]):
        at = [(c, y) for c, y in zip(confidences, labels) if lo <= c < hi]
        if at:
            print(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(at)} | {np.mean([c for c, _ in at]):.3f} | "
                  f"{np.mean([y for _, y in at]):.3f} |")


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--nutshell", required=True)
    p.add_argument("mode", choices=("fit", "report"))
    p.add_argument("docs")
    p.add_argument("more", nargs="*", metavar="DOCS.jsonl=MODEL", help="fit: documents and the model to tag them")
    a = p.parse_args()
    if a.mode == "report":
        rows = read_rows(a.docs)
        answers = run_nutshell(a.nutshell, rows)
        conf = [[e["confidence"] for e in ans["entities"]] for ans in answers]
        docs = [ans["entities"] for ans in answers]
        m = figures(rows, docs)
        print(f"mention P/R/F {m['mention'][0]:.3f} {m['mention'][1]:.3f} {m['mention'][2]:.3f}; "
              f"card P/R {m['card'][0]:.3f} {m['card'][1]:.3f}; "
              f"default card P/R {m['card_default'][0]:.3f} {m['card_default'][1]:.3f}")
        ys = [right(r, e) for r, ans in zip(rows, answers) for e in ans["entities"]]
        reliability([c for cs in conf for c in cs], ys)
        return
    rows, answers, ev = [], [], []
    for spec in [a.docs, *a.more]:
        more = tagged(a.nutshell, spec)
        rows, answers, ev = rows + more[0], answers + more[1], ev + more[2]
    print(f"fitting on {len(rows)} documents", file=sys.stderr)
    x = np.array([v for doc in ev for v in doc], dtype=float)
    y = np.array([right(r, e) for r, ans in zip(rows, answers) for e in ans["entities"]], dtype=float)
    if len(x) != len(y):
        sys.exit("fit_confidence: evidence and entities disagree in number")
    w = fit(x, y)
    flat = 1 / (1 + np.exp(-x @ w))
    conf, at = [], 0
    for ans in answers:
        conf.append(list(flat[at:at + len(ans["entities"])]))
        at += len(ans["entities"])
    reliability(list(flat), list(y))
    chosen = None
    for t in np.arange(0.30, 0.96, 0.01):
        m = figures(rows, with_shown(rows, answers, conf, t))
        print(f"threshold {t:.2f}: default card P {m['card_default'][0]:.3f} R {m['card_default'][1]:.3f}")
        if chosen is None and m["card_default"][0] >= TARGET_PRECISION:
            chosen = t
    print("const WEIGHTS: [f32; EVIDENCE] = [" + ", ".join(f"{v:.3f}" for v in w) + "];")
    print(f"pub const SHOWN_AT: f32 = {chosen if chosen is None else round(chosen, 2)};")


if __name__ == "__main__":
    main()
