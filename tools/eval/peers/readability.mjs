// Readability.js (Mozilla's reader view, npm @mozilla/readability) over
// linkedom's DOM: the peer of Nutshell's page extraction in
// tools/eval/eval_extract.py. Reads the data file's JSON lines
// {"id", "html_path"} (html_path relative to the data folder), prints per
// page {"id", "text", "title", "byline", "date"}: the article's
// textContent, its metadata title and byline, and its published time's
// date (YYYY-MM-DD) where Readability found one.
//   node tools/eval/peers/readability.mjs DATA_DIR FILE.jsonl

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readLines, writeLine } from './common.mjs';

const [dataDir, file] = process.argv.slice(2);
for (const row of readLines(file)) {
  const html = readFileSync(join(dataDir, row.html_path), 'utf8');
  let article = null;
  try {
    const { document } = parseHTML(html);
    article = new Readability(document).parse();
  } catch (error) {
    process.stderr.write(`${row.id}: ${error.message}\n`);
  }
  const date = article?.publishedTime?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  writeLine({
    id: row.id,
    text: article?.textContent ?? '',
    title: article?.title ?? null,
    byline: article?.byline ?? null,
    date,
  });
}
