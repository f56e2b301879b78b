/**
 * Durations given directly as numbers (an airline's "Departure Delay in Minutes"): wide columns and long value
 * rows, their rejections counted in the ledger, their use by compliance in the standard's unit, and the refusal
 * to use them for a standard that counts on another clock.
 */
import { describe, expect, it } from "vitest";
import { casesFrom, casesFromCsv } from "../../src/data/cases.js";
import { complianceFor } from "../../src/data/durations.js";
import { StudySchema, type StudyInput } from "../../src/model/study.js";
import { UsageError } from "../../src/core/errors.js";
import { validateStudy } from "../../src/study/validate/index.js";

const INPUT: StudyInput = {
  gaptrace: 1,
  id: "airline",
  name: "Airline",
  organisation: { departments: [{ id: "ops", name: "Operations" }], posts: [{ id: "gate", name: "Gate agent", department: "ops" }] },
  themeMap: { needs: [{ id: "go", name: "Get there" }], items: [{ id: "fly", name: "Flight", needs: ["go"] }], themes: [{ id: "trip", name: "Trip", items: ["fly"] }] },
  blueprints: [{ theme: "trip", steps: [{ id: "board", name: "Boarding", layer: "frontline", owner: "gate" }], handoffs: [] }],
  events: [
    { id: "scheduled", name: "scheduled departure" },
    { id: "departed", name: "departure" },
    { id: "doors", name: "doors closed" },
  ],
  metrics: [{ id: "departure_delay", name: "Departure delay", step: "board", unit: "min", clock: { start: "scheduled", stop: "departed" } }],
  standards: [
    { id: "d15", text: "Depart within 15 minutes", metric: "departure_delay", unit: "min", threshold: 15, better: "lower", compliance: 0.8, owner: { post: "gate" }, steps: ["board"] },
    { id: "d900s", text: "Depart within 900 s", metric: "departure_delay", unit: "s", threshold: 900, better: "lower", compliance: 0.8, owner: { post: "gate" }, steps: ["board"] },
    {
      id: "doors15",
      text: "Doors closed within 15 minutes",
      metric: "departure_delay",
      unit: "min",
      threshold: 15,
      better: "lower",
      compliance: 0.8,
      owner: { post: "gate" },
      steps: ["board"],
      clock: { start: "scheduled", stop: "doors" },
    },
  ],
};
const study = StudySchema.parse(INPUT);
const durationColumns = new Map([["departure_delay", { column: "Departure Delay in Minutes", unit: "min" as const }]]);

describe("durations given as numbers", () => {
  it("reads a wide column: blank is not measured, negative and non-numeric are rejected with their reason", () => {
    const csv = "Id,Departure Delay in Minutes\nP1,0\nP2,25\nP3,\nP4,-3\nP5,late\nP6,14.5\n";
    const r = casesFromCsv(study, csv, { form: "wide", columns: { case: "Id" }, durationColumns });
    expect(Array.from(r.givenDurations?.get("departure_delay")?.values ?? [])).toEqual([0, 25, NaN, NaN, NaN, 14.5]);
    const s = r.ledger.summary();
    expect(s.byReason).toEqual([["invalid-duration", 2]]);
    expect(s.values).toMatchObject({ valid: 3, rejected: 2 });
    expect(s.problems.map((p) => p.params)).toEqual([
      expect.objectContaining({ detail: expect.stringMatching(/"-3".*is negative/) }),
      expect.objectContaining({ detail: expect.stringMatching(/late.*is not a number/) }),
    ]);
    const c = complianceFor(study, r, "d15");
    expect(c).toMatchObject({ considered: 6, measured: 3, given: 3, met: 2, missingBoth: 3, share: 2 / 3 });
    expect(c.basis).toContainEqual({ key: "durations", value: "given" });
    expect(c.basisText.en).toMatch(/where the data give the duration directly as a number, that number is used/);
    // Converted into the standard's unit: 900 s is 15 min.
    expect(complianceFor(study, r, "d900s")).toMatchObject({ measured: 3, met: 2 });
  });

  it("reads long rows whose event cell names the metric, with the number in the value column", () => {
    const r = casesFrom(study, [
      { case: "P1", event: "departure_delay", value: 20 },
      { case: "P2", event: "departure_delay", value: "5" },
      { case: "P2", event: "departure_delay", value: 6 },
      { case: "P3", event: "departure_delay", value: "" },
      { case: "P3", event: "scheduled", time: "2026-03-01T10:00:00Z" },
      { case: "P3", event: "departed", time: "2026-03-01T10:10:00Z" },
    ]);
    expect(Array.from(r.givenDurations?.get("departure_delay")?.values ?? [])).toEqual([20, 5, NaN]);
    expect(r.ledger.summary().byReason).toEqual([
      ["missing-value", 1],
      ["duplicate-event", 1],
    ]);
    // P3 has no number: its events measure it (10 min); the others use their numbers.
    expect(complianceFor(study, r, "d15")).toMatchObject({ measured: 3, given: 2, met: 2 });
  });

  it("does not use them for a standard on another clock: it says so and measures events only", () => {
    const r = casesFromCsv(study, "Id,Departure Delay in Minutes\nP1,3\nP2,40\n", { form: "wide", columns: { case: "Id" }, durationColumns });
    const c = complianceFor(study, r, "doors15");
    expect(c).toMatchObject({ measured: 0, given: 0, share: undefined });
    expect(c.problems.map((p) => p.code)).toEqual(["data/given-durations-other-clock"]);
    expect(c.problems[0]?.message).toMatch(/2 durations given as numbers/);
    expect(c.basis).not.toContainEqual({ key: "durations", value: "given" });
  });

  it("refuses durationColumns naming no metric or a unit that is not time", () => {
    expect(() => casesFromCsv(study, "Id\n", { form: "wide", durationColumns: new Map([["delay", { column: "x", unit: "min" as const }]]) })).toThrow(UsageError);
    expect(() => casesFromCsv(study, "Id\n", { form: "wide", durationColumns: new Map([["departure_delay", { column: "x", unit: "%" as never }]]) })).toThrow(/unit of time/);
  });
});

describe("the rule for unfinished cases, validated", () => {
  const withRule = (metric: object, standard: object = {}): { ok: boolean; problems: ReturnType<typeof validateStudy>["problems"] } => {
    const r = validateStudy({ ...INPUT, metrics: [{ ...INPUT.metrics![0]!, ...metric }], standards: [{ ...INPUT.standards![0]!, ...standard }] });
    // The one-step blueprint is isolated (a warning unrelated to the rule).
    return { ok: r.ok, problems: r.problems.filter((p) => p.code !== "graph/isolated-step") };
  };

  it("needs end with exclude-if-shorter (seconds optional), and refuses them otherwise, located", () => {
    const r = withRule({ unfinished: { count: "exclude-if-shorter" } });
    expect(r.problems.map((p) => [p.code, p.path.join("."), (p.params as { field: string }).field])).toEqual([["unfinished/needs-field", "metrics.0.unfinished", "end"]]);
    // Without seconds, every case that ended at the end event is left out (an order the customer cancelled).
    expect(withRule({ unfinished: { count: "exclude-if-shorter", end: "crew_departed" } }).problems.filter((p) => p.code.startsWith("unfinished/"))).toEqual([]);
    const s = withRule({}, { unfinished: { count: "miss", seconds: 5 } });
    expect(s.problems.map((p) => [p.code, p.path.join(".")])).toEqual([["unfinished/field-unused", "standards.0.unfinished.seconds"]]);
    expect(s.ok).toBe(false);
  });

  it("refuses an end event the study does not have, or one of the clock itself", () => {
    const r = withRule({}, { unfinished: { count: "exclude-if-shorter", seconds: 5, end: "abandonned" } });
    expect(r.problems.map((p) => [p.code, p.path.join(".")])).toEqual([["ref/unknown-event", "standards.0.unfinished.end"]]);
    expect(r.problems[0]?.message).toMatch(/rule for unfinished cases of standard "d15"/);
    const c = withRule({ unfinished: { count: "exclude-if-shorter", seconds: 5, end: "departed" } });
    expect(c.problems.map((p) => p.code)).toEqual(["unfinished/end-on-clock"]);
    expect(withRule({ unfinished: { count: "exclude-if-shorter", seconds: 5, end: "doors" } }).ok).toBe(true);
  });
});
