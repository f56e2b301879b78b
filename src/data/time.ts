/**
 * Event times: ISO 8601 timestamps with a UTC offset, epoch milliseconds, or year-first local times as exports
 * write them (`2026/04/04 10:05`). A local time without an offset is ambiguous (which city's clock?), so it is
 * rejected unless the caller says which offset to assume.
 * @module
 */
import { UsageError } from "../core/errors.js";

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
/**
 * Local times as spreadsheets and work-order systems export them, year first so never ambiguous:
 * `2026/04/04 10:05`, `2026-4-4 9:05`, `2026.04.04 10:05:30`, a date alone. They carry no offset.
 */
const LOCAL = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** The outcome of reading a time: epoch milliseconds, or why it could not be read. */
export type ParsedTime = { readonly ok: true; readonly ms: number } | { readonly ok: false; readonly why: string };

/**
 * Parse a UTC offset such as `+08:00`, `+0800`, `+08` or `Z` into minutes east of UTC.
 *
 * @param offset - the offset text.
 * @returns minutes, or `undefined` when it is not an offset.
 * @example
 * ```ts
 * parseOffset("+08:00"); // 480
 * parseOffset("Z");      // 0
 * ```
 */
export function parseOffset(offset: string): number | undefined {
  if (offset === "Z" || offset === "z") return 0;
  const m = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(offset);
  if (m === null) return undefined;
  const h = Number(m[2]);
  const min = Number(m[3] ?? "0");
  if (h > 18 || min > 59) return undefined;
  return (m[1] === "-" ? -1 : 1) * (h * 60 + min);
}

// An epoch time of 9 to 11 digits is almost surely in seconds (1e9 s is 2001; as milliseconds it would be
// January 1970). Smaller numbers are left alone (small synthetic clocks), larger ones are milliseconds.
function looksLikeSeconds(n: number): boolean {
  return Math.abs(n) >= 1e8 && Math.abs(n) < 1e11;
}

function secondsWhy(s: string): string {
  return `${s} would be ${new Date(Number(s)).toISOString()} in epoch milliseconds; it looks like epoch seconds (write milliseconds, ×1000, or ISO 8601 with an offset)`;
}

/**
 * Read an event time: epoch milliseconds (a number or a string of digits) or ISO 8601 with an offset
 * (`2024-03-01T09:30:00+08:00`; a date alone means midnight). Year-first local times as exports write them
 * (`2024/03/01 09:30`, `2024-3-1 9:30`, `2024.03.01`) are read too; they have no offset. Without an offset,
 * `assumeOffsetMinutes` is used if given; otherwise the time is refused.
 *
 * @param raw - the cell.
 * @param assumeOffsetMinutes - offset for local times, in minutes east of UTC.
 * @returns the time in epoch milliseconds, or why not.
 * @example
 * ```ts
 * parseTime("2024-03-01T09:30:00+08:00"); // { ok: true, ms: 1709256600000 }
 * parseTime(1709256600000);               // { ok: true, ms: 1709256600000 }
 * parseTime("2024-03-01 09:30");          // { ok: false, why: "... has no UTC offset ..." }
 * parseTime("2024/03/01 09:30", 480);     // { ok: true, ms: 1709256600000 }
 * ```
 */
export function parseTime(raw: unknown, assumeOffsetMinutes?: number): ParsedTime {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, why: `${raw} is not a finite epoch time` };
    return looksLikeSeconds(raw) ? { ok: false, why: secondsWhy(String(raw)) } : { ok: true, ms: raw };
  }
  if (typeof raw !== "string") return { ok: false, why: "it is neither a number nor text" };
  const s = raw.trim();
  if (/^-?\d+$/.test(s)) {
    const n = Number(s);
    if (!Number.isSafeInteger(n)) return { ok: false, why: `${s} is too large for epoch milliseconds` };
    return looksLikeSeconds(n) ? { ok: false, why: secondsWhy(s) } : { ok: true, ms: n };
  }
  const iso = ISO.exec(s);
  const local = iso === null ? LOCAL.exec(s) : null;
  if (iso === null && local === null) return { ok: false, why: "it is neither ISO 8601 (2024-03-01T09:30:00+08:00), a year-first local time (2024/03/01 09:30) nor epoch milliseconds" };
  const [, y, mo, d, h, mi, sec, frac, off] = iso ?? [local?.[0], local?.[1], local?.[3], local?.[4], local?.[5], local?.[6], local?.[7], undefined, undefined];
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? "0");
  const minute = Number(mi ?? "0");
  const second = Number(sec ?? "0");
  if (month < 1 || month > 12) return { ok: false, why: `month ${mo} does not exist` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return { ok: false, why: `day ${d} does not exist in ${y}-${mo}` };
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, why: `${h ?? "00"}:${mi ?? "00"}:${sec ?? "00"} is not a time of day` };
  let offsetMin: number | undefined;
  if (off !== undefined) {
    offsetMin = parseOffset(off);
    if (offsetMin === undefined) return { ok: false, why: `${off} is not a UTC offset` };
  } else if (assumeOffsetMinutes !== undefined) offsetMin = assumeOffsetMinutes;
  else return { ok: false, why: "it has no UTC offset (write e.g. +08:00, or set assumeOffset)" };
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return { ok: true, ms: utc - offsetMin * 60_000 };
}

const digit = (b: Uint8Array, i: number): number => {
  const c = (b[i] as number) - 0x30;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/** Two digits at `i` as a number, or NaN. */
const two = (b: Uint8Array, i: number): number => digit(b, i) * 10 + digit(b, i + 1);

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Minutes east of UTC of an offset written from byte `i` to `end` (`Z`, `z`, `+08:00`, `+0800`, `+08`), as
 * {@link parseOffset} reads it; NaN for anything else.
 */
function offsetBytes(b: Uint8Array, i: number, end: number): number {
  const n = end - i;
  const c = b[i];
  if (n === 1) return c === 0x5a || c === 0x7a ? 0 : Number.NaN;
  if (c !== 0x2b && c !== 0x2d) return Number.NaN;
  const h = two(b, i + 1);
  const min = n === 3 ? 0 : n === 5 ? two(b, i + 3) : n === 6 && b[i + 3] === 0x3a ? two(b, i + 4) : Number.NaN;
  if (!(h <= 18 && min <= 59)) return Number.NaN;
  return (c === 0x2d ? -1 : 1) * (h * 60 + min);
}

/**
 * An event time written as ISO 8601 exports usually write it, read from its UTF-8 bytes without making a string:
 * `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to 3 digits, and an offset (`Z`, `+08:00`, `+0800`, `+08`),
 * with a year from 1000. It gives exactly what {@link parseTime} gives for the same text; anything else (spaces
 * around it, a date alone, a local time, epoch milliseconds, a finer fraction, an impossible date) is NaN, for
 * the caller to read as text with {@link parseTime}, which gives its verdict.
 *
 * @param b - bytes.
 * @param start - first byte.
 * @param end - end (exclusive).
 * @returns epoch milliseconds, or NaN.
 * @example
 * ```ts
 * const t = new TextEncoder().encode("2024-03-01T09:30:00+08:00");
 * parseTimeBytes(t, 0, t.length); // 1709256600000
 * ```
 */
export function parseTimeBytes(b: Uint8Array, start: number, end: number): number {
  if (end - start < 20 || b[start + 4] !== 0x2d || b[start + 7] !== 0x2d || b[start + 13] !== 0x3a || b[start + 16] !== 0x3a) return Number.NaN;
  const sep = b[start + 10];
  if (sep !== 0x54 && sep !== 0x20) return Number.NaN;
  const year = two(b, start) * 100 + two(b, start + 2);
  const month = two(b, start + 5);
  const day = two(b, start + 8);
  const hour = two(b, start + 11);
  const minute = two(b, start + 14);
  const second = two(b, start + 17);
  // NaN fails every comparison, so a byte that is not a digit lands here too.
  if (!(year >= 1000 && month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && second <= 59) || day > daysIn(year, month)) return Number.NaN;
  let i = start + 19;
  let ms = 0;
  if (b[i] === 0x2e || b[i] === 0x2c) {
    let digits = 0;
    for (i++; i < end && digits < 4; i++, digits++) {
      const d = digit(b, i);
      if (Number.isNaN(d)) break;
      ms = ms * 10 + d;
    }
    if (digits === 0 || digits > 3) return Number.NaN;
    ms *= digits === 1 ? 100 : digits === 2 ? 10 : 1;
  }
  const offset = offsetBytes(b, i, end);
  if (Number.isNaN(offset)) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
}

/**
 * Check an `assumeOffset` option and turn it into minutes.
 *
 * @param fn - the calling function, for the error message.
 * @param offset - the option value, e.g. `"+08:00"`.
 * @returns minutes east of UTC, or `undefined` when not given.
 * @throws UsageError when the offset cannot be read.
 * @example
 * ```ts
 * offsetOption("readCases", "+08:00"); // 480
 * ```
 */
export function offsetOption(fn: string, offset: string | undefined): number | undefined {
  if (offset === undefined) return undefined;
  const m = parseOffset(offset);
  if (m === undefined) throw new UsageError(fn, `assumeOffset ${JSON.stringify(offset)} is not a UTC offset.`, 'Write it like "+08:00" or "Z".');
  return m;
}
