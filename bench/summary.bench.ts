/**
 * The survey-summary bench (issue 12 part 3): the airline-shaped study at 15,000 and 130,000 linked passengers
 * (`GAPTRACE_SUMMARY_BENCH_N` = comma-separated sizes to change it). In process: load the CSV, summarise, attribute
 * from the summary (first and repeat call) and from the table; and DuckDB's first pass with the summary on the
 * same file, in the same run. Each size is a fresh process (bench/summary-worker.ts).
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Bench, BenchRow } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));

const bench: Bench = {
  name: "summary",
  async run() {
    const sizes = (process.env["GAPTRACE_SUMMARY_BENCH_N"] ?? "15000,130000").split(",").map(Number);
    const rows: BenchRow[] = [];
    for (const n of sizes) {
      const csv = join(tmpdir(), `gaptrace-summary-bench-${n}.csv`);
      try {
        const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=source", join(here, "summary-worker.ts"), String(n), csv], { cwd: join(here, ".."), encoding: "utf8", maxBuffer: 1 << 26 });
        const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Record<string, number | boolean>;
        const note = `${n.toLocaleString("en-US")} passengers, ${Number(r["answers"]).toLocaleString("en-US")} answers`;
        const ms = (k: string): number => Math.round(Number(r[k]));
        rows.push(
          { measure: "load the CSV in process", value: ms("loadMs"), unit: "ms", note },
          { measure: "summariseSurvey", value: ms("summariseMs"), unit: "ms", note },
          { measure: "attribute from the summary (first call)", value: ms("attributeSummaryMs"), unit: "ms", note },
          { measure: "attribute from the summary (repeat call)", value: ms("repeatSummaryMs"), unit: "ms", note },
          { measure: "attribute from the table", value: ms("attributeTableMs"), unit: "ms", note },
          { measure: "DuckDB: first pass + summary of the file", value: ms("duckdbMs"), unit: "ms", note },
          { measure: "summary as JSON", value: Math.round(Number(r["summaryBytes"]) / 1024), unit: "KiB", note: `same tests as the table's: ${String(r["sameTests"])}` },
          { measure: "peak RSS", value: Math.round(Number(r["peakRssMb"])), unit: "MB", note },
        );
      } finally {
        rmSync(csv, { force: true });
      }
    }
    return rows;
  },
};

export default bench;
