// Real articles in other languages (issue 17), in Debian's Chromium against
// the release build: a German (heise), a French (Le Monde), a Spanish (La
// Nación) and a Chinese (Tencent) news page, each dropped on the widget as a
// reader drops a saved page. They are Readability's test pages
// (github.com/mozilla/readability, Apache-2.0), read from the dev data in
// ../shared/data (never copied here); without that folder the tests say so
// and are skipped, as tests/suite/snapshot.rs does.
//
// What a reader must see: the language named; the notice that names, dates,
// numbers and quotes are English-only, and no card of them; a summary made
// of the article's own sentences (not its headline, byline or date line);
// key phrases that are words of the article, none of them a function word
// of English or of the article's language on its own.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, openWidget, drop, screenshotPath, ROOT } from './browser.mjs';

const PAGES = join(ROOT, '..', 'shared', 'data', 'web', 'html', 'readability');
const HERE = existsSync(PAGES);
if (!HERE) console.log(`${PAGES} is not here: the real-article language tests are skipped`);

let env;

before(async () => { if (HERE) env = await start(); });
after(async () => { await env?.close(); });

// Function words a key phrase must not be on its own: English ones (the
// bug of issue 17 was "de", "la", "der", "und" as key phrases) and the
// commonest of each language, written here by hand.
const FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'on', 'with', 'as', 'by',
  'der', 'die', 'das', 'und', 'es', 'ist', 'in', 'den', 'von', 'zu', 'mit', 'sich', 'auch', 'auf', 'für', 'ein', 'eine', 'gibt', 'nun',
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'en', 'que', 'qui', 'pour', 'par', 'd’un', "d'un", 'l’', 'd’', 'sur',
  'el', 'los', 'las', 'del', 'y', 'que', 'con', 'por', 'una', 'para', 'se', 'su', 'al', 'es', 'lo', 'como',
]);

/** A sentence's last visible char closes it in any of these languages. */
const CLOSED = /[.!?。！？…"”»’)）」]$/;

for (const { file, code, name, lead } of [
  { file: 'heise.html', code: 'de', name: 'German', lead: /^Das in der iOS-Version/ },
  { file: 'lemonde-1.html', code: 'fr', name: 'French', lead: /^Les députés ont/ },
  { file: 'la-nacion.html', code: 'es', name: 'Spanish', lead: null },
  { file: 'qq.html', code: 'zh', name: 'Chinese', lead: /^谷歌/ },
]) {
  test(`a real ${name} article dropped on the widget`, { skip: !HERE && '../shared/data is not here' }, async (t) => {
    const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 1000 } });
    await drop(page, { name: file, type: 'text/html', bytes: readFileSync(join(PAGES, file)) });
    await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor({ timeout: 60_000 });
    const text = await page.locator('#source-text').inputValue();
    const firstLine = text.split('\n')[0];

    const note = (await page.locator('#support-notice').textContent()) ?? '';
    assert.match(note, new RegExp(`appears to be in ${name}`), note);
    assert.match(note, /Names, dates, numbers and quotes are found in English only/, note);
    assert.match(note, /left out rather than guessed/, note);
    for (const card of ['people', 'organisations', 'places', 'dates', 'numbers', 'quotes']) {
      assert.equal(await page.locator(`#card-${card}-heading`).count(), 0, `no ${card} card`);
    }

    const summary = await page.locator('#summary .summary-text').allTextContents();
    t.diagnostic(`summary (${summary.length}): ${JSON.stringify(summary)}`);
    assert.ok(summary.length >= 1, 'a summary');
    for (const sentence of summary.map((s) => s.trim())) {
      assert.ok(text.includes(sentence), `the article's own words: ${sentence}`);
      assert.notEqual(sentence, firstLine, 'the headline is no summary sentence');
      assert.ok(!/^(By |Published: )/.test(sentence), `no header line: ${sentence}`);
      assert.match(sentence, CLOSED, `a whole sentence: ${sentence}`);
    }
    if (lead) assert.ok(summary.some((s) => lead.test(s.trim())), `the lead is in the summary: ${summary.join(' | ')}`);

    const phrases = await page.locator('section.card-keyphrases .fact-label').allTextContents();
    t.diagnostic(`key phrases (${phrases.length}): ${JSON.stringify(phrases)}`);
    if (code === 'zh') {
      assert.equal(phrases.length, 0);
      assert.match(note, /no key phrases/, note);
    } else {
      assert.ok(phrases.length >= 5, phrases.join());
      const lower = text.toLowerCase();
      for (const phrase of phrases) {
        assert.ok(lower.includes(phrase.toLowerCase()), `a phrase of the article: ${phrase}`);
        assert.ok(!FUNCTION_WORDS.has(phrase.toLowerCase()), `not a function word alone: ${phrase}`);
      }
    }

    await page.screenshot({ path: screenshotPath(`real-language-${code}`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}
