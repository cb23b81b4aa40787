// Blankett's form as a part of any page: `<blankett-form form="…" api="…">`, or `mount(element,
// options)` for a framework. The one module a host page imports (README, "Embedding"); the types
// are in blankett-form.d.ts. The form itself is the WebAssembly module beside this file
// (`blankett::widget`), drawn in the element's shadow root with the widget's style sheet, so
// that the host page's rules cannot reach the form and the form's cannot reach the page.
import init, { mount as mountForm } from './blankett.js';

// Each file beside this one is named as `new URL('./…', import.meta.url)`, which bundlers (Vite,
// webpack, Parcel) recognise and copy with it.
let started;
/** The module, compiled once for every widget on the page. */
function start() {
  started ??= init({ module_or_path: new URL('./blankett_bg.wasm', import.meta.url) });
  return started;
}

/** The events a widget sends (`blankett-<name>`), in the order they can happen. */
export const EVENTS = ['sign-in', 'page', 'invalid', 'saved', 'time-warning', 'timed-out', 'signed-out', 'confirmed', 'error'];

let printSheet;
/**
 * Prints `element`'s form only: while the browser prints, everything on the host page beside the
 * element and its ancestors is hidden (a style sheet of the page's, for print only). The form's
 * own print rules (in its shadow root) then show the application only.
 */
function printOnly(element) {
  if (!printSheet) {
    printSheet = new CSSStyleSheet();
    printSheet.replaceSync(
      '@media print { [data-blankett-printing] > :not([data-blankett-printing]) { display: none !important; } ' +
        '[data-blankett-printing] { margin: 0 !important; padding: 0 !important; border: 0 !important; max-width: none !important; } }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printSheet];
  }
  const marked = [];
  for (let node = element; node instanceof Element; node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode) {
    node.setAttribute('data-blankett-printing', '');
    marked.push(node);
  }
  const unmark = () => marked.forEach((node) => node.removeAttribute('data-blankett-printing'));
  addEventListener('afterprint', unmark, { once: true });
  print();
}

/**
 * Draws a form in `element` (in its shadow root, made if it has none) and returns its handle at
 * once; `handle.ready` resolves once the form is drawn. Options: `form` (required), `api`, `lang`,
 * `history` (`'entries'` or `'none'`), `signIn` (`'backend'` or `'host'`), `token`. A wrong option
 * is an error event (`problem: 'options'`) and a message in the console.
 */
export function mount(element, options = {}) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = new URL('./blankett-form.css', import.meta.url).href;
  const root = document.createElement('div');
  root.className = 'blankett';
  shadow.replaceChildren(sheet, root);
  // The form waits for its style sheet, so that it never shows unstyled.
  const styled = new Promise((done) => {
    sheet.onload = done;
    sheet.onerror = done;
  });
  const emit = (name, detail) => element.dispatchEvent(new CustomEvent(`blankett-${name}`, { detail, bubbles: true, composed: true }));
  let form;
  let removed = false;
  const later = { lang: undefined, token: undefined };
  const ready = Promise.all([start(), styled]).then(() => {
    if (removed) return;
    try {
      // The catalogs of the languages fetched when shown are in catalogs/ beside this file,
      // unless `options.assets` names another place (a bundler that does not copy the folder).
      const assets = options.assets ?? new URL('./', import.meta.url).href;
      const lang = options.lang ?? language(document.documentElement.lang);
      form = mountForm(root, { ...options, lang, assets, emit, print: () => printOnly(element) });
    } catch (error) {
      console.error(error);
      emit('error', { problem: 'options', message: String(error.message ?? error) });
      return;
    }
    if (later.lang !== undefined) form.setLang(later.lang);
    if (later.token !== undefined) form.setToken(later.token);
  });
  return {
    ready,
    /** Removes the form: its requests, timers, listeners, channel and locks end with it. */
    unmount() {
      removed = true;
      if (form) {
        form.unmount();
        form.free();
        form = undefined;
      }
      shadow.replaceChildren();
    },
    /** Shows the form in another language; every answer stays. */
    setLang(lang) {
      if (form) form.setLang(lang);
      else later.lang = lang;
    },
    /** The session token the host signed the applicant in with (`signIn: 'host'`), or null. */
    setToken(token) {
      if (form) form.setToken(token ?? null);
      else later.token = token ?? null;
    },
  };
}

/** `lang="sv-SE"` is Swedish: the form's words are by language. */
const language = (code) => (code || 'en').split('-')[0].toLowerCase();

/** `<blankett-form form="work-permit" api="https://backend.example/api" lang="sv">`. */
export class BlankettFormElement extends HTMLElement {
  static observedAttributes = ['form', 'api', 'lang', 'history', 'sign-in'];
  #handle;
  #token = null;

  connectedCallback() {
    this.#start();
  }

  disconnectedCallback() {
    this.#handle?.unmount();
    this.#handle = undefined;
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#handle || old === value) return;
    if (name === 'lang') {
      this.#handle.setLang(language(value || document.documentElement.lang));
    } else {
      // Another form, backend or way of working is another widget.
      this.#handle.unmount();
      this.#start();
    }
  }

  #start() {
    if (!this.isConnected) return;
    this.#handle = mount(this, {
      form: this.getAttribute('form') ?? '',
      api: this.getAttribute('api') ?? undefined,
      lang: language(this.getAttribute('lang') || document.documentElement.lang),
      history: this.getAttribute('history') ?? undefined,
      signIn: this.getAttribute('sign-in') ?? undefined,
      token: this.#token ?? undefined,
    });
  }

  /** Resolves once the form is drawn. */
  get ready() {
    return this.#handle?.ready ?? Promise.resolve();
  }

  get form() { return this.getAttribute('form') ?? ''; }
  set form(value) { this.setAttribute('form', value); }
  get api() { return this.getAttribute('api') ?? ''; }
  set api(value) { this.setAttribute('api', value); }
  get history() { return this.getAttribute('history') ?? 'entries'; }
  set history(value) { this.setAttribute('history', value); }
  get signIn() { return this.getAttribute('sign-in') ?? 'backend'; }
  set signIn(value) { this.setAttribute('sign-in', value); }

  /**
   * The session token (`signIn: 'host'`). A property only, never an attribute: an attribute is
   * in the page's markup for every script and tool to read. It cannot be read back.
   */
  set token(value) {
    this.#token = value ?? null;
    this.#handle?.setToken(this.#token);
  }
  get token() {
    return undefined;
  }
}

if (!customElements.get('blankett-form')) customElements.define('blankett-form', BlankettFormElement);
