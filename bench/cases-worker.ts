/**
 * One measured run of the cases bench, in its own process: the case side of the first pass over a long-form case
 * CSV, in process (`readCasesCsv` + `caseSummary`), in DuckDB (`casePassDuckDB`), or over a table already in a
 * PostgreSQL server (`casePassPostgres`). Samples `process.memoryUsage().rss` every 10 ms and prints one JSON line.
 *
 * Usage: `node --import tsx bench/cases-worker.ts inprocess <file.csv>`
 *        `node --import tsx bench/cases-worker.ts duckdb <file.csv> [threads]`
 *        `node --import tsx bench/cases-worker.ts postgres <table> <host> <port> <user>` (with `pg` importable)
 */
import { caseSummary } from "../src/attribution/index.js";
import type { CaseSummary } from "../src/data/case-summary.js";
import { readCasesCsv } from "../src/node/index.js";
import { casePassDuckDB, casePassPostgres, type PgClientLike } from "../src/sql/index.js";
import { casesBenchStudy } from "./cases-study.js";

const [engine, target, a, b, c] = process.argv.slice(2);
if (target === undefined) throw new Error("usage: cases-worker.ts inprocess|duckdb <file> [threads] | postgres <table> <host> <port> <user>");
const study = casesBenchStudy();
const options = { segments: ["area", "fault_class"], assumeOffset: "+08:00" } as const;
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const timer = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);
const t0 = performance.now();
let summary: CaseSummary;
if (engine === "inprocess") {
  summary = caseSummary(study, await readCasesCsv(study, target, options));
} else if (engine === "duckdb") {
  summary = await casePassDuckDB(study, target, { ...options, engineOptions: a === undefined ? {} : { threads: Number(a) } });
} else {
  const m = (await import(process.env["GAPTRACE_PG_MODULE"] ?? "pg")) as { default?: unknown };
  const { Client } = (m.default ?? m) as { Client: new (config: unknown) => PgClientLike & { connect(): Promise<void>; end(): Promise<void> } };
  const client = new Client({ host: a, port: Number(b), user: c, database: "postgres" });
  await client.connect();
  try {
    summary = await casePassPostgres(study, target, { ...options, client, order: "line" });
  } finally {
    await client.end();
  }
}
const ms = performance.now() - t0;
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const l = summary.ledger;
const cases = summary.groups.reduce((n, g) => n + g.cases, 0);
const measured = summary.groups.reduce((n, g) => n + g.standards.reduce((k, s) => k + s.moments.n, 0), 0);
console.log(JSON.stringify({ rows: l?.rowsRead ?? 0, accepted: l?.accepted ?? 0, rejected: l?.rejected ?? 0, cases, measured, ms, baselineRss, peakRss }));
