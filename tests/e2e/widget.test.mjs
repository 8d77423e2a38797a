// The widget as a person uses it, in Debian's Chromium against the release
// build in dist/ (tools/test.sh builds it first).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget, paste, screenshotPath } from './browser.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('pasting the sample shows its date, size and sentences', async () => {
  const { page, context, requests, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  await page.locator('#source-text').focus();
  await page.keyboard.insertText(SAMPLE); // what a paste inserts, as one input event

  const status = page.locator('#status');
  await assert.doesNotReject(status.filter({ hasText: /^Summary ready: 3 of 10 sentences, \d+ facts\. 306 words, 1 min to read\.$/ }).waitFor());
  assert.equal(await page.locator('#stat-date').textContent(), '2025-06-28');
  assert.equal(await page.locator('#stat-words').textContent(), '306');
  assert.equal(await page.locator('#stat-reading').textContent(), '1 min to read');
  const sentences = page.locator('#sentences > li');
  assert.equal(await sentences.count(), 11);
  assert.equal(await sentences.nth(0).textContent(), 'date 2025-06-28');
  // The date line stands unnumbered; the body counts from 1, as the readout does.
  assert.match(await sentences.nth(0).getAttribute('class'), /header-line/);
  assert.equal(await sentences.nth(1).getAttribute('value'), '1');
  assert.equal(await sentences.nth(10).getAttribute('value'), '10');
  assert.equal(await page.locator('#stat-sentences').textContent(), '10');
  assert.match(await sentences.nth(1).textContent(), /^Belarusian Defence Minister Lieutenant General Viktor Khrenin .* two nations\.$/);
  assert.match(await sentences.nth(6).textContent(), /^Rajnath Singh, in turn, expressed confidence/);

  // The default summary: three body sentences, led by the article's first.
  const summary = page.locator('#summary > li');
  assert.equal(await summary.count(), 3);
  assert.equal(await summary.nth(0).locator('.summary-text').textContent(), await sentences.nth(1).textContent());
  assert.ok((await summary.nth(0).locator('.reason').allTextContents()).includes('lead: sentence 1 of the article'));

  await page.screenshot({ path: screenshotPath('sample-light'), fullPage: true });
  assert.deepEqual(errors, []);
  const origin = new URL(env.url).origin;
  assert.deepEqual(requests.filter((u) => new URL(u).origin !== origin), [], 'every request stays on the page origin');
  await context.close();
});

test('dark and narrow layouts render the same analysis', async () => {
  const { page, context } = await openWidget(env, { viewport: { width: 360, height: 800 }, colorScheme: 'dark' });
  await page.locator('#source-text').fill(SAMPLE);
  await page.locator('#sentences > li').nth(10).waitFor();
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.nutshell')).backgroundColor);
  assert.equal(background, 'rgb(20, 24, 22)', 'dark theme from prefers-color-scheme');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling at 360 px');
  await page.screenshot({ path: screenshotPath('sample-dark-narrow'), fullPage: true });
  await context.close();
});

test('the keyboard alone reaches the sample and the analysis', async () => {
  const { page, context } = await openWidget(env);
  // Tab from the top of the page: theme, text box, Open file…, Try the sample.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'theme');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'source-text');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'try-sample');
  await page.keyboard.press('Enter');
  await page.locator('#sentences > li').nth(10).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), SAMPLE);
  // ] and [ change the summary's length; in the text box they are text.
  const summary = page.locator('#summary > li');
  await page.keyboard.press(']');
  await summary.nth(3).waitFor();
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await page.locator('#length-readout').filter({ hasText: '2 of 10 sentences · 20%' }).waitFor();
  assert.equal(await summary.count(), 2);
  await page.locator('#source-text').press(']');
  assert.equal(await summary.count(), 2);
  // Tab on to the first fact and choose it with the keyboard.
  await page.locator('.card-people .fact').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('#sentences mark.mention').first().waitFor();
  assert.equal(await page.locator('.card-people .fact').first().getAttribute('aria-pressed'), 'true');
  await context.close();
});

const PAYLOADS = [
  'Hello <img src=x onerror="window.__pwned=1"> there. <script>window.__pwned=2</script> Bye.',
  'An <svg onload="window.__pwned=3"></svg> image. A "><iframe src="javascript:window.__pwned=4"></iframe> frame.',
  'A [link](javascript:window.__pwned=5) in Markdown. An ![image](x" onerror="window.__pwned=6) too.',
  '<a href="#" onclick="window.__pwned=7">Click</a> me. <style>body{display:none}</style> Styled.',
];

test('pasted markup and Markdown are shown as text and never run', async () => {
  const { page, context, errors } = await openWidget(env);
  for (const payload of PAYLOADS) {
    await page.locator('#source-text').fill(payload);
    // The analysis of this payload, not the one before it, still shown
    // (marked stale) while this one waits for the typing to pause.
    await page.locator('.result-panel:not(.stale) #sentences > li').first().waitFor();
    const shown = (await page.locator('#sentences > li').allTextContents()).join(' ');
    assert.equal(shown.replace(/\s+/g, ' '), payload.replace(/\s+/g, ' '), 'the text is shown exactly as pasted');
    assert.equal(await page.locator('.result-panel :is(img, svg, script, iframe, a, style)').count(), 0);
  }
  // A Markdown file with the same payloads is opened as text too.
  await page.locator('input[type=file]').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(PAYLOADS.join('\n\n')) });
  await page.locator('#sentences > li').nth(7).waitFor();
  assert.equal(await page.locator('.result-panel :is(img, svg, script, iframe, a, style)').count(), 0);
  // A hostile HTML page gives its article as text, and nothing in it runs.
  // Its <title> heads the text (kept whole, as Readability keeps a title
  // too short to cut), the <h1> below it.
  const page_html = `<html><head><title>Page</title><script>window.__pwned=8</script></head><body>
    <nav>Home | News</nav><article><h1>Headline here</h1><p onclick="window.__pwned=9">First <img src=x onerror="window.__pwned=10">para.</p>
    <p>${PAYLOADS[0].replace(/</g, '&lt;')}</p></article><footer>Footer</footer></body></html>`;
  await page.locator('input[type=file]').setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(page_html) });
  await page.waitForFunction(() => document.querySelector('#source-text').value.startsWith('Page'));
  assert.equal(await page.locator('#source-text').inputValue(), `Page\n\nHeadline here\n\nFirst para.\n\n${PAYLOADS[0]}`);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
  assert.deepEqual(errors, []);
  await context.close();
});

test('text that cannot be analysed gets a message and stays in the box', async () => {
  const { page, context } = await openWidget(env);
  const binary = 'PK\u0003\u0004\u0000\u0000 not really text';
  await page.locator('#source-text').fill(binary);
  await page.locator('#status.status-problem').filter({ hasText: 'looks like a binary file' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), binary);
  assert.equal(await page.locator('#sentences').count(), 0);
  await context.close();
});

test('a link pasted alone is refused with what to do instead, and stays in the box', async () => {
  const { page, context } = await openWidget(env);
  const link = 'https://www.example.com/news/2026/11/30/story-of-the-day';
  await page.locator('#source-text').fill(link);
  const status = page.locator('#status.status-problem').filter({ hasText: 'this is a link, not an article' });
  await status.waitFor();
  assert.match(await status.textContent(), /never contacts other sites/);
  assert.match(await status.textContent(), /copy the article/);
  assert.equal(await page.locator('#source-text').inputValue(), link, 'the link is kept');
  assert.equal(await page.locator('#sentences').count(), 0, 'no summary of a URL');
  await page.screenshot({ path: screenshotPath('pasted-link') });
  await context.close();
});

test('a dropped or opened .txt file is analysed; files that are not text are refused', async () => {
  const { page, context } = await openWidget(env);
  await page.locator('input[type=file]').setInputFiles({ name: 'article.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE) });
  await page.locator('#sentences > li').nth(10).waitFor();

  await page.locator('input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await page.locator('#status.status-problem').filter({ hasText: '“photo.png” is not a .txt, .md, .html, .docx or .pdf file' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), SAMPLE, 'the text is kept');

  // A real drop: a DataTransfer holding a file, dropped on the panel.
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['Dropped text. Two sentences.'], 'note.md', { type: 'text/markdown' }));
    return dt;
  });
  await page.locator('.source').dispatchEvent('drop', { dataTransfer: transfer });
  await page.locator('#status').filter({ hasText: 'Summary ready: 2 of 2 sentences' }).waitFor();
  await context.close();
});

test('the JS API takes any JavaScript string and rejects bad input with a code', async () => {
  const { page, context, errors } = await openWidget(env);
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  const outcome = await page.evaluate(async () => {
    const run = async (text, options) => {
      try {
        const a = await window.wasmBindings.analyze(text, options);
        return { sentences: a.sentences.map((s) => text.slice(s.start, s.end)) };
      } catch (e) {
        return { code: e.code, message: e.message };
      }
    };
    return {
      // A lone surrogate arrives as U+FFFD (one UTF-16 unit, so offsets still match).
      lone: await run('Broken \uD800 pair. Next one.'),
      emoji: await run('Emoji 👍🏽 here. Next one.'),
      nul: await run('bin\u0000ary'),
      empty: await run(''),
      huge: await run('a'.repeat(1_000_001)),
      badOption: await run('Fine.', { ratio: 2 }),
    };
  });
  assert.deepEqual(outcome.lone.sentences, ['Broken \uD800 pair.', 'Next one.']);
  assert.deepEqual(outcome.emoji.sentences, ['Emoji 👍🏽 here.', 'Next one.']);
  assert.equal(outcome.nul.code, 'binary');
  assert.equal(outcome.empty.code, 'empty');
  assert.equal(outcome.huge.code, 'too_large');
  assert.match(outcome.huge.message, /at most 1000000 can be analysed/);
  assert.equal(outcome.badOption.code, 'invalid_option');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a very long paste lists its first 400 sentences and says how many more there are', async () => {
  const { page, context } = await openWidget(env);
  await paste(page, 'Line of text.\n'.repeat(1000));
  await page.locator('#more-sentences').filter({ hasText: '… and 600 more sentences, not listed here.' }).waitFor();
  assert.equal(await page.locator('#sentences > li').count(), 400);
  assert.match(await page.locator('#status').textContent(), /^Summary ready: \d+ of 1000 sentences/);
  await context.close();
});
