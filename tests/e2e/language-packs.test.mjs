// Language packs (issue 17): the word lists of German, French, Spanish,
// Italian, Dutch and Portuguese are not in the page; each is fetched
// (packs/<code>.txt) when a text in its language arrives, never for an
// English text, kept by the service worker for offline use, and a failed
// fetch still gives the summary, with a note and no key phrases (never the
// English function words read into German). In Debian's Chromium, against
// the release build.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openWidget, paste, screenshotPath, ROOT } from './browser.mjs';

let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const fixture = (code) => readFileSync(join(ROOT, 'tests', 'fixtures', 'languages', `${code}.txt`), 'utf8');
const ENGLISH = 'Harbour town opens a ferry line\n\nThe city of Bergen opened a ferry line to Stavanger on Monday. '
  + 'The line will carry 1,200 passengers a day. The ferries will run every two hours until next spring, '
  + 'and the harbour expects more ferry traffic next year.';
const PACK = /\/packs\/[a-z]{2}\.txt$/;

/** Paste `text` and wait for its summary. */
async function analysed(page, text) {
  await paste(page, text);
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
}

test('a pack is fetched when a text in its language arrives, and only then', async () => {
  const { page, context, requests, errors } = await openWidget(env);
  const packs = () => requests.filter((u) => PACK.test(u)).map((u) => u.replace(/^.*\/packs\//, ''));
  await analysed(page, ENGLISH);
  assert.deepEqual(packs(), [], 'an English text fetches no pack');

  await analysed(page, fixture('de'));
  assert.ok(packs().length >= 1 && packs().every((p) => p === 'de.txt'), packs().join());
  const phrases = (await page.locator('section.card-keyphrases').textContent()) ?? '';
  assert.ok(phrases.includes('Brücke'), phrases);
  const fetched = packs().length;
  await analysed(page, `${fixture('de')}\n\nDie Brücke soll im Herbst fertig sein.`);
  assert.equal(packs().length, fetched, 'a second German text fetches nothing more');

  // The JS API on the page's thread loads the pack its text needs, and
  // `loadLanguage` loads one ahead or says why it cannot.
  const api = await page.evaluate(async (spanish) => {
    const bindings = window.wasmBindings;
    const result = await bindings.analyze(spanish);
    const rejected = await bindings.loadLanguage('xx').then(() => null, (e) => e.code);
    await bindings.loadLanguage('fr');
    await bindings.loadLanguage('en');
    return { language: result.meta.language, phrases: result.keyphrases.map((k) => k.text), rejected };
  }, fixture('es'));
  assert.equal(api.language, 'es');
  assert.ok(api.phrases.some((p) => p.includes('puente')), api.phrases.join());
  assert.equal(api.rejected, 'invalid_option');
  assert.deepEqual([...new Set(packs())].sort(), ['de.txt', 'es.txt', 'fr.txt']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('once used, a language works with the network cut', async () => {
  const { page, context } = await openWidget(env);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now under the service worker's control
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await analysed(page, fixture('de'));

  await context.setOffline(true);
  await page.reload();
  await page.locator('#source-text').waitFor();
  await analysed(page, fixture('de'));
  const note = (await page.locator('#support-notice').textContent()) ?? '';
  assert.match(note, /with German word lists/, note);
  const phrases = (await page.locator('section.card-keyphrases').textContent()) ?? '';
  assert.ok(phrases.includes('Brücke'), phrases);
  await context.close();
});

test('a pack that cannot be fetched: the summary, a note, no key phrases', async () => {
  const { page, context } = await openWidget(env, { serviceWorkers: 'block' });
  await context.setOffline(true); // offline before German was ever read
  await analysed(page, fixture('de'));
  const note = (await page.locator('#support-notice').textContent()) ?? '';
  assert.match(note, /could not load its German word lists/, note);
  const summary = (await page.locator('#summary').textContent()) ?? '';
  assert.ok(summary.includes('Die Stadt Magdeburg will'), summary);
  assert.equal(await page.locator('section.card-keyphrases').count(), 0);
  await page.screenshot({ path: screenshotPath('language-pack-offline'), fullPage: true });

  // Back online, the next text fetches it.
  await context.setOffline(false);
  await paste(page, `${fixture('de')}\n\nDie Brücke soll im Herbst fertig sein.`);
  await page.locator('#support-notice').filter({ hasText: /with German word lists/ }).waitFor();
  await page.locator('section.card-keyphrases').filter({ hasText: 'Brücke' }).waitFor();
  await context.close();
});

test('the custom element reads a German text with its word lists', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.url}embed-example.html`);
  const detail = await page.evaluate((german) => new Promise((done, fail) => {
    const element = document.createElement('nutshell-summarizer');
    element.setAttribute('text', german);
    element.addEventListener('nutshell:analyzed', (e) => done({
      language: e.detail.meta.language,
      phrases: e.detail.keyphrases.map((k) => k.text),
    }));
    element.addEventListener('nutshell:error', (e) => fail(new Error(e.detail.message)));
    document.body.append(element);
  }), fixture('de'));
  assert.equal(detail.language, 'de');
  assert.ok(detail.phrases.some((p) => p.includes('Brücke')), detail.phrases.join());
  await context.close();
});
