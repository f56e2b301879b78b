/**
 * `gaptrace/core`: what every layer shares. The one error shape (`Problem`) and its helpers, the thrown errors,
 * bilingual labels, and the escaping every writer uses (HTML, XML, Markdown, CSV). The root `gaptrace` re-exports
 * the parts a script needs (`Problem`, the errors, `Label`, `labelText`, `formatProblems`).
 * @module
 */
export * from "./problem.js";
export * from "./errors.js";
export * from "./label.js";
export * from "./escape.js";
export { editDistance, nearMiss } from "./near.js";
