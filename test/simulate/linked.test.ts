import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { exposureRule, responseRows, responsesCsv, simulateStudy, type SimulatedData } from "../../src/simulate/index.js";
import { caseMinutes } from "../../src/simulate/exposure.js";
import { standardClock, thresholdMinutes } from "../../src/simulate/cases.js";
import { UsageError } from "../../src/core/errors.js";
import type { Question } from "../../src/model/study.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
const small = { externalRespondents: 400, internalRespondents: 100, casesPerTheme: 50 };
const questions = new Map(study.evaluationPoints.flatMap((p) => p.questions.map((q) => [q.id, { q, point: p.id }] as const)));

/** An answer on the 0–100 index (reverse-coded questions turned back), or undefined for DK and non-Likert scales. */
function index(q: Question, value: number | string): number | undefined {
  if (typeof value !== "number" || q.scale.type !== "likert") return undefined;
  const v = q.reverse ? 1 + q.scale.points - value : value;
  return ((v - 1) / (q.scale.points - 1)) * 100;
}

/** Mean 0–100 index of the external perception answers at a point (overall: the overall question), by respondent group. */
function meanBy(data: SimulatedData, point: string, group: (respondent: string) => string | undefined): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  const overall = point.endsWith("_overall");
  for (const a of data.answers) {
    const x = questions.get(a.question);
    if (x === undefined || x.point !== point || x.q.audience.kind !== "external" || x.q.measures !== "perception" || (x.q.overall ?? false) !== overall) continue;
    const v = index(x.q, a.value);
    const g = group(a.respondent);
    if (v === undefined || g === undefined) continue;
    const s = sums.get(g) ?? [0, 0];
    sums.set(g, [s[0] + v, s[1] + 1]);
  }
  return new Map([...sums].map(([g, [s, n]]) => [g, s / n] as const));
}

describe("simulateStudy, linked mode", () => {
  it("links each external respondent to a distinct case of its own theme, sharing its segment", () => {
    const d = simulateStudy(study, { seed: 2, ...small, link: { share: 0.6 } });
    const cases = new Map(d.cases.map((c) => [c.id, c] as const));
    const external = d.respondents.filter((r) => r.audience === "external");
    expect(external).toHaveLength(400);
    const seen = new Set<string>();
    for (const r of external) {
      expect(r.case).toBeDefined();
      const c = cases.get(r.case!);
      expect(c, r.id).toBeDefined();
      expect(c!.theme).toBe(r.theme);
      expect(c!.wave).toBe(r.wave);
      expect(r.segment).toEqual(c!.segment);
      expect(seen.has(r.case!)).toBe(false);
      seen.add(r.case!);
    }
    for (const r of d.respondents.filter((x) => x.audience === "internal")) expect(r.case).toBeUndefined();
    // The share of respondents whose export names the case.
    const linked = external.filter((r) => r.linked === true).length;
    expect(linked).toBe(d.truth.link!.themes.reduce((a, t) => a + t.linked, 0));
    expect(linked / external.length).toBeCloseTo(0.6, 2);
    // More respondents (100 a theme) than cases asked for (50): the theme gets enough cases, and the truth says so.
    for (const t of d.truth.link!.themes) {
      expect(t).toMatchObject({ respondents: 100, withCase: 100, cases: 100, casesRequested: 50 });
      expect(d.cases.filter((c) => c.theme === t.theme && c.wave === t.wave)).toHaveLength(100);
    }
  });

  it("writes the case column for linked respondents only, and not in the unlinked variant", () => {
    const d = simulateStudy(study, { seed: 3, ...small, link: { share: 0.5 } });
    const byId = new Map(d.respondents.map((r) => [r.id, r] as const));
    let withCase = 0;
    for (const row of responseRows(d)) {
      const r = byId.get(String(row.respondent))!;
      if (r.linked === true) {
        expect(row["case"]).toBe(r.case);
        withCase++;
      } else expect("case" in row).toBe(false);
    }
    expect(withCase).toBeGreaterThan(0);
    const csv = responsesCsv(d).split("\n");
    expect(csv[0]).toBe("respondent,question,value,audience,post,weight,wave,case,area,fault_class");

    const hidden = simulateStudy(study, { seed: 3, ...small, link: { share: 0.5, exported: false } });
    expect(JSON.stringify(hidden.answers)).toBe(JSON.stringify(d.answers));
    expect(JSON.stringify(hidden.cases)).toBe(JSON.stringify(d.cases));
    expect(JSON.stringify(hidden.respondents)).toBe(JSON.stringify(d.respondents));
    expect([...responseRows(hidden)].some((row) => "case" in row)).toBe(false);
    expect(responsesCsv(hidden).split("\n")[0]).toBe("respondent,question,value,audience,post,weight,wave,area,fault_class");
    expect(hidden.truth.link?.exported).toBe(false);
  });

  it("is deterministic for a seed", () => {
    const o = { ...small, link: { share: 0.7 }, plant: [{ tag: "non-compliant-execution" as const, step: "or_bo_dispatch" }] };
    const a = simulateStudy(study, { seed: 9, ...o });
    expect(JSON.stringify(simulateStudy(study, { seed: 9, ...o }))).toBe(JSON.stringify(a));
    expect(JSON.stringify(simulateStudy(study, { seed: 10, ...o }).answers)).not.toBe(JSON.stringify(a.answers));
  });

  it("lowers a point only for the customers whose own case missed the planted step's standard, by about the planted drop", () => {
    const d = simulateStudy(study, { seed: 5, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 500, link: {}, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] });
    const std = study.standards.find((s) => s.id === "std_dispatch_5min")!;
    const clock = standardClock(study, std)!;
    const limit = thresholdMinutes(std)!;
    const cases = new Map(d.cases.map((c) => [c.id, c] as const));
    const own = new Map(d.respondents.map((r) => [r.id, r.case === undefined ? undefined : cases.get(r.case)] as const));
    // Plain arithmetic on the case events: was the customer's own dispatch later than 5 minutes?
    const late = (respondent: string): string | undefined => {
      const c = own.get(respondent);
      if (c === undefined) return undefined;
      return caseMinutes(new Map(c.events), clock)! > limit ? "late" : "on time";
    };
    const effect = d.truth.effects.find((e) => e.point === "ep_or_arrival")!;
    expect(effect.exposure).toEqual({ kind: "missed-standard", standards: ["std_dispatch_5min"] });
    const theme = d.respondents.filter((r) => r.theme === "theme_outage_repair");
    const weight = (xs: typeof theme): number => xs.reduce((a, r) => a + r.weight, 0);
    const share = weight(theme.filter((r) => late(r.id) === "late")) / weight(theme);
    expect(effect.exposed).toBeCloseTo(share, 10);
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.5);
    for (const point of ["ep_or_arrival", "ep_or_restoration", "ep_or_overall"]) {
      const e = d.truth.effects.find((x) => x.point === point)!;
      const m = meanBy(d, point, late);
      const diff = m.get("late")! - m.get("on time")!;
      // Answers clamped at the bottom of the scale make the measured difference a little smaller than the drop.
      expect(diff, point).toBeLessThan(-0.85 * e.drop);
      expect(diff, point).toBeGreaterThan(-e.drop - 4);
    }
    // The point's mean drop stays of the order of the not-linked mode's constant drop (24 at the step, 0.9 a hand-off).
    expect(effect.attributable).toBeGreaterThan(10);
    expect(effect.attributable).toBeLessThan(24);
    // Upstream of dispatch: untouched.
    expect(d.truth.effects.some((e) => e.point === "ep_or_report")).toBe(false);
    const report = meanBy(d, "ep_or_report", late);
    expect(Math.abs(report.get("late")! - report.get("on time")!)).toBeLessThan(3);
  });

  it("an unreasonable clock hurts the customers whose case met the standard's clock but not theirs", () => {
    const d = simulateStudy(study, { seed: 6, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 500, link: {}, plant: [{ tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" }] });
    const cases = new Map(d.cases.map((c) => [c.id, c] as const));
    const byId = new Map(d.respondents.map((r) => [r.id, r] as const));
    const hours = (respondent: string, start: string): number | undefined => {
      const c = cases.get(byId.get(respondent)?.case ?? "");
      return c === undefined ? undefined : caseMinutes(new Map(c.events), { start, stop: "supply_reconnected" })! / 60;
    };
    const group = (r: string): string | undefined => {
      const own = hours(r, "arrears_settled");
      const theirs = hours(r, "arrears_paid");
      return own === undefined || theirs === undefined ? undefined : own <= 24 && theirs > 24 ? "exposed" : "not";
    };
    const e = d.truth.effects.find((x) => x.point === "ep_pr_reconnection")!;
    expect(e.exposure.kind).toBe("customer-clock");
    expect(e.exposed).toBeGreaterThan(0.2);
    const m = meanBy(d, "ep_pr_reconnection", group);
    const diff = m.get("exposed")! - m.get("not")!;
    expect(diff).toBeLessThan(-0.85 * e.drop);
    expect(diff).toBeGreaterThan(-e.drop - 4);
  });

  it("an unreasonable threshold: service runs up to what the standard allows, and customers beyond what they accept rate lower", () => {
    const d = simulateStudy(study, { seed: 7, externalRespondents: 8000, internalRespondents: 0, casesPerTheme: 500, link: {}, plant: [{ tag: "unreasonable-standard", standard: "std_arrival_urban_45min" }] });
    const std = study.standards.find((s) => s.id === "std_arrival_urban_45min")!;
    const urban = d.cases.filter((c) => c.theme === "theme_outage_repair" && c.segment.some(([k, v]) => k === "area" && v === "urban"));
    const minutes = urban.map((c) => caseMinutes(new Map(c.events), standardClock(study, std)!)!);
    // Still compliant (95% required), but many urban customers wait longer than the 80% acceptable 45 × 0.55 minutes.
    expect(minutes.filter((m) => m <= 45).length / minutes.length).toBeGreaterThan(0.97);
    expect(minutes.filter((m) => m > 45 * 0.55).length / minutes.length).toBeGreaterThan(0.1);
    const e = d.truth.effects.find((x) => x.point === "ep_or_arrival")!;
    expect(e.exposure).toMatchObject({ kind: "beyond-acceptable", standard: "std_arrival_urban_45min", unit: "min" });
    expect((e.exposure as { acceptable: number }).acceptable).toBeCloseTo(45 * 0.55, 6);
    const rule = exposureRule(study, d.truth.planted[0]!);
    const cases = new Map(d.cases.map((c) => [c.id, c] as const));
    const byId = new Map(d.respondents.map((r) => [r.id, r] as const));
    const m = meanBy(d, "ep_or_arrival", (r) => {
      const c = cases.get(byId.get(r)?.case ?? "");
      return c === undefined ? undefined : rule.test(new Map(c.events), c.segment) ? "exposed" : "not";
    });
    expect(m.get("exposed")! - m.get("not")!).toBeLessThan(-0.85 * e.drop);
  });

  it("a planted customer dissatisfaction lowers its point for everyone", () => {
    const d = simulateStudy(study, { seed: 8, ...small, link: {}, plant: [{ tag: "customer-dissatisfaction", point: "ep_pr_payment" }] });
    const e = d.truth.effects.find((x) => x.point === "ep_pr_payment")!;
    expect(e).toMatchObject({ exposure: { kind: "everyone" }, drop: 24, exposed: 1, attributable: 24, se: undefined });
  });

  it("rejects a link share outside [0, 1]", () => {
    expect(() => simulateStudy(study, { ...small, link: { share: 1.5 } })).toThrow(UsageError);
    expect(() => simulateStudy(study, { ...small, link: { share: Number.NaN } })).toThrow(/link.share/);
  });
});

describe("simulateStudy, confounders and decoys", () => {
  const remote = { dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 };
  const isRemote = (segment: readonly (readonly [string, string])[]): boolean => segment.some(([k, v]) => k === "area" && v === "remote");

  it("a confounder slows its segment's cases by the factor and lowers its customers' ratings, and the truth records it", () => {
    const o = { seed: 4, externalRespondents: 4000, internalRespondents: 0, casesPerTheme: 200 };
    const plain = simulateStudy(study, o);
    const d = simulateStudy(study, { ...o, confounders: [remote] });
    expect(d.truth.confounders).toEqual([remote]);
    // The same draws: every gap of a remote case is 1.6 times as long, other cases are unchanged.
    let slowed = 0;
    d.cases.forEach((c, i) => {
      const before = plain.cases[i]!;
      expect(c.segment).toEqual(before.segment);
      const span = (x: typeof c): number => x.events[x.events.length - 1]![1] - x.events[0]![1];
      if (isRemote(c.segment)) {
        expect(span(c) / span(before)).toBeCloseTo(1.6, 3);
        slowed++;
      } else expect(c.events).toEqual(before.events);
    });
    expect(slowed).toBeGreaterThan(50);
    const seg = new Map(d.respondents.map((r) => [r.id, isRemote(r.segment) ? "remote" : "other"] as const));
    for (const point of ["ep_or_arrival", "ep_pr_payment"]) {
      const a = meanBy(d, point, (r) => seg.get(r));
      const b = meanBy(plain, point, (r) => seg.get(r));
      // Answers at the top of the scale absorb part of the drop.
      expect(a.get("remote")! - b.get("remote")!, point).toBeLessThan(-4);
      expect(a.get("remote")! - b.get("remote")!, point).toBeGreaterThan(-9);
      expect(a.get("other")).toBe(b.get("other"));
    }
  });

  it("in linked mode, confounded customers have slower own cases and lower ratings", () => {
    const d = simulateStudy(study, { seed: 4, externalRespondents: 4000, internalRespondents: 0, casesPerTheme: 200, link: {}, confounders: [remote] });
    const cases = new Map(d.cases.map((c) => [c.id, c] as const));
    const clock = { start: "fault_reported", stop: "crew_on_site" };
    const waits = { remote: [] as number[], other: [] as number[] };
    for (const r of d.respondents.filter((x) => x.theme === "theme_outage_repair")) waits[isRemote(r.segment) ? "remote" : "other"].push(caseMinutes(new Map(cases.get(r.case!)!.events), clock)!);
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    expect(median(waits.remote) / median(waits.other)).toBeGreaterThan(1.4);
    const seg = new Map(d.respondents.map((r) => [r.id, isRemote(r.segment) ? "remote" : "other"] as const));
    const m = meanBy(d, "ep_or_arrival", (r) => seg.get(r));
    expect(m.get("remote")! - m.get("other")!).toBeLessThan(-4);
  });

  it("rejects a confounder on a segment the simulation does not have", () => {
    expect(() => simulateStudy(study, { ...small, confounders: [{ ...remote, value: "moon" }] })).toThrow(/not a segment/);
    expect(() => simulateStudy(study, { ...small, confounders: [{ ...remote, slowdown: 0 }] })).toThrow(UsageError);
  });

  it("a decoy stretches its standard's durations but leaves every customer rating alone", () => {
    const o = { seed: 11, externalRespondents: 1000, internalRespondents: 200, casesPerTheme: 400 };
    const plain = simulateStudy(study, o);
    for (const link of [undefined, {}]) {
      const base = link === undefined ? plain : simulateStudy(study, { ...o, link });
      const d = simulateStudy(study, { ...o, ...(link === undefined ? {} : { link }), plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch", decoy: true }] });
      expect(d.truth.decoys).toEqual([0]);
      expect(d.truth.planted[0]).toMatchObject({ decoy: true, post: "repair_dispatcher" });
      expect(d.truth.affectedPoints).toEqual([]);
      expect(d.truth.effects).toEqual([]);
      const std = study.standards.find((s) => s.id === "std_dispatch_5min")!;
      const missed = (x: typeof d): number => {
        const cs = x.cases.filter((c) => c.theme === "theme_outage_repair");
        return cs.filter((c) => caseMinutes(new Map(c.events), standardClock(study, std)!)! > 5).length / cs.length;
      };
      expect(missed(base)).toBeLessThan(0.03);
      expect(missed(d)).toBeGreaterThan(0.15);
      // Customers' answers are exactly those of the same data without the decoy.
      const ext = (x: typeof d): string => {
        const customers = new Set(x.respondents.filter((r) => r.audience === "external").map((r) => r.id));
        return JSON.stringify(x.answers.filter((a) => customers.has(a.respondent)));
      };
      expect(ext(d)).toBe(ext(base));
      // A real upstream problem all the same: the dispatcher's internal customers rate the step low.
      const internal = (x: typeof d): number => {
        const qs = new Set(study.evaluationPoints.filter((p) => p.step === "or_bo_dispatch").flatMap((p) => p.questions.filter((q) => q.audience.kind === "internal").map((q) => q.id)));
        const vs = x.answers.filter((a) => qs.has(a.question) && typeof a.value === "number").map((a) => a.value as number);
        return vs.reduce((a, b) => a + b, 0) / vs.length;
      };
      expect(internal(d)).toBeLessThan(internal(base) - 0.5);
    }
  });
});

describe("simulateStudy, late execution against scoped standards", () => {
  const areaOf = (c: { segment: readonly (readonly [string, string])[] }): string | undefined => c.segment.find(([k]) => k === "area")?.[1];

  it("each area's cases are late against their own area's standard, not the loosest (crew travel: 45, 90, 120 minutes)", () => {
    for (const link of [undefined, {}]) {
      const d = simulateStudy(study, { seed: 3, externalRespondents: 400, internalRespondents: 0, casesPerTheme: 1000, ...(link === undefined ? {} : { link }), plant: [{ tag: "non-compliant-execution", step: "or_bo_crew_travel" }] });
      for (const [area, limit] of [["urban", 45], ["rural", 90], ["remote", 120]] as const) {
        const minutes = d.cases.filter((c) => c.theme === "theme_outage_repair" && areaOf(c) === area).map((c) => caseMinutes(new Map(c.events), { start: "fault_reported", stop: "crew_on_site" })!);
        const met = minutes.filter((m) => m <= limit).length / minutes.length;
        // Stretched to the loosest (2 h), urban cases would all miss their 45 minutes.
        expect(met, `${area} ${link === undefined ? "not linked" : "linked"}`).toBeGreaterThan(0.4);
        expect(met, area).toBeLessThan(0.9);
      }
    }
  });

  it("a case no scope covers is late too (restoration's standard covers ordinary faults only)", () => {
    const o = { seed: 3, externalRespondents: 0, internalRespondents: 0, casesPerTheme: 1000 };
    const median = (x: ReturnType<typeof simulateStudy>, fault: string): number => {
      const ms = x.cases.filter((c) => c.theme === "theme_outage_repair" && c.segment.some(([k, v]) => k === "fault_class" && v === fault)).map((c) => caseMinutes(new Map(c.events), { start: "fault_reported", stop: "power_restored" })!);
      return [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    };
    const plain = simulateStudy(study, o);
    const late = simulateStudy(study, { ...o, plant: [{ tag: "non-compliant-execution", step: "or_bo_restore" }] });
    for (const fault of ["ordinary", "other"]) expect(median(late, fault), fault).toBeGreaterThan(1.5 * median(plain, fault));
  });
});

describe("simulateStudy, not-linked mode", () => {
  it("keeps the numbers of earlier versions (a fingerprint of seed 1)", () => {
    const d = simulateStudy(study, { seed: 1, ...small, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }, { tag: "customer-dissatisfaction", point: "ep_pr_payment" }] });
    // FNV-1a over the answers and case events: a change here changes every test and demo number downstream.
    let h = 0x811c9dc5;
    for (const ch of JSON.stringify([d.answers, d.cases])) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    expect(h.toString(16)).toBe(FINGERPRINT);
    expect(d.truth.link).toBeUndefined();
    expect(d.respondents.some((r) => r.case !== undefined)).toBe(false);
    expect(d.truth.effects.every((e) => e.exposure.kind === "everyone" && e.se === undefined)).toBe(true);
  });
});

const FINGERPRINT = "13401ccd";
