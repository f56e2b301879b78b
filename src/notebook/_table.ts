/**
 * Internal: one table description rendered two ways, as an HTML table with inline styles (notebook front ends
 * strip `<style>` from untrusted outputs but keep `style` attributes) and as an aligned plain-text table. Every
 * cell's text is escaped here; a cell may carry its own HTML only when it was built from escaped parts.
 * @module
 */
import { escapeHtml } from "../core/escape.js";
import { markStyle, type MarkTag } from "../reports/blueprint/vocabulary.js";
import { blueprintWords } from "../reports/blueprint/words/index.js";
import type { Lang } from "../core/label.js";
import { displayWidth, isWide } from "./_format.js";

/** A cell: plain text, or text with a richer HTML form (already escaped by the caller). */
export interface Cell {
  readonly text: string;
  readonly html?: string;
}

/** What a table cell may be given as. */
export type CellInput = string | number | Cell;

/** A column: header and alignment. */
export interface Column {
  readonly header: string;
  readonly align?: "left" | "right";
}

/** A table: columns, rows and an optional caption. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly CellInput[])[];
  readonly caption?: string;
}

const FONT = "font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK SC','Microsoft YaHei',sans-serif";
const TABLE = "border-collapse:collapse;font-size:13px;margin:4px 0 14px 0";
const TH = "text-align:left;padding:4px 10px;border-bottom:2px solid #A0AEC0;background:#F7FAFC;vertical-align:bottom";
// Jupyter's stylesheet right-aligns every table cell, so left alignment must be said on each one.
const TD = "text-align:left;padding:4px 10px;border-bottom:1px solid #E2E8F0;vertical-align:top";
const RIGHT = ";text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap";

function cell(c: CellInput): Cell {
  return typeof c === "object" ? c : { text: String(c) };
}

function cellHtml(c: Cell): string {
  return c.html ?? escapeHtml(c.text).replace(/\n/g, "<br>");
}

/** The table as HTML. */
export function htmlTable(t: Table): string {
  const head = t.columns.map((c) => `<th style="${TH}${c.align === "right" ? RIGHT : ""}">${escapeHtml(c.header)}</th>`).join("");
  const body = t.rows
    .map((r) => `<tr>${t.columns.map((c, i) => `<td style="${TD}${c.align === "right" ? RIGHT : ""}">${cellHtml(cell(r[i] ?? ""))}</td>`).join("")}</tr>`)
    .join("\n");
  const caption = t.caption === undefined ? "" : `<caption style="caption-side:top;text-align:left;font-weight:600;padding:2px 0 4px 0">${escapeHtml(t.caption)}</caption>`;
  // A wide table scrolls inside its own box instead of being cut off at the notebook cell's edge.
  return `<div style="overflow-x:auto;max-width:100%"><table style="${TABLE}">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table></div>`;
}

function pad(s: string, width: number, align: "left" | "right" | undefined): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(s)));
  return align === "right" ? fill + s : s + fill;
}

/** Widest a text column grows in plain text before its cells wrap (sentences of evidence are long). */
const TEXT_WIDTH = 60;

/**
 * Greedy word wrap to a display width: Latin text breaks at spaces, Chinese between any two characters, and a
 * word longer than the width is cut.
 */
function wrap(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const tokens = line.match(/ +|[^ ]/gu) ?? [];
  const out: string[] = [];
  let current = "";
  let word = "";
  const flushWord = (): void => {
    if (word === "") return;
    if (displayWidth(current) + displayWidth(word) > width && current.trim() !== "") {
      out.push(current.trimEnd());
      current = "";
    }
    for (const ch of word) {
      if (displayWidth(current) + displayWidth(ch) > width) {
        out.push(current.trimEnd());
        current = "";
      }
      current += ch;
    }
    word = "";
  };
  for (const tok of tokens) {
    if (tok.startsWith(" ")) {
      flushWord();
      if (current !== "") current += " ";
    } else if (isWide(tok)) {
      flushWord();
      word = tok;
      flushWord();
    } else word += tok;
  }
  flushWord();
  if (current.trim() !== "") out.push(current.trimEnd());
  return out;
}

/** The table as aligned plain text; multi-line cells become several lines, long text wraps. */
export function textTable(t: Table): string {
  const rows = t.rows.map((r) =>
    t.columns.map((c, i) => {
      const ls = cell(r[i] ?? "").text.split("\n");
      return c.align === "right" ? ls : ls.flatMap((l) => wrap(l, TEXT_WIDTH));
    }),
  );
  const widths = t.columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => Math.max(0, ...(r[i] ?? [""]).map(displayWidth)))));
  const line = (cells: readonly string[]): string =>
    cells.map((s, i) => pad(s, widths[i] ?? 0, t.columns[i]?.align)).join("  ").replace(/\s+$/, "");
  const out: string[] = [];
  if (t.caption !== undefined) out.push(t.caption);
  out.push(line(t.columns.map((c) => c.header)));
  out.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) {
    const height = Math.max(1, ...r.map((x) => x.length));
    for (let k = 0; k < height; k++) out.push(line(r.map((x) => x[k] ?? "")));
  }
  return out.join("\n");
}

/** The outer box of every view. */
export function frame(body: string): string {
  return `<div class="gaptrace-view" style="${FONT};line-height:1.4;color:#1A202C">\n${body}\n</div>`;
}

/** A heading inside a view. */
export function heading(text: string, level: 3 | 4 = 3): string {
  return `<h${level} style="margin:10px 0 4px 0">${escapeHtml(text)}</h${level}>`;
}

/** A paragraph of escaped text. */
export function para(text: string, muted = false): string {
  return `<p style="margin:2px 0 8px 0${muted ? ";color:#4A5568" : ""}">${escapeHtml(text)}</p>`;
}

/** A collapsed section. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? " open" : ""} style="margin:4px 0 10px 0"><summary style="cursor:pointer">${escapeHtml(summary)}</summary>\n${body}\n</details>`;
}

/** A finding tag's letter in its colour (the same code as the blueprint picture): `[C]`, `[S]` or `[E]`. */
export function tagBadge(tag: MarkTag): Cell {
  const s = markStyle(tag);
  return {
    text: `[${s.letter}]`,
    html:
      `<span style="display:inline-block;min-width:1.3em;text-align:center;border-radius:3px;font-weight:700;` +
      `color:${s.color};background:${s.tint};border:1px solid ${s.color}">${s.letter}</span>`,
  };
}

/** A finding tag as a cell: its badge and name. */
export function tagCell(tag: MarkTag, lang: Lang): Cell {
  const badge = tagBadge(tag);
  const name = blueprintWords(lang).tagName[tag];
  return { text: `${badge.text} ${name}`, html: `${badge.html ?? ""}&nbsp;${escapeHtml(name)}` };
}
