// <nutshell-summarizer>: Nutshell inside any page, with no bundler.
//
//   <script type="module" src="https://tools.example/nutshell/embed.js"></script>
//   <nutshell-summarizer length="4" theme="auto">Article text…</nutshell-summarizer>
//
//   <nutshell-summarizer source="#story"></nutshell-summarizer>
//   <article id="story">…the host page's own long announcement…</article>
//
// Attributes: text (or a <template> child, or the element's own text),
// source (a CSS selector: the text of that element of the host page is
// analysed instead, and again whenever it changes), length (summary
// sentences, a whole number from 1), keypoints (the summary as key points
// at first, and `keypoints` in the event), theme (light, dark, auto),
// compact (cards only). Events: nutshell:analyzed (detail: the analysis,
// UTF-16 offsets) and nutshell:error (detail: {code, message}):
// every failure is one of those events, never an exception in the host's
// console, and an attribute set right again takes effect. Each element is
// its own widget in its own shadow root: styles do not cross in either
// direction, except the --nutshell-* custom properties a host sets to
// theme it. A removed element frees its widget and worker, even when it is
// removed while the module is still loading; put back, it mounts again.
//
// The file names below are filled in by the build (tools/post-build.mjs);
// everything loads from the directory this file is served from.

const asset = (name) => new URL(name, import.meta.url).href;
const GLUE = asset('__NUTSHELL_GLUE__');
const WASM = asset('__NUTSHELL_WASM__');
const CSS = asset('__NUTSHELL_CSS__');

let loading = null;

/**
 * How long the host page must stay unchanged before `source` is read
 * again, and the longest a page that never stops changing (a ticking
 * clock) holds back a read.
 */
const SETTLE_MS = 300;
const MAX_WAIT_MS = 2000;

/** The wasm module, loaded once for every element on the page. */
function load() {
  loading ??= import(GLUE).then(async (glue) => {
    await glue.default({ module_or_path: WASM });
    return glue;
  });
  return loading;
}

/** What a read of the host's element found, to compare with the last. */
const seen = (read) => (read.problem ? `problem ${read.problem.message}` : `text ${read.text}`);

/** A thrown value as the {code, message} of a nutshell:error event. */
function coded(error, code) {
  if (typeof error?.code === 'string' && typeof error?.message === 'string') {
    return { code: error.code, message: error.message };
  }
  return { code, message: String(error?.message ?? error) };
}

class NutshellSummarizer extends HTMLElement {
  static get observedAttributes() {
    return ['text', 'source', 'length', 'keypoints', 'theme', 'compact'];
  }

  #handle = null;
  /** Counts the mounts asked for, so that only the latest one runs. */
  #wanted = 0;
  /** With `source`: what watches the host page, and what it last saw. */
  #observer = null;
  #settling = 0;
  /** When the changes not yet read began (0: none waiting). */
  #changedSince = 0;
  #seen = null;

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#wanted += 1; // a mount still waiting for the module gives up
    this.#unmount();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#mount();
  }

  /** (Re)mount the widget with the current attributes, once the module is loaded. */
  async #mount() {
    this.#wanted += 1;
    const ticket = this.#wanted;
    let glue;
    try {
      glue = await load();
    } catch (error) {
      loading = null; // the next mount tries again
      if (ticket === this.#wanted) this.#emit('nutshell:error', coded(error, 'load_failed'));
      return;
    }
    // Removed meanwhile, or a newer mount asked for: that one (or none) runs.
    if (ticket !== this.#wanted || !this.isConnected) return;
    this.#unmount();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!root.querySelector('link')) {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = CSS;
      root.append(style);
    }
    const mount = document.createElement('div');
    mount.className = 'mount';
    root.append(mount);
    const hosted = this.hasAttribute('source');
    const read = hosted ? this.#readSource() : { text: this.#text() };
    try {
      this.#handle = glue.mountWidget(
        mount,
        {
          text: read.text,
          length: this.getAttribute('length'),
          theme: ['light', 'dark'].includes(this.getAttribute('theme')) ? this.getAttribute('theme') : 'auto',
          compact: this.hasAttribute('compact'),
          keypoints: this.hasAttribute('keypoints'),
          // The page read, without the fragment: what a citation names.
          source: hosted ? document.URL.replace(/#.*$/, '') : null,
          glue: GLUE,
        },
        (analysis) => this.#emit('nutshell:analyzed', analysis),
        (error) => this.#emit('nutshell:error', error),
      );
    } catch (error) {
      mount.remove();
      this.#emit('nutshell:error', coded(error, 'internal'));
      return;
    }
    if (hosted) {
      this.#seen = seen(read);
      this.#tell(read.problem);
      this.#watch();
    }
  }

  /**
   * The text of the host page's element that `source` names, read as text
   * (innerText: what the reader sees, paragraphs kept; never HTML to run),
   * or, when there is none to read, the problem to show: {text, problem}.
   */
  #readSource() {
    const selector = this.getAttribute('source').trim();
    const shown = JSON.stringify(selector.length > 60 ? `${selector.slice(0, 60)}…` : selector);
    const scope = this.#scope();
    let element;
    try {
      element = selector ? scope.querySelector(selector) : null;
    } catch {
      return {
        text: '',
        problem: { code: 'invalid_option', message: `source=${shown} is not a CSS selector, so there is nothing to summarise; name the article's element, as in source="#story".` },
      };
    }
    if (!element) {
      return {
        text: '',
        problem: { code: 'source_missing', message: `No element on this page matches source=${shown} yet; the summary appears when one does.` },
      };
    }
    const text = (element.innerText ?? element.textContent ?? '').trim();
    if (!text) {
      return { text: '', problem: { code: 'empty', message: `The element source=${shown} names has no text yet; the summary appears when it has some.` } };
    }
    return { text };
  }

  /** Where `source` is looked up: the element's document, or the shadow root it is placed in. */
  #scope() {
    const root = this.getRootNode();
    return typeof root.querySelector === 'function' ? root : document;
  }

  /** Report `problem` ({code, message}) to the host and in the widget. */
  #tell(problem) {
    if (!problem) return;
    this.#handle?.notify(problem.message);
    this.#emit('nutshell:error', problem);
  }

  /**
   * Watch the host page for changes to the text `source` names (its text
   * edited, the element added, replaced or removed) and, once the page has
   * been still for SETTLE_MS (or changing for MAX_WAIT_MS), read it again:
   * a new text goes to the widget, the same text is left alone, so a busy
   * page costs a comparison.
   */
  #watch() {
    const scope = this.#scope();
    this.#observer = new MutationObserver(() => {
      const now = performance.now();
      this.#changedSince ||= now;
      clearTimeout(this.#settling);
      const wait = Math.min(SETTLE_MS, this.#changedSince + MAX_WAIT_MS - now);
      this.#settling = setTimeout(() => this.#reread(), Math.max(0, wait));
    });
    this.#observer.observe(scope, { childList: true, subtree: true, characterData: true });
  }

  #reread() {
    this.#changedSince = 0;
    if (!this.#handle) return;
    const read = this.#readSource();
    if (seen(read) === this.#seen) return;
    this.#seen = seen(read);
    this.#handle.load(read.text);
    this.#tell(read.problem);
  }

  /** Free the widget (and its worker), if one is mounted, and stop watching. */
  #unmount() {
    this.#observer?.disconnect();
    this.#observer = null;
    clearTimeout(this.#settling);
    this.#changedSince = 0;
    const handle = this.#handle;
    this.#handle = null;
    handle?.destroy();
    this.shadowRoot?.querySelector('.mount')?.remove();
  }

  /** The text to analyse: the attribute, a <template> child, or the element's text. */
  #text() {
    return this.getAttribute('text')
      ?? this.querySelector('template')?.content.textContent
      ?? this.textContent
      ?? '';
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('nutshell-summarizer')) {
  customElements.define('nutshell-summarizer', NutshellSummarizer);
}
