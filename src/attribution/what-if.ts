/**
 * What-if: re-run the attribution with a changed standard (its threshold, or the event its clock starts or stops
 * at) or with faster work at a step, and show which findings appear, disappear or change. "If the reconnection
 * clock started at payment instead of settlement, would customers still be dissatisfied?"
 * @module
 */
import { isCaseSummary } from "../data/case-summary.js";
import * as z from "zod/mini";
import { NotFoundError, UsageError, ValidationError } from "../core/errors.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { validateStudy } from "../study/validate/index.js";
import type { Study } from "../model/study.js";
import { attribute, requireData, type Attribution, type AttributionData } from "./attribute.js";
import { clockOf } from "./evidence/standards.js";
import type { Exposure, Finding } from "./shared/findings.js";
import { isSurveySummary } from "./shared/survey-summary.js";
import { checkLinkedSummary, isLinkedSummary, namingLinkedSummary, type LinkedSummary, type LinkedSummaryMisfit } from "./shared/linked-summary.js";
import { perCaseOf } from "./trace/candidates.js";
import { exposureFromLinked } from "./trace/linked-from-summary.js";
import { caseRecordList, caseView, noSurvey, surveyView, type CaseRecord, type CaseView, type SurveyView } from "./shared/inputs.js";
import { resolveAttributionOptions, type ResolvedAttributionOptions } from "./shared/options.js";
import { linkedExposure } from "./trace/exposure-share.js";
import { studentTQuantile } from "../stats/student-t-quantile.js";
import type { CaseRecords } from "../data/cases.js";
import type { WalkthroughSet } from "../data/walkthroughs.js";
import { dataWalkthroughs, withReadings } from "./with-walkthroughs.js";

function isLoaded(x: unknown): x is CaseRecords {
  return typeof x === "object" && x !== null && (x as CaseRecords).times instanceof Map;
}
import type { AttributionOptions } from "./shared/options.js";
import { requireArgument, requireStudy } from "../model/arguments.js";

/** A change to a standard: its threshold and/or the events its clock starts and stops at. */
const StandardChangeSchema = z.strictObject({
  kind: z.literal("standard"),
  standard: z.string().check(z.minLength(1)),
  /** The new threshold, in the standard's unit. */
  threshold: z.optional(z.number({ error: "must be a finite number, in the standard's unit." })),
  /** The event the clock starts at instead. */
  clockStart: z.optional(z.string().check(z.minLength(1))),
  /** The event the clock stops at instead. */
  clockStop: z.optional(z.string().check(z.minLength(1))),
});

/**
 * The work a step's standards measure gets faster (factor < 1) or slower (> 1): in every case, the stop event of
 * the step's standard moves to start + factor × (stop − start), and every later event moves with it.
 */
const PerformanceChangeSchema = z.strictObject({
  kind: z.literal("performance"),
  step: z.string().check(z.minLength(1)),
  factor: z.number({ error: "must be a number ≥ 0 (0.8: 20% faster)." }).check(z.gte(0, { error: "must be a number ≥ 0 (0.8: 20% faster)." })),
});

/** The changes {@link whatIf} takes: at least one, each a standard change or a performance change. */
export const WhatIfChangesSchema = z.array(z.discriminatedUnion("kind", [StandardChangeSchema, PerformanceChangeSchema], { error: 'must be a change of kind "standard" (standard, threshold, clockStart, clockStop) or "performance" (step, factor).' })).check(z.minLength(1, { error: "must list at least one change." }));

/** What to write, by the path of a malformed change's field. */
const CHANGE_HINTS: Readonly<Record<string, string>> = {
  changes: 'Pass e.g. [{ kind: "standard", standard: "std_reconnect_24h", threshold: 12 }] or [{ kind: "performance", step: "dispatch", factor: 0.8 }].',
};

/** One change to try: `{ kind: "standard", standard, threshold?, clockStart?, clockStop? }` or `{ kind: "performance", step, factor }`. */
export type WhatIfChange = z.input<typeof StandardChangeSchema> | z.input<typeof PerformanceChangeSchema>;

/** How one finding differs between the baseline and the what-if run. */
export interface FindingChange {
  readonly id: string;
  readonly status: "resolved" | "new" | "changed" | "unchanged";
  readonly before: Finding | undefined;
  readonly after: Finding | undefined;
}

/** One measured cause's part in a projection. */
export interface CauseProjection {
  /** The root-cause finding, if the cause is one (a missed standard whose requirement is met is not). */
  readonly finding: string | undefined;
  /** The post the cause lands on. */
  readonly post: string | undefined;
  readonly exposure: Exposure;
  /** Share of the point's linked customers exposed, in the data as they are and as changed. */
  readonly exposedBefore: number;
  readonly exposedAfter: number;
  /**
   * Index points the gap should close: −effect × (exposedBefore − exposedAfter), with its interval by the delta
   * method (the effect's and both exposure shares' standard errors).
   */
  readonly closes: { readonly value: number; readonly ci: readonly [number, number] };
}

/**
 * How much of a customer gap a change should close, by the effects measured on linked customers: the same
 * effects that give the causes their shares, carried to the changed cases.
 */
export interface GapProjection {
  readonly gap: string;
  readonly point: string;
  /** The gap before the change, index points. */
  readonly before: number;
  /** Sum of the causes' point estimates (each has its own interval). */
  readonly closes: number;
  readonly causes: readonly CauseProjection[];
}

/**
 * The data of {@link whatIf}: those of `attribute`, and with a survey summary and its linked summary (`linked`),
 * the linked summary of the changed data (`linkedAfter`: the changed study and cases of {@link whatIfChanged},
 * summarised as `linked` was, by `summariseLinked` or in SQL), which the changed run measures its links from.
 */
export type WhatIfData = AttributionData & {
  /** Process-walkthrough records: both runs are read with them ({@link withWalkthroughs}). */
  readonly walkthroughs?: WalkthroughSet;
  /** With `linked`: the linked summary of the changed study and cases. */
  readonly linkedAfter?: LinkedSummary;
};

/** The result of {@link whatIf}. */
export interface WhatIfResult {
  readonly changes: readonly WhatIfChange[];
  readonly before: Attribution;
  readonly after: Attribution;
  /** Every finding of either run, by id. */
  readonly findings: readonly FindingChange[];
  /**
   * For performance changes: per customer gap with measured causes, how much the change should close. Survey
   * answers do not change in a what-if, so the re-run's gaps stay; this is what the measured effects project.
   * Empty when the changes include a standard change (a new threshold or clock changes what a miss is, so the
   * measured effect of a miss no longer applies: measure again after the change).
   */
  readonly projected: readonly GapProjection[];
}

/**
 * The study and case records as a what-if changes them: a standard's new threshold or clock, and the events of
 * every case moved by a performance change (what {@link whatIf} attributes in its changed run). Summarise them
 * where the linked responses are to get the `linkedAfter` of a what-if from summaries.
 *
 * @param study - the study.
 * @param cases - the case records (changed by performance changes; returned as they are otherwise).
 * @param changes - the changes (checked by {@link WhatIfChangesSchema}).
 * @returns the changed study, and the changed records (the records given when no change is a performance change).
 * @throws {@link core!ValidationError} listing each malformed change, or the changed study's problems when a change
 *   makes it invalid; {@link NotFoundError} for a standard the study lacks; {@link core!UsageError} for a study or
 *   case records that are not one, for a performance change given a case summary or view instead of records, or naming a step no standard measures, and for a clock
 *   change on a standard without a clock that gives only one of its events.
 * @example
 * ```ts
 * const changed = whatIfChanged(study, records, [{ kind: "performance", step: "or_bo_dispatch", factor: 0.8 }]);
 * const linkedAfter = await summariseLinked(changed.study, { responses: table, cases: changed.cases });
 * ```
 */
export function whatIfChanged<C extends readonly CaseRecord[] | CaseRecords>(study: Study, cases: C, changes: readonly WhatIfChange[]): { readonly study: Study; readonly cases: C | CaseRecord[] } {
  requireStudy("whatIfChanged", study);
  requireArgument(
    "whatIfChanged",
    "second",
    cases,
    "case records (a list, or loaded records)",
    (v) => typeof v === "object" && v !== null && (isLoaded(v) || typeof (v as Iterable<unknown>)[Symbol.iterator] === "function"),
    "Pass the records the linked summary was made from, e.g. await readCasesCsv(study, path) or [{ id, events: [[event, epochMs], …] }].",
  );
  parseOptionsAt("whatIfChanged", z.object({ changes: WhatIfChangesSchema }), { changes }, CHANGE_HINTS);
  const out = changedData("whatIfChanged", study, cases, changes);
  return { study: out.study, cases: out.cases as C | CaseRecord[] };
}

function changedData(fn: string, study: Study, cases: AttributionData["cases"], changes: readonly WhatIfChange[]): { study: Study; cases: AttributionData["cases"] } {
  const changed = applyToStudy(fn, study, changes);
  if (!changes.some((c) => c.kind === "performance")) return { study: changed, cases };
  if (isCaseSummary(cases)) throw new UsageError(fn, "performance changes need case records, not a case summary.", "Pass data.cases as the records.");
  if (cases === undefined || typeof (cases as CaseView).durations === "function") throw new UsageError(fn, "performance changes need case records (not a case view).", "Pass data.cases as the records.");
  const list = isLoaded(cases) ? caseRecordList(cases) : [...(cases as Iterable<CaseRecord>)];
  return { study: changed, cases: applyToCases(fn, changed, list, changes) };
}

function applyToStudy(fn: string, study: Study, changes: readonly WhatIfChange[]): Study {
  const s = structuredClone(study);
  for (const c of changes) {
    if (c.kind !== "standard") continue;
    const std = s.standards.find((x) => x.id === c.standard);
    if (std === undefined) throw new NotFoundError(fn, "standard", c.standard);
    if (c.threshold !== undefined) {
      std.threshold = c.threshold;
    }
    if (c.clockStart !== undefined || c.clockStop !== undefined) {
      const base = clockOf(s, std);
      const start = c.clockStart ?? base?.start;
      const stop = c.clockStop ?? base?.stop;
      if (start === undefined || stop === undefined) throw new UsageError(fn, `standard ${c.standard} has no clock to change; give both clockStart and clockStop.`, "Name both events.");
      std.clock = { start, stop };
    }
  }
  const report = validateStudy(s);
  if (!report.ok || report.study === undefined)
    throw new ValidationError(`gaptrace/${fn}: the changed study is not valid.`, report.problems.filter((p) => p.severity === "error"));
  return report.study;
}

function applyToCases(fn: string, study: Study, cases: readonly CaseRecord[], changes: readonly WhatIfChange[]): CaseRecord[] {
  let out = [...cases];
  for (const c of changes) {
    if (c.kind !== "performance") continue;
    const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
    const clocks = study.standards.filter((s) => metricStep.get(s.metric) === c.step).map((s) => clockOf(study, s)).filter((x) => x !== undefined);
    if (clocks.length === 0) throw new UsageError(fn, `no standard measures the work of step ${JSON.stringify(c.step)}.`, "Name a step whose standards' metric is measured at it.");
    const clock = clocks[0] as NonNullable<(typeof clocks)[number]>;
    out = out.map((rec) => {
      const events = new Map(rec.events instanceof Map ? rec.events : (rec.events as readonly (readonly [string, number])[]));
      const a = events.get(clock.start);
      const b = events.get(clock.stop);
      if (a === undefined || b === undefined || b < a) return rec;
      const saving = (1 - c.factor) * (b - a);
      for (const [e, t] of events) if (t >= b) events.set(e, t - saving);
      return { ...rec, events };
    });
  }
  return out;
}

function same(a: Finding, b: Finding): boolean {
  return JSON.stringify({ ...a, evidence: undefined }) === JSON.stringify({ ...b, evidence: undefined }) && Math.abs(a.severity - b.severity) < 1e-9;
}

/**
 * Re-run an attribution with changes and compare the findings.
 *
 * @param study - the study.
 * @param data - the data (case records must be records, not a view, for performance changes). With a survey
 *   summary, give the linked summary (`linked`) and that of the changed data (`linkedAfter`, see
 *   {@link whatIfChanged}) to measure the links in both runs and project the gaps as from respondents; without
 *   them no link is measured, nothing is projected, and the coverage names the linked responses that would.
 * @param changes - the changes to try (checked by {@link WhatIfChangesSchema}; unknown fields are refused, so a misspelt one cannot leave a change silently empty).
 * @param options - attribution options (the same for both runs).
 * @returns both runs and, per finding, whether it is resolved, new, changed or unchanged.
 * @throws {@link core!ValidationError} listing each malformed change, or a malformed `linkedAfter` (its problems
 *   under `linkedAfter`); {@link NotFoundError} for a standard the study lacks; {@link core!UsageError} for `linked`
 *   without `linkedAfter` (or the reverse), a `linkedAfter` that is `linked` itself, or one with the same cells as
 *   `linked` in the wave attributed although the changes move some case records' exposures to its points'
 *   candidates (it was summarised from the cases as they are); for a summary that does not fit its run (another
 *   study, `minExternal` or wave, or made for other exposures), naming which, `data.linked` or `data.linkedAfter`,
 *   and how to make it; and as {@link whatIfChanged} does.
 * @example
 * ```ts
 * const r = whatIf(study, data, [{ kind: "standard", standard: "std_reconnect_24h", clockStart: "arrears_paid" }]);
 * r.findings.filter((f) => f.status === "resolved").map((f) => f.id);
 * ```
 */
export function whatIf(study: Study, data: WhatIfData, changes: readonly WhatIfChange[], options: AttributionOptions = {}): WhatIfResult {
  requireStudy("whatIf", study);
  requireData("whatIf", data);
  // Checked as the argument it is, so messages read "changes[1].factor must be …".
  parseOptionsAt("whatIf", z.object({ changes: WhatIfChangesSchema }), { changes }, CHANGE_HINTS);
  const { linkedAfter, walkthroughs: records, ...given } = data;
  const walkthroughs = dataWalkthroughs("whatIf", study, records);
  if (given.linked === undefined && linkedAfter !== undefined)
    throw new UsageError(
      "whatIf",
      "data.linkedAfter was given without data.linked: the run on the data as they are needs their linked summary too.",
      "Pass data.linked too: the linked summary of the study and data as they are (summariseLinked(study, data), linkedSummaryDuckDB or linkedSummaryPostgres), made with the same survey and options as data.linkedAfter. Or pass neither.",
    );
  if (given.linked !== undefined && linkedAfter === undefined)
    throw new UsageError("whatIf", "data.linked measures the links on the data as they are; the changed run needs the linked summary of the changed data (data.linkedAfter).", `${LINKED_AFTER_HINT} Or pass neither.`);
  if (linkedAfter !== undefined && linkedAfter === given.linked)
    throw new UsageError("whatIf", "data.linkedAfter is data.linked itself: the changed run would measure the links of the data as they are.", LINKED_AFTER_HINT);
  const before = withReadings(study, namingLinkedSummary("whatIf", "linked", MISFIT_HINTS.linked, () => attribute(study, given, options)), given, walkthroughs);
  const { study: changed, cases } = changedData("whatIf", study, given.cases, changes);
  if (linkedAfter !== undefined && given.linked !== undefined) checkLinkedAfter({ study, changed }, given.linked, linkedAfter, { was: given.cases, now: cases }, before.wave, resolveAttributionOptions(options).calendar);
  const afterData = { ...given, ...(cases !== undefined ? { cases } : {}), ...(linkedAfter !== undefined ? { linked: linkedAfter } : {}) };
  const after = withReadings(changed, namingLinkedSummary("whatIf", "linkedAfter", MISFIT_HINTS.linkedAfter, () => attribute(changed, afterData, options)), afterData, walkthroughs);
  const exposures = linkedAfter !== undefined && given.linked !== undefined ? { before: given.linked, after: linkedAfter } : undefined;
  const projected = changes.every((c) => c.kind === "performance") && cases !== undefined && given.cases !== undefined ? project(study, before, given, cases, options, exposures) : [];
  const b = new Map(before.findings.map((f) => [f.id, f] as const));
  const a = new Map(after.findings.map((f) => [f.id, f] as const));
  const ids = [...new Set([...b.keys(), ...a.keys()])].sort();
  const findings = ids.map((id): FindingChange => {
    const x = b.get(id);
    const y = a.get(id);
    const status = x === undefined ? "new" : y === undefined ? "resolved" : same(x, y) ? "unchanged" : "changed";
    return { id, status, before: x, after: y };
  });
  return { changes, before, after, findings, projected };
}

const LINKED_AFTER_HINT = "Summarise the linked responses of whatIfChanged(study, cases, changes) (its study and cases) as data.linked was summarised, and pass it as data.linkedAfter.";

/** What to do about each way data.linked or data.linkedAfter can fail to fit its run. */
const MISFIT_HINTS: { readonly [N in "linked" | "linkedAfter"]: { readonly [M in LinkedSummaryMisfit]: string } } = {
  linked: {
    study: "data.linked is the linked summary of the data as they are: summarise them with the study passed to whatIf.",
    "min-external": "Summarise data.linked and data.linkedAfter with the minExternal whatIf is given (options.minExternal): it decides which drivers enter the overall regression.",
    wave: "Summarise data.linked with the wave this what-if attributes (options.wave, else the latest wave of the survey).",
    contents:
      "data.linked is the linked summary of the data as they are: summarise this study and its survey and case data as they are (summariseLinked(study, data), linkedSummaryDuckDB or linkedSummaryPostgres) with the options given here; the summary of the changed data goes in data.linkedAfter.",
  },
  linkedAfter: {
    study: "data.linkedAfter is the linked summary of the changed data: summarise the study and cases whatIfChanged(study, cases, changes) returns (the study keeps its id).",
    "min-external": "Summarise data.linked and data.linkedAfter with the minExternal whatIf is given (options.minExternal): it decides which drivers enter the overall regression.",
    wave: "Summarise data.linkedAfter for the wave this what-if attributes, as data.linked (options.wave, else the latest wave of the survey).",
    contents:
      "data.linkedAfter is the linked summary of the changed data: summarise the study and cases of whatIfChanged(study, cases, changes) with the very changes passed to whatIf (a summary of other changes, or of the data as they are, was made for other exposures), from the same survey and with the same options as data.linked.",
  },
};

/**
 * Refuses a `linkedAfter` with the very cells of `linked` in the wave attributed while the changes move some of the
 * case records' exposures to that wave's candidates: it was summarised from the cases as they are. Identical cells
 * are accepted when no case's exposure moves (the change moves no linked customer either), and when the cases are a
 * summary (nothing to read them from).
 */
function checkLinkedAfter(
  studies: { readonly study: Study; readonly changed: Study },
  linked: LinkedSummary,
  linkedAfter: LinkedSummary,
  cases: { readonly was: AttributionData["cases"]; readonly now: AttributionData["cases"] },
  wave: string,
  calendar: ResolvedAttributionOptions["calendar"],
): void {
  if (!isLinkedSummary(linkedAfter)) {
    const x = linkedAfter as unknown;
    // The commonest slip: whatIfChanged's { study, cases } passed on instead of their summary.
    const raw = typeof x === "object" && x !== null && "study" in x && "cases" in x && typeof (x as { study: unknown }).study === "object";
    throw new UsageError("whatIf", raw ? "data.linkedAfter is whatIfChanged's result (the changed study and cases), not their linked summary." : "data.linkedAfter is not a linked summary.", LINKED_AFTER_HINT);
  }
  checkLinkedSummary("whatIf", linkedAfter, ["linkedAfter"]);
  const points = (s: LinkedSummary) => s.waves.find((w) => w.wave === wave)?.points ?? [];
  const was = points(linked);
  if (!was.some((p) => p.cells.length > 0) || JSON.stringify(was) !== JSON.stringify(points(linkedAfter))) return;
  const records = (c: AttributionData["cases"]): CaseView | undefined =>
    c === undefined || isCaseSummary(c) || typeof (c as CaseView).durations === "function" ? undefined : caseView(c as Iterable<CaseRecord> | CaseRecords, wave, calendar);
  const a = records(cases.was);
  const b = records(cases.now);
  if (a === undefined || b === undefined) return;
  const moved = new Set<number>();
  for (const p of was)
    for (const e of p.exposures) {
      const x = perCaseOf(studies.study, e.exposure)?.(a);
      const y = perCaseOf(studies.changed, e.exposure)?.(b);
      if (x === undefined || y === undefined || x.length !== y.length) continue;
      x.forEach((v, i) => {
        if (v !== y[i] && !(Number.isNaN(v) && Number.isNaN(y[i] ?? NaN))) moved.add(i);
      });
    }
  if (moved.size > 0)
    throw new UsageError(
      "whatIf",
      `data.linkedAfter has the same cells as data.linked in wave ${JSON.stringify(wave)}, though the changes move the exposure of ${moved.size} case(s) to its points' candidates: it was summarised from the cases as they are, not as changed.`,
      `${LINKED_AFTER_HINT} (Should none of those cases be linked to a respondent, the change moves no linked customer and there is nothing to project: pass the response table instead of its summaries, or leave linked and linkedAfter out.)`,
    );
}

function project(
  study: Study,
  before: Attribution,
  data: AttributionData,
  changedCases: NonNullable<AttributionData["cases"]>,
  options: AttributionOptions,
  linked: { readonly before: LinkedSummary; readonly after: LinkedSummary } | undefined,
): GapProjection[] {
  const opts = resolveAttributionOptions(options);
  // Without responses there is no customer gap to project: the view is empty. A summary has no respondent to
  // join to a case: its linked causes are projected from the linked summaries of the data before and after.
  const survey = data.responses === undefined || isSurveySummary(data.responses) ? noSurvey(before.wave) : isSurveyViewLike(data.responses) ? data.responses : surveyView(data.responses, before.wave);
  const toView = (c: NonNullable<AttributionData["cases"]>): CaseView => (typeof (c as CaseView).durations === "function" ? (c as CaseView) : caseView(c as Iterable<CaseRecord> | CaseRecords, before.wave, opts.calendar));
  const was = toView(data.cases as NonNullable<AttributionData["cases"]>);
  const now = toView(changedCases);
  const out: GapProjection[] = [];
  for (const f of before.findings) {
    if (f.tag !== "customer-dissatisfaction") continue;
    const point = study.evaluationPoints.find((p) => p.id === f.point);
    const measured = f.causes.filter((c) => c.effect.estimator === "linked-regression");
    if (point === undefined || measured.length === 0) continue;
    const causes: CauseProjection[] = [];
    for (const c of measured) {
      const a = linked === undefined ? linkedExposure(study, survey, was, point, c.exposure) : exposureFromLinked(linked.before, before.wave, point.id, c.exposure);
      const b = linked === undefined ? linkedExposure(study, survey, now, point, c.exposure) : exposureFromLinked(linked.after, before.wave, point.id, c.exposure);
      if (a === undefined || b === undefined) continue;
      const d = a.share - b.share;
      const e = c.effect.effect;
      // Delta method: Var(−b·Δp) ≈ Δp²·Var(b) + b²·(Var(p before) + Var(p after)).
      const value = -e.value * d;
      const se = Math.sqrt(d * d * e.se * e.se + e.value * e.value * (a.se ** 2 + b.se ** 2));
      const t = studentTQuantile(1 - (1 - e.level) / 2, c.effect.df);
      causes.push({ finding: c.finding, post: c.post, exposure: c.exposure, exposedBefore: a.share, exposedAfter: b.share, closes: { value, ci: [value - t * se, value + t * se] } });
    }
    out.push({ gap: f.id, point: f.point, before: f.gap, closes: causes.reduce((t, x) => t + x.closes.value, 0), causes });
  }
  return out;
}

function isSurveyViewLike(x: unknown): x is SurveyView {
  return typeof x === "object" && x !== null && typeof (x as SurveyView).answers === "function";
}
