/**
 * Standard-side evidence (标准不合理点): is a standard's threshold one customers accept, and does its clock start
 * (and stop) where customers start counting? The 结清/缴清 case: the standard counts 24 hours from settlement in
 * the billing system, customers count from the moment they paid.
 * @module
 */
import type { Clock, Question, Standard, Study, Unit } from "../../model/study.js";
import { convertUnit } from "../../model/units.js";
import { estimateCompliance } from "../../stats/estimate-compliance.js";
import { estimateQuantile } from "../../stats/estimate-quantile.js";
import { estimateShareAccepting } from "../../stats/estimate-share-accepting.js";
import { histogramFromValues } from "../../stats/histogram-from-values.js";
import type { Histogram } from "../../stats/histogram.js";
import { histogramQuantile } from "../../stats/histogram-quantile.js";
import type { Measured } from "../shared/findings.js";
import type { CaseView } from "../shared/inputs.js";
import type { SurveyStats } from "../shared/survey-summary.js";
import { binsCount, binsHistogram } from "../../data/case-summary.js";
import { isCaseFigures, viewFigures, type CaseFigures } from "./figures.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";
import type { Built } from "./candidate.js";
import { scarcityOf, undecidedItem } from "../shared/undecided.js";
import { measured, pShareBelow, pShareTwoSided, testN } from "./measure.js";

/**
 * Customers' answers in another unit: each value converted (a calendar unit to another is a positive factor, so
 * the order and the bins stay); empty when the units cannot be converted, as value-by-value conversion leaves it.
 */
function convertHistogram(h: Histogram, from: Unit, to: Unit): Histogram {
  if (convertUnit(0, from, to) === undefined) return histogramFromValues([]);
  const bins: Histogram["bins"] = [];
  for (const b of h.bins) {
    const v = convertUnit(b.value, from, to) as number;
    if (!Number.isFinite(v)) continue;
    const last = bins.at(-1);
    if (last !== undefined && last.value === v) {
      last.count += b.count;
      last.sumW += b.sumW;
      last.sumW2 += b.sumW2;
    } else bins.push({ value: v === 0 ? 0 : v, count: b.count, sumW: b.sumW, sumW2: b.sumW2 });
  }
  return { bins, nZeroWeight: h.nZeroWeight };
}

/** The clock a standard counts on: its own, or its metric's. */
export function clockOf(study: Study, s: Standard): Clock | undefined {
  return s.clock ?? study.metrics.find((m) => m.id === s.metric)?.clock;
}

/**
 * Test every standard against customers' expectations: the share who accept its threshold, and its clock
 * against the customers' clock (using case records where there are any).
 *
 * @param study - the study.
 * @param survey - the statistics of the wave analysed (a survey summary's wave).
 * @param cases - case records of the wave, if any.
 * @param options - resolved options.
 * @returns candidates and what could not be decided.
 * @example
 * ```ts
 * standardEvidence(study, surveyStats(summariseSurvey(study, table).waves[0]), caseView(records), resolveAttributionOptions());
 * ```
 */
export function standardEvidence(study: Study, survey: SurveyStats, caseData: CaseView | CaseFigures | undefined, options: ResolvedAttributionOptions): Built {
  const cases = caseData === undefined || isCaseFigures(caseData) ? caseData : viewFigures(study, caseData);
  const out: Built = { candidates: [], undecided: [] };
  const expectations = study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined && q.scale.type === "numeric"));
  for (const s of study.standards) {
    const sClock = clockOf(study, s);
    for (const q of expectations.filter((x) => x.metric === s.metric)) {
      if (q.scale.type !== "numeric") continue;
      thresholdTest(survey, s, q as Question & { scale: { type: "numeric" } }, sClock, options, out);
      clockTest(cases, s, q, sClock, options, out);
    }
  }
  return out;
}

/** The threshold against the expectations of the customers who count on the standard's own clock: the share who accept it. */
function thresholdTest(survey: SurveyStats, s: Standard, q: Question & { scale: { type: "numeric" } }, sClock: Clock | undefined, options: ResolvedAttributionOptions, out: Built): void {
  const qUnit = q.scale.unit;
  // Customers who count on another clock (from payment, 缴清) answer on another basis than the threshold
  // (from settlement, 结清): the threshold comparison would mix bases (取数口径), so only the clock test runs.
  const sameBasis = q.clock === undefined || sClock === undefined || (q.clock.start === sClock.start && q.clock.stop === sClock.stop);
  if (!sameBasis && q.clock !== undefined && sClock !== undefined)
    out.undecided.push(undecidedItem(s.id, "standard", { kind: "expectation-on-other-clock", question: q.id, customerClock: q.clock, standardClock: sClock }, { kind: "expectation-on-standard-clock" }));
  const h = sameBasis ? convertHistogram(survey.accepting(q.id, s.scope), qUnit, s.unit) : histogramFromValues([]);
  const est = { level: options.level, minN: options.minExternal, noun: ["customer", "customers"] as const };
  const share = estimateShareAccepting(h, s.threshold, { ...est, answer: s.better === "lower" ? "maximum" : "minimum" });
  if (!sameBasis) {
    // Nothing to compare on the threshold's basis; the clock is tested below.
  } else if (share.kind === "insufficient") {
    out.undecided.push(
      undecidedItem(s.id, "standard", { kind: "expectation-scarce", question: q.id, scope: s.scope, scarcity: scarcityOf(share, "customer") }, { kind: "customers-answering", n: share.minN, questions: [q.id], inScope: s.scope.length > 0 }),
    );
  } else {
    const p = pShareTwoSided(share.value, testN(share), options.acceptance);
    const qv = estimateQuantile(h, s.better === "lower" ? 1 - options.acceptance : options.acceptance, est);
    out.candidates.push({
      id: `expectation:${s.id}:${q.id}`,
      subject: { kind: "standard", standard: s.id, via: "threshold" },
      evidence: {
        kind: "expectation-vs-standard",
        standard: s.id,
        question: q.id,
        threshold: s.threshold,
        unit: s.unit,
        better: s.better,
        acceptShare: measured(share, p),
        required: options.acceptance,
        acceptableValue: qv.kind === "estimate" ? { value: qv.value, ci: qv.ci } : undefined,
      },
      severity: Math.max(0, (options.acceptance - share.value) / options.acceptance),
      p,
    });
  }
}

/** The standard's clock against the customers' clock (from the case records): the share on time by both, among those on time by the standard's. */
function clockTest(cases: CaseFigures | undefined, s: Standard, q: Question, sClock: Clock | undefined, options: ResolvedAttributionOptions, out: Built): void {
  // The clock: customers count from (and to) the events their question names.
  const cClock = q.clock;
  if (cClock === undefined || sClock === undefined || (cClock.start === sClock.start && cClock.stop === sClock.stop)) return;
  if (cases === undefined || cases.count === 0) {
    out.undecided.push(undecidedItem(s.id, "clock", { kind: "clock-without-cases", standardClock: sClock, customerClock: cClock }, { kind: "case-records", events: [...new Set([sClock.start, sClock.stop, cClock.start, cClock.stop])] }));
    return;
  }
  const estC = { level: options.level, minN: options.minCases, noun: ["case", "cases"] as const };
  // Isolate the clock: among cases on time by the standard's own clock, the share also on time by the customers'.
  const f = cases.clockTest(s, q, sClock, cClock);
  const onCustomer = estimateCompliance(binsHistogram(f.onCustomer), { threshold: s.threshold, better: s.better }, estC);
  const onStandard = estimateCompliance(binsHistogram(f.onStandard), { threshold: s.threshold, better: s.better }, estC);
  if (onCustomer.kind === "insufficient") {
    out.undecided.push(
      undecidedItem(s.id, "clock", { kind: "customer-clock-scarce", customerClock: cClock, scarcity: scarcityOf(onCustomer, "case") }, { kind: "cases-with-events", n: onCustomer.minN, events: [cClock.start, sClock.start, cClock.stop] }),
    );
    return;
  }
  // Late execution confounds the clock (cases near the limit tip over by any lag): decide the clock only once
  // the standard is met on its own clock.
  if (onStandard.kind === "estimate" && pShareBelow(onStandard.value, testN(onStandard), s.compliance) < options.alpha) {
    out.undecided.push(
      undecidedItem(s.id, "clock", { kind: "clock-confounded", standardStart: sClock.start, customerStart: cClock.start, onTime: onStandard.value, required: s.compliance }, { kind: "compliance-first" }),
    );
    return;
  }
  const lags = f.lags;
  const p = pShareTwoSided(onCustomer.value, testN(onCustomer), s.compliance);
  const std: Measured | undefined = onStandard.kind === "estimate" ? measured(onStandard, pShareTwoSided(onStandard.value, testN(onStandard), s.compliance)) : undefined;
  const shortfall = Math.max(0, s.compliance - onCustomer.value);
  out.candidates.push({
    id: `clock:${s.id}:${q.id}`,
    subject: { kind: "standard", standard: s.id, via: "clock" },
    evidence: {
      kind: "clock-mismatch",
      standard: s.id,
      question: q.id,
      // Copies of the study's clocks: a caller changing a result must not change the study.
      standardClock: { ...sClock },
      customerClock: { ...cClock },
      threshold: s.threshold,
      unit: s.unit,
      onStandardClock: std,
      onCustomerClock: measured(onCustomer, p),
      required: s.compliance,
      medianLag: binsCount(lags) > 0 ? histogramQuantile(binsHistogram(lags), 0.5) : undefined,
    },
    severity: Math.min(1, shortfall / Math.max(s.compliance, 1e-9)),
    p: shortfall > 0 ? p : 1,
  });
}
