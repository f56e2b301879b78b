/**
 * Units of metrics and standards. Calendar time units (s, min, h, d) convert into each other; every other unit
 * (working days, %, counts, scores, yuan) only matches itself, because converting them needs information the
 * model does not have (a working calendar, a base).
 * @module
 */
import type { Unit } from "./study.js";

const SECONDS: ReadonlyMap<Unit, number> = new Map<Unit, number>([
  ["s", 1],
  ["min", 60],
  ["h", 3600],
  ["d", 86_400],
]);

/** True when a value in unit `from` can be expressed in unit `to`. */
export function unitsCompatible(from: Unit, to: Unit): boolean {
  return from === to || (SECONDS.has(from) && SECONDS.has(to));
}

/**
 * Convert a value between compatible units; `undefined` when they are not compatible.
 *
 * @example
 * ```ts
 * convertUnit(90, "min", "h"); // 1.5
 * convertUnit(3, "workday", "d"); // undefined (needs a working calendar)
 * ```
 */
export function convertUnit(value: number, from: Unit, to: Unit): number | undefined {
  if (from === to) return value;
  const a = SECONDS.get(from);
  const b = SECONDS.get(to);
  if (a === undefined || b === undefined) return undefined;
  return (value * a) / b;
}

/** Seconds in one of a calendar time unit, or `undefined` for units that are not calendar time. */
export function secondsPerUnit(unit: Unit): number | undefined {
  return SECONDS.get(unit);
}
