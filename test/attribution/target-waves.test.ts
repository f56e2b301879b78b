/** trackTargets: values per wave, targets met two-sided, changes tested two-sided, runs of consecutive falls. */
import { describe, expect, it } from "vitest";
import { trackTargets } from "../../src/attribution/target-waves.js";
import { UsageError } from "../../src/core/errors.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { county, countyTable, WAVE_2013, type WaveSpec } from "./targets-fixture.js";

const wave = (name: string, problem: number, supply: number, n = 800): WaveSpec => ({ ...WAVE_2013, wave: name, n, means: { ...WAVE_2013.means, q_problem: problem, q_supply: supply } });

describe("trackTargets", () => {
  // Problem handling falls 10 points a year (the sources' 问题处理 falling for years); supply drifts within noise.
  const table = countyTable([wave("2011", 75, 84), wave("2012", 65, 84), wave("2013", 55, 84)], 21);
  const track = trackTargets(county, { responses: table });
  const byId = new Map(track.series.map((s) => [s.id, s] as const));

  it("flags problem handling as falling in two consecutive waves, both falls significant", () => {
    const problem = byId.get("ind_problem")!;
    expect(problem.changes.map((c) => c.difference.value < 0)).toEqual([true, true]);
    expect(problem.fallingRuns).toEqual([{ waves: ["2011", "2012", "2013"], falls: 2, significant: "all" }]);
  });

  it("says when a run of falls is only point estimates, and every change is tested two-sided with its interval", () => {
    for (const s of track.series)
      for (const run of s.fallingRuns) {
        const changes = s.changes.filter((c) => run.waves.includes(c.from) && run.waves.includes(c.to));
        const sig = changes.filter((c) => c.significant).length;
        expect(run.significant).toBe(sig === changes.length ? "all" : sig > 0 ? "some" : "none");
      }
    const supply = byId.get("ind_supply")!;
    for (const c of supply.changes) {
      expect(c.difference.ci[0]).toBeLessThan(c.difference.value);
      expect(c.difference.p).toBeGreaterThan(0.001);
      expect(c.significant).toBe(false);
    }
  });

  it("judges each wave's target two-sided: met, missed or cannot tell, only where a target is declared", () => {
    const supply = byId.get("ind_supply")!;
    // Supply's targets: 84 in 2012 and 2013 (earlier targets); none in 2011.
    expect(supply.values.map((v) => v.target)).toEqual([undefined, 84, 84]);
    expect(supply.values[0]!.met).toBeUndefined();
    for (const v of supply.values.slice(1)) expect(v.met).toBe(v.value!.ci[0] >= 84 ? "met" : v.value!.ci[1] < 84 ? "missed" : "cannot-tell");
    // The top target is for 2014, not in these data: the overall index is tracked with no target.
    const top = byId.get("customer_service")!;
    expect(top.kind).toBe("top");
    expect(top.values.every((v) => v.target === undefined)).toBe(true);
  });

  it("tracks the next wave's target when the data reach it", () => {
    const t = trackTargets(county, { responses: countyTable([wave("2013", 55, 84, 300), { ...wave("2014", 61, 86, 300), wave: "2014" }], 3) });
    const problem = t.series.find((s) => s.id === "ind_problem")!;
    expect(problem.values.map((v) => v.target)).toEqual([undefined, 60]);
    const top = t.series.find((s) => s.id === "customer_service")!;
    expect(top.values[1]!.target).toBe(81);
    expect(problem.fallingRuns).toEqual([]);
  });

  it("refuses one wave, a wave the data lack, no targets, and something that is not a table", () => {
    const one = countyTable([WAVE_2013], 1);
    expect(() => trackTargets(county, { responses: one })).toThrow(/trackTargets: the responses have 1 wave\(s\); tracking needs at least two/);
    expect(() => trackTargets(county, { responses: table }, { waves: ["2011", "2031"] })).toThrow(/no wave "2031"/);
    expect(() => trackTargets(county, { responses: table }, { waves: ["2011"] })).toThrow(/waves must list at least two waves|at least two waves/);
    expect(() => trackTargets({ ...county, targets: undefined }, { responses: table })).toThrow(UsageError);
    expect(() => trackTargets(county, { responses: {} as never })).toThrow(/data.responses is not a response table/);
    expect(() => trackTargets(county, { responses: summariseSurvey(county, table) as never })).toThrow(/trackTargets: data.responses is a survey summary/);
  });
});
