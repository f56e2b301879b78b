/**
 * The answer codes of each question of a survey-response load: the global missing, "don't know" and "not
 * applicable" codes and `recode` labels, and per question (where a per-question option or a recode map of its own
 * applies) its own set. Shared by the in-process reader and the SQL first pass, so both read a cell alike.
 * @internal
 * @module
 */
import type { DataIndex } from "./study-index.js";
import { answerCodes, DEFAULT_DONT_KNOW, recodeKey, type AnswerCodes } from "./values.js";

/** The options that decide a question's codes (a subset of `ResponseOptions`). */
export interface QuestionCodeOptions {
  readonly missingCodes?: readonly (string | number)[];
  readonly missingCodesByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  readonly dontKnow?: readonly (string | number)[];
  readonly dontKnowByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  readonly notApplicable?: readonly (string | number)[];
  readonly notApplicableByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  readonly recode?: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * The answer codes of every question: the global ones, and per question (where a per-question option names it,
 * or a recode map of its own applies) its own set; `undefined` where the global set applies.
 */
export function questionCodes(ix: DataIndex, options: QuestionCodeOptions): [AnswerCodes, (AnswerCodes | undefined)[]] {
  const missing = options.missingCodes ?? [];
  const dontKnow = options.dontKnow ?? DEFAULT_DONT_KNOW;
  const notApplicable = options.notApplicable ?? [];
  const all = options.recode?.get("*") ?? new Map<string, number>();
  const global = answerCodes(missing, dontKnow, notApplicable, all);
  const byQuestion = ix.questionIds.map((qid): AnswerCodes | undefined => {
    const m = options.missingCodesByQuestion?.get(qid);
    const d = options.dontKnowByQuestion?.get(qid);
    const n = options.notApplicableByQuestion?.get(qid);
    const own = options.recode?.get(qid);
    if (m === undefined && d === undefined && n === undefined && own === undefined) return undefined;
    // The question's own labels win over "*": they are set after, on the same (normalised) keys.
    const recode = own === undefined ? all : new Map([...[...all].map(([l, c]) => [recodeKey(l), c] as const), ...[...own].map(([l, c]) => [recodeKey(l), c] as const)]);
    return answerCodes(m ?? missing, d ?? dontKnow, n ?? notApplicable, recode);
  });
  return [global, byQuestion];
}
