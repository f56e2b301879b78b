/**
 * The slopes that let parts of linked data (regions summarised apart, shards of a distributed engine) run the overall
 * driver regression's second round so that the parts add up to one run over the whole. Round 2's residuals
 * eᵢ = yᵢ − ȳ − Σ βⱼ(xᵢⱼ − x̄ⱼ) read round 1's centres and slopes as literals: two parts' round 2 add only when both
 * used the whole's, which no part knows until every part's round 1 is merged. The protocol:
 *
 * 1. summarise every part (its round 1: answered counts and centred cross-products);
 * 2. `linkedSlopes(parts)`: merge round 1 (Chan, Golub and LeVeque's pairwise update), decide which drivers enter
 *    from the merged counts, and solve the merged cross-products;
 * 3. summarise every part again with `{ slopes }`: round 1 on the whole's drivers, round 2 at the whole's slopes;
 * 4. `mergeLinkedSummaries` adds the parts: counts exactly, sums to rounding, as one run over the whole.
 *
 * When a part kept other drivers than the whole (too few of its customers answered one), its round 1 is not the
 * whole's part: the slopes say so (`ready: false`), and step 3 is run once without slopes of round 2 to redo
 * round 1 on the whole's drivers, then step 2 again. A part without a complete row is excused only when every
 * driver it kept is among the whole's: then it has no complete row on the whole's drivers either. Parts summarised
 * with slopes that are not ready have no round 2, and `mergeLinkedSummaries` refuses them by name
 * (`drivers/round-two-slopes`, reason `slopes-not-ready`).
 * @module
 */
import * as z from "zod/mini";
import { UsageError, ValidationError } from "../../core/errors.js";
import { schemaProblems } from "../../study/validate/schema-issues.js";
import { solveCrossProducts, type CentredCrossProducts } from "../../stats/fit-from-cross-products.js";
import { checkLinkedSummary, mergeCross, type LinkedDriverSummary, type LinkedSummary } from "./linked-summary.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

/** One overall point's driver regression as the whole sees it: the drivers that enter, and round 2's literals. */
export interface LinkedDriverSlopes {
  /** The overall point. */
  readonly point: string;
  /** The drivers that enter the fit, decided from the merged counts (every part runs round 1 on these). */
  readonly kept: readonly string[];
  /** Every part's round 1 was on `kept`, so `at` is the whole's; false: run round 1 again with these slopes first. */
  readonly ready: boolean;
  /**
   * Round 2's literals (the merged round 1's centres and slopes, null for an aliased driver); undefined when not
   * ready, or when the whole's round 1 cannot be solved (too few rows: the whole has no round 2 either).
   */
  readonly at: { readonly yBar: number; readonly xBar: readonly number[]; readonly beta: readonly (number | null)[] } | undefined;
}

/** The slopes of every wave's overall points, from the merged round 1 of the parts (see the module). */
export interface LinkedSlopes {
  readonly kind: "gaptrace/linked-slopes";
  readonly version: 1;
  readonly study: string;
  readonly minExternal: number;
  /** Every driver regression is ready: round 2 run at these slopes on every part merges into the whole's. */
  readonly ready: boolean;
  readonly waves: readonly { readonly wave: string; readonly drivers: readonly LinkedDriverSlopes[] }[];
}

const FN = "linkedSlopes";

const driverSlopes_ = z.object({
  point: z.string(),
  kept: z.array(z.string()),
  ready: z.boolean(),
  at: z.optional(z.object({ yBar: z.number(), xBar: z.array(z.number()), beta: z.array(z.nullable(z.number())) })),
}).check(z.refine((d) => d.at === undefined || (d.at.xBar.length === d.kept.length && d.at.beta.length === d.kept.length), "round 2's centres and slopes must have one entry per kept driver"));

/** The schema of {@link LinkedSlopes}: slopes read back from JSON are untrusted input. */
export const LinkedSlopesSchema = z.object({
  kind: z.literal("gaptrace/linked-slopes"),
  version: z.literal(1),
  study: z.string(),
  minExternal: z.number().check(z.int(), z.gte(2)),
  ready: z.boolean(),
  waves: z.array(z.object({ wave: z.string(), drivers: z.array(driverSlopes_) })),
}).check(z.superRefine((s, ctx) => {
  // A wave or overall point listed twice would have one of its entries used and the other silently ignored.
  const waves = new Set<string>();
  s.waves.forEach((w, i) => {
    if (waves.has(w.wave)) ctx.addIssue({ code: "custom", path: ["waves", i, "wave"], message: `wave ${JSON.stringify(w.wave)} is listed twice` });
    waves.add(w.wave);
    const points = new Set<string>();
    w.drivers.forEach((d, j) => {
      if (points.has(d.point)) ctx.addIssue({ code: "custom", path: ["waves", i, "drivers", j, "point"], message: `overall point ${JSON.stringify(d.point)} is listed twice in wave ${JSON.stringify(w.wave)}` });
      points.add(d.point);
    });
  });
}));

/**
 * Check slopes given by a caller, against their shape and the run they are given to.
 *
 * @param fn - the function checking them, for the message.
 * @param slopes - the slopes.
 * @param run - the study and `minExternal` of the run, and optionally the study's overall points.
 * @returns the slopes, unchanged.
 * @throws {@link core!ValidationError} naming each malformed field by its path (a wave, or an overall point within a
 *   wave, listed twice among them); {@link core!UsageError} for slopes of another study or `minExternal`, or naming an
 *   overall point not among `run.overall`.
 * @example
 * ```ts
 * checkLinkedSlopes("summariseLinked", JSON.parse(text), { study: study.id, minExternal: 30 });
 * ```
 */
export function checkLinkedSlopes(fn: string, slopes: unknown, run: { readonly study: string; readonly minExternal: number; readonly overall?: readonly string[] }): LinkedSlopes {
  const r = LinkedSlopesSchema.safeParse(slopes, ZOD_ENGLISH);
  if (!r.success) throw new ValidationError(`gaptrace/${fn}: the slopes are malformed.`, schemaProblems(r.error.issues, slopes));
  if (r.data.study !== run.study || r.data.minExternal !== run.minExternal)
    throw new UsageError(fn, `the slopes are of study ${JSON.stringify(r.data.study)} with minExternal ${r.data.minExternal}; this run is of ${JSON.stringify(run.study)} with ${run.minExternal}.`, "Pass the slopes linkedSlopes made from the parts of this study, summarised with the same minExternal.");
  const overall = run.overall;
  const stray = overall === undefined ? undefined : r.data.waves.flatMap((w) => w.drivers.filter((d) => !overall.includes(d.point)).map((d) => ({ wave: w.wave, point: d.point })))[0];
  if (stray !== undefined)
    throw new UsageError(fn, `the slopes name overall point ${JSON.stringify(stray.point)} (wave ${JSON.stringify(stray.wave)}), which is not an overall point of the study.`, "Pass the slopes linkedSlopes made from the parts of this study.");
  return slopes as LinkedSlopes;
}

/**
 * Merge the parts' round 1 of every overall driver regression and solve it (see the module).
 *
 * @param parts - the linked summaries of the parts (the same study, `minExternal` and findings).
 * @returns per wave and overall point, the drivers that enter and round 2's literals.
 * @throws {@link core!ValidationError} for a malformed part (checked by `checkLinkedSummary`, each problem located
 *   under `parts[i]`); {@link core!UsageError} for no parts, parts of different studies or `minExternal`, or an
 *   overall point whose drivers differ between parts.
 * @example
 * ```ts
 * const slopes = linkedSlopes([north, south]);
 * const parts = [await summariseLinked(study, northData, { findings, slopes }), await summariseLinked(study, southData, { findings, slopes })];
 * const whole = mergeLinkedSummaries(parts[0], parts[1]);
 * ```
 */
export function linkedSlopes(parts: readonly LinkedSummary[]): LinkedSlopes {
  if (!Array.isArray(parts)) throw new UsageError(FN, "expecting the parts' linked summaries as a list.", "Pass e.g. [north, south], each from summariseLinked or linkedSummaryDuckDB/linkedSummaryPostgres.");
  parts.forEach((p, i) => checkLinkedSummary(FN, p, ["parts", i]));
  const first = parts[0];
  if (first === undefined) throw new UsageError(FN, "no parts were given.", "Pass the linked summaries of every part.");
  if (parts.some((p) => p.study !== first.study || p.minExternal !== first.minExternal))
    throw new UsageError(FN, "the parts are of different studies or minExternal.", "Summarise every part with the same study and options.");
  const byWave = new Map<string, Map<string, LinkedDriverSummary[]>>();
  for (const part of parts)
    for (const w of part.waves) {
      let points = byWave.get(w.wave);
      if (points === undefined) byWave.set(w.wave, (points = new Map()));
      for (const d of w.drivers) points.set(d.point, [...(points.get(d.point) ?? []), d]);
    }
  const waves = [...byWave.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([wave, points]) => ({ wave, drivers: [...points.values()].map((ds) => driverSlopes(wave, ds, first.minExternal)) }));
  return { kind: "gaptrace/linked-slopes", version: 1, study: first.study, minExternal: first.minExternal, ready: waves.every((w) => w.drivers.every((d) => d.ready)), waves };
}

/** One overall point's slopes from its parts' round 1 (the same rule for the drivers as one run's). */
function driverSlopes(wave: string, parts: readonly LinkedDriverSummary[], minN: number): LinkedDriverSlopes {
  const head = parts[0] as LinkedDriverSummary;
  const names = JSON.stringify(head.drivers.map((d) => d.point));
  if (parts.some((p) => JSON.stringify(p.drivers.map((d) => d.point)) !== names))
    throw new UsageError(FN, `wave ${JSON.stringify(wave)}, overall point ${JSON.stringify(head.point)}: the parts list different drivers.`, "Summarise every part with the same study.");
  const rows = parts.reduce((t, p) => t + p.rows, 0);
  const answered = head.drivers.map((_, j) => parts.reduce((t, p) => t + (p.drivers[j]?.answered ?? 0), 0));
  const keptIdx = answered.flatMap((a, j) => (a >= minN && a >= 0.5 * rows ? [j] : []));
  const kept = keptIdx.map((j) => head.drivers[j]?.point ?? "");
  // A part without a complete row on drivers it kept, all of them among the whole's, has none on the whole's either:
  // it adds nothing to round 1. One that kept a driver the whole did not may have rows complete on the whole's.
  const ready = parts.every((p) => JSON.stringify(p.kept) === JSON.stringify(kept) || (p.cross.n === 0 && p.kept.every((d) => kept.includes(d))));
  if (!ready || kept.length === 0) return { point: head.point, kept, ready, at: undefined };
  const cross = parts.filter((p) => p.cross.n > 0).reduce<CentredCrossProducts | undefined>((t, p) => (t === undefined ? p.cross : mergeCross(t, p.cross)), undefined);
  if (cross === undefined) return { point: head.point, kept, ready, at: undefined };
  const s = solveCrossProducts(cross, Math.max(minN, kept.length + 2));
  if (s.kind === "insufficient") return { point: head.point, kept, ready, at: undefined };
  const beta = Array.from(s.beta);
  return { point: head.point, kept, ready, at: { yBar: cross.yBar, xBar: [...cross.xBar], beta: kept.map((_, j) => (s.kept.includes(j) ? (beta[s.kept.indexOf(j)] ?? null) : null)) } };
}

/**
 * The slopes of one overall point in one wave, if given.
 *
 * @param slopes - the slopes, or undefined.
 * @param wave - the wave.
 * @param point - the overall point.
 * @returns its slopes, or undefined when none are given for it.
 * @example
 * ```ts
 * slopesOf(slopes, "2026H1", "ep_overall")?.kept;
 * ```
 */
export function slopesOf(slopes: LinkedSlopes | undefined, wave: string, point: string): LinkedDriverSlopes | undefined {
  return slopes?.waves.find((w) => w.wave === wave)?.drivers.find((d) => d.point === point);
}
