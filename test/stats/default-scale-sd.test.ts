import { describe, expect, it } from "vitest";
import { defaultScaleSd } from "../../src/stats/default-scale-sd.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";

describe("defaultScaleSd", () => {
  it("matches the examples", () => {
    expect(defaultScaleSd(1, 5)).toBe(1);
    expect(defaultScaleSd(1, 5, { rule: "maximum" })).toBe(2);
    expect(defaultScaleSd(0, 10)).toBe(2.5);
  });
  it("'maximum' is attained by half the answers at each end", () => {
    const m = momentsFromValues([1, 5, 1, 5, 1, 5]);
    expect(Math.sqrt(m.m2 / m.sumW)).toBe(defaultScaleSd(1, 5, { rule: "maximum" }));
  });
  it("rejects an empty range or unknown rule", () => {
    expect(() => defaultScaleSd(5, 5)).toThrow(/gaptrace\/defaultScaleSd/);
    expect(() => defaultScaleSd(1, 5, { rule: "range/6" as "range/4" })).toThrow(/gaptrace\/defaultScaleSd/);
  });
});
