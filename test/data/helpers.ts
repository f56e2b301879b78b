/**
 * Test helpers for the data tests: ledger reconciliation (asserted after every load, good or bad) and a compact
 * view of which lines were rejected for what.
 */
import { expect } from "vitest";
import { Ledger, type LedgerSummary } from "../../src/data/ledger.js";

/** Assert that the books balance: rows, values and reasons all add up. */
export function expectBalanced(ledger: Ledger | LedgerSummary): void {
  const s = ledger instanceof Ledger ? ledger.summary() : ledger;
  expect(s.rowsRead).toBe(s.accepted + s.rejected);
  expect(s.values.read).toBe(s.values.valid + s.values.missing + s.values.dontKnow + (s.values.notApplicable ?? 0) + s.values.rejected);
  const reasons = s.byReason.reduce((n, [, c]) => n + c, 0);
  expect(reasons).toBe(s.rejected + s.values.rejected);
  if (ledger instanceof Ledger) expect(ledger.reconciles()).toBe(true);
}

/** The kept problems as `line: code` strings, sorted by line (then code). */
export function rejections(ledger: Ledger | LedgerSummary): string[] {
  const s = ledger instanceof Ledger ? ledger.summary() : ledger;
  return s.problems
    .map((p) => [p.location?.line ?? 0, p.code] as const)
    .sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1))
    .map(([l, c]) => `${l}: ${c}`);
}

/** Drain an async iterable into an array. */
export async function drain<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
