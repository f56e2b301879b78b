/** Tests of ownString: the copy a reader keeps of an id cut from a row is the same string, code unit for code unit. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ownString } from "../../src/data/own-string.js";

describe("ownString", () => {
  it("gives back a cell cut from a row, long or short", () => {
    const row = "w1-backoffice_p560-s24,t12ip6_q,4,internal,backoffice_p560,1,1,";
    const [id, question] = row.split(",");
    expect(ownString(id!)).toBe("w1-backoffice_p560-s24");
    expect(ownString(question!)).toBe("t12ip6_q");
    expect(ownString("")).toBe("");
  });

  it("keeps every code unit, lone surrogates, quotes, backslashes and controls included (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), (a, b) => {
        const cell = `${a},${b}`.slice(0, a.length);
        const own = ownString(cell);
        expect(own).toBe(a);
        expect(own.length).toBe(a.length);
        for (let i = 0; i < a.length; i++) expect(own.charCodeAt(i)).toBe(a.charCodeAt(i));
      }),
      { numRuns: 500 },
    );
  });

  it("copies ids of the length a reader keeps and the edge cases around it", () => {
    for (const s of ["\ud800", "a\udc00b\"\\\n\u0000", "中文标识符中文标识符中文标识", "x".repeat(12), "x".repeat(13), "x".repeat(1000)]) expect(ownString(s)).toBe(s);
  });

  it("keeps any sequence of UTF-16 code units: pairs split or reversed, U+2028/U+2029, NUL (property)", () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0, 0x2028, 0x2029, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x22, 0x5c));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 13, maxLength: 60 }), (units) => {
        const a = String.fromCharCode(...units);
        const own = ownString(`${a},rest of the row`.slice(0, a.length));
        expect(own.length).toBe(units.length);
        for (let i = 0; i < units.length; i++) expect(own.charCodeAt(i)).toBe(units[i]);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back, without throwing, an id too long to escape (2^24 characters of NUL would be 6 × that as JSON)", () => {
    const s = "\u0000".repeat(2 ** 24);
    expect(ownString(s)).toBe(s);
  });
});
