/**
 * The English text of the problem codes of process walkthroughs (`walkthrough/*`). A module that makes these problems
 * imports this table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins every
 * family's table for {@link problem} and {@link problemText}). The Chinese text is beside it in
 * problems-zh-walkthrough.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, dqEn as dq, wfEn as wf, tEn as t, fieldEn as field, foundEn as found, parseEn as parse, rejectedEn as rejected } from "./problems-en-words.js";

/** English text of the codes of process walkthroughs: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const WALKTHROUGH_EN = {
  "walkthrough/file": (p) =>
    p.kind === "parse"
      ? t(`The walkthrough records cannot be parsed: ${p.detail}`, "Give a CSV export (one row per problem found), or JSON/YAML with runs and problems.")
      : p.kind === "shape"
        ? t(`The walkthrough records do not have the expected shape: ${p.detail}`, "Give { runs: [...], problems: [...] } (see docs/walkthroughs.md), or a CSV export.")
        : p.kind === "missing-columns"
          ? t(`The walkthrough records lack the column${p.columns.length > 1 ? "s" : ""} ${p.columns.map(wf).join(", ")}.`, "Every row needs the run, the task, the step, the problem, its kind and whether it was solved; headers may be English or Chinese (docs/walkthroughs.md).")
          : t("The walkthrough records hold no record.", "Export the problems the participants recorded, one row per problem."),
  "walkthrough/row": (p) =>
    p.kind === "malformed"
      ? t(`Walkthrough record rejected: ${p.detail}`, "Fix the line (a quote opened and never closed, or a wrong number of cells).")
      : p.kind === "missing"
        ? t(`Walkthrough record rejected: ${wf(p.field)} is empty.`, `Fill in ${wf(p.field)} on every row.`)
        : p.kind === "invalid"
          ? t(`Walkthrough record rejected: ${wf(p.field)} ${dq(p.value)} is not valid.`, `Use one of: ${p.allowed.join(", ")}.`)
          : p.kind === "unknown-id"
            ? t(
                `Walkthrough record rejected: ${wf(p.field)} names ${p.what === "organiser" ? "post or department" : p.what} ${q(p.id)}, which ${p.what === "run" ? "the runs do not declare" : "the study does not have"}${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`,
                p.what === "run" ? "Declare the run under runs, or correct the run id." : `Use the ${p.what === "organiser" ? "post or department" : p.what} ids of the study (gaptrace walkthrough lists them).`,
              )
            : p.kind === "inconsistent-run"
              ? t(`Walkthrough record rejected: run ${q(p.run)} has ${wf(p.field)} ${dq(p.value)} here but ${dq(p.first)} on its first row.`, "Give a run's date, kind, participants and organiser alike on every row of the run.")
              : p.kind === "duplicate-id"
                ? t(`Walkthrough record rejected: problem id ${q(p.id)} is used twice.`, "Give each problem its own id, or leave the id column out.")
                : t(`The walkthrough records are of study ${q(p.study)}, not ${q(p.expected)}.`, "Record walkthroughs against the study they are read with."),
  "walkthrough/unknown-column": (p) =>
    t(`Column ${dq(p.column)} of the walkthrough records is not a walkthrough field and is ignored${p.near === null ? "." : `; did you mean ${q(p.near)}?`}`, "Rename it to a field of docs/walkthroughs.md, or leave it: it is not read."),
} satisfies Partial<ProblemTable>;
