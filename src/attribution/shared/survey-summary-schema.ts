/**
 * The schema of a {@link SurveySummary}: a summary read back from JSON, a file or another system is untrusted
 * input, so `attribute` and `mergeSurveySummaries` check its shape (counts whole and non-negative, sums finite,
 * each theme's cross-products square and of the size of its points) and name each problem by its path.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../../core/errors.js";
import { schemaProblems } from "../../study/validate/schema-issues.js";
import type { SurveySummary } from "./survey-summary.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

const count = z.number().check(z.int(), z.gte(0));
const finite = z.number();
const nonNegative = z.number().check(z.gte(0));
const moments = z.object({ n: count, nZeroWeight: count, sumW: nonNegative, mean: finite, m2: nonNegative, sumW2: nonNegative, meanW2: finite, m2W2: nonNegative });
const scope = z.array(z.object({ key: z.string(), value: z.string() }));
const histogram = z.object({ bins: z.array(z.object({ value: finite, count, sumW: nonNegative, sumW2: nonNegative })), nZeroWeight: count });
const cross = z.object({
  predictors: z.array(z.string()),
  answered: z.array(count),
  rows: count,
  n: count,
  sumW: nonNegative,
  sumW2: nonNegative,
  mean: z.array(finite),
  cross: z.array(z.array(finite)),
  min: z.array(finite),
  max: z.array(finite),
}).check(z.refine((c) => {
    const p = c.predictors.length;
    return c.answered.length === p && [c.mean, c.min, c.max].every((x) => x.length === p + 1) && c.cross.length === p + 1 && c.cross.every((r) => r.length === p + 1);
  }, "the cross-products must have one answered count per point and (points + 1) means, minima, maxima and rows × columns of products"));
const wave = z.object({
  wave: z.string(),
  respondents: z.object({ customers: count, staff: count }),
  indexes: z.array(z.object({ questions: z.array(z.string()), moments })),
  pairs: z.array(z.object({ perception: z.string(), expectation: z.string(), gap: z.object({ perception: moments, expectation: moments, gap: moments }) })),
  accepting: z.array(z.object({ question: z.string(), scope, histogram })),
  drivers: z.array(z.object({ theme: z.string(), overall: z.string(), cross })),
  places: z.array(z.object({ questions: z.array(z.string()), dimension: z.string(), levels: z.array(z.object({ level: z.string(), n: count, sumW: nonNegative, sumWV: finite })) })),
});

/** The schema of a survey summary (see the module). */
export const SurveySummarySchema = z.object({
  kind: z.literal("gaptrace/survey-summary"),
  version: z.literal(1),
  study: z.string(),
  minExternal: z.number().check(z.int(), z.gte(2)),
  waves: z.array(wave),
});

/**
 * Check a survey summary given by a caller.
 *
 * @param fn - the function checking it, for the message.
 * @param summary - the summary.
 * @returns the summary, unchanged.
 * @throws {@link core!ValidationError} naming each problem by its path.
 * @example
 * ```ts
 * checkSurveySummary("attribute", JSON.parse(text));
 * ```
 */
export function checkSurveySummary(fn: string, summary: unknown): SurveySummary {
  const r = SurveySummarySchema.safeParse(summary, ZOD_ENGLISH);
  if (!r.success) throw new ValidationError(`gaptrace/${fn}: the survey summary is malformed.`, schemaProblems(r.error.issues, summary));
  return summary as SurveySummary;
}
