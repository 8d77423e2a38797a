// Trunk's post_build hook (Trunk.toml): finishes the release bundle in the
// staging directory before Trunk moves it to dist/.
//
// 1. Moves Trunk's inline boot script into a file of its own, so the page
//    runs under a Content-Security-Policy without 'unsafe-inline'.
// 2. Writes the hashed file names into embed.js, which hosts load by a
//    stable name.
// 3. Writes the service worker's file lists, each file's sha256 (the worker
//    installs a release only if every file it fetches matches) and a version
//    made from all of them and the worker itself, so each release gets its
//    own cache. The file readers (issue 16: the readers module and its
//    worker script) and the language packs (issue 17), LAZY below, are not
//    fetched at install: every reader would download them; the service
//    worker keeps each when the page first asks for it, checked the same
//    way.
//
//   TRUNK_STAGING_DIR=dist node tools/post-build.mjs   (Trunk sets the variable)

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk, or set it by hand)');
  process.exit(2);
}

const digest = (data) => createHash('sha256').update(data).digest('hex');

// 1. The boot script.
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/.exec(html);
if (inline) {
  const boot = inline[1].trim() + '\n';
  const name = `boot-${digest(boot).slice(0, 16)}.js`;
  await writeFile(join(staging, name), boot);
  html = html.replace(inline[0], `<script type="module" src="./${name}"></script>`);
  await writeFile(indexPath, html);
} else if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post-build: an inline script is left in index.html; the CSP would block it');
  process.exit(1);
}

// 2. The embedding script: the hashed names of the glue, wasm and CSS.
const names = await readdir(staging);
const named = (pattern, what) => {
  const found = names.filter((n) => pattern.test(n));
  if (found.length !== 1) {
    console.error(`post-build: expected one ${what} in ${staging}, found ${found.length}`);
    process.exit(1);
  }
  return found[0];
};
const embedPath = join(staging, 'embed.js');
const embed = (await readFile(embedPath, 'utf8'))
  .replace('__NUTSHELL_GLUE__', named(/^nutshell-web-[0-9a-f]+\.js$/, 'JS glue'))
  .replace('__NUTSHELL_WASM__', named(/^nutshell-web-[0-9a-f]+_bg\.wasm$/, 'wasm module'))
  .replace('__NUTSHELL_CSS__', named(/^style-[0-9a-f]+\.css$/, 'stylesheet'));
await writeFile(embedPath, embed);

// 3. The service worker.
async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}
const swPath = join(staging, 'sw.js');
const sw = await readFile(swPath, 'utf8');
if (!['__NUTSHELL_VERSION__', '__NUTSHELL_FILES__', '__NUTSHELL_LAZY__'].every((p) => sw.includes(p))) {
  console.error('post-build: sw.js has no placeholders to fill');
  process.exit(1);
}
const all = (await files(staging))
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js')
  .sort();
// The page itself is also asked for by its directory ('./'), as index.html.
const digests = { './': digest(await readFile(join(staging, 'index.html'))) };
const version = createHash('sha256').update(sw);
for (const path of all) {
  const data = await readFile(join(staging, path));
  digests[`./${path}`] = digest(data);
  version.update(path);
  version.update(data);
}
// Files fetched on first use, not at install: the readers module (Trunk's
// worker output for the nutshell-readers bin) and its worker script, and
// the six language packs (issue 17: packs/<code>.txt, fetched when a text
// in that language arrives). The page's size (tools/page-size.sh) leaves
// out the same files.
const LAZY = /^\.\/(nutshell-readers(_bg\.wasm|\.js)|readers\.js|packs\/[a-z]{2}\.txt)$/;
const lazy = Object.fromEntries(Object.entries(digests).filter(([path]) => LAZY.test(path)));
if (Object.keys(lazy).length !== 3 + 6) {
  console.error(`post-build: expected the readers module's 3 files and 6 language packs, found ${Object.keys(lazy)}`);
  process.exit(1);
}
const installed = Object.fromEntries(Object.entries(digests).filter(([path]) => !LAZY.test(path)));
const release = version.digest('hex').slice(0, 16);
await writeFile(swPath, sw
  .replace('__NUTSHELL_VERSION__', release)
  .replace('__NUTSHELL_FILES__', JSON.stringify(installed, null, 2))
  .replace('__NUTSHELL_LAZY__', JSON.stringify(lazy, null, 2)));
console.log(`post-build: boot script external; embed.js filled; service worker keeps ${Object.keys(installed).length} files at install and ${Object.keys(lazy).length} on first use, verified, as release ${release}`);
