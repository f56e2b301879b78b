/**
 * One measured run of the data bench, in its own process so its peak RSS is its own: stream a responses CSV
 * through `gaptrace/node` (`readResponsesCsv`) into `aggregate`, sampling `process.memoryUsage().rss` every 10 ms,
 * and print one JSON line with the timing, memory, ledger and (optionally) the cells for a cross-check.
 *
 * Usage: `node --expose-gc --import tsx bench/data-worker.ts <file.csv> [cells-out.json | --parse-only | --parse-only-bytes]`
 */
import { createReadStream, writeFileSync } from "node:fs";
import { aggregate } from "../src/data/aggregate.js";
import { segmentValue } from "../src/data/segment.js";
import { CsvByteReader } from "../src/data/csv-bytes.js";
import { csvRows, forEachItem, type SourceItem } from "../src/data/source.js";
import { readResponsesCsv } from "../src/node/index.js";
import { weightedVariance } from "../src/stats/weighted-variance.js";
import { benchStudy } from "./data-study.js";

const [file, cellsOut] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: data-worker.ts <file.csv> [cells-out.json | --parse-only]");

if (cellsOut === "--parse-only-bytes") {
  // The byte-level reader alone (the route readResponsesCsv takes): bytes to field offsets, rows discarded.
  const t0 = performance.now();
  let records = 0;
  const reader = new CsvByteReader();
  const sink = { item: (item: SourceItem) => void (item.kind === "cells" && records++), row: () => void records++ };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) reader.push(chunk as Uint8Array, sink);
  reader.end(sink);
  console.log(JSON.stringify({ rows: records, ms: performance.now() - t0 }));
  process.exit(0);
}

if (cellsOut === "--parse-only") {
  // The CSV reader alone (same chunks, records discarded), to show how much of the load is reading CSV.
  const t0 = performance.now();
  let records = 0;
  await forEachItem(csvRows(createReadStream(file, { highWaterMark: 1 << 20 })), (item) => {
    if (item.kind === "cells") records++;
  });
  console.log(JSON.stringify({ rows: records, ms: performance.now() - t0 }));
  process.exit(0);
}

const study = benchStudy();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const samples: number[] = [];
const timer = setInterval(() => {
  const rss = process.memoryUsage().rss;
  samples.push(rss);
  if (rss > peakRss) peakRss = rss;
}, 10);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const source = readResponsesCsv(study, file, { segments: ["region", "class"] });
const agg = await aggregate(study, source);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

if (cellsOut !== undefined) {
  const cells = [...agg.cells.values()].map((c) => ({
    question: c.question,
    region: segmentValue(c.segment, "region") ?? "",
    class: segmentValue(c.segment, "class") ?? "",
    wave: c.wave,
    n: c.moments.n,
    mean: c.moments.mean,
    variance: weightedVariance(c.moments),
  }));
  writeFileSync(cellsOut, JSON.stringify(cells));
}

// What the load keeps alive (cells, respondent tracking), as opposed to garbage not yet collected.
(globalThis as { gc?: () => void }).gc?.();
const retainedHeap = process.memoryUsage().heapUsed;

const l = agg.ledger;
console.log(
  JSON.stringify({
    rows: l.rowsRead,
    accepted: l.accepted,
    rejected: l.rejected,
    byReason: l.byReason,
    values: l.values,
    balanced: l.rowsRead === l.accepted + l.rejected,
    cells: agg.cells.size,
    respondents: source.respondentCount,
    ms,
    cpuMs,
    baselineRss,
    peakRss,
    retainedHeap,
    samples: samples.length,
  }),
);
