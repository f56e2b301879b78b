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
import { freshBins, isCaseFigures, viewFigures, type CaseFigures } from "./figures.js";
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
    const x = cases.standard(s, clock);
    const h = histogramOf(x.values, s.better === "lower" ? Number.MAX_VALUE : -Number.MAX_VALUE, x.unfinished.misses, keep);
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
        valueAtRequired: countOf(x.values, keep) > 0 ? measuredValue(histogramQuantile(h, s.better === "lower" ? s.compliance : 1 - s.compliance)) : undefined,
        coincidence: [],
        ...unfinishedEvidence(x, unfinishedRuleOf(s, m), clock.stop, options, keep),
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
function unfinishedEvidence(x: StandardFigures, rule: Unfinished, stop: string, options: ResolvedAttributionOptions, keep: boolean): { unfinished?: UnfinishedEvidence } {
  const u = { ...x.unfinished, rule };
  if (u.cases === 0) return {};
  const started = countOf(x.values, keep) + x.unconverted + u.cases - leftOutOfAbandonment(u);
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

/** The number of values behind some bins (binsCount), kept with bins that are. */
function countOf(values: ValueBins, keep: boolean): number {
  if (!keep) return binsCount(values);
  let n = counts.get(values);
  if (n === undefined) counts.set(values, (n = binsCount(values)));
  return n;
}
