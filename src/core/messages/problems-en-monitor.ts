/**
 * The English text of the problem codes of the monitor's event streams and alert reviews (`monitor/rejected`,
 * `monitor/review-file`). A module that makes these problems imports this table, so a bundle carries the texts of the
 * codes its code can raise (problems-en.ts joins every family's table for {@link problem} and {@link problemText}).
 * The Chinese text is beside it in problems-zh-monitor.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, dqEn as dq, tEn as t, MONITOR_HINTS_EN, rejectedEn as rejected } from "./problems-en-words.js";

/** English text of the codes of the monitor's event streams and alert reviews: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const MONITOR_EN = {
  "monitor/rejected": (p) => t(`Event ${p.event} is rejected (${p.reason})${p.field === null ? "" : ` at ${p.field}`}: ${dq(p.value)}.`, MONITOR_HINTS_EN[p.reason]),
  "monitor/review-file": (p) =>
    p.kind === "json"
      ? t(`The monitoring review is not JSON: ${p.detail}`, "Pass the file gaptrace watch --review wrote (JSON).")
      : p.kind === "shape"
        ? t(`The monitoring review does not have a review's shape: ${p.detail}`, "Pass the file gaptrace watch --review wrote, unchanged.")
        : t(`The monitoring review names ${p.what} ${q(p.id)}, which the study does not have.`, "Review alerts with the same study (gaptrace watch <study> --review), or correct the id."),
} satisfies Partial<ProblemTable>;
