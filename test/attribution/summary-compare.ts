/**
 * Comparing two survey summaries made by different routes (in process, merged parts, SQL engines): the same
 * entries in the same order, counts exactly, sums and moments to a relative tolerance.
 */
import { expect } from "vitest";
import type { SurveySummary } from "../../src/attribution/shared/survey-summary.js";

/** Fields that count respondents, answers or rows: equal exactly. */
const COUNTS = new Set(["n", "nZeroWeight", "count", "rows", "answered", "customers", "staff", "minExternal", "version"]);

function close(a: unknown, b: unknown, tol: number, path: string, key: string, out: string[]): void {
  if (typeof a === "number" && typeof b === "number") {
    const ok = (Number.isNaN(a) && Number.isNaN(b)) || a === b || (!COUNTS.has(key) && Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b)));
    if (!ok) out.push(`${path}: ${a} vs ${b}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: length ${a.length} vs ${b.length}`);
    else a.forEach((x, i) => close(x, b[i], tol, `${path}[${i}]`, key === "answered" ? key : String(i), out));
    return;
  }
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join() !== kb.join()) out.push(`${path}: keys ${ka.join()} vs ${kb.join()}`);
    else for (const k of ka) close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol, `${path}.${k}`, k, out);
    return;
  }
  if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
}

/**
 * Expect two values (summaries, attributions) to agree: counts exactly, every other number to `tol` relative.
 *
 * @param actual - the value under test.
 * @param expected - the reference.
 * @param tol - the relative tolerance.
 */
export function expectClose(actual: unknown, expected: unknown, tol: number): void {
  const out: string[] = [];
  close(actual, expected, tol, "value", "", out);
  expect(out.slice(0, 20)).toEqual([]);
}

/**
 * Expect two summaries to agree: counts exactly, every other number to `tol` relative (to 1 for small numbers).
 *
 * @param actual - the summary under test.
 * @param expected - the reference summary.
 * @param tol - the relative tolerance.
 */
export function expectSummariesClose(actual: SurveySummary, expected: SurveySummary, tol: number): void {
  const out: string[] = [];
  close(actual, expected, tol, "summary", "", out);
  expect(out.slice(0, 20)).toEqual([]);
}
