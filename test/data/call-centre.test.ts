/**
 * The example run of issue 10's "bases that compute": one call log with abandoned calls, exported as a call-centre
 * system writes it (wide form, one row per call, offered / answered / abandoned times in local time), read once and
 * measured on three bases of the same standard (answer within 60 s): abandoned calls as misses (all queued calls),
 * left out (answered calls only), and left out only when abandoned within 5 s. Each figure is checked against a
 * plain count over the generated calls, and the figures on different bases refuse to be compared.
 */
import { describe, expect, it } from "vitest";
import { BasisMismatchError } from "../../src/data/basis.js";
import { compareCompliance, complianceFor } from "../../src/data/durations.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { calls, records, study, STUDY } from "./call-log.js";

describe("a call log with abandoned calls, on bases that compute", () => {
  // The independent computation: plain counting over the generated calls.
  const answered = calls.filter((c) => c.wait !== undefined);
  const within = answered.filter((c) => (c.wait ?? Infinity) <= 60).length;
  const abandoned = calls.length - answered.length;
  const short = calls.filter((c) => c.abandonAfter !== undefined && c.abandonAfter < 5).length;

  it("the study validates, and every call is read", () => {
    expect(validateStudy(STUDY).ok).toBe(true);
    expect(records.count).toBe(600);
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 600, accepted: 600, rejected: 0 });
    expect(short).toBeGreaterThan(0);
    expect(abandoned).toBeGreaterThan(100);
  });

  it("gives the all-queued service level when abandoned calls count as misses", () => {
    const c = complianceFor(study, records, "sl60-miss");
    expect(c).toMatchObject({ measured: answered.length, met: within, counted: calls.length, missingStop: abandoned });
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: abandoned, excluded: 0 });
    expect(c.share).toBe(within / calls.length);
    expect(c.estimate?.kind === "estimate" && c.estimate.n).toBe(calls.length);
    expect(c.basis).toContainEqual({ key: "unfinished", value: "miss" });
    expect(c.basis).toContainEqual({ key: "abandoned_calls", value: "see standard" });
    expect(c.basisText.en).toBe("share of all cases reaching queued that reach answered within 60 s of queued; cases that never reach answered count as misses");
    expect(c.basisText.zh).toBe("全部到达进入队列的案例中自进入队列起60秒内到达接通的占比；未到达接通的案例计为未达标");
  });

  it("gives the answered-only service level when they are left out", () => {
    const c = complianceFor(study, records, "sl60-exclude");
    expect(c).toMatchObject({ measured: answered.length, met: within, counted: answered.length });
    expect(c.share).toBe(within / answered.length);
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: 0, excluded: abandoned });
    expect(c.basisText.en).toMatch(/never reach answered are left out$/);
  });

  it("leaves out only the calls abandoned within 5 s under exclude-if-shorter", () => {
    const c = complianceFor(study, records, "sl60-short");
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: abandoned - short, excluded: short, withoutEnd: 0 });
    expect(c.share).toBe(within / (calls.length - short));
    expect(c.basis).toContainEqual({ key: "unfinished.seconds", value: 5 });
    expect(c.basisText.zh).toContain("5秒内以放弃结束的不计入");
  });

  it("states the abandonment figure with its interval and counts", () => {
    const all = complianceFor(study, records, "sl60-miss").abandonment;
    expect(all).toMatchObject({ started: calls.length, unfinished: abandoned, share: abandoned / calls.length });
    const e = all?.estimate;
    expect(e?.kind).toBe("estimate");
    if (e?.kind === "estimate") {
      expect(e.ci[0]).toBeLessThan(abandoned / calls.length);
      expect(e.ci[1]).toBeGreaterThan(abandoned / calls.length);
    }
    // Short abandons are left out of both sides under exclude-if-shorter.
    expect(complianceFor(study, records, "sl60-short").abandonment).toMatchObject({ started: calls.length - short, unfinished: abandoned - short });
  });

  it("refuses to compare the two service levels, naming the difference", () => {
    const all = complianceFor(study, records, "sl60-miss");
    const answeredOnly = complianceFor(study, records, "sl60-exclude");
    expect(() => compareCompliance(all, answeredOnly)).toThrow(BasisMismatchError);
    expect(() => compareCompliance(all, answeredOnly)).toThrow(/unfinished: "miss" in the first figure, "exclude" in the second figure/);
    expect(compareCompliance(all, complianceFor(study, records, "sl60-miss")).difference).toBe(0);
  });
});
