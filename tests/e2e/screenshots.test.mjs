// The seed as a reader sees it, for the closing note (issues 16 and 19):
// light, dark and phone width, the summary as sentences and as key points,
// written to test-output/e2e/seed-<view>-<look>.png. Each shot is checked
// first for what it is meant to show, so a broken layout fails here rather
// than being pictured.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, start, openWidget, paste, screenshotPath } from './browser.mjs';

const SAMPLE = await readFile(join(ROOT, 'seeds', '000_b56badeed06a7e90.txt'), 'utf8');
const DARK_BACKGROUND = 'rgb(20, 24, 22)';
let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const LOOKS = {
  light: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  dark: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  phone: { viewport: { width: 390, height: 844 }, colorScheme: 'light', isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

for (const view of ['sentences', 'keypoints']) {
  for (const [look, options] of Object.entries(LOOKS)) {
    test(`the seed, ${view}, ${look}`, async () => {
      const { page, context, errors } = await openWidget(env, options);
      await paste(page, SAMPLE);
      await page.locator('#cards').waitFor();
      await page.locator(`#view-${view}`).click();
      const list = page.locator(view === 'keypoints' ? '#keypoints > li' : '#summary > li');
      await list.first().waitFor();
      assert.equal(await list.count(), 3);
      assert.equal(await page.locator(`#view-${view}`).getAttribute('aria-pressed'), 'true');
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.nutshell')).backgroundColor);
      assert.equal(background === DARK_BACKGROUND, look === 'dark', `${look}: ${background}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no sideways scrolling');
      await page.screenshot({ path: screenshotPath(`seed-${view}-${look}`), fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
