/**
 * One measured run of the SQL bench, in its own process so its peak RSS is its own: the first pass of a
 * long-form responses CSV in DuckDB (embedded, so DuckDB's memory is this process's), or of a table already in a
 * PostgreSQL server (the server's memory is its own processes'; this one only reads small results). Samples
 * `process.memoryUsage().rss` every 10 ms and prints one JSON line.
 *
 * Usage: `node --import tsx bench/sql-worker.ts duckdb <file.csv> [threads] [memoryLimit]`
 *        `node --import tsx bench/sql-worker.ts postgres <table> <host> <port> <user>` (with `pg` importable)
 */
import { firstPassDuckDB, firstPassPostgres, type PgClientLike } from "../src/sql/index.js";
import { benchStudy } from "./data-study.js";

const [engine, target, a, b, c] = process.argv.slice(2);
if (target === undefined) throw new Error("usage: sql-worker.ts duckdb <file> [threads] [memoryLimit] | postgres <table> <host> <port> <user>");
const study = benchStudy();
const options = { segments: ["region", "class"] } as const;
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const timer = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);

const t0 = performance.now();
let agg;
if (engine === "duckdb") {
  agg = await firstPassDuckDB(study, target, { ...options, engineOptions: { ...(a === undefined ? {} : { threads: Number(a) }), ...(b === undefined ? {} : { memoryLimit: b }) } });
} else {
  const m = (await import(process.env["GAPTRACE_PG_MODULE"] ?? "pg")) as { default?: unknown };
  const { Client } = (m.default ?? m) as { Client: new (config: unknown) => PgClientLike & { connect(): Promise<void>; end(): Promise<void> } };
  const client = new Client({ host: a, port: Number(b), user: c, database: "postgres" });
  await client.connect();
  try {
    agg = await firstPassPostgres(study, target, { ...options, client, order: "line" });
  } finally {
    await client.end();
  }
}
const ms = performance.now() - t0;
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const l = agg.ledger;
console.log(JSON.stringify({ rows: l.rowsRead, accepted: l.accepted, rejected: l.rejected, byReason: l.byReason, cells: agg.cells.size, ms, baselineRss, peakRss }));
