/**
 * The HTML report of an attribution: builds the report document, draws what the page shows beside it from the
 * study (each theme's blueprint with the findings marked on it, which evaluation points belong to which theme's
 * charts, a wave comparison in words), and hands both to the HTML writer, which renders from them alone.
 * @module
 */
import { isAttribution, requireArgument, requireStudy } from "../model/arguments.js";
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import type { Finding } from "../attribution/shared/findings.js";
import type { WaveComparison } from "../attribution/waves.js";
import type { Study } from "../model/study.js";
import { renderBlueprintSvg, type BlueprintMark } from "./blueprint/index.js";
import { htmlFromReport, type ComparisonView, type HtmlFigures } from "./html.js";
import { formatIndex, formatPercent, formatQuantity } from "./numbers.js";
import { buildReport, type ReportOptions } from "./report.js";
import { findingRefText, labelsOf } from "./text.js";
import { wordsFor } from "./words/index.js";

/** Options of {@link renderHtml}. */
export interface HtmlReportOptions extends ReportOptions {
  /** The page title; default "Satisfaction gap attribution report" in the report's language. */
  readonly title?: string;
  /** A comparison of two waves (from `compareWaves`), shown as its own section. */
  readonly comparison?: WaveComparison;
}

/** A short label for a finding's mark on the blueprint. */
function markLabel(f: Finding, lang: Lang): string {
  const e = f.evidence[0];
  if (e === undefined) return "";
  const page = wordsFor(lang).page;
  return match(e)
    .with({ kind: "perception-below-target" }, (x) => `${formatIndex(x.index.value)} / ${formatIndex(x.target)}`)
    .with({ kind: "servqual-gap" }, (x) => `${page.servqualMark} ${formatIndex(x.gap.value)}`)
    .with({ kind: "expectation-vs-standard" }, (x) =>
      x.acceptableValue === undefined
        ? `${formatPercent(x.acceptShare.value)} ${page.acceptMark}`
        : `${formatQuantity(x.threshold, x.unit, lang)} → ${formatQuantity(x.acceptableValue.value, x.unit, lang)}`,
    )
    .with({ kind: "clock-mismatch" }, () => page.clockMark)
    .with({ kind: "compliance-below-standard" }, (x) => `${formatPercent(x.compliance.value)} / ${formatPercent(x.required)}`)
    .with({ kind: "internal-rating-below-target" }, (x) => `${formatIndex(x.index.value)} / ${formatIndex(x.target)}`)
    .exhaustive();
}

/**
 * The findings of one theme as blueprint marks: a customer gap at its point's step, an unreasonable standard at
 * every step it governs, non-compliant execution at its step, each with a short label of its key number.
 *
 * @param study - The study.
 * @param result - The attribution.
 * @param theme - The theme whose blueprint is drawn.
 * @param lang - The language of the labels.
 * @returns Marks for `renderBlueprintSvg` (only steps of that theme's blueprint).
 * @example
 * ```ts
 * renderBlueprintSvg(study, "theme_outage_repair", { marks: blueprintMarks(study, result, "theme_outage_repair", "en") });
 * ```
 */
export function blueprintMarks(study: Study, result: Attribution, theme: string, lang: Lang): BlueprintMark[] {
  requireStudy("blueprintMarks", study);
  requireArgument("blueprintMarks", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass the study first, then the attribution: blueprintMarks(study, result, theme, lang).");
  const steps = new Set(study.blueprints.filter((b) => b.theme === theme).flatMap((b) => b.steps.map((s) => s.id)));
  const marks: BlueprintMark[] = [];
  for (const f of result.findings) {
    const at = match(f)
      .with({ tag: "customer-dissatisfaction" }, (x) => [x.step])
      .with({ tag: "unreasonable-standard" }, (x) => study.standards.find((s) => s.id === x.standard)?.steps ?? [x.step])
      .with({ tag: "non-compliant-execution" }, (x) => [x.step])
      .exhaustive();
    for (const step of at) if (steps.has(step)) marks.push({ step, tag: f.tag, label: markLabel(f, lang) });
  }
  return marks;
}

/**
 * A wave comparison in words for the HTML page: each figure named, each post's findings named.
 *
 * @param study - The study (for names).
 * @param cmp - The comparison, from `compareWaves`.
 * @param lang - The report language.
 * @returns The comparison as the HTML writer shows it.
 * @example
 * ```ts
 * comparisonView(study, compareWaves(study, data, { before: "2025", after: "2026" }), "zh").changes[0]?.subject;
 * ```
 */
export function comparisonView(study: Study, cmp: WaveComparison, lang: Lang): ComparisonView {
  const l = labelsOf(study, lang);
  return {
    before: cmp.before.wave,
    after: cmp.after.wave,
    changes: cmp.changes.map((c) => ({
      subject: match(c.kind)
        .with("point", () => l.name("point", c.subject))
        .with("internal", () => wordsFor(lang).page.ratedBy(l.name("point", c.subject), l.name("post", c.id.split(":").slice(2).join(":"))))
        .with("compliance", () => l.name("standard", c.subject))
        .exhaustive(),
      kind: c.kind,
      before: c.before,
      after: c.after,
      difference: c.difference,
      direction: c.direction,
    })),
    posts: cmp.posts.map((p) => ({
      post: l.name("post", p.post),
      before: p.before.length,
      after: p.after.length,
      resolved: p.resolved.map((id) => findingRefText(study, id, lang)),
      added: p.added.map((id) => findingRefText(study, id, lang)),
    })),
  };
}

/**
 * What the HTML page draws from the study beside the report document: each theme's blueprint with the findings
 * marked, the evaluation points of each theme (for its gap chart), and a wave comparison in words.
 *
 * @param study - The study.
 * @param result - The attribution the document was built from.
 * @param lang - The report language.
 * @param comparison - A wave comparison to show, if any.
 * @returns The figures for {@link htmlFromReport}.
 * @example
 * ```ts
 * htmlFromReport(buildReport(study, result), { figures: htmlFigures(study, result, "en") });
 * ```
 */
export function htmlFigures(study: Study, result: Attribution, lang: Lang, comparison?: WaveComparison): HtmlFigures {
  const l = labelsOf(study, lang);
  const themePoints = new Map<string, Set<string>>();
  for (const b of study.blueprints) {
    const steps = new Set(b.steps.map((s) => s.id));
    const points = themePoints.get(b.theme) ?? new Set<string>();
    for (const p of study.evaluationPoints) {
      const step = l.pointStep(p.id);
      if (step !== undefined && steps.has(step)) points.add(p.id);
    }
    themePoints.set(b.theme, points);
  }
  return {
    blueprints: study.blueprints.map((bp, i) => {
      const marks = blueprintMarks(study, result, bp.theme, lang);
      return { name: l.name("theme", bp.theme), svg: renderBlueprintSvg(study, bp.theme, { lang, marks, idPrefix: `bp${i}-` }), marks: marks.length };
    }),
    themePoints,
    comparison: comparison === undefined ? undefined : comparisonView(study, comparison, lang),
  };
}

/**
 * Render an attribution as one self-contained HTML page.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language (default `"en"`), title, measures catalogue, and a wave comparison to include.
 * @returns The HTML document (UTF-8, no external resources, no script).
 * @example
 * ```ts
 * const html = renderHtmlReport(result, study, { lang: "zh", comparison: compareWaves(study, data, { before: "2025", after: "2026" }) });
 * ```
 */
export function renderHtmlReport(result: Attribution, study: Study, options: HtmlReportOptions = {}): string {
  const doc = buildReport(study, result, options);
  return htmlFromReport(doc, { title: options.title, figures: htmlFigures(study, result, doc.lang, options.comparison) });
}
