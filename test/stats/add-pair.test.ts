import { describe, expect, it } from "vitest";
import { addPair } from "../../src/stats/add-pair.js";
import { emptyPairedGap } from "../../src/stats/paired-gap.js";

describe("addPair", () => {
  it("matches the example", () => {
    const s = addPair(emptyPairedGap(), 3, 5);
    expect(s.gap.mean).toBe(-2);
    expect([s.perception.mean, s.expectation.mean]).toEqual([3, 5]);
  });
  it("leaves the summary untouched when the pair is invalid", () => {
    const s = addPair(emptyPairedGap(), 3, 5, 2);
    const before = JSON.stringify(s);
    expect(() => addPair(s, 4, Number.NaN)).toThrow(/gaptrace\/addPair/);
    expect(() => addPair(s, 4, 4, -1)).toThrow(/gaptrace\/addPair/);
    expect(JSON.stringify(s)).toBe(before);
  });
});
