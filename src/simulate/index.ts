/**
 * The simulator: seeded survey and case data with planted causes, for testing, sizing and teaching.
 * @module
 */
export * from "./plant.js";
export * from "./simulate.js";
export { draws, type Draws } from "./random.js";
export * from "./rows.js";
export * from "./plantable.js";
export * from "./score.js";
export * from "./generate.js";
export { acceptableMinutes, exposureRule, type ExposureRule } from "./exposure.js";
