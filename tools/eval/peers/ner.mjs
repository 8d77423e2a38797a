// Entity mentions from compromise and wink-nlp over CoNLL-style JSON lines,
// printed as {"id", "entities": [{start, end, label}]} lines for
// tools/eval/eval_ner.py --predictions.
//   node tools/eval/peers/ner.mjs compromise|wink FILE.jsonl
// Label mapping: compromise people() -> PER, organizations() -> ORG,
// places() -> LOC (it has no MISC). wink-nlp's web model has no person,
// organisation or place types at all, so it yields no PER/ORG/LOC/MISC
// mentions: the table says so rather than scoring a mapping it cannot have.

import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readLines, codePoints, writeLine } from './common.mjs';

const [peer, path] = process.argv.slice(2);
const wink = peer === 'wink' ? winkNLP(model) : null;

readLines(path).forEach((row, id) => {
  const text = row.text;
  const entities = [];
  if (peer === 'compromise') {
    const doc = nlp(text);
    for (const [label, view] of [['PER', doc.people()], ['ORG', doc.organizations()], ['LOC', doc.places()]]) {
      for (const m of view.json({ offset: true })) {
        const start = m.offset.start;
        const end = start + m.offset.length;
        // compromise keeps trailing punctuation and possessives out of `text` but not always out of the offset.
        const trimmed = text.slice(start, end).replace(/[\s.,;:!?'"’)]+$/u, '').replace(/['’]s$/u, '');
        entities.push({ start: codePoints(text, start), end: codePoints(text, start + trimmed.length), label });
      }
    }
  } else if (wink) {
    // Types of the web model: DATE, TIME, CARDINAL, ORDINAL, MONEY, PERCENT, DURATION, EMAIL, URL, HASHTAG, MENTION, EMOJI...
    // none of them is a person, an organisation or a place.
  } else {
    throw new Error(`unknown peer ${peer}`);
  }
  writeLine({ id, entities });
});
