import { describe, expect, it } from "vitest";
import { addValue } from "../../src/stats/add-value.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";

describe("momentsFromValues", () => {
  it("matches the example", () => {
    expect(momentsFromValues([4, 1], [2, 1]).mean).toBe(3);
  });
  it("equals repeated addValue, with unit weights when none are given", () => {
    const m = emptyMoments();
    for (const y of [3, 5, 4]) addValue(m, y, 1);
    expect(momentsFromValues([3, 5, 4])).toEqual(m);
  });
  it("rejects mismatched lengths", () => {
    expect(() => momentsFromValues([1, 2], [1])).toThrow(/gaptrace\/momentsFromValues: expecting as many weights/);
  });
});
