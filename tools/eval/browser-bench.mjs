// How long the JS API takes in Debian's Chromium on the release build, for
// the sample and the pathological inputs of examples/pathological.rs: the
// numbers behind the engine's input limit; then what the reader feels
// (tools/eval/reader-timings.mjs): the first analysis after the page loads
// against a warm one, and the time from a paste to the cards (analysis in
// the worker, the answer read back, the page drawn) for the sample and a
// 20,000-word article. Prints Markdown tables.
//
//   node tools/eval/browser-bench.mjs [DIST...]   (after a release build into dist/)
//
// With DIST directories (other builds of the bundle, say the one before a
// change), the reader's timings run for each of them and for dist/ in the
// same browser, in alternating rounds, with their ratios.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget } from '../../tests/e2e/browser.mjs';
import { readerTimings } from './reader-timings.mjs';

const MAX_CHARS = 1_000_000;
const sample = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
const inputs = [
  ['the sample article (306 words)', sample],
  ['largest accepted text: the sample repeated to 1,000,000 chars', sample.repeat(Math.floor(MAX_CHARS / sample.length))],
  ['one 100,000-char sentence', 'word '.repeat(20_000)],
  ['50,000 one-word lines', 'Word\n'.repeat(50_000)],
  ['only punctuation (200,000 chars)', '?!.,;:-"\'()'.repeat(18_182)],
  ['1 MB of one word repeated (200,000 words, one sentence)', 'word '.repeat(MAX_CHARS / 5)],
  ['deeply nested unclosed HTML (10,000 levels)', '<div><p>'.repeat(10_000) + 'Text.'],
  ['right-to-left text (Arabic, 100,000 chars)', 'مرحبا بالعالم. '.repeat(6_667)],
  ['CJK without spaces (100,000 chars)', '部长在青岛会见了同行。'.repeat(10_000)],
];

const env = await start();
try {
  const { page } = await openWidget(env);
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  console.log('| input | chars | result | median time in Chromium |');
  console.log('|---|---|---|---|');
  for (const [name, text] of inputs) {
    const { result, median } = await page.evaluate(async (text) => {
      const times = [];
      let result = '';
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        try {
          const a = await window.wasmBindings.analyze(text);
          result = `${a.sentences.length} sentences`;
        } catch (e) {
          result = `error: ${e.code}`;
        }
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { result, median: times[2] };
    }, text);
    console.log(`| ${name} | ${[...text].length} | ${result} | ${median.toFixed(1)} ms |`);
  }
  await readerTimings(env.browser, [...process.argv.slice(2), join(ROOT, 'dist')], sample, article(20_000));
} finally {
  await env.close();
}

/** About `words` words of article-like text, built from the sample as
 * benches/analyze.rs builds it. */
function article(words) {
  const paragraphs = sample.split('\n\n').map((p) => p.trim()).filter((p) => p.length > 40);
  let text = 'date 2025-06-28\n\n';
  for (let i = 0; text.split(/\s+/).length < words; i++) {
    text += `In part ${i}, ${paragraphs[(i * 7) % paragraphs.length]}\n\n`;
  }
  return text;
}
