// Trunk's post_build hook (Trunk.toml): finishes the release bundle in the
// staging directory before Trunk moves it to dist/.
//
// 1. Moves Trunk's inline boot script into a file of its own, so the page
//    runs under a Content-Security-Policy without 'unsafe-inline'.
// 2. Writes the hashed file names into embed.js, which hosts load by a
//    stable name.
// 3. Minifies the scripts and the stylesheet the page and its workers load
//    (esbuild, pinned in package.json; Trunk's own minifier fails on
//    wasm-bindgen's glue): 8 KB of the page's gzipped bytes (issue 18: the
//    glue alone went from 11.6 to 7.5 KB) for no change in behaviour, and
//    every integrity hash Trunk wrote in index.html made again from its
//    file. embed.js and the embed example stay
//    readable for the people who copy them.
// 4. Writes the service worker's file lists, each file's sha256 (the worker
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
import { transform } from 'esbuild';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk, or set it by hand)');
  process.exit(2);
}

const digest = (data) => createHash('sha256').update(data).digest('hex');

/**
 * The files minified: what the page and its workers load. embed.js, which
 * a host includes by name and reads for its usage notes, stays as written.
 */
const MINIFIED = /^(nutshell-(web-[0-9a-f]+|readers)|worker|readers|offline|frame|sw)\.js$|^style-[0-9a-f]+\.css$/;

/**
 * Minify `path` in place. With no output format esbuild keeps top-level
 * names, which a classic script (the service worker) shares as globals.
 */
async function minify(path) {
  const source = await readFile(path, 'utf8');
  const loader = path.endsWith('.css') ? 'css' : 'js';
  const { code } = await transform(source, { loader, minify: true, charset: 'utf8' });
  await writeFile(path, code);
}

const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');

// 3. Minified first (the service worker once its lists are in), then every
// integrity attribute Trunk wrote in index.html made again from its file
// (sha384, base64), so none is stale: a stale one stops the page loading.
for (const name of (await readdir(staging)).filter((n) => MINIFIED.test(n) && n !== 'sw.js')) {
  await minify(join(staging, name));
}
for (const [attribute, name] of [...html.matchAll(/href="\.\/([^"]+)"[^>]*integrity="sha384-[^"]+"/g)]) {
  const sri = `sha384-${createHash('sha384').update(await readFile(join(staging, name))).digest('base64')}`;
  html = html.replace(attribute, attribute.replace(/integrity="[^"]+"/, `integrity="${sri}"`));
}
await writeFile(indexPath, html);

// 1. The boot script.
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
await minify(swPath);
console.log(`post-build: scripts and stylesheet minified; boot script external; embed.js filled; service worker keeps ${Object.keys(installed).length} files at install and ${Object.keys(lazy).length} on first use, verified, as release ${release}`);
