/**
 * Improvement measures (改进措施): catalogues by industry of what teams do about each kind of finding, the choice
 * of catalogue from the study's declared industry or a user's file, and the choice of measures for a finding from
 * its tag, its evidence and its post.
 * @module
 */
export * from "./schema.js";
export * from "./measures.js";
export {
  CONTACT_CENTRE_MEASURES_INPUT,
  INDUSTRY_MEASURES_INPUT,
  mergeMeasureInputs,
  POWER_UTILITY_MEASURES_INPUT,
  SHARED_MEASURES_INPUT,
  TELECOM_MEASURES_INPUT,
  TRANSPORT_MEASURES_INPUT,
  WATER_GAS_MEASURES_INPUT,
} from "./catalogue.js";
