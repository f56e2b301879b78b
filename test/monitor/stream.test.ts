import { describe, expect, it } from "vitest";
import { createMonitor } from "../../src/monitor/monitor.js";
import { scoreDetection, simulateEventStream, type StreamOptions } from "../../src/monitor/stream.js";
import { TimedMap, TimedSet } from "../../src/monitor/timed.js";
import { addWorkdays } from "../../src/monitor/deadlines.js";
import { workCalendar } from "../../src/data/calendar.js";
import { utility } from "./fixture.js";

const KINDS = [{ kind: "billing_error", perHour: 1 }, { kind: "slow_repair", perHour: 2 }];

describe("simulateEventStream", () => {
  it("is reproducible from its seed and in time order", () => {
    const o: StreamOptions = { seed: 3, days: 2, complaints: KINDS, ordersPerHour: 4, answers: { perDay: 20, questions: ["q_or_arrival_timely_p"] } };
    const a = [...simulateEventStream(o)];
    expect([...simulateEventStream(o)]).toEqual(a);
    expect(a.length).toBeGreaterThan(500);
    const times = a.map((e) => Number(e.time));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? 0))).toBe(true);
    expect(new Set(a.map((e) => e.type))).toEqual(new Set(["complaint", "order", "answer"]));
  });
  it("plants a surge: the kind's complaints in its hours rise by its factor", () => {
    const o: StreamOptions = { seed: 5, days: 3, complaints: [{ kind: "billing_error", perHour: 5 }], dailyAmplitude: 0, outbreaks: [{ type: "surge", kind: "billing_error", startHour: 24, hours: 24, factor: 3 }] };
    const byDay = [0, 0, 0];
    for (const e of simulateEventStream(o)) byDay[Math.floor((Number(e.time) - Date.UTC(2026, 0, 5)) / 86_400_000)]! += 1;
    expect(byDay[1]! / byDay[0]!).toBeGreaterThan(2.5);
    expect(byDay[1]! / byDay[2]!).toBeLessThan(3.5);
  });
});

describe("detection on simulated streams", () => {
  it("finds a billing fault that triples billing complaints for six hours, within hours", () => {
    const o: StreamOptions = { seed: 11, days: 21, complaints: KINDS, outbreaks: [{ type: "surge", kind: "billing_error", startHour: 24 * 14 + 9, hours: 6, factor: 3 }] };
    const score = scoreDetection(o, createMonitor(utility).pushAll(simulateEventStream(o)));
    expect(score.outbreaks[0]?.detected).toBe(true);
    expect(score.outbreaks[0]?.delayMinutes).toBeLessThan(180);
  });
  it("raises few surge alarms on a null stream (the rule's false-alarm rate, measured)", () => {
    const o: StreamOptions = { seed: 12, days: 28, complaints: KINDS };
    const score = scoreDetection(o, createMonitor(utility).pushAll(simulateEventStream(o)));
    // 2 kinds × (1 + 4 regions) series × 672 windows at α = 0.0005: about 3.4 expected at most in four weeks.
    expect(score.falseAlarms).toBeLessThanOrEqual(8);
  });
  it("flags repair orders made late by a crew shortage, routed to the crew leader", () => {
    const o: StreamOptions = { seed: 13, days: 3, complaints: [], ordersPerHour: 6, arrivalMedianMinutes: 15, outbreaks: [{ type: "crew-shortage", startHour: 40, hours: 6, factor: 3 }] };
    const alerts = createMonitor(utility).pushAll(simulateEventStream(o));
    const raised = alerts.filter((a) => a.action === "raised" && a.subject.standard === "std_arrival_urban_45min");
    expect(raised.length).toBeGreaterThan(0);
    const during = raised.filter((a) => Date.parse(a.time) >= Date.UTC(2026, 0, 5) + 40 * 3_600_000);
    expect(during[0]?.owner?.post).toBe("repair_crew_leader");
    const escalated = alerts.filter((a) => a.action === "escalated" && a.subject.standard === "std_arrival_urban_45min");
    expect(escalated.length).toBeGreaterThan(0);
  });
});

describe("TimedSet and TimedMap", () => {
  it("remember keys for at least one horizon and forget them after two", () => {
    const s = new TimedSet(100);
    expect(s.add("a", 0)).toBe(true);
    expect(s.add("a", 99)).toBe(false);
    expect(s.add("b", 150)).toBe(true);
    expect(s.add("a", 199)).toBe(false);
    expect(s.add("a", 260)).toBe(true);
    expect(s.size).toBeLessThanOrEqual(3);
    const m = new TimedMap(100);
    m.set("x", 1, 0);
    m.set("y", 2, 120);
    expect(m.get("x")).toBe(1);
    m.set("z", 3, 500);
    expect(m.get("x")).toBeUndefined();
    expect(m.get("z")).toBe(3);
  });
});

describe("addWorkdays", () => {
  it("is the inverse of the calendar's working days, across weekends and holidays", () => {
    const cal = workCalendar({ utcOffset: "+08:00", holidays: ["2026-01-01"] });
    const start = Date.parse("2025-12-31T10:00:00+08:00");
    const end = addWorkdays(cal, start, 2);
    expect(new Date(end).toISOString()).toBe("2026-01-05T02:00:00.000Z");
    expect(cal.workdaysBetween(start, end)).toBeCloseTo(2, 6);
  });
});
