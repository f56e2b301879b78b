/**
 * The sampling plan as one spreadsheet: every evaluation-point row, then the roll-ups per rater post, theme and
 * audience and the grand total, told apart by the `level` column. Cells are written by the questionnaire CSV's
 * formula-safe writer, because post names and segment values come from users.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { PlanQuota, SamplingPlan } from "./plan.js";
import { csvDocument, type CsvCell } from "./questionnaire-csv.js";
import { designLang } from "./words.js";
import { hasList, requireArgument } from "../model/arguments.js";

/** Options of {@link samplingPlanToCsv}. */
export interface SamplingPlanCsvOptions {
  /** Language of the `message` column (default `en`). */
  readonly lang?: Lang;
  /** Start with a UTF-8 byte-order mark for Excel (default false). */
  readonly bom?: boolean;
}

/**
 * The fixed columns of {@link samplingPlanToCsv}, in order; one `quota:<dimension>=<value>` column per segment
 * value follows.
 *
 * @example
 * ```ts
 * SAMPLING_PLAN_CSV_COLUMNS[0]; // "level"
 * ```
 */
export const SAMPLING_PLAN_CSV_COLUMNS = [
  "level",
  "theme",
  "point",
  "step",
  "section",
  "audience",
  "rater_post",
  "population",
  "driving",
  "required",
  "completes",
  "invitations",
  "census",
  "reachable",
  "target_moe",
  "moe",
  "moe_process",
  "message",
] as const;

function round(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : Number(x.toFixed(3));
}

/**
 * The plan as CSV, one line per evaluation point and audience (`level` = `point`) followed by the roll-ups
 * (`post`, `theme`, `audience`, `total`); quota columns `quota:<dimension>=<value>` hold completed answers.
 * Margins are in index points (percentage points for yes/no). Spreadsheet-safe: text cells that would start a
 * formula are prefixed with `'`.
 *
 * @param plan - A plan from `samplingPlan`.
 * @param options - Language of the message column, byte-order mark.
 * @returns The CSV text.
 * @example
 * ```ts
 * const csv = samplingPlanToCsv(samplingPlan(study, { marginOfError: 5 }), { lang: "zh" });
 * csv.split("\r\n")[0]; // "level,theme,point,step,section,audience,rater_post,population,driving,required,…"
 * ```
 */
export function samplingPlanToCsv(plan: SamplingPlan, options: SamplingPlanCsvOptions = {}): string {
  requireArgument("samplingPlanToCsv", "first", plan, "a sampling plan (the result of samplingPlan)", (v) => hasList(v, "rows"), "Pass samplingPlan(study, options).");
  const lang: Lang = designLang(options.lang);
  // Quota columns: every dimension and value any part of the plan uses, in first-seen order.
  const quotaKeys: [string, string][] = [];
  const seen = new Set<string>();
  const allQuotas: (readonly PlanQuota[])[] = [
    ...plan.rows.map((r) => r.quotas),
    ...plan.byRaterPost.map((p) => p.quotas),
    ...plan.byTheme.map((t) => t.quotas),
    plan.total.quotas,
  ];
  for (const qs of allQuotas) {
    for (const q of qs) {
      for (const v of q.values) {
        const key = JSON.stringify([q.dimension, v.value]);
        if (seen.has(key)) continue;
        seen.add(key);
        quotaKeys.push([q.dimension, v.value]);
      }
    }
  }
  const quotaCells = (qs: readonly PlanQuota[]): CsvCell[] =>
    quotaKeys.map(([d, v]) => qs.find((q) => q.dimension === d)?.values.find((x) => x.value === v)?.completes ?? null);
  const blankQuotas = quotaKeys.map(() => null);

  const header = [...SAMPLING_PLAN_CSV_COLUMNS, ...quotaKeys.map(([d, v]) => `quota:${d}=${v}`)];
  const rows: CsvCell[][] = [];
  for (const r of plan.rows) {
    rows.push([
      "point",
      r.theme,
      r.point,
      r.step,
      r.section,
      r.audience,
      r.raterPost,
      r.population,
      r.drivingQuestion,
      r.required,
      r.completes,
      r.invitations,
      r.census,
      r.reachable,
      r.targetMarginOfError,
      round(r.marginOfError),
      round(r.marginOfErrorProcess),
      r.message[lang],
      ...quotaCells(r.quotas),
    ]);
  }
  for (const p of plan.byRaterPost) {
    rows.push([
      "post",
      p.themes.join(" "),
      p.drivingPoint,
      null,
      null,
      "internal",
      p.post,
      p.headcount,
      null,
      p.required,
      p.completes,
      p.invitations,
      p.census,
      p.reachable,
      null,
      null,
      null,
      p.message[lang],
      ...quotaCells(p.quotas),
    ]);
  }
  for (const t of plan.byTheme) {
    rows.push(["theme", t.theme, t.external.drivingPoint, null, null, "external", null, t.population, null, t.external.required, t.external.completes, t.external.invitations, null, t.external.reachable, null, null, null, null, ...quotaCells(t.quotas)]);
    rows.push(["theme", t.theme, null, null, null, "internal", null, null, null, t.internal.required, t.internal.completes, t.internal.invitations, null, null, null, null, null, null, ...blankQuotas]);
  }
  for (const a of ["external", "internal"] as const) {
    const x = plan.byAudience[a];
    rows.push(["audience", null, null, null, null, a, null, null, null, x.required, x.completes, x.invitations, null, null, null, null, null, null, ...blankQuotas]);
  }
  const t = plan.total;
  rows.push(["total", null, null, null, null, null, null, null, null, t.required, t.completes, t.invitations, null, null, null, null, null, null, ...quotaCells(t.quotas)]);
  return csvDocument(header, rows, options.bom === true);
}
