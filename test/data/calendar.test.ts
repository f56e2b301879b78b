import { describe, expect, it } from "vitest";
import { workCalendar } from "../../src/data/calendar.js";

const t = (iso: string): number => Date.parse(iso);

describe("workCalendar", () => {
  const cal = workCalendar({ utcOffset: "+08:00", holidays: ["2024-10-01", "2024-10-02"], workdays: ["2024-09-29"] });

  it("counts calendar time only on working days", () => {
    // Friday 10:00 to Monday 10:00 is one working day.
    expect(cal.workdaysBetween(t("2024-03-01T10:00:00+08:00"), t("2024-03-04T10:00:00+08:00"))).toBeCloseTo(1, 12);
    expect(cal.workdaysBetween(t("2024-03-04T00:00:00+08:00"), t("2024-03-09T00:00:00+08:00"))).toBeCloseTo(5, 12);
    expect(cal.workdaysBetween(t("2024-03-04T09:00:00+08:00"), t("2024-03-04T15:00:00+08:00"))).toBeCloseTo(0.25, 12);
  });

  it("skips holidays and counts make-up working days (调休)", () => {
    // Sunday 29 Sep is worked; Tue 1 and Wed 2 Oct are holidays.
    expect(cal.workdaysBetween(t("2024-09-29T00:00:00+08:00"), t("2024-10-03T00:00:00+08:00"))).toBeCloseTo(2, 12);
  });

  it("counts days in the calendar's own offset", () => {
    const utc = workCalendar();
    // Saturday 00:00–08:00 in +08:00 is Friday 16:00–24:00 UTC: a working day in UTC.
    expect(utc.workdaysBetween(t("2024-03-02T00:00:00+08:00"), t("2024-03-02T08:00:00+08:00"))).toBeCloseTo(1 / 3, 12);
    expect(cal.workdaysBetween(t("2024-03-02T00:00:00+08:00"), t("2024-03-02T08:00:00+08:00"))).toBe(0);
    expect(cal.workdaysBetween(2, 1)).toBeNaN();
  });

  it("refuses unreadable options", () => {
    expect(() => workCalendar({ utcOffset: "Beijing" })).toThrow(/gaptrace\/workCalendar/);
    expect(() => workCalendar({ holidays: ["1 Oct"] })).toThrow(/YYYY-MM-DD/);
    // Dates that do not exist are refused, not rolled over into another month or year.
    for (const d of ["2026-13-45", "2026-02-30", "2026-00-10", "2025-02-29"]) expect(() => workCalendar({ holidays: [d] }), d).toThrow(/is not a calendar date/);
    expect(() => workCalendar({ workdays: ["2024-02-29"] })).not.toThrow();
  });
});
