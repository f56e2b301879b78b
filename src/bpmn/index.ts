/**
 * BPMN 2.0 in and out (`gaptrace/bpmn`): import the process charts teams keep in BPMN tools as blueprints, with an
 * editable mapping for what BPMN lacks (the layer of a lane, the owner post, departments, themes, standards) and
 * every unsupported construct reported at its element id; export a study back to BPMN with its diagram, and an
 * attribution's findings as annotations on their steps. Runtime-neutral (bpmn-moddle reads the XML).
 * @module
 */
export { draftProblemsNotCovered, importBpmn, type BpmnImport, type BpmnImportOptions } from "./import.js";
export { renderBpmn, bpmnMapping, type RenderBpmnOptions } from "./export.js";
export {
  BPMN_MAPPING_VERSION,
  bpmnMappingJsonSchema,
  BpmnMappingSchema,
  BpmnThemeEntrySchema,
  BpmnLaneEntrySchema,
  BpmnStepEntrySchema,
  BpmnFlowEntrySchema,
  type BpmnMapping,
  type BpmnMappingInput,
  type BpmnThemeEntry,
  type BpmnLaneEntry,
  type BpmnStepEntry,
  type BpmnFlowEntry,
} from "./mapping.js";
