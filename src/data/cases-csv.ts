/**
 * Case records written back as long-form CSV, the form the case readers read (`casesFromCsv`) and the SQL routes
 * load as a case table: what a what-if's changed cases (`whatIfChanged`) need to be summarised where the linked
 * responses are. Written for reading back, not for a spreadsheet: cells are quoted as RFC 4180 asks and otherwise
 * written as they are, so an id reads back the same.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Unit } from "../model/study.js";
import { requireArgument } from "../model/arguments.js";
import type { Segment } from "./segment.js";

/**
 * A case (work order) with the times of its events (epoch milliseconds): what a list of case records holds
 * (`attribute`'s `data.cases`, `whatIfChanged`'s cases, `simulateStudy`'s cases).
 */
export interface CaseRecord {
  readonly id: string;
  readonly wave?: string;
  readonly segment?: Segment;
  /** Event id → epoch milliseconds, as a map, pairs or an object. */
  readonly events: ReadonlyMap<string, number> | readonly (readonly [string, number])[] | Readonly<Record<string, number>>;
  /** Events whose time was given but rejected at load: unknown for this case, not absent. */
  readonly unknownEvents?: readonly string[];
  /** Metric id → the case's duration given directly as a number, with its unit (a Map; anything else is refused). */
  readonly given?: ReadonlyMap<string, { readonly value: number; readonly unit: Unit }>;
}

/** The time cell of an event that is unknown for its case: read back, it is refused again and stays unknown. */
export const UNKNOWN_TIME = "unknown";

/**
 * Case records as long-form CSV text: a header `case,event,time,wave[,value][,<segment dimensions…>]`, then per
 * case one row per event (its time in ISO 8601 at UTC, `2026-03-01T09:30:00.250+00:00`, to the millisecond), one
 * row per unknown event (time `unknown`: the reader refuses it again, so the event stays unknown for the case, not
 * absent, and the refusal is in the ledger as it was the first time), and one row per duration given as a number
 * (the metric's id as the event, the number in `value`). Read back with `casesFromCsv(study, text, { segments })`
 * (the dimensions the header names after `value`; a duration given in another unit than its metric's needs
 * `durationColumns` naming that unit) to get the same records: events to the millisecond (a performance change can
 * move one by a fraction of a millisecond, which is rounded), waves, segments, unknown events and given durations.
 * A case whose only rows are unknown events is not read back (the reader makes no case from refused rows alone).
 *
 * @param cases - the case records (a list: `whatIfChanged`'s changed cases, or `caseRecordList` of loaded ones).
 * @returns the CSV text, ending with a line break.
 * @throws {@link core!UsageError} when `cases` is not a list of case records (naming the first that is not).
 * @example
 * ```ts
 * const changed = whatIfChanged(study, records, [{ kind: "performance", step: "or_bo_dispatch", factor: 0.8 }]);
 * writeFileSync("changed-orders.csv", casesToCsv(changed.cases));
 * ```
 */
export function casesToCsv(cases: Iterable<CaseRecord>): string {
  requireArgument("casesToCsv", "first", cases, "a list of case records", (v) => typeof v === "object" && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === "function", "Pass e.g. whatIfChanged(study, records, changes).cases.");
  const list = [...cases];
  const bad = list.findIndex((c) => typeof c !== "object" || c === null || typeof c.id !== "string" || typeof c.events !== "object" || c.events === null || (c.given !== undefined && !(c.given instanceof Map)));
  if (bad >= 0) throw new UsageError("casesToCsv", `case ${bad} is not a case record ({ id, events, wave?, segment?, given? }, given a Map).`, "Pass case records, e.g. whatIfChanged(study, records, changes).cases.");
  const dims = [...new Set(list.flatMap((c) => (c.segment ?? []).map(([k]) => k)))].sort();
  const withValue = list.some((c) => (c.given?.size ?? 0) > 0);
  const lines = [["case", "event", "time", "wave", ...(withValue ? ["value"] : []), ...dims].map(cell).join(",")];
  for (const c of list) {
    const seg = new Map(c.segment ?? []);
    const row = (event: string, time: string, value: string): string => [c.id, event, time, c.wave ?? "", ...(withValue ? [value] : []), ...dims.map((d) => seg.get(d) ?? "")].map(cell).join(",");
    for (const [event, ms] of eventsOf(c.events)) if (Number.isFinite(ms)) lines.push(row(event, utcTime(ms), ""));
    for (const event of c.unknownEvents ?? []) lines.push(row(event, UNKNOWN_TIME, ""));
    for (const [metric, g] of c.given ?? []) lines.push(row(metric, "", String(g.value)));
  }
  return `${lines.join("\n")}\n`;
}

function eventsOf(events: CaseRecord["events"]): Iterable<readonly [string, number]> {
  if (events instanceof Map || Array.isArray(events)) return events as Iterable<readonly [string, number]>;
  return Object.entries(events as Readonly<Record<string, number>>);
}

/** ISO 8601 at UTC with an explicit offset (which every reader and SQL route accepts), to the millisecond. */
function utcTime(ms: number): string {
  return new Date(Math.round(ms)).toISOString().replace(/Z$/, "+00:00");
}

/** An RFC 4180 cell: quoted when it holds a comma, a quote, a line break or edge spaces; written as it is otherwise. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
