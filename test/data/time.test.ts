import { describe, expect, it } from "vitest";
import { offsetOption, parseOffset, parseTime } from "../../src/data/time.js";

describe("parseTime", () => {
  it("reads ISO 8601 with an offset and epoch milliseconds", () => {
    const ms = Date.parse("2024-03-01T01:30:00Z");
    for (const t of ["2024-03-01T09:30:00+08:00", "2024-03-01T09:30:00+0800", "2024-03-01 09:30+08", "2024-03-01T01:30:00Z", "2024-03-01T01:30:00.000z", ms, String(ms)]) {
      expect(parseTime(t)).toEqual({ ok: true, ms });
    }
    expect(parseTime("2024-03-01T01:30:00.25Z")).toEqual({ ok: true, ms: ms + 250 });
  });

  it("refuses local times unless an offset is assumed", () => {
    const r = parseTime("2024-03-01 09:30");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.why).toMatch(/no UTC offset/);
    expect(parseTime("2024-03-01 09:30", 480)).toEqual({ ok: true, ms: Date.parse("2024-03-01T09:30:00+08:00") });
  });

  it("reads year-first local times as exports write them (slashes, dots, single digits), with an assumed offset only", () => {
    const at = Date.UTC(2026, 3, 4, 2, 5); // 2026-04-04 10:05 at +08:00
    for (const local of ["2026/04/04 10:05", "2026-4-4 10:05", "2026.04.04 10:05", "2026/4/4 10:05:00", "2026/04/04T10:05"]) {
      expect(parseTime(local, 480)).toEqual({ ok: true, ms: at });
      expect(parseTime(local)).toEqual({ ok: false, why: expect.stringMatching(/has no UTC offset/) });
    }
    expect(parseTime("2026/04/04", 480)).toEqual({ ok: true, ms: Date.UTC(2026, 3, 3, 16) });
    // Mixed separators, impossible dates and times, and day-first dates (ambiguous) are refused.
    expect(parseTime("2026/04-04 10:05", 480).ok).toBe(false);
    expect(parseTime("2026/4/31 10:00", 480)).toEqual({ ok: false, why: "day 31 does not exist in 2026-4" });
    expect(parseTime("2026/04/04 24:00", 480).ok).toBe(false);
    expect(parseTime("04/04/2026 10:05", 480)).toEqual({ ok: false, why: expect.stringMatching(/year-first local time/) });
  });

  it("refuses impossible dates and junk", () => {
    for (const t of ["2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "yesterday", "", true, Number.NaN, "2024-01-01T00:00:00+25:00", "99999999999999999999"]) {
      expect(parseTime(t).ok).toBe(false);
    }
    expect(parseTime("2024-02-29T00:00:00Z").ok).toBe(true);
  });

  it("reads offsets", () => {
    expect([parseOffset("+08:00"), parseOffset("-0530"), parseOffset("Z"), parseOffset("CST")]).toEqual([480, -330, 0, undefined]);
    expect(offsetOption("f", undefined)).toBeUndefined();
    expect(() => offsetOption("readCases", "8")).toThrow(/gaptrace\/readCases/);
  });
});

describe("epoch seconds are not taken for milliseconds", () => {
  it("rejects a 10-digit epoch time with a hint, accepts 13-digit milliseconds", () => {
    const r = parseTime("1709256600");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.why).toContain("looks like epoch seconds");
    expect(parseTime(1709256600).ok).toBe(false);
    expect(parseTime("1709256600000")).toEqual({ ok: true, ms: 1709256600000 });
  });
});
