import { describe, expect, it } from "vitest";
import { estimateTopBox } from "../../src/stats/estimate-top-box.js";
import { histogramFromValues } from "../../src/stats/histogram-from-values.js";

describe("estimateTopBox", () => {
  const h = histogramFromValues([5, 4, 3, 5, 2, 4, 5, 1, 4, 4]);
  it("matches the example: the share at or above the lowest top-box value", () => {
    const e = estimateTopBox(h, 4, { minN: 10 });
    expect(e.kind === "estimate" && [e.value, e.successes]).toEqual([0.7, 7]);
    const top = estimateTopBox(h, 5, { minN: 10 });
    expect(top.kind === "estimate" && top.value).toBe(0.3);
  });
  it("passes the options on and checks its threshold", () => {
    expect(estimateTopBox(h, 4).kind).toBe("insufficient");
    expect(() => estimateTopBox(h, Number.NaN)).toThrow(/gaptrace\/estimateTopBox/);
  });
});
