/**
 * The data bench: generate deterministic 1,000,000- and 10,000,000-row long-form responses CSVs for a study at the
 * scale of the real one (in the temp directory, once, never committed), then load and aggregate them through
 * `gaptrace/node` streaming in a fresh process — rows/s and peak RSS — and do the same at 250,000 rows, to show
 * memory does not grow with the file.
 * Finally run the same aggregation (group by question, segment, wave: count, weighted mean, weighted variance)
 * in DuckDB on the same file, check the figures agree, and print the time ratio.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { benchStudy } from "./data-study.js";
import { generateResponses } from "./data-generate.js";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

interface WorkerResult {
  rows: number;
  accepted: number;
  rejected: number;
  byReason: [string, number][];
  balanced: boolean;
  cells: number;
  respondents: number;
  ms: number;
  /** CPU time (user + system) of the load: what a run costs whatever else the machine is doing. */
  cpuMs: number;
  baselineRss: number;
  peakRss: number;
  retainedHeap: number;
  samples: number;
}

/** Run the worker `runs` times in fresh processes; the run with the median time, and the spread of times. */
function median(file: string, runs: number, cellsOut?: string): WorkerResult & { minMs: number; maxMs: number; maxPeakRss: number; medianCpuMs: number } {
  const all = Array.from({ length: runs }, () => runWorker(file, cellsOut)).sort((a, b) => a.ms - b.ms);
  const mid = all[Math.floor(all.length / 2)] as WorkerResult;
  const cpus = all.map((r) => r.cpuMs).sort((a, b) => a - b);
  return { ...mid, minMs: all[0]?.ms ?? mid.ms, maxMs: all[all.length - 1]?.ms ?? mid.ms, maxPeakRss: Math.max(...all.map((r) => r.peakRss)), medianCpuMs: cpus[Math.floor(cpus.length / 2)] as number };
}

function runWorker(file: string, cellsOut?: string): WorkerResult {
  const args = ["--expose-gc", "--import", "tsx", join(here, "data-worker.ts"), file, ...(cellsOut === undefined ? [] : [cellsOut])];
  const out = execFileSync(process.execPath, args, { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 16 * MB });
  const last = out.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as WorkerResult;
}

interface Cell {
  question: string;
  region: string;
  class: string;
  wave: string;
  n: number;
  mean: number;
  variance: number;
}

/** Run the aggregation in DuckDB `runs` times (median time), optionally on a fixed number of threads. */
async function duckdb(file: string, runs: number, threadCount?: number): Promise<{ ms: number; cpuMs: number; cells: Map<string, Cell>; threads: string }> {
  const instance = await DuckDBInstance.create(":memory:", threadCount === undefined ? {} : { threads: String(threadCount) });
  const conn = await instance.connect();
  const threads = String((await conn.runAndReadAll("SELECT current_setting('threads') AS t")).getRowObjectsJS()[0]?.["t"] ?? "?");
  const sql = `
    SELECT question, coalesce(region, '') AS region, coalesce(class, '') AS class, wave,
           count(x) AS n,
           sum(w * x) / sum(w) AS mean,
           CASE WHEN count(x) > 1
                THEN (sum(w * x * x) - sum(w * x) * sum(w * x) / sum(w)) / sum(w) * count(x) / (count(x) - 1)
           END AS variance
    FROM (
      SELECT question, region, class, wave, TRY_CAST(value AS DOUBLE) AS x, coalesce(TRY_CAST(weight AS DOUBLE), 1) AS w
      FROM read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = true)
    )
    WHERE x IS NOT NULL
    GROUP BY ALL`;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let rows: Record<string, unknown>[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    // DuckDB's threads are this process's: its CPU time is theirs (and this thread's, idle while it waits).
    const c0 = process.cpuUsage();
    rows = (await conn.runAndReadAll(sql)).getRowObjectsJS();
    const c = process.cpuUsage(c0);
    times.push(performance.now() - t0);
    cpuTimes.push((c.user + c.system) / 1000);
  }
  const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  const cpuMs = cpuTimes.sort((a, b) => a - b)[Math.floor(cpuTimes.length / 2)] ?? Number.NaN;
  conn.closeSync();
  instance.closeSync();
  const cells = new Map<string, Cell>();
  for (const r of rows) {
    const c: Cell = {
      question: String(r["question"]),
      region: String(r["region"]),
      class: String(r["class"]),
      wave: String(r["wave"]),
      n: Number(r["n"]),
      mean: Number(r["mean"]),
      variance: r["variance"] === null ? Number.NaN : Number(r["variance"]),
    };
    cells.set(`${c.question}|${c.region}|${c.class}|${c.wave}`, c);
  }
  return { ms, cpuMs, cells, threads };
}

/** Compare our cells with DuckDB's (reverse-coded questions are flipped by gaptrace only). */
function crossCheck(cellsFile: string, duck: Map<string, Cell>, reverse: ReadonlySet<string>): { compared: number; countMismatch: number; maxMeanDiff: number; maxVarDiff: number } {
  const ours = JSON.parse(readFileSync(cellsFile, "utf8")) as Cell[];
  let compared = 0;
  let maxMeanDiff = 0;
  let maxVarDiff = 0;
  let countMismatch = 0;
  for (const c of ours) {
    if (reverse.has(c.question)) continue;
    const o = duck.get(`${c.question}|${c.region}|${c.class}|${c.wave}`);
    if (o === undefined || c.n === 0) continue;
    compared++;
    if (o.n !== c.n) countMismatch++;
    maxMeanDiff = Math.max(maxMeanDiff, Math.abs(o.mean - c.mean));
    if (c.n > 1) maxVarDiff = Math.max(maxVarDiff, Math.abs(o.variance - c.variance) / Math.max(1, Math.abs(c.variance)));
  }
  return { compared, countMismatch, maxMeanDiff, maxVarDiff };
}

const bench: Bench = {
  name: "data",
  async run(): Promise<readonly BenchRow[]> {
    const dir = join(tmpdir(), "gaptrace-bench");
    mkdirSync(dir, { recursive: true });
    const study = benchStudy();
    const big = generateResponses(study, 1_000_000, join(dir, "responses-1m.csv"));
    const small = generateResponses(study, 250_000, join(dir, "responses-250k.csv"));
    const huge = generateResponses(study, 10_000_000, join(dir, "responses-10m.csv"));
    const cellsFile = join(dir, "cells-1m.json");
    const cells10File = join(dir, "cells-10m.json");
    console.error(`  files: ${big} (${(statSync(big).size / MB).toFixed(1)} MB), ${small}, ${huge} (${(statSync(huge).size / MB).toFixed(1)} MB)`);

    const s = median(small, 3);
    const b = median(big, 3, cellsFile);
    const h = median(huge, 3, cells10File);
    const parseMedian = (flag: string): number =>
      Array.from({ length: 3 }, () => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", join(here, "data-worker.ts"), big, flag], { cwd: join(here, ".."), encoding: "utf8" }).trim().split("\n").pop() ?? "{}") as { ms: number })
        .map((r) => r.ms)
        .sort((x, y) => x - y)[1] as number;
    const parseOnly = parseMedian("--parse-only");
    const parseBytes = parseMedian("--parse-only-bytes");
    const d = await duckdb(big, 3);
    const d1 = await duckdb(big, 3, 1);
    const d10 = await duckdb(huge, 3);
    const d10one = await duckdb(huge, 3, 1);

    const reverse = new Set(study.evaluationPoints.flatMap((p) => p.questions).filter((q) => q.reverse).map((q) => q.id));
    const x = crossCheck(cellsFile, d.cells, reverse);
    const x10 = crossCheck(cells10File, d10.cells, reverse);
    const rate = (r: { rows: number; ms: number }): number => Math.round(r.rows / (r.ms / 1000));
    const spread = (r: { ms: number; minMs: number; maxMs: number }): string => `median of 3: ${(r.ms / 1000).toFixed(2)} s (${(r.minMs / 1000).toFixed(2)}–${(r.maxMs / 1000).toFixed(2)})`;

    return [
      { measure: "load + aggregate, 1,000,000 rows", value: rate(b), unit: "rows/s", note: `${spread(b)}; ${b.cells} cells, ${b.respondents} respondents` },
      { measure: "load + aggregate, 250,000 rows", value: rate(s), unit: "rows/s", note: `${spread(s)}; ${s.cells} cells` },
      { measure: "load + aggregate, 10,000,000 rows", value: rate(h), unit: "rows/s", note: `${spread(h)}; ${h.cells} cells, ${h.respondents} respondents` },
      { measure: "of which the CSV reader alone, 1M rows", value: Math.round(parseOnly), unit: "ms", note: `median of 3; csvRows' batches (bytes to checked lines to fields as strings, records discarded)` },
      { measure: "the byte-level CSV reader alone, 1M rows", value: Math.round(parseBytes), unit: "ms", note: `median of 3; ${Math.round((parseBytes / b.ms) * 100)}% of the load (bytes to field offsets, rows discarded)` },
      { measure: "peak RSS, 250,000 rows", value: Math.round(s.maxPeakRss / MB), unit: "MB", note: `highest of 3 runs; baseline ${Math.round(s.baselineRss / MB)} MB after imports` },
      { measure: "peak RSS, 1,000,000 rows", value: Math.round(b.maxPeakRss / MB), unit: "MB", note: `highest of 3 runs; baseline ${Math.round(b.baselineRss / MB)} MB` },
      { measure: "peak RSS, 10,000,000 rows", value: Math.round(h.maxPeakRss / MB), unit: "MB", note: `highest of 3 runs; baseline ${Math.round(h.baselineRss / MB)} MB` },
      { measure: "heap kept after the load, 250k → 1M → 10M rows", value: `${Math.round(s.retainedHeap / MB)} → ${Math.round(b.retainedHeap / MB)} → ${Math.round(h.retainedHeap / MB)}`, unit: "MB", note: `after a forced GC: cells + respondent tracking (${s.respondents} → ${b.respondents} → ${h.respondents} respondents)` },
      { measure: "ledger 1M: accepted / rejected", value: `${b.accepted} / ${b.rejected}`, unit: "rows", note: `${b.byReason.map(([k, v]) => `${k} ${v}`).join(", ")}; balanced: ${b.balanced}` },
      { measure: "ledger 10M: accepted / rejected", value: `${h.accepted} / ${h.rejected}`, unit: "rows", note: `${h.byReason.map(([k, v]) => `${k} ${v}`).join(", ")}; balanced: ${h.balanced}` },
      { measure: "DuckDB same aggregation, 1M rows", value: Math.round(d.ms), unit: "ms", note: `read_csv + GROUP BY, ${d.threads} threads, median of 3` },
      { measure: "DuckDB same aggregation, 1M rows, 1 thread", value: Math.round(d1.ms), unit: "ms", note: "median of 3" },
      { measure: "DuckDB same aggregation, 10M rows", value: Math.round(d10.ms), unit: "ms", note: `${d10.threads} threads, median of 3` },
      { measure: "DuckDB same aggregation, 10M rows, 1 thread", value: Math.round(d10one.ms), unit: "ms", note: "median of 3" },
      { measure: "throughput gaptrace / DuckDB 1 thread, 1M rows", value: d1.ms / b.ms, unit: "×", note: `goal ≥ 0.5; ${(d.ms / b.ms).toFixed(2)}× against ${d.threads} DuckDB threads; gaptrace also validates every row and keeps a ledger` },
      { measure: "throughput gaptrace / DuckDB 1 thread, 10M rows", value: d10one.ms / h.ms, unit: "×", note: `goal ≥ 0.5; ${(d10.ms / h.ms).toFixed(2)}× against ${d10.threads} DuckDB threads` },
      { measure: "CPU time, 1M rows: gaptrace / DuckDB 1 thread", value: `${Math.round(b.medianCpuMs)} / ${Math.round(d1.cpuMs)}`, unit: "ms", note: `medians of 3; throughput ratio on equal CPU ${(d1.cpuMs / b.medianCpuMs).toFixed(2)}× (goal ≥ 0.5); DuckDB on ${d.threads} threads: ${Math.round(d.cpuMs)} ms` },
      { measure: "CPU time, 10M rows: gaptrace / DuckDB 1 thread", value: `${Math.round(h.medianCpuMs)} / ${Math.round(d10one.cpuMs)}`, unit: "ms", note: `medians of 3; throughput ratio on equal CPU ${(d10one.cpuMs / h.medianCpuMs).toFixed(2)}× (goal ≥ 0.5); DuckDB on ${d10.threads} threads: ${Math.round(d10.cpuMs)} ms` },
      { measure: "cross-check vs DuckDB, 1M rows", value: x.compared, unit: "cells", note: `count mismatches ${x.countMismatch}; max |Δmean| ${x.maxMeanDiff.toExponential(1)}; max rel Δvar ${x.maxVarDiff.toExponential(1)}` },
      { measure: "cross-check vs DuckDB, 10M rows", value: x10.compared, unit: "cells", note: `count mismatches ${x10.countMismatch}; max |Δmean| ${x10.maxMeanDiff.toExponential(1)}; max rel Δvar ${x10.maxVarDiff.toExponential(1)}` },
    ];
  },
};

export default bench;
