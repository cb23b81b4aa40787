// Types of blankett-form.js: the <blankett-form> element, its attributes, properties and events,
// and mount() for frameworks. README, "Embedding", says the same in words.

/** How the form uses the host page's history. */
export type BlankettHistory = 'entries' | 'none';
/** Who signs the applicant in: the backend's sign-in page, or the host page (with a token). */
export type BlankettSignIn = 'backend' | 'host';

export interface BlankettOptions {
  /** The form's id on the backend, e.g. `work-permit`. */
  form: string;
  /** The backend's address, e.g. `https://backend.example/api`; the page's own site if left out. */
  api?: string;
  /** The language, e.g. `sv` or `en` (a language the form has). */
  lang?: string;
  /** `entries` (default): the form's pages are entries of the page's history; `none`: they are not. */
  history?: BlankettHistory;
  /** `backend` (default) or `host`. */
  signIn?: BlankettSignIn;
  /** A session token from `POST /api/sessions` with `"token": true` (sign-in `host`). */
  token?: string | null;
  /** Where the package's `catalogs/` folder is served, when a bundler does not copy it beside the module. */
  assets?: string;
}

export interface BlankettHandle {
  /** Resolves once the form is drawn. */
  readonly ready: Promise<void>;
  /** Removes the form: its requests, timers, listeners, channel and locks end with it. */
  unmount(): void;
  /** Shows the form in another language; every answer stays. */
  setLang(lang: string): void;
  /** Gives the form a session token (sign-in `host`), or takes it away with null. */
  setToken(token: string | null): void;
}

/** Draws a form in `element` (in its shadow root) and returns its handle at once. */
export function mount(element: HTMLElement, options: BlankettOptions): BlankettHandle;

/** The names of the events, without `blankett-`. */
export const EVENTS: readonly BlankettEventName[];

/** Each event's `detail`. */
export interface BlankettEventDetails {
  /** Nobody is signed in. `address` is the backend's sign-in page (sign-in `backend`). */
  'sign-in': { mode: BlankettSignIn; address?: string };
  /** A page is shown: its id, or `review` for the check-answers page; `number` counts from 1. */
  page: { page: string; number: number };
  /** Next, Back or Forward, or Confirm found problems on `page`. */
  invalid: { page: string; problems: number };
  /** The draft was saved by the backend. */
  saved: { draft: string; version: number };
  /** The warning before the page's or the session's time ends opened; it ends at `endsAt` (ms since 1970). */
  'time-warning': { endsAt: number };
  /** The time ran out; the page's answers are being saved. */
  'timed-out': Record<string, never>;
  /** Signed out, with the answers saved. */
  'signed-out': Record<string, never>;
  /** The application is confirmed, with its reference number. */
  confirmed: { reference: string };
  /** A request failed: the contract's problem type (`network` when the backend could not be reached, `options` for a wrong option) and what the applicant reads. */
  error: { problem: string; message: string };
}

export type BlankettEventName = keyof BlankettEventDetails;

/** The events as the DOM has them: `blankett-page`, `blankett-saved`, … */
export type BlankettEventMap = {
  [Name in BlankettEventName as `blankett-${Name}`]: CustomEvent<BlankettEventDetails[Name]>;
};

/** `<blankett-form form="work-permit" api="https://backend.example/api" lang="sv">` */
export class BlankettFormElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The `form` attribute. */
  form: string;
  /** The `api` attribute. */
  api: string;
  /** The `history` attribute. */
  history: BlankettHistory;
  /** The `sign-in` attribute. */
  signIn: BlankettSignIn;
  /** The session token (write only; never an attribute). */
  set token(value: string | null);
  get token(): undefined;
  /** Resolves once the form is drawn. */
  readonly ready: Promise<void>;
  addEventListener<K extends keyof BlankettEventMap>(type: K, listener: (this: BlankettFormElement, event: BlankettEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof BlankettEventMap>(type: K, listener: (this: BlankettFormElement, event: BlankettEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'blankett-form': BlankettFormElement;
  }
  /** The events bubble and cross shadow roots, so a listener on `document` hears them too. */
  interface HTMLElementEventMap extends BlankettEventMap {}
  interface DocumentEventMap extends BlankettEventMap {}
}
