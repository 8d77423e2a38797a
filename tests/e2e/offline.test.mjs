// The release build under the strictest policy a host would set, with no
// network after the first visit, and with nothing sent anywhere: in
// Debian's Chromium via playwright-core.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget, paste } from './browser.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
let env;

before(async () => { env = await start({ headers: { 'Content-Security-Policy': CSP } }); });
after(async () => { await env?.close(); });

test('under a strict CSP header the widget works with no violation, and its JS has no eval', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.url);
  await page.locator('#source-text').waitFor();
  await paste(page, SAMPLE);
  await page.locator('#cards').waitFor();
  assert.ok(page.workers().some((w) => w.url().endsWith('/worker.js')), 'the worker starts under the policy');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  assert.equal(await page.locator('[style]').count(), 0, 'no style attributes for the policy to block');
  await context.close();

  for (const file of (await readdir(join(ROOT, 'dist'))).filter((f) => f.endsWith('.js'))) {
    const js = await readFile(join(ROOT, 'dist', file), 'utf8');
    assert.doesNotMatch(js, /\beval\s*\(|new\s+Function\s*\(/, `${file} must not evaluate strings`);
  }
});

test('after one visit the widget loads and works with the network cut', async () => {
  const { page, context } = await openWidget(env);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now under the service worker's control
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await page.locator('#source-text').waitFor();
  await paste(page, SAMPLE);
  await page.locator('#status').filter({ hasText: 'Summary ready: 3 of 10 sentences' }).waitFor();
  assert.equal(await page.locator('#summary > li').count(), 3);
  await context.close();
});

test('every request goes to the page origin, and none at all once it has loaded', async () => {
  const { page, context, requests } = await openWidget(env);
  await page.waitForFunction(() => window.wasmBindings);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const origin = new URL(env.url).origin;
  assert.ok(requests.length > 0);
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'all from the page origin');
  const loaded = requests.length;
  await paste(page, SAMPLE);
  await page.locator('#cards').waitFor();
  await page.locator('.card-people .fact').first().click();
  await page.locator('#summary-length').fill('5');
  await page.locator('#length-readout').filter({ hasText: '5 of 10' }).waitFor();
  assert.deepEqual(requests.slice(loaded), [], 'no request while analysing and reading');
  await context.close();
});
