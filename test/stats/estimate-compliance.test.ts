import { describe, expect, it } from "vitest";
import { estimateCompliance } from "../../src/stats/estimate-compliance.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";
import { wilsonInterval } from "../../src/stats/wilson-interval.js";
import { expectAllClose } from "./_close.js";

describe("estimateCompliance", () => {
  const arrivals = histogramFromValues([20, 35, 44, 50, 30, 41, 38, 47, 25, 33]);
  it("matches the example: Wilson interval and a verdict against the target", () => {
    const e = estimateCompliance(arrivals, { threshold: 45, better: "lower", target: 0.95 }, { minN: 10 });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expect([e.value, e.verdict]).toEqual([0.8, "misses"]);
    expectAllClose([...e.ci], wilsonInterval(0.8, 10), 1e-12);
  });
  it("counts the threshold itself as compliant, in both directions", () => {
    const atThreshold = histogramFromValues([45, 45, 46, 44]);
    const lower = estimateCompliance(atThreshold, { threshold: 45, better: "lower" }, { minN: 4 });
    const higher = estimateCompliance(atThreshold, { threshold: 45, better: "higher" }, { minN: 4 });
    expect(lower.kind === "estimate" && lower.value).toBe(0.75);
    expect(higher.kind === "estimate" && higher.value).toBe(0.75);
  });
  it("gives 'meets', 'inconclusive' or null as the evidence allows", () => {
    const good = histogramFromValues(Array.from({ length: 400 }, (_, i) => (i < 398 ? 30 : 60)));
    const meets = estimateCompliance(good, { threshold: 45, better: "lower", target: 0.95 });
    expect(meets.kind === "estimate" && meets.verdict).toBe("meets");
    const close = estimateCompliance(good, { threshold: 45, better: "lower", target: 0.995 });
    expect(close.kind === "estimate" && close.verdict).toBe("inconclusive");
    const none = estimateCompliance(good, { threshold: 45, better: "lower" });
    expect(none.kind === "estimate" && none.verdict).toBe(null);
  });
  it("rejects a malformed standard", () => {
    expect(() => estimateCompliance(arrivals, { threshold: 45, better: "less" as "lower" })).toThrow(/gaptrace\/estimateCompliance/);
    expect(() => estimateCompliance(arrivals, { threshold: 45, better: "lower", target: 95 })).toThrow(/gaptrace\/estimateCompliance/);
  });
});
