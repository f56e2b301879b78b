/**
 * `gaptrace/node`: file-system and streaming helpers for Node (and Deno's Node compatibility). The core entry
 * point `gaptrace` stays free of Node-only modules.
 * @module
 */

export * from "./study-file.js";
export * from "./data.js";
export * from "./data-description.js";
export * from "./monitor.js";
