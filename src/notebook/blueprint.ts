/**
 * Notebook display of one theme's service blueprint (全流程详细蓝图), optionally with the findings of an
 * attribution drawn on the steps they land on (marks from the reports module, as in the HTML report).
 * @module
 */
import { labelText, type Lang } from "../core/label.js";
import { UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";
import type { Attribution } from "../attribution/attribute.js";
import { renderBlueprintSvg } from "../reports/blueprint/svg.js";
import type { BlueprintMark } from "../reports/blueprint/source.js";
import { markStyle } from "../reports/blueprint/vocabulary.js";
import { blueprintWords } from "../reports/blueprint/words/index.js";
import { blueprintMarks } from "../reports/html-page.js";
import { checkLang, checkStudy, hash, isList, Names } from "./_format.js";
import { frame } from "./_table.js";
import { w } from "./words/index.js";
import { NotebookView } from "./view.js";

/** Options of {@link displayBlueprint}. */
export interface DisplayBlueprintOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Findings to draw on the steps (several on one step stack). */
  readonly marks?: readonly BlueprintMark[] | undefined;
  /** An attribution whose findings in this theme are drawn too (the reports module's `blueprintMarks`). */
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
  const attribution = options.attribution;
  if (attribution !== undefined && (typeof attribution !== "object" || attribution === null || !isList(attribution.findings))) {
    throw new UsageError(fn, "options.attribution must be the result of attribute(…).", "Pass attribution: attribute(study, { responses, cases }).");
  }
  const marks = [...(options.marks ?? []), ...(attribution === undefined ? [] : blueprintMarks(study, attribution, theme, lang))];
  // Ids inside an inlined SVG are document-wide; a prefix derived from what is drawn keeps two different
  // pictures in one notebook apart while the same input still gives the same bytes.
  const idPrefix = `gt-${hash(JSON.stringify([study.id, theme, lang, marks]))}-`;
  const svg = renderBlueprintSvg(study, theme, { lang, marks, idPrefix });
  const names = new Names(study, lang);
  const bp = study.blueprints.find((b) => b.theme === theme);
  const title = `${w("blueprintOf", lang)}: ${names.theme(theme)}`;
  const counted = blueprintWords(lang);
  const facts = `${bp?.steps.length ?? 0} ${counted.steps}, ${bp?.handoffs.length ?? 0} ${counted.handoffs}, ${marks.length} ${w("marks", lang)}`;
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
