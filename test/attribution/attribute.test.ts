import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { attribute } from "../../src/attribution/attribute.js";
import { collectResponses } from "../../src/data/dataset.js";
import { parseStudy } from "../../src/study/validate/index.js";
import { ValidationError } from "../../src/core/errors.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";

const study = parseStudy(parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8")));

/** A deterministic spread of values with a given mean on a 1–5 scale: cycles through a pattern. */
function likert(n: number, pattern: readonly number[]): number[] {
  return Array.from({ length: n }, (_, i) => pattern[i % pattern.length] as number);
}

interface Scenario {
  sat: readonly number[]; // customer satisfaction pattern (1–5)
  crew: readonly number[]; // crew's rating of settlement (1–5)
  acceptHours: readonly number[]; // longest acceptable wait after paying
  customers?: number;
  staff?: number;
  lateShare?: number; // share of cases reconnected after 24 h (on the standard's clock)
}

function rows(s: Scenario) {
  const out: Record<string, unknown>[] = [];
  const n = s.customers ?? 200;
  likert(n, s.sat).forEach((v, i) => out.push({ respondent: `c${i}`, question: "q_recon_sat", value: v, audience: "external" }));
  likert(n, s.acceptHours).forEach((v, i) => out.push({ respondent: `c${i}`, question: "q_recon_exp", value: v, audience: "external" }));
  likert(s.staff ?? 40, s.crew).forEach((v, i) => out.push({ respondent: `s${i}`, question: "q_settle_crew", value: v, audience: "internal", post: "crew" }));
  return out;
}

function cases(n: number, lateShare: number): CaseRecord[] {
  const h = 3_600_000;
  return Array.from({ length: n }, (_, i) => {
    const paid = i * h;
    const settled = paid + 2 * h;
    const late = i % 100 < lateShare * 100;
    return { id: `k${i}`, events: [["paid", paid], ["settled", settled], ["reconnected", settled + (late ? 30 : 10) * h]] as const };
  });
}

const GOOD: Scenario = { sat: [4, 5, 4, 5, 5], crew: [4, 5, 5, 4], acceptHours: [36, 48, 30, 72] };

function run(s: Scenario, options = {}) {
  return attribute(study, { responses: collectResponses(study, rows(s)), cases: cases(400, s.lateShare ?? 0) }, options);
}

describe("attribute", () => {
  it("finds nothing when customers are satisfied, standards accepted and met", () => {
    const r = run(GOOD);
    expect(r.findings).toEqual([]);
    expect(r.tests.length).toBeGreaterThanOrEqual(4);
    expect(r.tests.every((t) => !t.significant)).toBe(true);
  });

  it("takes compliance and acceptance significantly above their required share as neither a finding nor a strength", () => {
    const r = run(GOOD);
    const compliance = r.tests.find((t) => t.id === "compliance:recon_24h");
    expect(compliance?.family).toBe("compliance-below-standard");
    expect(compliance?.direction).toBe("above");
    expect(compliance?.significant).toBe(false);
    // Customers rate 90 against the declared 75, and staff 90 too: those are strengths; compliance is not.
    expect(r.strengths.map((s) => s.id).sort()).toEqual(["internal:ep_settle:crew", "perception:ep_recon"]);
    expect(r.strengths.map((s) => s.kind).sort()).toEqual(["above-target", "internal-above-target"]);
    expect(r.findings).toEqual([]);
  });

  it("grades a link its internal customers support, without stating a share nobody measured", () => {
    const r = run({ ...GOOD, sat: [2, 3, 3, 4, 2], crew: [2, 2, 3, 2] });
    const ids = r.findings.map((f) => f.id);
    expect(ids).toEqual(["cd:ep_recon", "nce:settle"]);
    const cd = r.findings[0]!;
    if (cd.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap first");
    expect(cd.post).toBe("crew"); // the reconnection step's owner faces the customer here
    // No customer is linked to a case: the link is supported by the crew's rating, but its size is not measured.
    expect(cd.causes).toEqual([]);
    expect(cd.unexplained).toBe(true);
    expect(cd.unexplainedShare).toBe(1);
    expect(cd.links).toHaveLength(1);
    expect(cd.links[0]).toMatchObject({ finding: "nce:settle", grade: "internal-chain", share: undefined, reason: { kind: "internal-chain", points: ["ep_settle"] } });
    // The chain runs settle → sync → reconnect, with the crew's rating on the first link.
    expect(cd.links[0]!.chain.map((l) => l.step)).toEqual(["settle", "sync", "reconnect"]);
    expect(cd.links[0]!.chain[0]!.measured.some((e) => e.kind === "internal-rating-below-target")).toBe(true);
    const gap = cd.evidence.find((e) => e.kind === "perception-below-target");
    expect(gap?.kind === "perception-below-target" && gap.index.value).toBeCloseTo(((2.8 - 1) / 4) * 100, 6);
    expect(cd.gap).toBeCloseTo(75 - ((2.8 - 1) / 4) * 100, 6);
    const nce = r.findings[1]!;
    expect(nce).toMatchObject({ tag: "non-compliant-execution", post: "clerk", department: "mkt", explains: [] });
    expect(nce.change).toEqual([{ kind: "raise-index", from: expect.closeTo(((2.25 - 1) / 4) * 100, 6), to: 75 }]);
  });

  it("leaves an unexplained gap on the front-line post, saying what data would settle it", () => {
    const r = run({ ...GOOD, sat: [2, 3, 3, 4, 2] });
    expect(r.findings.map((f) => f.id)).toEqual(["cd:ep_recon"]);
    const cd = r.findings[0]!;
    expect(cd.tag === "customer-dissatisfaction" && cd.unexplained).toBe(true);
    expect(cd.tag === "customer-dissatisfaction" && cd.settleWith.join(" ")).toContain("internal customers' ratings of step sync");
  });

  it("finds an unreasonable standard when too few customers accept its threshold, owned by who sets it", () => {
    // Customers asked on the standard's own clock (from settlement), so their answers and the threshold share a basis.
    const sameClock = structuredClone(study);
    sameClock.evaluationPoints[0]!.questions[1]!.clock = { start: "settled", stop: "reconnected" };
    const s: Scenario = { ...GOOD, sat: [2, 3, 3, 4, 2], acceptHours: [12, 8, 24, 10, 6] };
    const r = attribute(sameClock, { responses: collectResponses(sameClock, rows(s)), cases: cases(400, 0) });
    const us = r.findings.find((f) => f.tag === "unreasonable-standard" && f.via === "threshold");
    expect(us).toMatchObject({ standard: "recon_24h", post: "standards_officer", department: "mkt" });
    const ev = us!.evidence[0]!;
    expect(ev.kind).toBe("expectation-vs-standard");
    // 24 h is accepted by the customers answering 24 only: 1 in 5.
    expect(ev.kind === "expectation-vs-standard" && ev.acceptShare.value).toBeCloseTo(0.2, 10);
    expect(us!.change[0]).toMatchObject({ kind: "tighten-threshold", from: 24, unit: "h" });
    const cd = r.findings.find((f) => f.id === "cd:ep_recon");
    if (cd?.tag !== "customer-dissatisfaction") throw new Error("expected the customer gap");
    // Upstream, but untested: listed as a possible cause, with the data that would test it, and no share.
    expect(cd.causes).toEqual([]);
    expect(cd.links.map((l) => [l.finding, l.grade, l.share])).toEqual([["us:recon_24h:threshold", "structural", undefined]]);
    expect(cd.links[0]!.test).toEqual(expect.arrayContaining([{ kind: "linked-cases", events: ["settled", "reconnected"] }]));
  });

  it("does not compare the threshold with answers on another clock: another basis (取数口径)", () => {
    const r = run({ ...GOOD, sat: [2, 3, 3, 4, 2], acceptHours: [12, 8, 24, 10, 6] });
    expect(r.tests.some((t) => t.id.startsWith("expectation:recon_24h"))).toBe(false);
    expect(r.undecided.find((u) => u.subject === "recon_24h")?.reason).toContain("not compared");
  });

  it("finds non-compliant execution from case records, with how much must change", () => {
    const r = run({ ...GOOD, lateShare: 0.2 });
    const nce = r.findings.find((f) => f.id === "nce:reconnect");
    expect(nce?.post).toBe("crew");
    const ev = nce?.evidence[0];
    expect(ev?.kind === "compliance-below-standard" && ev.compliance.value).toBeCloseTo(0.8, 10);
    expect(nce?.change[0]).toMatchObject({ kind: "raise-compliance", from: 0.8, to: 0.95, threshold: 24 });
  });

  it("says 'insufficient data' instead of a finding on a tiny sample", () => {
    const r = run({ ...GOOD, sat: [1, 2, 1], customers: 12, staff: 4, crew: [1, 1] });
    expect(r.findings).toEqual([]);
    expect(r.undecided.map((u) => u.subject)).toEqual(expect.arrayContaining(["ep_recon", "ep_settle"]));
    expect(r.undecided.find((u) => u.subject === "ep_settle")?.needs).toContain("at least 10 crew staff");
  });

  it("does not depend on the order of rows, steps or hand-offs", () => {
    const s = { ...GOOD, sat: [2, 3, 3, 4, 2], crew: [2, 2, 3, 2], acceptHours: [12, 8, 24, 10, 6], lateShare: 0.2 };
    const base = JSON.stringify(run(s));
    const shuffledStudy = structuredClone(study);
    shuffledStudy.blueprints[0]!.steps.reverse();
    shuffledStudy.blueprints[0]!.handoffs.reverse();
    shuffledStudy.evaluationPoints.reverse();
    const reversedRows = rows(s).reverse();
    const again = attribute(shuffledStudy, { responses: collectResponses(shuffledStudy, reversedRows), cases: cases(400, 0.2).reverse() });
    const a = JSON.parse(base), b = JSON.parse(JSON.stringify(again));
    for (const k of Object.keys(a)) expect(b[k], k).toEqual(a[k]);
  });

  it("validates its options", () => {
    expect(() => run(GOOD, { alpha: 5 })).toThrow(ValidationError);
    expect(() => run(GOOD, { correction: "bonferroni" })).toThrow(/correction/);
    expect(() => attribute(study, {} as never)).toThrow(/responses/);
  });

  it("Holm is at least as strict as Benjamini–Hochberg", () => {
    const s = { ...GOOD, sat: [3, 4, 4, 4, 3] };
    expect(run(s, { correction: "holm" }).findings.length).toBeLessThanOrEqual(run(s).findings.length);
  });
});

describe("inputs as users pass them", () => {
  const late = { ...GOOD, lateShare: 0.2 };
  const waved = (wave: string): Record<string, unknown>[] => rows(late).map((r) => ({ ...r, wave }));

  it("uses work orders that name no wave for whatever survey wave is analysed", () => {
    const r = attribute(study, { responses: collectResponses(study, waved("2026H1")), cases: cases(400, 0.2) });
    expect(r.wave).toBe("2026H1");
    expect(r.findings.map((f) => f.id)).toContain("nce:reconnect");
  });

  it("picks the latest wave by name, whatever the order of the rows", () => {
    const both = [...waved("2025H2"), ...waved("2026H1").map((r) => ({ ...r, respondent: `${String(r["respondent"])}b` }))];
    expect(attribute(study, { responses: collectResponses(study, both) }).wave).toBe("2026H1");
    expect(attribute(study, { responses: collectResponses(study, [...both].reverse()) }).wave).toBe("2026H1");
  });

  it("ignores a case whose stop comes before its start instead of counting it as fast", () => {
    const h = 3_600_000;
    const backwards: CaseRecord[] = Array.from({ length: 100 }, (_, i) => ({ id: `b${i}`, events: { settled: i * h + 30 * h, reconnected: i * h } }));
    const r = attribute(study, { responses: collectResponses(study, rows(GOOD)), cases: backwards });
    expect(r.tests.some((t) => t.id === "compliance:recon_24h")).toBe(false);
    expect(r.undecided.some((u) => u.subject === "recon_24h" && u.reason.includes("0 cases"))).toBe(true);
  });

  it("weights too large to square are rejected at load, with the reason", () => {
    const heavy = rows(GOOD).map((r, i) => ({ ...r, weight: i % 2 === 0 ? 1e200 : 1 }));
    const table = collectResponses(study, heavy);
    expect(table.ledger.byReason).toEqual(expect.arrayContaining([["invalid-weight", expect.any(Number)]]));
    expect(table.ledger.rowsRead).toBe(table.ledger.accepted + table.ledger.rejected);
  });

  it("answers common mistakes with usage errors, not TypeErrors", () => {
    const table = collectResponses(study, rows(GOOD));
    expect(() => attribute(study, { responses: Promise.resolve(table) as never })).toThrow(/gaptrace\/attribute: data.responses is not a response table/);
    expect(() => attribute(study, { responses: table, cases: {} as never })).toThrow(/gaptrace\/attribute: data.cases is neither/);
    expect(() => attribute(study, { responses: collectResponses(study, []) })).toThrow(/responses are empty/);
  });
});

describe("standards counted in working days", () => {
  const wd = structuredClone(study);
  wd.metrics[0]!.unit = "workday";
  wd.standards[0]!.unit = "workday";
  wd.standards[0]!.threshold = 1;
  wd.evaluationPoints[0]!.questions[1]!.scale = { type: "numeric", unit: "workday", min: 0, max: 30 };
  const study2 = parseStudy(wd);
  // Monday 2026-03-02 09:00 +08:00: settled; reconnected 10 h later (same working day) or 30 h later.
  const mon = Date.parse("2026-03-02T09:00:00+08:00");
  const h = 3_600_000;
  const recs: CaseRecord[] = Array.from({ length: 200 }, (_, i) => ({ id: `w${i}`, events: { paid: mon - 2 * h, settled: mon, reconnected: mon + (i % 5 === 0 ? 50 : 5) * h } }));

  it("stay undecided without a calendar, and say so", () => {
    const r = attribute(study2, { responses: collectResponses(study2, rows(GOOD)), cases: recs });
    expect(r.undecided.find((u) => u.subject === "recon_24h")?.reason).toContain("need a working calendar");
  });

  it("are measured with one", async () => {
    const { workCalendar } = await import("../../src/data/calendar.js");
    const r = attribute(study2, { responses: collectResponses(study2, rows(GOOD)), cases: recs }, { calendar: workCalendar({ utcOffset: "+08:00" }) });
    const t = r.tests.find((x) => x.id === "compliance:recon_24h");
    expect(t?.evidence.kind === "compliance-below-standard" && t.evidence.compliance.value).toBeCloseTo(0.8, 10);
  });
});

describe("options the attribution does not read", () => {
  it("are named with the options it has, and a near one, in English and Chinese (not the study's schema)", async () => {
    const { resolveAttributionOptions } = await import("../../src/attribution/shared/options.js");
    const { problemText } = await import("../../src/core/problem.js");
    let error: unknown;
    try {
      resolveAttributionOptions({ minExternl: 10 } as never);
    } catch (e) {
      error = e;
    }
    const p = (error as { problems: import("../../src/core/problem.js").Problem[] }).problems[0];
    expect(p?.message).toBe('attribute: unknown option "minExternl"; did you mean "minExternal"?');
    expect(p?.hint).toMatch(/^The options are level, alpha, .*minExternal.*\.$/);
    expect(p?.hint).not.toMatch(/study\.schema\.json/);
    expect(p === undefined ? "" : problemText(p, "zh").message).toBe("attribute：没有选项 “minExternl”，是否应为 “minExternal”。");
  });
});
