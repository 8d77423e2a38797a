// <nutshell-summarizer>: Nutshell inside any page, with no bundler.
//
//   <script type="module" src="https://tools.example/nutshell/embed.js"></script>
//   <nutshell-summarizer length="4" theme="auto">Article text…</nutshell-summarizer>
//
// Attributes: text (or a <template> child, or the element's own text),
// length (summary sentences), theme (light, dark, auto), compact (cards
// only). Events: nutshell:analyzed (detail: the analysis, UTF-16 offsets)
// and nutshell:error (detail: {code, message}). Each element is its own
// widget in its own shadow root: styles do not cross in either direction,
// except the --nutshell-* custom properties a host sets to theme it.
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

class NutshellSummarizer extends HTMLElement {
  static get observedAttributes() {
    return ['text', 'length', 'theme', 'compact'];
  }

  #handle = null;
  #mounting = null;

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    if (this.#handle) this.#mount();
  }

  /** (Re)mount the widget with the current attributes. */
  #mount() {
    this.#mounting = (this.#mounting ?? Promise.resolve()).then(async () => {
      let glue;
      try {
        glue = await load();
      } catch (error) {
        this.#emit('nutshell:error', { code: 'load_failed', message: String(error?.message ?? error) });
        return;
      }
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      if (!root.querySelector('link')) {
        const style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = CSS;
        root.append(style);
      }
      this.#handle?.destroy();
      root.querySelector('.mount')?.remove();
      const mount = document.createElement('div');
      mount.className = 'mount';
      root.append(mount);
      const length = Number.parseInt(this.getAttribute('length') ?? '', 10);
      this.#handle = glue.mountWidget(
        mount,
        {
          text: this.#text(),
          length: Number.isInteger(length) && length > 0 ? length : undefined,
          theme: ['light', 'dark'].includes(this.getAttribute('theme')) ? this.getAttribute('theme') : 'auto',
          compact: this.hasAttribute('compact'),
          glue: GLUE,
        },
        (analysis) => this.#emit('nutshell:analyzed', analysis),
        (error) => this.#emit('nutshell:error', error),
      );
    });
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
