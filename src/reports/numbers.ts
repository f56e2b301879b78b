/**
 * Number formatting for every report writer, in one place, so that a share reads "77.6%" in the Markdown, the CSV
 * and the HTML alike, an index always carries one decimal, and a duration always carries its unit in the report's
 * language ("8.1 minutes", "8.1 分钟"). Locale-independent (no `Intl` defaults), so output is byte-stable on every
 * machine.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Unit } from "../model/study.js";
import { wordsFor } from "./words/index.js";

/** What a reader sees where a number is missing or not finite. */
export const NO_VALUE = "–";

/** Options of {@link formatNumber}. */
export interface NumberFormat {
  /** Decimals to round to. */
  readonly digits: number;
  /** Drop trailing zeros after rounding (`95.0` → `95`); default false. */
  readonly trim?: boolean | undefined;
  /** Put a sign on positive numbers (`+3.2`); default false. */
  readonly sign?: boolean | undefined;
}

/**
 * Format a number with thousands separators, a fixed number of decimals and a true minus sign: the one helper
 * every other formatter here builds on.
 *
 * @param value - The number; `NaN`, `±Infinity` and `undefined` print as {@link NO_VALUE}.
 * @param format - Decimals, whether to trim trailing zeros, whether to sign positive numbers.
 * @returns The formatted number.
 * @example
 * ```ts
 * formatNumber(2657, { digits: 0 }); // "2,657"
 * formatNumber(-22.335, { digits: 1 }); // "−22.3"
 * formatNumber(95.0, { digits: 1, trim: true }); // "95"
 * ```
 */
export function formatNumber(value: number | null | undefined, format: NumberFormat): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return NO_VALUE;
  const digits = Math.max(0, Math.min(6, Math.floor(format.digits)));
  let text = roundHalfUp(Math.abs(value), digits).toFixed(digits);
  // Rounding may turn -0.04 into "0.0": no sign then.
  const zero = Number(text) === 0;
  if (format.trim === true && text.includes(".")) text = text.replace(/\.?0+$/, "");
  const [int = "0", frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const body = frac === undefined ? grouped : `${grouped}.${frac}`;
  if (zero) return body;
  return value < 0 ? `\u2212${body}` : format.sign === true ? `+${body}` : body;
}

/** Round half up in decimal, so 77.55 (stored as 77.54999…) prints as 77.6, as a reader rounding by hand would. */
function roundHalfUp(v: number, digits: number): number {
  const text = String(v);
  if (text.includes("e")) return Math.round(v * 10 ** digits) / 10 ** digits;
  // Shifting the decimal point in the text avoids the binary error of v × 10^digits.
  return Number(`${Math.round(Number(`${text}e${digits}`) + 1e-9)}e-${digits}`);
}

/**
 * Format a count (sample size, number of cases): no decimals, thousands separated.
 *
 * @param value - The count.
 * @returns E.g. `"2,657"`.
 * @example
 * ```ts
 * formatCount(1391); // "1,391"
 * ```
 */
export function formatCount(value: number | undefined): string {
  return formatNumber(value, { digits: 0 });
}

/**
 * Format a satisfaction index (0–100) or a gap in index points: always one decimal.
 *
 * @param value - The index value.
 * @param sign - Sign positive values (for differences and gaps).
 * @returns E.g. `"55.0"`, `"+3.2"`.
 * @example
 * ```ts
 * formatIndex(55.0188); // "55.0"
 * ```
 */
export function formatIndex(value: number | undefined, sign = false): string {
  return formatNumber(value, { digits: 1, sign });
}

/**
 * Format a share (0–1) as a percentage with at most one decimal: `0.7755` → `"77.6%"`, `0.95` → `"95%"`.
 *
 * @param share - The share, 0–1.
 * @param sign - Sign positive values (for differences).
 * @returns The percentage.
 * @example
 * ```ts
 * formatPercent(0.7755); // "77.6%"
 * formatPercent(0.95); // "95%"
 * ```
 */
export function formatPercent(share: number | undefined, sign = false): string {
  if (share === undefined || !Number.isFinite(share)) return NO_VALUE;
  // Round the share itself (3 decimals) before scaling, so 0.7755 prints as 77.6%, not 77.5%.
  return `${formatNumber(roundHalfUp(Math.abs(share), 3) * Math.sign(share) * 100, { digits: 1, trim: true, sign })}%`;
}

/**
 * Format a percentage point difference between two shares: `0.042` → `"+4.2 pp"` (`"+4.2个百分点"` in Chinese).
 *
 * @param diff - The difference of two shares (0–1 scale).
 * @param lang - The report language.
 * @returns The signed difference in percentage points.
 * @example
 * ```ts
 * formatPoints(0.042, "en"); // "+4.2 pp"
 * ```
 */
export function formatPoints(diff: number | undefined, lang: Lang): string {
  if (diff === undefined || !Number.isFinite(diff)) return NO_VALUE;
  return wordsFor(lang).numbers.percentagePoints(formatNumber(diff * 100, { digits: 1, trim: true, sign: true }));
}

/**
 * The word for a unit in a report language.
 *
 * @param unit - The unit.
 * @param lang - The report language.
 * @param plural - English plural (ignored in Chinese); default true.
 * @returns E.g. `"minutes"`, `"分钟"`; empty for a plain count.
 * @example
 * ```ts
 * unitWord("h", "zh"); // "小时"
 * ```
 */
export function unitWord(unit: Unit, lang: Lang, plural = true): string {
  return wordsFor(lang).numbers.units[unit][plural ? 1 : 0];
}

/**
 * Format a quantity in its unit: durations, values and thresholds, with at most one decimal.
 *
 * @param value - The value, in `unit`.
 * @param unit - Its unit.
 * @param lang - The report language.
 * @returns E.g. `"8.1 minutes"`, `"24 小时"`, `"1 hour"`, `"15 个工作日"`.
 * @example
 * ```ts
 * formatQuantity(8.0789, "min", "en"); // "8.1 minutes"
 * formatQuantity(24, "h", "zh"); // "24小时"
 * ```
 */
export function formatQuantity(value: number | undefined, unit: Unit, lang: Lang): string {
  const v = formatNumber(value, { digits: unit === "yuan" ? 2 : 1, trim: true });
  if (v === NO_VALUE) return v;
  if (unit === "%") return `${v}%`;
  if (unit === "count") return v;
  return wordsFor(lang).numbers.quantity(v, unitWord(unit, lang, value !== 1));
}

/**
 * Format a confidence interval: `"95% CI 54.3–55.7"` / `"95%置信区间 54.3–55.7"`, with a given formatter for its
 * ends.
 *
 * @param ci - The interval's lower and upper ends.
 * @param level - The confidence level (0–1).
 * @param lang - The report language.
 * @param end - How to format each end; default {@link formatIndex}.
 * @returns The interval with its level.
 * @example
 * ```ts
 * formatCi([54.35, 55.69], 0.95, "en"); // "95% CI 54.3–55.7"
 * formatCi([0.183, 0.223], 0.95, "zh", formatPercent); // "95%置信区间 18.3%–22.3%"
 * ```
 */
export function formatCi(
  ci: readonly [number, number] | readonly number[],
  level: number,
  lang: Lang,
  end: (v: number) => string = (v) => formatIndex(v),
): string {
  const lo = end(ci[0] ?? NaN);
  const hi = end(ci[1] ?? NaN);
  // A minus sign right after an en dash reads badly: use "to" when an end is negative.
  const words = wordsFor(lang).numbers;
  const sep = lo.startsWith("\u2212") || hi.startsWith("\u2212") ? words.ciTo : "–";
  return `${formatPercent(level)}${words.ci}${lo}${sep}${hi}`;
}

/**
 * Format a sample size for an estimate: `"n = 2,657"`.
 *
 * @param n - The sample size.
 * @returns The size with its symbol.
 * @example
 * ```ts
 * formatN(1391); // "n = 1,391"
 * ```
 */
export function formatN(n: number | undefined): string {
  return `n = ${formatCount(n)}`;
}

/**
 * Format an adjusted p-value (q): three significant decimals, or `"< 0.001"`.
 *
 * @param q - The adjusted p-value.
 * @returns E.g. `"0.012"`, `"< 0.001"`.
 * @example
 * ```ts
 * formatQ(0); // "< 0.001"
 * ```
 */
export function formatQ(q: number | undefined): string {
  if (q === undefined || !Number.isFinite(q)) return NO_VALUE;
  return q < 0.001 ? "< 0.001" : formatNumber(q, { digits: 3 });
}

/**
 * The percentile a required share of cases sits at, as words: `0.95` → `"95th percentile"` / `"第95百分位"`. For
 * a "higher is better" standard the required share must be at or above the value, so the percentile is
 * `1 − share`.
 *
 * @param share - The required share (0–1).
 * @param better - Which way is better.
 * @param lang - The report language.
 * @returns The ordinal percentile.
 * @example
 * ```ts
 * percentileWords(0.98, "lower", "en"); // "98th percentile"
 * percentileWords(0.95, "higher", "zh"); // "第5百分位"
 * ```
 */
export function percentileWords(share: number, better: "lower" | "higher", lang: Lang): string {
  const p = (better === "lower" ? share : 1 - share) * 100;
  const text = formatNumber(p, { digits: 1, trim: true });
  return wordsFor(lang).numbers.percentile(text, Math.round(p), !text.includes("."));
}

/**
 * Format a measured attributable gap (Σ share × gap, in index points) as every writer prints it: one decimal.
 *
 * @param v - The measured gap; `null` prints as {@link NO_VALUE}.
 * @returns The figure.
 * @example
 * ```ts
 * formatPriority(16.7856); // "16.8"
 * ```
 */
export function formatPriority(v: number | null): string {
  return formatNumber(v, { digits: 1 });
}
