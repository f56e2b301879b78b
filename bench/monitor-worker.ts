/**
 * One measured run of the monitor bench, in its own process so its peak RSS is its own. Modes:
 * - `file`: read a JSON Lines event file line by line (`gaptrace/node` eventLines), parse and push every event
 *   into a monitor (the `gaptrace watch` path); peak RSS sampled every 10 ms, heap retained after a GC at the end.
 * - `objects`: parse the file into objects first (not timed), then time only `monitor.push` over them.
 *
 * Usage: `node --expose-gc --import tsx --conditions=source bench/monitor-worker.ts <events.jsonl> <file|objects>`
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { eventLines } from "../src/node/monitor.js";
import { createMonitor } from "../src/monitor/monitor.js";

const [file, mode = "file"] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: monitor-worker.ts <events.jsonl> <file|objects>");
const study = loadStudyFileSync(new URL("../examples/studies/power-utility.study.yaml", import.meta.url).pathname).study!;
const gc = (globalThis as { gc?: () => void }).gc;

if (mode === "objects") {
  const events = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as unknown);
  const monitor = createMonitor(study);
  let alerts = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const e of events) alerts += monitor.push(e).length;
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ events: events.length, alerts, ms, cpuMs: (cpu.user + cpu.system) / 1000, rejected: monitor.ledger.rejected }));
  process.exit(0);
}

gc?.();
const baselineRss = process.memoryUsage().rss;
let peakRss = baselineRss;
const timer = setInterval(() => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
}, 10);
const monitor = createMonitor(study);
let alerts = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for await (const e of eventLines(file)) alerts += monitor.push(e).length;
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
gc?.();
const retainedHeap = process.memoryUsage().heapUsed;
const st = monitor.status();
console.log(JSON.stringify({ events: monitor.ledger.read, accepted: monitor.ledger.accepted, rejected: monitor.ledger.rejected, balanced: monitor.ledger.reconciles(), alerts, open: st.open.length, ordersOpen: st.orders.open, ms, cpuMs: (cpu.user + cpu.system) / 1000, baselineRss, peakRss, retainedHeap }));
