import { describe, expect, it } from "vitest";
import { attributableFraction, type TwoByTwo } from "../../src/stats/attributable-fraction.js";

/** A small seeded generator (mulberry32), so the coverage check is the same on every run. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("attributableFraction", () => {
  it("is the outcomes in excess among the exposed, over all outcomes", () => {
    const t: TwoByTwo = { exposedWith: 150, exposedWithout: 150, unexposedWith: 70, unexposedWithout: 630 };
    const af = attributableFraction(t);
    expect(af.value).toBeCloseTo((150 - (300 * 70) / 700) / 220, 14);
    expect(af.n).toBe(1000);
    expect(af.ci[0]).toBeLessThan(af.value);
    expect(af.ci[1]).toBeGreaterThan(af.value);
    expect(af.ci[1]).toBeLessThan(1);
    expect(af.pValue).toBeLessThan(1e-6);
  });

  it("has the delta method's standard error (checked against a numerical gradient)", () => {
    const t: TwoByTwo = { exposedWith: 41, exposedWithout: 77, unexposedWith: 33, unexposedWithout: 512 };
    const cells = [t.exposedWith, t.exposedWithout, t.unexposedWith, t.unexposedWithout];
    const f = (p: readonly number[]): number => attributableFraction({ exposedWith: p[0] ?? 0, exposedWithout: p[1] ?? 0, unexposedWith: p[2] ?? 0, unexposedWithout: p[3] ?? 0 }).value;
    const n = cells.reduce((a, b) => a + b, 0);
    const pi = cells.map((x) => x / n);
    const h = 1e-7;
    const g = pi.map((_, i) => (f(pi.map((x, j) => (j === i ? x + h : x))) - f(pi.map((x, j) => (j === i ? x - h : x)))) / (2 * h));
    const mean = g.reduce((a, gi, i) => a + gi * (pi[i] ?? 0), 0);
    const variance = (g.reduce((a, gi, i) => a + gi * gi * (pi[i] ?? 0), 0) - mean * mean) / n;
    expect(attributableFraction(t).se).toBeCloseTo(Math.sqrt(variance), 7);
  });

  it("covers the truth about as often as it says (2,000 seeded tables)", () => {
    const r = rng(2026);
    const truth = (0.3 * (0.5 - 0.1)) / (0.3 * 0.5 + 0.7 * 0.1);
    let covered = 0;
    const reps = 2000;
    for (let k = 0; k < reps; k++) {
      const t = { exposedWith: 0, exposedWithout: 0, unexposedWith: 0, unexposedWithout: 0 };
      for (let i = 0; i < 800; i++) {
        const exposed = r() < 0.3;
        const outcome = r() < (exposed ? 0.5 : 0.1);
        if (exposed) outcome ? t.exposedWith++ : t.exposedWithout++;
        else outcome ? t.unexposedWith++ : t.unexposedWithout++;
      }
      const af = attributableFraction(t);
      if (af.ci[0] <= truth && truth <= af.ci[1]) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.925);
    expect(covered / reps).toBeLessThan(0.97);
  });

  it("is negative when the exposed have fewer outcomes, and two-sided about it", () => {
    const af = attributableFraction({ exposedWith: 10, exposedWithout: 290, unexposedWith: 140, unexposedWithout: 560 });
    expect(af.value).toBeLessThan(0);
    expect(af.ci[1]).toBeLessThan(0);
    expect(af.pValue).toBeLessThan(0.05);
  });

  it("is undefined without outcomes or without one of the groups; an empty cell gets half a case, never an exact 1", () => {
    expect(attributableFraction({ exposedWith: 0, exposedWithout: 10, unexposedWith: 0, unexposedWithout: 10 }).value).toBeNaN();
    expect(attributableFraction({ exposedWith: 5, exposedWithout: 10, unexposedWith: 0, unexposedWithout: 0 }).value).toBeNaN();
    // No outcome among the unexposed: half a case in every cell, so the estimate is below 1 and has an error.
    const all = attributableFraction({ exposedWith: 30, exposedWithout: 10, unexposedWith: 0, unexposedWithout: 60 });
    expect(all.value).toBeCloseTo((30.5 - (41 * 0.5) / 61) / 31, 12);
    expect(all.se).toBeGreaterThan(0);
    expect(all.ci.every(Number.isFinite)).toBe(true);
    expect(all.ci[1]).toBeLessThan(1);
    // A single case is no evidence: the interval is wide and reaches below 0.
    const one = attributableFraction({ exposedWith: 1, exposedWithout: 0, unexposedWith: 0, unexposedWithout: 5 });
    expect(one.ci[0]).toBeLessThan(0);
    expect(() => attributableFraction({ exposedWith: 1, exposedWithout: 1, unexposedWith: 1, unexposedWithout: 1 }, 1.5)).toThrow(/level/);
  });
});
