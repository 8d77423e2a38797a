// The custom element reading its host page (issue 16: `source`, the
// intranet's "summary of this page" box) and showing key points (issue 19:
// `keypoints`), in Debian's Chromium against the release build, on the
// example host page under its strict CSP.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, screenshotPath } from './browser.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
let env;

before(async () => { env = await start({ headers: { 'Content-Security-Policy': CSP } }); });
after(async () => { await env?.close(); });

/** The example host page, its widgets' events recorded (by embed-example.js) and its errors. */
async function examplePage(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 1200 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${env.url}embed-example.html`);
  return { context, page, errors };
}

/** The next event of `type` from the element `id` after `since` events, within 15 s. */
function nextEvent(page, id, type, since) {
  return page.waitForFunction(({ id, type, since }) => window.nutshellEvents.slice(since)
    .find((e) => e.who === id && e.type === type)?.detail, { id, type, since }, { timeout: 15_000 })
    .then((handle) => handle.jsonValue());
}
const eventCount = (page) => page.evaluate(() => window.nutshellEvents.length);
/** The status line of the widget `id`. */
const status = (page, id) => page.locator(`#${id}`).locator('#status');

test('source="#announcement": the page\'s own text, as text, summarised and followed as it changes', async () => {
  const { context, page, errors } = await examplePage();
  const first = await nextEvent(page, 'page-summary', 'nutshell:analyzed', 0);
  const text = await page.locator('#announcement').evaluate((e) => e.innerText.trim());
  // The analysis is of the announcement's text: offsets slice it.
  assert.ok(first.sentences.length >= 8, `${first.sentences.length} sentences`);
  assert.ok(first.entities.every((e) => text.slice(e.start, e.end) === e.text));
  assert.equal(first.meta.title, 'The Riverside Office Moves to Building C in April');
  assert.equal(first.meta.date, '2026-03-09');
  assert.equal(first.meta.byline, 'Priya Natarajan');
  assert.equal(first.meta.source, `${env.url}embed-example.html`, 'the page read is the source');
  // A summary box, not a second copy of the article to edit.
  const box = page.locator('#page-summary');
  assert.equal(await box.locator('textarea').count(), 0);
  assert.equal(await box.locator('#keypoints > li').count(), 3, 'keypoints length="3"');

  // The host edits the announcement: the widget follows, once.
  const since = await eventCount(page);
  await page.locator('#announcement').evaluate((article) => {
    const p = document.createElement('p');
    p.textContent = 'Update: the move is postponed to the weekend of 25 April because the lifts failed their inspection.';
    article.append(p);
  });
  const second = await nextEvent(page, 'page-summary', 'nutshell:analyzed', since);
  assert.equal(second.sentences.length, first.sentences.length + 1);
  assert.ok(second.keypoints.length > 0, 'keypoints: the event has the key points too');
  await page.waitForTimeout(700); // room for a second, needless analysis
  assert.equal((await page.evaluate(() => window.nutshellEvents)).slice(since)
    .filter((e) => e.who === 'page-summary').length, 1, 'one analysis for one change');

  // Markup in the page's text is read as text and never run.
  const third = await eventCount(page);
  await page.locator('#announcement p').last().evaluate((p) => {
    p.textContent = 'The notice <img src=x onerror="window.__ran = true"> was sent by mistake.';
  });
  await nextEvent(page, 'page-summary', 'nutshell:analyzed', third);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.equal(await box.locator('img').count(), 0);
  assert.ok(await box.locator('#sentences').textContent().then((t) => t.includes('<img src=x onerror=')));

  // A page that never stops changing (a clock ticking elsewhere) holds
  // back a read for a moment, not for ever.
  await page.evaluate(() => {
    const clock = document.createElement('p');
    document.body.append(clock);
    window.__clock = setInterval(() => { clock.textContent = String(performance.now()); }, 100);
  });
  const ticking = await eventCount(page);
  await page.locator('#announcement p').last().evaluate((p) => { p.textContent = 'The lifts passed their second inspection on Friday.'; });
  const settled = await nextEvent(page, 'page-summary', 'nutshell:analyzed', ticking);
  assert.equal(settled.sentences.length, second.sentences.length);
  await page.evaluate(() => clearInterval(window.__clock));

  await page.locator('#page-summary').screenshot({ path: screenshotPath('embed-page-summary') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('source naming nothing, an empty element or no selector: a message in the widget and an event, never an exception; it recovers', async () => {
  const { context, page, errors } = await examplePage();
  await nextEvent(page, 'page-summary', 'nutshell:analyzed', 0);
  await page.evaluate(() => {
    for (const [id, source] of [['later', '#late-news'], ['blank', '#blank-news'], ['broken', '##not a selector']]) {
      const element = document.createElement('nutshell-summarizer');
      element.id = id;
      element.setAttribute('source', source);
      document.body.append(element);
    }
    const blank = document.createElement('div');
    blank.id = 'blank-news';
    document.body.append(blank);
  });
  const cases = [
    ['later', 'source_missing', /No element on this page matches source="#late-news"/],
    ['blank', 'empty', /source="#blank-news" names has no text yet/],
    ['broken', 'invalid_option', /source="##not a selector" is not a CSS selector/],
  ];
  for (const [id, code, message] of cases) {
    const error = await nextEvent(page, id, 'nutshell:error', 0);
    assert.equal(error.code, code, id);
    assert.match(error.message, message);
    await status(page, id).filter({ hasText: message }).waitFor();
  }

  // The element appears later; the empty one gets text; the selector is fixed.
  const since = await eventCount(page);
  await page.evaluate(() => {
    const late = document.createElement('section');
    late.id = 'late-news';
    late.innerHTML = '<h2>Canteen Reopens</h2><p>The canteen reopens on Monday after a week of repairs. It will serve breakfast from 8am.</p>';
    document.body.append(late);
    document.getElementById('blank-news').textContent = 'The car park is resurfaced this weekend. Please park on Mill Road.';
    document.getElementById('broken').setAttribute('source', '#late-news');
  });
  for (const id of ['later', 'blank', 'broken']) {
    const analysis = await nextEvent(page, id, 'nutshell:analyzed', since);
    assert.ok(analysis.sentences.length >= 2, id);
    await status(page, id).filter({ hasText: /^Summary ready/ }).waitFor();
  }
  const late = await nextEvent(page, 'later', 'nutshell:analyzed', since);
  assert.equal(late.meta.title, 'Canteen Reopens');

  // The element removed again: the message comes back, the host sees no exception.
  const removed = await eventCount(page);
  await page.evaluate(() => document.getElementById('late-news').remove());
  const gone = await nextEvent(page, 'later', 'nutshell:error', removed);
  assert.equal(gone.code, 'source_missing');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keypoints: the element shows the summary as key points, and its event carries them', async () => {
  const { context, page, errors } = await examplePage();
  await nextEvent(page, 'widget-full', 'nutshell:analyzed', 0);
  const since = await eventCount(page);
  await page.evaluate(() => {
    const element = document.createElement('nutshell-summarizer');
    element.id = 'bullets';
    element.setAttribute('keypoints', '');
    element.setAttribute('length', '2');
    element.setAttribute('text', document.querySelector('#widget-full template').content.textContent);
    document.body.append(element);
  });
  const analysis = await nextEvent(page, 'bullets', 'nutshell:analyzed', since);
  const widget = page.locator('#bullets');
  const shown = await widget.locator('#keypoints > li .summary-text').allTextContents();
  assert.equal(shown.length, 2);
  assert.equal(await widget.locator('#view-keypoints').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(analysis.keypoints.map((k) => k.text), shown);
  // Each bullet is traceable: its kept spans lie in its sentence.
  for (const point of analysis.keypoints) {
    const sentence = analysis.sentences[point.sentence];
    assert.ok(point.spans.length > 0);
    for (const span of point.spans) assert.ok(span.start >= sentence.start && span.end <= sentence.end && span.start < span.end);
  }
  // Without the attribute: sentences, and no key points in the event.
  const plain = (await page.evaluate(() => window.nutshellEvents)).find((e) => e.who === 'widget-full').detail;
  assert.equal(plain.keypoints, undefined);
  assert.equal(await page.locator('#widget-full').locator('#view-sentences').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});
