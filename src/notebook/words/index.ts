/**
 * The notebook views' fixed words, one table per language ({@link NotebookWords}), picked by language here so
 * that a view in `lang: "zh"` reads as a whole in Chinese and no view branches on the language.
 * @module
 */
import type { Lang } from "../../core/label.js";
import { EN } from "./en.js";
import type { NotebookWords, PlainWord } from "./types.js";
import { ZH } from "./zh.js";

export type { NotebookWords, PlainWord } from "./types.js";

const TABLES: Readonly<Record<Lang, NotebookWords>> = { en: EN, zh: ZH };

/**
 * The notebook views' words in a language.
 *
 * @param lang - `en` or `zh`.
 * @returns That language's table.
 * @example
 * ```ts
 * notebookWords("zh").thresholdTo("25"); // "限值改为 25"
 * ```
 */
export function notebookWords(lang: Lang): NotebookWords {
  return TABLES[lang];
}

/**
 * One plain word in a language.
 *
 * @param word - The word's key.
 * @param lang - `en` or `zh`.
 * @returns The word.
 * @example
 * ```ts
 * w("ledger", "zh"); // "数据加载台账"
 * ```
 */
export function w(word: PlainWord, lang: Lang): string {
  return TABLES[lang][word];
}
