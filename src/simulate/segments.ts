/**
 * Segments of the simulated population: the default dimensions, drawing a respondent's or a case's segment with
 * the weight that corrects the sample to the population, and what a nuisance confounder does to a segment.
 * @module
 */
import type { Study } from "../model/study.js";
import type { Draws } from "./random.js";
import type { Confounder } from "./plant.js";
import type { SimSegment } from "./types.js";

/** A segment as the simulation records it: (dimension, value) pairs. */
export type SegmentValues = readonly (readonly [string, string])[];

/**
 * Default segments: one dimension per key that standards are scoped by (e.g. area: urban / rural / remote), so
 * scoped standards have cases to apply to; the sample over-represents the first value, and weights correct it.
 * Without scoped standards: region city / rural.
 *
 * @param study - a validated study.
 * @returns the segment dimensions, sorted by name.
 * @example
 * ```ts
 * defaultSegments(study)[0]?.dimension; // "area" for the bundled power-utility study
 * ```
 */
export function defaultSegments(study: Study): SimSegment[] {
  const dims = new Map<string, string[]>();
  for (const s of study.standards) for (const c of s.scope) dims.set(c.key, [...new Set([...(dims.get(c.key) ?? []), c.value])]);
  if (dims.size === 0) return [{ dimension: "region", values: ["city", "rural"], sampleShares: [0.6, 0.4], populationShares: [0.5, 0.5] }];
  return [...dims].sort(([a], [b]) => (a < b ? -1 : 1)).map(([dimension, vs]) => {
    const values = vs.length === 1 ? [...vs, "other"] : vs;
    const k = values.length;
    const sampleShares = values.map((_, i) => (i === 0 ? 0.6 : 0.4 / (k - 1)));
    const populationShares = values.map((_, i) => (i === 0 ? 0.5 : 0.5 / (k - 1)));
    return { dimension, values, sampleShares, populationShares };
  });
}

/**
 * Draw a segment (one value per dimension, by its sample shares) and the weight that corrects it to the population.
 *
 * @param segments - the simulation's segment dimensions.
 * @param d - the simulation's draws (one uniform draw per dimension).
 * @returns the segment and its weight, rounded to 6 decimals.
 * @example
 * ```ts
 * drawSegment([{ dimension: "region", values: ["city", "rural"] }], draws(1)).weight; // 1
 * ```
 */
export function drawSegment(segments: readonly SimSegment[], d: Draws): { segment: [string, string][]; weight: number } {
  const segment: [string, string][] = [];
  let weight = 1;
  for (const s of segments) {
    const shares = s.sampleShares ?? s.values.map(() => 1 / s.values.length);
    const pop = s.populationShares ?? s.values.map(() => 1 / s.values.length);
    let u = d.uniform();
    let k = 0;
    while (k < s.values.length - 1 && u >= (shares[k] ?? 0)) u -= shares[k++] ?? 0;
    segment.push([s.dimension, s.values[k] ?? ""]);
    weight *= (pop[k] ?? 0) / (shares[k] ?? 1);
  }
  return { segment, weight: Math.round(weight * 1e6) / 1e6 };
}

/**
 * The weight of a given segment, as {@link drawSegment} computes it (a linked respondent takes their case's segment).
 *
 * @param segments - the simulation's segment dimensions.
 * @param segment - the segment to weigh; a dimension it lacks counts 1.
 * @returns population share ÷ sample share over the dimensions, rounded to 6 decimals.
 * @example
 * ```ts
 * segmentWeight(defaultSegments(study), [["region", "city"]]); // 0.833333 (0.5 of the population, 0.6 of the sample)
 * ```
 */
export function segmentWeight(segments: readonly SimSegment[], segment: SegmentValues): number {
  let weight = 1;
  for (const s of segments) {
    const shares = s.sampleShares ?? s.values.map(() => 1 / s.values.length);
    const pop = s.populationShares ?? s.values.map(() => 1 / s.values.length);
    const k = s.values.indexOf(segment.find(([dim]) => dim === s.dimension)?.[1] ?? "");
    if (k >= 0) weight *= (pop[k] ?? 0) / (shares[k] ?? 1);
  }
  return Math.round(weight * 1e6) / 1e6;
}

/** Whether a segment is in a confounder's (dimension, value). */
function inConfounder(c: Confounder, segment: SegmentValues): boolean {
  return segment.some(([k, v]) => k === c.dimension && v === c.value);
}

/**
 * How much slower a segment's cases run: the product of the slowdowns of the confounders it is in.
 *
 * @param confounders - the simulation's nuisance confounders.
 * @param segment - a case's segment.
 * @returns the factor every gap of the case is multiplied by (1 outside every confounder).
 * @example
 * ```ts
 * slowdownOf([{ dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 }], [["area", "remote"]]); // 1.6
 * ```
 */
export function slowdownOf(confounders: readonly Confounder[], segment: SegmentValues): number {
  return confounders.reduce((a, c) => (inConfounder(c, segment) ? a * c.slowdown : a), 1);
}

/**
 * How many index points a segment's customers take off every external point: the sum of its confounders' drops.
 *
 * @param confounders - the simulation's nuisance confounders.
 * @param segment - a respondent's segment.
 * @returns the drop in index points (0 outside every confounder).
 * @example
 * ```ts
 * ratingDropOf([{ dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 }], [["area", "remote"]]); // 8
 * ```
 */
export function ratingDropOf(confounders: readonly Confounder[], segment: SegmentValues): number {
  return confounders.reduce((a, c) => (inConfounder(c, segment) ? a + c.ratingDrop : a), 0);
}
