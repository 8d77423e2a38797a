// How long the JS API takes in Debian's Chromium on the release build, for
// the sample and the pathological inputs of examples/pathological.rs: the
// numbers behind the engine's input limit. Prints a Markdown table.
//
//   node tools/browser-bench.mjs      (after a release build into dist/)

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget } from '../tests/e2e/browser.mjs';

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
} finally {
  await env.close();
}
