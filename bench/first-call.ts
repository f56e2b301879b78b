/**
 * One first `attribute` call of the airline bench and one repeat, for before/after comparisons: prints a digest of
 * the whole result (every number, NaN and typed arrays included) and the first call's wall and CPU time, with
 * START/END lines around the first call so `--trace-gc` output can be cut to it.
 * Usage: node --max-old-space-size=8000 [--trace-gc] --import tsx --conditions=source bench/first-call.ts <n>
 */
import { createHash } from "node:crypto";
import { attributeWithPriorities } from "./attribute-full.js";
import { collectResponses } from "../src/data/dataset.js";
import { airlineData, airlineStudy } from "./airline.js";

const n = Number(process.argv[2] ?? "130000");
const study = airlineStudy();
const data = airlineData(n);
const table = collectResponses(study, data.rows);
const serialise = (r: unknown): string =>
  JSON.stringify(r, (_k, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) return `#${String(v)}`;
    if (v instanceof Map) return { __map: [...v] };
    if (v instanceof Set) return { __set: [...v] };
    if (ArrayBuffer.isView(v)) return { __ta: Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isFinite(x) ? x : `#${x}`)) };
    return v === undefined ? "#undef" : v;
  });
const digest = (s: string): string => createHash("sha256").update(s).digest("hex").slice(0, 16);
console.log("START");
const t = performance.now();
const c = process.cpuUsage();
const first = attributeWithPriorities(study, { responses: table, cases: data.cases });
const cpu = process.cpuUsage(c);
console.log(`END first ${(performance.now() - t).toFixed(0)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
const a = serialise(first);
const b = serialise(attributeWithPriorities(study, { responses: table, cases: data.cases }));
console.log(`n=${n} first ${digest(a)} (${a.length} chars) repeat ${digest(b)} same=${a === b}`);
