/**
 * The data module's English words: basis sentences of compliance and abandonment figures.
 * @module
 */
import type { Unit } from "../../model/study.js";
import type { BasisSentenceArgs, DataWords } from "./types.js";

const UNIT: Readonly<Record<Unit, string>> = { s: "s", min: "min", h: "h", d: "days", workday: "working days", "%": "%", count: "", score: "points", yuan: "yuan" };

function meets(a: BasisSentenceArgs): string {
  if (a.start === undefined || a.stop === undefined) return `whose ${a.metric} is ${a.better === "lower" ? "at most" : "at least"} ${a.limit}`;
  return a.better === "lower" ? `that reach ${a.stop} within ${a.limit} of ${a.start}` : `that reach ${a.stop} no sooner than ${a.limit} after ${a.start}`;
}

function given(a: BasisSentenceArgs): string {
  return a.given ? "; where the data give the duration directly as a number, that number is used" : "";
}

/**
 * English words of the data module.
 *
 * @example
 * ```ts
 * EN.quantity("45", "min"); // "45 min"
 * ```
 */
export const EN: DataWords = {
  quantity: (value, unit) => (UNIT[unit] === "" ? value : unit === "%" ? `${value}%` : `${value} ${UNIT[unit]}`),
  compliance: (a) => {
    if (a.start === undefined || a.stop === undefined) return `share of the cases with a duration ${meets(a)}${given(a)}`;
    if (a.rule.count === "miss") return `share of all cases reaching ${a.start} ${meets(a)}; cases that never reach ${a.stop} count as misses${given(a)}`;
    if (a.rule.count === "exclude") return `share of the cases reaching ${a.stop} ${meets(a)}; cases that never reach ${a.stop} are left out${given(a)}`;
    return `share of the cases reaching ${a.start} ${meets(a)}; cases that never reach ${a.stop} count as misses, except those that ended at ${a.rule.end ?? ""}${a.rule.seconds === undefined ? "" : ` within ${a.rule.seconds} s of ${a.start}`}, which are left out${given(a)}`;
  },
  abandonment: (a) =>
    a.rule.count === "exclude-if-shorter"
      ? `share of the cases reaching ${a.start ?? a.metric} that never reach ${a.stop ?? a.metric}, leaving out those that ended at ${a.rule.end ?? ""}${a.rule.seconds === undefined ? "" : ` within ${a.rule.seconds} s`}`
      : `share of the cases reaching ${a.start ?? a.metric} that never reach ${a.stop ?? a.metric}`,
};
