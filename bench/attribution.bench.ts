/**
 * The attribution bench, two routes:
 * - **from files** (what a user's process holds): for generated blueprints of 1,000 to 20,000 steps, the study and
 *   its simulated data are written to files by a process of their own (bench/attribution-data.ts, once, in
 *   `$TMPDIR/gaptrace-bench/`), then a fresh worker (bench/attribution-files-worker.ts) reads them through
 *   `gaptrace/node` and attributes twice; reported: first and repeat call, per step + hand-off, load time, and
 *   peak RSS after imports, after loading and after attributing;
 * - **in process** (the older figure): the bundled study and the same generated studies validated, simulated,
 *   loaded from the simulator's rows and attributed in one process (bench/attribution-worker.ts), so the
 *   simulator's objects count in its peak.
 * `GAPTRACE_ATTRIBUTION_ROUTES=files` (or `inprocess`) runs one route; `GAPTRACE_ATTRIBUTION_RUNS` (default 3) sets
 * the runs per size (the median by attribution time is reported).
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const SIZES = ["1000", "2500", "5000", "10000", "20000"];
const RUNS = Number(process.env["GAPTRACE_ATTRIBUTION_RUNS"] ?? "3");
const ROUTES = (process.env["GAPTRACE_ATTRIBUTION_ROUTES"] ?? "files,inprocess").split(",");

interface Common {
  steps: number;
  handoffs: number;
  answers: number;
  cases: number;
  tests: number;
  findings: number;
  recovered: string;
  spurious: number;
  digest: string;
  attributeMs: number;
  repeatMs: number;
  peakRssMb: number;
}

interface InProcessRun extends Common {
  validateMs: number;
  simulateMs: number;
  collectMs: number;
}

interface Phase {
  rssMb: number;
  peakRssMb: number;
  retainedHeapMb?: number;
}

interface FilesRun extends Common {
  studyMs: number;
  loadMs: number;
  attributeCpuMs: number;
  repeatCpuMs: number;
  afterImports: Phase;
  afterLoad: Phase;
  afterAttribute: Phase;
  afterRepeat: Phase;
}

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

function last<T>(out: string): T {
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as T;
}

/** Median of `RUNS` runs by attribution time. */
function median<T extends Common>(run: () => T): T {
  const runs = Array.from({ length: RUNS }, run).sort((a, b) => a.attributeMs - b.attributeMs);
  return runs[Math.floor(runs.length / 2)] as T;
}

const sizeNote = (r: Common): string =>
  `${r.steps} steps, ${r.handoffs} hand-offs, ${r.answers.toLocaleString("en-US")} answers, ${r.cases.toLocaleString("en-US")} cases; ${r.tests} tests, ${r.findings} findings, recovered ${r.recovered}, spurious ${r.spurious}; result ${r.digest}`;
const mb = (x: number): number => Math.round(x);

function filesRows(arg: string): BenchRow[] {
  const dir = node(["--conditions=source", "--import", "tsx", join(here, "attribution-data.ts"), arg]).trim().split("\n").pop() ?? "";
  const r = median(() => last<FilesRun>(node(["--expose-gc", "--conditions=source", "--import", "tsx", join(here, "attribution-files-worker.ts"), dir])));
  const label = `from files, ${arg} steps`;
  return [
    { measure: `${label}: attribute`, value: Math.round(r.attributeMs), unit: "ms", note: `${sizeNote(r)}; CPU ${Math.round(r.attributeCpuMs)} ms` },
    { measure: `${label}: attribute, repeat call`, value: Math.round(r.repeatMs), unit: "ms", note: `CPU ${Math.round(r.repeatCpuMs)} ms` },
    { measure: `${label}: attribute per step+hand-off`, value: Math.round((r.attributeMs * 1000) / (r.steps + r.handoffs)), unit: "µs", note: `repeat ${Math.round((r.repeatMs * 1000) / (r.steps + r.handoffs))} µs` },
    { measure: `${label}: read study + data`, value: Math.round(r.studyMs + r.loadMs), unit: "ms", note: `study ${Math.round(r.studyMs)}, responses + cases ${Math.round(r.loadMs)}` },
    {
      measure: `${label}: peak RSS`,
      value: mb(r.peakRssMb),
      unit: "MB",
      note: `peak after imports ${mb(r.afterImports.peakRssMb)}, after load ${mb(r.afterLoad.peakRssMb)}, after attribute ${mb(r.afterAttribute.peakRssMb)}; heap kept after attribute ${mb(r.afterAttribute.retainedHeapMb ?? Number.NaN)} MB`,
    },
  ];
}

function inProcessRows(arg: string): BenchRow[] {
  const r = median(() => last<InProcessRun>(node(["--conditions=source", "--import", "tsx", join(here, "attribution-worker.ts"), arg])));
  const label = arg === "bundled" ? "in process, bundled study" : `in process, ${arg} steps`;
  return [
    { measure: `${label}: attribute`, value: Math.round(r.attributeMs), unit: "ms", note: sizeNote(r) },
    { measure: `${label}: attribute, repeat call`, value: Math.round(r.repeatMs), unit: "ms", note: "same study and data again in the same process (cached views, indexes and graph)" },
    { measure: `${label}: validate + simulate + load`, value: Math.round(r.validateMs + r.simulateMs + r.collectMs), unit: "ms", note: `validate ${Math.round(r.validateMs)}, simulate ${Math.round(r.simulateMs)}, load ${Math.round(r.collectMs)}` },
    { measure: `${label}: peak RSS`, value: mb(r.peakRssMb), unit: "MB", note: "whole process, with the simulator's objects" },
  ];
}

const bench: Bench = {
  name: "attribution",
  async run() {
    const rows: BenchRow[] = [];
    if (ROUTES.includes("files"))
      for (const arg of SIZES) {
        console.error(`  attribution from files: ${arg}`);
        rows.push(...filesRows(arg));
      }
    if (ROUTES.includes("inprocess"))
      for (const arg of ["bundled", ...SIZES]) {
        console.error(`  attribution in process: ${arg}`);
        rows.push(...inProcessRows(arg));
      }
    return rows;
  },
};
export default bench;
