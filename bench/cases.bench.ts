/**
 * The cases bench: the case side of the first pass (rows checked with the loader's reasons, durations on every
 * standard's clock, the case summary the attribution reads) over a large messy work-order CSV (the SQL tests'
 * generator, `GAPTRACE_CASES_BENCH_ORDERS` work orders, 200,000 by default, about 1.7 million rows), in process and
 * in DuckDB (one and two threads), in fresh processes; and in PostgreSQL over the same rows loaded into a throwaway
 * server (skipped, saying so, without Debian's binaries or `pg`). Rows/s, wall time and peak RSS.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeMessyCases } from "../test/sql/messy-cases.js";
import { postgresBin, startPostgres } from "../test/sql/postgres-server.js";
import { casesBenchStudy } from "./cases-study.js";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

interface WorkerResult {
  rows: number;
  accepted: number;
  rejected: number;
  cases: number;
  measured: number;
  ms: number;
  baselineRss: number;
  peakRss: number;
}

function worker(args: string[]): WorkerResult {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=source", join(here, "cases-worker.ts"), ...args], { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 16 * MB, env: process.env });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as WorkerResult;
}

const rate = (r: WorkerResult): number => Math.round(r.rows / (r.ms / 1000));
const row = (measure: string, r: WorkerResult): BenchRow => ({
  measure,
  value: rate(r),
  unit: "rows/s",
  note: `${(r.ms / 1000).toFixed(2)} s; ${r.cases.toLocaleString("en-US")} cases, ${r.rejected.toLocaleString("en-US")} rows rejected; peak RSS ${Math.round(r.peakRss / MB)} MB (baseline ${Math.round(r.baselineRss / MB)})`,
});

async function postgres(file: string): Promise<BenchRow[]> {
  const bin = postgresBin();
  let pg: { Client: new (c: unknown) => { connect(): Promise<void>; query(s: string): Promise<unknown>; end(): Promise<void> } } | undefined;
  try {
    const m = (await import(process.env["GAPTRACE_PG_MODULE"] ?? "pg")) as { default?: unknown };
    pg = (m.default ?? m) as typeof pg;
  } catch {
    pg = undefined;
  }
  if (bin === undefined || pg === undefined) return [{ measure: "PostgreSQL case pass", value: "skipped", unit: "", note: bin === undefined ? "no PostgreSQL binaries (apt-get install postgresql)" : "pg cannot be loaded" }];
  const server = startPostgres(bin);
  try {
    const copy = join(server.dir, "cases.csv");
    copyFileSync(file, copy);
    const header = (readFileSync(file, "utf8").slice(0, 1000).split("\n")[0] ?? "").split(",");
    const client = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database });
    await client.connect();
    await client.query(`CREATE UNLOGGED TABLE cases (line bigint GENERATED ALWAYS AS IDENTITY (START WITH 2), ${header.map((h) => `"${h}" text`).join(", ")})`);
    await client.query(`COPY cases (${header.map((h) => `"${h}"`).join(", ")}) FROM '${copy}' WITH (FORMAT csv, HEADER true)`);
    await client.end();
    return [row("PostgreSQL case pass (table loaded)", worker(["postgres", "cases", server.host, String(server.port), server.user]))];
  } finally {
    server.stop();
  }
}

const bench: Bench = {
  name: "cases",
  async run(): Promise<readonly BenchRow[]> {
    const dir = join(tmpdir(), "gaptrace-bench-cases");
    mkdirSync(dir, { recursive: true });
    const orders = Number(process.env["GAPTRACE_CASES_BENCH_ORDERS"] ?? 200_000);
    const file = join(dir, `cases-${orders}.csv`);
    if (!existsSync(file)) writeMessyCases(casesBenchStudy(), orders, file);
    console.error(`  file: ${file} (${(statSync(file).size / MB).toFixed(0)} MB)`);
    const mine = worker(["inprocess", file]);
    const d1 = worker(["duckdb", file, "1"]);
    const d2 = worker(["duckdb", file, "2"]);
    const same = mine.rows === d1.rows && mine.accepted === d1.accepted && mine.cases === d1.cases && mine.measured === d1.measured;
    return [
      row(`in process (readCasesCsv + caseSummary), ${orders.toLocaleString("en-US")} work orders`, mine),
      row("DuckDB case pass, 1 thread", d1),
      row("DuckDB case pass, 2 threads", d2),
      { measure: "DuckDB / in process, 1 thread", value: (rate(d1) / rate(mine)).toFixed(2), unit: "×", note: same ? "same rows, accepted, cases and measured durations" : "COUNTS DIFFER: see the test suite" },
      ...(await postgres(file)),
    ];
  },
};

export default bench;
