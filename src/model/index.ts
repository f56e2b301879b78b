/**
 * The study model: schemas, validation, loading from text, the typed builder and the JSON Schema.
 * @module
 */
export * from "./label.js";
export * from "./study.js";
export * from "./units.js";
export * from "./index-by-id.js";
export * from "./validate/index.js";
export type { Rule, RuleContext } from "./validate/context.js";
export * from "./load.js";
export * from "./builder.js";
export * from "./json-schema.js";
