/**
 * The attribution bench: the bundled study end to end (validate, simulate ~15,000 responses with planted causes,
 * load them, attribute), then generated blueprints of 1,000 to 20,000 steps with data proportional to their size,
 * each in a fresh process. Reports time per stage, peak RSS, and attribution time per (step + hand-off), which
 * stays about constant when cost grows linearly.
 */
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));

interface Run {
  study: string;
  steps: number;
  handoffs: number;
  answers: number;
  cases: number;
  tests: number;
  findings: number;
  recovered: string;
  spurious: number;
  validateMs: number;
  simulateMs: number;
  collectMs: number;
  attributeMs: number;
  repeatMs: number;
  peakRssMb: number;
}

function run(arg: string): Run {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(here, "attribution-worker.ts"), arg], { cwd: join(here, ".."), encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as Run;
}

/** Median of three runs by attribution time. */
function median3(arg: string): Run {
  const runs = [run(arg), run(arg), run(arg)].sort((a, b) => a.attributeMs - b.attributeMs);
  return runs[1] as Run;
}

const bench: Bench = {
  name: "attribution",
  async run() {
    const rows: BenchRow[] = [];
    for (const arg of ["bundled", "1000", "2500", "5000", "10000", "20000"]) {
      console.error(`  attribution: ${arg}`);
      const r = median3(arg);
      const size = `${r.steps} steps, ${r.handoffs} hand-offs, ${r.answers.toLocaleString("en-US")} answers, ${r.cases.toLocaleString("en-US")} cases`;
      const label = arg === "bundled" ? "bundled study" : `generated ${arg} steps`;
      rows.push({ measure: `${label}: attribute`, value: Math.round(r.attributeMs), unit: "ms", note: `${size}; ${r.tests} tests, ${r.findings} findings, recovered ${r.recovered}, spurious ${r.spurious}` });
      rows.push({ measure: `${label}: attribute, repeat call`, value: Math.round(r.repeatMs), unit: "ms", note: "same study and data again in the same process (cached views, indexes and graph)" });
      rows.push({ measure: `${label}: attribute per step+hand-off`, value: Math.round((r.attributeMs * 1000) / (r.steps + r.handoffs)), unit: "µs" });
      rows.push({ measure: `${label}: validate + simulate + load`, value: Math.round(r.validateMs + r.simulateMs + r.collectMs), unit: "ms", note: `validate ${Math.round(r.validateMs)}, simulate ${Math.round(r.simulateMs)}, load ${Math.round(r.collectMs)}` });
      rows.push({ measure: `${label}: peak RSS`, value: Math.round(r.peakRssMb), unit: "MB", note: "whole process, fresh" });
    }
    return rows;
  },
};
export default bench;
