/**
 * The options of `simulateStudy`, checked by a zod schema (every check words its own message, so a notebook user who
 * passes `externalRespondents: -1` reads what is wrong and how to fix it) and resolved to the settings a run reads.
 * @module
 */
import * as z from "zod/mini";
import { parseOptions } from "../stats/_usage.js";
import type { Study } from "../model/study.js";
import type { Confounder, PlantedCause } from "./plant.js";
import { defaultSegments } from "./segments.js";
import type { SimSegment, SimulationOptions } from "./types.js";

/** The settings of one run: every option with its default applied. */
export interface SimSettings {
  readonly seed: number;
  readonly waves: readonly string[];
  /** External respondents per wave. */
  readonly nExt: number;
  /** Internal respondents per wave. */
  readonly nInt: number;
  /** Cases per theme and wave. */
  readonly nCases: number;
  /** Share of answers given as "DK". */
  readonly dk: number;
  /** Share of answers left out. */
  readonly miss: number;
  /** When the first case starts (epoch ms). */
  readonly t0: number;
  readonly segments: readonly SimSegment[];
  readonly plant: readonly PlantedCause[];
  readonly link: { readonly share: number; readonly exported: boolean } | undefined;
  readonly confounders: readonly Confounder[];
}

/** A count option: a whole number ≥ 0. */
const count = (name: string): z.ZodMiniOptional<z.ZodMiniNumber> => {
  const error = (iss: { input?: unknown }): string => `${name} must be a whole number ≥ 0, got ${String(iss.input)}.`;
  return z.optional(z.number({ error }).check(z.int({ error }), z.gte(0, { error })));
};

/** A share option: a number in [0, 1]. */
const share = (name: string): z.ZodMiniOptional<z.ZodMiniNumber> => {
  const error = (iss: { input?: unknown }): string => `${name} must be between 0 and 1, got ${String(iss.input)}.`;
  return z.optional(z.number({ error }).check(z.gte(0, { error }), z.lte(1, { error })));
};

/** A segment dimension of the simulated population. */
const SegmentSchema = z.object({
  dimension: z.string({ error: "each segment needs a dimension name." }),
  values: z.array(z.string(), { error: "each segment needs its values, an array of names." }).check(z.minLength(1, { error: "each segment needs at least one value." })),
  sampleShares: z.optional(z.array(z.number(), { error: "a segment's sampleShares must be numbers, one per value." })),
  populationShares: z.optional(z.array(z.number(), { error: "a segment's populationShares must be numbers, one per value." })),
});

/** A nuisance confounder; its numbers are checked with its segment, so each message names the confounder. */
const ConfounderSchema = z.object(
  { dimension: z.string({ error: "a confounder needs a dimension name." }), value: z.string({ error: "a confounder needs a segment value." }), slowdown: z.unknown(), ratingDrop: z.unknown() },
  { error: "each confounder must be { dimension, value, slowdown, ratingDrop }." },
);

/**
 * The options schema of `simulateStudy`. The counts and the link come first, so the first problem a caller reads is
 * the one earlier versions reported; a confounder must name a segment of the run (the study's default segments when
 * `segments` is not given).
 *
 * @param study - the study the options are for (its default segments).
 * @returns the schema.
 * @example
 * ```ts
 * simulationOptionsSchema(study).safeParse({ externalRespondents: -1 }).success; // false
 * ```
 */
export function simulationOptionsSchema(study: Study): z.ZodMiniType<SimulationOptions> {
  return z.object(
    {
      externalRespondents: count("externalRespondents"),
      internalRespondents: count("internalRespondents"),
      casesPerTheme: count("casesPerTheme"),
      link: z.optional(z.object({ share: share("link.share"), exported: z.optional(z.boolean({ error: "link.exported must be true or false." })) }, { error: "link must be an object { share?, exported? }." })),
      seed: z.optional(z.int({ error: (iss) => `seed must be a whole number, got ${String(iss.input)}.` })),
      waves: z.optional(z.array(z.string({ error: "every wave must be a name (a string)." }), { error: "waves must be an array of wave names." })),
      plant: z.optional(z.array(z.object({ tag: z.string() }, { error: "each planted cause must be an object with a tag." }), { error: "plant must be an array of causes." })),
      segments: z.optional(z.array(SegmentSchema, { error: "segments must be an array of { dimension, values }." })),
      dontKnowRate: share("dontKnowRate"),
      missingRate: share("missingRate"),
      startTime: z.optional(z.number({ error: (iss) => `startTime must be a finite time in epoch milliseconds, got ${String(iss.input)}.` })),
      confounders: z.optional(z.array(ConfounderSchema, { error: "confounders must be an array." })),
    },
    { error: "expecting options as an object." },
  ).check(z.superRefine((o, ctx) => {
      const segments = (o.segments as readonly SimSegment[] | undefined) ?? defaultSegments(study);
      (o.confounders ?? []).forEach((c, i) => confounderIssue(c as Confounder, segments, i, ctx));
    })) as unknown as z.ZodMiniType<SimulationOptions>;
}

/** Report a confounder outside the run's segments, or with unusable numbers, worded as earlier versions did. */
function confounderIssue(c: Confounder, segments: readonly SimSegment[], i: number, ctx: z.core.$RefinementCtx): void {
  const path = ["confounders", i];
  const seg = segments.find((s) => s.dimension === c.dimension);
  if (seg === undefined || !seg.values.includes(c.value)) {
    const hint = `Use one of: ${segments.map((s) => `${s.dimension} (${s.values.join(", ")})`).join("; ")}.`;
    ctx.addIssue({ code: "custom", path, message: `confounder ${JSON.stringify(c.dimension)} = ${JSON.stringify(c.value)} is not a segment of the simulation.`, params: { hint } });
  } else if (!(Number.isFinite(c.slowdown) && c.slowdown > 0) || !Number.isFinite(c.ratingDrop)) {
    const message = `confounder ${c.dimension} = ${c.value}: slowdown must be a number > 0 and ratingDrop a number, got ${String(c.slowdown)} and ${String(c.ratingDrop)}.`;
    ctx.addIssue({ code: "custom", path, message, params: { hint: "E.g. { slowdown: 1.6, ratingDrop: 8 }." } });
  }
}

/** Hints of the options' problems, by option. */
const HINTS: Readonly<Record<string, string>> = {
  externalRespondents: "Pass a count such as 2000.",
  internalRespondents: "Pass a count such as 2000.",
  casesPerTheme: "Pass a count such as 2000.",
  "link.share": "Pass the share of customers whose survey record names their case, e.g. 0.6.",
  link: "Pass link: { share: 0.6 } (share of customers whose survey record names their case), or leave it out.",
  seed: "Pass a whole number such as 7; the same seed gives the same data.",
  waves: 'Pass wave names such as ["2025H2", "2026H1"].',
  plant: 'Pass causes such as { tag: "non-compliant-execution", step: "or_bo_dispatch" } (plantableCauses lists them).',
  segments: 'Pass segments such as { dimension: "region", values: ["city", "rural"] }, or leave them out.',
  dontKnowRate: "Pass a share such as 0.01.",
  missingRate: "Pass a share such as 0.02.",
  startTime: 'Pass epoch milliseconds, e.g. Date.parse("2026-03-02T08:00:00+08:00").',
  confounders: "E.g. { dimension: \"area\", value: \"remote\", slowdown: 1.6, ratingDrop: 8 }.",
  "": "Pass an options object such as { seed: 7 }, or nothing.",
};

/**
 * Check the options of `simulateStudy` and apply their defaults.
 *
 * @param study - the study to simulate.
 * @param options - what the caller passed.
 * @returns the settings of the run.
 * @throws UsageError naming the first bad option (a count that is not a whole number ≥ 0, a link share
 * outside [0, 1], a confounder outside the run's segments…).
 * @example
 * ```ts
 * resolveSimulation(study, { seed: 7 }).nExt; // 11000
 * ```
 */
export function resolveSimulation(study: Study, options: SimulationOptions): SimSettings {
  parseOptions("simulateStudy", simulationOptionsSchema(study), options, HINTS);
  return {
    seed: options.seed ?? 1,
    waves: options.waves ?? ["1"],
    nExt: options.externalRespondents ?? 11_000,
    nInt: options.internalRespondents ?? 4_000,
    nCases: options.casesPerTheme ?? 2_000,
    dk: options.dontKnowRate ?? 0.01,
    miss: options.missingRate ?? 0.02,
    t0: options.startTime ?? Date.parse("2026-03-02T08:00:00+08:00"),
    segments: options.segments ?? defaultSegments(study),
    plant: options.plant ?? [],
    link: options.link === undefined ? undefined : { share: options.link.share ?? 1, exported: options.link.exported ?? true },
    confounders: options.confounders ?? [],
  };
}
