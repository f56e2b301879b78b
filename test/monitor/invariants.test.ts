import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMonitor } from "../../src/monitor/monitor.js";
import type { MonitorAlert } from "../../src/monitor/incidents.js";
import { at, utility } from "./fixture.js";

const KINDS = ["billing_error", "slow_repair", "service_attitude", "ghost"];

/** Streams of complaints and order events, roughly in time order with some jitter, duplicates and junk. */
const stream = fc.array(
  fc.record({
    step: fc.integer({ min: 0, max: 20 * 60_000 }),
    jitter: fc.integer({ min: -10 * 60_000, max: 60_000 }),
    kind: fc.constantFrom(...KINDS),
    region: fc.constantFrom("north", "south", undefined),
    customer: fc.constantFrom("A", "B", "C", undefined),
    order: fc.option(fc.record({ case: fc.constantFrom("w1", "w2", "w3"), event: fc.constantFrom("fault_reported", "order_dispatched", "crew_on_site", "nope") }), { nil: undefined }),
  }),
  { maxLength: 300 },
);

describe("monitor invariants on random streams", () => {
  it("balances its ledger, and every incident's alerts are a well-formed life", () => {
    fc.assert(
      fc.property(stream, (items) => {
        const m = createMonitor(utility);
        let t = at(0);
        const alerts: MonitorAlert[] = [];
        for (const x of items) {
          t += x.step;
          const time = t + x.jitter;
          const e = x.order === undefined
            ? { type: "complaint", time, kind: x.kind, ...(x.region === undefined ? {} : { region: x.region }), ...(x.customer === undefined ? {} : { customer: x.customer }) }
            : { type: "order", time, case: x.order.case, event: x.order.event, segments: { area: "urban" } };
          alerts.push(...m.push(e));
        }
        alerts.push(...m.advance(t + 48 * 3_600_000));
        expect(m.ledger.reconciles()).toBe(true);
        expect(new Set(alerts.map((a) => a.id)).size).toBe(alerts.length);
        const lives = new Map<string, MonitorAlert[]>();
        for (const a of alerts) lives.set(a.incident, [...(lives.get(a.incident) ?? []), a]);
        for (const life of lives.values()) {
          expect(life[0]?.action).toBe("raised");
          expect(life.at(-1)?.action).toBe("resolved");
          expect(life.filter((a) => a.action === "raised" || a.action === "resolved")).toHaveLength(2);
          for (const a of life) expect(a.level).toBeLessThan(utility.monitoring!.ladder.length);
          for (let i = 1; i < life.length; i++) expect(Date.parse(life[i]!.time)).toBeGreaterThanOrEqual(Date.parse(life[i - 1]!.time));
        }
        // Unknown kinds and events are never accepted.
        expect(alerts.some((a) => a.subject.kind === "ghost")).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
