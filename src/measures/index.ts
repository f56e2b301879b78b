/**
 * Improvement measures (改进措施): a catalogue of what teams do about each kind of finding, and the choice of
 * measures for a finding from its tag, its evidence and its post.
 * @module
 */
export * from "./schema.js";
export * from "./measures.js";
export { DEFAULT_MEASURES_INPUT } from "./catalogue.js";
