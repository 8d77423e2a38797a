// Date expressions from chrono-node and Microsoft Recognizers-Text over
// TempEval-3 style JSON lines, each resolved against its "dct", printed as
// {"id", "dates": [{start, end, value}]} lines for tools/eval/eval_dates.py
// --predictions. Values follow Nutshell's contract: YYYY-MM-DD when the day
// is known, YYYY-MM for a month, YYYY for a year, YYYY-MM-DDTHH:MM for times;
// Recognizers' durations and sets keep their TimeML timex (P3Y, XXXX-WXX-1)
// and say their "type". chrono finds no durations or sets.
//   node tools/eval/peers/dates.mjs chrono|recognizers FILE.jsonl

import * as chrono from 'chrono-node';
import Recognizers from '@microsoft/recognizers-text-suite';
import { readLines, codePoints, writeLine } from './common.mjs';

const [peer, path] = process.argv.slice(2);
const pad = (n, w = 2) => String(n).padStart(w, '0');

function chronoValue(component) {
  const known = (k) => component.isCertain(k);
  const y = component.get('year');
  const m = component.get('month');
  const d = component.get('day');
  if (known('hour')) return `${pad(y, 4)}-${pad(m)}-${pad(d)}T${pad(component.get('hour'))}:${pad(component.get('minute'))}`;
  if (known('day') || known('weekday')) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (known('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (known('year')) return pad(y, 4);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The contract's value from a Recognizers resolution: its "value" when it is a date, else the timex when it is one. */
function recognizersValue(values) {
  for (const v of values ?? []) {
    if (v.value && /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?/.test(v.value)) {
      return v.value.length > 10 ? v.value.slice(0, 16).replace(' ', 'T') : v.value;
    }
    if (v.timex && /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(v.timex)) return v.timex;
  }
  return null;
}

readLines(path).forEach((row, id) => {
  const text = row.text;
  const ref = new Date(`${row.dct}T12:00:00`);
  const dates = [];
  if (peer === 'chrono') {
    for (const r of chrono.parse(text, ref)) {
      dates.push({ start: codePoints(text, r.index), end: codePoints(text, r.index + r.text.length), value: chronoValue(r.start) });
    }
  } else if (peer === 'recognizers') {
    for (const r of Recognizers.recognizeDateTime(text, Recognizers.Culture.English, 0, ref)) {
      if (!/date|time/.test(r.typeName)) continue;
      const span = { start: codePoints(text, r.start), end: codePoints(text, r.end + 1) };
      // Durations and sets count too, with the TimeML timex Recognizers gives them.
      const kind = /duration/.test(r.typeName) ? 'DURATION' : /set/.test(r.typeName) ? 'SET' : null;
      if (kind) dates.push({ ...span, type: kind, value: r.resolution?.values?.[0]?.timex ?? null });
      else dates.push({ ...span, value: recognizersValue(r.resolution?.values) });
    }
  } else {
    throw new Error(`unknown peer ${peer}`);
  }
  writeLine({ id, dates });
});
