/**
 * Notebook display of a load ledger: how many rows and values were read, accepted and rejected, why, and what
 * to do about it, so a quality team can reconcile a survey export before trusting any finding built on it.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Lang } from "../core/label.js";
import { formatWhere } from "../core/problem.js";
import { Ledger, reasonHint, type LedgerSummary } from "../data/ledger.js";
import { checkLang, count, isList } from "./_format.js";
import { frame, heading, htmlTable, para, textTable, type Table } from "./_table.js";
import { notebookWords, w } from "./words/index.js";
import { NotebookView } from "./view.js";

/** What {@link displayLedger} accepts: a ledger, its summary, or anything that carries one (a loaded table). */
export type LedgerLike = Ledger | LedgerSummary | { readonly ledger: Ledger | LedgerSummary };

/** Options of {@link displayLedger}. */
export interface DisplayLedgerOptions {
  /** Language of the fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** How many rejected rows or values to list (the counts are always complete); default 10. */
  readonly maxProblems?: number | undefined;
}

function isSummary(x: unknown): x is LedgerSummary {
  const s = x as LedgerSummary;
  return typeof x === "object" && x !== null && typeof s.rowsRead === "number" && isList(s.byReason) && typeof s.values === "object";
}

function toLedger(x: unknown): Ledger | undefined {
  if (x instanceof Ledger) return x;
  if (isSummary(x)) return Ledger.fromSummary(x);
  const inner = typeof x === "object" && x !== null ? (x as { ledger?: unknown }).ledger : undefined;
  if (inner instanceof Ledger) return inner;
  if (isSummary(inner)) return Ledger.fromSummary(inner);
  return undefined;
}

/**
 * Show the books of one load: rows read = accepted + rejected (and the value-level counts for wide files),
 * rejections by reason with what to do about each, and the first rejected rows with file and line.
 *
 * @param ledger - a `Ledger`, its `summary()`, or a loaded table or case records (their `ledger` is shown).
 * @param options - `lang`, `maxProblems` (default 10).
 * @returns a view with `text/html` and `text/plain`.
 * @throws UsageError when the argument carries no ledger.
 * @example
 * ```ts
 * const table = collectResponses(study, responseRows(data));
 * displayLedger(table);
 * ```
 */
export function displayLedger(ledger: LedgerLike, options: DisplayLedgerOptions = {}): NotebookView {
  const fn = "displayLedger";
  const lang = checkLang(options.lang, fn);
  const max = options.maxProblems ?? 10;
  if (!Number.isInteger(max) || max < 0) {
    throw new UsageError(fn, `options.maxProblems must be a whole number ≥ 0, got ${String(max)}.`, "Pass e.g. maxProblems: 20.");
  }
  const l = toLedger(ledger);
  if (l === undefined) {
    throw new UsageError(fn, "expecting a Ledger, a ledger summary, or a loaded table with a ledger.", "Pass the result of collectResponses(…) or casesFrom(…), or its .ledger.");
  }
  const v = l.values;
  const rows: Table = {
    columns: [{ header: "" }, { header: w("rowsRead", lang), align: "right" }, { header: w("accepted", lang), align: "right" }, { header: w("rejected", lang), align: "right" }, { header: w("blankLines", lang), align: "right" }],
    rows: [[notebookWords(lang).rowsLabel, count(l.rowsRead), count(l.accepted), count(l.rejected), count(l.blankLines)]],
  };
  const values: Table = {
    columns: [
      { header: "" },
      ...(["read", "valid", "missing", "dontKnow", "rejected"] as const).map((k) => ({ header: w(k, lang), align: "right" as const })),
    ],
    rows: [[w("values", lang), count(v.read), count(v.valid), count(v.missing), count(v.dontKnow), count(v.rejected)]],
  };
  const reasons = l.byReason();
  const byReason: Table = {
    columns: [{ header: w("reason", lang) }, { header: w("count", lang), align: "right" }, { header: w("whatToDo", lang) }],
    rows: reasons.map(([r, n]) => [r, count(n), reasonHint(r)]),
  };
  // Problems are kept per reason up to the ledger's cap; show the first `max` in reason order.
  const kept = l.problems();
  const shown = kept.slice(0, max);
  const hidden = reasons.reduce((a, [, n]) => a + n, 0) - shown.length;
  const problems: Table = {
    columns: [{ header: w("reason", lang) }, { header: w("where", lang) }, { header: w("message", lang) }],
    rows: shown.map((p) => [p.code.replace(/^data\//, ""), formatWhere(p), p.message]),
  };
  const notes = l.notes();
  const balance = l.reconciles() ? w("balances", lang) : w("noBalance", lang);

  const title = w("ledger", lang);
  const html: string[] = [heading(title), htmlTable(rows)];
  const text: string[] = [title, textTable(rows)];
  if (v.read > 0) {
    html.push(htmlTable(values));
    text.push(textTable(values));
  }
  html.push(para(balance, l.reconciles()));
  text.push(balance);
  if (reasons.length === 0) {
    html.push(para(w("noRejections", lang), true));
    text.push(w("noRejections", lang));
  } else {
    html.push(heading(w("byReason", lang), 4), htmlTable(byReason));
    text.push(`${w("byReason", lang)}\n${textTable(byReason)}`);
    if (shown.length > 0) {
      const caption = `${w("firstProblems", lang)}${hidden > 0 ? ` (${count(hidden)} ${w("more", lang)})` : ""}`;
      html.push(heading(caption, 4), htmlTable(problems));
      text.push(`${caption}\n${textTable(problems)}`);
    }
  }
  if (notes.length > 0) {
    const t: Table = { columns: [{ header: "code" }, { header: w("message", lang) }], rows: notes.map((p) => [p.code, `${p.message}\n→ ${p.hint}`]) };
    html.push(htmlTable(t));
    text.push(textTable(t));
  }
  return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
}
