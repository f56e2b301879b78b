/**
 * The caches behind repeat calls: one survey view per table and wave, one case view per records, wave and
 * calendar, each point's index once per view, the case join once per pair of views, the study graph once per
 * study. Repeat calls must give equal results, and changed data or a changed study must give fresh ones.
 */
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { caseView, surveyView, type CaseRecord } from "../../src/attribution/shared/inputs.js";
import { linkCases } from "../../src/attribution/trace/linkage.js";
import { viewFigures } from "../../src/attribution/evidence/figures.js";
import { ANSWER_STATUS, type ResponseTable } from "../../src/data/dataset.js";
import { sharedStudyGraph, studyGraphShared } from "../../src/graph/build.js";
import { sharedStudyGraph as publicSharedStudyGraph } from "../../src/graph/index.js";
import { stepKey } from "../../src/graph/ids.js";
import type { Study } from "../../src/model/study.js";
import { bundled, simulated } from "./helpers.js";

const { data, table } = simulated({ seed: 5, externalRespondents: 1500, internalRespondents: 400, casesPerTheme: 300, link: {} });
const cases = data.cases as readonly CaseRecord[];

/** A deep copy of a table: the same answers in new columns, so nothing cached on the original is reused. */
function copyTable(t: ResponseTable): ResponseTable {
  return structuredClone(t);
}

/** The table with every answer to one question set to a value. */
function withAnswers(t: ResponseTable, question: string, value: number): ResponseTable {
  const qi = t.questions.indexOf(question);
  const v = Float64Array.from(t.answers.value, (x, i) => (t.answers.question[i] === qi && t.answers.status[i] === ANSWER_STATUS.answered ? value : x));
  return { ...t, answers: { ...t.answers, value: v } };
}

const perception = (r: ReturnType<typeof attribute>, point: string): number | undefined => {
  const e = r.tests.find((t) => t.id === `perception:${point}`)?.evidence;
  return e?.kind === "perception-below-target" ? e.index.value : undefined;
};

describe("repeat calls", () => {
  it("give results equal to the first call, and to a call on copies of the data that shares no cache", () => {
    const first = attribute(bundled, { responses: table, cases });
    const again = attribute(bundled, { responses: table, cases });
    expect(again).toEqual(first);
    const fresh = attribute(structuredClone(bundled), { responses: copyTable(table), cases: structuredClone(cases) as CaseRecord[] });
    expect(fresh).toEqual(first);
  });

  it("read one survey view per table and wave, and one case view per records and wave", () => {
    expect(surveyView(table)).toBe(surveyView(table));
    expect(surveyView(copyTable(table))).not.toBe(surveyView(table));
    expect(caseView(cases, "1")).toBe(caseView(cases, "1"));
    expect(caseView(cases, "1")).not.toBe(caseView([...cases], "1"));
  });

  it("keep the case figures with the case view, per study, and reuse the view of the same array of cases", () => {
    const view = caseView(cases, "1");
    expect(viewFigures(bundled, view)).toBe(viewFigures(bundled, view));
    expect(viewFigures(structuredClone(bundled), view)).not.toBe(viewFigures(bundled, view));
    // attribute keeps an array as it is (a copy would miss the view cached for it every call).
    const standard = bundled.standards[0]!;
    const compliance = (r: ReturnType<typeof attribute>): unknown => r.tests.find((t) => t.evidence.kind === "compliance-below-standard" && t.evidence.standard === standard.id)?.evidence;
    const records = structuredClone(cases) as CaseRecord[];
    const before = compliance(attribute(bundled, { cases: records }));
    expect(before).toBeDefined();
    expect(compliance(attribute(bundled, { cases: records }))).toEqual(before);
    // Every case made a day slower, in place: the same array object, so only the cache's check sees it.
    for (let i = 0; i < records.length; i++) {
      const c = records[i]!;
      const events = c.events as readonly (readonly [string, number])[];
      records[i] = { ...c, events: events.map(([e, t], k) => [e, k === 0 ? t : t + 24 * 3_600_000] as const) };
    }
    expect(compliance(attribute(bundled, { cases: records }))).not.toEqual(before);
  });

  it("hand each caller its own linkage account", () => {
    const a = linkCases(surveyView(table), caseView(cases, surveyView(table).wave));
    (a.linkage as { linked: number }).linked = -1;
    const b = linkCases(surveyView(table), caseView(cases, surveyView(table).wave));
    expect(b.linkage.linked).toBeGreaterThan(0);
  });
});

describe("changed data and studies give fresh results", () => {
  const point = bundled.evaluationPoints.find((p) => p.questions.some((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall))!;
  const question = point.questions.find((q) => q.audience.kind === "external" && q.measures === "perception")!;

  it("a table whose answers changed", () => {
    const before = perception(attribute(bundled, { responses: table, cases }), point.id);
    const low = withAnswers(table, question.id, 1);
    const changed = perception(attribute(bundled, { responses: low, cases }), point.id);
    expect(before).toBeGreaterThan(0);
    expect(changed).not.toBe(before);
    // The same as a table loaded with those answers from scratch (no cache shared).
    expect(changed).toBe(perception(attribute(bundled, { responses: copyTable(low), cases }), point.id));
    // And the original table still reads its own answers.
    expect(perception(attribute(bundled, { responses: table, cases }), point.id)).toBe(before);
  });

  it("a table whose answer column was replaced on the same object", () => {
    const t = copyTable(table);
    const before = perception(attribute(bundled, { responses: t, cases }), point.id);
    (t as { answers: ResponseTable["answers"] }).answers = withAnswers(t, question.id, 1).answers;
    const after = perception(attribute(bundled, { responses: t, cases }), point.id);
    expect(after).not.toBe(before);
    expect(after).toBe(perception(attribute(bundled, { responses: withAnswers(table, question.id, 1), cases }), point.id));
  });

  it("case records replaced in place", () => {
    const records = structuredClone(cases) as CaseRecord[];
    const view = caseView(records, "1");
    const first = records.findIndex((c) => Array.isArray(c.events) && c.events.length >= 2);
    const events = records[first]!.events as readonly (readonly [string, number])[];
    const shifted = events.map(([e, t], k) => [e, k === 0 ? t : t + 1000 * 3_600_000] as const);
    records[first] = { ...records[first]!, events: shifted };
    const again = caseView(records, "1");
    expect(again).not.toBe(view);
    const [e0, e1] = [shifted[0]![0], shifted[shifted.length - 1]![0]];
    const d = again.durations({ start: e0, stop: e1 }, "h");
    const d0 = view.durations({ start: e0, stop: e1 }, "h");
    expect(Math.max(...d.values)).toBeGreaterThan(Math.max(...d0.values));
  });

  it("a study with another target", () => {
    const before = attribute(bundled, { responses: table, cases });
    const moved: Study = { ...bundled, evaluationPoints: bundled.evaluationPoints.map((p) => (p.id === point.id ? { ...p, target: 5 } : p)) };
    const after = attribute(moved, { responses: table, cases });
    const target = (r: ReturnType<typeof attribute>): number | undefined => {
      const e = r.tests.find((t) => t.id === `perception:${point.id}`)?.evidence;
      return e?.kind === "perception-below-target" ? e.target : undefined;
    };
    expect(target(after)).toBe(5);
    expect(target(before)).not.toBe(5);
    expect(perception(after, point.id)).toBe(perception(before, point.id));
  });

  it("results hold copies, never the study's own objects: a caller changing a result does not change the study", () => {
    const study = structuredClone(bundled);
    const own = new Set<object>();
    const mark = (x: unknown): void => {
      if (x === null || typeof x !== "object" || own.has(x)) return;
      own.add(x);
      for (const v of Object.values(x)) mark(v);
    };
    mark(study);
    const shared: string[] = [];
    const walk = (x: unknown, path: string, seen = new Set<object>()): void => {
      if (x === null || typeof x !== "object" || seen.has(x)) return;
      seen.add(x);
      if (own.has(x)) shared.push(path);
      else for (const [k, v] of x instanceof Map ? x.entries() : Object.entries(x)) walk(v, `${path}.${String(k)}`, seen);
    };
    const sim = simulated({ seed: 3, link: {}, externalRespondents: 2000, internalRespondents: 500, casesPerTheme: 400, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] });
    const r = attribute(study, { responses: sim.table, cases: sim.data.cases as readonly CaseRecord[] });
    // Such a run has clock tests and undecided standards, which name the study's clocks and scopes.
    expect(r.tests.some((t) => "standardClock" in t.evidence)).toBe(true);
    expect(r.undecided.length).toBeGreaterThan(0);
    walk(r, "result");
    expect(shared).toEqual([]);
  });

  it("a study edited in place (a threshold, a scope, a point moved) gives what a fresh copy of it gives", () => {
    const plant = [
      { tag: "non-compliant-execution", step: "or_bo_dispatch" },
      { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
      { tag: "customer-dissatisfaction", point: "ep_or_arrival" },
    ] as const;
    const planted = simulated({ seed: 2026, plant, link: {}, externalRespondents: 3000, internalRespondents: 600, casesPerTheme: 800 });
    const own = planted.data.cases as readonly CaseRecord[];
    const study = structuredClone(bundled);
    attribute(study, { responses: planted.table, cases: own }); // fills the caches with the old threshold's exposures and fits
    const s = study.standards.find((x) => x.id === "std_arrival_urban_45min")!;
    (s as { threshold: number }).threshold = 30;
    const warm = attribute(study, { responses: planted.table, cases: own });
    const fresh = attribute(structuredClone(study), { responses: copyTable(planted.table), cases: structuredClone(own) });
    const links = (r: ReturnType<typeof attribute>) => r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.map((l) => [f.id, l.step, JSON.stringify(l.exposure), l.effect?.effect.value, l.share]) : []));
    expect(links(fresh).length).toBeGreaterThan(0);
    expect(links(warm)).toEqual(links(fresh));
    // Everything else too: the standards' compliance figures, the survey summary, every test.
    const json = (r: ReturnType<typeof attribute>): unknown => JSON.parse(JSON.stringify(r));
    expect(json(warm)).toEqual(json(fresh));
    // A standard's scope, then a point moved to another theme's step, each edited in place on the same study.
    const scoped = study.standards.find((x) => x.scope.length > 0)!;
    (scoped as { scope: unknown[] }).scope = [];
    expect(json(attribute(study, { responses: planted.table, cases: own }))).toEqual(json(attribute(structuredClone(study), { responses: copyTable(planted.table), cases: structuredClone(own) })));
    const moved = study.evaluationPoints.find((p) => p.id === "ep_or_arrival")!;
    (moved as { step: string }).step = study.evaluationPoints.find((p) => p.id === "ep_pr_reconnection")!.step;
    expect(json(attribute(study, { responses: planted.table, cases: own }))).toEqual(json(attribute(structuredClone(study), { responses: copyTable(planted.table), cases: structuredClone(own) })));
  });

  it("a study whose blueprint was edited in place gets a fresh graph", () => {
    const study = structuredClone(bundled);
    const g = sharedStudyGraph(study);
    expect(sharedStudyGraph(study)).toBe(g);
    const step = study.blueprints[0]!.steps.find((s) => s.owner !== undefined)!;
    (step as { owner?: string }).owner = "someone_else";
    const h = sharedStudyGraph(study);
    expect(h).not.toBe(g);
    expect(h.getNodeAttribute(stepKey(step.id), "owner")).toBe("someone_else");
  });
});

describe("the graph a user gets from gaptrace/graph's sharedStudyGraph", () => {
  it("cannot be changed by the user so that a later attribution of the study changes", () => {
    const study = structuredClone(bundled);
    const before = attribute(study, { responses: table, cases });
    const g = publicSharedStudyGraph(study);
    const owned = study.blueprints[0]!.steps.find((s) => s.owner !== undefined)!;
    const key = stepKey(owned.id);
    const edge = g.edges()[0]!;
    // Every way a user might change it, each tried on its own (a refusal is fine; a change that sticks is not).
    const attempts: ((x: typeof g) => unknown)[] = [
      (x) => x.setNodeAttribute(key, "owner", "someone_else"),
      (x) => x.updateNodeAttributes(key, (a) => ({ ...a, layer: "customer" })),
      (x) => ((x.getNodeAttributes(key) as { owner?: string }).owner = "someone_else"),
      (x) => x.dropEdge(edge),
      (x) => x.dropNode(key),
      (x) => x.addNode("intruder", { step: owned, theme: "t", layer: "frontline" }),
      (x) => x.addEdge(key, key, { handoff: { from: owned.id, to: owned.id, kind: "serial", rework: false }, theme: "t", kind: "serial", rework: false }),
      (x) => x.clear(),
    ];
    for (const a of attempts) {
      try {
        a(g);
      } catch {
        // refused
      }
    }
    expect(attribute(study, { responses: table, cases })).toEqual(before);
    // And the graph the study's own readers get is the one built from its blueprints.
    const internal = studyGraphShared(study);
    expect(internal.hasNode("intruder")).toBe(false);
    expect(internal.getNodeAttribute(key, "owner")).toBe(owned.owner);
    expect(internal.size).toBe(g.size);
  });
});
