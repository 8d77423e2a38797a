// Nutshell's analysis worker: runs the page's own wasm module off the main
// thread, so a long article never freezes the page. The page sends the URL
// of its JS glue and its compiled WebAssembly.Module (no second download
// or compile), then one message per text; only the newest text waiting is
// analysed, older ones are skipped. Nothing here touches the network
// beyond importing that same-origin glue and a language's word lists
// (packs/). (Pages and documents are read by another worker, www/readers.js,
// with a module of their own.)

let bindings = null;
let ready = null;
let latest = 0;
/** Whether a text waits to be analysed (no warm-up then). */
let waiting = false;

// How many times the module analyses its own short text after it loads,
// while no text waits: V8 runs a fresh wasm module in its baseline tier
// and optimises a function only once it has run a while, so without this
// the reader's first analysis took 4x a warm one (issue 18). Each run is
// a few milliseconds, one per task, so a text that arrives waits for one
// run at most.
const WARM_UP_RUNS = 8;

function warmUp(left) {
  if (left === 0 || waiting || !bindings) return;
  try {
    bindings.warmUp();
  } catch {
    return;
  }
  setTimeout(() => warmUp(left - 1), 0);
}

self.onmessage = ({ data }) => {
  if (data.type === 'init') {
    ready = import(data.glue)
      .then(async (glue) => {
        await glue.default({ module_or_path: data.module });
        bindings = glue;
        setTimeout(() => warmUp(WARM_UP_RUNS), 0);
      })
      .catch((error) => {
        self.postMessage({ type: 'failed', message: String(error?.message ?? error) });
      });
    return;
  }
  latest = data.id;
  waiting = true;
  // Let messages already queued arrive first, so a burst of edits is
  // analysed once, for its last text.
  setTimeout(() => analyse(data), 0);
};

async function analyse({ id, text, sentences }) {
  await ready;
  if (id !== latest || !bindings) return;
  // Its language's word lists first, if a pack (never rejects).
  await bindings.prepareLanguage(text);
  if (id !== latest) return;
  waiting = false;
  try {
    const result = bindings.analyzeForWidget(text, sentences);
    self.postMessage({ type: 'analysed', id, result }, [result.buffer]);
  } catch (error) {
    self.postMessage({ type: 'failed', id, message: String(error?.message ?? error) });
  }
}
