// Issue 19, in Debian's Chromium against the release build: choosing a
// fact takes the reader to its first mention and steps through the others
// (buttons and keys, "2 of 5"), on the page, at phone width and in the
// custom element; and the rough edges a new reader hit.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget, paste } from './browser.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function withSample(viewport = { width: 1280, height: 800 }, options = {}) {
  const opened = await openWidget(env, { viewport, ...options });
  await paste(opened.page, SAMPLE);
  await opened.page.locator('#cards').waitFor();
  return opened;
}

/** Whether the current mention is inside the window and its own box. */
const currentInView = (root) => root.locator('mark.current').evaluate((mark) => {
  const r = mark.getBoundingClientRect();
  const box = mark.closest('.sentences').getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.top >= box.top && r.bottom <= box.bottom;
});

/** Wait until the current mention has scrolled into view (scrolling is smooth). */
async function reachesView(root) {
  for (let i = 0; i < 40; i += 1) {
    if (await currentInView(root)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function stepsThrough(page, root, { keys }) {
  const khrenin = root.locator('.card-people .fact', { hasText: 'Viktor Khrenin' });
  await khrenin.click();
  const count = root.locator('#mention-count');
  await count.filter({ hasText: '1 of 2' }).waitFor();
  assert.equal(await root.locator('mark.current').textContent(), 'Viktor Khrenin');
  assert.ok(await reachesView(root), 'the first mention is scrolled into view');
  await root.locator('#mention-next').click();
  await count.filter({ hasText: '2 of 2' }).waitFor();
  assert.equal(await root.locator('mark.current').textContent(), 'Khrenin');
  assert.ok(await reachesView(root), 'the next mention is scrolled into view');
  await root.locator('#mention-next').click();
  await count.filter({ hasText: '1 of 2' }).waitFor();
  await root.locator('#mention-previous').click();
  await count.filter({ hasText: '2 of 2' }).waitFor();
  if (keys) {
    await page.keyboard.press('p');
    await count.filter({ hasText: '1 of 2' }).waitFor();
    await page.keyboard.press('n');
    await count.filter({ hasText: '2 of 2' }).waitFor();
  }
  await khrenin.click();
  assert.equal(await root.locator('#mention-count').count(), 0, 'unchosen, the bar goes');
}

test('choosing a fact goes to its first mention and steps through them on the page', async () => {
  const { page, context, errors } = await withSample();
  await stepsThrough(page, page, { keys: false });
  // The keys work with focus on the page's body as well as on the chip.
  await page.locator('.card-people .fact', { hasText: 'Viktor Khrenin' }).click();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('n');
  await page.locator('#mention-count').filter({ hasText: '2 of 2' }).waitFor();
  // With a mouse and keyboard, the keys are hinted.
  assert.ok((await page.locator('.key-hint').count()) >= 2, 'both hints are in the page');
  for (const hint of await page.locator('.key-hint').all()) assert.ok(await hint.isVisible(), 'hinted');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the mentions at phone width, with touch', async () => {
  const { page, context, errors } = await withSample({ width: 390, height: 844 }, { isMobile: true, hasTouch: true });
  await stepsThrough(page, page, { keys: false });
  // No keys to press on a touch screen: no hint of them (a new-user test
  // saw "Keys [ and ]" and "Keys n and p" on a phone).
  await page.locator('.card-people .fact', { hasText: 'Viktor Khrenin' }).click();
  await page.locator('#mention-count').waitFor();
  assert.ok((await page.locator('.key-hint').count()) >= 2, 'both hints are in the page');
  for (const hint of await page.locator('.key-hint').all()) assert.ok(!(await hint.isVisible()), 'hidden on touch');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the mentions in the custom element, keys inside it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.url}embed-example.html`);
  const widget = page.locator('#widget-full');
  await widget.locator('.fact').first().waitFor({ timeout: 30_000 });
  const chip = widget.locator('.fact').filter({ hasText: '×' }).first();
  const total = Number((await chip.locator('.fact-count').textContent()).replace('×', ''));
  await chip.click();
  const count = widget.locator('#mention-count');
  await count.filter({ hasText: `1 of ${total}` }).waitFor();
  assert.ok(await reachesView(widget));
  await page.keyboard.press('n');
  await count.filter({ hasText: `2 of ${total}` }).waitFor();
  await widget.locator('#mention-previous').click();
  await count.filter({ hasText: `1 of ${total}` }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a copy done is news, not a problem', async () => {
  const { page, context } = await withSample(undefined, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#copy-markdown').click();
  const status = page.locator('#status');
  await status.filter({ hasText: /Copied|downloaded/ }).waitFor();
  assert.doesNotMatch(await status.getAttribute('class'), /status-problem/);
  await context.close();
});

test('[ and ] work wherever the hint is shown, the page body too', async () => {
  const { page, context } = await withSample();
  const readout = page.locator('#length-readout');
  await readout.filter({ hasText: /^3 of/ }).waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press(']');
  await readout.filter({ hasText: /^4 of/ }).waitFor({ timeout: 3000 });
  await page.keyboard.press('[');
  await readout.filter({ hasText: /^3 of/ }).waitFor({ timeout: 3000 });
  await context.close();
});

test("a fact chip's focus ring is not clipped by its card's scroll box", async () => {
  const { page, context } = await withSample();
  const chip = page.locator('.card-places .fact').first();
  await page.keyboard.press('Shift');
  await chip.focus();
  const fits = await chip.evaluate((el) => {
    const style = getComputedStyle(el);
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const r = el.getBoundingClientRect();
    const list = el.closest('.card-items');
    const box = list.getBoundingClientRect();
    const left = box.left + list.clientLeft;
    const right = left + list.clientWidth;
    return { visible: el.matches(':focus-visible'), inside: r.left - reach >= left - 0.5 && r.right + reach <= right + 0.5 };
  });
  assert.ok(fits.visible, 'the ring is shown');
  assert.ok(fits.inside, 'the ring lies inside the scroll box');
  await context.close();
});

test('after Clear, focus is in the text box', async () => {
  const { page, context } = await withSample();
  const clear = page.getByRole('button', { name: 'Clear', exact: true });
  await clear.click();
  await page.waitForFunction(() => document.querySelector('#source-text').value === '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'source-text');
  // From the keyboard too, after Undo brought the text back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelector('#source-text').value !== '');
  await clear.focus();
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('#source-text').value === '');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'source-text');
  await context.close();
});

test('"Who said what" shows that it scrolls', async () => {
  const { page, context } = await withSample();
  const list = page.locator('.card-quotes .card-items');
  const { scrolls, background } = await list.evaluate((l) => ({
    scrolls: l.scrollHeight > l.clientHeight,
    background: getComputedStyle(l).backgroundImage,
  }));
  assert.ok(scrolls, 'on the seed the quotes scroll inside their card');
  assert.match(background, /gradient/, 'a shadow at the edge with more beyond');
  await context.close();
});

test("the Markdown report counts the sentences the page counts", async () => {
  const { page, context } = await withSample();
  const shown = (await page.locator('#stat-sentences').textContent()).trim();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-markdown').click()]);
  const report = await readFile(await download.path(), 'utf8');
  assert.match(report, new RegExp(` · ${shown} sentences\\n`));
  await context.close();
});

test('each summary number stands at the start of its sentence', async () => {
  const { page, context } = await withSample({ width: 700, height: 900 });
  const rows = await page.locator('#summary > li').evaluateAll((items) => items.map((li) => {
    const number = li.querySelector('.summary-number');
    const text = li.querySelector('.summary-text').getBoundingClientRect();
    const line = parseFloat(getComputedStyle(li.querySelector('.summary-text')).lineHeight);
    return { number: number?.getBoundingClientRect().top ?? null, top: text.top, lines: text.height / line, line };
  }));
  assert.ok(rows.some((r) => r.lines >= 2), 'a sentence of several lines');
  for (const r of rows) {
    assert.ok(r.number !== null && Math.abs(r.number - r.top) < r.line / 2, JSON.stringify(r));
  }
  await context.close();
});
