/**
 * Tests of the sampling plan: Cochran's closed forms with and without the finite-population correction, the
 * census and unreachable cases of small posts, roll-ups (a post's sample is the largest of its rows, not the sum),
 * quotas that add up (fast-check), option errors, and the spreadsheet-safe CSV.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { StudySchema, type Study, type StudyInput } from "../../src/model/study.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { normalQuantile } from "../../src/stats/normal-quantile.js";
import { planRows, samplingPlan, type PlanQuota, type PlanRow, type SamplingPlan } from "../../src/design/plan.js";
import type { SamplingPlanOptions } from "../../src/design/plan-options.js";
import { samplingPlanToCsv, SAMPLING_PLAN_CSV_COLUMNS } from "../../src/design/plan-csv.js";

const likert5 = { type: "likert", points: 5 } as const;
const z = normalQuantile(0.975);

/** Two themes; the crew (12 people) and the agent (400) rate dispatch; the clerk has nobody; the cashier no headcount. */
function planInput(): StudyInput {
  return {
    gaptrace: 1,
    id: "mini-plan",
    name: { en: "Plan fixture", zh: "方案测试" },
    organisation: {
      departments: [{ id: "svc", name: "Service" }, { id: "ops", name: "Ops" }],
      posts: [
        { id: "agent", name: { en: "Hotline agent", zh: "坐席" }, department: "svc", headcount: 400 },
        { id: "dispatcher", name: "Dispatcher", department: "ops", headcount: 5 },
        { id: "crew", name: { en: "Crew leader", zh: "抢修负责人" }, department: "ops", headcount: 12 },
        { id: "cashier", name: { en: "Cashier", zh: "收费员" }, department: "svc" },
        { id: "clerk", name: { en: "Billing clerk", zh: "账务员" }, department: "svc", headcount: 0 },
      ],
    },
    themeMap: {
      needs: [{ id: "n", name: "Need" }],
      items: [{ id: "i", name: "Item", needs: ["n"] }],
      themes: [
        { id: "repair", name: { en: "Fault repair", zh: "故障抢修" }, items: ["i"] },
        { id: "payment", name: { en: "Payment", zh: "交费" }, items: ["i"] },
      ],
    },
    blueprints: [
      {
        theme: "repair",
        steps: [
          { id: "report", name: "Report", layer: "customer" },
          { id: "accept", name: "Accept", layer: "frontline", owner: "agent" },
          { id: "dispatch", name: "Dispatch", layer: "backoffice", owner: "dispatcher" },
          { id: "repair", name: "Repair", layer: "backoffice", owner: "crew" },
          { id: "callback", name: "Call back", layer: "frontline", owner: "agent" },
        ],
        handoffs: [
          { from: "report", to: "accept" },
          { from: "accept", to: "dispatch" },
          { from: "dispatch", to: "repair" },
          { from: "repair", to: "callback" },
        ],
      },
      {
        theme: "payment",
        steps: [
          { id: "pay", name: "Pay", layer: "customer" },
          { id: "take", name: "Take payment", layer: "frontline", owner: "cashier" },
          { id: "settle", name: "Settle", layer: "backoffice", owner: "clerk" },
          { id: "notify", name: "Notify", layer: "frontline", owner: "cashier" },
        ],
        handoffs: [
          { from: "pay", to: "take" },
          { from: "take", to: "settle" },
          { from: "settle", to: "notify" },
        ],
      },
    ],
    evaluationPoints: [
      {
        id: "ep_accept",
        step: "accept",
        name: "Reporting",
        questions: [
          { id: "q_sat", audience: { kind: "external" }, measures: "perception", scale: likert5, text: "Reporting was easy." },
          { id: "q_yes", audience: { kind: "external" }, measures: "performance", scale: { type: "yesno" }, text: "Did you get through at once?" },
        ],
      },
      {
        id: "ep_dispatch",
        step: "dispatch",
        name: "Dispatch",
        questions: [
          { id: "q_d1", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: likert5, text: "Orders are complete." },
          { id: "q_d2", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: { type: "likert", points: 7 }, text: "Orders are timely." },
          { id: "q_d_agent", audience: { kind: "internal", rater: "agent" }, measures: "perception", scale: likert5, text: "I can see progress." },
        ],
      },
      {
        id: "ep_repair",
        step: "repair",
        name: "Repair",
        questions: [{ id: "q_r_agent", audience: { kind: "internal", rater: "agent" }, measures: "performance", scale: { type: "yesno" }, text: "Was the closing note complete?" }],
      },
      {
        id: "ep_take",
        step: "take",
        name: "Paying",
        questions: [
          { id: "q_pay", audience: { kind: "external" }, measures: "perception", scale: likert5, text: "Paying is easy." },
          { id: "q_unb", audience: { kind: "external" }, measures: "expectation", scale: { type: "numeric", unit: "h", min: 0 }, text: "Acceptable hours?" },
          { id: "q_take_clerk", audience: { kind: "internal", rater: "clerk" }, measures: "perception", scale: likert5, text: "Payment records are complete." },
        ],
      },
      {
        id: "ep_settle",
        step: "settle",
        name: "Settlement",
        questions: [{ id: "q_settle", audience: { kind: "internal", rater: "cashier" }, measures: "perception", scale: likert5, text: "Settlements arrive in time." }],
      },
    ],
  };
}

function study(mutate?: (input: StudyInput) => void): Study {
  const input = planInput();
  mutate?.(input);
  return StudySchema.parse(input);
}

function row(plan: SamplingPlan, point: string, post: string | null): PlanRow {
  const r = plan.rows.find((x) => x.point === point && x.raterPost === post);
  if (r === undefined) throw new Error(`no row ${point}/${post}`);
  return r;
}

function thrown(f: () => unknown): ValidationError {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e;
    throw e;
  }
  throw new Error("expected a ValidationError");
}

describe("samplingPlan against Cochran's closed forms", () => {
  it("case 1 — a large customer population: n0 = deff·z²σ²/e², rounded up", () => {
    const plan = samplingPlan(study(), { marginOfError: 5, designEffect: 1.5 });
    const sat = row(plan, "ep_accept", null).questions.find((q) => q.questionId === "q_sat")!;
    // 1–5 scale: σ = range/4 = 1, e = 5% of the range = 0.2.
    const n0 = (1.5 * z ** 2 * 1 ** 2) / 0.2 ** 2;
    expect(sat.sd).toBe(1);
    expect(sat.sdSource).toBe("range/4");
    expect(sat.marginOfErrorInScale).toBeCloseTo(0.2, 12);
    expect(sat.n0).toBeCloseTo(n0, 9);
    expect(sat.required).toBe(Math.ceil(n0)); // 145
    // The yes/no item drives the row: p = 0.5, e = 0.05.
    const r = row(plan, "ep_accept", null);
    const n0p = (1.5 * z ** 2 * 0.25) / 0.05 ** 2;
    expect(r.drivingQuestion).toBe("q_yes");
    expect(r.n0).toBeCloseTo(n0p, 9);
    expect(r.required).toBe(Math.ceil(n0p)); // 577
    expect(r.population).toBeNull();
    expect(r.census).toBe(false);
    expect(r.marginOfError!).toBeLessThanOrEqual(5);
  });

  it("case 2 — twelve crew leaders: n = n0/(1 + (n0 − 1)/N)", () => {
    const plan = samplingPlan(study(), { marginOfError: 10 });
    const r = row(plan, "ep_dispatch", "crew");
    const n0 = (z ** 2 * 1) / 0.4 ** 2; // 24.01
    const n = n0 / (1 + (n0 - 1) / 12); // 8.23
    expect(r.population).toBe(12);
    expect(r.populationSource).toBe("headcount");
    expect(r.n0).toBeCloseTo(n0, 9);
    expect(r.required).toBe(Math.ceil(n)); // 9
    expect(r.completes).toBe(9);
    expect(r.invitations).toBe(9);
    expect(r.census).toBe(false);
    expect(r.reachable).toBe(true);
    // The 7-point item has the same σ/e ratio; the tie goes to the first question.
    expect(r.drivingQuestion).toBe("q_d1");
    expect(r.questions.map((q) => q.required)).toEqual([9, 9]);
    // Margin at n: z σ √((N − n)/(n (N − 1))), in index points (σ = 1 on a range of 4).
    expect(r.marginOfError!).toBeCloseTo(z * Math.sqrt((12 - 9) / (9 * 11)) * 25, 9);
    expect(r.message.en).toBe(`9 completed answers from the 12 Crew leader staff (invite 9) give ±${r.marginOfError!.toFixed(1)} points.`);
  });

  it("uses a given σ per scale and a population per theme", () => {
    const plan = samplingPlan(study(), { marginOfError: 5, sd: { likert5: 0.8 }, populations: [{ theme: "payment", size: 2000 }] });
    const r = row(plan, "ep_take", null);
    const n0 = (z ** 2 * 0.64) / 0.04;
    expect(r.questions[0]).toMatchObject({ questionId: "q_pay", sd: 0.8, sdSource: "given" });
    expect(r.population).toBe(2000);
    expect(r.populationSource).toBe("theme");
    expect(r.required).toBe(Math.ceil(n0 / (1 + (n0 - 1) / 2000)));
    expect(plan.settings.sd).toEqual([{ scale: "likert5", sd: 0.8 }]);
  });

  it("turns weights into Kish's design effect", () => {
    const plan = samplingPlan(study(), { marginOfError: 5, weights: { external: [1, 1, 2, 4] } });
    expect(plan.settings.designEffect).toEqual({ external: 1.375, internal: 1 });
    expect(plan.settings.designEffectSource).toEqual({ external: "weights", internal: "default" });
    expect(row(plan, "ep_accept", null).n0).toBeCloseTo((1.375 * z ** 2 * 0.25) / 0.0025, 9);
  });
});

describe("small posts: census and unreachable targets", () => {
  it("says a census is needed when the correction leaves everyone, and what it gives", () => {
    const plan = samplingPlan(study(), { marginOfError: 2.5 });
    const r = row(plan, "ep_dispatch", "crew");
    expect(r.n0).toBeCloseTo(z ** 2 / 0.1 ** 2, 9); // 384.1
    expect(r.required).toBe(12);
    expect(r.census).toBe(true);
    expect(r.reachable).toBe(true);
    expect(r.marginOfError).toBe(0);
    expect(r.marginOfErrorProcess!).toBeCloseTo((z / Math.sqrt(12)) * 25, 9);
    expect(r.message.en).toMatch(/^Census: survey all of the 12 Crew leader staff\. ±2\.5 points would need 385 answers from a large population/);
    expect(r.message.zh).toMatch(/^普查：抢修负责人共12人，须全员调查。±2\.5分在大总体下需要385份答卷/);
  });

  it("says when the target cannot be reached and gives the census's margin of error", () => {
    const plan = samplingPlan(study(), { marginOfError: 5, responseRate: { internal: 0.8 } });
    const r = row(plan, "ep_dispatch", "crew");
    const n0 = z ** 2 / 0.04;
    expect(r.required).toBe(Math.ceil(n0 / (1 + (n0 - 1) / 12))); // 11
    expect(r.completes).toBe(9); // ⌊12 × 0.8⌋
    expect(r.invitations).toBe(12);
    expect(r.census).toBe(true);
    expect(r.reachable).toBe(false);
    const moe = z * Math.sqrt((12 - 9) / (9 * 11)) * 25;
    expect(r.marginOfError!).toBeCloseTo(moe, 9);
    expect(r.message.en).toContain("Target not reachable: ±5.0 points needs 11 completed answers");
    expect(r.message.en).toContain(`Survey all 12 (a census): that gives ±${moe.toFixed(1)} points.`);
    expect(r.message.zh).toContain(`应全员调查（普查），误差约±${moe.toFixed(1)}分`);
    const crew = plan.byRaterPost.find((p) => p.post === "crew")!;
    expect(crew).toMatchObject({ census: true, reachable: false, invitations: 12 });
  });

  it("reports a post nobody holds and a post without a headcount plainly", () => {
    const plan = samplingPlan(study(), { marginOfError: 5 });
    const clerk = row(plan, "ep_take", "clerk");
    expect(clerk).toMatchObject({ population: 0, completes: 0, reachable: false, marginOfError: null });
    expect(clerk.message.en).toContain("headcount of 0");
    const cashier = row(plan, "ep_settle", "cashier");
    expect(cashier).toMatchObject({ population: null, populationSource: "unknown", required: 97 });
    expect(cashier.message.en).toContain("add headcount to the post");
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it("lists numeric questions without bounds as unplanned", () => {
    const plan = samplingPlan(study(), { marginOfError: 5 });
    expect(plan.unplanned.map((u) => u.questionId)).toEqual(["q_unb"]);
    expect(plan.unplanned[0]!.reason.zh).toContain("min 和 max");
    expect(row(plan, "ep_take", null).questions.map((q) => q.questionId)).toEqual(["q_pay"]);
  });
});

describe("roll-ups", () => {
  const plan = samplingPlan(study(), { marginOfError: 5, responseRate: { external: 0.5, internal: 0.9 } });

  it("sizes a rater post by its largest row, not the sum of its rows", () => {
    const rows = planRows(plan, { post: "agent" });
    expect(rows.map((r) => r.point)).toEqual(["ep_dispatch", "ep_repair"]);
    const agent = plan.byRaterPost.find((p) => p.post === "agent")!;
    expect(agent.completes).toBe(Math.max(...rows.map((r) => r.completes)));
    expect(agent.completes).toBeLessThan(rows.reduce((a, r) => a + r.completes, 0));
    expect(agent).toMatchObject({ drivingPoint: "ep_repair", evaluationPoints: 2, questions: 2, themes: ["repair"] });
  });

  it("sizes a theme's customers by its largest point, or the sum with externalRespondents: point", () => {
    const ext = planRows(plan, { theme: "repair" }).filter((r) => r.audience === "external");
    const repair = plan.byTheme.find((t) => t.theme === "repair")!;
    expect(repair.external.completes).toBe(Math.max(...ext.map((r) => r.completes)));
    const perPoint = samplingPlan(study(), { marginOfError: 5, externalRespondents: "point" });
    const payment = perPoint.byTheme.find((t) => t.theme === "payment")!;
    expect(payment.external.completes).toBe(planRows(perPoint, { theme: "payment" }).filter((r) => r.audience === "external").reduce((a, r) => a + r.completes, 0));
  });

  it("adds audiences into the grand total, each post once", () => {
    expect(plan.byAudience.internal.completes).toBe(plan.byRaterPost.reduce((a, p) => a + p.completes, 0));
    expect(plan.byAudience.external.completes).toBe(plan.byTheme.reduce((a, t) => a + t.external.completes, 0));
    expect(plan.total.completes).toBe(plan.byAudience.external.completes + plan.byAudience.internal.completes);
    expect(plan.total.invitations).toBe(plan.byAudience.external.invitations + plan.byAudience.internal.invitations);
  });
});

describe("quotas", () => {
  const sums = (q: PlanQuota) => [q.values.reduce((a, v) => a + v.completes, 0), q.values.reduce((a, v) => a + v.invitations, 0)];

  it("split every sample so the parts add up to its total (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (weights, marginOfError, responseRate) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const values = weights.map((w, i) => ({ value: `s${i}`, share: w / total }));
          const plan = samplingPlan(study(), { marginOfError, responseRate, segments: [{ dimension: "city", audience: "all", values }] });
          const holders: { completes: number; invitations: number; quotas: readonly PlanQuota[] }[] = [
            ...plan.rows.filter((r) => r.population !== 0),
            ...plan.byRaterPost,
            ...plan.byTheme.map((t) => ({ ...t.external, quotas: t.quotas })),
            plan.total,
          ];
          for (const h of holders) {
            expect(h.quotas).toHaveLength(1);
            expect(sums(h.quotas[0]!)).toEqual([h.completes, h.invitations]);
            for (const v of h.quotas[0]!.values) expect(Math.abs(v.completes - v.share * h.completes)).toBeLessThan(1);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("apply external segments only to customer samples by default", () => {
    const plan = samplingPlan(study(), { marginOfError: 5, segments: [{ dimension: "city", values: [{ value: "A", share: 0.7 }, { value: "B", share: 0.3 }] }] });
    expect(row(plan, "ep_accept", null).quotas[0]!.values.map((v) => v.completes)).toEqual([270, 115]);
    expect(row(plan, "ep_dispatch", "crew").quotas).toEqual([]);
    expect(plan.total.quotas).toEqual([]);
  });
});

describe("invalid options", () => {
  it("reject a negative margin, naming the function and saying what to pass", () => {
    const e = thrown(() => samplingPlan(study(), { marginOfError: -5 }));
    expect(e.message).toMatch(/^gaptrace\/samplingPlan: /);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatchObject({ code: "plan-options/margin", path: ["options", "marginOfError"] });
    expect(e.problems[0]!.message).toMatch(/^gaptrace\/samplingPlan: options\.marginOfError must be > 0 and < 100, got -5\./);
    expect(e.problems[0]!.hint).toContain("e.g. 5 for ±5 points");
  });

  it("reject confidence ≥ 1, an unknown theme and shares that do not sum to 1, all at once", () => {
    const e = thrown(() =>
      samplingPlan(study(), {
        marginOfError: 5,
        confidence: 95,
        populations: [{ theme: "billing", size: 100 }],
        segments: [{ dimension: "city", values: [{ value: "A", share: 0.5 }, { value: "B", share: 0.4 }] }],
      }),
    );
    expect(e.problems.map((p) => p.code)).toEqual(["plan-options/confidence", "plan-options/unknown-theme", "plan-options/segment-shares-sum"]);
    for (const p of e.problems) {
      expect(p.message).toMatch(/^gaptrace\/samplingPlan: /);
      expect(p.hint.length).toBeGreaterThan(0);
    }
    expect(e.problems[1]!.hint).toContain("repair, payment");
    expect(e.problems[2]!.message).toContain("sum to 0.9, not 1");
    expect(thrown(() => samplingPlan(study(), { marginOfError: 5, confidence: 1 })).problems[0]!.code).toBe("plan-options/confidence");
  });

  it("reject the rest of the malformed options", () => {
    const cases: [unknown, string][] = [
      [{}, "plan-options/missing"],
      [{ marginOfError: 5, designEffect: 1.2, weights: [1, 2] }, "plan-options/design-effect-twice"],
      [{ marginOfError: 5, responseRate: 0 }, "plan-options/response-rate"],
      [{ marginOfError: 5, sd: { likert9: 1 } }, "plan-options/sd-key"],
      [{ marginOfError: 5, themes: ["nope"] }, "plan-options/unknown-theme"],
      [{ marginOfError: 5, margin: 3 }, "plan-options/unknown"],
      [{ marginOfError: 5, segments: [{ dimension: "city", values: [{ value: "A", share: 1 }, { value: "A", share: 0 }] }] }, "plan-options/segment-value-duplicate"],
      [{ marginOfError: 5, segments: [{ dimension: "city", values: [{ value: "A", share: 55 }] }] }, "plan-options/segment-share"],
      [{ marginOfError: 5, populations: [{ theme: "repair", size: 2.5 }] }, "plan-options/population-size"],
      [null, "plan-options/not-an-object"],
    ];
    for (const [options, code] of cases) {
      const e = thrown(() => samplingPlan(study(), options as SamplingPlanOptions));
      expect(e.problems.map((p) => p.code), JSON.stringify(options)).toContain(code);
    }
  });

  it("say a population size that is both below 1 and fractional once", () => {
    // Two checks on one value (at least 1, a whole number): the first failing says it, the second does not repeat it.
    for (const size of [0.5, -2.5, 0, 2.5]) {
      const e = thrown(() => samplingPlan(study(), { marginOfError: 5, populations: [{ theme: "repair", size }] }));
      expect(e.problems.map((p) => p.code), String(size)).toEqual(["plan-options/population-size"]);
    }
  });
});

describe("samplingPlanToCsv", () => {
  it("writes one line per row and roll-up, round-trips through csv-parse, and is formula-safe", () => {
    const s = study((input) => {
      input.organisation.posts[2]!.name = { en: '=HYPERLINK("http://evil.example","x")', zh: "+抢修负责人" };
    });
    const plan = samplingPlan(s, { marginOfError: 5, segments: [{ dimension: "city", audience: "all", values: [{ value: "-A", share: 0.5 }, { value: "B", share: 0.5 }] }] });
    const csv = samplingPlanToCsv(plan);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SAMPLING_PLAN_CSV_COLUMNS, "quota:city=-A", "quota:city=B"]);
    expect(rows).toHaveLength(plan.rows.length + plan.byRaterPost.length + 2 * plan.byTheme.length + 2 + 1);
    const crewRow = rows.find((r) => r["level"] === "point" && r["rater_post"] === "crew")!;
    expect(crewRow).toMatchObject({ point: "ep_dispatch", population: "12", required: String(row(plan, "ep_dispatch", "crew").required) });
    const crewPost = rows.find((r) => r["level"] === "post" && r["rater_post"] === "crew")!;
    expect(crewPost["message"]!.startsWith(`'=HYPERLINK("http://evil.example","x"): `)).toBe(true);
    const zh = parse(samplingPlanToCsv(plan, { lang: "zh" }), { columns: true }) as Record<string, string>[];
    expect(zh.find((r) => r["level"] === "post" && r["rater_post"] === "crew")!["message"]!.startsWith("'+抢修负责人")).toBe(true);
    const total = rows.at(-1)!;
    expect(total).toMatchObject({ level: "total", completes: String(plan.total.completes) });
    expect(Number(total["quota:city=-A"]) + Number(total["quota:city=B"])).toBe(plan.total.completes);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });
});

describe("sampling plan of the bundled power-utility study", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const report = loadStudyFileSync(join(here, "..", "..", "examples", "studies", "power-utility.study.yaml"));
  const bundled = report.study!;

  it("needs a census of the 12 repair dispatchers when σ is the scale maximum", () => {
    const plan = samplingPlan(bundled, { marginOfError: 5, sdRule: "maximum" });
    const dispatcher = plan.byRaterPost.find((p) => p.post === "repair_dispatcher")!;
    expect(dispatcher).toMatchObject({ headcount: 12, completes: 12, invitations: 12, census: true, reachable: true });
    const r = planRows(plan, { post: "repair_dispatcher" })[0]!;
    expect(r.message.en).toContain("would need 385 answers from a large population; 12 people cannot give more than 12");
    expect(plan.rows).toHaveLength(17 + 18);
    expect(plan.unplanned).toEqual([]);
  });

  it("adds up to its roll-ups", () => {
    const plan = samplingPlan(bundled, { marginOfError: 5, responseRate: { external: 0.4, internal: 0.9 } });
    expect(plan.total.completes).toBe(plan.byAudience.external.completes + plan.byAudience.internal.completes);
    expect(plan.byRaterPost.map((p) => p.post)).toEqual(["hotline_agent", "account_manager", "billing_clerk", "metering_technician", "complaint_handler", "repair_dispatcher", "repair_crew_leader", "planning_engineer"]);
    for (const p of plan.byRaterPost) expect(p.completes).toBeLessThanOrEqual(p.headcount ?? Infinity);
  });
});
