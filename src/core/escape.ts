/**
 * Escaping for report writers. Every label in a study comes from a user and may contain markup characters
 * (a step named `<script>` must print as text), so writers pass all text through these before emitting it.
 * @module
 */

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates; one of them would make the whole
// document unparseable, so they become U+FFFD instead.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
]);

const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  // &apos; is not an HTML 4 entity; the numeric form works everywhere.
  ["'", "&#39;"],
]);

/**
 * Escape text for XML (SVG) content or a quoted attribute value: `& < > " '` become entities and characters
 * XML cannot carry become U+FFFD.
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, safe between tags and inside `"…"` or `'…'` attribute values.
 * @example
 * ```ts
 * escapeXml(`<script>alert("1")</script>`);
 * // "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, "\uFFFD").replace(/[&<>"']/g, (c) => XML_ENTITIES.get(c) ?? c);
}

/**
 * Escape text for HTML content or a quoted attribute value: `& < > " '` become entities.
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, safe between tags and inside `"…"` or `'…'` attribute values.
 * @example
 * ```ts
 * escapeHtml(`Tom & "Jerry's"`); // "Tom &amp; &quot;Jerry&#39;s&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES.get(c) ?? c);
}

/**
 * Escape text for Markdown (CommonMark / GitHub): the characters that start inline markup or break a table cell
 * (`\ | * _ ` ~ [ ] < >`) get a backslash, and a `#`, `>`, `-`, `+` or `1.` that would open a block at the start of
 * a line is escaped too. Newlines become spaces, so the text stays in its paragraph or cell.
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, shown literally in a paragraph, a list item or a table cell.
 * @example
 * ```ts
 * escapeMarkdown("a|b *c* <script>"); // "a\\|b \\*c\\* \\<script\\>"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownCell(text).replace(/^(\s*)([#>+-]|\d+[.)])/, (_m, ws: string, mark: string) => `${ws}${mark.replace(/^(\d+)([.)])$/, "$1\\$2").replace(/^([#>+-])$/, "\\$1")}`);
}

// Cells a spreadsheet would read as a formula (CSV injection): =, +, -, @, tab and carriage return.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180) that is also safe to open in a spreadsheet: a text cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return gets a leading `'` so it is not run as a formula; a cell with a comma, quote or
 * line break is quoted, its quotes doubled. Numbers are written as numbers (a negative number stays a number).
 *
 * @param value - The cell's value; `undefined` and `null` give an empty cell, non-finite numbers too.
 * @returns The cell, ready to join with commas.
 * @example
 * ```ts
 * csvCell("=HYPERLINK(\"x\")"); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvCell(-22.3); // "-22.3"
 * ```
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Escape text for a Markdown table cell: like {@link escapeMarkdown} but without the start-of-line rule, which a
 * cell does not need (so `1.5` stays `1.5`).
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, shown literally in a GitHub table cell.
 * @example
 * ```ts
 * escapeMarkdownCell("a|b [c](d)"); // "a\\|b \\[c\\](d)"
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\\`*_~[\]<>|]/g, (c) => `\\${c}`);
}
