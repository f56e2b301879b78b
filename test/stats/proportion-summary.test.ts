import { describe, expect, it } from "vitest";
import { emptyProportion } from "../../src/stats/proportion-summary.js";

describe("emptyProportion", () => {
  it("is all zeros and survives JSON", () => {
    const s = emptyProportion();
    expect(s.n).toBe(0);
    expect(Object.values(s).every((v) => v === 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
