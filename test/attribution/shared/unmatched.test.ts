// The switches that replaced ts-pattern's match(…).exhaustive() on the attribution's path: tsc refuses a switch that
// misses a kind, a public function refuses an argument of no known kind with gaptrace's UsageError (undefined too),
// and an internal switch says what value it did not expect.
import { describe, expect, it } from "vitest";
import { refusedKind, unmatched } from "../../../src/attribution/shared/unmatched.js";
import { declaredButMissing } from "../../../src/attribution/shared/coverage.js";
import { adjustFamily } from "../../../src/attribution/shared/adjust.js";
import { changeFor, evidenceQ } from "../../../src/attribution/attribute.js";
import { UsageError } from "../../../src/core/errors.js";
import type { Evidence } from "../../../src/attribution/shared/findings.js";

/** The error a call throws (fails the test when it throws nothing). */
function thrownBy(call: () => unknown): Error {
  try {
    call();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected the call to throw");
}

describe("unmatched (internal switches)", () => {
  it("throws gaptrace's message with the value as JSON, or as it is where JSON cannot write it", () => {
    expect(() => unmatched({ kind: "nope" } as never)).toThrow('gaptrace: unexpected value {"kind":"nope"}, none of the cases of its type.');
    expect(() => unmatched(1n as never)).toThrow("gaptrace: unexpected value 1, none");
    expect(() => unmatched(undefined as never)).toThrow("gaptrace: unexpected value undefined, none");
  });

  it("ends the internal switches: an unknown correction throws, the known ones answer", () => {
    expect(() => adjustFamily([0.1], "bonferroni" as never)).toThrow('unexpected value "bonferroni"');
    expect(adjustFamily([0.01, 0.04, 0.03], "holm")).toEqual([0.03, 0.06, 0.06]);
    expect(adjustFamily([0.2, 0.1], "none")).toEqual([0.2, 0.1]);
  });

  it("takes only never: a switch that misses a kind does not compile (type-level)", () => {
    const kindOf = (x: "a" | "b"): number => {
      switch (x) {
        case "a":
          return 1;
        default:
          // @ts-expect-error "b" has no case, so x is not never here
          return unmatched(x);
      }
    };
    const refusing = (x: "a" | "b"): number => {
      switch (x) {
        case "a":
          return 1;
        default:
          // @ts-expect-error "b" has no case
          return refusedKind("f", x, "a or b", "Pass a or b.");
      }
    };
    expect(kindOf("a") + refusing("a")).toBe(2);
  });
});

describe("the public functions that take one kind of a union", () => {
  const q = { value: 60, ci: [55, 65] as const, p: 0.01, q: 0.02, n: 40 };
  const evidence = { kind: "perception-below-target", point: "ep", questions: ["q1"], index: q, target: 75 } as unknown as Evidence;

  it("answer for every known kind", () => {
    expect(declaredButMissing({ kind: "targets", points: ["p"], audience: "external" })).toBe(false);
    expect(declaredButMissing({ kind: "internal-ratings", points: ["p"], raters: [] })).toBe(true);
    expect(declaredButMissing({ kind: "customer-perception", points: [], questions: [], steps: [] })).toBe(false);
    expect(declaredButMissing({ kind: "customer-perception", points: [], questions: ["q1"], steps: [] })).toBe(true);
    expect(evidenceQ(evidence)).toBe(0.02);
    expect(changeFor(evidence)).toEqual({ kind: "raise-index", from: 60, to: 75 });
  });

  it("refuse an unknown kind, a bare string and undefined with a UsageError naming the function, the argument and what to pass", () => {
    for (const [fn, call, what] of [
      ["declaredButMissing", declaredButMissing, "a coverage need"],
      ["evidenceQ", evidenceQ, "a piece of evidence"],
      ["changeFor", changeFor, "a piece of evidence"],
    ] as const) {
      const unknownKind = thrownBy(() => call({ kind: "nope" } as never));
      expect(unknownKind).toBeInstanceOf(UsageError);
      expect(unknownKind.message).toMatch(new RegExp(`^gaptrace/${fn}: the first argument must be ${what} \\(.*\\); got an object of kind "nope"\\.`));
      expect((unknownKind as UsageError).problems[0]).toMatchObject({ code: "usage", params: { fn, hint: expect.stringMatching(/^Pass one /) } });
      expect(thrownBy(() => call("targets" as never)).message).toContain(`gaptrace/${fn}: the first argument must be ${what}`);
      expect(thrownBy(() => call("targets" as never)).message).toContain('got the text "targets".');
      const missing = thrownBy(() => call(undefined as never));
      expect(missing).toBeInstanceOf(UsageError);
      expect(missing.message).toContain("got nothing (undefined).");
      expect(thrownBy(() => call({} as never)).message).toContain("got an empty object.");
    }
  });
});
