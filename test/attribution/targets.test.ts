/**
 * cascadeTargets (issue 15): the arithmetic against an independent computation on an exact regression, the
 * interval against R (svymean, predict.svyglm) and by coverage, no allocation without a measured effect, posts'
 * parts, and bad input.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cascadeTargets } from "../../src/attribution/targets.js";
import { fitMeans, predictOverall } from "../../src/attribution/target-prediction.js";
import { driverFit } from "../../src/attribution/trace/overall.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { UsageError } from "../../src/core/errors.js";
import { collectResponses } from "../../src/data/dataset.js";
import { attribute } from "../../src/attribution/attribute.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { choosePlants, responseRows, simulateStudy } from "../../src/simulate/index.js";

const utility = loadStudyFileSync(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url).pathname).study!;
import type { EvaluationPoint, Study } from "../../src/model/study.js";
import { estimateMean } from "../../src/stats/estimate-mean.js";
import { fitWeightedRegression } from "../../src/stats/fit-weighted-regression.js";
import { momentsFromValues } from "../../src/stats/moments-from-values.js";
import { county, countyRows, countyTable, prng, TRUE_EFFECTS, WAVE_2013 } from "./targets-fixture.js";

const EXACT = { ...WAVE_2013, noise: 0, intercept: 17, n: 600 };

/** The study with other targets (top and indicators replaced). */
function withTargets(targets: NonNullable<Study["targets"]>): Study {
  return { ...county, targets };
}

/** Weighted means of each question over the rows, by hand from the long rows. */
function handMeans(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const sums = new Map<string, { s: number; w: number }>();
  for (const r of rows) {
    const q = r["question"] as string;
    const x = sums.get(q) ?? { s: 0, w: 0 };
    x.s += (r["value"] as number) * (r["weight"] as number);
    x.w += r["weight"] as number;
    sums.set(q, x);
  }
  return new Map([...sums].map(([q, x]) => [q, x.s / x.w] as const));
}

describe("cascadeTargets: the arithmetic on an exact regression", () => {
  const rows = countyRows([EXACT], 11);
  const table = countyTable([EXACT], 11);
  const means = handMeans(rows);
  const cascade = cascadeTargets(county, { responses: table });
  const theme = cascade.themes[0]!;

  it("recovers the true effects, and predicts Ō + Σ b·(t − x̄) for the declared targets", () => {
    expect(theme.fit).toBe("ok");
    for (const p of theme.points) {
      const q = `q_${p.point.slice(3)}` as keyof typeof TRUE_EFFECTS;
      expect(p.effect!.value).toBeCloseTo(TRUE_EFFECTS[q], 9);
      expect(p.current!).toBeCloseTo(means.get(q)!, 9);
    }
    // The declared set: each indicator's move added to its points (the hall's 85 raises ep_hall; the
    // communication indicator, above its 75, moves nothing), problem handling to 60, supply to 85, hotline to 80.
    const ind = new Map(cascade.indicators.map((i) => [i.indicator, i] as const));
    const newValue = (q: keyof typeof TRUE_EFFECTS, indicator: string): number => means.get(q)! + ind.get(indicator)!.move!;
    const expected =
      means.get("q_overall")! +
      TRUE_EFFECTS.q_supply * (newValue("q_supply", "ind_supply") - means.get("q_supply")!) +
      TRUE_EFFECTS.q_hall * (newValue("q_hall", "ind_hall") - means.get("q_hall")!) +
      TRUE_EFFECTS.q_problem * (newValue("q_problem", "ind_problem") - means.get("q_problem")!) +
      TRUE_EFFECTS.q_hotline * (newValue("q_hotline", "ind_hotline") - means.get("q_hotline")!);
    expect(theme.declared!.prediction.value).toBeCloseTo(expected, 8);
    expect(theme.current!.value).toBeCloseTo(means.get("q_overall")!, 9);
  });

  it("states the indicators' consistency two-sided, and the declared verdict from the interval", () => {
    const d = theme.declared!;
    const want = d.prediction.ci[0] >= 81 ? "reaches" : d.prediction.ci[1] < 81 ? "falls-short" : "cannot-tell";
    expect(d.verdict).toBe(want);
    expect(theme.consistency!.verdict).toBe(({ reaches: "consistent", "falls-short": "inconsistent", "cannot-tell": "cannot-tell" } as const)[want]);
  });

  it("proposes the smallest moves over measured drivers only, largest effect first, reaching the target's estimate", () => {
    const c = cascadeTargets(withTargets({ top: [{ target: 84, wave: "2014" }], indicators: [] }), { responses: table });
    const t = c.themes[0]!;
    expect(t.declared).toBeUndefined();
    const moved = t.points.filter((p) => p.move > 0);
    // Supply has the largest effect (0.3) and room to 100: it alone closes 84 − 79.x.
    expect(moved.map((p) => p.point)).toEqual(["ep_supply"]);
    expect(moved[0]!.move * moved[0]!.effect!.value).toBeCloseTo(84 - t.current!.value, 8);
    expect(t.proposal!.prediction.value).toBeCloseTo(84, 8);
    expect(t.proposal!.reachable).toBe(true);
  });

  it("fills drivers in order of effect per index point, each up to 100", () => {
    const c = cascadeTargets(withTargets({ top: [{ target: 99, wave: "2014" }], indicators: [] }), { responses: table });
    const t = c.themes[0]!;
    const byPoint = new Map(t.points.map((p) => [p.point, p] as const));
    // 0.3 (supply) and 0.25 (problem handling) go to 100; the hall (0.2) takes the rest; reply (0.1) and hotline stay.
    expect(byPoint.get("ep_supply")!.target).toBeCloseTo(100, 9);
    expect(byPoint.get("ep_problem")!.target).toBeCloseTo(100, 9);
    expect(byPoint.get("ep_hall")!.target!).toBeLessThan(100);
    expect(byPoint.get("ep_reply")!.move).toBe(0);
    expect(byPoint.get("ep_hotline")!.move).toBe(0);
    expect(t.proposal!.prediction.value).toBeCloseTo(99, 8);
  });

  it("reports the shortfall when every measured driver at 100 cannot reach the target", () => {
    const high = { ...EXACT, intercept: 5, means: { q_supply: 97, q_hall: 97, q_hotline: 97, q_problem: 96, q_reply: 97 } };
    const c = cascadeTargets(withTargets({ top: [{ target: 99, wave: "2014" }], indicators: [] }), { responses: countyTable([high], 4) });
    const t = c.themes[0]!;
    const gained = t.points.reduce((a, p) => a + p.move * (p.effect?.value ?? 0), 0);
    expect(t.points.filter((p) => p.status === "measured" && p.effect!.value > 0.05).every((p) => Math.abs(p.target! - 100) < 1e-9)).toBe(true);
    expect(t.proposal!.reachable).toBe(false);
    expect(t.proposal!.shortfall).toBeCloseTo(99 - t.current!.value - gained, 8);
    expect(t.proposal!.verdict).toBe("falls-short");
  });

  it("gives no move to a driver whose effect is not significant (the hotline, true effect 0)", () => {
    const noisy = cascadeTargets(withTargets({ top: [{ target: 84, wave: "2014" }], indicators: [] }), { responses: countyTable([WAVE_2013], 8) });
    const hotline = noisy.themes[0]!.points.find((p) => p.point === "ep_hotline")!;
    expect(hotline.status).toBe("not-significant");
    expect(hotline.move).toBe(0);
    expect(hotline.posts).toEqual([]);
  });

  it("lands each point's move on its front-line post (no measured cause without cases), parts adding up to the move", () => {
    const c = cascadeTargets(withTargets({ top: [{ target: 84, wave: "2014" }], indicators: [] }), { responses: table });
    const supply = c.themes[0]!.points.find((p) => p.point === "ep_supply")!;
    expect(supply.posts).toEqual([{ post: "line_crew", department: "ops", via: "front-line", share: 1, move: supply.move }]);
    expect(c.posts.map((p) => p.post)).toEqual(["line_crew"]);
    expect(c.posts[0]!.items[0]!.to).toBeCloseTo(supply.target!, 9);
  });
});

describe("cascadeTargets: moves down to the measured causes' posts", () => {
  it("splits a point's move by the shares the attribution measured, the rest to the front line, never more than the move", () => {
    const plant = choosePlants(utility, 3, 1, { linkable: true });
    const data = simulateStudy(utility, { seed: 3, plant, link: { share: 0.8 } });
    const table = collectResponses(utility, responseRows(data));
    const study: Study = { ...utility, targets: { top: [{ target: 95, wave: "next" }], indicators: [] } };
    const c = cascadeTargets(study, { responses: table, cases: data.cases });
    const result = attribute(study, { responses: table, cases: data.cases });
    // A study-wide top target: every theme with an overall question.
    expect(c.themes.map((t) => t.theme).sort()).toEqual(utility.blueprints.map((b) => b.theme).sort());
    let withCauses = 0;
    for (const t of c.themes)
      for (const p of t.points) {
        if (p.move === 0) continue;
        expect(p.posts.reduce((a, x) => a + x.move, 0)).toBeCloseTo(p.move, 9);
        const f = result.findings.find((x) => x.tag === "customer-dissatisfaction" && x.point === p.point);
        const causes = f?.tag === "customer-dissatisfaction" ? f.causes : [];
        for (const cause of causes) {
          withCauses += 1;
          const part = p.posts.find((x) => x.via === "cause" && x.finding === cause.finding && x.post === cause.post)!;
          expect(part.move).toBeCloseTo(p.move * cause.share, 9);
          expect(part.ci![0]).toBeCloseTo(p.move * cause.shareCi![0], 9);
        }
        // Nothing is shared to a link the attribution did not measure.
        expect(p.posts.filter((x) => x.via === "cause")).toHaveLength(causes.length);
      }
    expect(withCauses).toBeGreaterThan(0);
    expect(c.posts.flatMap((x) => x.items).length).toBe(c.themes.flatMap((t) => t.points).reduce((a, p) => a + p.posts.length, 0));
  });
});

describe("cascadeTargets: the interval", () => {
  const table = countyTable([WAVE_2013], 5);

  it("with nothing moved is the overall mean and its own standard error on the fit's rows", () => {
    const c = cascadeTargets(withTargets({ top: [{ target: 50, wave: "2014" }], indicators: [] }), { responses: table });
    const cur = c.themes[0]!.current!;
    const rows = countyRows([WAVE_2013], 5).filter((r) => r["question"] === "q_overall");
    const m = estimateMean(momentsFromValues(rows.map((r) => r["value"] as number), rows.map((r) => r["weight"] as number)), { level: 0.95 });
    if (m.kind !== "estimate") throw new Error("no estimate");
    expect(cur.value).toBeCloseTo(m.value, 9);
    expect(cur.se).toBeCloseTo(m.se, 9);
  });

  it("with every driver moved is √(cᵀVc) of the fit's own covariance", () => {
    const { fit, values } = syntheticFit(prng(3), 500);
    const targets = [90, 90, 90];
    const p = predictOverall(fit, targets);
    const c = [1, ...targets];
    const v = fit.fit.covariance;
    let q = 0;
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) q += c[i]! * c[j]! * v[i]![j]!;
    expect(p.se).toBeCloseTo(Math.sqrt(q), 9);
    const direct = fitWeightedRegression(values.y, values.x, values.w);
    if (direct.kind !== "estimate") throw new Error("no fit");
    expect(p.value).toBeCloseTo(direct.intercept.estimate + targets.reduce((a, t, k) => a + t * direct.coefficients[k]!.estimate, 0), 9);
  });

  it("covers the true prediction about 95% of the time, some points moved and some not (property over 300 samples)", () => {
    const r = prng(42);
    let covered = 0;
    const reps = 300;
    for (let i = 0; i < reps; i++) {
      const { fit } = syntheticFit(r, 300);
      const p = predictOverall(fit, [85, undefined, 75]);
      // Truth: 10 + 0.4·85 + 0.2·μ₂ + 0.3·75 with μ₂ = 60.
      const truth = 10 + 0.4 * 85 + 0.2 * 60 + 0.3 * 75;
      if (p.ci[0] <= truth && truth <= p.ci[1]) covered += 1;
    }
    expect(covered / reps).toBeGreaterThan(0.92);
    expect(covered / reps).toBeLessThan(0.98);
  });
});

/** y = 10 + 0.4 x₁ + 0.2 x₂ + 0.3 x₃ + e, x correlated, unequal weights: a driver fit built from arrays. */
function syntheticFit(r: () => number, n: number): { fit: NonNullable<ReturnType<typeof driverFit>>; values: { y: number[]; x: number[][]; w: number[] } } {
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const y: number[] = [];
  const x: number[][] = [[], [], []];
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = normal() * 5;
    const x1 = 70 + c + normal() * 8;
    const x2 = 60 + c + normal() * 8;
    const x3 = 65 + c + normal() * 8;
    x[0]!.push(x1);
    x[1]!.push(x2);
    x[2]!.push(x3);
    w.push(1 + (i % 4));
    y.push(10 + 0.4 * x1 + 0.2 * x2 + 0.3 * x3 + normal() * 6);
  }
  const respondent = Uint32Array.from({ length: n }, (_, i) => i);
  const idx = (v: number[]) => ({ respondent, value: Float64Array.from(v), weight: Float64Array.from(w) });
  const points = ["a", "b", "c"].map((id) => ({ id, step: "s", name: id, questions: [] }) as unknown as EvaluationPoint);
  const fit = driverFit(idx(y), points.map((point, k) => ({ point, index: idx(x[k]!) })), { level: 0.95, minN: 30 });
  if (fit === undefined) throw new Error("no fit");
  return { fit, values: { y, x, w } };
}

function hasR(): boolean {
  try {
    execFileSync("Rscript", ["-e", "suppressMessages(library(survey))"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasR())("cascadeTargets' interval against R survey", () => {
  it("matches svymean (nothing moved) and predict.svyglm (every driver moved) on the same rows", () => {
    const { fit, values } = syntheticFit(prng(9), 400);
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-targets-r-"));
    const file = join(dir, "d.csv");
    writeFileSync(file, `y,x1,x2,x3,w\n${values.y.map((y, i) => [y, values.x[0]![i], values.x[1]![i], values.x[2]![i], values.w[i]].map((v) => Number(v).toPrecision(17)).join(",")).join("\n")}\n`);
    const script = [
      "suppressMessages(library(survey))",
      `d <- read.csv("${file}")`,
      "des <- svydesign(ids = ~1, weights = ~w, data = d)",
      "m <- svymean(~y, des)",
      "f <- svyglm(y ~ x1 + x2 + x3, des)",
      "p <- predict(f, newdata = data.frame(x1 = 90, x2 = 80, x3 = 70), se.fit = TRUE)",
      "cat(sprintf('%.12f', c(coef(m), SE(m), coef(p), SE(p))), sep = ',')",
    ].join("; ");
    const r = execFileSync("Rscript", ["-e", script], { encoding: "utf8" }).split(",").map(Number);
    const none = predictOverall(fit, [undefined, undefined, undefined]);
    const all = predictOverall(fit, [90, 80, 70]);
    expect(none.value).toBeCloseTo(r[0]!, 8);
    expect(none.se).toBeCloseTo(r[1]!, 8);
    expect(all.value).toBeCloseTo(r[2]!, 8);
    expect(all.se).toBeCloseTo(r[3]!, 8);
    expect(fitMeans(fit)).toHaveLength(3);
  });
});

describe("cascadeTargets: which top target applies", () => {
  it("lets a theme's own top target take precedence over a study-wide one of the same wave", () => {
    const table = countyTable([{ ...WAVE_2013, n: 300 }], 6);
    const c = cascadeTargets(withTargets({ top: [{ target: 90, wave: "2014" }, { theme: "customer_service", target: 81, wave: "2014" }], indicators: [] }), { responses: table });
    expect(c.themes.map((t) => [t.theme, t.top.target])).toEqual([["customer_service", 81]]);
  });
});

describe("cascadeTargets: bad input", () => {
  const table = countyTable([{ ...WAVE_2013, n: 200 }], 2);
  it("refuses a study with no top target, naming the function and what to declare", () => {
    expect(() => cascadeTargets(withTargets({ top: [], indicators: [] }), { responses: table })).toThrow(UsageError);
    expect(() => cascadeTargets({ ...county, targets: undefined }, { responses: table })).toThrow(/cascadeTargets: the study declares no top target/);
  });
  it("refuses a target wave no top target names, and a target wave that is not a string", () => {
    expect(() => cascadeTargets(county, { responses: table }, { targetWave: "2099" })).toThrow(/no top target is for wave "2099" \(top targets: 2014\)/);
    expect(() => cascadeTargets(county, { responses: table }, { targetWave: 2014 as unknown as string })).toThrow(UsageError);
  });
  it("refuses a survey summary (the fit needs respondents) and data without responses", () => {
    const summary = summariseSurvey(county, table);
    expect(() => cascadeTargets(county, { responses: summary })).toThrow(/survey summary: the driver fit and its interval need each respondent's answers/);
    expect(() => cascadeTargets(county, null as never)).toThrow(UsageError);
  });
  it("reports a theme whose overall question too few answered as too-few, with no move and no invented effect", () => {
    const rows = countyRows([{ ...WAVE_2013, n: 200 }], 2).filter((r) => r["question"] !== "q_overall" || Number((r["respondent"] as string).split("-")[1]) < 10);
    const c = cascadeTargets(county, { responses: collectResponses(county, rows) });
    expect(c.themes[0]!.fit).toBe("too-few");
    expect(c.themes[0]!.points.every((p) => p.status === "not-in-fit" && p.move === 0 && p.effect === undefined)).toBe(true);
  });
});

