/**
 * The schema of a linked summary (`LinkedSummary`): one read back from JSON, a file or another system is untrusted
 * input, so `checkLinkedSummary` (linked-summary.ts; `attribute`, `compareWaves`, `mergeLinkedSummaries` and
 * `linkedSlopes` call it) checks its shape (counts whole and non-negative, the linkage adding up, each cell with one
 * level per dimension and one exposure per candidate, the cross-products and the residual moments of the sizes their
 * drivers give) and names each problem by its path.
 * @module
 */
import * as z from "zod/mini";

const count = z.number().check(z.int(), z.gte(0));
const finite = z.number();
const nonNegative = z.number().check(z.gte(0));
const moments = z.object({ n: count, nZeroWeight: count, sumW: nonNegative, mean: finite, m2: nonNegative, sumW2: nonNegative, meanW2: finite, m2W2: nonNegative });
const exposure = z.looseObject({ kind: z.enum(["missed-standard", "beyond-acceptable", "customer-clock"]), standard: z.string() });
const cross = z.object({ n: count, sumW: nonNegative, yBar: finite, xBar: z.array(finite), sxx: z.array(finite), sxy: z.array(finite), scale: z.array(nonNegative) });
const residuals = z.object({ meat: z.array(finite), score: z.array(finite) });
const point = z.object({
  point: z.string(),
  exposures: z.array(z.object({ key: z.string(), exposure })),
  cells: z.array(z.object({ segment: z.array(z.string()), exposure: z.array(z.union([z.literal(0), z.literal(1), z.null()])), moments })),
}).check(z.refine((p) => p.cells.every((c) => c.exposure.length === p.exposures.length), "every cell must have one exposure per candidate of its point"));
const driver = z.object({
  point: z.string(),
  rows: count,
  drivers: z.array(z.object({ point: z.string(), answered: count })),
  kept: z.array(z.string()),
  cross,
  round2: z.optional(z.object({ yBar: finite, xBar: z.array(finite), beta: z.array(z.nullable(z.number())), residuals })),
}).check(z.refine((d) => {
    const k = d.kept.length;
    const p = 1 + (d.round2?.beta.filter((b) => b !== null).length ?? 0);
    const sizes = d.cross.xBar.length === k && d.cross.sxx.length === k * k && d.cross.sxy.length === k && d.cross.scale.length === k;
    return sizes && (d.round2 === undefined || (d.round2.xBar.length === k && d.round2.beta.length === k && d.round2.residuals.meat.length === p * p && d.round2.residuals.score.length === p));
  }, "the cross-products must have one entry per kept driver (k×k products), round 2 one per kept driver and (1 + slopes)² residual products"));
const linkage = z.object({
  respondents: count,
  linked: count,
  unlinked: count,
  unknownCase: count,
  duplicate: count,
  caseRecords: count,
  problems: z.array(z.object({ respondent: z.string(), case: z.string(), reason: z.enum(["unknown-case", "duplicate-link"]) })),
}).check(z.refine((l) => l.linked + l.unlinked + l.unknownCase + l.duplicate === l.respondents, "respondents must equal linked + unlinked + unknown case + duplicate link"));
const wave = z.object({ wave: z.string(), dimensions: z.array(z.string()), linkage, points: z.array(point), drivers: z.array(driver) }).check(z.refine((w) => w.points.every((p) => p.cells.every((c) => c.segment.length === w.dimensions.length)), "every cell must have one level per dimension of its wave"));

/** The schema of a linked summary (see the module). */
export const LinkedSummarySchema = z.object({
  kind: z.literal("gaptrace/linked-summary"),
  version: z.literal(1),
  study: z.string(),
  minExternal: z.number().check(z.int(), z.gte(2)),
  waves: z.array(wave),
});
