/**
 * Estimates with their uncertainty, as a quality team reports them: a weighted mean with its design-based standard
 * error, a top-box share with Wilson and logit intervals, NPS, the share of customers who accept a 45-minute wait,
 * a paired SERVQUAL gap, the "insufficient data" answer, a wave-on-wave difference with its test (and the
 * Benjamini–Hochberg adjustment across a theme's items), and a sample size for a post of 12 dispatchers.
 * The survey is simulated (seeded, so the numbers are the same every run) for the outage and fault-repair theme of
 * the bundled power-utility study, over two waves, with customers' view of crew arrival planted to drop in the
 * second. Every estimator is documented in docs/statistics.md.
 */
import { fileURLToPath } from "node:url";
import {
  aggregate,
  type AggregateCell,
  cellsOf,
  collectResponses,
  responseRows,
  rollup,
  simulateStudy,
} from "gaptrace";
import { pairedValues, questionColumn, segmentValue } from "gaptrace/data";
import {
  addPair,
  adjustBenjaminiHochberg,
  compareEstimates,
  defaultScaleSd,
  emptyPairedGap,
  type Estimate,
  estimateMean,
  estimateNps,
  estimatePairedGap,
  estimateQuantile,
  estimateShareAccepting,
  estimateTopBox,
  histogramFromValues,
  kishDesignEffect,
  momentsFromValues,
  type PointEstimate,
  sampleSizeForMean,
  sampleSizeForProportion,
} from "gaptrace/stats";
import { readStudyFile } from "gaptrace/node";

const study = await readStudyFile(fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url)));
const [before, after] = ["2025H2", "2026H1"] as const;
const data = simulateStudy(study, {
  seed: 3,
  externalRespondents: 2400, // per wave, across the four themes
  internalRespondents: 0,
  casesPerTheme: 0,
  waves: [before, after],
  plant: [{ tag: "customer-dissatisfaction", point: "ep_or_arrival", waves: [after] }],
});
// Summaries per question × wave (for means, shares, NPS), and the respondent-level table (for pairs and numbers).
const agg = rollup(aggregate(study, responseRows(data))); // rolled up over the area segments, waves kept apart
const table = collectResponses(study, responseRows(data));

const cell = (question: string, wave: string): AggregateCell => {
  const c = cellsOf(agg, { question, wave })[0];
  if (c === undefined) throw new Error(`no answers to ${question} in wave ${wave}`);
  return c;
};
const histogramOf = (c: AggregateCell) => {
  if (c.histogram === null) throw new Error(`${c.question} is not on a discrete scale`);
  return c.histogram;
};
const f = (x: number, d = 3): string => x.toFixed(d);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ci = (e: { ci: readonly [number, number] }, show: (x: number) => string = f): string => `[${show(e.ci[0])}, ${show(e.ci[1])}]`;
/** Print an estimate, or the insufficient-data answer in its place. */
function line<E extends object>(label: string, e: Estimate<E>, body: (e: PointEstimate & Readonly<E>) => string, why: string): void {
  console.log(`${label}\n  ${e.kind === "estimate" ? body(e) : `insufficient data: ${e.reason} (n = ${e.n}, minN = ${e.minN})`}\n  ↳ ${why}`);
}

// 1. Weighted mean with its design-based SE and CI.
const arrival = cell("q_or_arrival_timely_p", before);
const deff = kishDesignEffect(arrival.moments);
const mean = estimateMean(arrival.moments);
line(
  `1. Weighted mean, "the repair crew arrived quickly" (1–5), wave ${before}`,
  mean,
  (e) => `${f(e.value)} ± ${f(e.se)} (SE), 95% CI ${ci(e)}; n = ${e.n}, effective n = ${f(e.nEffective, 1)} (Kish deff ${f(deff.designEffect)})`,
  "the weights correct over-sampled urban customers; the SE is linearised (R svymean), so unequal weights widen it",
);

// 2. A proportion: the top box (answer 5), with Wilson, logit and Korn–Graubard intervals.
const h = histogramOf(arrival);
for (const method of ["wilson", "logit", "beta"] as const) {
  const e = estimateTopBox(h, 5, { method });
  line(`2. Top box (answer 5), ${method} interval`, e, (x) => `${pct(x.value)}, 95% CI ${ci(x, pct)}; method: ${x.method}`, {
    wilson: "Wilson score interval at the design effective n = n / deff: stays inside [0, 1], the default",
    logit: "R svyciprop(method = \"logit\"): Wald on the log-odds, t on n − 1 df",
    beta: "Korn–Graubard (Clopper–Pearson at the effective n): conservative, for rare outcomes",
  }[method]);
}

// 3. NPS on the 0–10 recommendation item.
const nps = estimateNps(histogramOf(cell("q_or_nps", before)));
line(
  "3. Net Promoter Score",
  nps,
  (e) => `${f(e.value, 1)} points, 95% CI ${ci(e, (v) => f(v, 1))}; promoters ${pct(e.promoters)}, detractors ${pct(e.detractors)}`,
  "% answering 9–10 minus % answering 0–6; it can be negative, and its SE is that of the mean of a +100/0/−100 score",
);

// 4. The share of urban customers who accept a 45-minute wait (a numeric expectation: from the respondent table).
const waitAnswers = questionColumn(table, "q_or_arrival_wait_e"); // minutes, NaN where not answered
const waits: number[] = [];
const waitWeights: number[] = [];
for (let r = 0; r < table.respondents.count; r++) {
  const v = waitAnswers[r] ?? NaN;
  const inWave = table.waves[table.respondents.wave[r] ?? 0] === before;
  const urban = segmentValue(table.segments[table.respondents.segment[r] ?? 0] ?? [], "area") === "urban";
  if (!Number.isNaN(v) && inWave && urban) {
    waits.push(v);
    waitWeights.push(table.respondents.weight[r] ?? 1);
  }
}
const waitHistogram = histogramFromValues(waits, waitWeights);
line(
  "4. Urban customers who accept a 45-minute wait for the repair crew",
  estimateShareAccepting(waitHistogram, 45),
  (e) => `${pct(e.value)}, 95% CI ${ci(e, pct)}; n = ${e.n}`,
  "the share whose longest acceptable wait is ≥ 45 min; attribution calls the 45-min standard unreasonable when this is below 80% (its default acceptance)",
);
line(
  "   Median longest acceptable wait",
  estimateQuantile(waitHistogram, 0.5),
  (e) => `${f(e.value, 1)} min, 95% CI ${ci(e, (v) => f(v, 1))}`,
  "weighted median with Woodruff's interval (R svyquantile, qrule = \"math\")",
);

// 5. A paired SERVQUAL gap: perception − expectation, respondent by respondent.
const pairs = pairedValues(table, "q_or_arrival_timely_p", "q_or_arrival_timely_e");
const gap = emptyPairedGap();
pairs.respondent.forEach((r, k) => {
  if (table.waves[table.respondents.wave[r] ?? 0] === before) addPair(gap, pairs.first[k] ?? NaN, pairs.second[k] ?? NaN, pairs.weight[k] ?? 1);
});
line(
  "5. SERVQUAL gap P − E on crew arrival",
  estimatePairedGap(gap),
  (e) => `${f(e.value)} (P̄ ${f(e.perception)} − Ē ${f(e.expectation)}), 95% CI ${ci(e)}; n = ${e.n} who answered both`,
  "the SE is that of the per-respondent differences, which accounts for P and E coming from the same people",
);

// 6. Too few answers: 9 of the 12 repair dispatchers rated the work orders they receive.
const dispatchers = momentsFromValues([4, 3, 4, 2, 3, 4, 3, 3, 2]);
line(
  "6. Dispatchers' rating of work-order quality, default minimum sample",
  estimateMean(dispatchers),
  (e) => f(e.value),
  "no number is given below minN (30 by default): a mean of 9 answers is not a finding",
);
line(
  "   The same with minN: 5 and a t interval, as an internal survey of a small post may choose",
  estimateMean(dispatchers, { minN: 5, interval: "t" }),
  (e) => `${f(e.value)}, 95% CI ${ci(e)} (t, ${e.df} df)`,
  "the interval is wide; with 9 of 12 asked, see the sample-size plan in 8 for what a census gives",
);

// 7. Wave on wave: did customers' view of crew arrival change? Then every item of the theme, adjusted together.
const diff = compareEstimates(estimateMean(cell("q_or_arrival_timely_p", after).moments), mean);
line(
  `7. Change in "arrived quickly", ${after} − ${before}`,
  diff,
  (e) => `${f(e.value)}, 95% CI ${ci(e)}; z = ${f(e.z, 2)}, p = ${e.pValue.toExponential(2)}`,
  "the waves are independent samples, so SE = √(SE₁² + SE₂²) (R svycontrast with waves as strata)",
);
const outagePoints = new Set(study.blueprints.find((b) => b.theme === "theme_outage_repair")?.steps.map((s) => s.id));
const items = study.evaluationPoints
  .filter((p) => outagePoints.has(p.step))
  .flatMap((p) => p.questions)
  .filter((q) => q.audience.kind === "external" && q.measures === "perception" && q.scale.type === "likert");
const tests = items.map((q) => {
  const d = compareEstimates(estimateMean(cell(q.id, after).moments), estimateMean(cell(q.id, before).moments));
  return { question: q.id, p: d.kind === "estimate" ? d.pValue : 1 };
});
const q = adjustBenjaminiHochberg(tests.map((t) => t.p));
console.log(`   Benjamini–Hochberg across the theme's ${tests.length} perception items (changed if q < 0.05):`);
tests.forEach((t, i) => console.log(`     ${t.question.padEnd(26)} p = ${t.p.toFixed(4)}  q = ${(q[i] ?? 1).toFixed(4)}${(q[i] ?? 1) < 0.05 ? "  changed" : ""}`));
console.log("  ↳ testing many items at once finds changes by chance; BH keeps the expected share of false ones at 5%");

// 8. Sample size for a small internal population: the 12 repair dispatchers.
const plan = sampleSizeForMean(defaultScaleSd(1, 5), 0.3, 0.95, { population: 12, responseRate: 0.9 });
console.log(`8. Dispatchers (N = 12), mean within ±0.3 on a 1–5 scale: required ${plan.required}, aim for ${plan.n}, invite ${plan.invitations}; census: ${plan.census}`);
console.log(`  expected margin with ${plan.n} of 12 answering: ±${f(plan.marginOfError, 2)}; note: ${plan.note}`);
console.log("  ↳ with the finite-population correction a post of 12 needs (almost) everyone; the plan says so instead of a number");
const customers = sampleSizeForProportion(0.8, 0.03, 0.95, { designEffect: deff.designEffect });
console.log(`   Customers, a share near 80% within ±3 points with deff ${deff.designEffect.toFixed(2)}: ${customers.n} completed answers`);
console.log("  ↳ Cochran's n₀ = deff · z² p(1 − p) / e²; unequal weights cost completes");

// The example is a check too: the planted drop must be found, and the small post must be refused a number.
if (diff.kind !== "estimate" || diff.ci[1] >= 0 || estimateMean(dispatchers).kind !== "insufficient" || !plan.census) {
  console.error("unexpected result");
  process.exit(1);
}
