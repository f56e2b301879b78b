/**
 * The CSV writer: findings (one row per finding), strengths (one row per strength, 优势点), causes (one row per customer gap and upstream link, with its
 * grade, measured share, effect, intervals and q, plus the part no measured effect explains) or responsibility
 * lists (one row per list, entry and customer gap, so a spreadsheet can pivot measured shares by department or
 * post; possible causes to test are rows without a share). Header names are stable keys in English; cell text is
 * in the report's language. Every cell passes through {@link csvCell}: RFC 4180 quoting, and a `'` before text
 * that a spreadsheet would run as a formula.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { csvCell } from "../core/escape.js";
import { buildReport, isToTest, type ReportOptions } from "./report.js";
import type { ReportDocument, ReportEntry } from "./schema.js";
import { wordsFor } from "./words/index.js";

/** Options of {@link renderCsv}. */
export interface CsvReportOptions extends ReportOptions {
  /** Which table: `"findings"` (default), `"strengths"`, `"causes"`, `"responsibility"` or `"walkthroughs"`. */
  readonly table?: CsvTable;
  /** Start with a UTF-8 byte-order mark, so Excel reads Chinese text correctly; default false. */
  readonly bom?: boolean;
}

/** The tables {@link renderCsv} writes. */
export type CsvTable = "findings" | "strengths" | "causes" | "responsibility" | "walkthroughs";

/**
 * Columns of the strengths table, in order: one row per strength (a point rated significantly better than its
 * reference), with the two-sided p and the q adjusted within its family of tests.
 */
export const STRENGTHS_CSV_COLUMNS = [
  "id", "kind", "kind_name", "point_id", "point", "theme", "post_id", "post", "rater_id", "rater",
  "estimate", "ci_low", "ci_high", "level", "reference", "n", "df", "p", "q", "text",
] as const;

/** Columns of the findings table, in order. */
export const FINDINGS_CSV_COLUMNS = [
  "id", "tag", "tag_name", "title", "theme", "step_id", "step", "post_id", "post", "department_id", "department", "persons",
  "severity", "q", "headline", "evidence", "changes", "gap_points", "root_causes", "unexplained_share", "possible_causes", "explains", "measures",
] as const;

/**
 * Columns of the causes table, in order: one row per customer gap and upstream link (`status`: `share` for a
 * measured share, `to-test` for a possible cause, `no-share` for a measured link without one), and per gap one
 * `unexplained` row for the part that stays with the front line, so the shares of a gap sum to 1. A share passed
 * upstream through a chained standard names the downstream finding it came from (`through_finding`) and the
 * fraction of that standard's misses in excess where this post's standard was missed, with its interval.
 */
export const CAUSES_CSV_COLUMNS = [
  "gap_id", "gap", "gap_points", "status", "finding", "cause", "grade", "grade_name", "share", "share_ci_low", "share_ci_high",
  "estimator", "effect", "effect_ci_low", "effect_ci_high", "level", "p", "q", "df", "n", "exposure", "exposure_share",
  "attributable", "attributable_ci_low", "attributable_ci_high", "adjusted_for", "post_id", "post", "reason", "text", "tests",
  "through_finding", "through_fraction", "through_fraction_ci_low", "through_fraction_ci_high",
] as const;

/**
 * Columns of the responsibility table, in order. `priority` is the entry's measured attributable gap (Σ share ×
 * gap, index points); `points` the row's part of it. Rows with `status` `to-test` carry no share.
 */
export const RESPONSIBILITY_CSV_COLUMNS = [
  "list", "list_id", "list_name", "rank", "finding", "title", "tag", "role", "post_id", "post", "department_id", "department", "persons",
  "gap_id", "gap", "status", "grade", "share", "share_ci_low", "share_ci_high", "points", "priority", "measures",
] as const;

/**
 * Columns of the walkthroughs table, in order: one row per process-walkthrough problem (流程穿越) of the wave, with
 * what it corroborates or supports. Empty (the header alone) when the attribution read no walkthrough records.
 */
export const WALKTHROUGHS_CSV_COLUMNS = [
  "problem_id", "run", "task", "step_id", "step", "post_id", "post", "recorded_by", "kind", "kind_name", "problem", "severity", "solved", "solved_name",
  "solved_on", "measure", "standard_id", "corroborates", "supports", "unconfirmed", "text",
] as const;

type Row = readonly (string | number | null | undefined)[];

function lines(header: readonly string[], rows: readonly Row[], bom: boolean): string {
  return `${bom ? "\uFEFF" : ""}${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * Write an attribution's findings or responsibility lists as CSV.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - `table` ("findings", "strengths", "causes" or "responsibility"), language, measures catalogue, `bom`.
 * @returns CSV text with CRLF line ends and a header row ({@link FINDINGS_CSV_COLUMNS}, {@link CAUSES_CSV_COLUMNS}
 *   or {@link RESPONSIBILITY_CSV_COLUMNS}).
 * @example
 * ```ts
 * const csv = toCsv(result, study, { table: "responsibility", lang: "zh", bom: true });
 * ```
 */
export function toCsv(result: Attribution, study: Study, options: CsvReportOptions = {}): string {
  return csvFromReport(buildReport(study, result, options), options.table ?? "findings", options.bom ?? false);
}

/**
 * Write a report document as CSV.
 *
 * @param doc - The report document.
 * @param which - `"findings"`, `"strengths"`, `"causes"` or `"responsibility"`.
 * @param bom - Start with a UTF-8 byte-order mark.
 * @returns The CSV text.
 * @example
 * ```ts
 * csvFromReport(buildReport(study, result), "findings");
 * ```
 */
export function csvFromReport(doc: ReportDocument, which: CsvTable, bom = false): string {
  const sep = wordsFor(doc.lang).punct.semicolon;
  if (which === "findings") {
    const rows = doc.findings.map((f): Row => [
      f.id,
      f.tag,
      f.tagName,
      f.title,
      f.theme.name,
      f.step.id,
      f.step.name,
      f.post?.id,
      f.post?.name,
      f.department?.id,
      f.department?.name,
      f.persons.map((p) => p.name).join(sep),
      f.severity,
      f.q,
      f.text,
      f.evidence.map((e) => e.text).join(" "),
      f.changes.map((c) => c.text).join(" "),
      f.tag === "customer-dissatisfaction" ? f.gap : null,
      f.tag === "customer-dissatisfaction" ? f.causes.map((c) => `${c.findingName}: ${c.text}`).join(sep) : "",
      f.tag === "customer-dissatisfaction" ? f.unexplainedShare : null,
      f.tag === "customer-dissatisfaction" ? f.links.filter(isToTest).map((l) => `${l.findingName} (${l.gradeName}): ${l.text}`).join(sep) : "",
      f.tag === "customer-dissatisfaction" ? "" : f.explains.map((e) => e.text).join(sep),
      f.measures.join(sep),
    ]);
    return lines(FINDINGS_CSV_COLUMNS, rows, bom);
  }
  if (which === "strengths") {
    const rows = (doc.strengths ?? []).map((s): Row => [
      s.id, s.kind, s.kindName, s.point.id, s.point.name, s.theme.name, s.post?.id, s.post?.name, s.rater?.id, s.rater?.name,
      s.estimate, s.ci[0], s.ci[1], s.level, s.reference, s.n, s.df, s.p, s.q, s.text,
    ]);
    return lines(STRENGTHS_CSV_COLUMNS, rows, bom);
  }
  if (which === "causes") {
    const rows: Row[] = [];
    for (const f of doc.findings) {
      if (f.tag !== "customer-dissatisfaction") continue;
      for (const l of f.links) {
        const e = l.effect;
        rows.push([
          f.id, f.title, f.gap, l.share !== null ? "share" : isToTest(l) ? "to-test" : "no-share", l.finding, l.findingName, l.grade, l.gradeName,
          l.share, l.shareCi?.[0], l.shareCi?.[1], e?.estimator, e?.value, e?.ci[0], e?.ci[1], e?.level, e?.p, e?.q, e?.df, e?.n,
          l.exposure.text, l.exposure.share, l.attributable?.value, l.attributable?.ci[0], l.attributable?.ci[1], e?.adjustedFor.join(sep),
          l.post?.id, l.post?.name, l.reason.kind, l.text, l.tests.map((t) => t.text).join(sep),
          l.through?.from ?? "", l.through?.fraction, l.through?.ci[0], l.through?.ci[1],
        ]);
      }
      rows.push([
        f.id, f.title, f.gap, "unexplained", "", "", "", "", f.unexplainedShare, null, null, "", null, null, null, null, null, null, null, null,
        "", null, f.unexplainedShare === null || f.gap === null ? null : f.unexplainedShare * f.gap, null, null, "", f.post?.id, f.post?.name, "", f.unexplainedText, "",
        "", null, null, null,
      ]);
    }
    return lines(CAUSES_CSV_COLUMNS, rows, bom);
  }
  if (which === "walkthroughs") return lines(WALKTHROUGHS_CSV_COLUMNS, walkthroughRows(doc, sep), bom);
  const rows: Row[] = [];
  const put = (list: "department" | "post", id: string, name: string, entries: readonly ReportEntry[]): void =>
    entries.forEach((e, i) => {
      const base = [list, id, name, i + 1, e.finding, e.title, e.tag, e.role, e.post?.id, e.post?.name, e.department?.id, e.department?.name, e.persons.map((p) => p.name).join(sep)];
      const tail = [e.priority, e.measures.join(sep)];
      if (e.shares.length === 0 && e.toTest.length === 0) rows.push([...base, "", "", "", "", null, null, null, null, ...tail]);
      for (const s of e.shares) rows.push([...base, s.gap, s.gapName, s.grade === null ? "unexplained" : "share", s.grade ?? "", s.share, s.ci?.[0], s.ci?.[1], s.points, ...tail]);
      for (const t of e.toTest) rows.push([...base, t.gap, t.gapName, "to-test", t.grade, null, null, null, null, ...tail]);
    });
  for (const d of doc.responsibility.departments) put("department", d.department.id, d.department.name, d.entries);
  for (const p of doc.responsibility.posts) put("post", p.post.id, p.post.name, p.entries);
  return lines(RESPONSIBILITY_CSV_COLUMNS, rows, bom);
}

/** One row per walkthrough problem, with the findings it corroborates, the gaps whose links it supports, and whether its step is unconfirmed. */
function walkthroughRows(doc: ReportDocument, sep: string): Row[] {
  const x = doc.walkthroughs;
  if (x === undefined) return [];
  const of = <T extends { problems: readonly string[] }>(items: readonly T[], id: string, name: (t: T) => string): string => items.filter((t) => t.problems.includes(id)).map(name).join(sep);
  return x.problems.map((p): Row => [
    p.id, p.run, p.task, p.step.id, p.step.name, p.post?.id, p.post?.name, p.recordedBy?.name, p.kind, p.kindName, p.problem, p.severity, p.solved, p.solvedName,
    p.solvedOn, p.measure, p.standard?.id,
    of(x.corroborations, p.id, (c) => c.finding.id),
    of(x.supports, p.id, (c) => c.gap.id),
    x.unconfirmed.some((u) => u.problems.includes(p.id)) ? "yes" : "",
    p.text,
  ]);
}
