// Nutshell's readers worker (issue 16): reads a web page's article or a
// document's text with the readers module (nutshell-readers, built by
// Trunk beside the page), which is fetched only when a reader first opens
// such a file or pastes from a web page. One job per worker: the page
// sends {html} or {name, mime, bytes} and gets back {type: 'read', text},
// {type: 'unreadable', message} (the file's fault, in words for the
// reader) or {type: 'failed'} (the module could not be loaded). Nothing
// here touches the network beyond these same-origin files.

import init, { readPage, readDocument } from './nutshell-readers.js';

const ready = init({ module_or_path: new URL('./nutshell-readers_bg.wasm', import.meta.url) }).then(
  () => true,
  () => false,
);

self.onmessage = async ({ data }) => {
  if (!(await ready)) {
    self.postMessage({ type: 'failed' });
    return;
  }
  try {
    const text = typeof data.html === 'string'
      ? readPage(data.html)
      : readDocument(data.name, data.mime, new Uint8Array(data.bytes));
    self.postMessage({ type: 'read', text });
  } catch (error) {
    // readDocument throws the reader's message as a string; anything else
    // is a fault of the readers, not of the file's owner.
    const message = typeof error === 'string' ? error : 'It could not be read.';
    self.postMessage({ type: 'unreadable', message });
  }
};
