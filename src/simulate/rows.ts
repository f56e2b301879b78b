/**
 * Simulated data in the forms users' files come in: long-form response rows (one answer a row, respondent
 * attributes repeated) that the data loaders read, and a CSV text of them, so simulations go through the same
 * ingestion (and ledger) as real survey exports.
 * @module
 */
import type { LongResponseRow } from "../data/responses.js";
import type { SimulatedData } from "./simulate.js";

/**
 * Long-form response rows of a simulated data set.
 *
 * @param data - a simulated data set.
 * @returns one row per answer: respondent, question, value, audience, post, weight, wave, segment.
 * @example
 * ```ts
 * const table = collectResponses(study, responseRows(simulateStudy(study)));
 * ```
 */
export function* responseRows(data: SimulatedData): Generator<LongResponseRow> {
  const byId = new Map(data.respondents.map((r) => [r.id, r] as const));
  for (const a of data.answers) {
    const r = byId.get(a.respondent);
    if (r === undefined) continue;
    yield {
      respondent: a.respondent,
      question: a.question,
      value: a.value,
      audience: r.audience,
      ...(r.post !== undefined ? { post: r.post } : {}),
      weight: r.weight,
      wave: r.wave,
      segment: r.segment,
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
 * @returns CSV with a header row: respondent,question,value,audience,post,weight,wave,<segment dimensions…>.
 * @example
 * ```ts
 * writeFileSync("responses.csv", responsesCsv(simulateStudy(study)));
 * ```
 */
export function responsesCsv(data: SimulatedData): string {
  const dims = [...new Set(data.respondents.flatMap((r) => r.segment.map(([k]) => k)))].sort();
  const lines = [["respondent", "question", "value", "audience", "post", "weight", "wave", ...dims].join(",")];
  const byId = new Map(data.respondents.map((r) => [r.id, r] as const));
  for (const a of data.answers) {
    const r = byId.get(a.respondent);
    if (r === undefined) continue;
    const seg = new Map(r.segment);
    lines.push([a.respondent, a.question, a.value, r.audience, r.post ?? "", r.weight, r.wave, ...dims.map((d) => seg.get(d) ?? "")].map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}

/** An ISO 8601 time with a fixed UTC offset (minutes), e.g. 2026-03-02T08:15:00.000+08:00. */
function isoAt(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, -1);
  const sign = offsetMinutes >= 0 ? "+" : "-";
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The case records as long-form CSV text (one event a row), as a work-order system would export them.
 *
 * @param data - a simulated data set.
 * @param offsetMinutes - the UTC offset to write times in (default +08:00, China Standard Time).
 * @returns CSV with a header row: case,event,time,wave,<segment dimensions…>.
 * @example
 * ```ts
 * writeFileSync("cases.csv", casesCsv(simulateStudy(study)));
 * ```
 */
export function casesCsv(data: SimulatedData, offsetMinutes = 480): string {
  const dims = [...new Set(data.cases.flatMap((c) => c.segment.map(([k]) => k)))].sort();
  const lines = [["case", "event", "time", "wave", ...dims].join(",")];
  for (const c of data.cases) {
    const seg = new Map(c.segment);
    for (const [event, ms] of c.events) lines.push([c.id, event, isoAt(ms, offsetMinutes), c.wave, ...dims.map((d) => seg.get(d) ?? "")].map(csvCell).join(","));
  }
  return `${lines.join("\n")}\n`;
}
