// The switches that replaced ts-pattern's match(…).exhaustive() on the attribution's path: a value outside the
// union throws ts-pattern's message, and every kind still has its case.
import { describe, expect, it } from "vitest";
import { unmatched } from "../../../src/attribution/shared/unmatched.js";
import { declaredButMissing } from "../../../src/attribution/shared/coverage.js";
import { adjustFamily } from "../../../src/attribution/shared/adjust.js";

describe("unmatched", () => {
  it("throws ts-pattern's message with the value as JSON, and keeps the value", () => {
    let thrown: unknown;
    try {
      unmatched({ kind: "nope" } as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe('Pattern matching error: no pattern matches value {"kind":"nope"}');
    expect((thrown as { input: unknown }).input).toEqual({ kind: "nope" });
  });

  it("shows a value JSON cannot write as it is", () => {
    const big = 1n;
    expect(() => unmatched(big as never)).toThrow("Pattern matching error: no pattern matches value 1");
  });

  it("ends the public switches: an unknown kind or correction throws, the known ones answer", () => {
    expect(() => declaredButMissing({ kind: "nope" } as never)).toThrow('no pattern matches value {"kind":"nope"}');
    expect(() => adjustFamily([0.1], "bonferroni" as never)).toThrow('no pattern matches value "bonferroni"');
    expect(declaredButMissing({ kind: "targets", points: ["p"], audience: "external" } as never)).toBe(false);
    expect(declaredButMissing({ kind: "internal-ratings", points: ["p"], raters: [] } as never)).toBe(true);
    expect(declaredButMissing({ kind: "customer-perception", questions: [] } as never)).toBe(false);
    expect(adjustFamily([0.01, 0.04, 0.03], "holm")).toEqual([0.03, 0.06, 0.06]);
    expect(adjustFamily([0.2, 0.1], "none")).toEqual([0.2, 0.1]);
  });
});
