// Type declarations for Nutshell's JavaScript API and custom element.
// The module is the page's JS glue (nutshell-web-<hash>.js, named in
// embed.js); `analyze`, `loadLanguage` and `version` are its exports.

/** Options of `analyze`; give at most one of sentences, ratio, words. */
export interface AnalyzeOptions {
  sentences?: number;
  ratio?: number;
  words?: number;
  /** The article's date, YYYY-MM-DD, for resolving relative dates. */
  date?: string;
  /** Also give the summary as key points (`keypoints`); the length options apply. */
  keypoints?: boolean;
}

/** Offsets are UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number }

export interface Analysis {
  meta: {
    title: string | null;
    date: string | null;
    byline: string | null;
    /**
     * Where the text came from, when the caller says: the page a
     * `<nutshell-summarizer source>` reads (its address without the
     * fragment), or the widget's opened file; `null` from `analyze`.
     */
    source: string | null;
    language: string;
    words: number;
    reading_minutes: number;
  };
  sentences: (Span & { paragraph: number })[];
  summary: { sentence: number; score: number; reasons: string[] }[];
  /** Only with the `keypoints` option: each bullet, its sentence and the spans of it kept. */
  keypoints?: { sentence: number; text: string; spans: Span[] }[];
  entities: (Span & { text: string; label: 'PER' | 'ORG' | 'LOC' | 'MISC'; canonical: string })[];
  /** ISO 8601 values; quarters as YYYY-Qn; PRESENT_REF, PAST_REF, FUTURE_REF as TimeML. */
  dates: (Span & { text: string; value: string | null })[];
  numbers: (Span & {
    text: string;
    kind: 'money' | 'percent' | 'quantity' | 'duration' | 'cardinal' | 'ordinal';
    value: number;
    unit: string | null;
  })[];
  quotes: (Span & { speaker: string | null; text: string })[];
  statements: (Span & { speaker: string; text: string })[];
  roles: (Span & { text: string; person: string })[];
  keyphrases: { text: string; score: number }[];
}

/**
 * How a call fails: the promise rejects with one of these (never a throw,
 * whatever is passed), and `nutshell:error` events carry one.
 * `invalid_input`: the text is not a string; `invalid_option`: an option
 * (or the element's `length`, or a `source` that is no CSS selector) is
 * not of the documented shape, or reading it threw; `source_missing`: no
 * element of the page matches the element's `source` (yet); `empty`: the
 * text, or the element `source` names, has no text.
 */
export interface NutshellError {
  code: 'empty' | 'too_large' | 'binary' | 'invalid_input' | 'invalid_option' | 'source_missing' | 'internal' | 'load_failed';
  message: string;
}

/**
 * Rejects with a `NutshellError`; a failed call leaves the module working.
 *
 * A text in German, French, Spanish, Italian, Dutch or Portuguese is read
 * with that language's word lists (function words, abbreviations), which
 * are not in the module: the first such text waits while `analyze` fetches
 * them (`packs/<code>.txt` beside the module, 1-1.6 KB gzipped, kept by the
 * page's service worker for offline use). Where they cannot be fetched,
 * the promise still resolves: the summary is made without them and
 * `keyphrases` is empty. Call `loadLanguage` first to load them ahead, or
 * to learn why they could not be loaded.
 */
export function analyze(text: string, options?: AnalyzeOptions | null): Promise<Analysis>;

/**
 * Load the word lists of `language` (ISO 639-1, as "de") so that `analyze`
 * reads a text in it with them; resolves at once for English, a language
 * without lists of its own, or one loaded already. Rejects with a
 * `NutshellError`: `invalid_input` (not a string), `invalid_option` (no
 * ISO 639-1 code), `load_failed` (the lists could not be fetched).
 */
export function loadLanguage(language: string): Promise<void>;
export function version(): string;

/**
 * `<nutshell-summarizer text source length keypoints theme compact>`.
 *
 * - `text` (or a `<template>` child, or the element's own text): the
 *   article.
 * - `source`: a CSS selector naming an element of the host page (looked up
 *   in the element's document, or the shadow root it is placed in) whose
 *   text is analysed instead, read as text (`innerText`), never as HTML.
 *   The widget follows it: when the page changes (the element's text, the
 *   element added later, replaced or removed), it reads it again once the
 *   page has been still for 300 ms, and analyses it if its text changed.
 *   A selector that is no CSS selector, one naming nothing, or an empty
 *   element: a message in the widget and `nutshell:error`
 *   (`invalid_option`, `source_missing`, `empty`), never an exception.
 *   The widget then has no text box, and `meta.source` is the page's
 *   address. The element reads its own page only: a page in an iframe of
 *   another origin cannot be read from here.
 * - `length`: a whole number of sentences from 1 to 1000; another value
 *   fires `nutshell:error` (`invalid_option`) and the default length is
 *   used until it is fixed.
 * - `keypoints` (boolean): the summary shown as key points (short bullets,
 *   each a summary sentence compressed) at first, the reader can switch;
 *   the `nutshell:analyzed` analysis then has `keypoints`, as
 *   `analyze(text, {keypoints: true})` gives it.
 * - `theme`: `light`, `dark` or `auto`; `compact` (boolean): cards only.
 */
export interface NutshellSummarizerElement extends HTMLElement {
  addEventListener(type: 'nutshell:analyzed', listener: (event: CustomEvent<Analysis>) => void): void;
  addEventListener(type: 'nutshell:error', listener: (event: CustomEvent<NutshellError>) => void): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'nutshell-summarizer': NutshellSummarizerElement;
  }
}
