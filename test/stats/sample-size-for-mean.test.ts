import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleSizeForMean } from "../../src/stats/sample-size-for-mean.js";
import { expectClose } from "./_close.js";

const z = 1.959963984540054;

describe("sampleSizeForMean", () => {
  it("matches the examples: Cochran's n0 rounded up, and a census of 12", () => {
    const plan = sampleSizeForMean(1, 0.1, 0.95);
    expectClose(plan.n0, (z / 0.1) ** 2, 1e-14);
    expect([plan.n, plan.required, plan.invitations, plan.census, plan.reachable]).toEqual([385, 385, 385, false, true]);
    const dispatchers = sampleSizeForMean(1, 0.1, 0.95, { population: 12 });
    expect([dispatchers.n, dispatchers.census, dispatchers.reachable, dispatchers.marginOfError]).toEqual([12, true, true, 0]);
    expectClose(dispatchers.marginOfErrorInfinite, z / Math.sqrt(12), 1e-14);
    expect(dispatchers.note).toMatch(/^a census: invite all 12/);
  });
  it("applies the finite-population correction n0 / (1 + (n0 − 1)/N) and the design effect", () => {
    const plan = sampleSizeForMean(1.2, 0.1, 0.95, { population: 1000, designEffect: 1.5 });
    const n0 = (1.5 * (z * 1.2) ** 2) / 0.01;
    expectClose(plan.n0, n0, 1e-14);
    expect(plan.n).toBe(Math.ceil(n0 / (1 + (n0 - 1) / 1000)));
  });
  it("says when the target cannot be reached and what a census gives", () => {
    const plan = sampleSizeForMean(1, 0.1, 0.95, { population: 12, responseRate: 0.5 });
    expect([plan.required, plan.n, plan.invitations, plan.census, plan.reachable]).toEqual([12, 6, 12, true, false]);
    expectClose(plan.marginOfError, z * Math.sqrt((12 - 6) / (6 * 11)), 1e-14);
    expect(plan.note).toMatch(/needs 12 completed answers but at a 50% response rate the population of 12 yields about 6/);
  });
  it("never asks for more than the population and always meets the target when reachable", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        fc.integer({ min: 1, max: 100_000 }),
        (sd, e, conf, N) => {
          const plan = sampleSizeForMean(sd, e, conf, { population: N });
          expect(plan.n).toBeLessThanOrEqual(N);
          expect(plan.invitations).toBeLessThanOrEqual(N);
          expect(plan.n).toBeGreaterThanOrEqual(1);
          expect(plan.reachable).toBe(true);
          expect(plan.marginOfError).toBeLessThanOrEqual(e * (1 + 1e-9));
        },
      ),
    );
  });
  it("rejects impossible inputs", () => {
    expect(() => sampleSizeForMean(0, 0.1, 0.95)).toThrow(/gaptrace\/sampleSizeForMean: expecting sd > 0/);
    expect(() => sampleSizeForMean(1, 0.1, 95)).toThrow(/gaptrace\/sampleSizeForMean/);
    expect(() => sampleSizeForMean(1, 0.1, 0.95, { population: 12.5 })).toThrow(/gaptrace\/sampleSizeForMean/);
    expect(() => sampleSizeForMean(1, 0.1, 0.95, { responseRate: 0 })).toThrow(/gaptrace\/sampleSizeForMean/);
  });
});

describe("a population too small to give any answer", () => {
  it("invites everyone (a census), says no estimate is possible, and never returns −0", () => {
    const plan = sampleSizeForMean(1, 0.1, 0.95, { population: 1, responseRate: 0.4 });
    expect(plan.n).toBe(0);
    expect(Object.is(plan.invitations, -0)).toBe(false);
    expect(plan.invitations).toBe(1);
    expect(plan.census).toBe(true);
    expect(plan.reachable).toBe(false);
    expect(plan.note).toContain("no estimate is possible");
  });
});
