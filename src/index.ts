/**
 * gaptrace: full-process service-blueprint modelling and root-cause attribution of customer-satisfaction gaps
 * (全流程客户满意度评价与归因). This is the core entry point; it uses no Node-only module, so it runs in Node,
 * Deno and browsers. File-system and streaming helpers live in `gaptrace/node`.
 *
 * The pipeline, one folder each: model → graph → data → attribution → reports.
 * @module
 */
export * from "./core/problem.js";
export * from "./core/errors.js";
export * from "./core/label.js";
export * from "./model/index.js";
export * from "./study/index.js";
export * from "./graph/index.js";
export * from "./data/index.js";
export * from "./design/index.js";
export * from "./stats/index.js";
export * from "./stats/drivers/index.js";
export * from "./simulate/index.js";
export * from "./attribution/index.js";
export * from "./measures/index.js";
export * from "./reports/blueprint/index.js";
export * from "./reports/index.js";
export * from "./notebook/index.js";
export * from "./walkthrough/index.js";
