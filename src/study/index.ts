/**
 * A study as users get one: parsed from YAML or JSON, validated against the schema and the method's rules (some of
 * which walk the graph, so this folder sits above `graph/`), or built in code with the typed builder.
 * @module
 */
export * from "./validate/index.js";
export type { Rule, RuleContext } from "./validate/context.js";
export * from "./load.js";
export * from "./builder.js";
