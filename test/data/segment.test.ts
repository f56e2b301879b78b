import { describe, expect, it } from "vitest";
import { cellText, EMPTY_SEGMENT, makeSegment, projectSegment, SegmentPool, segmentKey, segmentValue } from "../../src/data/segment.js";

describe("segments", () => {
  it("are sorted pairs whatever the input form, blanks left out", () => {
    const expected = [["class", "residential"], ["region", "north"]];
    expect(makeSegment({ region: "north", class: "residential", empty: "" })).toEqual(expected);
    expect(makeSegment(new Map([["region", "north"], ["class", "residential"]]))).toEqual(expected);
    expect(makeSegment([["region", "north"], ["class", "residential"]])).toEqual(expected);
    expect(makeSegment({ size: 3 })).toEqual([["size", "3"]]);
    expect(Object.isFrozen(makeSegment({ a: "1" }))).toBe(true);
  });

  it("treat hostile keys as data", () => {
    const seg = makeSegment(JSON.parse('{"__proto__":"x","constructor":"y"}') as Record<string, unknown>);
    expect(seg).toEqual([["__proto__", "x"], ["constructor", "y"]]);
    expect(segmentValue(seg, "__proto__")).toBe("x");
    expect(segmentValue(seg, "toString")).toBeUndefined();
  });

  it("refuse a dimension given twice or unnamed", () => {
    expect(() => makeSegment([["a", "1"], ["a", "2"]])).toThrow(/given twice/);
    expect(() => makeSegment([["", "1"]])).toThrow(/not a name/);
    expect(() => makeSegment([["a"]] as never)).toThrow(/pairs/);
  });

  it("project and key", () => {
    const seg = makeSegment({ region: "north", class: "r" });
    expect(projectSegment(seg, ["region"])).toEqual([["region", "north"]]);
    expect(segmentKey(seg)).toBe('[["class","r"],["region","north"]]');
    expect(segmentKey(EMPTY_SEGMENT)).toBe("[]");
  });

  it("intern into a pool", () => {
    const pool = new SegmentPool();
    const a = pool.intern(makeSegment({ region: "n" }));
    const b = pool.intern(makeSegment({ region: "s" }));
    expect(pool.intern(makeSegment({ region: "n" }))).toBe(a);
    expect([a, b, pool.size]).toEqual([0, 1, 2]);
    expect(pool.lookup('[["region","s"]]')).toBe(1);
    expect(() => pool.segment(9)).toThrow(/no segment/);
  });

  it("read cell text", () => {
    expect([cellText(" a "), cellText(3), cellText(null), cellText(undefined), cellText({})]).toEqual(["a", "3", "", "", ""]);
  });
});
