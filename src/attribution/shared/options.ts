/**
 * Options of the attribution, validated with zod so a notebook user who passes `alpha: 5` gets a located message,
 * not a silent nonsense result.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../../core/errors.js";
import { nearMiss } from "../../core/near.js";
import { schemaProblems } from "../../study/validate/schema-issues.js";
import type { WorkCalendar } from "../../data/calendar.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

/** The options schema. Every field has a default, except `defaultTarget` (no target is invented) and the optional ones. */
export const AttributionOptionsSchema = z.strictObject({
  /** Confidence level of every interval. */
  level: z._default(z.number().check(z.gt(0.5), z.lt(1)), 0.95),
  /** False discovery rate (or family-wise error rate for Holm) within each family of tests of a run. */
  alpha: z._default(z.number().check(z.gt(0), z.lt(0.5)), 0.05),
  /**
   * Multiple-comparison control within each family of tests: Benjamini–Hochberg, Holm, or none. There is one
   * family per kind of test (target tests, SERVQUAL gaps, standards against expectations, clocks, compliance,
   * internal ratings), each adjusted on its own, so one kind of test cannot change another's verdict.
   */
  correction: z._default(z.enum(["benjamini-hochberg", "holm", "none"]), "benjamini-hochberg"),
  /**
   * Multiple-comparison control of the link tests (the effects of upstream candidates on customers' ratings), a
   * family of its own. Holm (family-wise) by default: a share names a post, so a run should blame no post by chance,
   * not merely keep such blame to a share of its links; real effects on linked customers are large beside their
   * standard errors and pass it easily.
   */
  linkCorrection: z._default(z.enum(["benjamini-hochberg", "holm", "none"]), "holm"),
  /** Fewest customers behind an external estimate. */
  minExternal: z._default(z.number().check(z.int(), z.gte(2)), 30),
  /** Fewest staff behind an internal estimate (internal populations are small). */
  minInternal: z._default(z.number().check(z.int(), z.gte(2)), 10),
  /** Fewest cases behind a compliance estimate. */
  minCases: z._default(z.number().check(z.int(), z.gte(2)), 30),
  /**
   * Satisfaction target (0–100 index) of evaluation points that do not set their own. No default: a point with
   * no target of its own and no `defaultTarget` gets no target test (its SERVQUAL gaps are still tested), and the
   * result lists it in `untargeted`. A target is a decision of the study, never invented by the library.
   */
  defaultTarget: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /**
   * The reference distribution of the intervals and p-values of means and paired gaps (satisfaction indices,
   * SERVQUAL gaps, internal ratings): `"t"` (default), Student t with the design's degrees of freedom (n − 1
   * sampled units for these unclustered surveys, as R survey's `confint(svymean(...), df = degf(design))`), or
   * `"z"`, the normal distribution (R's `confint` default). Shares (compliance, acceptance) keep their Wilson
   * interval and score test.
   */
  interval: z._default(z.enum(["t", "z"]), "t"),
  /**
   * The share of customers a standard must satisfy: a standard is unreasonable when fewer than this share of
   * customers accept its threshold (e.g. 0.8: four in five customers must find the standard's limit acceptable).
   */
  acceptance: z._default(z.number().check(z.gt(0), z.lt(1)), 0.8),
  /** The survey wave to analyse; default: the latest wave by name, in natural order ("2026H1" after "2025H2", "10" after "9"). */
  wave: z.optional(z.string().check(z.minLength(1))),
  /**
   * A non-compliant standard whose misses coincide with an upstream standard's misses at least this often is
   * explained by the upstream one rather than being a root cause of its own.
   */
  explainedShare: z._default(z.number().check(z.gt(0), z.lt(1)), 0.5),
  /**
   * The smallest gap worth a finding, as a share of its reference (0.01: one hundredth of the target, the
   * required compliance or the required acceptance). With large samples a trivial gap is statistically
   * significant; this keeps one late work order in 2,000 from becoming a finding against a post.
   */
  minSeverity: z._default(z.number().check(z.gte(0), z.lt(1)), 0.01),
  /**
   * Fewest linked customers on each side (exposed to a candidate's miss, and not) behind a measured effect of the
   * candidate on a point; below it the link is graded by weaker evidence.
   */
  minExposed: z._default(z.number().check(z.int(), z.gte(2)), 10),
  /** Fewest places (values of one segment) behind a co-variation estimate across places. */
  minGroups: z._default(z.number().check(z.int(), z.gte(3)), 5),
  /**
   * The segment dimensions every measured effect is adjusted for (compared within the same area, channel,
   * class…), so a nuisance that drives both the miss and the rating cannot create a link. Default: every
   * dimension the survey records.
   */
  adjustFor: z.optional(z.array(z.string().check(z.minLength(1)))),
  /**
   * The working calendar for standards counted in working days (`unit: workday`), e.g.
   * `workCalendar({ utcOffset: "+08:00", holidays: [...] })`. Without it those standards stay undecided.
   */
  calendar: z.optional(z.custom<WorkCalendar>((v) => typeof v === "object" && v !== null && typeof (v as WorkCalendar).workdaysBetween === "function", {
      message: "expected a working calendar (workCalendar({ utcOffset, holidays, workdays }))",
    })),
});

/** Options as passed (all optional). */
export type AttributionOptions = z.input<typeof AttributionOptionsSchema>;
/** Options with defaults applied. */
export type ResolvedAttributionOptions = z.output<typeof AttributionOptionsSchema>;

/**
 * Validate attribution options and apply defaults.
 *
 * @param options - what the caller passed.
 * @returns the options with defaults.
 * @throws {@link core!ValidationError} naming each bad option.
 * @example
 * ```ts
 * resolveAttributionOptions({ alpha: 0.1 }).level; // 0.95
 * ```
 */
export function resolveAttributionOptions(options: AttributionOptions = {}): ResolvedAttributionOptions {
  const r = AttributionOptionsSchema.safeParse(options, ZOD_ENGLISH);
  if (!r.success) {
    const allowed = Object.keys(AttributionOptionsSchema.shape);
    // A key the options do not have is named with the options there are, not with the study's schema.
    const problems = schemaProblems(r.error.issues, options).map((p) => {
      if (p.code !== "schema/unknown-key" || !("keys" in p.params) || p.params.keys === null) return p;
      const keys = p.params.keys;
      const near = keys.length === 1 ? (nearMiss(keys[0] as string, allowed) ?? null) : null;
      return problemFrom(STUDY_EN, "schema/unknown-key", "error", p.path, { source: "options", fn: "attribute", keys, allowed, near });
    });
    throw new ValidationError("gaptrace/attribute: invalid options.", problems);
  }
  return r.data;
}
