/**
 * Shares passed upstream through chained standards: the customers are measured against a standard counted from
 * payment to reconnection, whose misses late settlement (payment to settlement, the clerk's standard) makes. The
 * part of the measured share that late settlement accounts for passes to the clerk, with the attributable
 * fraction measured on the cases; the crew keeps the rest. Where the customers whose settlement was late are not
 * harmed by the misses it makes (so the harm does not carry through), nothing passes.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { attribute } from "../../src/attribution/attribute.js";
import type { CauseLink, CustomerDissatisfaction } from "../../src/attribution/shared/findings.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";
import { collectResponses } from "../../src/data/dataset.js";
import { buildReport } from "../../src/reports/report.js";
import { toCsv } from "../../src/reports/csv.js";
import { attributableFraction } from "../../src/stats/attributable-fraction.js";
import { parseStudy } from "../../src/study/validate/index.js";

const raw = parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8"));
// The customers' standard: power back within 24 hours of paying, executed by the crew; and the clerk's: settled
// within 2 hours of payment. The first clock contains the second.
raw.metrics.push({ id: "paid_to_power", name: "Payment to power", step: "reconnect", unit: "h", clock: { start: "paid", stop: "reconnected" } });
raw.metrics.push({ id: "settle_time", name: "Time to settle", step: "settle", unit: "h", clock: { start: "paid", stop: "settled" } });
raw.standards = [
  { id: "power_24h", text: "Power back within 24 hours of payment", metric: "paid_to_power", unit: "h", threshold: 24, better: "lower", clock: { start: "paid", stop: "reconnected" }, compliance: 0.95, owner: { post: "standards_officer" }, steps: ["reconnect"], source: "§5" },
  { id: "settle_2h", text: "Arrears settled within 2 hours of payment", metric: "settle_time", unit: "h", threshold: 2, better: "lower", clock: { start: "paid", stop: "settled" }, compliance: 0.95, owner: { post: "standards_officer" }, steps: ["settle"], source: "§4" },
];
const study = parseStudy(raw);
const H = 3_600_000;

/**
 * 1,000 customers: settlement is late (5 h instead of 1) for 3 in 10, and reconnection takes 20 h after settlement,
 * 30 h for 1 in 10 whatever the settlement; so a late settlement always makes the 24-hour standard late. The customer
 * rates 1–2 when their own case missed 24 hours (3–4 otherwise), unless `harmless` says that miss does no harm.
 */
function world(harmless: (lateSettle: boolean, lateCrew: boolean) => boolean = () => false) {
  const rows: Record<string, unknown>[] = [];
  const cases: CaseRecord[] = [];
  for (let i = 0; i < 1000; i++) {
    const lateSettle = i % 10 < 3;
    const lateCrew = Math.floor(i / 10) % 10 === 0;
    const paid = i * H;
    const settled = paid + (lateSettle ? 5 : 1) * H;
    const reconnected = settled + (lateCrew ? 30 : 20) * H;
    const missed = reconnected - paid > 24 * H;
    const hurt = missed && !harmless(lateSettle, lateCrew);
    rows.push({ respondent: `c${i}`, question: "q_recon_sat", value: (hurt ? 1 : 3) + (Math.floor(i / 3) % 2), audience: "external", case: `k${i}` });
    cases.push({ id: `k${i}`, events: [["paid", paid], ["settled", settled], ["reconnected", reconnected]] });
  }
  return { responses: collectResponses(study, rows), cases };
}

const gapAt = (findings: readonly unknown[]): CustomerDissatisfaction => {
  const cd = (findings as CustomerDissatisfaction[]).find((f) => f.id === "cd:ep_recon");
  if (cd === undefined) throw new Error("expected a customer gap at ep_recon");
  return cd;
};
const on = (cd: CustomerDissatisfaction, finding: string): CauseLink[] => cd.causes.filter((c) => c.finding === finding);

describe("a share passed upstream through a chained standard", () => {
  it("never passes from a clock to one that contains it, and only the largest of several fractions passes", () => {
    // A third standard, the clerk's: reconnected within 22 hours of settlement (settled → reconnected). The crew's
    // 24 hours from payment contains it (it starts before and stops with it): it is never upstream of it.
    const wider = parseStudy({
      ...raw,
      standards: [...raw.standards, { id: "recon_22h", text: "Reconnected within 22 hours of settlement", metric: "reconnection_time", unit: "h", threshold: 22, better: "lower", clock: { start: "settled", stop: "reconnected" }, compliance: 0.95, owner: { post: "standards_officer" }, steps: ["settle"], source: "§6" }],
    });
    const r = attribute(wider, world());
    const passed = r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links : [])).flatMap((l) => (l.through === undefined ? [] : [l.through]));
    for (const t of passed) expect([t.standard, t.upstream]).not.toEqual(["recon_22h", "power_24h"]);
    // Every measured share passes to one upstream finding at most.
    for (const f of r.findings) if (f.tag === "customer-dissatisfaction") for (const c of f.causes) expect((c.passedUpstream ?? []).length).toBeLessThanOrEqual(1);
  });

  it("passes the part the clerk's late settlements account for, measured on the cases, and the crew keeps the rest", () => {
    const r = attribute(study, world());
    const cd = gapAt(r.findings);
    const crew = on(cd, "nce:reconnect");
    const clerk = on(cd, "nce:settle");
    expect(crew).toHaveLength(1);
    expect(clerk).toHaveLength(1);
    const [kept, passed] = [crew[0] as CauseLink, clerk[0] as CauseLink];
    // The fraction: cases with late settlement (300) all miss; of the 700 others, 70 miss (the crew's own delays).
    // No late settlement met the 24 hours: an empty cell, so half a case goes in every cell (just under 270 / 370).
    const af = attributableFraction({ exposedWith: 300, exposedWithout: 0, unexposedWith: 70, unexposedWithout: 630 });
    expect(af.value).toBeCloseTo((300.5 - (301 * 70.5) / 701) / 371, 12);
    expect(af.value).toBeCloseTo((300 - (300 * 70) / 700) / 370, 2);
    expect(passed.through).toMatchObject({ from: "nce:reconnect", to: "nce:settle", post: "clerk", standard: "power_24h", upstream: "settle_2h", cases: 1000 });
    expect(passed.through?.fraction).toBeCloseTo(af.value, 12);
    expect(passed.through?.ci[0]).toBeCloseTo(af.ci[0], 12);
    expect(kept.passedUpstream?.map((t) => t.to)).toEqual(["nce:settle"]);
    // The two parts add up to the measured share, which the effect of a miss (2 points = 50 index points) sets.
    const whole = (kept.share ?? 0) + (passed.share ?? 0);
    expect(passed.share).toBeCloseTo(whole * af.value, 12);
    expect(kept.effect?.effect.value).toBeCloseTo(-50, 0);
    expect(whole + cd.unexplainedShare).toBeCloseTo(1, 12);
    // The passed share carries an interval inside [0, 1] around it, and the chain from the clerk's step.
    expect(passed.shareCi?.[0]).toBeLessThan(passed.share ?? 0);
    expect(passed.shareCi?.[1]).toBeGreaterThan(passed.share ?? 1);
    expect(passed.chain[0]?.step).toBe("settle");
    // The clerk's finding explains that part; reports say how the share came.
    expect(r.findings.find((f) => f.id === "nce:settle")).toMatchObject({ explains: [{ gap: "cd:ep_recon", share: passed.share }] });
    const doc = buildReport(study, r, { lang: "en" });
    const link = doc.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.causes : [])).find((c) => c.finding === "nce:settle");
    expect(link?.through).toMatchObject({ from: "nce:reconnect", to: "nce:settle", post: { id: "clerk" }, upstream: { id: "settle_2h" } });
    expect(link?.text).toContain("passed upstream: of the cases that missed “Power back within 24 hours of payment”");
    const csv = toCsv(r, study, { table: "causes", lang: "zh" });
    expect(csv.split("\r\n")[0]).toMatch(/,through_finding,through_fraction,through_fraction_ci_low,through_fraction_ci_high$/);
    expect(csv).toContain("nce:reconnect");
    expect(csv).toContain("向上游传递");
  });

  it("passes nothing when the misses late settlement makes do not harm the customers", () => {
    // Only the crew's own late cases hurt: customers whose 24 hours were missed because of settlement rate as if met.
    const r = attribute(study, world((lateSettle, lateCrew) => lateSettle && !lateCrew));
    const cd = gapAt(r.findings);
    expect(on(cd, "nce:settle")).toEqual([]);
    expect(cd.causes.every((c) => c.through === undefined && c.passedUpstream === undefined)).toBe(true);
    // The clerk's own misses were measured beside the crew's: its customers rate significantly higher given the miss.
    const direct = cd.links.find((l) => l.finding === "nce:settle" && l.exposure.kind === "missed-standard");
    expect(direct?.effect?.effect.ci[0]).toBeGreaterThan(0);
  });
});
