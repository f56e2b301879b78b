/**
 * A case view's standard figures are kept packed (evidence/figures.ts: counts dropped when every count is 1, 32-bit
 * counts otherwise): read back, they are the value bins of the standard's sample, whatever the ties.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packedStandard, viewFigures } from "../../../src/attribution/evidence/figures.js";
import { standardSample } from "../../../src/attribution/evidence/compliance.js";
import { caseView } from "../../../src/attribution/shared/inputs.js";
import { casesFrom } from "../../../src/data/cases.js";
import { binsMoments, valueBins } from "../../../src/data/case-summary.js";
import { study } from "../../data/fixture.js";

describe("a case view's standard figures, read back from their packed form", () => {
  it("are the value bins of the standard's sample: all counts 1, repeated durations, or none", () => {
    const s = study.standards[0];
    const clock = study.metrics.find((m) => m.id === s?.metric)?.clock;
    if (s === undefined || clock === undefined) throw new Error("the fixture has a standard on a clock");
    // Durations in whole hours from a small range (ties) or to the millisecond (no ties).
    const row = fc.record({ hours: fc.integer({ min: 0, max: 6 }), ms: fc.integer({ min: 0, max: 1_000_000 }), exact: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const records = casesFrom(
          study,
          rows.flatMap((r, k) => [
            { case: `C${k}`, event: "settled", time: 1_700_000_000_000 },
            { case: `C${k}`, event: "reconnected", time: 1_700_000_000_000 + r.hours * 3_600_000 + (r.exact ? r.ms : 0) },
          ]),
        );
        const view = caseView(records);
        const want = valueBins(standardSample(study, view, s, clock).values);
        const figures = viewFigures(study, view);
        const first = figures.standard(s, clock);
        expect(first.values).toEqual(want);
        // The moments, made from the typed arrays, are binsMoments of the bins to the bit.
        expect(first.moments).toEqual(binsMoments(want));
        // A second read unpacks again: the same bins.
        expect(figures.standard(s, clock).values).toEqual(want);
        // The packed form the execution test reads holds the same bins: counts only when one is not 1.
        const packed = packedStandard(figures, s, clock);
        expect(Array.from(packed?.binValues ?? [])).toEqual(want.map((b) => b[0]));
        expect(packed?.binCounts === undefined ? want.every((b) => b[1] === 1) : Array.from(packed.binCounts)).toEqual(packed?.binCounts === undefined ? true : want.map((b) => b[1]));
      }),
      { numRuns: 60 },
    );
  });

  it("a standard's sample, made when read, is of the standard as it was measured, not as edited since", () => {
    const s = study.standards[0];
    const clock = study.metrics.find((m) => m.id === s?.metric)?.clock;
    if (s === undefined || clock === undefined) throw new Error("the fixture has a standard on a clock");
    const records = casesFrom(study, [
      { case: "C1", event: "settled", time: 0 },
      { case: "C1", event: "reconnected", time: 3_600_000 },
      { case: "C2", event: "settled", time: 0 },
    ]);
    // Unfinished cases count as misses: they sit at the end of the sample the better direction points away from.
    const edited = { ...structuredClone(s), unfinished: { count: "miss" as const } };
    const measured = standardSample(study, caseView(records), edited, clock);
    const before = standardSample(study, caseView(records), { ...edited }, clock).sample;
    expect(before).toHaveLength(2); // the finished case and the unfinished one, a miss
    // A notebook edits the standard in place (the other direction) before the sample is read.
    (edited as { better: string }).better = s.better === "lower" ? "higher" : "lower";
    expect(measured.sample).toEqual(before);
  });
});
