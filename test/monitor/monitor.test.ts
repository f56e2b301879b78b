import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMonitor, watchEvents } from "../../src/monitor/monitor.js";
import { predictiveUpperLimit } from "../../src/monitor/poisson.js";
import { GaptraceError, UsageError, ValidationError } from "../../src/core/errors.js";
import type { Monitoring } from "../../src/model/monitoring.js";
import type { MonitorAlert } from "../../src/monitor/incidents.js";
import { at, complaints, copy, utility } from "./fixture.js";

/** The utility study with a small, predictable monitoring: flat baseline, low thresholds. */
function study(patch: Partial<Monitoring> = {}) {
  const s = copy(utility);
  const m = s.monitoring!;
  s.monitoring = {
    ...m,
    ladder: [
      { id: "post", name: "Owning post", notify: "owner-post" },
      { id: "department", name: "Department head", notify: "owner-department", after: { count: 20 } },
      { id: "management", name: { en: "Management", zh: "公司领导" }, notify: { role: { en: "Management", zh: "公司领导" } }, after: { count: 60, minutes: 600 } },
    ],
    deescalate: { quietMinutes: 120 },
    surge: { ...m.surge, season: "none", alpha: 0.001, minCount: 3, warmup: 4, byRegion: true },
    ...patch,
  };
  return s;
}

const baseline = (hours: number, perHour = 2): Record<string, unknown>[] => Array.from({ length: hours }, (_, h) => complaints("billing_error", h, perHour, { region: "north" })).flat();

describe("complaint surges", () => {
  it("raises one alert at the complaint that reaches the Poisson limit, routed to the post owning the cause", () => {
    const m = createMonitor(study());
    expect(m.pushAll(baseline(10))).toEqual([]);
    // Nine windows are final when the tenth hour opens (the ninth is still open to late events).
    const limit = Math.max(3, predictiveUpperLimit(2, 9, 0.001));
    const alerts = m.pushAll(complaints("billing_error", 10, limit + 5, { region: "north", case: "wo9" }));
    const raised = alerts.filter((a) => a.action === "raised");
    // One per watched series (the kind overall, and the kind in the north), each raised once.
    expect(raised.map((a) => a.key).sort()).toEqual(["surge:billing_error", "surge:billing_error@north"]);
    const north = raised.find((a) => a.key === "surge:billing_error@north")!;
    expect(north.owner).toMatchObject({ post: "billing_clerk", department: "marketing_dept", via: { kind: "step", id: "pr_bo_settle_arrears" } });
    expect(north.notify).toEqual({ post: "billing_clerk", department: "marketing_dept" });
    expect(north.evidence.rule).toMatchObject({ count: limit, baseline: 2, limit });
    expect(north.evidence.count).toBe(limit);
    expect(north.evidence.cases).toEqual(["wo9"]);
    expect(north.id).toBe(`${north.incident}#1`);
  });

  it("does not alarm before the baseline has warmed up", () => {
    const m = createMonitor(study());
    expect(m.pushAll(complaints("billing_error", 0, 80, { region: "north" }))).toEqual([]);
  });

  it("escalates by count, steps down after quiet periods and resolves, one incident per key", () => {
    const m = createMonitor(study());
    m.pushAll(baseline(10));
    const alerts = m.pushAll([...complaints("billing_error", 10, 30), ...complaints("billing_error", 11, 2)]);
    const overall = alerts.filter((a) => a.key === "surge:billing_error");
    expect(overall.map((a) => a.action)).toEqual(["raised", "escalated"]);
    expect(overall[1]).toMatchObject({ level: 1, levelId: "department", notify: { department: "marketing_dept" } });
    const later = m.advance(at(20));
    const mine = later.filter((a) => a.key === "surge:billing_error");
    expect(mine.map((a) => [a.action, a.level])).toEqual([["de-escalated", 0], ["resolved", -1]]);
    expect(new Set([...overall, ...mine].map((a) => a.incident)).size).toBe(1);
    expect(new Set([...overall, ...mine].map((a) => a.id)).size).toBe(4);
    // Resolution times are a whole quiet period after the last hit, then another.
    expect(Date.parse(mine[1]!.time) - Date.parse(mine[0]!.time)).toBe(120 * 60_000);
  });

  it("escalates to management by duration and names the role in the language asked", () => {
    const m = createMonitor(study({ ladder: [
      { id: "post", name: "p", notify: "owner-post" },
      { id: "management", name: "m", notify: { role: { en: "Management", zh: "公司领导" } }, after: { minutes: 180 } },
    ] }), { lang: "zh" });
    m.pushAll(baseline(10));
    const alerts = m.pushAll([10, 11, 12, 13].flatMap((h) => complaints("billing_error", h, 12)));
    const esc = alerts.find((a) => a.action === "escalated" && a.key === "surge:billing_error");
    expect(esc?.notify).toEqual({ role: "公司领导" });
    expect(Date.parse(esc!.time)).toBeGreaterThanOrEqual(at(13));
  });

  it("notifies the three supervision levels, the first in the alert's own region", () => {
    const m = createMonitor(study({ ladder: [
      { id: "region", name: "Region", notify: { role: "Region supervision", perRegion: true } },
      { id: "branch", name: "Branch", notify: { role: "Branch supervision" }, after: { count: 15 } },
      { id: "centre", name: "Centre", notify: { role: "Centre supervision" }, after: { count: 40 } },
    ] }));
    m.pushAll(baseline(10));
    const alerts = m.pushAll(complaints("billing_error", 10, 20, { region: "north" }));
    const north = alerts.filter((a) => a.key === "surge:billing_error@north");
    expect(north.map((a) => [a.action, a.levelId, a.notify])).toEqual([
      ["raised", "region", { role: "Region supervision", region: "north" }],
      ["escalated", "branch", { role: "Branch supervision" }],
    ]);
    expect(alerts.find((a) => a.key === "surge:billing_error")?.notify).toEqual({ role: "Region supervision" });
  });

  it("gives the same ids for the same stream", () => {
    const run = (): string[] => {
      const m = createMonitor(study());
      return m.pushAll([...baseline(10), ...complaints("billing_error", 10, 30)]).map((a) => a.id);
    };
    expect(run()).toEqual(run());
    expect(run().length).toBeGreaterThan(0);
  });
});

describe("orders at risk of missing their standard", () => {
  const order = (hours: number, c: string, event: string, segments?: Record<string, string>) => ({ type: "order", time: at(hours), case: c, event, ...(segments === undefined ? {} : { segments }) });

  it("flags an open order when 20% of the standard's time is left, routed to the post executing the step", () => {
    const m = createMonitor(study());
    m.push(order(0, "wo1", "fault_reported", { area: "urban" }));
    m.push(order(0, "wo1", "order_dispatched"));
    expect(m.advance(at(35 / 60))).toEqual([]);
    const alerts = m.advance(at(37 / 60));
    expect(alerts.map((a) => a.key)).toEqual(["deadline:std_arrival_urban_45min"]);
    expect(alerts[0]).toMatchObject({ owner: { post: "repair_crew_leader", department: "ops_maintenance", via: { kind: "standard", id: "std_arrival_urban_45min" } }, evidence: { cases: ["wo1"] } });
    expect(alerts[0]?.evidence.rule.minutesLeft).toBe(9);
  });

  it("does not flag orders that stop in time, nor apply a standard outside its scope", () => {
    const m = createMonitor(study());
    m.pushAll([order(0, "wo1", "fault_reported", { area: "rural" }), order(0, "wo1", "order_dispatched"), order(1, "wo1", "crew_on_site")]);
    const alerts = m.advance(at(3));
    expect(alerts).toEqual([]);
    expect(m.status().orders).toMatchObject({ open: 0, breached: 0 });
  });

  it("flags an order whose stop comes after its risk point even between two events", () => {
    const m = createMonitor(study());
    m.pushAll([order(0, "wo1", "fault_reported", { area: "urban" }), order(0, "wo1", "order_dispatched")]);
    const alerts = m.push(order(40 / 60, "wo1", "crew_on_site"));
    expect(alerts.map((a) => a.key)).toEqual(["deadline:std_arrival_urban_45min"]);
  });

  it("watches working-day standards only with a calendar", () => {
    expect(createMonitor(study()).status().unwatched.map((u) => u.standard)).toContain("std_complaint_reply_5wd");
    const m = createMonitor(study(), { calendar: { workdaysBetween: (a, b) => (b - a) / 86_400_000 } });
    expect(m.status().unwatched.map((u) => u.standard)).not.toContain("std_complaint_reply_5wd");
    m.push({ type: "order", time: at(0), case: "ic1", event: "ic_contact_received" });
    expect(m.advance(at(24 * 3.9)).filter((a) => a.signal === "deadline" && a.subject.standard === "std_complaint_reply_5wd")).toEqual([]);
    expect(m.advance(at(24 * 4.01)).filter((a) => a.subject.standard === "std_complaint_reply_5wd")).toHaveLength(1);
  });
});

describe("repeat complaints", () => {
  it("alerts when the same customer complains again within the window, and not after it", () => {
    const m = createMonitor(study());
    const c = (hours: number, customer: string) => ({ type: "complaint", time: at(hours), kind: "slow_repair", customer });
    expect(m.pushAll([c(0, "A"), c(10, "B")])).toEqual([]);
    const alerts = m.pushAll([c(71, "A"), c(90, "B")]);
    // A repeats within 72 hours; B's second complaint, 80 hours on, is not a repeat (the other alert is A's resolving).
    expect(alerts.map((a) => [a.action, a.key, a.evidence.cases])).toEqual([["raised", "repeat:slow_repair", ["A"]], ["resolved", "repeat:slow_repair", ["A"]]]);
    expect(m.pushAll([c(200, "A")]).filter((a) => a.action === "raised")).toEqual([]);
  });
});

describe("satisfaction dips", () => {
  it("alerts when a day's interval lies wholly below the baseline", () => {
    const m = createMonitor(study());
    const day = (d: number, values: readonly number[]) => values.map((v, i) => ({ type: "answer", time: at(24 * d + 9) + i * 60_000, question: "q_pr_reconnect_timely_p", value: v, case: `rv${d}-${i}` }));
    const good = Array.from({ length: 40 }, (_, i) => 3 + (i % 3));
    for (let d = 0; d < 8; d++) expect(m.pushAll(day(d, good))).toEqual([]);
    m.pushAll(day(8, Array.from({ length: 40 }, (_, i) => 2 + (i % 2))));
    const alerts = m.advance(at(24 * 9 + 1));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ signal: "dip", subject: { question: "q_pr_reconnect_timely_p" }, owner: { post: "collection_officer" }, evidence: { rule: { answers: 40, baseline: 74.375 } } });
    expect(Number(alerts[0]?.evidence.rule.upper)).toBeLessThan(74.375);
  });
  it("rejects answers off the question's scale and to unknown or internal questions", () => {
    const m = createMonitor(study());
    m.pushAll([
      { type: "answer", time: at(0), question: "q_pr_reconnect_timely_p", value: 6 },
      { type: "answer", time: at(0), question: "q_ic_routing_i", value: 3 },
      { type: "answer", time: at(0), question: "nope", value: 3 },
    ]);
    expect(m.ledger.summary().byReason).toEqual([["bad-value", 1], ["unknown-question", 2]]);
  });
});

describe("bad input", () => {
  it("counts late, skewed, duplicate and unknown events, never crashing, and reconciles", () => {
    const m = createMonitor(study(), { maxLatenessMinutes: 5 });
    const base = { type: "complaint", kind: "billing_error" };
    m.pushAll([
      { ...base, time: at(10), id: "x1" },
      { ...base, time: at(10), id: "x1" },
      { ...base, time: at(10) - 10 * 60_000 },
      { ...base, time: at(10) - 2 * 60_000 },
      { ...base, time: at(10 + 24 * 8) },
      { ...base, time: at(10), kind: "ghost" },
      { type: "order", time: at(10), case: "w", event: "ghost" },
      null,
    ]);
    const s = m.ledger.summary();
    expect(s.byReason).toEqual([["malformed-event", 1], ["unknown-kind", 1], ["unknown-event", 1], ["duplicate", 1], ["late", 1], ["clock-skew", 1]]);
    expect(s.accepted).toBe(2);
    expect(m.ledger.reconciles()).toBe(true);
    expect(m.status().watermark).toBe(new Date(at(10)).toISOString());
  });

  it("judges skew against the wall clock when given", () => {
    const m = createMonitor(study(), { now: () => at(0), maxSkewMinutes: 10 });
    m.pushAll([{ type: "tick", time: at(0.5) }, { type: "tick", time: at(0.1) }]);
    expect(m.ledger.summary().byReason).toEqual([["clock-skew", 1]]);
  });

  it("survives any input whatever", () => {
    const m = createMonitor(study());
    fc.assert(
      fc.property(fc.anything(), (x) => {
        m.push(x);
        m.push({ type: "complaint", time: at(1), kind: x });
        m.push({ type: "order", time: x, case: x, event: x, segments: x });
        return m.ledger.reconciles();
      }),
    );
  });
});

describe("createMonitor", () => {
  it("refuses a study without monitoring, wrong options and a window shorter than the lateness", () => {
    const s = copy(utility);
    delete (s as { monitoring?: unknown }).monitoring;
    expect(() => createMonitor(s)).toThrow(UsageError);
    expect(() => createMonitor(study(), { maxLatenessMinutes: -1 })).toThrow(/maxLatenessMinutes/);
    expect(() => createMonitor(study(), { colour: 1 } as never)).toThrow(UsageError);
    expect(() => createMonitor(study(), { maxLatenessMinutes: 90 })).toThrow(/longer than a surge/);
    expect(() => createMonitor(study({ surge: { ...utility.monitoring!.surge, binMinutes: 7 } }))).toThrow(/does not divide/);
  });
  it("refuses monitoring that names ids the study lacks, with located problems", () => {
    const s = study({ complaintKinds: [{ id: "k", name: "k", steps: ["ghost_step"], points: [] }] });
    try {
      createMonitor(s);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as GaptraceError).problems.map((p) => [p.code, p.path.join(".")])).toEqual([["monitor/unknown-ref", "monitoring.complaintKinds.0.steps.0"]]);
    }
  });
  it("calls onAlert with each alert", () => {
    const seen: MonitorAlert[] = [];
    const m = createMonitor(study(), { onAlert: (a) => seen.push(a) });
    const got = m.pushAll([...baseline(10), ...complaints("billing_error", 10, 30)]);
    expect(seen).toEqual(got);
    expect(m.status().alerts).toBe(got.length);
  });
});

describe("watchEvents", () => {
  it("yields the alerts of an async stream and returns the monitor", async () => {
    async function* source() {
      for (const e of [...baseline(10), ...complaints("billing_error", 10, 30)]) yield e;
    }
    const it = watchEvents(study(), source());
    const alerts: MonitorAlert[] = [];
    let r = await it.next();
    while (r.done !== true) {
      alerts.push(r.value);
      r = await it.next();
    }
    // The surge's complaints carry no region: only the kind overall alarms.
    expect(alerts.filter((a) => a.action === "raised").map((a) => a.key)).toEqual(["surge:billing_error"]);
    expect(r.value.ledger.accepted).toBe(50);
  });
});
