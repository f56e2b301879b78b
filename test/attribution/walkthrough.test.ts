/** Walkthrough results as evidence: corroboration, support on traced links, unconfirmed steps; never a share or a grade. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { attribute } from "../../src/attribution/attribute.js";
import { withWalkthroughs } from "../../src/attribution/with-walkthroughs.js";
import { UsageError } from "../../src/core/errors.js";
import { whatIf } from "../../src/attribution/what-if.js";
import { compareWaves } from "../../src/attribution/waves.js";
import type { Finding } from "../../src/attribution/shared/findings.js";
import type { WalkthroughObservation, WalkthroughRun, WalkthroughSet } from "../../src/data/walkthroughs.js";
import { OBSERVATION_KINDS, SOLVED_STATES } from "../../src/data/walkthroughs.js";
import { bundled as study, simulated } from "./helpers.js";

const { data, table } = simulated({
  seed: 7,
  link: {},
  plant: [
    { tag: "non-compliant-execution", step: "or_bo_dispatch" },
    { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  ],
});
const base = { responses: table, cases: data.cases };
const baseline = attribute(study, base);

const run: WalkthroughRun = { id: "w1", kind: "customer", participants: 12, tasks: 4 };
const obs = (id: string, step: string, solved: WalkthroughObservation["solved"], kind: WalkthroughObservation["kind"] = "execution", owner?: string): WalkthroughObservation => ({
  id, run: "w1", task: `t_${id}`, step, owner: owner ?? study.blueprints.flatMap((b) => b.steps).find((s) => s.id === step)?.owner, problem: `problem ${id}`, kind, solved,
});

/** A finding without what walkthroughs add to it (`observed` on links and causes). */
function stripped(f: Finding): unknown {
  if (f.tag !== "customer-dissatisfaction") return f;
  const strip = <T extends { observed?: unknown }>(l: T): Omit<T, "observed"> => {
    const { observed: _o, ...rest } = l;
    return rest;
  };
  return { ...f, links: f.links.map(strip), causes: f.causes.map(strip) };
}

describe("walkthrough evidence", () => {
  const set: WalkthroughSet = {
    runs: [run, { id: "w_old", kind: "post", participants: 5, wave: "1999" }],
    observations: [
      obs("a", "or_bo_dispatch", "no"),
      obs("b", "or_bo_dispatch", "partly", "handoff"),
      obs("c", "or_bo_dispatch", "yes"),
      obs("d", "or_sp_vehicle_pool", "no"),
      obs("e", "or_sp_vehicle_pool", "yes"),
      { ...obs("old", "or_bo_dispatch", "no"), run: "w_old" },
    ],
  };
  const result = withWalkthroughs(study, baseline, set);
  const w = result.walkthroughs!;

  it("counts as the sources do, and leaves other waves out", () => {
    expect(baseline.walkthroughs).toBeUndefined();
    expect(w.totals).toEqual({ runs: 1, runsByKind: { customer: 1, post: 0, department: 0 }, participants: 12, tasks: 4, problems: 5, solved: 2, partly: 1, open: 2 });
    expect(w.otherWaves).toEqual({ runs: 1, problems: 1 });
  });

  it("corroborates the dispatcher's finding with its open problems only", () => {
    const nce = result.findings.find((f) => f.id === "nce:or_bo_dispatch");
    expect(nce).toBeDefined();
    expect(w.corroborations.find((c) => c.finding === "nce:or_bo_dispatch")?.observations).toEqual(["a", "b"]);
    // An execution problem at a step an unreasonable standard governs does not corroborate the standard.
    expect(result.findings.some((f) => f.id === "us:std_arrival_urban_45min:threshold")).toBe(true);
    expect(w.corroborations.find((c) => c.finding === "us:std_arrival_urban_45min:threshold")).toBeUndefined();
  });

  it("puts open problems on the traced links whose step they name, and solved ones nowhere", () => {
    const gap = result.findings.find((f) => f.id === "cd:ep_or_arrival");
    if (gap?.tag !== "customer-dissatisfaction") throw new Error("no arrival gap");
    const links = gap.links.filter((l) => l.step === "or_bo_dispatch");
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.observed).toEqual(["a", "b"]);
    for (const l of gap.links) expect(l.observed ?? []).not.toContain("c");
    expect(w.supports.some((s) => s.gap === "cd:ep_or_arrival" && s.step === "or_bo_dispatch")).toBe(true);
    // One support per gap and step, however many links the step has to the gap; the strongest is named.
    const keys = w.supports.map((s) => `${s.gap} ${s.step}`);
    expect(new Set(keys).size).toBe(keys.length);
    const dispatch = w.supports.find((s) => s.gap === "cd:ep_or_arrival" && s.step === "or_bo_dispatch");
    const best = links.find((l) => l.share !== undefined) ?? links.find((l) => l.grade === dispatch?.grade);
    expect(dispatch?.grade).toBe(best?.grade);
  });

  it("lists open problems where no finding is as observed, not confirmed, with the data that would test them", () => {
    const vehicle = w.unconfirmed.find((u) => u.step === "or_sp_vehicle_pool");
    expect(vehicle?.observations).toEqual(["d"]);
    expect(vehicle?.posts).toEqual(["vehicle_dispatcher"]);
    // Its internal customers (the posts it hands work to) would rate its support.
    expect(vehicle?.test).toContainEqual({ kind: "internal-ratings", step: "or_sp_vehicle_pool", post: "repair_crew_leader" });
  });

  it("changes no test, share, grade or reason", () => {
    expect(result.findings.map(stripped)).toEqual(baseline.findings.map(stripped));
    expect(result.tests).toEqual(baseline.tests);
  });

  it("never changes a share or a grade, whatever the records (property)", () => {
    const steps = study.blueprints.flatMap((b) => b.steps.map((s) => s.id));
    const observation = fc.record({
      step: fc.constantFrom(...steps),
      solved: fc.constantFrom(...SOLVED_STATES),
      kind: fc.constantFrom(...OBSERVATION_KINDS),
    });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 30 }), fc.integer({ min: 0, max: 500 }), (list, people) => {
        const records: WalkthroughSet = {
          runs: [{ ...run, participants: people }],
          observations: list.map((o, i) => obs(`p${i}`, o.step, o.solved, o.kind)),
        };
        const r = withWalkthroughs(study, baseline, records);
        expect(r.findings.map(stripped)).toEqual(baseline.findings.map(stripped));
        const open = new Set(records.observations.filter((o) => o.solved !== "yes").map((o) => o.id));
        for (const f of r.findings)
          if (f.tag === "customer-dissatisfaction") for (const l of f.links) for (const id of l.observed ?? []) expect(open.has(id)).toBe(true);
        expect(r.walkthroughs?.totals.problems).toBe(list.length);
        expect(r.walkthroughs?.totals.participants).toBe(people);
      }),
      { numRuns: 12, seed: 15 },
    );
  });

  it("carries them through whatIf, and refuses records naming an unknown step", () => {
    const wi = whatIf(study, { ...base, walkthroughs: set }, [{ kind: "standard", standard: "std_arrival_urban_45min", threshold: 30 }]);
    expect(wi.before.walkthroughs?.totals.problems).toBe(5);
    expect(wi.after.walkthroughs?.totals.problems).toBe(5);
    expect(() => withWalkthroughs(study, baseline, { runs: [run], observations: [obs("x", "or_bo_dispach", "no")] })).toThrow(/did you mean "or_bo_dispatch"/);
    expect(() => withWalkthroughs(study, baseline, { runs: [], observations: [obs("x", "or_bo_dispatch", "no")] })).toThrow(/run "w1"/);
    // Given to whatIf (or compareWaves, below), records are refused naming that function and data.walkthroughs.
    const typo = { runs: [run], observations: [obs("x", "or_bo_dispach", "no")] };
    expect(() => whatIf(study, { ...base, walkthroughs: typo }, [{ kind: "standard", standard: "std_arrival_urban_45min", threshold: 30 }])).toThrow(
      /^gaptrace\/whatIf: data\.walkthroughs names step "or_bo_dispach".*\n.*whatIf\(study, \{ …data, walkthroughs: records \}/,
    );
  });

  it("is read after the attribution: attribute refuses data.walkthroughs, and a result is annotated once", () => {
    // A JavaScript caller of 0.2's attribute(study, { …, walkthroughs }) is told where they went, not ignored.
    expect(() => attribute(study, { ...base, walkthroughs: set } as never)).toThrow(UsageError);
    expect(() => attribute(study, { ...base, walkthroughs: set } as never)).toThrow(/withWalkthroughs\(study, attribute\(study, \{ responses, cases \}\), walkthroughs\)/);
    expect(() => withWalkthroughs(study, result, set)).toThrow(/already has walkthroughs/);
    // The result given is not changed, and the annotated one differs from it only where walkthroughs speak.
    expect(baseline.walkthroughs).toBeUndefined();
    expect({ ...result, findings: baseline.findings, walkthroughs: undefined }).toEqual({ ...baseline, walkthroughs: undefined });
    expect(() => withWalkthroughs(study, { ...baseline, study: "other" }, set)).toThrow(/of study "other"/);
    expect(() => withWalkthroughs(study, {} as never, set)).toThrow(/must be an attribution/);
  });
});

describe("walkthroughs across waves", () => {
  it("compareWaves gives each wave its own runs (and those that name none)", () => {
    const two = simulated({ seed: 4, waves: ["1", "2"], externalRespondents: 1000, internalRespondents: 1500, casesPerTheme: 100 });
    const records: WalkthroughSet = {
      runs: [{ ...run, id: "r1", wave: "1" }, { ...run, id: "r2", wave: "2" }, { ...run, id: "all" }],
      observations: [{ ...obs("a", "or_bo_dispatch", "no"), run: "r1" }, { ...obs("b", "or_bo_dispatch", "no"), run: "r2" }, { ...obs("c", "or_bo_dispatch", "yes"), run: "all" }],
    };
    const cmp = compareWaves(study, { responses: two.table, cases: two.data.cases, walkthroughs: records }, { before: "1", after: "2" });
    expect(cmp.before.walkthroughs?.observations.map((o) => o.id)).toEqual(["a", "c"]);
    expect(cmp.after.walkthroughs?.observations.map((o) => o.id)).toEqual(["b", "c"]);
    expect(cmp.after.walkthroughs?.otherWaves).toEqual({ runs: 1, problems: 1 });
    const typo = { runs: [run], observations: [obs("x", "or_bo_dispach", "no")] };
    expect(() => compareWaves(study, { responses: two.table, walkthroughs: typo }, { before: "1", after: "2" })).toThrow(/^gaptrace\/compareWaves: data\.walkthroughs names step "or_bo_dispach"/);
  });
});
