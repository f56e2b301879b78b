/**
 * The BPMN mapping: what a BPMN diagram does not say and a blueprint needs, in a file the study team edits
 * (YAML or JSON). Every entry names BPMN elements by id: the theme of each process, the layer and post of each lane,
 * a step id (and the fields BPMN has no place for) for each task or event, and which flows are rework. The parts of
 * the study BPMN has nothing of (organisation, theme map, events, metrics, standards, evaluation points) are carried
 * as they are and checked by the study's own validation. `importBpmn` writes a complete mapping to start from;
 * `bpmnMapping` writes the one that brings an exported study back.
 * @module
 */
import * as z from "zod";
import { IdSchema, LabelSchema } from "../model/label.js";
import { HandoffKindSchema, LayerSchema } from "../model/study.js";

/** The mapping format version this library reads and writes. */
export const BPMN_MAPPING_VERSION = 1 as const;

const ElementId = z.string().min(1);
const Passthrough = z.array(z.unknown());

/** One BPMN process (a pool's process, or a process on its own) and the theme its steps belong to. */
export const BpmnThemeEntrySchema = z.strictObject({
  process: ElementId,
  theme: IdSchema,
  name: LabelSchema.optional(),
  items: z.array(IdSchema).optional(),
  description: LabelSchema.optional(),
  /** The measure categories of one service area that fit the theme (the study theme's `measureCategories`). */
  measureCategories: z.array(IdSchema).optional(),
});

/** One lane (or a pool or process without lanes) and the layer and post of the steps in it. */
export const BpmnLaneEntrySchema = z.strictObject({
  lane: ElementId,
  /** The lane's name in the BPMN file, for the reader of the mapping (not read back). */
  name: z.string().optional(),
  layer: LayerSchema.optional(),
  /** The post that owns the lane's steps (absent for the customer layer). */
  post: IdSchema.optional(),
});

/** One task or event and the step it becomes; each field overrides what the lane and the BPMN element give. */
export const BpmnStepEntrySchema = z.strictObject({
  element: ElementId,
  step: IdSchema.optional(),
  name: LabelSchema.optional(),
  layer: LayerSchema.optional(),
  owner: IdSchema.optional(),
  contributors: z.array(IdSchema).optional(),
  description: LabelSchema.optional(),
  reach: z.array(IdSchema).optional(),
});

/** One sequence or message flow: whether its hand-off is rework, its kind and its label, overriding the BPMN. */
export const BpmnFlowEntrySchema = z.strictObject({
  flow: ElementId,
  rework: z.boolean().optional(),
  kind: HandoffKindSchema.optional(),
  label: LabelSchema.optional(),
});

/** The whole mapping file. */
export const BpmnMappingSchema = z.strictObject({
  gaptraceBpmn: z.literal(BPMN_MAPPING_VERSION),
  study: z.strictObject({ id: IdSchema, name: LabelSchema, description: LabelSchema.optional(), industry: z.string().optional() }).optional(),
  themes: z.array(BpmnThemeEntrySchema).default([]),
  lanes: z.array(BpmnLaneEntrySchema).default([]),
  steps: z.array(BpmnStepEntrySchema).default([]),
  flows: z.array(BpmnFlowEntrySchema).default([]),
  organisation: z.strictObject({ departments: Passthrough.default([]), posts: Passthrough.default([]), persons: Passthrough.default([]) }).default({ departments: [], posts: [], persons: [] }),
  /** The theme map's needs and items, and the themes no process draws (the themes made from processes are added to them). */
  themeMap: z.strictObject({ needs: Passthrough.default([]), items: Passthrough.default([]), themes: Passthrough.default([]) }).default({ needs: [], items: [], themes: [] }),
  events: Passthrough.default([]),
  metrics: Passthrough.default([]),
  standards: Passthrough.default([]),
  evaluationPoints: Passthrough.default([]),
  /** The study's monitoring section (complaint kinds, ladder), carried as it is. */
  monitoring: z.unknown().optional(),
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
