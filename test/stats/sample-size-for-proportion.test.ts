import { describe, expect, it } from "vitest";
import { sampleSizeForProportion } from "../../src/stats/sample-size-for-proportion.js";

describe("sampleSizeForProportion", () => {
  it("matches the examples: 385 for ±5 points at 95%, 323 from a population of 2000", () => {
    expect(sampleSizeForProportion(0.5, 0.05, 0.95).n).toBe(385);
    expect(sampleSizeForProportion(0.5, 0.05, 0.95, { population: 2000 }).n).toBe(323);
  });
  it("defaults to the conservative p = 0.5, and needs fewer answers for lopsided shares", () => {
    expect(sampleSizeForProportion(undefined, 0.05, 0.95).n).toBe(385);
    expect(sampleSizeForProportion(0.9, 0.05, 0.95).n).toBe(139);
  });
  it("scales with the design effect and response rate", () => {
    const plan = sampleSizeForProportion(0.5, 0.05, 0.95, { designEffect: 1.4, responseRate: 0.25 });
    expect(plan.n).toBe(538);
    expect(plan.invitations).toBe(2152);
    expect(plan.note).toBe("538 completed answers (invite 2152) give ±5 points");
  });
  it("cannot reach ±5 points from 12 dispatchers at an 80% response rate, and says what a census gives", () => {
    const plan = sampleSizeForProportion(undefined, 0.05, 0.95, { population: 12, responseRate: 0.8 });
    expect([plan.required, plan.n, plan.reachable, plan.census]).toEqual([12, 9, false, true]);
    expect(plan.marginOfError).toBeGreaterThan(0.15);
    expect(plan.note).toMatch(/a census gives ±17\.1 points$/);
  });
  it("rejects p outside (0, 1)", () => {
    expect(() => sampleSizeForProportion(1, 0.05, 0.95)).toThrow(/gaptrace\/sampleSizeForProportion/);
  });
});
