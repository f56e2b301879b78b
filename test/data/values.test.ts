import { describe, expect, it } from "vitest";
import { dataIndex } from "../../src/data/study-index.js";
import { answerCodes, isBlank, parseAnswer, parseNumber, parseWeight, parseYesNo, show } from "../../src/data/values.js";
import { study } from "./fixture.js";

const q = (id: string) => {
  const found = dataIndex(study).questions.get(id);
  if (found === undefined) throw new Error(id);
  return found;
};
const codes = answerCodes(["NA"], ["DK", 99]);

describe("value parsing", () => {
  it("reads numbers strictly, full-width digits included", () => {
    expect([parseNumber(" 4.5 "), parseNumber("４"), parseNumber("-2"), parseNumber(".5"), parseNumber(7)]).toEqual([4.5, 4, -2, 0.5, 7]);
    for (const bad of ["4,5", "abc", "", "NaN", "Infinity", Number.NaN, null, "1 2"]) expect(parseNumber(bad)).toBeUndefined();
  });

  it("maps yes/no words to 1/0", () => {
    expect(["yes", "YES", "y", "是", "1", 1, true, "true"].map(parseYesNo)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(["no", "N", "否", "0", 0, false, "False"].map(parseYesNo)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(parseYesNo("maybe")).toBeUndefined();
    expect(parseYesNo(2)).toBeUndefined();
  });

  it("reads weights: blank is 1, otherwise finite and positive", () => {
    expect([parseWeight(""), parseWeight(undefined), parseWeight("2.5"), parseWeight(0.1)]).toEqual([1, 1, 2.5, 0.1]);
    for (const bad of ["0", "-1", "abc", Number.POSITIVE_INFINITY, "1e400"]) expect(parseWeight(bad)).toBeUndefined();
  });

  it("classifies answers on each scale", () => {
    expect(parseAnswer("4", q("q-sat"), codes)).toEqual({ kind: "value", value: 4 });
    expect(parseAnswer("2", q("q-wait-bad"), codes)).toEqual({ kind: "value", value: 6 });
    expect(parseAnswer("否", q("q-told"), codes)).toEqual({ kind: "value", value: 0 });
    expect(parseAnswer(" ", q("q-sat"), codes)).toEqual({ kind: "missing" });
    expect(parseAnswer("na", q("q-sat"), codes)).toEqual({ kind: "missing" });
    expect(parseAnswer("dk", q("q-sat"), codes)).toEqual({ kind: "dont-know" });
    expect(parseAnswer("99", q("q-overall"), codes)).toEqual({ kind: "dont-know" });
    expect(parseAnswer("99.0", q("q-told"), codes)).toEqual({ kind: "dont-know" });
    expect(parseAnswer("168", q("q-expect-h"), codes)).toEqual({ kind: "value", value: 168 });
    expect(parseAnswer("12.25", q("q-expect-h"), codes)).toEqual({ kind: "value", value: 12.25 });
    const reasons = (raw: unknown, id: string) => {
      const p = parseAnswer(raw, q(id), codes);
      return p.kind === "reject" ? p.reason : p.kind;
    };
    expect(reasons("0", "q-sat")).toBe("out-of-range");
    expect(reasons("3.5", "q-sat")).toBe("out-of-range");
    expect(reasons("101", "q-overall")).toBe("out-of-range");
    expect(reasons("-1", "q-expect-h")).toBe("out-of-range");
    expect(reasons("2", "q-told")).toBe("out-of-range");
    expect(reasons("maybe", "q-told")).toBe("non-numeric");
    expect(reasons("four", "q-sat")).toBe("non-numeric");
    expect(reasons({ a: 1 }, "q-sat")).toBe("non-numeric");
  });

  it("matches numeric missing and don't-know codes on the fast path too", () => {
    const c = answerCodes([-9, "NA"], [98, "DK"]);
    expect(parseAnswer("-9", q("q-sat"), c)).toEqual({ kind: "missing" });
    expect(parseAnswer(-9, q("q-sat"), c)).toEqual({ kind: "missing" });
    expect(parseAnswer("98", q("q-overall"), c)).toEqual({ kind: "dont-know" });
    expect(parseAnswer("1.", q("q-sat"), c)).toEqual({ kind: "value", value: 1 });
    expect(parseAnswer("-", q("q-sat"), c)).toMatchObject({ kind: "reject", reason: "non-numeric" });
    expect(parseAnswer(".", q("q-sat"), c)).toMatchObject({ kind: "reject", reason: "non-numeric" });
    expect(parseAnswer(" 4 ", q("q-sat"), c)).toEqual({ kind: "value", value: 4 });
  });

  it("keeps messages short", () => {
    expect(show("x".repeat(500)).length).toBeLessThan(70);
    expect(show(undefined)).toBe("(nothing)");
    expect(isBlank(0)).toBe(false);
  });
});
