/**
 * The English text of the problem codes of usage and lookups by id (`usage`, `not-found/*`). A module that makes
 * these problems imports this table, so a bundle carries the texts of the codes its code can raise (problems-en.ts
 * joins every family's table for {@link problem} and {@link problemText}). The Chinese text is beside it in
 * problems-zh-core.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, tEn as t, foundEn as found, notFoundEn as notFound } from "./problems-en-words.js";

/** English text of the codes of usage and lookups by id: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const CORE_EN = {
  usage: (p) => ("encoding" in p ? t(`gaptrace/${p.fn}: unknown text encoding ${q(p.encoding)}.`, 'Use an encoding TextDecoder knows, e.g. "utf-8" or "gb18030".') : t(`gaptrace/${p.fn}: ${p.detail}`, p.hint)),
  "not-found/department": notFound("department"),
  "not-found/post": notFound("post"),
  "not-found/person": notFound("person"),
  "not-found/need": notFound("need"),
  "not-found/service item": notFound("service item"),
  "not-found/theme": notFound("theme"),
  "not-found/step": notFound("step"),
  "not-found/event": notFound("event"),
  "not-found/metric": notFound("metric"),
  "not-found/standard": notFound("standard"),
  "not-found/evaluation point": notFound("evaluation point"),
  "not-found/question": notFound("question"),
  "not-found/blueprint": notFound("blueprint"),
} satisfies Partial<ProblemTable>;
