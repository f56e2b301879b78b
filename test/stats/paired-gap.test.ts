import { describe, expect, it } from "vitest";
import { emptyMoments } from "../../src/stats/weighted-moments.js";
import { emptyPairedGap } from "../../src/stats/paired-gap.js";

describe("emptyPairedGap", () => {
  it("holds three empty, independent moments", () => {
    const s = emptyPairedGap();
    expect(s).toEqual({ perception: emptyMoments(), expectation: emptyMoments(), gap: emptyMoments() });
    expect(s.perception).not.toBe(s.expectation);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
