/**
 * Execution-side evidence (执行不合格点): do cases meet each standard, measured at the step whose work the
 * standard's metric measures; and do internal customers (内部客户) rate the support of each step at target?
 * @module
 */
import type { Study, Unfinished } from "../../model/study.js";
import { abandonmentSummary, leftOutOfAbandonment, measuredValue } from "../../data/clock.js";
import { estimateCompliance } from "../../stats/estimate-compliance.js";
import { estimateProportion } from "../../stats/estimate-proportion.js";
import { estimateMean } from "../../stats/estimate-mean.js";
import { histogramQuantile } from "../../stats/histogram-quantile.js";
import { assertProbability } from "../../stats/_usage.js";
import type { CaseView } from "../shared/inputs.js";
import type { SurveyStats } from "../shared/survey-summary.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";
import type { Built } from "./candidate.js";
import { scarcityOf, undecidedItem, type UndecidedReason } from "../shared/undecided.js";
import { indexQuestions, meanOptions, measured, pShareTwoSided, pTwoSided, testN } from "./measure.js";
import { clockOf } from "./standards.js";
import { binsCount, binsHistogram, type StandardFigures, type ValueBins } from "../../data/case-summary.js";
import type { Histogram } from "../../stats/histogram.js";
import { unfinishedRuleOf } from "../../data/durations.js";
import { freshBins, isCaseFigures, packedStandard, viewFigures, type CaseFigures, type PackedStandardFigures } from "./figures.js";
import type { UnfinishedEvidence } from "../shared/findings.js";

/**
 * Test every standard's compliance on its own clock, and every internal rating against its point's declared target
 * (two-sided; points without a target are not rated against any).
 *
 * @param study - the study.
 * @param survey - the statistics of the wave analysed (a survey summary's wave).
 * @param caseData - case records of the wave (a view, or their figures), if any.
 * @param options - resolved options.
 * @returns candidates (subject: the executing step) and what could not be decided.
 * @example
 * ```ts
 * executionEvidence(study, surveyStats(summariseSurvey(study, table).waves[0]), caseView(records), resolveAttributionOptions());
 * ```
 */
export function executionEvidence(study: Study, survey: SurveyStats, caseData: CaseView | CaseFigures | undefined, options: ResolvedAttributionOptions): Built {
  const cases = caseData === undefined || isCaseFigures(caseData) ? caseData : viewFigures(study, caseData);
  const keep = cases !== undefined && !freshBins(cases);
  const out: Built = { candidates: [], undecided: [] };
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  for (const s of study.standards) {
    const m = metrics.get(s.metric);
    const clock = clockOf(study, s);
    if (m === undefined) continue;
    if (m.kind !== "duration" || clock === undefined) {
      out.undecided.push(undecidedItem(s.id, "standard", { kind: "metric-as-value", metric: m.id }, { kind: "case-values", metric: m.id }));
      continue;
    }
    if (cases === undefined || cases.count === 0) {
      out.undecided.push(undecidedItem(s.id, "standard", { kind: "no-case-records" }, { kind: "case-records-for-clock", clock }));
      continue;
    }
    // A case view's figures are read packed (no `[value, count]` pair per distinct duration); a summary's as pairs.
    const packed = packedStandard(cases, s, clock);
    const x: Omit<StandardFigures, "values"> = packed ?? cases.standard(s, clock);
    const bins: Bins = packed ?? (x as StandardFigures).values;
    const worst = s.better === "lower" ? Number.MAX_VALUE : -Number.MAX_VALUE;
    const tally = keep ? undefined : tallyOf(bins, worst, x.unfinished.misses, s);
    const h = tally ?? histogramOf(packed === undefined ? (x as StandardFigures).values : cases.standard(s, clock).values, worst, x.unfinished.misses, keep);
    const n = countOf(bins, keep);
    const e = estimateCompliance(h, { threshold: s.threshold, better: s.better }, { level: options.level, minN: options.minCases, noun: ["case", "cases"] });
    if (e.kind === "insufficient") {
      const why: UndecidedReason =
        s.unit === "workday" && options.calendar === undefined
          ? { kind: "no-calendar", cases: x.measurable }
          : x.givenOtherClock > 0
            ? { kind: "given-durations-other-clock", metric: m.id, cases: x.givenOtherClock, scarcity: scarcityOf(e, "case") }
            : { kind: "compliance-scarce", scarcity: scarcityOf(e, "case") };
      out.undecided.push(undecidedItem(s.id, "standard", why, { kind: "cases-with-clock", n: e.minN, scope: s.scope, clock }));
      continue;
    }
    const p = pShareTwoSided(e.value, testN(e), s.compliance);
    out.candidates.push({
      id: `compliance:${s.id}`,
      subject: { kind: "step", step: m.step },
      evidence: {
        kind: "compliance-below-standard",
        standard: s.id,
        threshold: s.threshold,
        unit: s.unit,
        better: s.better,
        compliance: measured(e, p),
        required: s.compliance,
        valueAtRequired: n > 0 ? measuredValue(quantileOf(tally === undefined ? h : bins, worst, x.unfinished.misses, s.better === "lower" ? s.compliance : 1 - s.compliance)) : undefined,
        coincidence: [],
        ...unfinishedEvidence(x, n, unfinishedRuleOf(s, m), clock.stop, options),
      },
      severity: Math.max(0, (s.compliance - e.value) / Math.max(s.compliance, 1e-9)),
      p,
    });
  }
  for (const point of study.evaluationPoints) {
    const target = point.target ?? options.defaultTarget;
    // No declared target, no reference to rate the support against: not tested (listed in `untargeted`).
    if (target === undefined) continue;
    const raters = [...new Set(point.questions.flatMap((q) => (q.audience.kind === "internal" ? [q.audience.rater] : [])))].sort();
    for (const rater of raters) {
      const qs = indexQuestions(point, { rater });
      if (qs.length === 0) continue;
      const e = estimateMean(survey.index(qs.map((q) => q.id)), meanOptions(options, options.minInternal, ["staff answer", "staff answers"]));
      if (e.kind === "insufficient") {
        out.undecided.push(
          undecidedItem(point.id, "internal", { kind: "internal-scarce", rater, scarcity: scarcityOf(e, "staff-answer") }, { kind: "staff-answering", n: e.minN, rater, questions: qs.map((q) => q.id) }),
        );
        continue;
      }
      const p = pTwoSided(e.value, e.se, target, e.df);
      out.candidates.push({
        id: `internal:${point.id}:${rater}`,
        subject: { kind: "step", step: point.step },
        evidence: { kind: "internal-rating-below-target", point: point.id, rater, questions: qs.map((q) => q.id), index: measured(e, p), target },
        severity: Math.max(0, (target - e.value) / Math.max(target, 1)),
        p,
      });
    }
  }
  return out;
}

/**
 * What the evidence says about unfinished cases, when there were any (so figures without them read as before): the
 * rule, how it counted them, and the abandonment figure with its Wilson interval.
 */
function unfinishedEvidence(x: Omit<StandardFigures, "values">, measured: number, rule: Unfinished, stop: string, options: ResolvedAttributionOptions): { unfinished?: UnfinishedEvidence } {
  const u = { ...x.unfinished, rule };
  if (u.cases === 0) return {};
  const started = measured + x.unconverted + u.cases - leftOutOfAbandonment(u);
  const a = estimateProportion(abandonmentSummary(started, u.cases - leftOutOfAbandonment(u)), { level: options.level, minN: 1, noun: ["case", "cases"] });
  return {
    unfinished: {
      rule: u.rule.count,
      stop,
      ...(u.rule.seconds !== undefined ? { seconds: u.rule.seconds } : {}),
      ...(u.rule.end !== undefined ? { end: u.rule.end } : {}),
      cases: u.cases,
      misses: u.misses,
      excluded: u.excluded,
      started,
      abandonment: a.kind === "estimate" ? { value: a.value, ci: a.ci, level: a.level, n: a.n } : undefined,
    },
  };
}

/** A standard's value bins: as `[value, count]` pairs (a summary's), or packed in typed arrays (a case view's). */
type Bins = ValueBins | Pick<PackedStandardFigures, "binValues" | "binCounts">;

const binsLength = (b: Bins): number => (Array.isArray(b) ? b.length : (b as Exclude<Bins, ValueBins>).binValues.length);
const binValue = (b: Bins, k: number): number => (Array.isArray(b) ? ((b as ValueBins)[k] as readonly [number, number])[0] : ((b as Exclude<Bins, ValueBins>).binValues[k] as number));
function binCount(b: Bins, k: number): number {
  if (Array.isArray(b)) return ((b as ValueBins)[k] as readonly [number, number])[1];
  const counts = (b as Exclude<Bins, ValueBins>).binCounts;
  return counts === undefined ? 1 : (counts[k] as number);
}

// Figures from a summary (groupFigures) give the same value bins on every read, so a repeat call finds their
// histogram (one object per distinct value, a million for a million cases with exact times) and count kept here.
// A case view's figures make fresh bins on each read (figures.ts keeps them packed): nothing is kept for those, as
// an entry keyed by a short-lived array would only be garbage the collector keeps alive (in V8 a young key of a
// WeakMap survives minor collections), some 60 MB at the peak of a first call at 20,000 steps.
const histograms = new WeakMap<ValueBins, Map<string, Histogram>>();
const counts = new WeakMap<ValueBins, number>();

/** The histogram of some value bins with `misses` extra observations at `worst` (binsHistogram), kept with bins that are. */
function histogramOf(values: ValueBins, worst: number, misses: number, keep: boolean): Histogram {
  if (!keep) return binsHistogram(values, [worst, misses]);
  let byExtra = histograms.get(values);
  if (byExtra === undefined) histograms.set(values, (byExtra = new Map()));
  const key = `${worst}\u0000${misses}`;
  let h = byExtra.get(key);
  if (h === undefined) byExtra.set(key, (h = binsHistogram(values, [worst, misses])));
  return h;
}

/**
 * A case view's bins read for the compliance test without a histogram bin per distinct value (about one per case:
 * some 75 MB of short-lived objects over the standards of a first call at 20,000 steps, promoted when a young
 * collection fell while one was alive): the bins with `misses` more at `worst`, collapsed into one complying and one
 * missing bin. The test reads nothing but the sums of counts per side (`proportionFromHistogram`), and sums of
 * whole numbers below 2^53 are exact in any order, so the estimate is the same to the bit. Undefined (use the full
 * histogram) when a count is not a whole number or the values are not ascending, as a case view's always are.
 */
function tallyOf(values: Bins, worst: number, misses: number, s: { readonly threshold: number; readonly better: "lower" | "higher" }): Histogram | undefined {
  const meets = (v: number): boolean => (s.better === "lower" ? v <= s.threshold : v >= s.threshold);
  if (!Number.isInteger(misses) || misses < 0) return undefined;
  const tally = { ok: 0, miss: 0, okValue: Number.NaN, missValue: Number.NaN };
  const add = (v: number, c: number): void => {
    if (meets(v)) {
      if (Number.isNaN(tally.okValue)) tally.okValue = v;
      tally.ok += c;
    } else {
      if (Number.isNaN(tally.missValue)) tally.missValue = v;
      tally.miss += c;
    }
  };
  let prev = -Infinity;
  for (let k = 0, length = binsLength(values); k < length; k++) {
    const v = binValue(values, k);
    const c = binCount(values, k);
    if (!(v > prev) || !Number.isInteger(c) || c < 0) return undefined;
    prev = v;
    add(v, c);
  }
  if (misses > 0) add(worst, misses);
  if (tally.ok + tally.miss > Number.MAX_SAFE_INTEGER) return undefined;
  const bins: Histogram["bins"] = [];
  if (!Number.isNaN(tally.okValue)) bins.push({ value: tally.okValue, count: tally.ok, sumW: tally.ok, sumW2: tally.ok });
  if (!Number.isNaN(tally.missValue)) bins.push({ value: tally.missValue, count: tally.miss, sumW: tally.miss, sumW2: tally.miss });
  return { bins, nZeroWeight: 0 };
}

/**
 * `histogramQuantile` of a histogram, or of ascending whole-count bins with `misses` more at `worst` (what
 * `binsHistogram(values, [worst, misses])` would hold, walked in the same order: the cumulative counts are whole
 * numbers, exact, so the value found is the same).
 */
function quantileOf(x: Histogram | Bins, worst: number, misses: number, p: number): number {
  if (!Array.isArray(x) && !("binValues" in x)) return histogramQuantile(x as Histogram, p);
  const values = x as Bins;
  assertProbability("histogramQuantile", "p", p);
  const total = countOf(values, false) + misses;
  if (total <= 0) return Number.NaN;
  const target = p * total - 1e-12 * total;
  let cum = 0;
  let pending = misses > 0;
  let last = worst;
  for (let k = 0, length = binsLength(values); k < length; k++) {
    const v = binValue(values, k);
    let c = binCount(values, k);
    if (pending && worst <= v) {
      pending = false;
      if (worst === v) c += misses;
      else if ((cum += misses) >= target) return worst;
    }
    if ((cum += c) >= target) return v;
    last = v;
  }
  return pending ? worst : last;
}

/** The number of values behind some bins (binsCount), kept with bins that are. */
function countOf(values: Bins, keep: boolean): number {
  if (!Array.isArray(values)) {
    let n = 0;
    for (let k = 0, length = binsLength(values); k < length; k++) n += binCount(values, k);
    return n;
  }
  if (!keep) return binsCount(values as ValueBins);
  let n = counts.get(values);
  if (n === undefined) counts.set(values, (n = binsCount(values)));
  return n;
}
