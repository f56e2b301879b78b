import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { expectClose } from "./_close.js";

// Reference values from mpmath (40 digits).
describe("normalCdf", () => {
  it("matches high-precision values, including the far lower tail", () => {
    const cases: [number, number][] = [
      [-37, 5.7255712225245768e-300],
      [-10, 7.6198530241605261e-24],
      [-3, 0.0013498980316300945],
      [-1, 0.15865525393145705],
      [0, 0.5],
      [1, 0.84134474606854295],
      [2.5, 0.99379033467422386],
      [8, 0.99999999999999938],
    ];
    for (const [z, p] of cases) expectClose(normalCdf(z), p, 1e-13, `Φ(${z})`);
  });
  it("matches the example", () => {
    expectClose(normalCdf(1.959963984540054), 0.975, 1e-15);
  });
  it("handles infinities and is symmetric", () => {
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(Infinity)).toBe(1);
    for (const z of [0.3, 1.7, 4.2]) expect(normalCdf(z) + normalCdf(-z)).toBeCloseTo(1, 15);
  });
  it("rejects NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow(/gaptrace\/normalCdf/);
  });
});
