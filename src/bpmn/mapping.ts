/**
 * The BPMN mapping: what a BPMN diagram does not say and a blueprint needs, in a file the study team edits
 * (YAML or JSON). Every entry names BPMN elements by id: the theme of each process, the layer and post of each lane,
 * a step id (and the fields BPMN has no place for) for each task or event, and which flows are rework. The parts of
 * the study BPMN has nothing of (organisation, theme map, events, metrics, standards, evaluation points) are carried
 * as they are and checked by the study's own validation. `importBpmn` writes a complete mapping to start from;
 * `bpmnMapping` writes the one that brings an exported study back.
 * @module
 */
import * as z from "zod/mini";
import { IdSchema, LabelSchema } from "../model/label.js";
import { HandoffKindSchema, LayerSchema } from "../model/study.js";

/** The mapping format version this library reads and writes. */
export const BPMN_MAPPING_VERSION = 1 as const;

const ElementId = z.string().check(z.minLength(1));
const Passthrough = z.array(z.unknown());

/** One BPMN process (a pool's process, or a process on its own) and the theme its steps belong to. */
export const BpmnThemeEntrySchema = z.strictObject({
  process: ElementId,
  theme: IdSchema,
  name: z.optional(LabelSchema),
  items: z.optional(z.array(IdSchema)),
  description: z.optional(LabelSchema),
  /** The measure categories of one service area that fit the theme (the study theme's `measureCategories`). */
  measureCategories: z.optional(z.array(IdSchema)),
});

/** One lane (or a pool or process without lanes) and the layer and post of the steps in it. */
export const BpmnLaneEntrySchema = z.strictObject({
  lane: ElementId,
  /** The lane's name in the BPMN file, for the reader of the mapping (not read back). */
  name: z.optional(z.string()),
  layer: z.optional(LayerSchema),
  /** The post that owns the lane's steps (absent for the customer layer). */
  post: z.optional(IdSchema),
});

/** One task or event and the step it becomes; each field overrides what the lane and the BPMN element give. */
export const BpmnStepEntrySchema = z.strictObject({
  element: ElementId,
  step: z.optional(IdSchema),
  name: z.optional(LabelSchema),
  layer: z.optional(LayerSchema),
  owner: z.optional(IdSchema),
  contributors: z.optional(z.array(IdSchema)),
  description: z.optional(LabelSchema),
  reach: z.optional(z.array(IdSchema)),
});

/** One sequence or message flow: whether its hand-off is rework, its kind and its label, overriding the BPMN. */
export const BpmnFlowEntrySchema = z.strictObject({
  flow: ElementId,
  rework: z.optional(z.boolean()),
  kind: z.optional(HandoffKindSchema),
  label: z.optional(LabelSchema),
});

/** The whole mapping file. */
export const BpmnMappingSchema = z.strictObject({
  gaptraceBpmn: z.literal(BPMN_MAPPING_VERSION),
  study: z.optional(z.strictObject({ id: IdSchema, name: LabelSchema, description: z.optional(LabelSchema), industry: z.optional(z.string()) })),
  themes: z._default(z.array(BpmnThemeEntrySchema), []),
  lanes: z._default(z.array(BpmnLaneEntrySchema), []),
  steps: z._default(z.array(BpmnStepEntrySchema), []),
  flows: z._default(z.array(BpmnFlowEntrySchema), []),
  organisation: z._default(z.strictObject({ departments: z._default(Passthrough, []), posts: z._default(Passthrough, []), persons: z._default(Passthrough, []) }), { departments: [], posts: [], persons: [] }),
  /** The theme map's needs and items, and the themes no process draws (the themes made from processes are added to them). */
  themeMap: z._default(z.strictObject({ needs: z._default(Passthrough, []), items: z._default(Passthrough, []), themes: z._default(Passthrough, []) }), { needs: [], items: [], themes: [] }),
  events: z._default(Passthrough, []),
  metrics: z._default(Passthrough, []),
  standards: z._default(Passthrough, []),
  evaluationPoints: z._default(Passthrough, []),
  /** The study's monitoring section (complaint kinds, ladder), carried as it is. */
  monitoring: z.optional(z.unknown()),
});

/** A mapping as read (defaults applied). */
export type BpmnMapping = z.output<typeof BpmnMappingSchema>;
/** A mapping as it may be written (lists may be left out). */
export type BpmnMappingInput = z.input<typeof BpmnMappingSchema>;
/** One process → theme entry. */
export type BpmnThemeEntry = z.output<typeof BpmnThemeEntrySchema>;
/** One lane → layer and post entry. */
export type BpmnLaneEntry = z.output<typeof BpmnLaneEntrySchema>;
/** One task or event → step entry. */
export type BpmnStepEntry = z.output<typeof BpmnStepEntrySchema>;
/** One flow → hand-off entry. */
export type BpmnFlowEntry = z.output<typeof BpmnFlowEntrySchema>;

/**
 * The JSON Schema (draft 2020-12) of a mapping file, as written, for editors (`# yaml-language-server: $schema=…`).
 * The parts carried into the study as they are (organisation, theme map, events, metrics, standards, evaluation
 * points) are lists of anything here: the study's own schema and validation check them.
 *
 * @returns a JSON-serialisable schema object.
 * @example
 * ```ts
 * bpmnMappingJsonSchema().$id; // "https://gaptrace.dev/schema/bpmn-mapping.schema.json"
 * ```
 */
export function bpmnMappingJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(BpmnMappingSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://gaptrace.dev/schema/bpmn-mapping.schema.json",
    title: "gaptrace BPMN mapping",
    description: "What a BPMN file does not say and a gaptrace blueprint needs: the theme of each process, the layer and post of each lane, step ids, rework flows, and the rest of the study.",
  };
}
