// Shared by the end-to-end tests: Debian's Chromium through playwright-core
// (no browser download), launched with the flags this closed network needs,
// and the release bundle served from dist/ on a free loopback port.

import { chromium } from 'playwright-core';
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { serve } from '../../tools/static-server.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go; tools/test.sh prints it. */
export const OUTPUT = join(ROOT, 'test-output', 'e2e');

export const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/**
 * Start the server and the browser; `close()` stops both. `headers` go on
 * every answer of the server (a Content-Security-Policy, say).
 */
export async function start({ headers = {} } = {}) {
  await mkdir(OUTPUT, { recursive: true });
  const server = await serve(join(ROOT, 'dist'), 0, headers);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
  return {
    url: server.url,
    browser,
    close: async () => { await browser.close(); await server.close(); },
  };
}

/**
 * Open the widget in a fresh page; collects every request and every page
 * error so tests can assert that nothing left the origin and nothing broke.
 */
export async function openWidget(env, options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(env.url);
  await page.locator('#source-text').waitFor();
  return { page, context, requests, errors };
}

export function screenshotPath(name) {
  return join(OUTPUT, `${name}.png`);
}

/**
 * Paste `text` into the box as a browser does: the whole text in one input
 * event. (Playwright's fill and insertText deliver a multi-line text line
 * by line in Chromium.)
 */
export async function paste(page, text) {
  await page.locator('#source-text').evaluate((box, value) => {
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** Drop `file` ({name, type, bytes}) on the source panel, as a person does. */
export async function drop(page, { name, type, bytes }) {
  const transfer = await page.evaluateHandle(([name, type, bytes]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type }));
    return dt;
  }, [name, type, [...bytes]]);
  await page.locator('.source').dispatchEvent('drop', { dataTransfer: transfer });
}

/**
 * Finish `dir` (a changed copy of dist/) as the build finishes a release:
 * the service worker's template again, then tools/post-build.mjs, which
 * writes the new file list into it. So a test publishes a new release as
 * `trunk build` would, without building the wasm again.
 */
export async function publish(dir) {
  await copyFile(join(ROOT, 'www', 'sw.js'), join(dir, 'sw.js'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'tools', 'post-build.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir },
  });
}
