import { describe, expect, it } from "vitest";
import { isRejection, MonitorLedger, readMonitorEvent } from "../../src/monitor/events.js";
import { parseEventLine } from "../../src/monitor/jsonl.js";
import { problemText } from "../../src/core/problem.js";

describe("readMonitorEvent", () => {
  it("reads a complaint with an ISO time and optional fields", () => {
    expect(readMonitorEvent({ type: "complaint", time: "2026-03-01T09:30:00+08:00", kind: "billing_error", region: "north", customer: 42 })).toEqual({
      type: "complaint",
      time: Date.parse("2026-03-01T01:30:00Z"),
      kind: "billing_error",
      region: "north",
      customer: "42",
    });
  });
  it("reads order events with segments and answers with numeric text", () => {
    const o = readMonitorEvent({ type: "order", time: 1_772_328_600_000, case: "wo1", event: "fault_reported", segments: { area: "urban" } });
    expect(o).toMatchObject({ type: "order", case: "wo1", segments: { area: "urban" } });
    expect(readMonitorEvent({ type: "answer", time: 1_772_328_600_000, question: "q", value: "4" })).toMatchObject({ value: 4 });
  });
  it.each([
    [42, "malformed-event", null],
    [[1], "malformed-event", null],
    [{ time: 1_772_328_600_000 }, "missing-field", "type"],
    [{ type: "email", time: 1_772_328_600_000 }, "unknown-type", "type"],
    [{ type: "complaint", kind: "x" }, "missing-field", "time"],
    [{ type: "complaint", time: "yesterday", kind: "x" }, "bad-time", "time"],
    [{ type: "complaint", time: "2026-03-01 09:30", kind: "x" }, "bad-time", "time"],
    [{ type: "complaint", time: 1_772_328_600, kind: "x" }, "bad-time", "time"],
    [{ type: "complaint", time: 1_772_328_600_000 }, "missing-field", "kind"],
    [{ type: "complaint", time: 1_772_328_600_000, kind: "x", region: { a: 1 } }, "bad-value", "region"],
    [{ type: "order", time: 1_772_328_600_000, event: "e" }, "missing-field", "case"],
    [{ type: "order", time: 1_772_328_600_000, case: "c", event: "e", segments: [1] }, "bad-value", "segments"],
    [{ type: "answer", time: 1_772_328_600_000, question: "q" }, "missing-field", "value"],
    [{ type: "answer", time: 1_772_328_600_000, question: "q", value: "good" }, "bad-value", "value"],
    [parseEventLine("{not json"), "malformed-event", null],
  ])("rejects %j as %s", (raw, reason, field) => {
    const r = readMonitorEvent(raw);
    expect(isRejection(r)).toBe(true);
    expect(r).toMatchObject({ reason, field });
  });
});

describe("MonitorLedger", () => {
  it("counts every rejection, keeps only the first N problems per reason, and reconciles", () => {
    const l = new MonitorLedger(2);
    for (let i = 0; i < 5; i++) {
      l.read++;
      l.reject("late", "time", `2026-01-0${i + 1}`);
    }
    l.read++;
    l.accepted++;
    const s = l.summary();
    expect(s.byReason).toEqual([["late", 5]]);
    expect(s.problems).toHaveLength(2);
    expect(s.problems[1]?.location).toEqual({ line: 2 });
    expect(l.reconciles()).toBe(true);
    expect(problemText(s.problems[0]!, "zh").message).toContain("迟到事件");
    l.read++;
    expect(l.reconciles()).toBe(false);
  });
});

describe("event times", () => {
  it("reads ISO times exactly as the general time reader does, and refuses days that do not exist", async () => {
    const { parseTime } = await import("../../src/data/time.js");
    const fc = (await import("fast-check")).default;
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01"), max: new Date("2090-01-01"), noInvalidDate: true }), fc.integer({ min: -14, max: 14 }), fc.boolean(), (d, offH, withMs) => {
        const iso = d.toISOString();
        const text = withMs ? iso : iso.replace(/\.\d{3}Z$/, "Z");
        const off = offH === 0 ? text : `${text.slice(0, -1)}${offH > 0 ? "+" : "-"}${String(Math.abs(offH)).padStart(2, "0")}:30`;
        const general = parseTime(off);
        const got = readMonitorEvent({ type: "tick", time: off });
        expect(got).toEqual({ type: "tick", time: general.ok ? general.ms : Number.NaN });
      }),
    );
    for (const bad of ["2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T10:00:60Z", "2026-01-01T10:00:00+25:00"]) {
      expect(readMonitorEvent({ type: "tick", time: bad })).toMatchObject({ reason: "bad-time" });
    }
    expect(readMonitorEvent({ type: "tick", time: "2024-02-29T00:00:00Z" })).toEqual({ type: "tick", time: Date.UTC(2024, 1, 29) });
  });
});
