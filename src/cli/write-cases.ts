/**
 * Simulated case records as the CSV the case readers take: long form, one event per row (`case, event, time,
 * wave`, then one column per segment dimension), times in ISO 8601 with a UTC offset. The simulator itself
 * writes only responses as CSV; this is its counterpart for cases, kept in the CLI because only `simulate` needs it.
 * @module
 */
import type { SimCase } from "../simulate/simulate.js";

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * An epoch time as ISO 8601 in a fixed UTC offset, e.g. `2026-03-02T08:00:00+08:00` (milliseconds only when
 * they are not zero).
 *
 * @param ms - epoch milliseconds.
 * @param offsetMinutes - minutes east of UTC (default 480, China Standard Time).
 * @returns the time text.
 * @example
 * ```ts
 * isoWithOffset(Date.UTC(2026, 2, 2, 0, 0)); // "2026-03-02T08:00:00+08:00"
 * ```
 */
export function isoWithOffset(ms: number, offsetMinutes = 480): string {
  const d = new Date(Math.round(ms) + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const off = Math.abs(offsetMinutes);
  const millis = d.getUTCMilliseconds();
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${millis === 0 ? "" : `.${pad(millis, 3)}`}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

/**
 * Case records as long-form CSV text.
 *
 * @param cases - simulated cases (from `simulateStudy`).
 * @param offsetMinutes - the UTC offset to write times in (default +08:00).
 * @returns CSV with a header: `case,event,time,wave,<segment dimensions…>`; one row per event, cases in order.
 * @example
 * ```ts
 * writeFileSync("cases.csv", casesCsv(simulateStudy(study).cases));
 * ```
 */
export function casesCsv(cases: readonly SimCase[], offsetMinutes = 480): string {
  const dims = [...new Set(cases.flatMap((c) => c.segment.map(([k]) => k)))].sort();
  const lines = [["case", "event", "time", "wave", ...dims].map(csvCell).join(",")];
  for (const c of cases) {
    const seg = new Map(c.segment);
    const tail = [c.wave, ...dims.map((d) => seg.get(d) ?? "")].map(csvCell).join(",");
    for (const [event, ms] of c.events) lines.push(`${csvCell(c.id)},${csvCell(event)},${isoWithOffset(ms, offsetMinutes)},${tail}`);
  }
  return `${lines.join("\n")}\n`;
}
