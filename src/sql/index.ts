/**
 * `gaptrace/sql`: the first pass where the data are. DuckDB (embedded, for CSV and Parquet files) and PostgreSQL
 * run the checks and summaries of survey responses (long or wide form) as SQL and hand back the same aggregate and ledger
 * the in-process path gives, for the rest of gaptrace to read unchanged. `@duckdb/node-api` and `pg` are optional
 * peer dependencies, loaded only by the engine that needs them. The statements themselves (and the dialects of
 * Trino and Spark SQL) are in `gaptrace/data`; see docs/sql.md.
 * @module
 */
export * from "./duckdb.js";
export * from "./postgres.js";
export * from "./summary.js";
export * from "../data/sql/index.js";
export * from "./cases.js";
export * from "./linked.js";
