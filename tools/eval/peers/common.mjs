// Shared by the peer runners: read JSON lines, write JSON lines, and turn
// JavaScript's UTF-16 offsets into the code-point offsets of the gold data.

import { readFileSync } from 'node:fs';

export function readLines(path) {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** The code-point offset of UTF-16 offset `u` in `text`. */
export function codePoints(text, u) {
  return Array.from(text.slice(0, u)).length;
}

export function writeLine(object) {
  process.stdout.write(JSON.stringify(object) + '\n');
}
