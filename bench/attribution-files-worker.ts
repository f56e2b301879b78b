/**
 * One attribution run over files, in a fresh process, measuring what a user's process holds: the study read with
 * `loadStudyFileSync`, the responses and cases read with `readResponsesCsv` / `readCasesCsv` (gaptrace/node), then
 * `attribute` twice (first and repeat call). The files come from bench/attribution-data.ts (another process).
 * RSS and heap are read after each phase, and peak RSS (`maxRSS`) too; with `--expose-gc`, the heap retained after
 * a collection at each phase is also given. Prints one JSON line.
 * Usage: node --expose-gc --import tsx bench/attribution-files-worker.ts <folder>
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { attributeWithPriorities } from "./attribute-full.js";
import { collectResponses } from "../src/data/dataset.js";
import { readCasesCsv, readResponsesCsv } from "../src/node/data.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { scoreRecovery } from "../src/simulate/score.js";
import type { SimulationTruth } from "../src/simulate/plant.js";
import { segmentColumns } from "./segment-columns.js";

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

/** RSS now, peak RSS so far, and (with --expose-gc) the heap still reachable after a full collection. */
function phase(): { rssMb: number; peakRssMb: number; heapMb: number; externalMb: number; retainedHeapMb?: number } {
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const m = process.memoryUsage();
  const out = { rssMb: m.rss / MB, peakRssMb, heapMb: m.heapUsed / MB, externalMb: (m.external + m.arrayBuffers) / MB };
  if (gc === undefined) return out;
  gc();
  return { ...out, retainedHeapMb: process.memoryUsage().heapUsed / MB };
}

const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: attribution-files-worker.ts <folder from attribution-data.ts>");
const afterImports = phase();
const t0 = performance.now();
const study = loadStudyFileSync(join(dir, "study.json")).study;
if (study === undefined) throw new Error(`${dir}/study.json is not a valid study`);
const tStudy = performance.now() - t0;
const t1 = performance.now();
const table = await collectResponses(study, readResponsesCsv(study, join(dir, "responses.csv"), { segments: segmentColumns(join(dir, "responses.csv")) }));
const cases = await readCasesCsv(study, join(dir, "cases.csv"), { segments: segmentColumns(join(dir, "cases.csv")) });
const tLoad = performance.now() - t1;
const afterLoad = phase();
const t2 = performance.now();
const c2 = process.cpuUsage();
const result = attributeWithPriorities(study, { responses: table, cases });
const cpuAttribute = process.cpuUsage(c2);
const tAttribute = performance.now() - t2;
const afterAttribute = phase();
const t3 = performance.now();
const c3 = process.cpuUsage();
attributeWithPriorities(study, { responses: table, cases });
const cpuRepeat = process.cpuUsage(c3);
const tRepeat = performance.now() - t3;
const afterRepeat = phase();
// A digest of the whole result (maps as entries, typed arrays as lists), to check a change altered no result.
const digest = createHash("sha256")
  .update(JSON.stringify(result, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)))
  .digest("hex")
  .slice(0, 16);
const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as SimulationTruth;
const score = scoreRecovery(study, truth, result);
console.log(
  JSON.stringify({
    steps: study.blueprints.reduce((n, b) => n + b.steps.length, 0),
    handoffs: study.blueprints.reduce((n, b) => n + b.handoffs.length, 0),
    answers: table.answers.count,
    cases: cases.count,
    tests: result.tests.length,
    findings: result.findings.length,
    recovered: `${score.recovered.length}/${score.planted}`,
    spurious: score.spurious.length,
    digest,
    studyMs: tStudy,
    loadMs: tLoad,
    attributeMs: tAttribute,
    attributeCpuMs: (cpuAttribute.user + cpuAttribute.system) / 1000,
    repeatMs: tRepeat,
    repeatCpuMs: (cpuRepeat.user + cpuRepeat.system) / 1000,
    afterImports,
    afterLoad,
    afterAttribute,
    afterRepeat,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
