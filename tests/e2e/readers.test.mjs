// The file readers (issue 16), in Debian's Chromium against the release
// build: a dropped Word document and a dropped web page are read by the
// readers module, which the page fetches only when the first such file
// arrives (never for plain text); a dropped PDF's text layer is read, and
// a scanned PDF (pages that are only images) or a file the readers cannot
// read gets a message and leaves the reader's text as it was; and once
// used, the readers work offline.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openWidget, paste, drop, screenshotPath } from './browser.mjs';

/**
 * A one-page PDF (ISO 32000-1 §7.5: objects, a cross-reference table with
 * their byte offsets, a trailer) drawing `content` with Helvetica as /F1,
 * with an image XObject /Im1 when `image`, and an Info title when given.
 */
function pdf({ content, title, image = false }) {
  const resources = image
    ? '<< /XObject << /Im1 6 0 R >> >>'
    : '<< /Font << /F1 4 0 R >> >>';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources ${resources} /Contents 5 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\u0080\nendstream',
    title ? `<< /Title (${title}) >>` : '<< >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 7 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** CRC-32 (ISO-HDLC), as a zip entry records it. */
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A zip archive of `files` ({name: text}), entries stored (PKWARE APPNOTE 4.3). */
function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  const header = (fields) => {
    const buffer = Buffer.alloc(fields.reduce((n, [size]) => n + size, 0));
    let at = 0;
    for (const [size, value] of fields) {
      if (size === 2) buffer.writeUInt16LE(value, at); else buffer.writeUInt32LE(value, at);
      at += size;
    }
    return buffer;
  };
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = header([[4, 0x04034b50], [2, 20], [2, 0], [2, 0], [2, 0], [2, 0], [4, crc], [4, data.length], [4, data.length], [2, nameBytes.length], [2, 0]]);
    parts.push(local, nameBytes, data);
    central.push(header([[4, 0x02014b50], [2, 20], [2, 20], [2, 0], [2, 0], [2, 0], [2, 0], [4, crc], [4, data.length], [4, data.length], [2, nameBytes.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset]]), nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const count = Object.keys(files).length;
  const end = header([[4, 0x06054b50], [2, 0], [2, 0], [2, count], [2, count], [4, directory.length], [4, offset], [2, 0]]);
  return Buffer.concat([...parts, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A small Word document of the project's own words: a title, a heading, a table, paragraphs. */
const DOCX = zip({
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${[
    para('Council approves new cycle lanes', 'Title'),
    para('The city council approved four new cycle lanes on Tuesday, after a vote of 31 to 12, the mayor said.'),
    para('Where the lanes go', 'Heading1'),
    '<w:tbl><w:tr><w:tc>' + para('Harbour Road') + '</w:tc><w:tc>' + para('2.4 km') + '</w:tc></w:tr></w:tbl>',
    para('Work on the first lane, along Harbour Road, will start in March and cost about $3 million.'),
    para('Shop owners on the road asked for more parking, but the council said the lanes would bring more customers.'),
  ].join('')}<w:sectPr/></w:body></w:document>`,
  'docProps/core.xml': '<?xml version="1.0"?><cp:coreProperties xmlns:cp="a" xmlns:dc="b" xmlns:dcterms="c"><dc:creator>Ana Lima</dc:creator><dcterms:created>2025-02-11T08:00:00Z</dcterms:created></cp:coreProperties>',
});

/** A saved web page: a menu around its story. */
const PAGE = `<!doctype html><html><head><title>Ferry line opens between the harbour towns | Coast News</title></head><body>
  <nav><a href="/">Home</a> <a href="/local">Local</a></nav>
  <article><h1>Ferry line opens between the harbour towns</h1>
  <p>A new ferry line between the two harbour towns opened on Monday, the transport office said.</p>
  <p>The boats will run every two hours and carry up to 300 passengers a trip, officials said.</p>
  </article><footer>Contact us</footer></body></html>`;

const READERS = /\/(readers\.js|nutshell-readers\.js|nutshell-readers_bg\.wasm)$/;

/** The widget, with every request of its page and workers counted. */
async function withRequests() {
  const opened = await openWidget(env);
  const all = [];
  opened.context.on('request', (r) => all.push(r.url()));
  return { ...opened, all };
}

test('the readers are fetched only when a file first needs them, and read a dropped web page', async () => {
  const { page, context, all, errors } = await withRequests();
  await paste(page, 'The council met on Tuesday. It approved the budget for next year.');
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
  assert.deepEqual(all.filter((u) => READERS.test(u)), [], 'plain text needs no reader');

  await drop(page, { name: 'ferry.html', type: 'text/html', bytes: Buffer.from(PAGE) });
  await page.waitForFunction(() => document.querySelector('#source-text').value.startsWith('Ferry line opens'));
  const text = await page.locator('#source-text').inputValue();
  // The site's name cut from the title, the menu and footer left out.
  assert.equal(text, 'Ferry line opens between the harbour towns\n\nA new ferry line between the two harbour towns opened on Monday, the transport office said.\n\nThe boats will run every two hours and carry up to 300 passengers a trip, officials said.');
  await page.locator('#summary').filter({ hasText: 'new ferry line' }).waitFor();
  // (The service worker's own fetch of a file is counted too, so a set.)
  const fetched = new Set(all.filter((u) => READERS.test(u)).map((u) => new URL(u).pathname.split('/').pop()));
  assert.deepEqual([...fetched].sort(), ['nutshell-readers.js', 'nutshell-readers_bg.wasm', 'readers.js'], 'on the first file');
  await page.screenshot({ path: screenshotPath('readers-html'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped Word document gives its title, author, date and text, headings and cells as paragraphs', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  await drop(page, { name: 'cycle-lanes.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: DOCX });
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
  const text = await page.locator('#source-text').inputValue();
  assert.equal(text, [
    'Council approves new cycle lanes\nBy Ana Lima\nPublished: 2025-02-11',
    'The city council approved four new cycle lanes on Tuesday, after a vote of 31 to 12, the mayor said.',
    'Where the lanes go', 'Harbour Road', '2.4 km',
    'Work on the first lane, along Harbour Road, will start in March and cost about $3 million.',
    'Shop owners on the road asked for more parking, but the council said the lanes would bring more customers.',
  ].join('\n\n'));
  const summary = (await page.locator('#summary').textContent()) ?? '';
  assert.ok(summary.includes('cycle lanes on Tuesday'), summary);
  await page.screenshot({ path: screenshotPath('readers-docx'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped PDF gives its title and its text layer, paragraph by paragraph', async () => {
  const { page, context, errors } = await openWidget(env, { viewport: { width: 1280, height: 900 } });
  const lines = [
    [72, 700, 'The harbour council approved a new ferry route on Monday, the mayor said.'],
    [72, 686, 'Boats will run every two hours from the spring.'],
    [72, 640, 'The route will cost about 4 million euros a year, officials said.'],
  ];
  const content = lines.map(([x, y, t]) => `BT /F1 11 Tf 1 0 0 1 ${x} ${y} Tm (${t}) Tj ET`).join('\n');
  await drop(page, { name: 'ferry-route.pdf', type: 'application/pdf', bytes: pdf({ content, title: 'Ferry route approved' }) });
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();
  const text = await page.locator('#source-text').inputValue();
  assert.equal(text, [
    'Ferry route approved',
    'The harbour council approved a new ferry route on Monday, the mayor said. Boats will run every two hours from the spring.',
    'The route will cost about 4 million euros a year, officials said.',
  ].join('\n\n'));
  await page.screenshot({ path: screenshotPath('readers-pdf'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file the readers cannot read, and a scanned PDF, get a message and the text is kept', async () => {
  const { page, context } = await openWidget(env);
  const mine = 'My own notes on the council meeting. They stay where they are.';
  await paste(page, mine);
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();

  await drop(page, { name: 'minutes.docx', type: '', bytes: Buffer.from('this is not a zip archive at all') });
  await page.locator('#status.status-problem').filter({ hasText: '“minutes.docx”: This file is not a Word document (.docx)' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), mine);
  await page.screenshot({ path: screenshotPath('readers-unreadable'), fullPage: true });

  // A zip that is no Word document (an EPUB's first entry, say).
  await drop(page, { name: 'book.docx', type: '', bytes: zip({ mimetype: 'application/epub+zip' }) });
  await page.locator('#status.status-problem').filter({ hasText: 'holds no Word document' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), mine);

  // A scan: a page whose only content draws an image, no text layer.
  await drop(page, { name: 'scan.pdf', type: 'application/pdf', bytes: pdf({ content: 'q 600 0 0 800 0 0 cm /Im1 Do Q', image: true }) });
  await page.locator('#status.status-problem').filter({ hasText: '“scan.pdf”: This PDF holds only images of pages (a scan), with no text layer to read.' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), mine);
  await page.screenshot({ path: screenshotPath('readers-scanned-pdf'), fullPage: true });

  await drop(page, { name: 'report.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n') });
  await page.locator('#status.status-problem').filter({ hasText: '“report.pdf”' }).waitFor();
  assert.equal(await page.locator('#source-text').inputValue(), mine);
  await context.close();
});

test('once used, the readers work with the network cut', async () => {
  const { page, context } = await openWidget(env);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now under the service worker's control
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await drop(page, { name: 'first.docx', type: '', bytes: DOCX });
  await page.locator('#status').filter({ hasText: /^Summary ready/ }).waitFor();

  await context.setOffline(true);
  await page.reload();
  await page.locator('#source-text').waitFor();
  await drop(page, { name: 'ferry.html', type: 'text/html', bytes: Buffer.from(PAGE) });
  await page.waitForFunction(() => document.querySelector('#source-text').value.startsWith('Ferry line opens'));
  await page.locator('#summary').filter({ hasText: 'new ferry line' }).waitFor();
  await context.close();
});

test('the readers are not fetched when the service worker installs', async () => {
  const { page, context, all } = await withRequests();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(300);
  assert.deepEqual(all.filter((u) => READERS.test(u)), []);
  const cached = await page.evaluate(async () => {
    const names = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) names.push(request.url);
    }
    return names;
  });
  assert.ok(cached.length > 5, `the release is kept: ${cached}`);
  assert.deepEqual(cached.filter((u) => READERS.test(u)), [], 'but not the readers');
  await context.close();
});
