// Nutshell against the JavaScript libraries a web developer would use
// instead, in one Chromium page: time per analysis and bytes downloaded.
//
// - Nutshell: the built page's JS API (`window.wasmBindings.analyze`, the
//   release bundle in dist/): sentences, summary, names, dates, numbers,
//   quotes, key phrases.
// - compromise 14 with its dates plugin (compromise-dates 3): sentences,
//   people, places, organisations, dates, numbers, quotations.
// - wink-nlp 2 with wink-eng-lite-web-model: sentences and entities (the
//   lite model's entities are dates, times, durations, numbers, money and
//   the like: it has no names of people, organisations or places).
// Versions are pinned in tools/eval/peers/package.json. Each peer is
// bundled and minified by esbuild (pinned there too), as a web developer
// ships it.
//
// Texts: the sample article and articles of about 1,000, 5,000 and 20,000
// words built from it (as benches/analyze.rs builds them). Each library
// is warmed on every text first; then ROUNDS rounds run each library once
// per text, in an order that rotates each round, and the medians are
// compared. Bytes: gzip -9 of each peer's minified bundle against the
// files the Nutshell page downloads (as tools/page-size.sh counts them).
// Writes tools/eval/results/speed.md and prints it.
//
//   node tools/eval/speed-bench.mjs     (after a release build into dist/;
//                                        tools/eval/peers installed: npm ci there)

import { readFileSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { ROOT, start } from '../../tests/e2e/browser.mjs';

const PEERS = join(ROOT, 'tools', 'eval', 'peers');
const require = createRequire(join(PEERS, 'package.json'));
const esbuild = require('esbuild');
const ROUNDS = 15;
const WARM_RUNS = 3;

const sample = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');

/** About `words` words of article-like text, as benches/texts builds it. */
function article(words) {
  const paragraphs = sample.split('\n\n').map((p) => p.trim()).filter((p) => p.length > 40);
  let text = 'date 2025-06-28\n\n';
  for (let i = 0; text.split(/\s+/).filter(Boolean).length < words; i++) {
    text += `In part ${i}, ${paragraphs[(i * 7) % paragraphs.length]}\n\n`;
  }
  return text;
}

const texts = [
  ['the sample article', sample],
  ['1,000 words', article(1_000)],
  ['5,000 words', article(5_000)],
  ['20,000 words', article(20_000)],
];

// Each peer as a page script: `window.peers[name] = (text) => result size`.
// The result is read out (as a page would read it) so no work is skipped.
const entries = {
  'compromise + dates': `
    import nlp from 'compromise';
    import dates from 'compromise-dates';
    nlp.plugin(dates);
    (window.peers ??= {})['compromise + dates'] = (text) => {
      const doc = nlp(text);
      const out = {
        sentences: doc.sentences().out('array'),
        people: doc.people().out('array'),
        places: doc.places().out('array'),
        organizations: doc.organizations().out('array'),
        dates: doc.dates().json(),
        numbers: doc.numbers().json(),
        quotations: doc.quotations().out('array'),
      };
      return Object.values(out).reduce((n, list) => n + list.length, 0);
    };`,
  'wink-nlp': `
    import winkNLP from 'wink-nlp';
    import model from 'wink-eng-lite-web-model';
    const nlp = winkNLP(model);
    const its = nlp.its;
    (window.peers ??= {})['wink-nlp'] = (text) => {
      const doc = nlp.readDoc(text);
      const sentences = doc.sentences().out();
      const entities = doc.entities().out(its.detail);
      return sentences.length + entities.length;
    };`,
};

/** Each peer's minified bundle. */
async function bundles() {
  const built = {};
  for (const [name, contents] of Object.entries(entries)) {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: PEERS, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    built[name] = result.outputFiles[0].text;
  }
  return built;
}

const gzipped = (data) => gzipSync(data, { level: 9 }).length;

/** The Nutshell page's bytes, gzipped, as tools/page-size.sh counts them. */
async function pageBytes() {
  const dist = join(ROOT, 'dist');
  let total = 0;
  let wasm = 0;
  for (const name of await readdir(dist)) {
    if (/^embed-example\.|^embed\.js$|^frame\.js$|\.d\.ts$/.test(name)) continue;
    const size = gzipped(await readFile(join(dist, name)));
    total += size;
    if (name.endsWith('.wasm')) wasm = size;
  }
  return { total, wasm };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const built = await bundles();
const env = await start();
let report;
try {
  // The CSP of the page allows its own scripts only; the peers come in
  // as inline scripts, so this page (and only it) bypasses it.
  const context = await env.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  for (const code of Object.values(built)) await page.addScriptTag({ content: code });
  const tools = ['Nutshell', ...Object.keys(entries)];
  const times = await page.evaluate(
    async ({ texts, tools, rounds, warmRuns }) => {
      const run = {
        Nutshell: (text) => window.wasmBindings.analyze(text),
        ...window.peers,
      };
      const once = async (tool, text) => {
        const t0 = performance.now();
        await run[tool](text);
        return performance.now() - t0;
      };
      const times = {};
      for (const [name, text] of texts) {
        times[name] = Object.fromEntries(tools.map((t) => [t, []]));
        for (const tool of tools) for (let i = 0; i < warmRuns; i++) await once(tool, text);
      }
      for (let r = 0; r < rounds; r++) {
        for (const [name, text] of texts) {
          // Each round starts with another library.
          const order = tools.map((_, k) => tools[(k + r) % tools.length]);
          for (const tool of order) times[name][tool].push(await once(tool, text));
        }
      }
      return times;
    },
    { texts, tools, rounds: ROUNDS, warmRuns: WARM_RUNS },
  );
  const version = (pkg) => JSON.parse(readFileSync(join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  const chromium = env.browser.version();
  const page_ = await pageBytes();
  const lines = [
    '# Speed and bytes: Nutshell and the JavaScript peers',
    '',
    `Measured by \`node tools/eval/speed-bench.mjs\` in one headless Chromium ${chromium} page on the release build:`,
    `Nutshell's JS API (\`analyze\`), compromise ${version('compromise')} with compromise-dates ${version('compromise-dates')},`,
    `wink-nlp ${version('wink-nlp')} with wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}, each bundled and minified by esbuild ${version('esbuild')}.`,
    `Each library warmed ${WARM_RUNS} times on each text, then ${ROUNDS} rounds, each running every library once per text in a rotating order; medians.`,
    'Nutshell does the most work of the three (summary, names with their full names, dates with values, numbers with units,',
    'quotes with speakers, key phrases); compromise finds sentences, people, places, organisations, dates, numbers and quotations;',
    "wink-nlp sentences and entities (its lite model's are dates, numbers, money and the like: no names).",
    'A ratio over 1 means the peer takes that many times as long as Nutshell.',
    '',
    `| text | words | Nutshell | ${Object.keys(entries).map((p) => `${p} (ratio)`).join(' | ')} |`,
    `|---|---|---|${Object.keys(entries).map(() => '---').join('|')}|`,
  ];
  for (const [name, text] of texts) {
    const nutshell = median(times[name].Nutshell);
    const cells = Object.keys(entries).map((p) => {
      const t = median(times[name][p]);
      return `${t.toFixed(1)} ms (${(t / nutshell).toFixed(1)}x)`;
    });
    const words = text.split(/\s+/).filter(Boolean).length;
    lines.push(`| ${name} | ${words.toLocaleString('en')} | ${nutshell.toFixed(1)} ms | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    "Bytes a reader downloads, gzipped at level 9 by node's zlib (`gzip -9` in `tools/page-size.sh` counts a few hundred more): the Nutshell page's files as `tools/page-size.sh` counts them (wasm, JS glue, worker, CSS,",
    'HTML, service worker), each peer as one minified bundle (the library alone: no page around it).',
    '',
    '| | bytes gzipped | over Nutshell\'s page |',
    '|---|---|---|',
    `| Nutshell page | ${page_.total.toLocaleString('en')} (wasm ${page_.wasm.toLocaleString('en')}) | 1.00x |`,
  );
  for (const [name, code] of Object.entries(built)) {
    const size = gzipped(code);
    lines.push(`| ${name} | ${size.toLocaleString('en')} | ${(size / page_.total).toFixed(2)}x |`);
  }
  report = lines.join('\n') + '\n';
} finally {
  await env.close();
}
await writeFile(join(ROOT, 'tools', 'eval', 'results', 'speed.md'), report);
console.log(report);
