// Issue 19, key points and a headline, in Debian's Chromium against the
// release build: the summary's "Sentences | Key points" choice on the
// seed (by keyboard, remembered across a reload, copied and reported as
// shown), each bullet's kept words marked in the full text, and the
// headline above the summary.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget, paste, screenshotPath } from './browser.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Only letters and digits, lowercased: what compression may not change. */
const letters = (s) => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

test('key points on the seed: chosen by keyboard, shorter than their sentences, remembered', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  await paste(page, SAMPLE);
  await page.locator('#cards').waitFor();
  const sentences = await page.locator('#summary .summary-text').allTextContents();
  assert.equal(sentences.length, 3);
  assert.equal(await page.locator('#view-sentences').getAttribute('aria-pressed'), 'true');

  // The choice is two buttons in one group: Tab reaches them, Enter presses.
  await page.locator('#view-sentences').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'view-keypoints');
  await page.keyboard.press('Enter');
  const bullets = page.locator('#keypoints > li .summary-text');
  await bullets.first().waitFor();
  assert.equal(await page.locator('#view-keypoints').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('#summary').count(), 0, 'one view at a time');
  const points = await bullets.allTextContents();
  assert.equal(points.length, sentences.length, 'a bullet for each summary sentence');
  // The lead's attribution ("... Khrenin has underscored that") stays: a
  // reported claim keeps its source (issue 19, seventh session).
  assert.match(points[0], /Khrenin has underscored that India is a significant focus/);
  for (const [k, point] of points.entries()) {
    assert.ok(point.length <= sentences[k].length, `${point} is no longer than ${sentences[k]}`);
  }
  await page.screenshot({ path: screenshotPath('keypoints-light'), fullPage: true });
  // The summary copies as it shows: as key points.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
  await page.locator('#copy-text').click();
  await page.locator('#status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
  // (After the seed's date: issue 16, what leaves the page says what it is of.)
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `2025-06-28\n\n${points.join('\n')}\n`);
  // The report has the gist in one line (the seed has no title) and the key points.
  const [report] = await Promise.all([page.waitForEvent('download'), page.locator('#download-markdown').click()]);
  const markdown = await readFile(await report.path(), 'utf8');
  assert.ok(markdown.startsWith(`# Summary\n\n2025-06-28\n\n**In one line:** ${points[0]}\n`), markdown);
  assert.ok(markdown.includes(`## Key points\n\n${points.map((p) => `- ${p}\n`).join('')}`), markdown);

  // Remembered like the theme: a reload brings the draft back in key points.
  await page.reload();
  await page.locator('#keypoints > li').first().waitFor();
  assert.equal(await page.locator('#view-keypoints').getAttribute('aria-pressed'), 'true');
  // Space presses too, back to sentences.
  await page.locator('#view-sentences').focus();
  await page.keyboard.press('Space');
  await page.locator('#summary > li').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('each key point marks the words it keeps in the full text', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  await paste(page, SAMPLE);
  await page.locator('#cards').waitFor();
  await page.locator('#view-keypoints').click();
  await page.locator('#mark-summary').click();
  const kept = page.locator('#sentences .kept');
  await kept.first().waitFor();
  // Kept words are marked instead of whole sentences.
  assert.equal(await page.locator('#sentences .in-summary').count(), 0);
  const points = await page.locator('#keypoints .summary-text').allTextContents();
  // Per sentence, the marked words are the bullet's words, in order.
  const marked = await page.locator('#sentences > li').evaluateAll((items) => items
    .map((li) => [...li.querySelectorAll('.kept')].map((k) => k.textContent).join(' '))
    .filter((text) => text.length > 0));
  assert.equal(marked.length, points.length);
  for (const [k, point] of points.entries()) {
    assert.equal(letters(marked[k]), letters(point));
  }
  // The first bullet's source and verb are kept, so marked.
  const first = page.locator('#sentences > li', { hasText: 'has underscored that' });
  assert.ok((await first.locator('.kept').allTextContents()).join(' ').includes('underscored'));
  await page.locator('#mark-summary').click();
  assert.equal(await kept.count(), 0, 'unmarking unmarks');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the headline stands above the summary: the title once, else the gist compressed', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  // The seed has no title: its gist is the first key point.
  await paste(page, SAMPLE);
  await page.locator('#cards').waitFor();
  const headline = page.locator('#headline .headline-text');
  await page.locator('#view-keypoints').click();
  const first = await page.locator('#keypoints .summary-text').first().textContent();
  assert.equal(await headline.textContent(), first);
  const above = await headline.boundingBox();
  const summary = await page.locator('#keypoints').boundingBox();
  assert.ok(above.y + above.height <= summary.y, 'above the summary');
  assert.equal(await page.locator('#headline .headline-label').textContent(), 'In one line');
  // With a title, the title is the headline, shown once: as the article's.
  await paste(page, `Belarus and India deepen defence ties\n\n${SAMPLE}`);
  await page.locator('.article-title', { hasText: 'Belarus and India deepen defence ties' }).waitFor();
  assert.equal(await page.locator('#headline').count(), 0, 'no second headline');
  assert.deepEqual(errors, []);
  await context.close();
});
