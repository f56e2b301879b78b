/**
 * The first pass in SQL: portable statements that check and summarise survey responses (long or wide form) where they are
 * (DuckDB, PostgreSQL, or a distributed engine), read back as the same aggregate and ledger the in-process path
 * gives. Runtime-neutral: the engines themselves are in `gaptrace/sql`.
 * @module
 */
export * from "./dialect.js";
export * from "./first-pass.js";
export * from "./run.js";
export * from "./summary.js";
export * from "./cases.js";
export * from "./cases-run.js";
export * from "./calendar.js";
export * from "./linked.js";
