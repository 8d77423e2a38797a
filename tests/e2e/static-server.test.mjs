// tools/static-server.mjs, which serves the README's first command and every
// end-to-end test: a request it cannot read is answered, not fatal.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../tools/static-server.mjs';

/** GET `path` exactly as written (no client-side URL clean-up): status and body. */
function get(url, path) {
  return new Promise((ok, fail) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => ok({ status: res.statusCode, body }));
    }).on('error', fail).end();
  });
}

test('a path that is not valid percent-encoding is answered 400, and the server goes on', async () => {
  const root = await mkdtemp(join(tmpdir(), 'nutshell-server-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  const server = await serve(root, 0);
  try {
    for (const path of ['/%E0%A4%A', '/%', '/%zz/index.html', '/%C0%AF']) {
      const answer = await get(server.url, path);
      assert.equal(answer.status, 400, path);
      assert.match(answer.body, /bad request/i, path);
    }
    assert.equal((await get(server.url, '/')).status, 200, 'still serving');
    assert.equal((await get(server.url, '/index.html')).status, 200);
    assert.equal((await get(server.url, '/%69ndex.html')).status, 200, 'good percent-encoding still decoded');
    assert.equal((await get(server.url, '/missing.js')).status, 404);
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
