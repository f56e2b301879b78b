/**
 * Memory by loading phase, in a fresh process: the study (`loadStudyFileSync`), the responses and the cases
 * (gaptrace/node), each followed by RSS, peak RSS (`maxRSS`), heap used and, with `--expose-gc`, the heap kept after
 * a full collection. Order: study, cases, responses, so the case reader's peak is read apart from the responses'.
 * Prints one JSON line. Usage: node --expose-gc --import tsx bench/load-phases-worker.ts <folder> [study|cases|responses|all]
 */
import { join } from "node:path";
import { collectResponses } from "../src/data/dataset.js";
import { readCasesCsv, readResponsesCsv } from "../src/node/data.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { segmentColumns } from "./segment-columns.js";

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

function phase(ms: number): Record<string, number> {
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const m = process.memoryUsage();
  const out: Record<string, number> = { ms: Math.round(ms), rssMb: Math.round(m.rss / MB), peakRssMb, heapMb: Math.round(m.heapUsed / MB), arrayBuffersMb: Math.round(m.arrayBuffers / MB) };
  if (gc !== undefined) {
    gc();
    const k = process.memoryUsage();
    out.keptHeapMb = Math.round(k.heapUsed / MB);
    out.keptArrayBuffersMb = Math.round(k.arrayBuffers / MB);
  }
  return out;
}


const dir = process.argv[2];
const which = process.argv[3] ?? "all";
if (dir === undefined) throw new Error("usage: load-phases-worker.ts <folder> [study|cases|responses|all]");
const out: Record<string, unknown> = { imports: phase(0) };
let t = performance.now();
const study = loadStudyFileSync(join(dir, "study.json")).study;
if (study === undefined) throw new Error("invalid study");
out.study = phase(performance.now() - t);
if (which === "all" || which === "cases") {
  t = performance.now();
  const cases = await readCasesCsv(study, join(dir, "cases.csv"), { segments: segmentColumns(join(dir, "cases.csv")) });
  out.cases = { ...phase(performance.now() - t), count: cases.count };
}
if (which === "all" || which === "responses") {
  t = performance.now();
  const table = await collectResponses(study, readResponsesCsv(study, join(dir, "responses.csv"), { segments: segmentColumns(join(dir, "responses.csv")) }));
  out.responses = { ...phase(performance.now() - t), answers: table.answers.count };
}
console.log(JSON.stringify(out));
