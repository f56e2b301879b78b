/**
 * Simulated data in the forms users' files come in: long-form response rows (one answer a row, respondent
 * attributes repeated) that the data loaders read, and a CSV text of them, so simulations go through the same
 * ingestion (and ledger) as real survey exports. In linked mode the responses carry the `case` column (the
 * customer's own work order), as return-visit surveys sampled from closed work orders do.
 * @module
 */
import type { LongResponseRow } from "../data/responses.js";
import type { SimRespondent, SimulatedData } from "./simulate.js";
import { hasList, requireArgument } from "../model/arguments.js";

/** Whether a respondent's export names their own case (linked mode with the link column written). */
function linkedCase(data: SimulatedData, r: SimRespondent): string | undefined {
  return data.truth.link?.exported === true && r.linked === true ? r.case : undefined;
}

/**
 * Long-form response rows of a simulated data set.
 *
 * @param data - a simulated data set.
 * @returns one row per answer: respondent, question, value, audience, post, weight, wave, segment, and in linked
 * mode (when the link is exported) `case` for the respondents whose survey record names their case.
 * @example
 * ```ts
 * const table = collectResponses(study, responseRows(simulateStudy(study)));
 * ```
 */
export function responseRows(data: SimulatedData): Generator<LongResponseRow> {
  // Checked now, not on the first read of the generator, so the mistake shows where it was made.
  requireArgument("responseRows", "first", data, "simulated data (the result of simulateStudy)", (v) => hasList(v, "respondents") && hasList(v, "answers"), "Pass simulateStudy(study, options).");
  return rowsOf(data);
}

/** The rows of {@link responseRows}, read lazily. */
function* rowsOf(data: SimulatedData): Generator<LongResponseRow> {
  const byId = new Map(data.respondents.map((r) => [r.id, r] as const));
  for (const a of data.answers) {
    const r = byId.get(a.respondent);
    if (r === undefined) continue;
    const own = linkedCase(data, r);
    yield {
      respondent: a.respondent,
      question: a.question,
      value: a.value,
      audience: r.audience,
      ...(r.post !== undefined ? { post: r.post } : {}),
      weight: r.weight,
      wave: r.wave,
      segment: r.segment,
      ...(own !== undefined ? { case: own } : {}),
    };
  }
}

function csvCell(v: unknown): string {
  const s = v === undefined || v === null ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The long-form responses as CSV text, segment dimensions as columns.
 *
 * @param data - a simulated data set.
 * @returns CSV with a header row: respondent,question,value,audience,post,weight,wave,<segment dimensions…>; in
 * linked mode with the link exported, a `case` column after `wave` (blank for respondents not linked).
 * @example
 * ```ts
 * writeFileSync("responses.csv", responsesCsv(simulateStudy(study)));
 * ```
 */
export function responsesCsv(data: SimulatedData): string {
  requireArgument("responsesCsv", "first", data, "simulated data (the result of simulateStudy)", (v) => hasList(v, "respondents"), "Pass simulateStudy(study, options).");
  const dims = [...new Set(data.respondents.flatMap((r) => r.segment.map(([k]) => k)))].sort();
  const withCase = data.truth.link?.exported === true;
  const lines = [["respondent", "question", "value", "audience", "post", "weight", "wave", ...(withCase ? ["case"] : []), ...dims].join(",")];
  const byId = new Map(data.respondents.map((r) => [r.id, r] as const));
  for (const a of data.answers) {
    const r = byId.get(a.respondent);
    if (r === undefined) continue;
    const seg = new Map(r.segment);
    const own = withCase ? [linkedCase(data, r) ?? ""] : [];
    lines.push([a.respondent, a.question, a.value, r.audience, r.post ?? "", r.weight, r.wave, ...own, ...dims.map((d) => seg.get(d) ?? "")].map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * An epoch time as ISO 8601 in a fixed UTC offset, e.g. `2026-03-02T08:00:00+08:00` (milliseconds only when
 * they are not zero).
 *
 * @param ms - epoch milliseconds.
 * @param offsetMinutes - minutes east of UTC (default 480, China Standard Time).
 * @returns the time text.
 * @example
 * ```ts
 * isoWithOffset(Date.UTC(2026, 2, 2, 0, 0)); // "2026-03-02T08:00:00+08:00"
 * ```
 */
export function isoWithOffset(ms: number, offsetMinutes = 480): string {
  const d = new Date(Math.round(ms) + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const off = Math.abs(offsetMinutes);
  const millis = d.getUTCMilliseconds();
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `${millis === 0 ? "" : `.${pad(millis, 3)}`}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`
  );
}

/**
 * The case records as long-form CSV text (one event a row), as a work-order system would export them.
 *
 * @param data - a simulated data set (or anything with its `cases`).
 * @param offsetMinutes - the UTC offset to write times in (default +08:00, China Standard Time).
 * @returns CSV with a header row: case,event,time,wave,<segment dimensions…>.
 * @example
 * ```ts
 * writeFileSync("cases.csv", casesCsv(simulateStudy(study)));
 * ```
 */
export function casesCsv(data: Pick<SimulatedData, "cases">, offsetMinutes = 480): string {
  requireArgument("casesCsv", "first", data, "simulated data (the result of simulateStudy)", (v) => hasList(v, "cases"), "Pass simulateStudy(study, options).");
  const dims = [...new Set(data.cases.flatMap((c) => c.segment.map(([k]) => k)))].sort();
  const lines = [["case", "event", "time", "wave", ...dims].join(",")];
  for (const c of data.cases) {
    const seg = new Map(c.segment);
    for (const [event, ms] of c.events) lines.push([c.id, event, isoWithOffset(ms, offsetMinutes), c.wave, ...dims.map((d) => seg.get(d) ?? "")].map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}
