/**
 * The SQL bench: the first pass in DuckDB over a large generated long-form responses CSV (the data bench's
 * generator and study; 10,000,000 rows by default, `GAPTRACE_SQL_BENCH_ROWS` to change it), and in PostgreSQL
 * over a few million rows loaded into a throwaway server started from Debian's binaries (skipped, saying so,
 * without them or without `pg`). Each run is a fresh process (bench/sql-worker.ts): rows/s and peak RSS. DuckDB
 * runs in that process, so its RSS is DuckDB's memory; PostgreSQL's work happens in the server, so the worker's
 * RSS only shows that the client holds nothing but the small results.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { postgresBin, startPostgres } from "../test/sql/postgres-server.js";
import { benchStudy } from "./data-study.js";
import { generateResponses } from "./data-generate.js";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

interface WorkerResult {
  rows: number;
  accepted: number;
  rejected: number;
  cells: number;
  ms: number;
  baselineRss: number;
  peakRss: number;
}

function worker(args: string[]): WorkerResult {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=source", join(here, "sql-worker.ts"), ...args], { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 16 * MB, env: process.env });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as WorkerResult;
}

const rate = (r: WorkerResult): number => Math.round(r.rows / (r.ms / 1000));

async function postgres(dir: string, rows: number): Promise<BenchRow[]> {
  const bin = postgresBin();
  const pgModule = process.env["GAPTRACE_PG_MODULE"] ?? "pg";
  let pg: { Client: new (c: unknown) => { connect(): Promise<void>; query(s: string): Promise<unknown>; end(): Promise<void> } } | undefined;
  try {
    const m = (await import(pgModule)) as { default?: unknown };
    pg = (m.default ?? m) as typeof pg;
  } catch {
    pg = undefined;
  }
  if (bin === undefined || pg === undefined) return [{ measure: "PostgreSQL first pass", value: "skipped", unit: "", note: bin === undefined ? "no PostgreSQL binaries (apt-get install postgresql)" : "pg cannot be loaded (npm install, or GAPTRACE_PG_MODULE)" }];
  const file = generateResponses(benchStudy(), rows, join(dir, `responses-${rows}.csv`));
  const server = startPostgres(bin);
  try {
    const copy = join(server.dir, "responses.csv");
    copyFileSync(file, copy);
    const header = (readFileSync(file, "utf8").slice(0, 1000).split("\n")[0] ?? "").split(",");
    const client = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database });
    await client.connect();
    const t0 = performance.now();
    await client.query(`CREATE UNLOGGED TABLE responses (line bigint GENERATED ALWAYS AS IDENTITY (START WITH 2), ${header.map((h) => `"${h}" text`).join(", ")})`);
    await client.query(`COPY responses (${header.map((h) => `"${h}"`).join(", ")}) FROM '${copy}' WITH (FORMAT csv, HEADER true)`);
    const loadMs = performance.now() - t0;
    await client.end();
    const r = worker(["postgres", "responses", server.host, String(server.port), server.user]);
    return [
      { measure: `PostgreSQL first pass, ${rows.toLocaleString("en-US")} rows`, value: rate(r), unit: "rows/s", note: `${(r.ms / 1000).toFixed(1)} s on the server (table already loaded); ${r.cells} cells; ${r.accepted} accepted / ${r.rejected} rejected` },
      { measure: "PostgreSQL COPY of the same CSV", value: Math.round(rows / (loadMs / 1000)), unit: "rows/s", note: `${(loadMs / 1000).toFixed(1)} s, server-side COPY into an unlogged table` },
      { measure: "PostgreSQL client peak RSS", value: Math.round(r.peakRss / MB), unit: "MB", note: `baseline ${Math.round(r.baselineRss / MB)} MB: the client holds only the small results` },
    ];
  } finally {
    server.stop();
  }
}

const bench: Bench = {
  name: "sql",
  async run(): Promise<readonly BenchRow[]> {
    const dir = join(tmpdir(), "gaptrace-bench-sql");
    mkdirSync(dir, { recursive: true });
    const rows = Number(process.env["GAPTRACE_SQL_BENCH_ROWS"] ?? 10_000_000);
    const pgRows = Number(process.env["GAPTRACE_SQL_BENCH_PG_ROWS"] ?? 2_000_000);
    const big = generateResponses(benchStudy(), rows, join(dir, `responses-${rows}.csv`));
    const small = generateResponses(benchStudy(), 1_000_000, join(dir, "responses-1000000.csv"));
    console.error(`  files: ${big} (${(statSync(big).size / MB).toFixed(0)} MB), ${small}`);
    const d = worker(["duckdb", big]);
    const s = worker(["duckdb", small]);
    const capped = worker(["duckdb", big, "2", "2GB"]);
    const out: BenchRow[] = [
      { measure: `DuckDB first pass, ${rows.toLocaleString("en-US")} rows`, value: rate(d), unit: "rows/s", note: `${(d.ms / 1000).toFixed(1)} s, CSV read included; ${d.cells} cells; ${d.accepted} accepted / ${d.rejected} rejected` },
      { measure: `DuckDB peak RSS, ${rows.toLocaleString("en-US")} rows`, value: Math.round(d.peakRss / MB), unit: "MB", note: `baseline ${Math.round(d.baselineRss / MB)} MB; DuckDB's default memory limit is 80% of RAM, then it spills` },
      { measure: `DuckDB with memory_limit 2GB, ${rows.toLocaleString("en-US")} rows`, value: rate(capped), unit: "rows/s", note: `${(capped.ms / 1000).toFixed(1)} s; peak RSS ${Math.round(capped.peakRss / MB)} MB (DuckDB spills to disk past its limit)` },
      { measure: "DuckDB first pass, 1,000,000 rows", value: rate(s), unit: "rows/s", note: `${(s.ms / 1000).toFixed(1)} s; peak RSS ${Math.round(s.peakRss / MB)} MB` },
    ];
    out.push(...(await postgres(dir, pgRows)));
    return out;
  },
};

export default bench;
