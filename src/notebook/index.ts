/**
 * Rich display of gaptrace objects in notebooks. Each helper returns a {@link NotebookView}: Deno's Jupyter
 * kernel renders it as HTML or SVG when it is a cell's last expression (through `Symbol.for("Jupyter.display")`),
 * Node prints it as a text table with `console.log`, and `view.html()` / `view.svg()` feed any other front end
 * (tslab, VS Code, an HTML page). Runtime-neutral: no Node or Deno API. Every user label is HTML-escaped.
 * @module
 */
export { JUPYTER_DISPLAY, NotebookView, isNotebookView, type Displayable, type MimeBundle } from "./view.js";
export { displayStudy, type DisplayStudyOptions } from "./study.js";
export { displayBlueprint, type DisplayBlueprintOptions } from "./blueprint.js";
export { displayAttribution, type DisplayAttributionOptions } from "./attribution.js";
export { displayLedger, type DisplayLedgerOptions, type LedgerLike } from "./ledger.js";
export { displayWhatIf, type DisplayWhatIfOptions } from "./what-if.js";
export { show } from "./show.js";
