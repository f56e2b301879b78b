/**
 * Notebook display of one theme's service blueprint (全流程详细蓝图), optionally with the findings of an
 * attribution drawn on the steps they land on, and the marks an attribution puts on a blueprint.
 * @module
 */
import { match } from "ts-pattern";
import { labelText, type Lang } from "../core/label.js";
import { UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Finding } from "../attribution/findings.js";
import { renderBlueprintSvg } from "../reports/blueprint/svg.js";
import type { BlueprintMark } from "../reports/blueprint/source.js";
import { markStyle } from "../reports/blueprint/vocabulary.js";
import { checkLang, checkStudy, hash, isList, Names, num, pct } from "./_format.js";
import { frame } from "./_table.js";
import { w, withUnit } from "./_words.js";
import { NotebookView } from "./view.js";

/** Options of {@link findingMarks}. */
export interface FindingMarksOptions {
  /** Only the findings of this theme (default: every finding). */
  readonly theme?: string | undefined;
  /** Language of the short labels; default `"en"`. */
  readonly lang?: Lang | undefined;
}

/** The short note a finding puts in its step's box. */
function markLabel(f: Finding, lang: Lang): string {
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => {
      const e = x.evidence.find((v) => v.kind === "perception-below-target");
      return e === undefined ? (lang === "zh" ? "客户不满意" : "customers dissatisfied") : `${num(e.index.value, 0)} < ${num(e.target, 0)}`;
    })
    .with({ tag: "unreasonable-standard" }, (x) => {
      for (const c of x.change) {
        if (c.kind === "tighten-threshold") return `${withUnit(num(c.from, 0), c.unit, lang)} → ${withUnit(num(c.to, 0), c.unit, lang)}`;
        if (c.kind === "move-clock") return lang === "zh" ? "计时起点不合理" : `clock ${c.which}`;
      }
      return lang === "zh" ? "标准不合理" : "standard too loose";
    })
    .with({ tag: "non-compliant-execution" }, (x) => {
      for (const c of x.change) if (c.kind === "raise-compliance") return `${pct(c.from, 0)} < ${pct(c.to, 0)}`;
      for (const c of x.change) if (c.kind === "raise-index") return `${num(c.from, 0)} < ${num(c.to, 0)}`;
      return lang === "zh" ? "执行不合格" : "non-compliant";
    })
    .exhaustive();
}

/**
 * The blueprint marks of an attribution's findings: one mark per finding on the step it lands on (a standard's
 * first governed step), tagged C, S or E, with a short note of the gap (`54 < 85`, `45 min → 25 min`,
 * `76% < 98%`).
 *
 * @param result - the attribution.
 * @param study - the study it was run on.
 * @param options - `theme` to keep one theme's findings, `lang` of the notes.
 * @returns marks for {@link displayBlueprint} or `renderBlueprintSvg`, in the order of the findings.
 * @example
 * ```ts
 * const marks = findingMarks(result, study, { theme: "theme_outage_repair" });
 * renderBlueprintSvg(study, "theme_outage_repair", { marks });
 * ```
 */
export function findingMarks(result: Attribution, study: Study, options: FindingMarksOptions = {}): BlueprintMark[] {
  const fn = "findingMarks";
  checkStudy(study, fn);
  const lang = checkLang(options.lang, fn);
  if (typeof result !== "object" || result === null || !isList(result.findings)) {
    throw new UsageError(fn, "expecting the result of attribute(…) as the first argument.", "Pass const result = attribute(study, data).");
  }
  const names = new Names(study, lang);
  const out: BlueprintMark[] = [];
  for (const f of result.findings) {
    const theme = names.stepTheme(f.step);
    if (theme === undefined) continue;
    if (options.theme !== undefined && theme !== options.theme) continue;
    out.push({ step: f.step, tag: f.tag, label: markLabel(f, lang) });
  }
  return out;
}

/** Options of {@link displayBlueprint}. */
export interface DisplayBlueprintOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Findings to draw on the steps (several on one step stack). */
  readonly marks?: readonly BlueprintMark[] | undefined;
  /** An attribution whose findings in this theme are drawn too ({@link findingMarks}). */
  readonly attribution?: Attribution | undefined;
}

/**
 * Show one theme's service blueprint: the swimlane picture (customer, front line, back office, support, with
 * the lines of interaction, visibility and internal interaction), optionally with findings marked on the steps.
 *
 * @param study - the study.
 * @param theme - the theme id, e.g. `"theme_outage_repair"`.
 * @param options - `lang`, `marks`, and/or `attribution` (its findings become marks).
 * @returns a view whose bundle has `image/svg+xml`, `text/html` (the picture with a caption) and `text/plain`.
 * @throws NotFoundError when the theme has no blueprint; UsageError for a mark on a step not in the theme.
 * @example
 * ```ts
 * displayBlueprint(study, "theme_outage_repair", { attribution: result, lang: "zh" });
 * ```
 */
export function displayBlueprint(study: Study, theme: string, options: DisplayBlueprintOptions = {}): NotebookView {
  const fn = "displayBlueprint";
  checkStudy(study, fn);
  const lang = checkLang(options.lang, fn);
  if (options.marks !== undefined && !isList(options.marks)) {
    throw new UsageError(fn, "options.marks must be an array of { step, tag, label? }.", 'Pass marks: [{ step: "or_bo_dispatch", tag: "non-compliant-execution" }].');
  }
  const marks = [...(options.marks ?? []), ...(options.attribution === undefined ? [] : findingMarks(options.attribution, study, { theme, lang }))];
  // Ids inside an inlined SVG are document-wide; a prefix derived from what is drawn keeps two different
  // pictures in one notebook apart while the same input still gives the same bytes.
  const idPrefix = `gt-${hash(JSON.stringify([study.id, theme, lang, marks]))}-`;
  const svg = renderBlueprintSvg(study, theme, { lang, marks, idPrefix });
  const names = new Names(study, lang);
  const bp = study.blueprints.find((b) => b.theme === theme);
  const title = `${w("blueprintOf", lang)}: ${names.theme(theme)}`;
  const facts = `${bp?.steps.length ?? 0} ${lang === "zh" ? "个环节" : "steps"}, ${bp?.handoffs.length ?? 0} ${lang === "zh" ? "次交接" : "hand-offs"}, ${marks.length} ${w("marks", lang)}`;
  const markLines = marks.map((m) => {
    const note = labelText(m.label, lang);
    return `  [${markStyle(m.tag).letter}] ${names.step(m.step)}${note === "" ? "" : `: ${note}`}`;
  });
  const text = [`${title} (${theme})`, facts, ...markLines, w("svgNote", lang)].join("\n");
  // The picture carries its own title and counts. Notebook stylesheets shrink every <svg> to the cell's width,
  // which makes a 20-step blueprint unreadable; at natural size inside a scrolling box it stays legible.
  const html = frame(`<div style="overflow-x:auto;max-width:100%">${svg.replace(/^<svg /, '<svg style="max-width:none;height:auto" ')}</div>`);
  return new NotebookView({ "text/plain": text, "text/html": html, "image/svg+xml": svg });
}
