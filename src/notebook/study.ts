/**
 * Notebook display of a whole study: what it holds (organisation, themes, steps per layer, interaction points,
 * evaluation points and questions), its validation problems when given a load report, and the blueprint of
 * each theme as a picture.
 * @module
 */
import type { Lang } from "../core/label.js";
import { UsageError } from "../core/errors.js";
import { formatWhere, type Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import type { StudyReport } from "../study/validate/index.js";
import { buildStudyGraphLenient } from "../graph/build.js";
import { summarizeStudy, type ThemeSummary } from "../graph/summary.js";
import { checkLang, count, isList } from "./_format.js";
import { details, frame, heading, htmlTable, para, textTable, type Table } from "./_table.js";
import { notebookWords, w } from "./words/index.js";
import { displayBlueprint } from "./blueprint.js";
import { NotebookView } from "./view.js";

/** Options of {@link displayStudy}. */
export interface DisplayStudyOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Draw each theme's blueprint below the table; default `true`. */
  readonly blueprints?: boolean | undefined;
  /** Only these themes' blueprints (default: every theme with a blueprint). */
  readonly themes?: readonly string[] | undefined;
}

function isReport(x: unknown): x is StudyReport {
  return typeof x === "object" && x !== null && "problems" in x && "ok" in x && isList((x as StudyReport).problems);
}

function problemsTable(problems: readonly Problem[], lang: Lang): Table {
  return {
    columns: [{ header: "" }, { header: "code" }, { header: w("where", lang) }, { header: w("message", lang) }],
    rows: problems.map((p) => [p.severity, p.code, formatWhere(p), `${p.message}\n→ ${p.hint}`]),
  };
}

function themeRow(t: Omit<ThemeSummary, "theme" | "name">, name: string): (string | number)[] {
  return [
    name,
    t.steps,
    t.stepsPerLayer.customer,
    t.stepsPerLayer.frontline,
    t.stepsPerLayer.backoffice,
    t.stepsPerLayer.support,
    t.posts,
    t.standards,
    t.customerExperiencePoints,
    t.internalSupportPoints,
    t.evaluationPoints,
    t.externalQuestions,
    t.internalQuestions,
  ];
}

/**
 * Show a study at a glance: its size (departments, posts, needs, items, standards, metrics), one row per theme
 * (steps per layer, posts, standards, customer-experience and internal-support interaction points, evaluation
 * points, external and internal questions) with a total, and each theme's blueprint. Given the report of
 * `loadStudyFile`, it also lists the validation problems, and still shows them when the study is invalid.
 *
 * @param study - a study, or the report of `loadStudyFile` / `loadStudyText`.
 * @param options - `lang`, `blueprints` (default true), `themes`.
 * @returns a view with `text/html` (tables and pictures) and `text/plain` (tables).
 * @example
 * ```ts
 * const report = await loadStudyFile("../studies/power-utility.study.yaml");
 * displayStudy(report, { lang: "zh" });
 * ```
 */
export function displayStudy(study: Study | StudyReport, options: DisplayStudyOptions = {}): NotebookView {
  const fn = "displayStudy";
  const lang = checkLang(options.lang, fn);
  const report = isReport(study) ? study : undefined;
  const s = report === undefined ? (study as Study) : report.study;
  if (s !== undefined && (typeof s !== "object" || s === null || !isList(s.blueprints))) {
    throw new UsageError(fn, "expecting a study or the report of loadStudyFile(…).", 'Pass the report: displayStudy(await loadStudyFile("my.study.yaml")).');
  }
  if (options.themes !== undefined && !isList(options.themes)) {
    throw new UsageError(fn, "options.themes must be an array of theme ids.", 'Pass themes: ["theme_outage_repair"].');
  }

  const html: string[] = [];
  const text: string[] = [];
  const problems = report?.problems ?? [];
  if (report !== undefined) {
    const n = (sev: Problem["severity"]): number => problems.filter((p) => p.severity === sev).length;
    const line = `${w("validation", lang)}: ${n("error")} ${w("errors", lang)}, ${n("warning")} ${w("warnings", lang)}, ${n("info")} ${w("notes", lang)}`;
    text.push(line);
    if (s === undefined || !report.ok) text.push(w("invalidStudy", lang));
    if (problems.length > 0) text.push(textTable(problemsTable(problems, lang)));
  }
  if (s === undefined) {
    html.push(heading(w("study", lang)), para(text[0] ?? ""), para(w("invalidStudy", lang)), htmlTable(problemsTable(problems, lang)));
    return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
  }

  const summary = summarizeStudy(s, buildStudyGraphLenient(s).graph, lang);
  const title = `${w("study", lang)}: ${summary.name} (${summary.study})`;
  const sep = notebookWords(lang).comma;
  const size = [
    `${count(summary.departments)} ${w("departments", lang)}`,
    `${count(summary.posts)} ${w("posts", lang)}`,
    `${count(summary.needs)} ${w("needs", lang)}`,
    `${count(summary.serviceItems)} ${w("items", lang)}`,
    `${count(summary.standards)} ${w("standards", lang)}`,
    `${count(summary.metrics)} ${w("metrics", lang)}`,
  ].join(sep);
  const table: Table = {
    columns: [
      { header: w("theme", lang) },
      ...(["steps", "layerCustomer", "layerFrontline", "layerBackoffice", "layerSupport", "postsH", "standardsH", "cxPoints", "isPoints", "evalPoints", "extQs", "intQs"] as const).map(
        (k) => ({ header: w(k, lang), align: "right" as const }),
      ),
    ],
    rows: [...summary.themes.map((t) => themeRow(t, t.name)), themeRow(summary.totals, w("total", lang))],
  };

  html.push(heading(title), para(size, true));
  if (report !== undefined) {
    html.push(para(text[0] ?? "", report.ok));
    if (!report.ok) html.push(para(w("invalidStudy", lang)));
    if (problems.length > 0) html.push(details(`${w("problems", lang)} (${problems.length})`, htmlTable(problemsTable(problems, lang)), !report.ok));
  }
  html.push(htmlTable(table));
  text.unshift(title, size);
  text.push(textTable(table));

  if (options.blueprints !== false) {
    const wanted = options.themes === undefined ? undefined : new Set(options.themes);
    const themes = s.blueprints.map((b) => b.theme).filter((t) => wanted === undefined || wanted.has(t));
    for (const t of wanted ?? []) {
      if (!themes.includes(t)) {
        throw new UsageError(fn, `options.themes names ${JSON.stringify(t)}, which has no blueprint in the study.`, `Use one of ${s.blueprints.map((b) => b.theme).join(", ")}.`);
      }
    }
    if (themes.length > 0) html.push(heading(w("blueprints", lang), 4));
    for (const theme of themes) {
      try {
        html.push(displayBlueprint(s, theme, { lang }).html());
      } catch (e) {
        // A broken blueprint should not hide the rest of the study: say why here, the problems list says where.
        html.push(para(`${w("blueprintFailed", lang)} (${theme}): ${e instanceof Error ? e.message : String(e)}`));
      }
    }
    text.push(`${w("blueprints", lang)}: ${themes.join(", ")} ${w("svgNote", lang)}`);
  }
  return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
}
