// The service worker across releases and deployments: each deployment on an
// origin keeps its own cache, a new release replaces only its own older
// cache, and a release whose files do not arrive intact is never activated.
// Each test publishes changed copies of dist/ as the build would (publish()).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, start, paste, publish } from './browser.mjs';
import { serve } from '../../tools/static-server.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A temporary web root; `close()` stops its server and deletes it. */
async function webRoot(fill) {
  const root = await mkdtemp(join(tmpdir(), 'nutshell-sw-'));
  await fill(root);
  const server = await serve(root, 0);
  return { root, url: server.url, close: async () => { await server.close(); await rm(root, { recursive: true, force: true }); } };
}

/** Open `url` and wait until the page is under its service worker's control. */
async function controlled(page, url) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** The widget at the page's URL analyses the sample (with the network cut, say). */
async function works(page) {
  await page.locator('#source-text').waitFor();
  await paste(page, SAMPLE);
  await page.locator('#status').filter({ hasText: 'Summary ready: 3 of 10 sentences' }).waitFor();
}

/**
 * A small change to a copy of dist/, so that it is another release: a
 * statement, which the build's minifier keeps (a comment it would drop,
 * and the release would be the same).
 */
const change = (dir, note) =>
  appendFile(join(dir, 'offline.js'), `\nglobalThis.nutshellTestRelease = ${JSON.stringify(note)};\n`);

test('two deployments on one origin keep their own caches: visiting /b/ leaves /a/ working offline', async () => {
  const site = await webRoot(async (root) => {
    await cp(join(ROOT, 'dist'), join(root, 'a'), { recursive: true });
    await cp(join(ROOT, 'dist'), join(root, 'b'), { recursive: true });
    await change(join(root, 'b'), 'deployment b, another release');
    await publish(join(root, 'b'));
  });
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await controlled(page, `${site.url}a/`);
    const [ofA] = await page.evaluate(() => caches.keys());
    // A cache an older build left (named for its contents only): the one
    // holding /b/'s files is /b/'s to delete, the one holding /c/'s is not.
    await page.evaluate(async (url) => {
      for (const [name, path] of [['nutshell-00000000000000bb', 'b/'], ['nutshell-00000000000000cc', 'c/']]) {
        const cache = await caches.open(name);
        await cache.put(`${url}${path}`, new Response('an old page'));
        await cache.put(`${url}${path}index.html`, new Response('an old page'));
      }
    }, site.url);

    await controlled(page, `${site.url}b/`);
    const keys = await page.evaluate(() => caches.keys());
    assert.ok(keys.includes(ofA), `/a/'s cache is kept: ${keys}`);
    assert.ok(keys.includes('nutshell-00000000000000cc'), `another deployment's old cache is kept: ${keys}`);
    assert.ok(!keys.includes('nutshell-00000000000000bb'), `/b/'s own old cache is deleted: ${keys}`);
    assert.equal(keys.length, 3, `one cache each for /a/ and /b/, and /c/'s: ${keys}`);

    await context.setOffline(true);
    await page.goto(`${site.url}a/`);
    await works(page);
    await page.goto(`${site.url}b/`);
    await works(page);
    await context.close();
  } finally {
    await site.close();
  }
});

test('a new release installs into a new cache and the old one is deleted', async () => {
  const site = await webRoot((root) => cp(join(ROOT, 'dist'), root, { recursive: true }));
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await controlled(page, site.url);
    const [first] = await page.evaluate(() => caches.keys());
    await change(site.root, 'release 2');
    await publish(site.root);
    await page.reload();
    await page.waitForFunction(async (old) => {
      const keys = await caches.keys();
      return keys.length === 1 && keys[0] !== old;
    }, first, { timeout: 15_000 });
    // The new release works offline too.
    await context.setOffline(true);
    await page.reload();
    await works(page);
    await context.close();
  } finally {
    await site.close();
  }
});

test('a release whose files do not verify is not activated: the page says so, and the previous one works offline', async () => {
  const site = await webRoot((root) => cp(join(ROOT, 'dist'), root, { recursive: true }));
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await controlled(page, site.url);
    const before = await page.evaluate(() => caches.keys());
    assert.equal(await page.locator('#update-notice').textContent(), '', 'no notice while all is well');

    // The next release, damaged on the way: its wasm is not the file the
    // build listed (the list in sw.js is the build's own).
    await change(site.root, 'release 2');
    await publish(site.root);
    // The page's own wasm (the readers' is fetched on first use, not at install).
    const wasm = join(site.root, (await readdir(site.root)).find((f) => f.startsWith('nutshell-web-') && f.endsWith('_bg.wasm')));
    const bytes = await readFile(wasm);
    bytes.fill(0, bytes.length >> 1, (bytes.length >> 1) + 64);
    await writeFile(wasm, bytes);

    await page.reload();
    const notice = page.locator('#update-notice');
    await notice.filter({ hasText: /update .*could not be installed/i }).waitFor({ timeout: 15_000 });
    assert.match(await notice.textContent(), /previous version/);
    assert.equal(await notice.getAttribute('role'), 'status', 'announced politely');
    assert.ok(await notice.isVisible());
    assert.deepEqual(await page.evaluate(() => caches.keys()), before, 'the old cache stays, the failed one is gone');
    assert.deepEqual(await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return [r.installing, r.waiting].map((w) => w?.state ?? null);
    }), [null, null], 'nothing left waiting to take over');

    await context.setOffline(true);
    await page.reload();
    await works(page);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await site.close();
  }
});
