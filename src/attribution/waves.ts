/**
 * Comparing two survey waves (before and after improvement measures): each point's satisfaction, each internal
 * rating and each standard's compliance, with the difference, its interval and a test (Benjamini–Hochberg across
 * all comparisons); and per post, the findings it carried before and after.
 * @module
 */
import type { WalkthroughSet } from "../data/walkthroughs.js";
import type { ResponseTable } from "../data/dataset.js";
import type { CaseRecords } from "../data/cases.js";
import { UsageError } from "../core/errors.js";
import type { Question, Study } from "../model/study.js";
import { adjustFamily } from "./shared/adjust.js";
import { compareEstimates } from "../stats/compare-estimates.js";
import { estimateCompliance } from "../stats/estimate-compliance.js";
import { estimateMean } from "../stats/estimate-mean.js";
import { histogramFromValues } from "../stats/histogram-from-values.js";
import { emptyMoments } from "../stats/weighted-moments.js";
import type { Estimate } from "../stats/estimate.js";
import { attribute, requireData, type Attribution } from "./attribute.js";
import { dataWalkthroughs, withReadings } from "./with-walkthroughs.js";
import { indexQuestions } from "./evidence/measure.js";
import { clockOf } from "./evidence/standards.js";
import { standardSample } from "./evidence/compliance.js";
import { basisDifferences, type BasisDifference } from "../data/basis.js";
import { caseView, noSurvey, type CaseRecord, type CaseView, type SurveyView } from "./shared/inputs.js";
import type { SurveySummary } from "./shared/survey-summary.js";
import { surveyInput } from "./summary/input.js";
import { resolveAttributionOptions, type AttributionOptions } from "./shared/options.js";
import { linkedExposure } from "./trace/exposure-share.js";
import { exposureFromLinked } from "./trace/linked-from-summary.js";
import { isSurveySummary } from "./shared/survey-summary.js";
import { checkLinkedSummary, isLinkedSummary, namingLinkedSummary, type LinkedSummary, type LinkedSummaryMisfit } from "./shared/linked-summary.js";
import type { Exposure } from "./shared/findings.js";
import { studentTQuantile } from "../stats/student-t-quantile.js";
import { requireStudy } from "../model/arguments.js";

/** A figure in two waves and its change. */
export interface WaveChange {
  /** What is compared: `point:<id>`, `internal:<point>:<rater>` or `compliance:<standard>`. */
  readonly id: string;
  readonly kind: "point" | "internal" | "compliance";
  /** The evaluation point or standard compared. */
  readonly subject: string;
  /** For an internal rating: the rating post. */
  readonly rater?: string;
  readonly before: number | undefined;
  readonly after: number | undefined;
  /** after − before, with its interval; undefined when either wave has too little data. */
  readonly difference: { readonly value: number; readonly ci: readonly [number, number]; readonly p: number; readonly q: number } | undefined;
  /** The change is significant after the multiple-comparison adjustment. */
  readonly significant: boolean;
  readonly direction: "better" | "worse" | "no-change";
  /**
   * For compliance: how the two waves' computed bases differ (one wave's durations given as numbers, the other's
   * from events), when they do. Such figures are not compared: `difference` is undefined and nothing is tested.
   */
  readonly basisDifferences?: readonly BasisDifference[];
  /**
   * For a point whose gap had measured causes in the wave before: the change in its index that those measured
   * effects predict from the change in exposure (effect × (exposed after − exposed before)), per cause, beside the
   * observed difference — how much of the change the causes' own change accounts for.
   */
  readonly predicted?: { readonly value: number; readonly causes: readonly { readonly finding: string | undefined; readonly post: string | undefined; readonly exposedBefore: number; readonly exposedAfter: number; readonly value: number; readonly ci: readonly [number, number] }[] };
}

/** Per post: its findings in each wave. */
export interface PostWaveChange {
  readonly post: string;
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly resolved: readonly string[];
  readonly added: readonly string[];
}

/** The result of {@link compareWaves}. */
export interface WaveComparison {
  readonly before: Attribution;
  readonly after: Attribution;
  readonly changes: readonly WaveChange[];
  readonly posts: readonly PostWaveChange[];
}

function value(e: Estimate<object>): number | undefined {
  return e.kind === "estimate" ? e.value : undefined;
}

/**
 * Compare two waves of a study.
 *
 * @param study - the study.
 * @param data - responses with both waves (a table, or a survey summary holding both), and case records carrying
 *   their wave; with a survey summary, the linked summary of both waves (`linked`, from `summariseLinked` or SQL)
 *   measures the links and gives `predicted` as the table would (without it, no link is measured: nothing is
 *   predicted, and each wave's coverage names the linked responses that would give it). A cause whose exposure
 *   the wave after measures otherwise (a wait beyond what customers accept, which each wave's customers set) is
 *   read in `linkedAtBefore`: the wave after summarised with the wave before's findings
 *   (`summariseLinked(study, data, { findings: new Map([[after, before.findings]]) })`); without it, that cause is
 *   not predicted.
 * @param waves - the wave before and the wave after.
 * @param options - attribution options (level, alpha, correction, minimum samples).
 * @returns both attributions, each figure's change and each post's findings before and after.
 * @throws {@link core!UsageError} for `linkedAtBefore` without a survey summary and `linked`, of another study or
 *   `minExternal`, or lacking the wave after; for a `linked` of another study or `minExternal`, lacking either wave,
 *   or made for other findings (the message names `data.linked` and says how to make the right one);
 *   {@link core!ValidationError} for a malformed `linked` or
 *   `linkedAtBefore` (each problem by its path, under `linkedAtBefore` for the latter).
 * @example
 * ```ts
 * const cmp = compareWaves(study, { responses: table, cases }, { before: "2025", after: "2026" });
 * cmp.changes.filter((c) => c.significant && c.direction === "better");
 * ```
 */
export function compareWaves(
  study: Study,
  data: { readonly responses: ResponseTable | SurveySummary; readonly cases?: readonly CaseRecord[] | CaseRecords; readonly walkthroughs?: WalkthroughSet; readonly linked?: LinkedSummary; readonly linkedAtBefore?: LinkedSummary },
  waves: { readonly before: string; readonly after: string },
  options: AttributionOptions = {},
): WaveComparison {
  requireStudy("compareWaves", study);
  requireData("compareWaves", data);
  if (waves === null || typeof waves !== "object" || typeof waves.before !== "string" || typeof waves.after !== "string")
    throw new UsageError("compareWaves", "expecting the waves to compare as { before, after }.", 'Pass e.g. { before: "2025", after: "2026" }.');
  const opts = resolveAttributionOptions(options);
  checkAtBefore(study, data, waves.after, opts.minExternal);
  // Each wave's survey: its view (a table) and its statistics (a table's summary, or the summary given).
  const sides = [surveyInput(study, data.responses, { ...opts, wave: waves.before }), surveyInput(study, data.responses, { ...opts, wave: waves.after })] as const;
  const views = [sides[0].view ?? noSurvey(waves.before), sides[1].view ?? noSurvey(waves.after)] as const;
  const caseViews = data.cases === undefined ? undefined : ([caseView(data.cases, waves.before, opts.calendar), caseView(data.cases, waves.after, opts.calendar)] as const);
  const responses = (i: 0 | 1): SurveyView | SurveySummary => sides[i].view ?? (data.responses as SurveySummary);
  const linked = data.linked === undefined ? {} : { linked: data.linked };
  const walkthroughs = dataWalkthroughs("compareWaves", study, data.walkthroughs);
  const run = (i: 0 | 1): Attribution => {
    const given = { responses: responses(i), ...(caseViews ? { cases: caseViews[i] } : {}), ...linked };
    const result = namingLinkedSummary("compareWaves", "linked", LINKED_MISFIT_HINTS, () => attribute(study, given, { ...options, wave: i === 0 ? waves.before : waves.after }));
    return withReadings(study, result, given, walkthroughs);
  };
  const before = run(0);
  const after = run(1);

  const raw: { id: string; kind: WaveChange["kind"]; subject: string; rater?: string; a: Estimate<object>; b: Estimate<object>; bases?: readonly BasisDifference[] }[] = [];
  // The same statistics the attribution of each wave decides from.
  const meanOf = (i: 0 | 1, qs: readonly Question[], minN: number): Estimate<object> =>
    estimateMean(sides[i].stats?.index(qs.map((q) => q.id)) ?? emptyMoments(), { level: opts.level, minN });
  for (const p of study.evaluationPoints) {
    const ext = indexQuestions(p, "external");
    if (ext.length > 0) raw.push({ id: `point:${p.id}`, kind: "point", subject: p.id, a: meanOf(0, ext, opts.minExternal), b: meanOf(1, ext, opts.minExternal) });
    const raters = [...new Set(p.questions.flatMap((q) => (q.audience.kind === "internal" ? [q.audience.rater] : [])))].sort();
    for (const r of raters) {
      const qs = indexQuestions(p, { rater: r });
      if (qs.length > 0) raw.push({ id: `internal:${p.id}:${r}`, kind: "internal", subject: p.id, rater: r, a: meanOf(0, qs, opts.minInternal), b: meanOf(1, qs, opts.minInternal) });
    }
  }
  if (caseViews !== undefined)
    for (const s of study.standards) {
      const clock = clockOf(study, s);
      if (clock === undefined) continue;
      // Compliance on the rules of the execution evidence (unfinished cases, given durations); figures whose
      // computed bases differ between the waves are not compared.
      const xs = [standardSample(study, caseViews[0], s, clock), standardSample(study, caseViews[1], s, clock)] as const;
      const est = (i: 0 | 1): Estimate<object> => estimateCompliance(histogramFromValues([...xs[i].sample]), { threshold: s.threshold, better: s.better }, { level: opts.level, minN: opts.minCases });
      const bases = basisDifferences(xs[0].basis, xs[1].basis);
      raw.push({ id: `compliance:${s.id}`, kind: "compliance", subject: s.id, a: est(0), b: est(1), ...(bases.length > 0 ? { bases } : {}) });
    }
  raw.sort((x, y) => (x.id < y.id ? -1 : 1));
  const diffs = raw.map((r) => (r.bases === undefined ? compareEstimates(r.b, r.a, opts.level) : undefined));
  const tested = diffs.map((d, i) => ({ i, p: d?.kind === "estimate" ? d.pValue : undefined })).filter((x): x is { i: number; p: number } => x.p !== undefined);
  const adjusted = adjustFamily(tested.map((t) => t.p), opts.correction);
  const qOf = new Map(tested.map((t, k) => [t.i, adjusted[k] ?? 1] as const));
  const share = exposureShares(study, data, waves, views, caseViews);
  const predictedFor = (point: string): WaveChange["predicted"] => (caseViews === undefined ? undefined : predictedChange(study, before, point, share));
  const changes: WaveChange[] = raw.map((r, i) => {
    const d = diffs[i];
    const q = qOf.get(i);
    const difference = d !== undefined && d.kind === "estimate" && q !== undefined ? { value: d.value, ci: d.ci, p: d.pValue, q } : undefined;
    const significant = difference !== undefined && difference.q < opts.alpha;
    const predicted = r.kind === "point" ? predictedFor(r.subject) : undefined;
    return {
      id: r.id, kind: r.kind, subject: r.subject, ...(r.rater !== undefined ? { rater: r.rater } : {}), before: value(r.a), after: value(r.b), difference, significant,
      direction: !significant ? "no-change" : (difference?.value ?? 0) > 0 ? "better" : "worse", ...(predicted !== undefined ? { predicted } : {}),
      ...(r.bases !== undefined ? { basisDifferences: r.bases } : {}),
    };
  });
  const postsOf = (att: Attribution): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const f of att.findings) if (f.post !== undefined) m.set(f.post, [...(m.get(f.post) ?? []), f.id]);
    return m;
  };
  const pb = postsOf(before);
  const pa = postsOf(after);
  const posts = [...new Set([...pb.keys(), ...pa.keys()])].sort().map((post) => {
    const b = pb.get(post) ?? [];
    const a = pa.get(post) ?? [];
    return { post, before: b, after: a, resolved: b.filter((x) => !a.includes(x)), added: a.filter((x) => !b.includes(x)) };
  });
  return { before, after, changes, posts };
}

/** What to do about each way `data.linked` can fail to fit the two runs of {@link compareWaves}. */
const LINKED_MISFIT_HINTS: { readonly [M in LinkedSummaryMisfit]: string } = {
  study: "data.linked is the linked summary of the survey and cases compared: summarise them with the study passed to compareWaves.",
  "min-external": "Summarise data.linked (and data.linkedAtBefore) with the minExternal compareWaves is given (options.minExternal): it decides which drivers enter the overall regression.",
  wave: "data.linked must hold both waves compared: summarise the linked responses of waves.before and waves.after into one linked summary (summariseLinked, linkedSummaryDuckDB or linkedSummaryPostgres over both waves).",
  contents:
    "Make data.linked again from the same survey and case data as the comparison, with the options given to compareWaves (summariseLinked, linkedSummaryDuckDB or linkedSummaryPostgres).",
};

/**
 * `linkedAtBefore` checked as the untrusted input it is: only beside a survey summary and its `linked`, a well-formed
 * linked summary of this study and `minExternal`, holding the wave after (the one it is read for).
 */
function checkAtBefore(study: Study, data: { readonly responses: unknown; readonly linked?: unknown; readonly linkedAtBefore?: unknown }, after: string, minExternal: number): void {
  const x = data.linkedAtBefore;
  if (x === undefined) return;
  const hint = "Pass the wave after summarised with the wave before's findings (summariseLinked(study, data, { findings: new Map([[after, before.findings]]) })) beside a survey summary and its linked summary, or leave linkedAtBefore out.";
  if (!isSurveySummary(data.responses) || data.linked === undefined)
    throw new UsageError("compareWaves", !isSurveySummary(data.responses) ? "data.linkedAtBefore was given with respondent-level responses, which are linked to the cases directly." : "data.linkedAtBefore was given without data.linked.", hint);
  if (!isLinkedSummary(x)) throw new UsageError("compareWaves", "data.linkedAtBefore is not a linked summary.", hint);
  checkLinkedSummary("compareWaves", x, ["linkedAtBefore"]);
  if (x.study !== study.id) throw new UsageError("compareWaves", `data.linkedAtBefore is of study ${JSON.stringify(x.study)}, not ${JSON.stringify(study.id)}.`, hint);
  if (x.minExternal !== minExternal)
    throw new UsageError("compareWaves", `data.linkedAtBefore was made with minExternal ${x.minExternal}, the comparison asks for ${minExternal}.`, "Pass the same minExternal to the linked summaries and to compareWaves.");
  if (!x.waves.some((w) => w.wave === after))
    throw new UsageError("compareWaves", `data.linkedAtBefore has no wave ${JSON.stringify(after)} (the wave after; it holds ${x.waves.map((w) => JSON.stringify(w.wave)).join(", ") || "none"}).`, hint);
}

type ShareOf = (i: 0 | 1, point: string, exposure: Exposure) => { share: number; se: number } | undefined;

/** The share of a point's linked customers exposed to a cause in each wave: off respondents, or a linked summary. */
function exposureShares(
  study: Study,
  data: { readonly responses: ResponseTable | SurveySummary; readonly linked?: LinkedSummary; readonly linkedAtBefore?: LinkedSummary },
  waves: { readonly before: string; readonly after: string },
  views: readonly [SurveyView, SurveyView],
  caseViews: readonly [CaseView, CaseView] | undefined,
): ShareOf {
  // A survey summary joins no customer to a case: the exposure shares come from the linked summary's cells.
  const fromCells = isSurveySummary(data.responses) && data.linked !== undefined ? data.linked : undefined;
  return (i, p, exposure) => {
    const point = study.evaluationPoints.find((x) => x.id === p);
    if (point === undefined || caseViews === undefined) return undefined;
    if (fromCells === undefined) return linkedExposure(study, views[i], caseViews[i], point, exposure);
    const wave = i === 0 ? waves.before : waves.after;
    return exposureFromLinked(fromCells, wave, p, exposure) ?? (i === 1 && data.linkedAtBefore !== undefined ? exposureFromLinked(data.linkedAtBefore, wave, p, exposure) : undefined);
  };
}

/** The change in a point's index its measured causes predict from their change in exposure. */
function predictedChange(study: Study, before: Attribution, point: string, share: ShareOf): WaveChange["predicted"] {
  const f = before.findings.find((x) => x.tag === "customer-dissatisfaction" && x.point === point);
  const p = study.evaluationPoints.find((x) => x.id === point);
  if (f?.tag !== "customer-dissatisfaction" || p === undefined) return undefined;
  const causes = f.causes
    .filter((c) => c.effect.estimator === "linked-regression")
    .flatMap((c) => {
      const a = share(0, p.id, c.exposure);
      const b = share(1, p.id, c.exposure);
      if (a === undefined || b === undefined) return [];
      const d = b.share - a.share;
      const e = c.effect.effect;
      // A share passed upstream through a chained standard shares that standard's exposure: the prediction is
      // split as the share was (the upstream part its fraction, the downstream the rest), never counted twice.
      const part = c.through !== undefined ? c.through.fraction : 1 - (c.passedUpstream ?? []).reduce((t, x) => t + x.fraction, 0);
      // Delta method: Var(b·Δp) ≈ Δp²·Var(b) + b²·(Var(p before) + Var(p after)).
      const value = e.value * d * part;
      const se = part * Math.sqrt(d * d * e.se * e.se + e.value * e.value * (a.se ** 2 + b.se ** 2));
      const t = studentTQuantile(1 - (1 - e.level) / 2, c.effect.df);
      return [{ finding: c.finding, post: c.post, exposedBefore: a.share, exposedAfter: b.share, value, ci: [value - t * se, value + t * se] as const }];
    });
  return causes.length === 0 ? undefined : { value: causes.reduce((t, c) => t + c.value, 0), causes };
}
