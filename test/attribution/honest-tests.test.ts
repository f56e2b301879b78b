/**
 * Honest tests (issue 10, D) on a SERVQUAL-shaped survey: 211 customers, 24 items asked as expectation and
 * perception on 1–7, no declared target. Twenty items have a true negative gap, three none, one a positive gap.
 * The verdicts must equal a direct two-sided paired t test with Benjamini–Hochberg within the SERVQUAL family.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { attribute } from "../../src/attribution/attribute.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { resolveAttributionOptions } from "../../src/attribution/shared/options.js";
import { collectResponses } from "../../src/data/dataset.js";
import { parseStudy } from "../../src/study/validate/index.js";
import { studentTCdf } from "../../src/stats/student-t-cdf.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";
import { buildReport } from "../../src/reports/report.js";
import { toMarkdown } from "../../src/reports/markdown.js";
import { toCsv } from "../../src/reports/csv.js";
import { ValidationError } from "../../src/core/errors.js";
import { draws } from "../../src/simulate/random.js";

const N = 211;
const ITEMS = 24;
/** True gaps on the 1–7 scale: items 1–20 negative, 21–23 none, 24 positive. */
const TRUE_GAP = Array.from({ length: ITEMS }, (_, k) => (k < 20 ? -0.6 - (k % 4) * 0.15 : k < 23 ? 0 : 0.7));
const id = (k: number): string => String(k + 1).padStart(2, "0");

function servqualStudy() {
  const base = parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8"));
  base.id = "kiosk_servqual";
  base.evaluationPoints = Array.from({ length: ITEMS }, (_, k) => ({
    id: `item${id(k)}`,
    step: "confirm",
    name: { en: `Item ${k + 1}`, zh: `第${k + 1}项` },
    questions: [
      { id: `p${id(k)}`, audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 7 }, text: { en: `Perception ${k + 1}`, zh: `感知${k + 1}` } },
      { id: `e${id(k)}`, audience: { kind: "external" }, measures: "expectation", scale: { type: "likert", points: 7 }, pairs: `p${id(k)}`, text: { en: `Expectation ${k + 1}`, zh: `期望${k + 1}` } },
    ],
  }));
  return parseStudy(base);
}

/** Per item, the answers as [perception, expectation] per respondent (1–7). */
function answers(seed = 11): [number, number][][] {
  const { normal } = draws(seed);
  const clamp = (x: number): number => Math.min(7, Math.max(1, Math.round(x)));
  return TRUE_GAP.map((gap) =>
    Array.from({ length: N }, () => {
      const e = 5.2 + normal() * 0.9;
      return [clamp(e + gap + normal() * 1.0), clamp(e)] as [number, number];
    }),
  );
}

const study = servqualStudy();
const data = answers();
const rows = data.flatMap((item, k) =>
  item.flatMap(([p, e], i) => [
    { respondent: `r${i}`, question: `p${id(k)}`, value: p, audience: "external" },
    { respondent: `r${i}`, question: `e${id(k)}`, value: e, audience: "external" },
  ]),
);
const table = collectResponses(study, rows);
const result = withPriorities(study, attribute(study, { responses: table }), { responses: table });

/** The direct computation: per item the paired differences on the 0–100 index, two-sided t, BH in the family. */
function direct() {
  const tests = data.map((item) => {
    const d = item.map(([p, e]) => ((p - e) / 6) * 100);
    const mean = d.reduce((a, b) => a + b, 0) / N;
    const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1));
    const se = sd / Math.sqrt(N);
    const t = mean / se;
    const half = studentTQuantile(0.975, N - 1) * se;
    return { mean, se, ci: [mean - half, mean + half] as const, p: 2 * studentTCdf(-Math.abs(t), N - 1) };
  });
  // Benjamini–Hochberg by hand: q_(i) = min over j ≥ i of p_(j) · m / j.
  const order = tests.map((_, i) => i).sort((a, b) => (tests[a]?.p ?? 1) - (tests[b]?.p ?? 1));
  const q = new Array<number>(tests.length).fill(1);
  let running = 1;
  for (let r = order.length - 1; r >= 0; r--) {
    const i = order[r] as number;
    running = Math.min(running, ((tests[i]?.p ?? 1) * order.length) / (r + 1));
    q[i] = running;
  }
  return tests.map((t, i) => ({ ...t, q: q[i] as number }));
}

describe("honest tests on a SERVQUAL survey with no declared target", () => {
  const truth = direct();

  it("makes no target test where none is declared, and says which points had none and what was tested instead", () => {
    expect(resolveAttributionOptions().defaultTarget).toBeUndefined();
    expect(result.tests.filter((t) => t.family === "perception-below-target")).toEqual([]);
    expect(result.untargeted.map((u) => u.point)).toEqual(study.evaluationPoints.map((p) => p.id));
    expect(result.untargeted.every((u) => u.servqual.length === 1 && u.untested.length === 0)).toBe(true);
    expect(result.priorities!.flatMap((t) => t.points).every((p) => p.target === undefined && p.gap === undefined && p.priority === 0)).toBe(true);
    const doc = buildReport(study, result);
    expect(doc.untargeted?.text).toMatch(/^24 evaluation points declare no target and no default target was given, so no target test was made there/);
    expect(doc.options.defaultTarget).toBeNull();
    expect(buildReport(study, result, { lang: "zh" }).untargeted?.text).toMatch(/^24个评价点未设定目标值/);
  });

  it("gives the verdicts, intervals and p-values of a direct two-sided paired t test with BH within the SERVQUAL family", () => {
    const sq = result.tests.filter((t) => t.evidence.kind === "servqual-gap");
    expect(sq).toHaveLength(ITEMS);
    sq.forEach((t, k) => {
      const want = truth[k]!;
      if (t.evidence.kind !== "servqual-gap") throw new Error("unreachable");
      const g = t.evidence.gap;
      expect(g.value).toBeCloseTo(want.mean, 10);
      expect(g.se).toBeCloseTo(want.se, 10);
      expect(g.ci[0]).toBeCloseTo(want.ci[0], 10);
      expect(g.ci[1]).toBeCloseTo(want.ci[1], 10);
      expect(g.df).toBe(N - 1);
      expect(g.p).toBeCloseTo(want.p, 12);
      expect(g.q).toBeCloseTo(want.q, 12);
      const direction = want.q < 0.05 ? (want.mean < 0 ? "below" : "above") : undefined;
      expect(t.direction).toBe(direction);
      expect(t.significant).toBe(direction === "below");
    });
  });

  it("tags 20 items customer dissatisfaction, reports the positive gap as a strength and the null items as neither", () => {
    expect(result.findings.map((f) => f.id)).toEqual(Array.from({ length: 20 }, (_, k) => `cd:item${id(k)}`));
    expect(result.strengths).toHaveLength(1);
    const s = result.strengths[0]!;
    expect(s).toMatchObject({ id: "servqual:item24:e24", kind: "perception-above-expectation", point: "item24", reference: 0, df: N - 1, post: "agent" });
    expect(s.estimate).toBeCloseTo(truth[23]!.mean, 10);
    expect(s.q).toBeCloseTo(truth[23]!.q, 12);
    expect(s.ci[0]).toBeGreaterThan(0);
    // Never a finding against a post: nothing at item 24 among the findings or on the responsibility lists.
    expect(result.findings.some((f) => f.id.includes("item24"))).toBe(false);
    for (const k of [20, 21, 22]) expect(result.tests.find((t) => t.id === `servqual:item${id(k)}:e${id(k)}`)?.direction).toBeUndefined();
  });

  it("shows the strength in every report, in English and Chinese", () => {
    const en = toMarkdown(result, study);
    expect(en).toContain("## Strengths (what to keep)");
    expect(en).toMatch(/\| Item 24 \| Experience above expectation \(SERVQUAL\) \| Hotline agent \| \+\d+\.\d \(95% CI [\d.]+–[\d.]+, n = 211\) \| 0\.0 \| /);
    const zh = toMarkdown(result, study, { lang: "zh" });
    expect(zh).toContain("## 优势点（应保持）");
    expect(zh).toContain("感知高于期望（SERVQUAL）");
    const doc = buildReport(study, result, { lang: "zh" });
    expect(doc.strengths?.[0]?.text).toMatch(/^客户对“第24项”的感知显著高于期望：感知−期望 = \+/);
    const csv = toCsv(result, study, { table: "strengths" }).split("\r\n");
    expect(csv[0]).toBe("id,kind,kind_name,point_id,point,theme,post_id,post,rater_id,rater,estimate,ci_low,ci_high,level,reference,n,df,p,q,text");
    expect(csv[1]).toMatch(/^servqual:item24:e24,perception-above-expectation,/);
    expect(doc.comparisons.families).toEqual([{ family: "servqual-gap", name: "SERVQUAL 差距（感知对期望）", tests: 24, below: 20, above: 1 }]);
  });

  it("keeps each kind of test in its own family: adding target tests does not move a SERVQUAL q", () => {
    const withTargets = attribute(study, { responses: table }, { defaultTarget: 75 });
    expect(withTargets.tests.filter((t) => t.family === "perception-below-target")).toHaveLength(ITEMS);
    expect(withTargets.untargeted).toEqual([]);
    const q = (r: typeof result) => r.tests.filter((t) => t.family === "servqual-gap").map((t) => (t.evidence.kind === "servqual-gap" ? t.evidence.gap.q : NaN));
    expect(q(withTargets)).toEqual(q(result));
    const text = buildReport(study, withTargets).comparisons.text;
    expect(text).toContain("customer satisfaction against target: 24 (");
    expect(text).toContain("SERVQUAL gaps (experience against expectation): 24 (20 significantly below, 1 above)");
  });

  it("uses normal intervals and p-values with interval: z, and refuses any other value", () => {
    const z = attribute(study, { responses: table }, { interval: "z" });
    const g = z.tests[0]!.evidence;
    if (g.kind !== "servqual-gap") throw new Error("expected a SERVQUAL test first");
    expect(g.gap.df).toBeNull();
    expect(g.gap.ci[1] - g.gap.value).toBeCloseTo(1.959963984540054 * g.gap.se, 10);
    expect(g.gap.ci[1] - g.gap.value).toBeLessThan(truth[0]!.ci[1] - truth[0]!.mean);
    expect(() => attribute(study, { responses: table }, { interval: "normal" as "z" })).toThrow(ValidationError);
  });
});

/** R survey: `confint(svymean(~x, design), df = degf(design))` for one mean and one paired gap. */
function hasR(): boolean {
  try {
    execFileSync("Rscript", ["-e", "suppressMessages(library(survey))"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasR())("against R survey (svymean, confint with df = degf)", () => {
  it("gives the same mean interval and paired-gap interval, with t on n − 1 degrees of freedom", () => {
    const withTargets = attribute(study, { responses: table }, { defaultTarget: 75 });
    const k = 21; // item 22, whose verdict flipped when target and SERVQUAL tests shared one family
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-r-"));
    const file = join(dir, "item.csv");
    writeFileSync(file, `p,e\n${data[k]!.map(([p, e]) => `${p},${e}`).join("\n")}\n`);
    const script = [
      "suppressMessages(library(survey))",
      `d <- read.csv("${file}")`,
      "d$pi <- (d$p - 1) / 6 * 100; d$gap <- (d$p - d$e) / 6 * 100",
      "des <- svydesign(ids = ~1, weights = ~1, data = d)",
      "out <- c()",
      "for (v in c('pi', 'gap')) { m <- svymean(as.formula(paste0('~', v)), des); ci <- confint(m, df = degf(des)); out <- c(out, coef(m), SE(m), ci[1], ci[2]) }",
      "cat(sprintf('%.12f', out), sep = ',')",
    ].join("; ");
    const r = execFileSync("Rscript", ["-e", script], { encoding: "utf8" }).split(",").map(Number);
    const mean = withTargets.tests.find((t) => t.id === `perception:item${id(k)}`)!.evidence;
    const gap = withTargets.tests.find((t) => t.id === `servqual:item${id(k)}:e${id(k)}`)!.evidence;
    if (mean.kind !== "perception-below-target" || gap.kind !== "servqual-gap") throw new Error("unexpected evidence");
    const got = [mean.index.value, mean.index.se, mean.index.ci[0], mean.index.ci[1], gap.gap.value, gap.gap.se, gap.gap.ci[0], gap.gap.ci[1]];
    got.forEach((v, i) => expect(v).toBeCloseTo(r[i]!, 8));
  });
});
