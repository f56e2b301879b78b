/**
 * The survey side of a run, whatever form it came in: a response table or a survey view (respondent-level,
 * summarised here so the decisions read statistics either way), or a survey summary (statistics only: no
 * respondent to join to a case, so the linkage counts every customer as unlinked).
 * @module
 */
import { studyFingerprint } from "../shared/study-fingerprint.js";
import { UsageError } from "../../core/errors.js";
import type { ResponseTable } from "../../data/dataset.js";
import type { Study } from "../../model/study.js";
import type { Linkage } from "../shared/findings.js";
import { sortWaves, surveyView, type SurveyView } from "../shared/inputs.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";
import { emptyWaveSummary, isSurveySummary, surveyStats, type SurveyStats, type SurveySummary, type SurveyWaveSummary } from "../shared/survey-summary.js";
import { summariseView } from "./summarise.js";
import { checkSurveySummary } from "../shared/survey-summary-schema.js";

/** A run's survey side: the respondent-level view when there is one, and the statistics the decisions read. */
export interface SurveyInput {
  /** The respondent-level view (undefined for a summary, or without responses). */
  readonly view: SurveyView | undefined;
  /** The wave's statistics, or undefined without responses. */
  readonly stats: SurveyStats | undefined;
  /** The wave, when the responses name it. */
  readonly wave: string | undefined;
}

/**
 * Read the survey side of a run.
 *
 * @param study - the study.
 * @param responses - a response table, a survey view, a survey summary, or nothing.
 * @param opts - the resolved options (the wave; `minExternal`, which a summary must agree with).
 * @returns the view (if any) and the statistics.
 * @throws {@link core!UsageError} for a summary of another study, made with another `minExternal`, or without the
 *   wave asked for.
 * @example
 * ```ts
 * surveyInput(study, summary, resolveAttributionOptions()).stats?.respondents.customers;
 * ```
 */
export function surveyInput(study: Study, responses: ResponseTable | SurveyView | SurveySummary | undefined, opts: ResolvedAttributionOptions): SurveyInput {
  if (responses === undefined) return { view: undefined, stats: undefined, wave: undefined };
  if (isSurveySummary(responses)) {
    checkSurveySummary("attribute", responses);
    if (responses.study !== study.id)
      throw new UsageError("attribute", `the survey summary is of study ${JSON.stringify(responses.study)}, not ${JSON.stringify(study.id)}.`, "Summarise the responses with the study you attribute.");
    if (responses.minExternal !== opts.minExternal)
      throw new UsageError("attribute", `the survey summary was made with minExternal ${responses.minExternal}, the attribution asks for ${opts.minExternal}.`, "Pass the same minExternal to the summary and to attribute: it decides which points enter the driver weights.");
    const waves = responses.waves.map((w) => w.wave);
    const wave = opts.wave ?? sortWaves(waves).at(-1);
    const w = responses.waves.find((x) => x.wave === wave);
    if (w === undefined)
      throw new UsageError("attribute", `the survey summary has no wave ${JSON.stringify(wave ?? "")}${waves.length > 0 ? ` (waves: ${sortWaves(waves).join(", ")})` : " (it is empty)"}.`, "Pass one of the summary's waves, or summarise responses that have answers.");
    return { view: undefined, stats: surveyStats(w), wave: w.wave };
  }
  const view = typeof (responses as SurveyView).answers === "function" ? (responses as SurveyView) : surveyView(responses as ResponseTable, opts.wave);
  return { view, stats: surveyStats(cachedSummary(study, view, opts.minExternal)), wave: view.wave };
}

// Survey views are cached per table and wave, so a repeat call (a notebook re-run, whatIf's two runs) reads the
// same view: its summary is made once per view, study and minExternal (tables are not changed in place; a study
// edited in place since, a point moved or a question added, gets a fresh summary).
const summaries = new WeakMap<SurveyView, WeakMap<Study, { readonly fingerprint: string; readonly byMin: Map<number, SurveyWaveSummary> }>>();

function cachedSummary(study: Study, view: SurveyView, minExternal: number): SurveyWaveSummary {
  let byStudy = summaries.get(view);
  if (byStudy === undefined) summaries.set(view, (byStudy = new WeakMap()));
  const fingerprint = studyFingerprint(study, "evaluationPoints", "themeMap", "standards", "metrics");
  let kept = byStudy.get(study);
  if (kept === undefined || kept.fingerprint !== fingerprint) byStudy.set(study, (kept = { fingerprint, byMin: new Map() }));
  const byMin = kept.byMin;
  let out = byMin.get(minExternal);
  if (out === undefined) byMin.set(minExternal, (out = summariseView(study, view, minExternal)));
  return out;
}

/**
 * The linkage of a run from a summary: its customers, none linked (a summary holds no respondent to join).
 *
 * @param stats - the wave's statistics.
 * @param caseRecords - cases in the case records of the wave.
 * @returns the linkage account.
 * @example
 * ```ts
 * summaryLinkage(stats, 0).unlinked === stats.respondents.customers; // true
 * ```
 */
export function summaryLinkage(stats: SurveyStats, caseRecords: number): Linkage {
  const n = stats.respondents.customers;
  return { respondents: n, linked: 0, unlinked: n, unknownCase: 0, duplicate: 0, caseRecords, problems: [] };
}

export { emptyWaveSummary };
