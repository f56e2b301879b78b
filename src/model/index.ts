/**
 * The study model: schemas and types, units, labels and the JSON Schema. Validation, loading and the builder, which
 * need the graph, are in `study/`.
 * @module
 */
export * from "./label.js";
export * from "./study.js";
export * from "./monitoring.js";
export * from "./targets.js";
export * from "./units.js";
export * from "./index-by-id.js";
export * from "./json-schema.js";
export * from "./study-first.js";
