import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { detectableEffects, scoreRecovery, scoreTracing, simulateStudy, type PlantedCause } from "../../src/simulate/index.js";
import type { CauseShare, CustomerDissatisfaction, Exposure, Finding, LinkEffect, Measured, NonCompliantExecution } from "../../src/attribution/shared/findings.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

const PLANT: PlantedCause[] = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" }, // repair_dispatcher; lowers ep_or_arrival and downstream
  { tag: "non-compliant-execution", step: "or_bo_parts_issue", decoy: true }, // materials_clerk; no customer effect
  { tag: "customer-dissatisfaction", point: "ep_pr_payment" }, // no process cause
  { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }, // service_quality_officer
];
const remote = { dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 };
const tiny = { seed: 1, externalRespondents: 40, internalRespondents: 0, casesPerTheme: 20, plant: PLANT };
const truth = simulateStudy(study, { ...tiny, link: {}, confounders: [remote] }).truth;
const truthNoConfounder = simulateStudy(study, { ...tiny, link: {} }).truth;

const measured = (value: number): Measured => ({ value, se: 1, ci: [value - 2, value + 2], level: 0.95, n: 500, nEffective: 500, p: 0.001, q: 0.002 });
const effect = (value: number, exposure: number): LinkEffect => ({
  estimator: "linked-regression",
  effect: measured(value),
  df: 480,
  exposure,
  attributable: { value: -value * exposure, se: 0.5, ci: [-value * exposure - 1, -value * exposure + 1] },
  adjustedFor: ["area"],
  n: 500,
});

/** A measured share of a gap. */
function share(finding: string, exposure: Exposure, post: string | undefined, department: string | undefined, s: number): CauseShare {
  return { finding, exposure, step: "x", post, department, grade: "measured", effect: effect(-40, 0.25), share: s, shareCi: undefined, reason: { kind: "share", capped: false, standardMet: false }, test: [], chain: [] };
}

/** A customer gap at a point with the given measured shares. */
function gap(point: string, causes: readonly CauseShare[]): CustomerDissatisfaction {
  const explained = causes.reduce((a, c) => a + c.share, 0);
  return {
    tag: "customer-dissatisfaction",
    id: `cd:${point}`,
    theme: "t",
    step: "s",
    post: "hotline_agent",
    department: undefined,
    persons: [],
    evidence: [],
    change: [],
    severity: 0.1,
    q: 0.001,
    point,
    gap: 8,
    causes: [...causes].sort((a, b) => b.share - a.share),
    links: causes,
    unexplainedShare: 1 - explained,
    unexplained: causes.length === 0,
    settle: [],
    settleWith: [],
  };
}

const dispatch = share("nce:or_bo_dispatch", { kind: "missed-standard", standard: "std_dispatch_5min" }, "repair_dispatcher", "dispatch_control_centre", 0.7);
const crew = share("nce:or_bo_crew_travel", { kind: "missed-standard", standard: "std_arrival_urban_45min" }, "repair_crew_leader", "ops_maintenance", 0.2);
const decoy = share("nce:or_bo_parts_issue", { kind: "missed-standard", standard: "std_parts_30min" }, "materials_clerk", "materials_dept", 0.1);
const callback = share("nce:or_fl_callback", { kind: "missed-standard", standard: "std_callback_24h" }, "hotline_agent", "customer_service_centre", 0.15);
const reconnectClock = share("us:std_reconnect_24h:clock", { kind: "customer-clock", standard: "std_reconnect_24h", customerClock: { start: "arrears_paid", stop: "supply_reconnected" } }, "service_quality_officer", "marketing_dept", 0.6);

describe("scoreTracing", () => {
  it("a gap whose largest share goes to the planted cause's post is traced right", () => {
    const t = scoreTracing(study, truth, { findings: [gap("ep_or_arrival", [dispatch, crew]), gap("ep_pr_reconnection", [reconnectClock])] });
    expect(t.gaps).toBe(2);
    expect(t.traceable).toEqual(["cd:ep_or_arrival", "cd:ep_pr_reconnection"]);
    expect(t.tracedRight.map((v) => v.gap)).toEqual(["cd:ep_or_arrival", "cd:ep_pr_reconnection"]);
    expect(t.wrongPost).toEqual([]);
    expect(t.decoyExplains).toEqual([]);
    // The crew's standard is missed because dispatch was late (an induced standard): not a nuisance link.
    expect(t.nuisanceLinks).toEqual([]);
  });

  it("a largest share to another post is a wrong post, as is any share of a gap no process cause produced", () => {
    const t = scoreTracing(study, truth, {
      findings: [gap("ep_or_arrival", [{ ...crew, share: 0.6 }, { ...dispatch, share: 0.3 }]), gap("ep_pr_payment", [callback]), gap("ep_pr_notice", [])],
    });
    expect(t.wrongPost.map((v) => v.gap)).toEqual(["cd:ep_or_arrival", "cd:ep_pr_payment"]);
    expect(t.wrongPost[0]!.note).toMatch(/repair_crew_leader.*produced by nce:or_bo_dispatch/);
    expect(t.wrongPost[1]!.note).toMatch(/no planted process cause/);
    expect(t.tracedRight).toEqual([]);
    expect(t.traceable).toEqual(["cd:ep_or_arrival"]);
  });

  it("a share to a decoy is flagged, whether by its finding or by a standard only the decoy stretched", () => {
    // A share may name no finding (the standard is met, yet its remaining misses harm): judged by its standard.
    const byStandard: CauseShare = { ...share("x", { kind: "missed-standard", standard: "std_parts_30min" }, "materials_clerk", undefined, 0.05), finding: undefined };
    const t = scoreTracing(study, truth, { findings: [gap("ep_or_arrival", [dispatch, decoy]), gap("ep_or_restoration", [dispatch, byStandard]), gap("ep_or_onsite", [dispatch])] });
    expect(t.decoyExplains.map((v) => v.gap)).toEqual(["cd:ep_or_arrival", "cd:ep_or_restoration"]);
    expect(t.tracedRight).toHaveLength(3);
    expect(t.nuisanceLinks).toEqual([]);
  });

  it("a share to a standard related to the point only through a confounder is a nuisance link", () => {
    const findings: Finding[] = [gap("ep_or_arrival", [dispatch, callback]), gap("ep_or_restoration", [dispatch, crew])];
    const t = scoreTracing(study, truth, { findings });
    expect(t.nuisanceLinks.map((v) => v.gap)).toEqual(["cd:ep_or_arrival"]);
    expect(t.nuisanceLinks[0]!.note).toMatch(/std_callback_24h|nce:or_fl_callback/);
    // The call-answer standard's clock does not contain the dispatch; parts issue is the decoy's (counted there).
    const answer = share("nce:or_fl_take_call", { kind: "missed-standard", standard: "std_answer_20s" }, "hotline_agent", undefined, 0.1);
    expect(scoreTracing(study, truth, { findings: [gap("ep_or_onsite", [dispatch, answer])] }).nuisanceLinks).toHaveLength(1);
    // A threshold on arrival: the call-answer wait is part of every arrival, so its misses go with the harm.
    const arrival = simulateStudy(study, { ...tiny, link: {}, confounders: [remote], plant: [{ tag: "unreasonable-standard", standard: "std_arrival_urban_45min" }] }).truth;
    expect(scoreTracing(study, arrival, { findings: [gap("ep_or_onsite", [answer])] }).nuisanceLinks).toEqual([]);
    expect(scoreTracing(study, arrival, { findings: [gap("ep_or_onsite", [callback])] }).nuisanceLinks).toHaveLength(1);
    // Without a confounder in the truth, the same share is not a nuisance link (it is only wrong).
    expect(scoreTracing(study, truthNoConfounder, { findings }).nuisanceLinks).toEqual([]);
  });

  it("overall satisfaction: a share to a driver point is right when a cause of the overall gap lowered that point", () => {
    const driver = (point: string, s: number): CauseShare => share(`cd:${point}`, { kind: "point", point }, "hotline_agent", undefined, s);
    const t = scoreTracing(study, truth, { findings: [gap("ep_or_overall", [driver("ep_or_arrival", 0.5)]), gap("ep_pr_overall", [driver("ep_pr_payment", 0.4)]), gap("ep_ic_overall", [driver("ep_ic_enquiry", 0.3)])] });
    // ep_pr_overall: lowered by the customer dissatisfaction at ep_pr_payment (and by the reconnection clock).
    expect(t.tracedRight.map((v) => v.gap)).toEqual(["cd:ep_or_overall", "cd:ep_pr_overall"]);
    // ep_ic_overall: nothing planted in that theme.
    expect(t.wrongPost.map((v) => v.gap)).toEqual(["cd:ep_ic_overall"]);
  });

  it("counts only causes planted in the analysed wave", () => {
    const w = simulateStudy(study, { ...tiny, waves: ["1", "2"], link: {}, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch", waves: ["2"] }] }).truth;
    const findings = [gap("ep_or_arrival", [dispatch])];
    expect(scoreTracing(study, w, { findings }, { wave: "2" }).tracedRight).toHaveLength(1);
    expect(scoreTracing(study, w, { findings }, { wave: "1" }).wrongPost).toHaveLength(1);
  });
});

describe("scoreTracing, measurable gaps", () => {
  it("a gap counts as measurable only when a producing cause shows in the customers' own cases", () => {
    // The vehicle pool has no calendar-time standard: its customers' harm cannot be read off their cases.
    const t = simulateStudy(study, { ...tiny, link: {}, plant: [{ tag: "non-compliant-execution", step: "or_sp_vehicle_pool" }, { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }] }).truth;
    const s = scoreTracing(study, t, { findings: [gap("ep_or_arrival", []), gap("ep_pr_reconnection", [])] });
    expect(s.traceable).toEqual(["cd:ep_or_arrival", "cd:ep_pr_reconnection"]);
    expect(s.measurable).toEqual(["cd:ep_pr_reconnection"]);
    expect(s.tracedRight).toEqual([]);
    expect(s.wrongPost).toEqual([]);
  });
});

describe("scoreTracing, a decoy upstream of a real cause", () => {
  it("a standard a real cause also involves is not the decoy's, though the decoy's delay spills into it", () => {
    // Late dispatch (the decoy) makes arrivals miss too; late crew travel (real) makes them miss and hurts.
    const t = simulateStudy(study, { ...tiny, link: {}, plant: [{ tag: "non-compliant-execution", step: "or_bo_crew_travel" }, { tag: "non-compliant-execution", step: "or_bo_dispatch", decoy: true }] }).truth;
    expect(t.inducedStandards.filter((x) => x.cause === 1).map((x) => x.standard)).toContain("std_arrival_urban_45min");
    const s = scoreTracing(study, t, { findings: [gap("ep_or_arrival", [crew]), gap("ep_or_onsite", [{ ...dispatch, share: 0.1 }, crew])] });
    expect(s.decoyExplains.map((v) => v.gap)).toEqual(["cd:ep_or_onsite"]);
    expect(s.tracedRight.map((v) => v.gap)).toEqual(["cd:ep_or_arrival", "cd:ep_or_onsite"]);
  });
});

describe("scoreTracing, detectable points", () => {
  const plant: PlantedCause[] = [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }, { tag: "customer-dissatisfaction", point: "ep_pr_payment" }];
  const big = simulateStudy(study, { seed: 2, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 200, link: {}, plant }).truth;

  it("lists the points whose planted process effect is detectable, found or not, never an effect on everyone", () => {
    const s = scoreTracing(study, big, { findings: [gap("ep_or_arrival", [dispatch])] });
    expect(s.detectablePoints).toContain("ep_or_arrival");
    expect(s.detectablePoints).toContain("ep_or_onsite");
    expect(s.detectablePoints).not.toContain("ep_pr_payment");
    // Only the arrival gap was found and traced: the other detectable points count against "traced right".
    expect(s.tracedRight.map((v) => v.point)).toEqual(["ep_or_arrival"]);
    expect(s.detectablePoints.length).toBeGreaterThan(1);
    expect(scoreTracing(study, big, { findings: [] }, { detectable: { minGap: 100 } }).detectablePoints).toEqual([]);
    expect(scoreRecovery(study, big, { findings: [] }).detectablePoints).toEqual(s.detectablePoints);
  });
});

describe("scoreRecovery", () => {
  it("keeps recovered, missed and spurious, and adds the tracing verdicts", () => {
    const nce = (step: string, post: string): NonCompliantExecution => ({
      tag: "non-compliant-execution",
      id: `nce:${step}`,
      theme: "theme_outage_repair",
      step,
      post,
      department: undefined,
      persons: [],
      evidence: [],
      change: [],
      severity: 0.2,
      q: 0.001,
      standards: [],
      explainedBy: [],
      explains: [],
    });
    const findings: Finding[] = [nce("or_bo_dispatch", "repair_dispatcher"), nce("or_bo_parts_issue", "materials_clerk"), nce("ic_bo_route_order", "complaint_router"), gap("ep_or_arrival", [dispatch, decoy])];
    const s = scoreRecovery(study, truth, { findings });
    expect(s.planted).toBe(4);
    expect(s.recovered.map((c) => c.tag === "non-compliant-execution" && c.step)).toEqual(["or_bo_dispatch", "or_bo_parts_issue"]);
    expect(s.spurious.map((f) => f.id)).toEqual(["nce:ic_bo_route_order"]);
    expect(s.tracedRight.map((v) => v.gap)).toEqual(["cd:ep_or_arrival"]);
    expect(s.decoyExplains.map((v) => v.gap)).toEqual(["cd:ep_or_arrival"]);
    expect(s.wrongPost).toEqual([]);
    // The route order standard is slowed in the remote area: a real miss the confounder made, still spurious.
    expect(s.confounderFindings).toEqual([]);
    const routed: NonCompliantExecution = { ...nce("ic_bo_route_order", "hotline_team_leader"), standards: ["std_route_30min"] };
    const c = scoreRecovery(study, truth, { findings: [routed] });
    expect(c.spurious.map((f) => f.id)).toEqual(["nce:ic_bo_route_order"]);
    expect(c.confounderFindings.map((f) => f.id)).toEqual(["nce:ic_bo_route_order"]);
    expect(scoreRecovery(study, truthNoConfounder, { findings: [routed] }).confounderFindings).toEqual([]);
  });
});

describe("detectableEffects", () => {
  it("a linked effect is detectable with enough linked customers, never an effect on everyone or an unlinked one", () => {
    const plant: PlantedCause[] = [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }, { tag: "customer-dissatisfaction", point: "ep_pr_payment" }];
    const big = detectableEffects(simulateStudy(study, { seed: 2, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 200, link: {}, plant }).truth);
    const arrival = big.find((e) => e.effect.point === "ep_or_arrival")!;
    expect(arrival.detectable).toBe(true);
    // z = drop / se, with se = σ √(1/n₁ + 1/n₀) / √(answer rate).
    const e = arrival.effect;
    expect(arrival.z).toBeCloseTo(e.drop / e.se!, 10);
    expect(e.se!).toBeGreaterThan(0.5);
    expect(e.se!).toBeLessThan(3);
    expect(e.linkedExposed + e.linkedUnexposed).toBe(2000);
    expect(e.expectedGap).toBeGreaterThan(1);
    // A customer dissatisfaction takes 24 points off a point that sits 9–13 above its target.
    const payment = big.find((x) => x.effect.point === "ep_pr_payment")!.effect;
    expect(payment.expectedGap).toBeGreaterThan(24 - 13 - 1e-9);
    expect(payment.expectedGap).toBeLessThan(24 - 9 + 1e-9);
    // No gap expected, nothing to trace: not detectable however precise the estimate.
    expect(detectableEffects(simulateStudy(study, { seed: 2, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 200, link: {}, plant }).truth, { minGap: 100 }).some((x) => x.detectable)).toBe(false);
    expect(big.find((x) => x.effect.point === "ep_pr_payment")).toMatchObject({ detectable: false, z: undefined });
    const few = detectableEffects(simulateStudy(study, { seed: 2, externalRespondents: 40, internalRespondents: 0, casesPerTheme: 20, link: {}, plant }).truth);
    expect(few.filter((x) => x.effect.exposure.kind !== "everyone").every((x) => !x.detectable)).toBe(true);
    const hidden = detectableEffects(simulateStudy(study, { seed: 2, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 200, link: { exported: false }, plant }).truth);
    expect(hidden.some((x) => x.detectable)).toBe(false);
    // A stricter rule finds fewer.
    expect(detectableEffects(simulateStudy(study, { seed: 2, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 200, link: {}, plant }).truth, { z: 1e6 }).some((x) => x.detectable)).toBe(false);
  });
});
