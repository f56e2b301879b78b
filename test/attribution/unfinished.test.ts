/**
 * The execution evidence reads compliance on the rule for unfinished cases: the call log of
 * test/data/call-centre.test.ts, measured through a case view, gives the same shares as `complianceFor`, with the
 * abandonment figure in the evidence and in its sentence (English and Chinese); without unfinished cases the
 * evidence carries nothing new.
 */
import { describe, expect, it } from "vitest";
import { complianceFor } from "../../src/data/durations.js";
import { casesFrom } from "../../src/data/cases.js";
import { executionEvidence } from "../../src/attribution/evidence/execution.js";
import { standardSample } from "../../src/attribution/evidence/compliance.js";
import { caseView } from "../../src/attribution/shared/inputs.js";
import { UsageError } from "../../src/core/errors.js";
import { emptyWaveSummary } from "../../src/attribution/shared/survey-summary.js";
import { resolveAttributionOptions } from "../../src/attribution/shared/options.js";
import { evidenceText } from "../../src/reports/text.js";
import { basisDifferences } from "../../src/data/basis.js";
import { records, study } from "../data/call-log.js";

const noSurvey = emptyWaveSummary("");

describe("execution evidence on the rule for unfinished cases", () => {
  const built = executionEvidence(study, noSurvey, caseView(records), resolveAttributionOptions({ minCases: 30 }));
  const evidenceOf = (id: string) => {
    const c = built.candidates.find((x) => x.id === `compliance:${id}`);
    if (c?.evidence.kind !== "compliance-below-standard") throw new Error(`no compliance evidence for ${id}`);
    return c.evidence;
  };

  it("gives the shares complianceFor gives, on each rule", () => {
    for (const id of ["sl60-miss", "sl60-exclude", "sl60-short"]) {
      expect(evidenceOf(id).compliance.value).toBe(complianceFor(study, records, id).share);
      expect(evidenceOf(id).compliance.n).toBe(complianceFor(study, records, id).counted);
    }
  });

  it("carries the unfinished counts and the abandonment figure, and says them in both languages", () => {
    const c = complianceFor(study, records, "sl60-miss");
    const e = evidenceOf("sl60-miss");
    expect(e.unfinished).toMatchObject({ rule: "miss", stop: "answered", cases: c.unfinished.cases, misses: c.unfinished.cases, excluded: 0, started: c.abandonment?.started });
    expect(e.unfinished?.abandonment?.value).toBe(c.abandonment?.share);
    expect(evidenceText(study, e, "en")).toMatch(/Of 600 cases that reached the start, \d+ never reached “answered” \(abandonment [\d.]+%; 95% CI [\d.]+%–[\d.]+%\); they count as misses\.$/);
    expect(evidenceText(study, e, "zh")).toMatch(/到达起点的600个工单中，\d+个未到达“接通”（放弃率[\d.]+%；95%置信区间 [\d.]+%–[\d.]+%），计为未达标。$/);
    expect(evidenceText(study, evidenceOf("sl60-exclude"), "en")).toMatch(/they are left out of the share\.$/);
    expect(evidenceText(study, evidenceOf("sl60-short"), "zh")).toMatch(/不计入）中/);
  });

  it("adds nothing when no case is unfinished", () => {
    const done = casesFrom(study, [
      ...Array.from({ length: 40 }, (_, i) => ({ case: `c${i}`, event: "offered", time: i * 100_000 })),
      ...Array.from({ length: 40 }, (_, i) => ({ case: `c${i}`, event: "answered", time: i * 100_000 + (i % 2 === 0 ? 30_000 : 90_000) })),
    ]);
    const b = executionEvidence(study, noSurvey, caseView(done), resolveAttributionOptions({ minCases: 30 }));
    const e = b.candidates.find((x) => x.id === "compliance:sl60-miss")?.evidence;
    expect(e?.kind === "compliance-below-standard" && "unfinished" in e).toBe(false);
  });

  it("gives different computed bases for a wave measured from given durations and one from events", () => {
    const s = study.standards.find((x) => x.id === "sl60-exclude")!;
    const clock = { start: "offered", stop: "answered" };
    const fromEvents = standardSample(study, caseView(records), s, clock);
    const given = caseView([{ id: "g1", events: [], given: new Map([["answer-wait", { value: 20, unit: "s" as const }]]) }]);
    const fromGiven = standardSample(study, given, s, clock);
    expect(fromGiven).toMatchObject({ values: [20], given: 1 });
    expect(basisDifferences(fromEvents.basis, fromGiven.basis)).toEqual([{ kind: "only-right", key: "durations", right: "given" }]);
  });

  it("refuses durations given as anything but a Map, naming the case (they were ignored silently)", () => {
    const plain = [{ id: "g1", events: [], given: { "answer-wait": { value: 20, unit: "s" } } }] as unknown as Parameters<typeof caseView>[0];
    expect(() => caseView(plain)).toThrow(UsageError);
    expect(() => caseView(plain)).toThrow(/case "g1" gives its durations \(given\) as an object, not a Map/);
    const list = [{ id: "g2", events: [], given: [["answer-wait", { value: 20, unit: "s" }]] }] as unknown as Parameters<typeof caseView>[0];
    expect(() => caseView(list)).toThrow(/case "g2" gives its durations \(given\) as an array, not a Map/);
  });
});
