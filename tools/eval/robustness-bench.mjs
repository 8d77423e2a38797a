// The tester's cases of issue 11 ("Why"), rerun in Debian's Chromium on two
// release bundles side by side (an OLD dist/ and a NEW one), for the
// issue's closing table: time to a result, the longest task on the page's
// main thread (PerformanceObserver 'longtask', tasks that start after the
// case begins), and the peak resident memory of the page's renderer
// process (VmHWM in /proc; the analysis worker lives in that process too).
// Each case runs in a fresh browser, capped at 90 s; a run that does not
// finish is reported as such, never waited out.
//
//   1. a paste of "Ab Cd " x 30,000 (180 KB of Title Case, no full stop);
//      then whether a normal text pasted afterwards is analysed
//   2. an .html file dropped on the box: "<nav>" x 60,000, "</b>" x 60,000
//      and a short article (540 KB)
//   3. an .html file of "a &b " x 150,000 in a <p> (150,000 '&' with no ';')
//   4. a paste of 60,000 distinct percentages "0% 1% 2% ...": also the
//      number of DOM nodes in the cards (#cards *)
//   5. typing 16 keys, 120 ms apart, at the end of a 990,000-char text:
//      median key-to-paint time (Event Timing, as tests/e2e/text.test.mjs
//      measures it) and the longest task while typing; the same in a bare
//      textarea holding the same text, for what the browser itself needs
//   6. the JS API: analyze(42), and options with a throwing getter: how the
//      promise ends, and whether the next call works
//
// Prints a Markdown table and writes it to tools/eval/results/robustness.md
// (or --out). With --screens DIR it also saves screenshots of the NEW build
// (the cards after case 4, the sample analysed) for a person to look at.
//
//   flock /tmp/nutshell-build.lock node tools/eval/robustness-bench.mjs \
//     --old ../wt-old/dist --new dist [--screens DIR] [--cases 1,4] [--runs 3] [--out FILE]
//
// With --runs N each case runs N times per build (a run that hits the cap is
// not repeated); the time and longest-task cells then list every run.
// Both bundles are served by tools/static-server.mjs on loopback. Build
// each with `trunk build --release` in its own worktree first.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, FLAGS, openWidget, paste } from '../../tests/e2e/browser.mjs';
import { serve } from '../static-server.mjs';

const { values: opts } = parseArgs({
  options: {
    old: { type: 'string' },
    new: { type: 'string', default: join(ROOT, 'dist') },
    screens: { type: 'string' },
    cases: { type: 'string', default: '1,2,3,4,5,6' },
    runs: { type: 'string', default: '1' },
    out: { type: 'string', default: join(ROOT, 'tools', 'eval', 'results', 'robustness.md') },
  },
});
if (!opts.old) {
  console.error('usage: node tools/eval/robustness-bench.mjs --old OLD_DIST [--new NEW_DIST] [--screens DIR] [--cases 1,2] [--out FILE]');
  process.exit(2);
}

/** How long one run may take before it is reported as not finished. */
const CAP_MS = 90_000;
const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');

const sleep = (ms) => new Promise((done) => { setTimeout(done, ms); });

/** `promise`, or `fallback` once `ms` have passed (a frozen page never answers). */
const within = (promise, ms, fallback) => Promise.race([promise, sleep(ms).then(() => fallback)]);

// ---- the renderer's memory, from /proc ------------------------------------

/** Process ids below `root` (Chromium's renderers hang off its zygote). */
function descendants(root) {
  const children = new Map();
  for (const pid of readdirSyncSafe('/proc')) {
    const stat = readText(`/proc/${pid}/stat`);
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(pid));
  }
  const found = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.pop()) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** The numeric entries of `dir` (process ids, for /proc). */
function readdirSyncSafe(dir) {
  try {
    return readdirSync(dir).filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
}

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Browsers this script launched: its child processes that are Chromium's main process. */
function browserPids() {
  return descendants(process.pid).filter((pid) => {
    const cmdline = readText(`/proc/${pid}/cmdline`);
    return /chrom/.test(cmdline) && !cmdline.includes('--type=');
  });
}

/** The largest peak resident set (VmHWM, MB) among the browser's renderer processes. */
function rendererPeakMb(browserPid) {
  let peak = 0;
  for (const pid of descendants(browserPid)) {
    if (!readText(`/proc/${pid}/cmdline`).includes('--type=renderer')) continue;
    const kb = Number(/VmHWM:\s+(\d+)/.exec(readText(`/proc/${pid}/status`))?.[1] ?? 0);
    peak = Math.max(peak, kb / 1024);
  }
  return peak;
}

// ---- what the page is doing -------------------------------------------------

/**
 * Watch the page: every long task's start and length, and the moment the
 * status line says the analysis is ready ("Summary ready", or "No summary" for a text with no sentence to quote) or shows a
 * problem, once it has changed since `__bench.arm()` (so the status of an
 * earlier analysis is not taken for this one's).
 */
async function installProbe(page) {
  await page.evaluate(() => {
    const bench = { tasks: [], t0: 0, done: null, armedText: null, changed: false };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
    const check = () => {
      const status = document.querySelector('#status');
      if (!status || bench.done || bench.armedText === null) return;
      const text = status.textContent;
      if (text !== bench.armedText) bench.changed = true;
      if (!bench.changed) return;
      if (/Summary ready|No summary/.test(text)) bench.done = { at: performance.now(), ok: true, text };
      else if (status.classList.contains('status-problem')) bench.done = { at: performance.now(), ok: false, text };
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    bench.arm = () => {
      bench.t0 = performance.now();
      bench.done = null;
      bench.changed = false;
      bench.armedText = document.querySelector('#status')?.textContent ?? '';
    };
  });
}

/** Arm the probe: the case starts now. */
const arm = (page) => page.evaluate(() => window.__bench.arm());

/**
 * Wait (at most `cap` ms) for the armed case's result; then its time, the
 * longest task since it began, and the status line. A page still frozen
 * at the cap answers nothing, and says so.
 */
async function outcome(page, cap = CAP_MS) {
  const started = Date.now();
  let done = null;
  while (Date.now() - started < cap) {
    done = await within(page.evaluate(() => window.__bench.done), 2_000, null).catch(() => null);
    if (done) break;
    await sleep(200);
  }
  await sleep(300); // let the last long task's entry arrive
  const seen = await within(page.evaluate(() => ({
    t0: window.__bench.t0,
    longest: Math.max(0, ...window.__bench.tasks.filter(([start]) => start >= window.__bench.t0 - 1).map(([, d]) => d)),
    count: window.__bench.tasks.filter(([start]) => start >= window.__bench.t0 - 1).length,
    status: document.querySelector('#status')?.textContent ?? '',
  })), 5_000, null).catch(() => null);
  const waited = Date.now() - started;
  if (!seen) return { finished: false, frozen: true, waited };
  return {
    finished: Boolean(done),
    ok: done?.ok,
    ms: done ? done.at - seen.t0 : null,
    longest: seen.longest,
    count: seen.count,
    status: (done?.text ?? seen.status).trim(),
    waited,
  };
}

// ---- one run: a fresh browser on one bundle -----------------------------------

async function withBrowser(dist, body) {
  const server = await serve(dist, 0);
  const before = new Set(browserPids());
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
  const pid = browserPids().find((p) => !before.has(p));
  try {
    const { page, context, errors } = await openWidget({ browser, url: server.url }, { viewport: { width: 1280, height: 900 } });
    await page.waitForFunction(() => window.wasmBindings?.analyze);
    await page.locator('#status').filter({ hasText: /Paste/ }).waitFor();
    await installProbe(page);
    const loadedMb = rendererPeakMb(pid);
    const result = await body({ page, context, browser, errors });
    return { ...result, loadedMb, peakMb: rendererPeakMb(pid), errors: [...new Set(errors)] };
  } finally {
    // A frozen renderer can keep close() waiting: then end the browser we started.
    const closed = await within(browser.close().then(() => true), 10_000, false);
    if (!closed && pid) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    await server.close();
  }
}

/** Drop a file holding `text` on the source panel, as a person does. */
async function drop(page, name, type, text) {
  await page.evaluate(([name, type, text]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type }));
    window.__bench.arm();
    document.querySelector('.source').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [name, type, text]);
}

/**
 * Type `keys` at the end of the box, 120 ms apart: the median time from a
 * key press to the next paint (Event Timing; under its 16 ms floor a press
 * counts as 16) and the longest task meanwhile. The method of
 * tests/e2e/text.test.mjs, without its counting of whole-text work.
 */
async function typing(page, keys) {
  await page.evaluate(() => {
    window.__keys = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.interactionId) window.__keys.set(e.interactionId, Math.max(window.__keys.get(e.interactionId) ?? 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 });
    window.__bench.arm();
  });
  await page.locator('#source-text').press('End');
  await page.keyboard.type(keys, { delay: 120 });
  await sleep(500);
  const { delays, longest } = await page.evaluate(() => ({
    delays: [...window.__keys.values()],
    longest: Math.max(0, ...window.__bench.tasks.filter(([start]) => start >= window.__bench.t0).map(([, d]) => d)),
  }));
  const all = [...delays, ...Array(Math.max(0, keys.length - delays.length)).fill(16)].sort((a, b) => a - b);
  return { median: all[Math.floor(all.length / 2)], max: all.at(-1), longest };
}

// ---- the cases -------------------------------------------------------------------

// The short article comes first and is not in an <article> element: the
// importer keeps to an <article> when there is one, which would leave the
// nested <nav>s unread.
const nested = `<h1>Council approves the route</h1><p>The council met on Monday. It approved the new bus route.</p>${'<nav>'.repeat(60_000)}${'</b>'.repeat(60_000)}`;
const ampersands = `<html><body><article><h1>Ampersands</h1><p>${'a &b '.repeat(150_000)}</p></article></body></html>`;
const percentages = Array.from({ length: 60_000 }, (_, i) => `${i}%`).join(' ');
const million = Array(Math.ceil(990_000 / SAMPLE.length)).fill(SAMPLE).join('\n\n').slice(0, 990_000);

const CASES = {
  1: {
    title: 'paste "Ab Cd " x 30,000 (180 KB)',
    async run({ page }) {
      await arm(page);
      await paste(page, 'Ab Cd '.repeat(30_000));
      const first = await outcome(page);
      // A normal text afterwards: analysed or not (30 s).
      let after = { finished: false, frozen: true };
      if (!first.frozen) {
        await within(arm(page), 5_000, null);
        await within(paste(page, SAMPLE), 5_000, null);
        after = await outcome(page, 30_000);
      }
      return { first, after };
    },
  },
  2: {
    title: 'drop .html: a short article, then "<nav>" x 60,000 + "</b>" x 60,000 (540 KB)',
    async run({ page }) {
      await drop(page, 'nested.html', 'text/html', nested);
      return { first: await outcome(page) };
    },
  },
  3: {
    title: 'drop .html: "a &b " x 150,000 in a <p> (150,000 & without ;)',
    async run({ page }) {
      await drop(page, 'amp.html', 'text/html', ampersands);
      return { first: await outcome(page) };
    },
  },
  4: {
    title: 'paste 60,000 distinct percentages',
    async run({ page }, screens) {
      await arm(page);
      await paste(page, percentages);
      const first = await outcome(page);
      let nodes = null;
      let more = null;
      if (first.finished) {
        ({ nodes, more } = await within(page.evaluate(() => ({
          nodes: document.querySelectorAll('#cards *').length,
          more: [...document.querySelectorAll('#cards .show-more')].map((b) => b.textContent),
        })), 30_000, {}));
      }
      if (screens && first.finished) {
        await page.locator('.facts-block').screenshot({ path: join(screens, 'case4-cards.png') });
        await page.screenshot({ path: join(screens, 'case4-page.png') });
      }
      return { first, nodes, more };
    },
  },
  5: {
    title: 'typing 16 keys at the end of 990,000 chars',
    async run({ page, context }) {
      await arm(page);
      await paste(page, million);
      const first = await outcome(page);
      if (!first.finished) return { first };
      const keys = await within(typing(page, 'typed words here'), CAP_MS, null);
      // The same text in a bare textarea: what the browser itself needs.
      const bare = await context.newPage();
      await bare.setContent('<textarea id="source-text" style="width: 560px; height: 240px"></textarea>');
      await bare.locator('#source-text').evaluate((box, text) => { box.value = text; }, million);
      await installProbe(bare);
      const browser = await within(typing(bare, 'typed words here'), CAP_MS, null);
      return { first, keys, browser };
    },
  },
  6: {
    title: 'JS API: analyze(42); options with a throwing getter',
    async run({ page }) {
      const api = await page.evaluate(async () => {
        const calls = {
          'analyze(42)': () => window.wasmBindings.analyze(42),
          'throwing getter': () => window.wasmBindings.analyze('Some text. More text.', { get sentences() { throw new Error('boom'); } }),
        };
        const outcomes = {};
        for (const [what, call] of Object.entries(calls)) {
          let how;
          try {
            how = await Promise.race([
              call().then(() => 'resolved', (e) => `rejected ${e?.code ? `{code: ${e.code}}` : String(e?.message ?? e).slice(0, 60)}`),
              new Promise((done) => { setTimeout(() => done('pending after 5 s'), 5_000); }),
            ]);
          } catch (e) {
            how = `threw ${String(e?.message ?? e).slice(0, 60)}`;
          }
          let next;
          try {
            next = `next call: ${(await window.wasmBindings.analyze('The council met on Monday. It approved the route.')).sentences.length} sentences`;
          } catch (e) {
            next = `next call fails (${String(e?.message ?? e).slice(0, 40)})`;
          }
          outcomes[what] = `${how}; ${next}`;
        }
        return outcomes;
      });
      return { api };
    },
  },
};

// ---- the table ---------------------------------------------------------------

const secs = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);

function timeCell(o) {
  if (o.frozen) return `did not finish: page frozen at ${secs(o.waited)}`;
  if (!o.finished) return `did not finish in ${secs(o.waited)} (status: "${o.status.slice(0, 40)}")`;
  return o.ok ? secs(o.ms) : `${secs(o.ms)}, failed: "${o.status.slice(0, 70)}"`;
}

const taskCell = (o) => {
  if (o.frozen) return `≥ ${secs(o.waited)} (still running)`;
  if (!o.longest) return 'none over 50 ms';
  return o.count === undefined ? secs(o.longest) : `${secs(o.longest)} (${o.count} over 50 ms)`;
};

/** The table's rows for case `n` over its runs: [case, measure, value]. */
function rows(n, runs) {
  const [r] = runs;
  if (r.crashed) return [[n, 'run', `error: ${r.crashed}`]];
  const out = [];
  const peak = Math.max(...runs.map((run) => run.peakMb ?? 0));
  const memory = `${Math.round(peak)} MB (${Math.round(r.loadedMb)} MB after load)`;
  if (r.first) {
    const each = (cell) => runs.map((run) => (run.first ? cell(run.first) : 'error')).join(' / ');
    out.push([n, n === 4 ? 'time to cards' : n === 5 ? 'time to analyse the 990,000 chars' : 'time to result', each(timeCell)]);
    out.push([n, 'longest main-thread task', each(taskCell)]);
  }
  if (n === 1) out.push([n, 'the sample pasted afterwards', r.after.finished && r.after.ok ? `analysed in ${secs(r.after.ms)}: "${r.after.status.slice(0, 45)}…"` : `not analysed (${timeCell(r.after)})`]);
  if (n === 4) {
    out.push([n, 'DOM nodes in #cards', r.nodes ?? 'n/a']);
    if (r.more?.length) out.push([n, '"more" buttons', r.more.join('; ')]);
  }
  if (n === 5 && r.keys) {
    const keys = runs.filter((run) => run.keys);
    out.push([n, 'key to paint, median (max) of 16 keys', keys.map((run) => `${Math.round(run.keys.median)} ms (${Math.round(run.keys.max)} ms)`).join(' / ')]);
    out.push([n, 'longest main-thread task while typing', keys.map((run) => taskCell({ longest: run.keys.longest })).join(' / ')]);
    const bare = runs.filter((run) => run.browser);
    out.push([n, 'the same in a bare textarea: key to paint, median (max)', bare.map((run) => `${Math.round(run.browser.median)} ms (${Math.round(run.browser.max)} ms)`).join(' / ')]);
  }
  if (n === 5 && r.first?.finished && !r.keys) out.push([n, 'typing', `did not finish in ${secs(CAP_MS)}`]);
  if (r.api) for (const [what, how] of Object.entries(r.api)) out.push([n, what, how]);
  out.push([n, 'peak renderer memory (VmHWM)', memory]);
  if (r.errors.length) out.push([n, 'page errors', r.errors.map((e) => e.replace(/\s+/g, ' ').slice(0, 80)).join(' / ')]);
  return out;
}

function commitOf(dist) {
  try {
    return execFileSync('git', ['-C', dirname(resolve(dist)), 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

// ---- main -------------------------------------------------------------------

if (opts.screens) await mkdir(opts.screens, { recursive: true });
const builds = { old: resolve(opts.old), new: resolve(opts.new) };
const wanted = opts.cases.split(',').map(Number).filter((n) => CASES[n]);
const results = {};
for (const n of wanted) {
  for (const [label, dist] of Object.entries(builds)) {
    const screens = label === 'new' ? opts.screens : undefined;
    const runs = [];
    for (let i = 0; i < Number(opts.runs); i += 1) {
      const t = Date.now();
      let result;
      try {
        result = await withBrowser(dist, (env) => CASES[n].run(env, screens));
      } catch (error) {
        result = { crashed: String(error?.message ?? error).split('\n')[0] };
      }
      console.error(`case ${n} on ${label}, run ${i + 1}: ${secs(Date.now() - t)} wall`);
      runs.push(result);
      if (result.crashed || (result.first && !result.first.finished)) break; // capped: not repeated
    }
    (results[n] ??= {})[label] = runs;
  }
}

if (opts.screens && wanted.includes(4)) {
  // The sample, analysed after "Try the sample", for a person to look at.
  await withBrowser(builds.new, async ({ page }) => {
    await arm(page);
    await page.locator('#try-sample').click();
    await outcome(page, 30_000);
    await page.screenshot({ path: join(opts.screens, 'sample.png'), fullPage: true });
    return {};
  });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
const version = browser.version();
await browser.close();
const cpus = (await readdir('/sys/devices/system/cpu')).filter((n) => /^cpu\d+$/.test(n)).length;

const lines = [
  '# Issue 11: the tester\'s cases before and after',
  '',
  `Made by \`tools/eval/robustness-bench.mjs\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: old = \`${commitOf(builds.old)}\`, new = \`${commitOf(builds.new)}\` (release builds), Chromium ${version} headless, ${cpus} CPUs.`,
  `Each case in a fresh browser, capped at 90 s; ${opts.runs} run(s) per case and build (times and longest tasks of each run, separated by /; memory the largest of the runs, other rows from the first). Longest task: PerformanceObserver \'longtask\' on the page\'s main thread, tasks that start after the case begins. Memory: peak resident set (VmHWM) of the page\'s renderer process, which holds the analysis worker too.`,
  '',
  '| case | measure | old | new |',
  '|---|---|---|---|',
];
for (const n of wanted) {
  lines.push(`| **${n}** | ${CASES[n].title} | | |`);
  const old = rows(n, results[n].old);
  const now = rows(n, results[n].new);
  const measures = [...new Set([...old, ...now].map(([, m]) => m))];
  for (const m of measures) {
    const cell = (list) => String(list.find(([, x]) => x === m)?.[2] ?? '').replace(/\|/g, '\\|');
    lines.push(`| ${n} | ${m} | ${cell(old)} | ${cell(now)} |`);
  }
}
const table = `${lines.join('\n')}\n`;
console.log(table);
await mkdir(dirname(opts.out), { recursive: true });
await writeFile(opts.out, table);
