// <nutshell-summarizer>: Nutshell inside any page, with no bundler.
//
//   <script type="module" src="https://tools.example/nutshell/embed.js"></script>
//   <nutshell-summarizer length="4" theme="auto">Article text…</nutshell-summarizer>
//
// Attributes: text (or a <template> child, or the element's own text),
// length (summary sentences, a whole number from 1), theme (light, dark,
// auto), compact (cards only). Events: nutshell:analyzed (detail: the
// analysis, UTF-16 offsets) and nutshell:error (detail: {code, message}):
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

/** The wasm module, loaded once for every element on the page. */
function load() {
  loading ??= import(GLUE).then(async (glue) => {
    await glue.default({ module_or_path: WASM });
    return glue;
  });
  return loading;
}

/** A thrown value as the {code, message} of a nutshell:error event. */
function coded(error, code) {
  if (typeof error?.code === 'string' && typeof error?.message === 'string') {
    return { code: error.code, message: error.message };
  }
  return { code, message: String(error?.message ?? error) };
}

class NutshellSummarizer extends HTMLElement {
  static get observedAttributes() {
    return ['text', 'length', 'theme', 'compact'];
  }

  #handle = null;
  /** Counts the mounts asked for, so that only the latest one runs. */
  #wanted = 0;

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
    try {
      this.#handle = glue.mountWidget(
        mount,
        {
          text: this.#text(),
          length: this.getAttribute('length'),
          theme: ['light', 'dark'].includes(this.getAttribute('theme')) ? this.getAttribute('theme') : 'auto',
          compact: this.hasAttribute('compact'),
          glue: GLUE,
        },
        (analysis) => this.#emit('nutshell:analyzed', analysis),
        (error) => this.#emit('nutshell:error', error),
      );
    } catch (error) {
      mount.remove();
      this.#emit('nutshell:error', coded(error, 'internal'));
    }
  }

  /** Free the widget (and its worker), if one is mounted. */
  #unmount() {
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
