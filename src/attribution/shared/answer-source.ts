/**
 * Where a survey view's answers to a question come from, for the one-question index: the table's value column and
 * the positions of the question's answers in it, so the index is computed from the table without the answers' own
 * value column being made (8 MB a question at a million respondents), and one column per question taken from one
 * allocation the view makes for all its questions. Fewer and larger array buffers mean fewer full collections on a
 * first call: V8 starts one each time some 64 MB of new array buffers have been allocated since the last.
 * @module
 */

/** The source of one question's answers in a survey view (see {@link answerSource}). */
export interface AnswerSource {
  /** The table's value column (read only). */
  readonly values: Float64Array;
  /** For each answer, in the answers' order, its position in `values`: answer k's value is `values[order[k]]`. */
  readonly order: Uint32Array;
  /**
   * A zero-filled column of one number per answer (its length is the answers' count), a part of one allocation
   * the view makes for every question's answers, no other question's part: given to the first caller only (who
   * writes it once, then keeps it read only), undefined afterwards.
   */
  column(): Float64Array | undefined;
}

const sources = new WeakMap<object, AnswerSource>();

/**
 * Record where a view's answers come from (called by the survey view when it makes them).
 *
 * @param answers - the answers object the view returns.
 * @param source - its source.
 * @example
 * ```ts
 * setAnswerSource(answers, { values: table.answers.value, order, column: () => undefined });
 * ```
 */
export function setAnswerSource(answers: object, source: AnswerSource): void {
  sources.set(answers, source);
}

/**
 * The source of a view's answers to a question, when a survey view made them unscoped; undefined for answers made
 * any other way (a scoped read, a view of another kind), which are then read through their own columns.
 *
 * @param answers - answers from `view.answers(question)`.
 * @returns the source, or undefined.
 * @example
 * ```ts
 * const s = answerSource(view.answers("q_overall"));
 * s === undefined ? a.value[0] : s.values[s.order[0]!]; // the first answer's value either way
 * ```
 */
export function answerSource(answers: object): AnswerSource | undefined {
  return sources.get(answers);
}
