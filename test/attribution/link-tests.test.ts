/**
 * gaptrace's rule for links it cannot size: every link that states no share and was not measured names the data
 * that would test it. Checked over every link of the bundled example (the demo's run, linked, and the same data
 * with nothing linked), and on the mini study where a standard's misses are one area (confounded).
 */
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";
import type { TestData } from "../../src/attribution/shared/findings.js";
import { collectResponses } from "../../src/data/dataset.js";
import { linkText } from "../../src/reports/link-text.js";
import { responseRows, simulateStudy } from "../../src/simulate/index.js";
import { bundled, simulated, unsizedWithoutTest } from "./helpers.js";

// The vehicle pool has no clock (its internal customers' ratings find it): with it, the linked run has links it
// cannot size too (without it every linked link is measured, and the rule would be checked on none).
const plant = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "non-compliant-execution", step: "or_sp_vehicle_pool" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" },
] as const;

const testsOf = (r: ReturnType<typeof attribute>): TestData[] =>
  r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.flatMap((l) => l.test) : []));
/** The links stating no share: the ones the rule is about (so a run with none checks nothing). */
const unsized = (r: ReturnType<typeof attribute>): number =>
  r.findings.reduce((n, f) => n + (f.tag === "customer-dissatisfaction" ? f.links.filter((l) => l.share === undefined).length : 0), 0);

describe("links the trace cannot size", () => {
  it("name the data that would test them in the bundled example, its customers linked", () => {
    const { data, table } = simulated({ seed: 2026, plant, link: {} });
    const r = attribute(bundled, { responses: table, cases: data.cases as readonly CaseRecord[] });
    expect(r.linkage.linked).toBeGreaterThan(0);
    expect(unsized(r)).toBeGreaterThan(0);
    expect(unsizedWithoutTest(r)).toEqual([]);
    // Linked customers are the route: a step to time is asked for alone, with no places to compare.
    const clocks = testsOf(r).filter((t) => t.kind === "step-clock");
    expect(clocks.length).toBeGreaterThan(0);
    for (const t of clocks) expect(t).toMatchObject({ step: "or_sp_vehicle_pool", link: false, places: undefined });
  });

  it("and with nothing linked", () => {
    const { data, table } = simulated({ seed: 2026, plant });
    const r = attribute(bundled, { responses: table, cases: data.cases as readonly CaseRecord[] });
    expect(r.linkage.linked).toBe(0);
    expect(unsized(r)).toBeGreaterThan(0);
    expect(unsizedWithoutTest(r)).toEqual([]);
    const clocks = testsOf(r).filter((t) => t.kind === "step-clock");
    expect(clocks.length).toBeGreaterThan(0);
    for (const t of clocks) expect(t).toMatchObject({ step: "or_sp_vehicle_pool", link: true, places: r.options.minGroups });
  });

  it("ask the customers who rate overall satisfaction to rate a point too, when its driver effect cannot be estimated", () => {
    // Payment and overall satisfaction below target; 60% of the customers were not asked about payment, so the
    // key-driver regression leaves payment out (fewer than half of the overall question's respondents rate it).
    const data = simulateStudy(bundled, { seed: 2026, plant: [{ tag: "customer-dissatisfaction", point: "ep_pr_payment" }], link: {} });
    const questionsOf = (point: string): Set<string> => new Set(bundled.evaluationPoints.find((p) => p.id === point)?.questions.map((q) => q.id));
    const payment = questionsOf("ep_pr_payment");
    const overall = questionsOf("ep_pr_overall");
    const order = new Map<string | number, number>();
    const rows = [...responseRows(data)]
      .filter((row) => {
        if (!order.has(row.respondent)) order.set(row.respondent, order.size);
        return !(payment.has(row.question) && (order.get(row.respondent) ?? 0) % 10 < 6);
      })
      .map((row) => (overall.has(row.question) && typeof row.value === "number" ? { ...row, value: Math.max(1, row.value - 1) } : row));
    const r = attribute(bundled, { responses: collectResponses(bundled, rows), cases: data.cases as readonly CaseRecord[] });
    expect(unsizedWithoutTest(r)).toEqual([]);
    const gap = r.findings.find((f) => f.id === "cd:ep_pr_overall");
    if (gap?.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap at ep_pr_overall");
    const link = gap.links.find((l) => l.finding === "cd:ep_pr_payment");
    expect(link?.reason.kind).toBe("untested");
    expect(link?.test).toEqual([{ kind: "driver-answers", point: "ep_pr_payment", needed: r.options.minExternal }]);
    if (link === undefined) return;
    expect(linkText(bundled, link, gap.gap, "en")).toMatch(/to rate “[^”]+” too: at least 30 answering both/);
    expect(linkText(bundled, link, gap.gap, "zh")).toMatch(/同时评价“[^”]+”：两项都回答的至少30位/);
  });

  it("say that the customers must rate the regression's other points too, when the point is rated by enough but the listwise fit is not", () => {
    // Payment is rated by 52% of those who rate overall (260 of 500), the notice by the other 52%: each passes
    // the driver regression's own threshold, but only the 4% (20) who rate both enter the listwise fit, too few.
    const data = simulateStudy(bundled, { seed: 2026, externalRespondents: 2000, dontKnowRate: 0, missingRate: 0, plant: [{ tag: "customer-dissatisfaction", point: "ep_pr_payment" }], link: {} });
    const external = (point: string): Set<string> => new Set(bundled.evaluationPoints.find((p) => p.id === point)?.questions.filter((q) => q.audience.kind === "external").map((q) => q.id));
    const [payment, notice, overall] = [external("ep_pr_payment"), external("ep_pr_notice"), external("ep_pr_overall")];
    const order = new Map<string | number, number>();
    const rows = [...responseRows(data)]
      .filter((row) => {
        if (!order.has(row.respondent)) order.set(row.respondent, order.size);
        const o = (order.get(row.respondent) ?? 0) % 100;
        return !(payment.has(row.question) && o < 48) && !(notice.has(row.question) && o >= 52);
      })
      .map((row) => (overall.has(row.question) && typeof row.value === "number" ? { ...row, value: Math.max(1, row.value - 1) } : row));
    const rated = new Map<string | number, { o: boolean; p: boolean }>();
    for (const row of rows) {
      const x = rated.get(row.respondent) ?? { o: false, p: false };
      rated.set(row.respondent, { o: x.o || overall.has(row.question), p: x.p || payment.has(row.question) });
    }
    const overallRaters = [...rated.values()].filter((x) => x.o);
    const both = overallRaters.filter((x) => x.p).length;
    // The point alone meets what the first clause asks: the advice must name what is missing.
    expect(both).toBeGreaterThanOrEqual(30);
    expect(both).toBeGreaterThanOrEqual(overallRaters.length / 2);
    const r = attribute(bundled, { responses: collectResponses(bundled, rows), cases: data.cases as readonly CaseRecord[] });
    const gap = r.findings.find((f) => f.id === "cd:ep_pr_overall");
    if (gap?.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap at ep_pr_overall");
    const link = gap.links.find((l) => l.finding === "cd:ep_pr_payment");
    expect(link?.test).toEqual([{ kind: "driver-answers", point: "ep_pr_payment", needed: r.options.minExternal }]);
    if (link === undefined) return;
    expect(linkText(bundled, link, gap.gap, "en")).toContain("with at least 30 of them also rating every other point the regression takes in");
    expect(linkText(bundled, link, gap.gap, "zh")).toContain("其中至少30位还要评价回归纳入的其他各评价点");
  });
});

