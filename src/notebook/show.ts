/**
 * `show`: put views on screen from anywhere in a cell, in whatever runtime the code runs: rich output in Deno's
 * Jupyter kernel, the plain-text tables elsewhere (Node, a Deno script, a test). Runtime-neutral: it looks for
 * `Deno.jupyter` at run time and imports nothing.
 * @module
 */
import { isNotebookView, JUPYTER_DISPLAY, type MimeBundle } from "./view.js";

interface DenoJupyter {
  display(obj: unknown): Promise<void>;
}

/** Deno's Jupyter API when running in its kernel, else `undefined` (reading it outside a kernel throws). */
function denoJupyter(): DenoJupyter | undefined {
  try {
    const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
    const jupyter = deno?.jupyter;
    return typeof jupyter?.display === "function" ? jupyter : undefined;
  } catch {
    return undefined;
  }
}

function size(view: unknown): number {
  if (!isNotebookView(view)) return String(view).length;
  const b: MimeBundle = view[JUPYTER_DISPLAY]();
  return b["text/plain"].length + (b["text/html"]?.length ?? 0) + (b["image/svg+xml"]?.length ?? 0);
}

/**
 * Show views now, in the order given: in Deno's Jupyter kernel each becomes a rich output of the cell; anywhere
 * else each is printed as plain text with `console.log`. Use it to show several views from one cell, or in code
 * that also runs outside notebooks.
 *
 * Deno's kernel (2.9) may announce a cell finished before a large output has gone out; front ends and headless
 * runners (`jupyter nbconvert --execute`, papermill) then drop that output. `show` waits a moment after
 * displaying (about 20 ms, plus 1 ms per 50 kB) so the output goes first; a view left as a cell's last expression
 * has no such pause, which is why the example notebook uses `await show(…)`.
 *
 * @param views - notebook views (or any values: they are displayed or printed as they are).
 * @returns a promise that settles once everything is shown.
 * @example
 * ```ts
 * await show(displayLedger(table), displayAttribution(study, result));
 * ```
 */
export async function show(...views: readonly unknown[]): Promise<void> {
  const jupyter = denoJupyter();
  if (jupyter === undefined) {
    for (const v of views) console.log(isNotebookView(v) ? String(v) : v);
    return;
  }
  let bytes = 0;
  for (const v of views) {
    await jupyter.display(v);
    bytes += size(v);
  }
  await new Promise((resolve) => setTimeout(resolve, 20 + bytes / 50_000));
}
