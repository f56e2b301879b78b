/**
 * The data module's word tables, picked by language, so no code branches on the language.
 * @module
 */
import type { Lang } from "../../core/label.js";
import { EN } from "./en.js";
import type { DataWords } from "./types.js";
import { ZH } from "./zh.js";

export type { BasisSentenceArgs, DataWords } from "./types.js";

/**
 * The data module's words by language.
 *
 * @example
 * ```ts
 * DATA_WORDS.zh.quantity("60", "s"); // "60秒"
 * ```
 */
export const DATA_WORDS: Readonly<Record<Lang, DataWords>> = { en: EN, zh: ZH };
