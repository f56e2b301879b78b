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

/** English text of the codes of the monitor's event streams and alert reviews; pure, so a bundle that raises none of them leaves it out. */
export const MONITOR_EN = /* @__PURE__ */ (() => ({
  "monitor/rejected": (p) => t(`Event ${p.event} is rejected (${p.reason})${p.field === null ? "" : ` at ${p.field}`}: ${dq(p.value)}.`, MONITOR_HINTS_EN[p.reason]),
  "monitor/review-file": (p) =>
    p.kind === "json"
      ? t(`The monitoring review is not JSON: ${p.detail}`, "Pass the file gaptrace watch --review wrote (JSON).")
      : p.kind === "shape"
        ? t(`The monitoring review does not have a review's shape: ${p.detail}`, "Pass the file gaptrace watch --review wrote, unchanged.")
        : t(`The monitoring review names ${p.what} ${q(p.id)}, which the study does not have.`, "Review alerts with the same study (gaptrace watch <study> --review), or correct the id."),
}) satisfies Partial<ProblemTable>)();
