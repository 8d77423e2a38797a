// Other languages (issue 17), in Debian's Chromium against the release
// build: a German, a Spanish and a Chinese article (short texts written
// for these tests, tests/fixtures/languages/) each get a summary, a note
// of what Nutshell did for the language, key phrases with the language's
// word lists where it has them, and no guessed names, dates or numbers.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openWidget, paste, screenshotPath, ROOT } from './browser.mjs';

let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const fixture = (code) => readFileSync(join(ROOT, 'tests', 'fixtures', 'languages', `${code}.txt`), 'utf8');

for (const { code, name, topic, lead } of [
  { code: 'de', name: 'German', topic: 'Brücke', lead: 'Die Stadt Magdeburg will' },
  { code: 'es', name: 'Spanish', topic: 'puente', lead: 'El Ayuntamiento de Sevilla anunció' },
  { code: 'zh', name: 'Chinese', topic: null, lead: '市政府星期一宣布' },
]) {
  test(`a ${name} article: summary, a note on the language, no guessed facts`, async () => {
    const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 1000 } });
    await paste(page, fixture(code));
    await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
    const note = (await page.locator('#support-notice').textContent()) ?? '';
    assert.match(note, new RegExp(`appears to be in ${name}`), note);
    assert.match(note, /left out rather than guessed/, note);
    const summary = (await page.locator('#summary').textContent()) ?? '';
    assert.ok(summary.includes(lead), summary);
    // The headline is no summary sentence, and the Chinese one is split at 。
    assert.ok(!summary.includes('。市政府'), summary);
    for (const card of ['people', 'organisations', 'places', 'dates', 'numbers', 'quotes']) {
      assert.equal(await page.locator(`#card-${card}-heading`).count(), 0, card);
    }
    if (topic) {
      const phrases = (await page.locator('section.card-keyphrases').textContent()) ?? '';
      assert.ok(phrases.includes(topic), phrases);
    } else {
      assert.match(note, /no key phrases/, note);
    }
    await page.screenshot({ path: screenshotPath(`language-${code}`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
