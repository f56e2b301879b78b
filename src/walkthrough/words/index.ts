/**
 * The fixed text of the walkthrough scripts, one table per language ({@link Words}), picked by language here so
 * that both languages say the same things in the same places and no script branches on the language.
 * @module
 */
import type { Lang } from "../../core/label.js";
import { EN } from "./en.js";
import type { Words } from "./types.js";
import { ZH } from "./zh.js";

export type { Words } from "./types.js";

const TABLES: Readonly<Record<Lang, Words>> = { en: EN, zh: ZH };

/**
 * The words of a language.
 *
 * @param lang - `en` or `zh`.
 * @returns The table of that language.
 * @example
 * ```ts
 * wordsFor("zh").customerTitle("停电和故障抢修"); // "客户穿越：停电和故障抢修"
 * ```
 */
export function wordsFor(lang: Lang): Words {
  return TABLES[lang];
}
