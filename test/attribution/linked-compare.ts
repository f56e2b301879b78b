/**
 * What the trace of an attribution decides, for comparing routes (respondents, summaries, SQL): every link of every
 * gap (grade, effect, share, reason), the causes and the unexplained share, what each process finding explains,
 * the linkage and the coverage.
 */
import { expect } from "vitest";
import type { Attribution } from "../../src/attribution/attribute.js";
import type { LinkedSummary } from "../../src/attribution/shared/linked-summary.js";
import { expectClose } from "./summary-compare.js";

/**
 * The trace's decisions of an attribution.
 *
 * @param r - the attribution.
 * @returns the links, causes, explained gaps, linkage and coverage.
 */
export function traced(r: Attribution) {
  return {
    findings: r.findings.map((f) => ({ id: f.id, post: f.post, ...(f.tag === "customer-dissatisfaction" ? { links: f.links, causes: f.causes, unexplained: f.unexplainedShare } : { explains: f.explains }) })),
    linkage: r.linkage,
    coverage: r.coverage,
  };
}

/**
 * Expect two linked summaries to agree: counts exactly, every number to `tol` relative, but round 2's score
 * Σ w e ž, which is 0 at the solution (the normal equations) and so only rounding noise in any route, against its
 * scale: 1e-12 × √(Σ w²e²) × n.
 *
 * @param actual - the summary under test.
 * @param expected - the reference.
 * @param tol - the relative tolerance.
 */
export function expectLinkedClose(actual: LinkedSummary, expected: LinkedSummary, tol: number): void {
  const noScore = (s: LinkedSummary): unknown => ({ ...s, waves: s.waves.map((w) => ({ ...w, drivers: w.drivers.map((d) => ({ ...d, round2: d.round2 === undefined ? undefined : { ...d.round2, residuals: d.round2.residuals.meat } })) })) });
  expectClose(noScore(actual), noScore(expected), tol);
  actual.waves.forEach((w, i) =>
    w.drivers.forEach((d, j) => {
      const ref = expected.waves[i]?.drivers[j]?.round2;
      d.round2?.residuals.score.forEach((s, a) => expect(Math.abs(s - (ref?.residuals.score[a] ?? NaN))).toBeLessThan(1e-12 * Math.sqrt(Math.abs(ref?.residuals.meat[0] ?? 0)) * Math.max(1, d.cross.n)));
    }),
  );
}
