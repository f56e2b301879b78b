/**
 * The English text of the problem codes of data descriptions (`data-description/*`). A module that makes these
 * problems imports this table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins
 * every family's table for {@link problem} and {@link problemText}). The Chinese text is beside it in
 * problems-zh-data-description.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, qsEn as qs, tEn as t, foundEn as found } from "./problems-en-words.js";

/** English text of the codes of data descriptions: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const DATA_DESCRIPTION_EN = {
  "data-description/not-a-description": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "The data description is empty (or holds only comments)."
        : `The data description holds ${found(p.found)}, not a description: it is a mapping of keys (gaptrace-data, responses, cases, …).`,
      'Start it with "gaptrace-data: 1", then responses: and/or cases:, each with its file; docs/data.md describes every key.',
    ),
  "data-description/unknown-key": (p) =>
    t(
      `Unknown key${p.keys.length > 1 ? "s" : ""} ${qs(p.keys)} in the data description${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
      "Remove the key or correct its spelling; docs/data.md and schema/data.schema.json list the allowed keys.",
    ),
  "data-description/unknown-id": (p) =>
    t(
      `The study has no ${p.kind} ${q(p.id)}${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
      p.kind === "question"
        ? 'Use a question id of the study\'s evaluation points (or "*" for every question where that is allowed).'
        : p.kind === "event"
          ? "Use an event id of the study's events."
          : p.kind === "post"
            ? "Use a post id of the study's organisation (the post whose staff answered this source)."
            : "Use a metric id of the study's metrics.",
    ),
  "data-description/encoding": (p) =>
    t(`${q(p.encoding)} is not a text encoding gaptrace knows.`, "Name the encoding the file was saved in, e.g. gb18030 (Chinese Excel), big5, cp949 or euc-kr (Korean), shift_jis (Japanese), windows-1252, utf-16le."),
  "data-description/delimiter": (p) =>
    t(`The delimiter ${q(p.delimiter)} cannot separate fields: ${p.delimiter === "" ? "it is empty" : "it holds a quote or a line break"}.`, 'Give the character between the fields: ";" (European Excel), "tab", or leave it out for commas.'),
  "data-description/time-zone": (p) => t(`The time zone ${q(p.value)} is not a UTC offset.`, 'Write it like "+08:00" or "-05:00" (hours east of UTC), or "Z" for UTC.'),
  "data-description/file-and-files": (p) =>
    p.both
      ? t("The source gives both file and files.", "Keep file: for one file, or files: [a.csv, b.csv] for several read in order, not both.")
      : t("The source names no file.", "Add file: survey.csv (a path relative to the description), or files: [a.csv, b.csv]."),
  "data-description/no-source": () => t("The data description has neither responses nor cases.", "Add responses: (the survey) and/or cases: (the case records), each with its file."),
  "data-description/column-twice": (p) =>
    t(`Column ${q(p.column)} is given a second use here; it is already used at ${p.first}.`, "Give each column one use: an attribute, a question, an event, a duration, a segment, or ignored."),
  "data-description/event-name": (p) =>
    p.clash.kind === "name"
      ? t(`The event column's word ${q(p.name)} is already given to the event ${q(p.clash.first)}.`, "Give each event its own word, as the file writes it in the event column.")
      : t(`The event column's word ${q(p.name)} is the id of another event, ${q(p.clash.event)}, so a row naming it would mean two events.`, "Map the word to that event, or write the word the file uses for this event."),
  "data-description/wide-only": (p) =>
    t(`${p.key} maps ${p.key === "questions" ? "questions" : p.key === "events" ? "events" : "metrics"} to columns, which only wide-form files have; this source is read in long form.`, `Add form: wide if the file has a column per ${p.key === "questions" ? "question" : p.key === "events" ? "event" : "duration"}, or remove ${p.key}.`),
} satisfies Partial<ProblemTable>;
