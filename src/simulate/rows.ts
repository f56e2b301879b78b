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
