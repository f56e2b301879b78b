/**
 * The English text of the problem codes of the data readers and the ledger (`data/*`). A module that makes these
 * problems imports this table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins
 * every family's table for {@link problem} and {@link problemText}). The Chinese text is beside it in
 * problems-zh-data.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, dqEn as dq, tEn as t, foundEn as found, basisDifferencesText, LEDGER_HINTS_EN as LEDGER_HINTS, rejectedEn as rejected } from "./problems-en-words.js";

/** English text of the codes of the data readers and the ledger: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const DATA_EN = {
  "data/malformed-line": rejected("malformed-line"),
  "data/invalid-encoding": rejected("invalid-encoding"),
  "data/missing-respondent": rejected("missing-respondent"),
  "data/invalid-audience": rejected("invalid-audience"),
  "data/missing-post": rejected("missing-post"),
  "data/unknown-post": rejected("unknown-post"),
  "data/invalid-weight": rejected("invalid-weight"),
  "data/inconsistent-respondent": rejected("inconsistent-respondent"),
  "data/conflicting-case-link": rejected("conflicting-case-link"),
  "data/invalid-segment": rejected("invalid-segment"),
  "data/segment-limit": rejected("segment-limit"),
  "data/unknown-question": rejected("unknown-question"),
  "data/wrong-audience": rejected("wrong-audience"),
  "data/duplicate-answer": rejected("duplicate-answer"),
  "data/missing-value": rejected("missing-value"),
  "data/non-numeric": (p) =>
    "recode" in p
      ? t(
          p.detail,
          `${LEDGER_HINTS["non-numeric"]} If ${q(p.recode.value)} is a label of the export, declare its code with the recode option: recode: { ${q(p.recode.question)}: { ${q(p.recode.value)}: <a code on the question's scale> } } (use "*" for every question).`,
        )
      : rejected("non-numeric")(p),
  "data/out-of-range": rejected("out-of-range"),
  "data/missing-case": rejected("missing-case"),
  "data/unknown-event": rejected("unknown-event"),
  "data/unknown-context": rejected("unknown-context"),
  "data/unparseable-time": rejected("unparseable-time"),
  "data/invalid-duration": rejected("invalid-duration"),
  "data/inconsistent-case": rejected("inconsistent-case"),
  "data/duplicate-event": rejected("duplicate-event"),
  "data/stop-before-start": (p) =>
    "detail" in p
      ? rejected("stop-before-start")(p)
      : t(
          `${p.cases} case(s) have ${dq(p.stop)} before ${dq(p.start)}; they were not measured.`,
          "Check the event times of those cases, or add the clock to the study so such rows are rejected at load with their line numbers.",
        ),
  "data/workday-needs-calendar": (p) =>
    t(
      `Durations from ${dq(p.start)} to ${dq(p.stop)} cannot be counted in working days without a working calendar; calendar time does not convert into working days.`,
      'Pass options.calendar (e.g. workCalendar({ utcOffset: "+08:00", holidays: [...] })), or measure in d.',
    ),
  "data/given-durations-other-clock": (p) =>
    t(
      `Standard ${dq(p.standard)} counts on another clock than its metric ${dq(p.metric)}, so the ${p.cases} durations given as numbers for that metric were not used; its compliance is measured from event times only.`,
      "Give the events of the standard's clock, or a standard on the metric's own clock, to use durations given as numbers.",
    ),
  "data/no-clock": (p) => t(`Standard ${dq(p.standard)} and its metric ${dq(p.metric)} name no clock, so compliance cannot be measured from event times.`, "Give the standard or the metric a clock { start, stop }."),
  "data/not-a-duration": (p) => t(`Standard ${dq(p.standard)} is in ${dq(p.unit)}, not a unit of time, so it cannot be checked against event times.`, "Measure this standard from recorded values instead of durations."),
  "data/unknown-column": (p) =>
    p.of === "events"
      ? t(`Column(s) ${p.columns.join(", ")} are not events of the study; their non-blank cells are rejected.`, "List such columns in ignoreColumns, or map columns to events with eventColumns.")
      : t(`Column(s) ${p.columns.join(", ")} are not questions of the study; their non-blank cells are rejected.`, "List non-question columns in ignoreColumns, or map columns to questions with questionColumns."),
  "data/unused-column": (p) =>
    p.linkByRespondent
      ? t(`Column ${p.columns.join(", ")} is not read: with linkBy "respondent", each external respondent is linked to the case whose id is its respondent id.`, 'Leave linkBy at "column" to read the case column instead.')
      : t(`Column(s) ${p.columns.join(", ")} are not used.`, "Name them in options.segments to group by them, or in ignoreColumns to silence this note."),
  "data/internal-case-link": (p) =>
    t(
      `Internal respondent ${dq(p.respondent)} (post ${dq(p.post)}) names case ${dq(p.case)}; staff answers are not linked to cases, so the case id was ignored. The ledger counts every such respondent in links.internalIgnored.`,
      "Leave the case column blank for staff, or ignore this note: the rows were used, only the case id was not.",
    ),
  "data/duplicate-column": (p) => t(`The header repeats column(s) ${p.columns.join(", ")}.`, "Give every column a distinct name."),
  "data/empty-file": (p) =>
    p.headerOnly
      ? t(`The file has a header but no data rows (${p.lines} line${p.lines === 1 ? "" : "s"}, blank lines included).`, "Export the data rows too, or check that this is the file you meant; an empty survey or case file cannot be analysed.")
      : t(p.lines === 0 ? "The file is empty." : `The file has only blank lines (${p.lines}).`, "Check that this is the file you meant and that the export finished; a data file starts with a header line naming its columns."),
  "data/undecodable-header": (p) =>
    t(
      `The header line is not valid ${p.encoding} text, so no column can be found${p.candidates.length > 0 ? `; it reads without error as ${p.candidates.join(", ")}` : ""}.`,
      `Read the file with the encoding it was saved in (options.encoding, --encoding${p.candidates.length > 0 ? ` ${p.candidates[0]}` : ""}); Excel on a Chinese Windows saves CSV as GB18030, on a Korean one as CP949 (euc-kr).`,
    ),
  "data/wrong-form": (p) =>
    p.read === "wide"
      ? t(
          `The file is read in wide form (one ${p.of === "events" ? "case" : "respondent"} a row, a column per ${p.of === "events" ? "event" : "question"}), but its header has the columns ${p.columns.join(" and ")} and no column named after a ${p.of === "events" ? "event" : "question"} of the study: it looks long (one ${p.of === "events" ? "event time" : "answer"} a row).`,
          'Read it in long form, the default: drop --form wide on the command line, or form: "wide" from the options.',
        )
      : t(
          `The file is read in long form (one ${p.of === "events" ? "event time" : "answer"} a row), but its header has no ${p.of === "events" ? "event and time" : "question and value"} columns and has columns named after ${p.of} of the study (${p.columns.join(", ")}): it looks wide (one ${p.of === "events" ? "case" : "respondent"} a row).`,
          'Read it in wide form: pass --form wide on the command line, or form: "wide" in the options.',
        ),
  "data/missing-column": (p) =>
    p.delimiter === undefined
      ? t(`The header has no column ${p.missing.join(", ")} (found: ${p.found.join(", ")}).`, "Name the columns in the header, or tell the reader which columns to use (options.columns, options.segments).")
      : t(
          `The header has no column ${p.missing.join(", ")} (found: ${p.found.join(", ")}): the file looks separated by ${p.delimiter === ";" ? "semicolons" : "tabs"}, so the whole header was read as one column.`,
          `Pass the delimiter: ${p.delimiter === ";" ? "--delimiter ';'" : "--delimiter tab"} on the command line, or ${p.delimiter === ";" ? 'delimiter: ";"' : 'delimiter: "\\t"'} in the options.`,
        ),
  "data/duplicate-question-id": (p) => t(`Question id ${dq(p.question)} is used twice.`, "Give every question a unique id; answers are matched to questions by id."),
  "data/reverse-needs-bounds": (p) => t(`Question ${dq(p.question)} is reverse-coded but its numeric scale has no min and max.`, "Give the scale a min and max (reverse coding maps v to min + max − v), or drop reverse."),
  "data/basis-mismatch": (p) =>
    t(
      `gaptrace/${p.fn}: metric ${dq(p.metric)} is measured on different bases (${basisDifferencesText(p.differences, p.labels)}), so the figures are not comparable.`,
      "Compare or merge only figures taken on the same basis (取数口径); recompute one side on the other's basis, or report them separately.",
    ),
} satisfies Partial<ProblemTable>;
