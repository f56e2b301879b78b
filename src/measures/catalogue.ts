/**
 * The bundled catalogues of improvement measures (改进措施), by industry: the measures that fit any industry
 * (shared), and those of power utilities, water and gas supply, telecom operators, contact centres and passenger
 * transport, each in its own file, in English and Chinese. A study's declared `industry` chooses one; the
 * catalogue used is that industry's measures followed by the shared ones. Plain data in the catalogue file format
 * (`gaptrace/measures@1`); {@link defaultMeasures} validates it. Generic on purpose: no catalogue names a study's
 * ids; a study's own catalogue adds measures scoped to its steps, standards and posts.
 * @module
 */
import type { Industry } from "../model/study.js";
import { CONTACT_CENTRE_MEASURES_INPUT } from "./catalogue-contact-centre.js";
import { POWER_UTILITY_MEASURES_INPUT } from "./catalogue-power-utility.js";
import { SHARED_MEASURES_INPUT } from "./catalogue-shared.js";
import { TELECOM_MEASURES_INPUT } from "./catalogue-telecom.js";
import { TRANSPORT_MEASURES_INPUT } from "./catalogue-transport.js";
import { WATER_GAS_MEASURES_INPUT } from "./catalogue-water-gas.js";
import type { MeasureCatalogueInput } from "./schema.js";

export { CONTACT_CENTRE_MEASURES_INPUT, POWER_UTILITY_MEASURES_INPUT, SHARED_MEASURES_INPUT, TELECOM_MEASURES_INPUT, TRANSPORT_MEASURES_INPUT, WATER_GAS_MEASURES_INPUT };

/** Each industry's own measures as written; `defaultMeasures(industry)` puts them before {@link SHARED_MEASURES_INPUT}. */
export const INDUSTRY_MEASURES_INPUT: ReadonlyMap<Industry, MeasureCatalogueInput> = new Map<Industry, MeasureCatalogueInput>([
  ["power-utility", POWER_UTILITY_MEASURES_INPUT],
  ["water-gas", WATER_GAS_MEASURES_INPUT],
  ["telecom", TELECOM_MEASURES_INPUT],
  ["contact-centre", CONTACT_CENTRE_MEASURES_INPUT],
  ["transport", TRANSPORT_MEASURES_INPUT],
]);

/**
 * One catalogue from several, in order of precedence: categories and measures of the first catalogue first, then
 * those of the next whose ids are new (an id already taken by an earlier catalogue is left out: the earlier one
 * overrides it). Catalogue order is the tie-break of {@link attachMeasures}, so earlier catalogues' measures are
 * suggested first among equally fitting ones.
 *
 * @param name - The name of the merged catalogue (default the first catalogue's).
 * @param inputs - The catalogues, the one that wins first.
 * @returns The merged catalogue, as written (not validated).
 * @example
 * ```ts
 * mergeMeasureInputs(undefined, TELECOM_MEASURES_INPUT, SHARED_MEASURES_INPUT).measures.length; // 10 + 21
 * ```
 */
export function mergeMeasureInputs(name: MeasureCatalogueInput["name"], ...inputs: readonly MeasureCatalogueInput[]): MeasureCatalogueInput {
  const categories = new Map<string, MeasureCatalogueInput["categories"][number]>();
  const measures = new Map<string, MeasureCatalogueInput["measures"][number]>();
  for (const input of inputs) {
    for (const c of input.categories) if (!categories.has(c.id)) categories.set(c.id, c);
    for (const m of input.measures) if (!measures.has(m.id)) measures.set(m.id, m);
  }
  const named = name ?? inputs[0]?.name;
  return { format: "gaptrace/measures@1", ...(named !== undefined ? { name: named } : {}), categories: [...categories.values()], measures: [...measures.values()] };
}
