/**
 * The report languages' tables, picked by language: every writer and sentence function takes the language and
 * reads its words from here, so no code branches on the language.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import { isLang, type Lang } from "../../core/label.js";
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
 * @throws {@link core!UsageError} for a language without a table.
 * @example
 * ```ts
 * wordsFor("zh").undecidedKinds.clock; // "标准计时口径"
 * ```
 */
export function wordsFor(lang: Lang): ReportWords {
  if (!isLang(lang)) throw new UsageError("report language", `expecting lang "en" or "zh", got ${JSON.stringify(lang)}.`, 'Pass lang: "en" (English) or "zh" (简体中文).');
  return TABLES[lang];
}
