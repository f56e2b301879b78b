import { describe, expect, it } from "vitest";
import { createMonitor } from "../../src/monitor/monitor.js";
import { alertsToJsonLines, alertToJsonLine, parseEventLine } from "../../src/monitor/jsonl.js";
import { reviewAlerts } from "../../src/monitor/review.js";
import type { MonitorAlert } from "../../src/monitor/incidents.js";
import { at, utility } from "./fixture.js";

function run(): MonitorAlert[] {
  const m = createMonitor(utility);
  const c = (hours: number, customer: string, kind = "slow_repair") => ({ type: "complaint", time: at(hours), kind, customer });
  const order = (hours: number, id: string, event: string) => ({ type: "order", time: at(hours), case: id, event, segments: { area: "urban" } });
  return [
    ...m.pushAll([c(0, "A"), c(1, "A"), c(30, "B", "billing_error"), c(31, "B", "billing_error"), c(31.5, "B", "billing_error")]),
    ...m.pushAll([order(40, "wo1", "fault_reported"), order(40, "wo1", "order_dispatched")]),
    ...m.advance(at(60)),
  ];
}

describe("reviewAlerts", () => {
  it("sums incidents per post, department and signal, with time to resolve", () => {
    const alerts = run();
    const r = reviewAlerts(utility, alerts);
    expect(r.total.raised).toBe(3);
    expect(r.bySignal.map((s) => [s.signal, s.raised])).toEqual([["deadline", 1], ["repeat", 2]]);
    const crew = r.byPost.find((p) => p.post === "repair_crew_leader");
    expect(crew).toMatchObject({ department: "ops_maintenance", raised: 2, resolved: 2, open: 0, escalated: 0 });
    const clerk = r.byPost.find((p) => p.post === "billing_clerk");
    // B's repeats (31 h, 31.5 h) resolve one quiet period (180 min) after the last: 210 minutes after raising.
    expect(clerk).toMatchObject({ raised: 1, resolved: 1, medianMinutesToResolve: 210, meanMinutesToResolve: 210 });
    expect(r.byDepartment.map((d) => [d.department, d.raised])).toEqual([["marketing_dept", 1], ["ops_maintenance", 2]]);
    expect(r.unrouted).toBe(0);
    expect(r.from).toBe(alerts[0]?.time);
  });
  it("reads the same from alerts written as JSON Lines and read back", () => {
    const alerts = run();
    const text = alertsToJsonLines(alerts);
    expect(text.split("\n")).toHaveLength(alerts.length + 1);
    expect(text.startsWith(`${alertToJsonLine(alerts[0]!)}\n`)).toBe(true);
    const back = text.trim().split("\n").map((l) => parseEventLine(l) as MonitorAlert);
    expect(reviewAlerts(utility, back)).toEqual(reviewAlerts(utility, alerts));
  });
  it("is empty for no alerts", () => {
    expect(reviewAlerts(utility, [])).toMatchObject({ from: null, total: { raised: 0, medianMinutesToResolve: null }, byPost: [] });
  });
});
