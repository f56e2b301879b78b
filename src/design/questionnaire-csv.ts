/**
 * Spreadsheet-safe CSV for survey tools: one row per questionnaire item, and the document writer the sampling
 * plan's CSV shares. Question texts come from users, so every cell goes through the library's `csvCell`: a text
 * cell that a spreadsheet would run as a formula (`=HYPERLINK(...)`, `+`, `-`, `@`, tab, carriage return) is
 * prefixed with a single quote (OWASP, "CSV Injection"), and quotes, commas and line breaks are quoted as
 * RFC 4180 says.
 * @module
 */
import type { Lang } from "../core/label.js";
// One implementation of the formula-injection rule for the whole library (escape.ts is a leaf module).
import { csvCell } from "../core/escape.js";
import type { Questionnaire } from "./questionnaire.js";
import type { AnswerOption } from "./questionnaire-scales.js";
import { designLang } from "./words.js";
import { hasList, requireArgument } from "../model/arguments.js";

/** A CSV cell value: text (made formula-safe), a number or boolean (written as is), or empty. @internal */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * A whole CSV document: a header and rows, CRLF line endings (RFC 4180), every cell through `csvCell`.
 * Shared by the questionnaire and sampling-plan writers.
 *
 * @internal
 *
 * @param header - Column names.
 * @param rows - Rows of cells, each as long as the header.
 * @param bom - Start with a UTF-8 byte-order mark, which Excel needs to read Chinese text correctly.
 * @returns The CSV text, ending with a line break.
 * @example
 * ```ts
 * csvDocument(["a", "b"], [[1, "x"]]); // "a,b\r\n1,x\r\n"
 * ```
 */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[], bom = false): string {
  const lines = [header.map(csvCell).join(","), ...rows.map((r) => r.map(csvCell).join(","))];
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

/** Options of {@link questionnaireToCsv}. */
export interface QuestionnaireCsvOptions {
  /** Language of the answer-option labels and name columns (default `en`); `text_en` and `text_zh` are always both, `unit` is the unit code. */
  readonly lang?: Lang;
  /** Add `theme_name`, `point_name`, `step_name` and `rater_post_name` columns in `lang` (default false). */
  readonly names?: boolean;
  /** Start with a UTF-8 byte-order mark for Excel (default false). */
  readonly bom?: boolean;
}

/**
 * The columns of {@link questionnaireToCsv}, in order.
 *
 * @example
 * ```ts
 * QUESTIONNAIRE_CSV_COLUMNS.join(","); // "section,theme,point,step,question_id,audience,rater_post,…,options"
 * ```
 */
export const QUESTIONNAIRE_CSV_COLUMNS = [
  "section",
  "theme",
  "point",
  "step",
  "question_id",
  "audience",
  "rater_post",
  "measures",
  "scale_type",
  "scale_min",
  "scale_max",
  "unit",
  "reverse",
  "text_en",
  "text_zh",
  "options",
] as const;

function optionsCell(options: readonly AnswerOption[], lang: Lang): string {
  return options.map((o) => (o.label === null ? String(o.value) : `${o.value}=${o.label[lang]}`)).join("|");
}

/**
 * The questionnaire as CSV that survey tools can import: one row per item, columns `section, theme, point, step,
 * question_id, audience, rater_post, measures, scale_type, scale_min, scale_max, unit, reverse, text_en, text_zh,
 * options` (ids for theme, point, step and post; `options` as `1=非常不满意|2=不满意|…`, unlabelled points as the
 * bare value). Spreadsheet-safe: text that would start a formula gets a leading `'`.
 *
 * @param q - A questionnaire (whole, or one post's from {@link design!questionnairesByPost}).
 * @param options - Language of the option labels, extra name columns, byte-order mark.
 * @returns The CSV text.
 * @example
 * ```ts
 * questionnaireToCsv(questionnaire(study), { lang: "zh" }).split("\r\n")[1];
 * // "external,theme_new_connection,ep_nc_application,nc_fl_accept,q_nc_docs_p,external,,perception,likert,1,5,,false,…,1=非常不同意|2=不同意|3=一般|4=同意|5=非常同意"
 * ```
 */
export function questionnaireToCsv(q: Questionnaire, options: QuestionnaireCsvOptions = {}): string {
  requireArgument("questionnaireToCsv", "first", q, "a questionnaire (the result of questionnaire)", (v) => hasList(v, "items"), "Pass questionnaire(study, options).");
  const lang: Lang = designLang(options.lang);
  const names = options.names === true;
  const header: string[] = [...QUESTIONNAIRE_CSV_COLUMNS];
  if (names) header.push("theme_name", "point_name", "step_name", "rater_post_name");
  const rows = q.items.map((i) => {
    const row: CsvCell[] = [
      i.section,
      i.theme,
      i.point,
      i.step,
      i.questionId,
      i.audience,
      i.raterPost,
      i.measures,
      i.scale.type,
      i.scale.min,
      i.scale.max,
      i.scale.unitName === null ? null : i.scale.unit,
      i.reverse,
      i.text.en,
      i.text.zh,
      optionsCell(i.scale.options, lang),
    ];
    if (names) row.push(i.themeName[lang], i.pointName[lang], i.stepName[lang], i.raterPostName?.[lang] ?? null);
    return row;
  });
  return csvDocument(header, rows, options.bom === true);
}
