/** Tests of the exact Shapley (LMG) decomposition of R²: the shared driver contract, closed forms and the limit. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { relativeWeights } from "../../../src/stats/drivers/relative-weights.js";
import { SHAPLEY_MAX_PREDICTORS, shapleyR2 } from "../../../src/stats/drivers/shapley-r2.js";
import { driverContract, ok } from "./driver-contract.js";
import { driverData, R_CASES, surveyData } from "./fixture.js";

driverContract("shapleyR2", shapleyR2, "shapley", "shapley");

describe("shapleyR2, closed forms and axioms", () => {
  it("with two points equals the closed form ((r₁² + R² − r₂²) / 2, (r₂² + R² − r₁²) / 2) (property)", () => {
    fc.assert(
      fc.property(surveyData({ minP: 2, maxP: 2, weighted: true }), (data) => {
        const r = shapleyR2(data);
        fc.pre(r.kind === "ok" && r.drivers.length === 2);
        const [d1, d2] = r.drivers as [(typeof r.drivers)[0], (typeof r.drivers)[0]];
        const r2 = r.rSquared;
        expect(Math.abs(d1.raw - (d1.correlation ** 2 + r2 - d2.correlation ** 2) / 2)).toBeLessThan(1e-12);
        expect(Math.abs(d2.raw - (d2.correlation ** 2 + r2 - d1.correlation ** 2) / 2)).toBeLessThan(1e-12);
      }),
    );
  });

  it("with two points, R² itself has the closed form (r₁² + r₂² − 2 r₁ r₂ r₁₂) / (1 − r₁₂²)", () => {
    // r12 = 0.8, r1y = 0.8, r2y = 1 (the doc example): R² = (0.64 + 1 − 1.28) / 0.36 = 1.
    const r = ok(shapleyR2({ predictors: ["a", "b"], scores: [[1, 1], [2, 3], [3, 2], [4, 4]], overall: [1, 3, 2, 4] }));
    expect(r.rSquared).toBeCloseTo(1, 14);
    expect(r.drivers[0]!.raw).toBeCloseTo((0.64 + 1 - 1) / 2, 14);
  });

  it("gives nothing to a point that adds nothing (dummy axiom)", () => {
    // "noise" is uncorrelated with overall and with the other points, so every marginal contribution is 0.
    const fact = [-1, 1].flatMap((a) => [-1, 1].flatMap((b) => [-1, 1].map((c) => [a, b, c])));
    const r = ok(shapleyR2({ predictors: ["a", "noise"], scores: fact.map(([a, , c]) => [a!, c!]), overall: fact.map(([a, b]) => 2 * a! + b!) }));
    expect(r.drivers[1]!.raw).toBe(0);
    expect(r.drivers[0]!.raw).toBeCloseTo(0.8, 14);
  });

  it("stays close to relative weights, which approximate it (within 0.03 of R² on the R cases)", () => {
    for (const c of Object.values(R_CASES)) {
      const s = ok(shapleyR2(driverData(c), { missing: c.missing }));
      const w = ok(relativeWeights(driverData(c), { missing: c.missing }));
      s.drivers.forEach((d, j) => expect(Math.abs(d.share - w.drivers[j]!.share)).toBeLessThan(0.03));
    }
  });
});

describe("shapleyR2 predictor limit", () => {
  const wide = (p: number, constant = -1) => {
    const n = p + 20;
    // A deterministic, well-conditioned design: column j is a different frequency of a cosine.
    const scores = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => (j === constant ? 5 : Math.round(5 + 4 * Math.cos(((i + 1) * (j + 1) * 2.399) % 6.283)))));
    return { predictors: Array.from({ length: p }, (_, j) => `p${j + 1}`), scores, overall: scores.map((row, i) => row.reduce((s, x) => s + x, 0) + (i % 3)) };
  };

  it(`computes exactly up to ${SHAPLEY_MAX_PREDICTORS} points (the 12-point R case is checked above)`, () => {
    expect(SHAPLEY_MAX_PREDICTORS).toBe(12);
    expect(R_CASES.twelve!.predictors).toHaveLength(12);
    expect(shapleyR2(wide(12)).kind).toBe("ok");
  });

  it("returns too-many-predictors beyond the limit, pointing to relativeWeights", () => {
    const r = shapleyR2(wide(13));
    expect(r.kind).toBe("too-many-predictors");
    if (r.kind !== "too-many-predictors") return;
    expect(r.predictors).toBe(13);
    expect(r.limit).toBe(12);
    expect(r.problem.code).toBe("drivers/too-many-predictors");
    expect(r.problem.message).toMatch(/too many predictors for exact Shapley/i);
    expect(r.problem.hint).toMatch(/relativeWeights/);
    expect(relativeWeights(wide(13)).kind).toBe("ok");
  });

  it("counts points after dropping constant ones (13 given, one constant: computed on 12)", () => {
    const r = ok(shapleyR2(wide(13, 4)));
    expect(r.drivers).toHaveLength(12);
    expect(r.dropped).toEqual([{ predictor: "p5", reason: "constant" }]);
  });
});
