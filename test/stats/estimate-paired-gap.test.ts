import { describe, expect, it } from "vitest";
import { addPair } from "../../src/stats/add-pair.js";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { estimatePairedGap } from "../../src/stats/estimate-paired-gap.js";
import { emptyPairedGap } from "../../src/stats/paired-gap.js";
import { expectClose } from "./_close.js";

describe("estimatePairedGap", () => {
  const s = emptyPairedGap();
  for (const [p, e] of [[3, 5], [4, 4], [2, 5], [4, 5]] as const) addPair(s, p, e);
  it("matches the example", () => {
    const e = estimatePairedGap(s, { minN: 4 });
    if (e.kind !== "estimate") throw new Error("expected an estimate");
    expect([e.value, e.perception, e.expectation]).toEqual([-1.5, 3.25, 4.75]);
    // Differences −2, 0, −3, −1: s² = 5/3, SE = √(s²/4).
    expectClose(e.se, Math.sqrt(5 / 3 / 4), 1e-14);
    expect(e.method).toMatch(/^paired gap P − E: /);
  });
  it("uses the SE of the differences, smaller than treating P̄ and Ē as independent when they move together", () => {
    const t = emptyPairedGap();
    for (let i = 0; i < 40; i++) addPair(t, 1 + (i % 5), Math.min(5, 1 + (i % 5) + (i % 2)));
    const gap = estimatePairedGap(t);
    const p = estimateMean(t.perception);
    const e = estimateMean(t.expectation);
    if (gap.kind !== "estimate" || p.kind !== "estimate" || e.kind !== "estimate") throw new Error("expected estimates");
    expect(gap.se).toBeLessThan(Math.sqrt(p.se ** 2 + e.se ** 2) / 2);
  });
  it("is insufficient below minN", () => {
    expect(estimatePairedGap(s).kind).toBe("insufficient");
  });
});
