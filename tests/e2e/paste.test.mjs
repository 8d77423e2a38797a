// A rich paste (issue 16), in Debian's Chromium against the release
// build: when the clipboard offers text/html (a selection copied from a
// web page), the page's article is read by the same extractor as a dropped
// page, the menu and share bar left out and the caption kept as a caption;
// a plain-text paste stays exactly as pasted.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openWidget, screenshotPath } from './browser.mjs';

let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A copied page: a menu, a share bar and a photo with its caption around the story. */
const COPIED = `<meta charset="utf-8"><html><body><!--StartFragment-->
  <nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
  <article><h1>Rivers rise across the north</h1>
  <div class="share-tools"><a>Share on Facebook</a> <a>Share on LinkedIn</a></div>
  <figure><img src="river.jpg"><figcaption>The river at Carlisle on Sunday morning.</figcaption></figure>
  <p>The river rose by two metres overnight, and roads along both banks were closed, the council said on Sunday.</p>
  <p>About 300 homes were evacuated in Carlisle, and a further 120 in Appleby, officials from the Environment Agency said.</p>
  <p>Forecasters expect more rain on Tuesday, when a second band of storms is due to reach the region from the west.</p>
  </article><!--EndFragment--></body></html>`;

/** Paste `data` ({type: string}) into the box as the browser does: a paste event carrying the clipboard. */
async function pasteClipboard(page, data) {
  await page.locator('#source-text').evaluate((box, data) => {
    const clipboardData = new DataTransfer();
    for (const [type, value] of Object.entries(data)) clipboardData.setData(type, value);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    // What the browser would do when the page lets the paste through.
    if (box.dispatchEvent(event)) {
      box.value = data['text/plain'];
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, data);
}

test('a paste from a web page gives its article, the caption as a caption', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  const plain = 'Home World news Sport\nRivers rise across the north\nShare on Facebook Share on LinkedIn\nThe river rose by two metres overnight.';
  await pasteClipboard(page, { 'text/html': COPIED, 'text/plain': plain });
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
  const text = await page.locator('#source-text').inputValue();
  assert.equal(text.split('\n\n')[0], 'Rivers rise across the north');
  assert.match(text, /\n\nCaption: The river at Carlisle on Sunday morning\.\n\n/);
  for (const furniture of ['Home', 'World news', 'Share on']) assert.ok(!text.includes(furniture), furniture);
  // The caption is not the article's body: never in the summary.
  const summary = (await page.locator('#summary').textContent()) ?? '';
  assert.ok(summary.includes('The river rose'), summary);
  assert.ok(!summary.includes('Carlisle on Sunday morning'), summary);
  await page.screenshot({ path: screenshotPath('paste-rich'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plain-text paste stays exactly as pasted', async () => {
  const { page, context, errors } = await openWidget(env);
  const plain = 'Home | News\nThe river rose by two metres overnight. Roads were closed, the council said.';
  await pasteClipboard(page, { 'text/plain': plain });
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), plain);
  assert.deepEqual(errors, []);
  await context.close();
});
