/**
 * The blueprint picture's fixed words: one table per language ({@link BlueprintWords}), chosen by language here.
 * The SVG, Mermaid and DOT writers and the notebook read them from this one place.
 * @module
 */
import type { Lang } from "../../../core/label.js";
import { en } from "./en.js";
import type { BlueprintWords } from "./types.js";
import { zh } from "./zh.js";

export type { BlueprintDescription, BlueprintLineId, BlueprintWords } from "./types.js";

const TABLES: Readonly<Record<Lang, BlueprintWords>> = { en, zh };

/**
 * The blueprint picture's words in a language.
 *
 * @param lang - `en` or `zh`.
 * @returns That language's table.
 * @example
 * ```ts
 * blueprintWords("zh").layerTitle.frontline; // "一线接触层"
 * ```
 */
export function blueprintWords(lang: Lang): BlueprintWords {
  return TABLES[lang];
}

/** Whether a value names a report language (the one check, in core/label). */
export { isLang } from "../../../core/label.js";

/**
 * One word in both languages, as `{ en, zh }`: for callers that keep bilingual records.
 *
 * @param pick - Which word of a table.
 * @returns The word in each language.
 * @example
 * ```ts
 * inBothLanguages((w) => w.legend); // { en: "Legend", zh: "图例" }
 * ```
 */
export function inBothLanguages<T>(pick: (words: BlueprintWords) => T): Readonly<Record<Lang, T>> {
  return { en: pick(en), zh: pick(zh) };
}
