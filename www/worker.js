// Nutshell's analysis worker: runs the page's own wasm module off the main
// thread, so a long article never freezes the page. The page sends the URL
// of its JS glue and its compiled WebAssembly.Module (no second download
// or compile), then one message per text; only the newest text waiting is
// analysed, older ones are skipped. A worker may also be started for one
// job, an HTML page's article text ('import'). Nothing here touches the network
// beyond importing that same-origin glue.

let bindings = null;
let ready = null;
let latest = 0;

self.onmessage = ({ data }) => {
  if (data.type === 'init') {
    ready = import(data.glue)
      .then(async (glue) => {
        await glue.default({ module_or_path: data.module });
        bindings = glue;
      })
      .catch((error) => {
        self.postMessage({ type: 'failed', message: String(error?.message ?? error) });
      });
    return;
  }
  if (data.type === 'import') {
    // An HTML page's article text, for a worker started for this one job.
    ready.then(() => {
      try {
        self.postMessage({ type: 'imported', text: bindings.articleText(data.html) });
      } catch (error) {
        self.postMessage({ type: 'failed', message: String(error?.message ?? error) });
      }
    });
    return;
  }
  latest = data.id;
  // Let messages already queued arrive first, so a burst of edits is
  // analysed once, for its last text.
  setTimeout(() => analyse(data), 0);
};

async function analyse({ id, text, sentences }) {
  await ready;
  if (id !== latest || !bindings) return;
  try {
    const result = bindings.analyzeForWidget(text, sentences);
    self.postMessage({ type: 'analysed', id, result }, [result.buffer]);
  } catch (error) {
    self.postMessage({ type: 'failed', id, message: String(error?.message ?? error) });
  }
}
