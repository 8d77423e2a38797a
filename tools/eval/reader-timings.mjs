// What the reader of the widget feels, measured in one browser for one or
// more builds of the bundle (alternating rounds, so a busy machine slows
// each alike), printed as a Markdown table with medians and ratios:
// - the first analysis after the page loads (the sample through the JS
//   API, and the first paste of the sample to its cards) against a warm
//   one: a cold wasm module runs V8's baseline code;
// - paste to cards for the sample and for a 20,000-word article, and the
//   sample's paste to cards over its analysis time (the API, warm).
// Each round opens a fresh page and waits IDLE_MS, as a reader does
// before pasting, then pastes.
//
// Used by tools/eval/browser-bench.mjs.

import { serve } from '../static-server.mjs';

const ROUNDS = 7;
/** How long a reader looks at the page before pasting, in ms. */
const IDLE_MS = 1500;
/** Runs before a warm timing that are not counted. */
const WARM_UP = 2;

/** Paste `text` into the widget and resolve with ms to its cards drawn. */
async function pasteToCards(page, text) {
  return page.evaluate(async (text) => {
    const status = document.querySelector('#status');
    const box = document.querySelector('#source-text');
    const t0 = performance.now();
    const ready = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (status.textContent.startsWith('Summary ready') && document.querySelector('#cards')) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(status, { childList: true, subtree: true, characterData: true });
    });
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    await ready;
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  }, text);
}

/** ms of one `window.wasmBindings.analyze(text)`. */
async function apiTime(page, text) {
  return page.evaluate(async (text) => {
    const t0 = performance.now();
    await window.wasmBindings.analyze(text);
    return performance.now() - t0;
  }, text);
}

/** One round on the bundle at `url`: every timing once (warm ones as medians of 5). */
async function round(browser, url, sample, long) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#source-text').waitFor();
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  await page.waitForTimeout(IDLE_MS);
  const t = {};
  t.firstPaste = await pasteToCards(page, sample);
  t.firstApi = await apiTime(page, sample);
  // A different text each time, so every paste is analysed; the first
  // WARM_UP runs are not counted.
  const warm = async (f, text, n = 5) => {
    const times = [];
    for (let i = 0; i < WARM_UP + n; i++) times.push(await f(page, `${text}\n\nRound ${i}.`));
    return median(times.slice(WARM_UP));
  };
  t.warmApi = await warm(apiTime, sample);
  t.warmPaste = await warm(pasteToCards, sample);
  t.longPaste = await warm(pasteToCards, long);
  await context.close();
  return t;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Measure each bundle directory in `dists` (served from loopback) and print the table. */
export async function readerTimings(browser, dists, sample, long) {
  const servers = await Promise.all(dists.map((dir) => serve(dir, 0)));
  try {
    const runs = dists.map(() => []);
    for (let r = 0; r < ROUNDS; r++) {
      for (const [i, server] of servers.entries()) {
        runs[i].push(await round(browser, server.url, sample, long));
      }
    }
    const med = (i, key) => median(runs[i].map((t) => t[key]));
    const rows = [
      ['sample: first API analysis after load', (i) => med(i, 'firstApi')],
      ['sample: warm API analysis', (i) => med(i, 'warmApi')],
      ['first over warm (API)', (i) => med(i, 'firstApi') / med(i, 'warmApi'), 'x'],
      ['sample: first paste to cards after load', (i) => med(i, 'firstPaste')],
      ['sample: warm paste to cards', (i) => med(i, 'warmPaste')],
      ['first over warm (paste to cards)', (i) => med(i, 'firstPaste') / med(i, 'warmPaste'), 'x'],
      ['sample: paste to cards over its analysis (warm)', (i) => med(i, 'warmPaste') / med(i, 'warmApi'), 'x'],
      ['20,000 words: paste to cards (warm)', (i) => med(i, 'longPaste')],
    ];
    console.log(`\n| reader's timing (median of ${ROUNDS} rounds, fresh page each, ${IDLE_MS} ms idle before the first paste) | ${dists.join(' | ')} |`);
    console.log(`|---|${dists.map(() => '---').join('|')}|`);
    for (const [name, value, unit] of rows) {
      const cells = dists.map((_, i) => (unit === 'x' ? `${value(i).toFixed(1)}x` : `${value(i).toFixed(1)} ms`));
      console.log(`| ${name} | ${cells.join(' | ')} |`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
