/**
 * The report languages' tables, picked by language: every writer and sentence function takes the language and
 * reads its words from here, so no code branches on the language.
 * @module
 */
import type { Lang } from "../../core/label.js";
import { EN } from "./en.js";
import type { ReportWords } from "./types.js";
import { ZH } from "./zh.js";

export type { ReportWords } from "./types.js";

const TABLES: Readonly<Record<Lang, ReportWords>> = { en: EN, zh: ZH };

/**
 * The words of the reports in one language.
 *
 * @param lang - The report language.
 * @returns Its table.
 * @example
 * ```ts
 * wordsFor("zh").undecidedKinds.clock; // "标准计时口径"
 * ```
 */
export function wordsFor(lang: Lang): ReportWords {
  return TABLES[lang];
}
