import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { BasisMismatchError } from "../../src/data/basis.js";
import { workCalendar } from "../../src/data/calendar.js";
import { casesFrom, casesFromCsv } from "../../src/data/cases.js";
import { compareCompliance, complianceFor, durationsFor } from "../../src/data/durations.js";
import { StudySchema } from "../../src/model/study.js";
import { study, studyInput } from "./fixture.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), "utf8");
const records = casesFromCsv(study, fixture("cases-long.csv"), { segments: ["region"] });
const standard = study.standards[0]!;
const expectQuestion = study.evaluationPoints[0]!.questions.find((q) => q.id === "q-expect-h")!;

describe("durationsFor", () => {
  it("measures the same records from settlement (结清) and from payment (缴清)", () => {
    const fromSettlement = durationsFor(records, { start: "settled", stop: "reconnected" }, "h");
    expect(Array.from(fromSettlement.values)).toEqual([19, 40]);
    expect(Array.from(fromSettlement.cases)).toEqual([0, 1]);
    expect(fromSettlement).toMatchObject({ considered: 4, missingStart: 1, missingStop: 1, missingBoth: 0, stopBeforeStart: 0, unconverted: 0, basis: [] });
    const fromPayment = durationsFor(records, expectQuestion);
    expect(fromPayment.unit).toBe("h");
    expect(fromPayment.clock).toEqual({ start: "paid", stop: "reconnected" });
    expect(Array.from(fromPayment.values)).toEqual([25, 49]);
    expect(fromPayment).toMatchObject({ considered: 4, missingStart: 1, missingBoth: 1, metric: "reconnect-time" });
  });

  it("accounts for every case considered", () => {
    for (const clock of [{ start: "paid", stop: "settled" }, { start: "settled", stop: "reconnected" }, { start: "ordered", stop: "paid" }]) {
      const d = durationsFor(records, clock, "min");
      expect(d.values.length + d.missingStart + d.missingStop + d.missingBoth + d.stopBeforeStart + d.unconverted).toBe(d.considered);
    }
  });

  it("takes the clock and unit of a standard or metric, converts units and filters cases", () => {
    expect(Array.from(durationsFor(records, standard).values)).toEqual([19, 40]);
    expect(Array.from(durationsFor(records, study.metrics[1]!).values)).toEqual([360, 540]); // settle-lag in min
    expect(Array.from(durationsFor(records, standard, "d").values).map((v) => v * 24)).toEqual([19, 40]);
    expect(Array.from(durationsFor(records, standard, "h", { segment: { region: "south" } }).values)).toEqual([40]);
    // These cases name no wave, so they count for any wave asked for; cases of another wave do not.
    expect(durationsFor(records, standard, "h", { wave: "9" }).considered).toBe(durationsFor(records, standard, "h").considered);
    const waved = casesFrom(study, [{ case: "W1", event: "settled", time: "2026-03-02T08:00:00+08:00", wave: "2" }, { case: "W1", event: "reconnected", time: "2026-03-02T10:00:00+08:00", wave: "2" }]);
    expect(durationsFor(waved, standard, "h", { wave: "9" }).considered).toBe(0);
    expect(durationsFor(waved, standard, "h", { wave: "2" }).considered).toBe(1);
    expect(durationsFor(records, standard, "h", { context: "reconnect-time" }).considered).toBe(1);
  });

  it("counts stop-before-start on a clock the study does not name", () => {
    const d = durationsFor(records, { start: "reconnected", stop: "settled" }, "h");
    expect(d.stopBeforeStart).toBe(2);
    expect(d.problems[0]?.code).toBe("data/stop-before-start");
  });

  it("does not turn calendar time into working days without a calendar", () => {
    const d = durationsFor(records, standard, "workday");
    expect(d.values.length).toBe(0);
    expect(d.unconverted).toBe(2);
    expect(d.problems[0]).toMatchObject({ code: "data/workday-needs-calendar", severity: "error" });
    const cal = durationsFor(records, standard, "workday", { calendar: workCalendar({ utcOffset: "+08:00" }) });
    // WO-1: Fri 1 Mar 15:00 → Sat 2 Mar 10:00 = 9 h of Friday. WO-2: Fri 18:00 → Sun 3 Mar 10:00 = 6 h.
    expect(Array.from(cal.values).map((v) => Math.round(v * 24 * 1e9) / 1e9)).toEqual([9, 6]);
  });

  it("refuses what cannot be measured", () => {
    expect(() => durationsFor(records, { start: "paid", stop: "nowhere" }, "h")).toThrow(NotFoundError);
    expect(() => durationsFor(records, { start: "paid", stop: "settled" })).toThrow(/no unit/);
    expect(() => durationsFor(records, { start: "paid", stop: "settled" }, "%")).toThrow(/not a unit of time/);
    const q = study.evaluationPoints[0]!.questions[0]!;
    expect(() => durationsFor(records, q, "h")).toThrow(UsageError);
  });
});

describe("complianceFor", () => {
  it("gives the share meeting the standard on its own clock, with counts", () => {
    const c = complianceFor(study, records, "reconnect-24h");
    expect(c).toMatchObject({ standard: "reconnect-24h", metric: "reconnect-time", unit: "h", threshold: 24, target: 0.95, considered: 4, measured: 2, met: 1, share: 0.5, meetsTarget: false, missingStart: 1, missingStop: 1 });
    expect(c.basis).toEqual([
      { key: "clockStart", value: "settled" },
      { key: "clock.start", value: "settled" },
      { key: "clock.stop", value: "reconnected" },
      { key: "threshold", value: 24 },
      { key: "unit", value: "h" },
      { key: "better", value: "lower" },
      { key: "unfinished", value: "exclude" },
    ]);
    expect(c.estimate?.kind).toBe("insufficient"); // two cases are below the default minimum
    const e = complianceFor(study, records, standard, { minN: 2 }).estimate;
    expect(e?.kind).toBe("estimate");
    if (e?.kind === "estimate") {
      expect(e.value).toBe(0.5);
      expect(e.ci[0]).toBeLessThan(0.5);
      expect(e.ci[1]).toBeGreaterThan(0.5);
      expect(e.verdict).toBe("misses"); // even the upper Wilson bound (0.91) is below 0.95
    }
  });

  it("says so when a working-day standard has no calendar", () => {
    const s2 = StudySchema.parse({ ...studyInput, standards: [{ ...studyInput.standards![0]!, unit: "workday", threshold: 1 }] });
    const r = casesFromCsv(s2, fixture("cases-long.csv"));
    const c = complianceFor(s2, r, "reconnect-24h");
    expect(c.share).toBeUndefined();
    expect(c.problems.map((p) => p.code)).toEqual(["data/workday-needs-calendar"]);
    const withCal = complianceFor(s2, r, "reconnect-24h", { calendar: workCalendar({ utcOffset: "+08:00" }), minN: 2 });
    expect(withCal).toMatchObject({ measured: 2, met: 2, share: 1 });
  });

  it("refuses unknown standards and other studies' records", () => {
    expect(() => complianceFor(study, records, "nope")).toThrow(NotFoundError);
    const other = StudySchema.parse({ ...studyInput, id: "other" });
    expect(() => complianceFor(other, records, "reconnect-24h")).toThrow(/belong to study/);
  });

  it("compares figures only on the same basis and clock", () => {
    const wave1 = complianceFor(study, records, "reconnect-24h");
    const wave2 = complianceFor(study, casesFrom(study, [{ case: "x", event: "settled", time: 0 }, { case: "x", event: "reconnected", time: 3_600_000 }]), "reconnect-24h");
    expect(compareCompliance(wave1, wave2).difference).toBe(0.5);
    const fromPayment = StudySchema.parse({ ...studyInput, standards: [{ ...studyInput.standards![0]!, clock: { start: "paid", stop: "reconnected" } }] });
    const c2 = complianceFor(fromPayment, casesFromCsv(fromPayment, fixture("cases-long.csv")), "reconnect-24h");
    expect(() => compareCompliance(wave1, c2)).toThrow(BasisMismatchError);
    expect(() => compareCompliance(wave1, c2)).toThrow(/clock\.start: "settled" in the first figure, "paid" in the second figure/);
  });
});
