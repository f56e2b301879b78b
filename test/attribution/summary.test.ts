/**
 * Attribution from a survey summary: the bundled power-utility study with simulated data (planted causes, two
 * waves, weights and segments). The summary route makes every survey-side decision exactly as the
 * respondent-level route (the same tests, p- and q-values, intervals, strengths, undecided items, priorities and
 * coverage counts); what it cannot make is said (the links that need customers joined to their own cases are
 * untested). A summary survives JSON, and summaries of parts holding whole respondents merge into the whole's.
 */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { compareWaves } from "../../src/attribution/waves.js";
import { mergeSurveySummaries, summariseSurvey } from "../../src/attribution/summary/summarise.js";
import type { SurveySummary } from "../../src/attribution/shared/survey-summary.js";
import { collectResponses } from "../../src/data/dataset.js";
import { ValidationError } from "../../src/core/errors.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { responseRows } from "../../src/simulate/rows.js";
import { simulateStudy } from "../../src/simulate/simulate.js";
import type { Study } from "../../src/model/study.js";
import { expectSummariesClose } from "./summary-compare.js";

const loaded = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url)));
const study = loaded.study as Study;
const plant = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  { tag: "customer-dissatisfaction", point: "ep_or_arrival" },
] as const;
const data = simulateStudy(study, { seed: 7, plant, waves: ["2026H1", "2026H2"], externalRespondents: 3000, internalRespondents: 800 });
const rows = [...responseRows(data)];
const table = collectResponses(study, rows);

/** Everything of an attribution the survey-side decisions make (the trace's links aside). */
function decisions(r: Attribution) {
  return {
    wave: r.wave,
    tests: r.tests,
    strengths: r.strengths,
    untargeted: r.untargeted,
    undecided: r.undecided,
    priorities: r.priorities,
    gaps: r.coverage.gaps,
    audiences: { customers: r.coverage.data.customers, staff: r.coverage.data.staff },
    findings: r.findings.map((f) => ({ id: f.id, tag: f.tag, post: f.post, department: f.department, step: f.step, evidence: f.evidence, severity: f.severity, q: f.q, change: f.change })),
  };
}

describe("attribution from a survey summary", () => {
  const summary = summariseSurvey(study, table);

  it("holds every wave, and nothing respondent-level", () => {
    expect(summary.waves.map((w) => w.wave)).toEqual(["2026H1", "2026H2"]);
    const text = JSON.stringify(summary);
    expect(text).not.toContain(table.respondents.id[0] as string);
    expect(summary.waves[1]?.respondents.customers).toBe(3000);
  });

  it("decides every survey-side test, priority and count exactly as the responses do, with cases and without", () => {
    for (const wave of ["2026H1", "2026H2"]) {
      const viaTable = withPriorities(study, attribute(study, { responses: table }, { wave }), { responses: table });
      const viaSummary = withPriorities(study, attribute(study, { responses: summary }, { wave }), { responses: summary });
      expect(viaTable.findings.length).toBeGreaterThan(0);
      expect(viaTable.priorities!.some((t) => t.method === "relative-weights")).toBe(true);
      expect(decisions(viaSummary)).toEqual(decisions(viaTable));
    }
    const withCases = attribute(study, { responses: table, cases: data.cases });
    const summaryWithCases = attribute(study, { responses: summary, cases: data.cases });
    expect(decisions(summaryWithCases)).toEqual(decisions(withCases));
  });

  it("measures co-variation across places from the summary's per-place sums as from the respondents", () => {
    // Unlinked customers with case records: the trace compares places (three areas here, so three suffice).
    const viaTable = attribute(study, { responses: table, cases: data.cases }, { minGroups: 3 });
    const viaSummary = attribute(study, { responses: summary, cases: data.cases }, { minGroups: 3 });
    const places = (r: Attribution) => r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.filter((l) => l.grade === "co-variation").map((l) => ({ gap: f.id, ...l })) : []));
    expect(places(viaTable).length).toBeGreaterThan(0);
    expect(places(viaSummary)).toEqual(places(viaTable));
  });

  it("compares waves from a summary as from the responses", () => {
    const waves = { before: "2026H1", after: "2026H2" };
    const viaTable = compareWaves(study, { responses: table, cases: data.cases }, waves);
    const viaSummary = compareWaves(study, { responses: summary, cases: data.cases }, waves);
    expect(viaTable.changes.some((c) => c.kind === "internal" && c.difference !== undefined)).toBe(true);
    expect(viaSummary.changes).toEqual(viaTable.changes);
    expect(viaSummary.posts).toEqual(viaTable.posts);
  });

  it("says the links to customers are untested: a summary joins no customer to a case", () => {
    const r = attribute(study, { responses: summary, cases: data.cases });
    expect(r.linkage.linked).toBe(0);
    expect(r.linkage.respondents).toBe(3000);
    expect(r.coverage.links.testable).toBe(false);
    expect(r.coverage.links.needs.map((n) => n.kind)).toContain("linked-responses");
    for (const f of r.findings) if (f.tag === "customer-dissatisfaction") expect(f.causes.filter((c) => c.effect.estimator === "linked-regression")).toEqual([]);
  });

  it("survives JSON: the parsed summary attributes the same", () => {
    const parsed = JSON.parse(JSON.stringify(summary)) as SurveySummary;
    expect(attribute(study, { responses: parsed })).toEqual(attribute(study, { responses: summary }));
  });

  it("merges summaries of parts holding whole respondents into the summary of the whole", () => {
    // Split by respondent (every answer of a respondent in one part), in two uneven parts, rows shuffled apart.
    const ids = [...new Set(rows.map((r) => String(r.respondent)))].sort();
    const inA = new Set(ids.filter((_, i) => i % 3 === 0));
    const a = summariseSurvey(study, collectResponses(study, rows.filter((r) => inA.has(String(r.respondent)))));
    const b = summariseSurvey(study, collectResponses(study, rows.filter((r) => !inA.has(String(r.respondent))).reverse()));
    expect(a.waves[1]?.drivers.length).toBeGreaterThan(0);
    const merged = mergeSurveySummaries(a, b);
    expectSummariesClose(merged, summary, 1e-12);
    const fromMerged = attribute(study, { responses: merged });
    const fromWhole = attribute(study, { responses: summary });
    expect(fromMerged.findings.map((f) => [f.id, f.post])).toEqual(fromWhole.findings.map((f) => [f.id, f.post]));
    expect(fromMerged.tests.map((t) => t.significant)).toEqual(fromWhole.tests.map((t) => t.significant));
  });

  it("refuses a summary of another study, with other options, or without the wave asked for", () => {
    expect(() => attribute(study, { responses: { ...summary, study: "other" } })).toThrow(/summary is of study "other"/);
    expect(() => attribute(study, { responses: summary }, { minExternal: 50 })).toThrow(/minExternal 30/);
    expect(() => attribute(study, { responses: summary }, { wave: "2027H1" })).toThrow(/no wave "2027H1"/);
    const w = summary.waves[1];
    if (w === undefined) throw new Error("no wave");
    const lacking: SurveySummary = { ...summary, waves: [{ ...w, indexes: w.indexes.slice(1) }] };
    expect(() => attribute(study, { responses: lacking })).toThrow(/made for another version of the study/);
  });

  it("checks a summary given to it as untrusted input, naming each problem by its path", () => {
    const w = summary.waves[1];
    const first = w?.indexes[0];
    if (w === undefined || first === undefined) throw new Error("no wave");
    const bad = JSON.parse(JSON.stringify({ ...summary, waves: [{ ...w, indexes: [{ ...first, moments: { ...first.moments, n: -1 } }, ...w.indexes.slice(1)] }] })) as SurveySummary;
    const caught = (() => {
      try {
        attribute(study, { responses: bad });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).problems.map((p) => p.path)).toEqual([["waves", 0, "indexes", 0, "moments", "n"]]);
    const d = w.drivers[0];
    if (d === undefined) throw new Error("no driver data");
    const ragged = { ...summary, waves: [{ ...w, drivers: [{ ...d, cross: { ...d.cross, mean: d.cross.mean.slice(1) } }] }] };
    expect(() => mergeSurveySummaries(ragged, summary)).toThrow(/malformed/);
    expect(() => attribute(study, { responses: { ...summary, version: 2 } as unknown as SurveySummary })).toThrow(/malformed/);
  });
});
