/**
 * The CSV writer: findings (one row per finding) or responsibility lists (one row per list, entry and customer
 * gap, so a spreadsheet can pivot shares by department or post). Header names are stable keys in English; cell
 * text is in the report's language. Every cell passes through {@link csvCell}: RFC 4180 quoting, and a `'` before
 * text that a spreadsheet would run as a formula.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import type { Study } from "../model/study.js";
import { csvCell } from "./escape.js";
import { buildReport, type ReportOptions } from "./report.js";
import type { ReportDocument, ReportEntry } from "./schema.js";

/** Options of {@link toCsv}. */
export interface CsvReportOptions extends ReportOptions {
  /** Which table: `"findings"` (default) or `"responsibility"`. */
  readonly table?: "findings" | "responsibility";
  /** Start with a UTF-8 byte-order mark, so Excel reads Chinese text correctly; default false. */
  readonly bom?: boolean;
}

/** Columns of the findings table, in order. */
export const FINDINGS_CSV_COLUMNS = [
  "id", "tag", "tag_name", "title", "theme", "step_id", "step", "post_id", "post", "department_id", "department", "persons",
  "severity", "q", "headline", "evidence", "changes", "root_causes", "explains", "measures",
] as const;

/** Columns of the responsibility table, in order. */
export const RESPONSIBILITY_CSV_COLUMNS = [
  "list", "list_id", "list_name", "rank", "finding", "title", "tag", "role", "post_id", "post", "department_id", "department", "persons",
  "gap_id", "gap", "share", "priority", "measures",
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
 * @param options - `table` ("findings" or "responsibility"), language, measures catalogue, `bom`.
 * @returns CSV text with CRLF line ends and a header row ({@link FINDINGS_CSV_COLUMNS} or
 *   {@link RESPONSIBILITY_CSV_COLUMNS}).
 * @example
 * ```ts
 * const csv = toCsv(result, study, { table: "responsibility", lang: "zh", bom: true });
 * ```
 */
export function toCsv(result: Attribution, study: Study, options: CsvReportOptions = {}): string {
  return csvFromReport(buildReport(result, study, options), options.table ?? "findings", options.bom ?? false);
}

/**
 * Write a report document as CSV.
 *
 * @param doc - The report document.
 * @param which - `"findings"` or `"responsibility"`.
 * @param bom - Start with a UTF-8 byte-order mark.
 * @returns The CSV text.
 * @example
 * ```ts
 * csvFromReport(buildReport(result, study), "findings");
 * ```
 */
export function csvFromReport(doc: ReportDocument, which: "findings" | "responsibility", bom = false): string {
  const sep = doc.lang === "zh" ? "；" : "; ";
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
      f.tag === "customer-dissatisfaction" ? f.causes.map((c) => `${c.findingName} (${c.share === null ? "" : Math.round(c.share * 1000) / 10}%)`).join(sep) : "",
      f.tag === "customer-dissatisfaction" ? "" : f.explains.map((e) => e.text).join(sep),
      f.measures.join(sep),
    ]);
    return lines(FINDINGS_CSV_COLUMNS, rows, bom);
  }
  const rows: Row[] = [];
  const put = (list: "department" | "post", id: string, name: string, entries: readonly ReportEntry[]): void =>
    entries.forEach((e, i) => {
      const base = [list, id, name, i + 1, e.finding, e.title, e.tag, e.role, e.post?.id, e.post?.name, e.department?.id, e.department?.name, e.persons.map((p) => p.name).join(sep)];
      const tail = [e.priority, e.measures.join(sep)];
      if (e.shares.length === 0) rows.push([...base, "", "", null, ...tail]);
      for (const s of e.shares) rows.push([...base, s.gap, s.gapName, s.share, ...tail]);
    });
  for (const d of doc.responsibility.departments) put("department", d.department.id, d.department.name, d.entries);
  for (const p of doc.responsibility.posts) put("post", p.post.id, p.post.name, p.entries);
  return lines(RESPONSIBILITY_CSV_COLUMNS, rows, bom);
}
