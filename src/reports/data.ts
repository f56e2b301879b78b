/**
 * The report's data summary: where the rows came from, read from the ledgers the readers return (rows read =
 * accepted + rejected, by reason, and the values in accepted rows), and the partial-data banner when a source's
 * rejected share is above a threshold. Nothing here is estimated: without ledgers the summary says the provenance
 * was not given instead of showing numbers.
 * @module
 */
import * as z from "zod/mini";
import { UsageError } from "../core/errors.js";
import type { Lang } from "../core/label.js";
import { LEDGER_REASONS } from "../core/messages/problem-codes.js";
import { Ledger, type LedgerSummary } from "../data/ledger.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { formatCount, formatPercent } from "./numbers.js";
import type { ReportData, ReportDataSource } from "./schema.js";
import { wordsFor } from "./words/index.js";
import type { DataSourceKind } from "./words/types.js";

/** The default {@link ReportDataOptions.partialDataThreshold}: more than 1% rejected marks the data partial. */
export const DEFAULT_PARTIAL_DATA_THRESHOLD = 0.01;

/**
 * One data source of a report: what it holds, its name, and the ledger its reader returned.
 *
 * @example
 * ```ts
 * const source: ReportLedger = { kind: "responses", name: "responses.csv", ledger: table.ledger };
 * ```
 */
export interface ReportLedger {
  /** What the rows are: survey responses or case records (work orders). */
  readonly kind: DataSourceKind;
  /** The file name or a label, shown as given; default the kind's name in the report's language. */
  readonly name?: string | undefined;
  /** The ledger of the load: `table.ledger` of a response table, `records.ledger` of case records, or a summary. */
  readonly ledger: Ledger | LedgerSummary;
}

/** The options of a report about its data (part of every writer's options). */
export interface ReportDataOptions {
  /**
   * The ledgers of the data the attribution was made from, one per source (responses first, then cases). Without
   * them the report says the data's provenance was not given.
   */
  readonly data?: readonly ReportLedger[] | undefined;
  /**
   * A source whose rejected share (rows, or values in accepted rows, whichever is larger) is above this share is
   * marked partial with a banner; 0 to 1, default {@link DEFAULT_PARTIAL_DATA_THRESHOLD} (1%).
   */
  readonly partialDataThreshold?: number | undefined;
}

const count = (what: string) => z.number({ error: `${what} must be a number.` }).check(z.int({ error: `${what} must be a whole number.` }), z.gte(0, { error: `${what} must be ≥ 0.` }));

const SummaryShape = z.looseObject({
  rowsRead: count("rowsRead"),
  accepted: count("accepted"),
  rejected: count("rejected"),
  values: z.looseObject({ read: count("read"), valid: count("valid"), missing: count("missing"), dontKnow: count("dontKnow"), rejected: count("rejected") }),
  byReason: z.array(z.tuple([z.enum(LEDGER_REASONS, { error: "must be one of the ledger's reasons." }), count("count")])),
});

const SourceSchema = z.strictObject({
  kind: z.enum(["responses", "cases"], { error: (iss) => `must be "responses" or "cases", got ${JSON.stringify(iss.input)}.` }),
  name: z.optional(z.string({ error: "must be a file name or label (a string)." })),
  ledger: z.union([z.instanceof(Ledger), SummaryShape], { error: "must be a Ledger or a ledger summary (the ledger a reader returned)." }),
});

/** The data options, checked: the ledgers and the threshold. */
const DataOptionsSchema = z.looseObject({
  data: z.optional(z.array(SourceSchema, { error: "must be a list of { kind, name?, ledger }." })),
  partialDataThreshold: z.optional(z.number({ error: (iss) => `must be a share between 0 and 1, got ${String(iss.input)}.` }).check(z.gte(0, { error: (iss) => `must be a share between 0 and 1, got ${String(iss.input)}.` }), z.lte(1, { error: (iss) => `must be a share between 0 and 1, got ${String(iss.input)}.` }))),
});

const HINTS: Readonly<Record<string, string>> = {
  data: 'Pass data: [{ kind: "responses", name: "responses.csv", ledger: table.ledger }, { kind: "cases", name: "cases.csv", ledger: records.ledger }].',
  partialDataThreshold: "Pass the share as a number between 0 and 1, e.g. 0.01 for 1%.",
  "": "Pass an options object, or nothing.",
};

/** The data options once checked: each source's ledger as a summary that balances, and the threshold. */
export interface CheckedData {
  /** The sources, or `undefined` when none were given. */
  readonly sources: readonly (ReportLedger & { readonly ledger: LedgerSummary })[] | undefined;
  /** The partial-data threshold (0–1). */
  readonly threshold: number;
}

/**
 * Check the data options of a report writer and resolve the threshold. A ledger whose counts do not add up
 * (rows read ≠ accepted + rejected) is refused: the report would show numbers that contradict each other.
 *
 * @param fn - The public function whose options these are.
 * @param options - What the caller passed.
 * @returns The sources as ledgers (`undefined` when none were given) and the threshold.
 * @throws {@link core!UsageError} for a malformed source, a ledger that does not balance, or a threshold outside 0..1.
 * @example
 * ```ts
 * checkDataOptions("buildReport", { partialDataThreshold: 0.05 }).threshold; // 0.05
 * ```
 */
export function checkDataOptions(fn: string, options: ReportDataOptions): CheckedData {
  parseOptionsAt(fn, DataOptionsSchema, options, HINTS);
  // An empty list carries no provenance either: the report then says it was not given.
  const sources = options.data === undefined || options.data.length === 0 ? undefined : options.data.map((s, i) => {
    const ledger = s.ledger instanceof Ledger ? s.ledger : Ledger.fromSummary(s.ledger);
    if (!ledger.reconciles())
      throw new UsageError(fn, `data[${i}].ledger does not add up (rows read ≠ accepted + rejected, or the reasons ≠ the rejections).`, "Pass the ledger the reader returned, unchanged.");
    return { kind: s.kind, name: s.name, ledger: ledger.summary() };
  });
  return { sources, threshold: options.partialDataThreshold ?? DEFAULT_PARTIAL_DATA_THRESHOLD };
}

/**
 * The rejected share of one load: rejected rows ÷ rows read, and rejected values ÷ values read (values in accepted
 * rows), whichever is larger (rows on a tie); 0 when nothing was read.
 *
 * @param ledger - The ledger, or its summary.
 * @returns The larger share and which it is, with both shares.
 * @example
 * ```ts
 * rejectedShare(table.ledger); // { share: 0.032, of: "rows", rows: 0.032, values: 0.004 }
 * ```
 */
export function rejectedShare(ledger: Ledger | LedgerSummary): { readonly share: number; readonly of: "rows" | "values"; readonly rows: number; readonly values: number } {
  const rows = ledger.rowsRead > 0 ? ledger.rejected / ledger.rowsRead : 0;
  const values = ledger.values.read > 0 ? ledger.values.rejected / ledger.values.read : 0;
  return values > rows ? { share: values, of: "values", rows, values } : { share: rows, of: "rows", rows, values };
}

/** A share just above the threshold keeps decimals until it reads as larger than the threshold. */
function shareText(share: number, threshold: number): string {
  const one = formatPercent(share);
  if (share <= threshold || one !== formatPercent(threshold)) return one;
  for (let digits = 3; digits <= 8; digits++) {
    const t = `${Number((share * 100).toFixed(digits))}%`;
    if (t !== `${Number((threshold * 100).toFixed(digits))}%`) return t;
  }
  return one;
}

/** One source as the report shows it. */
function sourceDoc(s: ReportLedger & { readonly ledger: LedgerSummary }, threshold: number, lang: Lang): ReportDataSource {
  const words = wordsFor(lang).data;
  const l = s.ledger;
  const kindName = words.kindNames[s.kind];
  const name = s.name === undefined || s.name === "" ? kindName : s.name;
  const { share, of } = rejectedShare(l);
  const partial = share > threshold;
  const byReason = [...l.byReason]
    .map(([reason, n], i) => ({ reason, reasonName: words.reasonNames[reason], count: n, i }))
    .sort((a, b) => b.count - a.count || a.i - b.i)
    .map(({ reason, reasonName, count: n }) => ({ reason, reasonName, count: n }));
  const v = l.values;
  const na = v.notApplicable ?? 0;
  const coded = codedText(l, lang);
  const valuesText = words.values({
    read: formatCount(v.read),
    valid: formatCount(v.valid),
    missing: formatCount(v.missing),
    dontKnow: formatCount(v.dontKnow),
    ...(na > 0 ? { notApplicable: formatCount(na) } : {}),
    rejected: formatCount(v.rejected),
  });
  return {
    kind: s.kind,
    kindName,
    name,
    rowsRead: l.rowsRead,
    accepted: l.accepted,
    rejected: l.rejected,
    blankLines: l.blankLines,
    values: v.read > 0 ? { read: v.read, valid: v.valid, missing: v.missing, dontKnow: v.dontKnow, ...(na > 0 ? { notApplicable: na } : {}), rejected: v.rejected } : null,
    ...(l.coded === undefined ? {} : { coded: l.coded.map((c) => ({ ...c, labels: c.labels.map((x) => ({ ...x })) })) }),
    byReason,
    rejectedShare: share,
    rejectedShareOf: of,
    partial,
    text: words.rows({ name, kind: kindName, read: formatCount(l.rowsRead), accepted: formatCount(l.accepted), rejected: formatCount(l.rejected) }),
    // What was recoded or not applicable follows the values it is part of (said only when there is some).
    valuesText: v.read > 0 ? (coded === undefined ? valuesText : `${valuesText}${wordsFor(lang).punct.semicolon}${coded}`) : null,
    banner: partial
      ? words.partial({
          name,
          share: shareText(share, threshold),
          of,
          threshold: formatPercent(threshold),
          reasons: byReason.slice(0, 3).map((r) => words.reasonCount(r.reasonName, formatCount(r.count))),
        })
      : null,
  };
}

/**
 * The values of a load read through codes, in words: how many were recoded from labels (the largest labels first,
 * with their question and code) and how many were not applicable (the questions with most first); `undefined`
 * when none were, so ledgers of loads without codes read as before. Shared by the report and the CLI's ledger.
 *
 * @param ledger - The ledger, or its summary.
 * @param lang - The language.
 * @param shown - How many labels and questions to name (default 3).
 * @returns The sentence, or `undefined`.
 * @example
 * ```ts
 * codedText(table.ledger, "en"); // 'recoded 1,203 (overall “satisfied”→1: 1,000, overall “neutral or dissatisfied”→0: 203); not applicable 20,134 (wifi 5,001, …)'
 * ```
 */
export function codedText(ledger: Ledger | LedgerSummary, lang: Lang, shown = 3): string | undefined {
  const coded = ledger instanceof Ledger ? ledger.coded() : (ledger.coded ?? []);
  const labels = coded.flatMap((c) => c.labels.map((l) => ({ question: c.question, ...l }))).sort((a, b) => b.count - a.count);
  const na = coded.filter((c) => c.notApplicable > 0).sort((a, b) => b.notApplicable - a.notApplicable);
  const recoded = labels.reduce((n, l) => n + l.count, 0);
  const notApplicable = na.reduce((n, c) => n + c.notApplicable, 0);
  if (recoded === 0 && notApplicable === 0) return undefined;
  return wordsFor(lang).data.coded({
    ...(recoded > 0
      ? { recoded: { count: formatCount(recoded), labels: labels.slice(0, shown).map((l) => ({ question: l.question, label: l.label, code: String(l.code), count: formatCount(l.count) })), more: labels.length > shown } }
      : {}),
    ...(notApplicable > 0
      ? { notApplicable: { count: formatCount(notApplicable), questions: na.slice(0, shown).map((c) => ({ question: c.question, count: formatCount(c.notApplicable) })), more: na.length > shown } }
      : {}),
  });
}

/**
 * The data summary of a report: per source, rows read, accepted and rejected, by reason, the values line, and the
 * partial-data banner where the rejected share is above the threshold; without sources, a summary that says the
 * data's provenance was not given (and shows no numbers).
 *
 * @param sources - The sources with their ledgers, or `undefined` when the data came without them.
 * @param options - `lang` (default `"en"`) and `partialDataThreshold` (default 0.01).
 * @returns The `data` part of the report document.
 * @throws {@link core!UsageError} for a malformed source, a ledger that does not balance, or a threshold outside 0..1.
 * @example
 * ```ts
 * const data = reportData([{ kind: "responses", name: "responses.csv", ledger: table.ledger }], { lang: "zh" });
 * data.sources[0]?.rowsRead === data.sources[0]?.accepted + data.sources[0]?.rejected; // true
 * ```
 */
export function reportData(sources: readonly ReportLedger[] | undefined, options: { readonly lang?: Lang; readonly partialDataThreshold?: number | undefined } = {}): ReportData {
  const lang = options.lang ?? "en";
  const checked = checkDataOptions("reportData", { ...(sources === undefined ? {} : { data: sources }), partialDataThreshold: options.partialDataThreshold });
  return dataDoc(checked, lang);
}

/**
 * The data summary from options already checked by {@link checkDataOptions}.
 *
 * @param checked - The sources and the threshold.
 * @param lang - The report language.
 * @returns The `data` part of the report document.
 * @example
 * ```ts
 * dataDoc(checkDataOptions("buildReport", options), "en").given; // false without options.data
 * ```
 */
export function dataDoc(checked: CheckedData, lang: Lang): ReportData {
  const words = wordsFor(lang).data;
  const { threshold } = checked;
  if (checked.sources === undefined) return { given: false, partialDataThreshold: threshold, partial: false, text: words.notGiven, sources: [] };
  const sources = checked.sources.map((s) => sourceDoc(s, threshold, lang));
  return { given: true, partialDataThreshold: threshold, partial: sources.some((s) => s.partial), text: words.given, sources };
}
