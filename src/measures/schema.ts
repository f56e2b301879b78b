/**
 * The shape of an improvement-measures catalogue (gaptrace/measures@1): categories and measures, each saying which
 * tags and kinds of evidence it addresses and, optionally, where it applies.
 * @module
 */
import * as z from "zod/mini";
import { EVIDENCE_KINDS, TAGS } from "../attribution/shared/findings.js";
import { IdSchema, LabelSchema } from "../model/label.js";
import { INDUSTRIES, LayerSchema } from "../model/study.js";

/** The format tag of a measures catalogue file. */
export const MEASURES_FORMAT = "gaptrace/measures@1" as const;

/** A category of measures, e.g. standard revision (标准修订). */
export const MeasureCategorySchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: z.optional(LabelSchema),
  /**
   * A category of one service area (installation, bills, baggage…), not of a kind of work (training, staffing):
   * its measures are suggested only for findings in themes that name the category (`measureCategories` of the
   * study's theme), so a billing measure is never offered for a repair finding.
   */
  serviceArea: z._default(z.boolean(), false),
});

/** One improvement measure. */
export const ImprovementMeasureSchema = z.strictObject({
  id: IdSchema,
  /** The category id. */
  category: IdSchema,
  /** A short title, in English and Chinese. */
  title: LabelSchema,
  /** What is done, by whom, in a sentence or two. */
  description: z.optional(LabelSchema),
  /** The tags it addresses (at least one). */
  tags: z.array(z.enum(TAGS)).check(z.minLength(1, "a measure addresses at least one tag")),
  /** The evidence kinds it addresses; empty: any. */
  evidence: z._default(z.array(z.enum(EVIDENCE_KINDS)), []),
  /** Only for findings at these steps; empty: any step. */
  steps: z._default(z.array(IdSchema), []),
  /** Only for findings about these standards; empty: any standard. */
  standards: z._default(z.array(IdSchema), []),
  /** Only for findings landing on these posts; empty: any post. */
  posts: z._default(z.array(IdSchema), []),
  /** Only for findings landing in these departments; empty: any department. */
  departments: z._default(z.array(IdSchema), []),
  /** Only for findings at steps in these blueprint layers (e.g. `support` for stock and systems); empty: any. */
  layers: z._default(z.array(LayerSchema), []),
});

/**
 * What a catalogue file adds to: the bundled catalogue of the study's declared industry (`industry`; the shared
 * measures alone when the study declares none), the shared measures alone (`shared`), or a named industry's.
 */
export const MEASURES_EXTENDS = ["industry", "shared", ...INDUSTRIES] as const;

/** A catalogue of measures with its categories. */
export const MeasureCatalogueSchema = z.strictObject({
  format: z.literal(MEASURES_FORMAT),
  name: z.optional(LabelSchema),
  /**
   * Left out, the catalogue replaces the bundled one. Given, it extends a bundled catalogue (see
   * {@link MEASURES_EXTENDS}): its categories and measures come first, and one with a bundled id replaces it.
   */
  extends: z.optional(z.enum(MEASURES_EXTENDS)),
  categories: z.array(MeasureCategorySchema),
  measures: z.array(ImprovementMeasureSchema),
});

/** A category of measures. */
export type MeasureCategory = z.output<typeof MeasureCategorySchema>;
/** An improvement measure (defaults applied). */
export type ImprovementMeasure = z.output<typeof ImprovementMeasureSchema>;
/** A validated catalogue of measures. */
export type MeasureCatalogue = z.output<typeof MeasureCatalogueSchema>;
/** What a catalogue file extends. */
export type MeasuresExtends = (typeof MEASURES_EXTENDS)[number];
/** A catalogue as it may be written (optional lists left out). */
export type MeasureCatalogueInput = z.input<typeof MeasureCatalogueSchema>;
