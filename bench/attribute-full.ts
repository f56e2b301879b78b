/**
 * What 0.2's `attribute` computed: the attribution with its priorities (0.3 reads them in `withPriorities`, in
 * their 0.2 place in the result). The attribution benches time this, so their figures and result digests stay
 * comparable with the rows measured before 0.3.
 */
import { attribute, type Attribution, type AttributionData } from "../src/attribution/attribute.js";
import type { AttributionOptions } from "../src/attribution/shared/options.js";
import { withPriorities } from "../src/attribution/with-priorities.js";
import type { Study } from "../src/model/study.js";

export function attributeWithPriorities(study: Study, data: AttributionData, options?: AttributionOptions): Attribution {
  return withPriorities(study, attribute(study, data, options), data);
}
