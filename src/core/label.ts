/**
 * Bilingual labels. Every name a user sees (posts, steps, questions, report text) can be given in English and
 * Simplified Chinese; either may be missing, and the other is used as the fallback.
 * @module
 */

/** A report language: English or Simplified Chinese. */
export type Lang = "en" | "zh";

/** The report languages, each with a word table in every folder that writes text. */
export const LANGS: readonly Lang[] = ["en", "zh"];

/**
 * Whether a value names a report language: the one check of every `lang` option.
 *
 * @param x - The value given.
 * @returns True for `"en"` and `"zh"`.
 * @example
 * ```ts
 * isLang("zh"); // true
 * isLang("fr"); // false
 * ```
 */
export function isLang(x: unknown): x is Lang {
  return typeof x === "string" && (LANGS as readonly string[]).includes(x);
}

/** The other report language: where a label lacks the wanted language, its text in this one is used. */
const FALLBACK: Readonly<Record<Lang, Lang>> = { en: "zh", zh: "en" };

/** A label as written in a study: a plain string (any language) or `{ en, zh }`. */
export type Label = string | { readonly en?: string | undefined; readonly zh?: string | undefined };

/**
 * The text of a label in the wanted language, falling back to the other one.
 *
 * @example
 * ```ts
 * labelText({ en: "Repair dispatcher", zh: "抢修调度员" }, "zh"); // "抢修调度员"
 * labelText("抢修调度员", "en"); // "抢修调度员"
 * ```
 */
export function labelText(label: Label | undefined, lang: Lang = "en"): string {
  if (label === undefined) return "";
  if (typeof label === "string") return label;
  return label[lang] ?? label[FALLBACK[lang]] ?? "";
}

/** Both languages joined for bilingual display: `Repair dispatcher (抢修调度员)`. */
export function labelBoth(label: Label | undefined): string {
  if (label === undefined) return "";
  if (typeof label === "string") return label;
  if (label.en !== undefined && label.zh !== undefined && label.en !== label.zh) return `${label.en} (${label.zh})`;
  return label.en ?? label.zh ?? "";
}
