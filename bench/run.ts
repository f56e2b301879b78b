/**
 * The bench runner behind `npm run bench`: imports every `bench/*.bench.ts` module in turn (alphabetically), runs
 * its default-exported {@link Bench} and prints one table of all results. Pass names to run only some:
 * `npm run bench -- data`. Benches are kept out of `npm test` (vitest only collects `test/**\/*.test.ts`).
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();

const table: (BenchRow & { bench: string })[] = [];
let failed = false;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Bench };
  const bench = mod.default;
  if (bench === undefined || typeof bench.run !== "function") {
    console.error(`bench/${file}: no default-exported Bench; skipped.`);
    continue;
  }
  if (only.length > 0 && !only.includes(bench.name)) continue;
  console.error(`▶ ${bench.name} (bench/${file})`);
  try {
    for (const row of await bench.run()) table.push({ bench: bench.name, ...row });
  } catch (e) {
    failed = true;
    console.error(`✗ ${bench.name} failed:`, e);
  }
}

const fmt = (v: number | string): string =>
  typeof v === "string" ? v : Number.isInteger(v) ? v.toLocaleString("en-US") : v.toLocaleString("en-US", { maximumFractionDigits: 2 });
const rows = table.map((r) => [r.bench, r.measure, fmt(r.value), r.unit, r.note ?? ""]);
const head = ["bench", "measure", "value", "unit", "note"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
console.log(line(head));
console.log(`|${widths.map((w, i) => (i === 2 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`);
for (const r of rows) console.log(line(r));
if (failed) process.exitCode = 1;
