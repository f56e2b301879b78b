/**
 * Markdown helpers of the walkthrough scripts. Every label in a study comes from a user, so text goes through
 * {@link mdText} before it is written: a step named `*urgent* <b>` must print as those characters, not as
 * emphasis or HTML, and a label with a line break must not end a list item or a table row.
 * @module
 */

// CommonMark's backslash escapes cover these; `<`, `>` and `&` become entities so raw-HTML renderers stay safe.
const MD_SPECIAL = /[\\`*_[\]|~#]/g;
const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
]);

/**
 * Escapes text for Markdown inline content (paragraphs, list items, headings, table cells).
 *
 * @param text - Any string, typically a user's label.
 * @returns The text on one line, with Markdown and HTML special characters escaped.
 * @example
 * ```ts
 * mdText("*urgent* <b>|x|</b>"); // "\\*urgent\\* &lt;b&gt;\\|x\\|&lt;/b&gt;"
 * ```
 */
export function mdText(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/[&<>]/g, (c) => ENTITIES.get(c) ?? c)
    .replace(MD_SPECIAL, (c) => `\\${c}`);
}

/**
 * An inline code span that holds any text (ids are shown this way), with a fence longer than any run of
 * backticks inside it.
 *
 * @param text - The text, e.g. a step id.
 * @returns The code span.
 * @example
 * ```ts
 * mdCode("or_bo_dispatch"); // "`or_bo_dispatch`"
 * ```
 */
export function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A Markdown table from escaped cells.
 *
 * @param header - The column titles (already escaped).
 * @param rows - The rows (cells already escaped).
 * @returns The table lines.
 * @example
 * ```ts
 * mdTable(["a", "b"], [["1", "2"]]); // ["| a | b |", "| --- | --- |", "| 1 | 2 |"]
 * ```
 */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)];
}
