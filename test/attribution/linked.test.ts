/**
 * Attribution from a linked summary: the bundled power-utility study with simulated data whose customers are linked
 * to their own work orders (planted causes, two waves, weights, segments). The survey, case and linked summaries
 * together give the measured links, grades, shares and overall driver effects the respondent-level route gives
 * (counts exactly, every number to 1e-10); a summary survives JSON; summaries of parts that hold whole cases with
 * their respondents merge into the whole's; a malformed summary is refused with located problems.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { keptOf, linkedPlan, summariseLinked } from "../../src/attribution/linked.js";
import { mergeLinkedSummaries, type LinkedSummary } from "../../src/attribution/shared/linked-summary.js";
import { caseView, surveyView } from "../../src/attribution/shared/inputs.js";
import { linkedExposure } from "../../src/attribution/trace/exposure-share.js";
import { linkedExposureFromCells } from "../../src/attribution/trace/linked-from-summary.js";
import { caseSummary } from "../../src/attribution/evidence/figures.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { ValidationError, UsageError } from "../../src/core/errors.js";
import { collectResponses } from "../../src/data/dataset.js";
import type { Study } from "../../src/model/study.js";
import { responseRows } from "../../src/simulate/rows.js";
import { simulateStudy } from "../../src/simulate/simulate.js";
import { expectClose } from "./summary-compare.js";
import { traced } from "./linked-compare.js";
import { bundled, THREE_PLANTS } from "./helpers.js";

const study: Study = bundled;
const plant = THREE_PLANTS;
const data = simulateStudy(study, { seed: 13, plant, waves: ["2026H1", "2026H2"], externalRespondents: 3000, internalRespondents: 600, casesPerTheme: 600, link: { share: 0.8 } });
const table = collectResponses(study, [...responseRows(data)]);
const WAVES = ["2026H1", "2026H2"];

let linked: LinkedSummary;
beforeAll(async () => {
  linked = await summariseLinked(study, { responses: table, cases: data.cases });
});

describe("attribution from a linked summary", () => {
  it("the data measure links: effects on linked customers, shares, driver effects", () => {
    const r = attribute(study, { responses: table, cases: data.cases }, { wave: "2026H2" });
    const links = r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links : []));
    expect(r.linkage.linked).toBeGreaterThan(500);
    expect(links.filter((l) => l.grade === "measured" && l.effect?.estimator === "linked-regression").length).toBeGreaterThan(0);
    expect(links.filter((l) => l.effect?.estimator === "driver-regression").length).toBeGreaterThan(0);
    expect(links.some((l) => l.share !== undefined && l.effect?.estimator === "linked-regression")).toBe(true);
    expect(links.some((l) => l.effect?.adjustedFor.length)).toBe(true);
  });

  it("gives the respondent-level route's links, shares and linkage (counts exactly, numbers to 1e-10)", () => {
    const survey = summariseSurvey(study, table);
    const cases = caseSummary(study, data.cases);
    for (const wave of WAVES) {
      const mine = attribute(study, { responses: table, cases: data.cases }, { wave });
      const theirs = attribute(study, { responses: survey, cases, linked }, { wave });
      const without = attribute(study, { responses: survey, cases }, { wave });
      expect(without.linkage.linked).toBe(0);
      expect(theirs.linkage.linked).toBe(mine.linkage.linked);
      expect(theirs.coverage.links.testable).toBe(true);
      expectClose(traced(theirs), traced(mine), 1e-10);
    }
  });

  it("adjusts for the segments asked for, as in process", () => {
    const survey = summariseSurvey(study, table);
    const cases = caseSummary(study, data.cases);
    const mine = attribute(study, { responses: table, cases: data.cases }, { adjustFor: ["area"] });
    const theirs = attribute(study, { responses: survey, cases, linked }, { adjustFor: ["area"] });
    expectClose(traced(theirs), traced(mine), 1e-10);
  });

  it("gives linkedExposure's share of exposed linked customers from the cells", () => {
    const view = surveyView(table, "2026H2");
    const cases = caseView(data.cases, "2026H2");
    const w = linked.waves.find((x) => x.wave === "2026H2");
    let compared = 0;
    for (const p of w?.points ?? [])
      for (const e of p.exposures) {
        const point = study.evaluationPoints.find((x) => x.id === p.point);
        if (point === undefined) continue;
        const mine = linkedExposure(study, view, cases, point, e.exposure);
        const theirs = linkedExposureFromCells(p, e.key);
        expect(theirs === undefined).toBe(mine === undefined);
        if (mine === undefined || theirs === undefined) continue;
        expect(theirs.n).toBe(mine.n);
        expectClose(theirs, mine, 1e-10);
        compared += 1;
      }
    expect(compared).toBeGreaterThan(10);
  });

  it("survives JSON", () => {
    const back = JSON.parse(JSON.stringify(linked)) as LinkedSummary;
    const survey = summariseSurvey(study, table);
    const cases = caseSummary(study, data.cases);
    expectClose(traced(attribute(study, { responses: survey, cases, linked: back })), traced(attribute(study, { responses: survey, cases, linked })), 0);
  });

  it("parts holding whole cases with their respondents, summarised apart with the whole's findings, merge into the whole", async () => {
    const rows = [...responseRows(data)];
    const caseIds = [...new Set(data.cases.map((c) => c.id))].sort();
    const inA = new Set(caseIds.filter((_, i) => i % 2 === 0));
    const respondents = [...new Set(rows.map((r) => String(r.respondent)))].sort();
    const side = (r: (typeof rows)[number]): boolean => (r.case === undefined || r.case === "" ? respondents.indexOf(String(r.respondent)) % 2 === 0 : inA.has(String(r.case)));
    const findings = new Map(WAVES.map((wave) => [wave, attribute(study, { responses: table, cases: data.cases }, { wave }).findings] as const));
    const part = (a: boolean) => summariseLinked(study, { responses: collectResponses(study, rows.filter((r) => side(r) === a)), cases: data.cases.filter((c) => inA.has(c.id) === a) }, { findings });
    const [a, b] = [await part(true), await part(false)];
    const noDrivers = (s: LinkedSummary): LinkedSummary => ({ ...s, waves: s.waves.map((w) => ({ ...w, drivers: [] })) });
    const merged = mergeLinkedSummaries(noDrivers(a), noDrivers(b));
    const whole = noDrivers(linked);
    expect(merged.waves.map((w) => w.linkage.linked)).toEqual(whole.waves.map((w) => w.linkage.linked));
    expectClose(merged, whole, 1e-12);
    // Driver regressions of parts carry their own round 1's slopes: merging them is refused, not averaged.
    expect(() => mergeLinkedSummaries(a, b)).toThrow(/different slopes/);
  });

  it("refuses a malformed summary with located problems, and one made for other findings", () => {
    const survey = summariseSurvey(study, table);
    const cases = caseSummary(study, data.cases);
    const bad = JSON.parse(JSON.stringify(linked)) as { waves: { linkage: { linked: number }; points: { cells: { exposure: unknown[] }[] }[] }[] };
    (bad.waves[0] as { linkage: { linked: number } }).linkage.linked = -1;
    try {
      attribute(study, { responses: survey, cases, linked: bad as unknown as LinkedSummary });
      expect.fail("accepted");
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems.map((p) => p.path.join("."))).toContain("waves.0.linkage.linked");
    }
    const other = JSON.parse(JSON.stringify(linked)) as LinkedSummary;
    const w = other.waves.find((x) => x.wave === "2026H2");
    const p = w?.points.find((x) => x.point === "ep_or_arrival") as unknown as { exposures: unknown[]; cells: { exposure: unknown[] }[] };
    expect(p.exposures.length).toBeGreaterThan(0);
    p.exposures = [];
    p.cells.forEach((c) => (c.exposure = []));
    expect(() => attribute(study, { responses: survey, cases, linked: other })).toThrow(/other exposures/);
    expect(() => attribute(study, { responses: table, cases: data.cases, linked })).toThrow(UsageError);
  });

  it("keptOf names the function the slopes were given to (the SQL route's, not summariseLinked)", () => {
    const d = linkedPlan(study, []).drivers[0];
    if (d === undefined) throw new Error("the study has an overall point");
    const given = { point: d.point.id, kept: ["ep_nope"], ready: true, at: undefined };
    expect(() => keptOf(d, given, "linkedSummarySql")).toThrow(UsageError);
    expect(() => keptOf(d, given, "linkedSummarySql")).toThrow(/^gaptrace\/linkedSummarySql: the slopes of overall point/);
    expect(keptOf(d, { ...given, kept: d.drivers.slice(0, 2).map((x) => x.point.id) }, "summariseLinked")).toEqual([0, 1]);
  });
});
