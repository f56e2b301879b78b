import { describe, expect, it } from "vitest";
import { assertSameBases, assertSameBasis, basisDifferences, BasisMismatchError, describeDifferences, sameBasis } from "../../src/data/basis.js";

const sl20 = [{ key: "serviceLevelSeconds", value: 20 }, { key: "target", value: 0.8 }];
const sl10 = [{ key: "target", value: 0.8 }, { key: "serviceLevelSeconds", value: 10 }];

describe("metric bases", () => {
  it("find every key that differs, order ignored", () => {
    expect(sameBasis(sl20, [...sl20].reverse())).toBe(true);
    expect(basisDifferences(sl20, sl10)).toEqual([{ kind: "value", key: "serviceLevelSeconds", left: 20, right: 10 }]);
    expect(basisDifferences([{ key: "repeatWindowHours", value: 12 }], [{ key: "includesTraining", value: false }])).toEqual([
      { kind: "only-right", key: "includesTraining", right: false },
      { kind: "only-left", key: "repeatWindowHours", left: 12 },
    ]);
    expect(sameBasis([{ key: "x", value: 1 }], [{ key: "x", value: "1" }])).toBe(false);
  });

  it("throw a located error saying which keys differ and how", () => {
    let err: unknown;
    try {
      assertSameBasis("compareFigures", "service-level", sl20, sl10, ["2023", "2024"]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BasisMismatchError);
    const e = err as BasisMismatchError;
    expect(e.metric).toBe("service-level");
    expect(e.problems[0]?.code).toBe("data/basis-mismatch");
    expect(e.message).toMatch(/^gaptrace\/compareFigures: metric "service-level" is measured on different bases \(serviceLevelSeconds: 20 in 2023, 10 in 2024\)/);
    expect(() => assertSameBasis("f", "m", sl20, sl20)).not.toThrow();
  });

  it("check only the metrics both sides have", () => {
    const a = new Map([["fcr", [{ key: "repeatWindowHours", value: 24 }]]]);
    const b = new Map([["fcr", [{ key: "repeatWindowHours", value: 12 }]], ["aht", []]]);
    expect(() => assertSameBases("mergeAggregates", a, b)).toThrow(/repeatWindowHours: 24 in left, 12 in right/);
    expect(() => assertSameBases("mergeAggregates", new Map([["aht", sl20]]), b)).toThrow(/only in left/);
    expect(() => assertSameBases("mergeAggregates", new Map([["other", sl20]]), b)).not.toThrow();
    expect(describeDifferences([{ kind: "only-left", key: "k", left: true }], ["A", "B"])).toBe("k only in A (true)");
  });
});
