/**
 * The fixed words of the report writers (headings, column names, captions, notes), read from each language's
 * table (src/reports/words/), so a column is called the same in the Markdown, CSV and HTML and a missing
 * translation is a type error. `REPORT_WORDS` keeps the 0.1 bilingual record, built from the two tables.
 * @module
 */
import type { Lang } from "../core/label.js";
import { wordsFor } from "./words/index.js";
import { FIXED_EN } from "./words/fixed-en.js";
import type { WordKey } from "./words/types.js";

export type { WordKey } from "./words/types.js";

/** Every fixed word of the reports, by key, in both languages (built from the two tables). */
export const REPORT_WORDS: { readonly [K in WordKey]: Readonly<Record<Lang, string>> } = Object.fromEntries(
  (Object.keys(FIXED_EN) as WordKey[]).map((k) => [k, { en: wordsFor("en").fixed[k], zh: wordsFor("zh").fixed[k] }] as const),
) as { readonly [K in WordKey]: Readonly<Record<Lang, string>> };

/**
 * A fixed word of the reports in one language.
 *
 * @param key - The word's key.
 * @param lang - The report language.
 * @returns The word.
 * @example
 * ```ts
 * word("responsibility", "zh"); // "责任清单"
 * ```
 */
export function word(key: WordKey, lang: Lang): string {
  return wordsFor(lang).fixed[key];
}
