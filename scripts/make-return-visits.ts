/**
 * Writes the export-shaped example files in examples/data/return-visits/: an outage work-order export and a
 * return-visit survey (回访) sampled from the closed orders, both as a Chinese-locale Excel would save them
 * (GB18030, Chinese headers, local times without an offset, "不适用" and 9 codes, blank and mistyped work-order
 * numbers). Written once by this small seeded script, independent of gaptrace's own simulator, so the engine is
 * judged on data it did not make. Run: `npx tsx scripts/make-return-visits.ts` (needs `iconv`).
 *
 * The truth behind the files: a customer whose own crew arrived later than the area's standard rates the
 * arrival 1.5 points lower (1–5); rural customers rate everything 0.4 lower whatever happened (a confounder:
 * rural arrivals are also slower); dispatch misses its 5 minutes in about a third of orders with no effect on any
 * rating (a decoy); a restoration over 4 hours costs the restoration rating 1 point.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../examples/data/return-visits/", import.meta.url));
let seed = 20260302;
const uniform = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const normal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
const logNormal = (median: number, sd: number): number => median * Math.exp(sd * normal());
const clamp = (x: number): number => Math.min(5, Math.max(1, Math.round(x)));
const MIN = 60_000;
const local = (t: number): string => new Date(t + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");

interface Order { id: string; area: "urban" | "rural"; faultClass: "ordinary" | "complex"; reported: number; created: number; dispatched: number; departed: number; onSite: number; restored: number }
const orders: Order[] = [];
const t0 = Date.parse("2026-03-02T07:30:00+08:00");
for (let i = 0; i < 1500; i++) {
  const area = uniform() < 0.6 ? "urban" : "rural";
  const reported = t0 + i * 17 * MIN + Math.floor(uniform() * 10 * MIN);
  const created = reported + (1 + 3 * uniform()) * MIN;
  const dispatched = created + logNormal(4, 0.5) * MIN;
  const departed = dispatched + logNormal(6, 0.4) * MIN;
  const onSite = departed + logNormal(area === "urban" ? 31 : 58, 0.35) * MIN;
  const faultClass = uniform() < 0.8 ? "ordinary" : "complex";
  const restored = onSite + logNormal(faultClass === "ordinary" ? 100 : 240, 0.45) * MIN;
  orders.push({ id: `GD2603${String(i + 1).padStart(5, "0")}`, area, faultClass, reported, created, dispatched, departed, onSite, restored });
}
const rows = [["工单编号", "area", "fault_class", "报修时间", "工单生成时间", "派单时间", "出发时间", "到达现场时间", "恢复送电时间"].join(",")];
for (const o of orders) rows.push([o.id, o.area, o.faultClass, local(o.reported), local(o.created), local(o.dispatched), local(o.departed), local(o.onSite), local(o.restored)].join(","));
writeFileSync(`${dir}抢修工单.utf8.csv`, `${rows.join("\r\n")}\r\n`);

// The survey: 1,000 customers sampled from the closed orders, without replacement.
const pool = orders.map((_, i) => i);
for (let i = pool.length - 1; i > 0; i--) {
  const j = Math.floor(uniform() * (i + 1));
  [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
}
const survey = [["回访编号", "工单编号", "area", "到达及时", "可接受等待分钟", "抢修速度", "坐席态度", "总体满意度", "备注"].join(",")];
pool.slice(0, 1000).forEach((oi, k) => {
  const o = orders[oi] as Order;
  const arrivalMin = (o.onSite - o.reported) / MIN;
  const late = arrivalMin > (o.area === "urban" ? 45 : 90);
  const slowRestore = o.faultClass === "ordinary" && (o.restored - o.reported) / MIN > 240;
  const rural = o.area === "rural" ? 0.4 : 0;
  const arrival = 4.3 - (late ? 1.5 : 0) - rural + 0.7 * normal();
  const restore = 4.1 - (slowRestore ? 1 : 0) - rural + 0.7 * normal();
  const attitude = 4.4 - rural + 0.6 * normal();
  const overall = (arrival + restore + attitude) / 3 + 0.4 * normal();
  // Work-order numbers as the fieldwork firm typed them: some left blank, some mistyped.
  const u = uniform();
  const link = u < 0.04 ? "" : u < 0.05 ? `GD2603${String(90000 + k)}` : o.id;
  const accept = Math.round(logNormal(50, 0.4));
  const note = k % 97 === 0 ? '"来得太慢, 等了很久"' : "";
  survey.push([
    `HF${String(k + 1).padStart(5, "0")}`, link, o.area,
    uniform() < 0.03 ? "9" : String(clamp(arrival)),
    uniform() < 0.05 ? "不清楚" : String(accept),
    String(clamp(restore)),
    uniform() < 0.06 ? "不适用" : String(clamp(attitude)),
    String(clamp(overall)),
    note,
  ].join(","));
});
writeFileSync(`${dir}回访调查.utf8.csv`, `${survey.join("\r\n")}\r\n`);
for (const name of ["抢修工单", "回访调查"]) {
  const bytes = execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030", `${dir}${name}.utf8.csv`]);
  writeFileSync(`${dir}${name}.csv`, bytes);
  execFileSync("rm", [`${dir}${name}.utf8.csv`]);
}
console.log(`wrote ${orders.length} work orders and 1000 survey rows to ${dir}`);
