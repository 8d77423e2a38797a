// What leaves the page says what it is of (issue 16): the copied summary
// and the Markdown report start with the article's title, date, byline and
// source (the opened file's name), in Debian's Chromium against the
// release build.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { start, openWidget } from './browser.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const ARTICLE = `Harbour Council Approves New Ferry Route
By Maria Lund
Published: 2 March 2026

The Harbour Council approved a new ferry route between Northport and Elm Island on Monday, after a year of public meetings.

The service will start in June with two boats and will cost £4.2m in its first year, paid for by the regional transport fund.

Ferry operator BlueLine, which will run the route, said it expects about 1,200 passengers a day.
`;

test('copy and the report start with the title, date, byline and the file it came from', async () => {
  const { page, context, errors } = await openWidget(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('input[type="file"]').setInputFiles({ name: 'ferry-route.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await page.locator('#summary > li').first().waitFor();
  const first = await page.locator('#summary .summary-text').first().textContent();
  const credits = '2026-03-02 · By Maria Lund · Source: ferry-route.txt';

  await page.locator('#copy-text').click();
  await page.locator('#status').filter({ hasText: 'Copied to the clipboard.' }).waitFor();
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(plain.startsWith(`Harbour Council Approves New Ferry Route\n${credits}\n\n${first}\n`), plain);

  await page.locator('#copy-markdown').click();
  await page.waitForFunction((before) => navigator.clipboard.readText().then((t) => t !== before), plain);
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.startsWith(`# Harbour Council Approves New Ferry Route\n\n${credits}\n\n- ${first}\n`), markdown);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-markdown').click()]);
  const report = await readFile(await download.path(), 'utf8');
  assert.ok(report.startsWith(`# Harbour Council Approves New Ferry Route\n\n${credits}\n\n- ${first}\n`), report);

  // The JSON download names the source as the CLI does.
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
  assert.equal(JSON.parse(await readFile(await json.path(), 'utf8')).meta.source, 'ferry-route.txt');
  assert.deepEqual(errors, []);
  await context.close();
});
