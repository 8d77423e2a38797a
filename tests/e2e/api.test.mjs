// The JS API (`analyze`) given what JavaScript callers can pass by mistake:
// every failure is a rejected promise with {code, message}, none traps the
// page's shared wasm instance or leaves a promise that never settles, and
// the next call works. In Debian's Chromium, against the release build.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openWidget } from './browser.mjs';

let env;

before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('bad arguments reject with {code, message}, and the next call works', async () => {
  const { page, context, errors } = await openWidget(env);
  await page.waitForFunction(() => window.wasmBindings?.analyze);
  const outcomes = await page.evaluate(async () => {
    const CASES = [
      ['a number as the text', () => [42], 'invalid_input'],
      ['null as the text', () => [null], 'invalid_input'],
      ['no text at all', () => [], 'invalid_input'],
      ['an object as the text', () => [{ text: 'Hello.' }], 'invalid_input'],
      ['options with a throwing getter', () => ['Some text. More text.', { get sentences() { throw new Error('boom'); } }], 'invalid_option'],
      ['options whose keys cannot be listed', () => ['Some text.', new Proxy({}, { ownKeys() { throw new Error('no keys'); } })], 'invalid_option'],
      ['a string as the number of sentences', () => ['Some text.', { sentences: 'three' }], 'invalid_option'],
      ['a fraction of a sentence', () => ['Some text.', { sentences: 2.5 }], 'invalid_option'],
      ['a negative number of words', () => ['Some text.', { words: -4 }], 'invalid_option'],
      ['more sentences than any number holds', () => ['Some text.', { sentences: 1e30 }], 'invalid_option'],
      ['a ratio as a string', () => ['Some text.', { ratio: '0.5' }], 'invalid_option'],
      ['a date as a number', () => ['Some text.', { date: 20250628 }], 'invalid_option'],
      ['options that are a number', () => ['Some text.', 3], 'invalid_option'],
      ['good options', () => ['One. Two. Three.', { sentences: 1, date: '2025-06-28' }], null],
      ['null options', () => ['One. Two. Three.', null], null],
    ];
    const outcomes = [];
    for (const [what, make, code] of CASES) {
      // How the call went: thrown at once, rejected (with what), resolved,
      // or still pending after 5 s; then whether a plain call still works.
      let outcome;
      try {
        const promise = window.wasmBindings.analyze(...make());
        outcome = await Promise.race([
          promise.then(
            () => ({ how: 'resolved' }),
            (e) => ({ how: 'rejected', code: e?.code, message: e?.message, keys: Object.keys(e ?? {}) }),
          ),
          new Promise((done) => { setTimeout(() => done({ how: 'pending' }), 5_000); }),
        ]);
      } catch (error) {
        outcome = { how: 'threw', error: String(error) };
      }
      try {
        const next = await window.wasmBindings.analyze('The council met on Monday. It approved the route.');
        outcome.next = next.sentences.length;
      } catch (error) {
        outcome.next = `failed: ${error?.message ?? error}`;
      }
      outcomes.push({ what, expected: code, ...outcome });
    }
    return outcomes;
  });
  for (const outcome of outcomes) {
    const said = JSON.stringify(outcome);
    if (outcome.expected === null) {
      assert.equal(outcome.how, 'resolved', said);
    } else {
      assert.equal(outcome.how, 'rejected', said);
      assert.equal(outcome.code, outcome.expected, said);
      assert.deepEqual(outcome.keys, ['code', 'message'], said);
      assert.ok(outcome.message.length > 10, `a message that says what is wrong: ${said}`);
    }
    assert.equal(outcome.next, 2, `the next call works: ${said}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
