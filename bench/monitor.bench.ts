/**
 * The monitor bench: a seeded event stream (complaints of five kinds in four regions, repair orders, return-visit
 * answers, planted outbreaks) written once as JSON Lines in the temp directory — 250,000 and 1,000,000 events,
 * the first a prefix of the second's stream — then pushed through the monitor in a fresh process: events/s from
 * the file (read, parse, monitor: the `gaptrace watch` path), events/s of the monitor alone on parsed objects,
 * peak RSS and heap retained at both lengths (memory flat in stream length). DuckDB, in the same run, counts the
 * same file's complaints in the same windows (kind × region × hour, and kind × hour), the work a window count
 * needs without the control limits, routing or escalation.
 */
import { execFileSync } from "node:child_process";
import { createWriteStream, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { simulateEventStream, type StreamOptions } from "../src/monitor/stream.js";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

const STREAM: StreamOptions = {
  seed: 2026,
  days: 400,
  isoTimes: true,
  complaints: [
    { kind: "billing_error", perHour: 60 },
    { kind: "slow_reconnection", perHour: 40 },
    { kind: "slow_repair", perHour: 80 },
    { kind: "outage_information", perHour: 50 },
    { kind: "service_attitude", perHour: 30 },
  ],
  customers: 2_000_000,
  ordersPerHour: 120,
  answers: { perDay: 400, questions: ["q_or_arrival_timely_p", "q_pr_reconnect_timely_p", "q_ic_overall_p"] },
  outbreaks: [
    { type: "surge", kind: "billing_error", startHour: 24 * 20 + 9, hours: 6, factor: 3 },
    { type: "crew-shortage", startHour: 24 * 25, hours: 8, factor: 3 },
  ],
};

async function write(n: number): Promise<string> {
  const file = join(tmpdir(), `gaptrace-monitor-bench-${n}.jsonl`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  let i = 0;
  for (const e of simulateEventStream(STREAM)) {
    if (i++ >= n) break;
    if (!out.write(`${JSON.stringify(e)}\n`)) await new Promise<void>((ok) => { out.once("drain", () => ok()); });
  }
  await new Promise<void>((ok) => { out.end(() => ok()); });
  return file;
}

interface FileRun {
  events: number;
  accepted: number;
  rejected: number;
  balanced: boolean;
  alerts: number;
  ms: number;
  cpuMs: number;
  baselineRss: number;
  peakRss: number;
  retainedHeap: number;
}

function worker<T>(file: string, mode: string): T {
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "--conditions=source", join(here, "monitor-worker.ts"), file, mode], { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 16 * MB });
  return JSON.parse(out.trim().split("\n").pop() ?? "") as T;
}

function medianOf<T extends { ms: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)] as T;
}

async function duckdb(file: string, runs: number): Promise<{ ms: number; windows: number; threads: string }> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const conn = await instance.connect();
  const sql = `
    WITH c AS (
      SELECT kind, region, time_bucket(INTERVAL 1 HOUR, CAST(time AS TIMESTAMPTZ)) AS w
      FROM read_ndjson('${file.replaceAll("'", "''")}', columns = {type: 'VARCHAR', time: 'VARCHAR', kind: 'VARCHAR', region: 'VARCHAR'})
      WHERE type = 'complaint'
    )
    SELECT (SELECT count(*) FROM (SELECT kind, region, w, count(*) FROM c GROUP BY ALL)) +
           (SELECT count(*) FROM (SELECT kind, w, count(*) FROM c GROUP BY ALL)) AS windows`;
  const times: number[] = [];
  let windows = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await conn.runAndReadAll(sql);
    times.push(performance.now() - t0);
    windows = Number(r.getRowObjectsJS()[0]?.["windows"] ?? 0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? 0, windows, threads: "1" };
}

const bench: Bench = {
  name: "monitor",
  async run(): Promise<readonly BenchRow[]> {
    const rows: BenchRow[] = [];
    const small = await write(250_000);
    const big = await write(1_000_000);
    console.error(`  events file: ${big} (${(statSync(big).size / MB).toFixed(0)} MB)`);
    for (const [label, file] of [["250k", small], ["1M", big]] as const) {
      const r = medianOf(Array.from({ length: 3 }, () => worker<FileRun>(file, "file")));
      if (!r.balanced) throw new Error("the monitor's ledger does not balance");
      rows.push({ measure: `watch path ${label}: read + parse + monitor`, value: Math.round(r.events / (r.ms / 1000)), unit: "events/s", note: `${r.events} events in ${r.ms.toFixed(0)} ms (cpu ${r.cpuMs.toFixed(0)} ms), ${r.alerts} alerts, ${r.rejected} rejected; median of 3` });
      rows.push({ measure: `watch path ${label}: peak RSS above start`, value: Math.round((r.peakRss - r.baselineRss) / MB), unit: "MB", note: `peak ${(r.peakRss / MB).toFixed(0)} MB; heap retained after GC ${(r.retainedHeap / MB).toFixed(1)} MB` });
    }
    const o = medianOf(Array.from({ length: 3 }, () => worker<{ events: number; ms: number; cpuMs: number; alerts: number }>(big, "objects")));
    rows.push({ measure: "monitor alone 1M: push over parsed objects", value: Math.round(o.events / (o.ms / 1000)), unit: "events/s", note: `${o.ms.toFixed(0)} ms (cpu ${o.cpuMs.toFixed(0)} ms); median of 3` });
    const d = await duckdb(big, 3);
    const watch = rows[2]?.value as number;
    rows.push({ measure: "DuckDB 1M: count complaint windows (kind×region×hour + kind×hour)", value: Math.round(1_000_000 / (d.ms / 1000)), unit: "events/s", note: `${d.windows} windows in ${d.ms.toFixed(0)} ms on ${d.threads} thread; median of 3` });
    rows.push({ measure: "watch path / DuckDB (1M)", value: Number((watch / (1_000_000 / (d.ms / 1000))).toFixed(2)), unit: "×", note: "DuckDB only counts windows: no limits, routing, escalation, ledger" });
    return rows;
  },
};

export default bench;
