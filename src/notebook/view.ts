/**
 * The display object every notebook helper returns: a MIME bundle behind `Symbol.for("Jupyter.display")` (what
 * Deno's Jupyter kernel, and anything else following that convention, calls to show a value richly), plus plain
 * text for `console.log`, `String(view)` and kernels that only print. Runtime-neutral: no Node or Deno API.
 * @module
 */
import { escapeHtml } from "../core/escape.js";

/**
 * The symbol Deno's Jupyter kernel looks for: an object with a method under it is shown by calling the method
 * and sending the returned MIME bundle to the front end. It is a registered symbol, so it is the same value in
 * every realm and runtime (`Deno.jupyter.$display === JUPYTER_DISPLAY`).
 *
 * @example
 * ```ts
 * const bundle = displayLedger(table)[JUPYTER_DISPLAY]();
 * Object.keys(bundle); // ["text/plain", "text/html"]
 * ```
 */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for("Jupyter.display");

// Registered symbols Node's util.inspect and Deno.inspect call, so console.log(view) prints the text table
// instead of the object's fields. Symbol.for needs no import, which keeps this module runtime-neutral.
const NODE_INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom");
const DENO_INSPECT: unique symbol = Symbol.for("Deno.customInspect");

/**
 * A Jupyter MIME bundle: representations of one value keyed by MIME type. The front end shows the richest one
 * it can render; `text/plain` is always present.
 *
 * @example
 * ```ts
 * const bundle: MimeBundle = { "text/plain": "3 findings", "text/html": "<b>3</b> findings" };
 * new NotebookView(bundle);
 * ```
 */
export interface MimeBundle {
  /** Plain text: what a terminal, a log or a text-only front end shows. */
  readonly "text/plain": string;
  /** An HTML fragment (no `<html>` or `<body>`), every user label escaped. */
  readonly "text/html"?: string;
  /** A standalone SVG document. */
  readonly "image/svg+xml"?: string;
}

/**
 * A rich notebook display: show it as a cell's last expression in Deno's Jupyter kernel (or pass it to
 * `Deno.jupyter.display`), print it with `console.log` in Node, or take its parts (`html()`, `svg()`, `text()`)
 * for any other front end.
 *
 * @example
 * ```ts
 * const view = displayStudy(study);
 * view;                    // Deno notebook: rendered as HTML
 * console.log(`${view}`);  // anywhere: the plain-text version
 * view.html();             // the HTML fragment, e.g. for tslab.display.html(…)
 * ```
 */
export class NotebookView {
  readonly #bundle: MimeBundle;

  /**
   * Wrap a MIME bundle. The helpers (`displayStudy`, `displayAttribution`, …) build these; make one yourself
   * only to show your own content alongside them.
   *
   * @param bundle - the representations; `text/plain` is required.
   */
  constructor(bundle: MimeBundle) {
    this.#bundle = Object.freeze({ ...bundle });
  }

  /**
   * The MIME bundle, as Deno's Jupyter kernel asks for it.
   * @returns the representations, keyed by MIME type.
   */
  [JUPYTER_DISPLAY](): MimeBundle {
    return this.#bundle;
  }

  /**
   * The MIME bundle (the same object the kernel gets), for front ends with their own display call.
   * @returns the representations, keyed by MIME type.
   */
  bundle(): MimeBundle {
    return this.#bundle;
  }

  /**
   * The HTML fragment, or the escaped plain text in a `<pre>` when the view has no HTML.
   * @returns HTML safe to insert into a page.
   */
  html(): string {
    return this.#bundle["text/html"] ?? `<pre>${escapeHtml(this.#bundle["text/plain"])}</pre>`;
  }

  /**
   * The SVG picture, when the view is one.
   * @returns the SVG document, or `undefined`.
   */
  svg(): string | undefined {
    return this.#bundle["image/svg+xml"];
  }

  /**
   * The plain-text version.
   * @returns the text shown where HTML cannot be.
   */
  text(): string {
    return this.#bundle["text/plain"];
  }

  /**
   * The plain-text version, so that `String(view)` and template literals print something readable.
   * @returns the same as {@link NotebookView.text}.
   */
  toString(): string {
    return this.#bundle["text/plain"];
  }

  /**
   * Node's `console.log` / `util.inspect` hook.
   * @returns the plain-text version.
   */
  [NODE_INSPECT](): string {
    return this.#bundle["text/plain"];
  }

  /**
   * Deno's `console.log` / `Deno.inspect` hook.
   * @returns the plain-text version.
   */
  [DENO_INSPECT](): string {
    return this.#bundle["text/plain"];
  }
}

/**
 * Anything Deno's Jupyter kernel can show richly: it has a `Symbol.for("Jupyter.display")` method.
 *
 * @example
 * ```ts
 * const hello: Displayable = { [JUPYTER_DISPLAY]: () => ({ "text/plain": "hello", "text/html": "<b>hello</b>" }) };
 * ```
 */
export interface Displayable {
  /**
   * Called by the kernel to show the value.
   * @returns the MIME bundle to send to the front end.
   */
  [JUPYTER_DISPLAY](): MimeBundle;
}

/**
 * Tell whether a value is a notebook view (from this or another copy of gaptrace).
 *
 * @param x - any value.
 * @returns true when it has a `Symbol.for("Jupyter.display")` method.
 * @example
 * ```ts
 * isNotebookView(displayLedger(table)); // true
 * isNotebookView({ "text/plain": "x" }); // false
 * ```
 */
export function isNotebookView(x: unknown): x is Displayable {
  return typeof x === "object" && x !== null && typeof (x as Record<symbol, unknown>)[JUPYTER_DISPLAY] === "function";
}
