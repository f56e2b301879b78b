/**
 * The graph view of a study: steps and hand-offs as a graphology directed graph, and the plain functions that
 * read it (tracing, blueprint lines, interaction points, internal customers, post profiles, cycles, declared
 * reach).
 * @module
 */
export * from "./ids.js";
export * from "./build.js";
export * from "./traverse.js";
export * from "./lines.js";
export * from "./interaction-points.js";
export * from "./internal-customers.js";
export * from "./posts.js";
export * from "./cycles.js";
export * from "./summary.js";
export * from "./reach.js";
