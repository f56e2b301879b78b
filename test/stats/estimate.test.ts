import { match } from "ts-pattern";
import { describe, expect, it } from "vitest";
import type { Estimate } from "../../src/stats/estimate.js";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";

/** The result union is exhaustively matchable and JSON-friendly. */
function describeResult(e: Estimate): string {
  return match(e)
    .with({ kind: "estimate" }, (x) => `${x.value.toFixed(2)} ± ${(x.ci[1] - x.value).toFixed(2)}`)
    .with({ kind: "insufficient" }, (x) => `insufficient: ${x.reason}`)
    .exhaustive();
}

describe("Estimate", () => {
  it("is a discriminated union an exhaustive match can render", () => {
    const values = Array.from({ length: 30 }, (_, i) => (i % 5) + 1);
    expect(describeResult(estimateMean(momentsFromValues(values)))).toMatch(/^3\.00 ± 0\.\d\d$/);
    expect(describeResult(estimateMean(momentsFromValues([1, 2])))).toBe(
      "insufficient: only 2 responses; at least 30 are needed for a reliable estimate",
    );
  });
  it("survives a JSON round trip (no Infinity, no undefined fields)", () => {
    const e = estimateMean(momentsFromValues(Array.from({ length: 40 }, (_, i) => i % 7)));
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
