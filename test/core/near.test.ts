import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, nearMiss } from "../../src/core/near.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("q_hourz", "q_hours")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("满意度", "满意")).toBe(1);
  });

  it("stops at its limit when only the last cell goes over it", () => {
    // Found by the property below (seed -159092005): each row's least value is 1, the distance 3.
    expect(editDistance(" u", "u! ")).toBe(3);
    expect(editDistance(" u", "u! ", 1)).toBe(2);
    expect(editDistance(" u", "u! ", 2)).toBe(3);
  });

  it("is a metric that stops at its limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(editDistance(a, b, 1)).toBe(Math.min(d, 2));
      }),
    );
  });
});

describe("nearMiss", () => {
  it("names the id a misspelt name was probably meant to be", () => {
    expect(nearMiss("q_hourz", ["q_hours", "q_timely"])).toBe("q_hours");
    expect(nearMiss("Q-Timely", ["q_hours", "q_timely"])).toBe("q_timely");
  });

  it("names none for an unrelated name, an exact id, a tie or a short name two edits away", () => {
    expect(nearMiss("area", ["q_hours", "q_timely"])).toBeUndefined();
    expect(nearMiss("q_hours", ["q_hours", "q_hourz"])).toBeUndefined();
    expect(nearMiss("q_a", ["q_b", "q_c"])).toBeUndefined();
    expect(nearMiss("abcd", ["abxy"])).toBeUndefined();
  });
});
