/**
 * Building a {@link ProportionSummary} from arrays in one call.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { addOutcome } from "./add-outcome.js";
import { emptyProportion, type ProportionSummary } from "./proportion-summary.js";

/**
 * Summarise yes/no outcomes with optional weights (all 1 when omitted) by repeated {@link addOutcome}.
 *
 * @param outcomes - The outcomes (true/1 success, false/0 failure).
 * @param weights - Their weights, same length, or omitted for an unweighted sample.
 * @returns A new summary.
 * @example
 * ```ts
 * proportionFromOutcomes([1, 0, 1, 1]).successes; // 3
 * ```
 */
export function proportionFromOutcomes(
  outcomes: readonly (boolean | 0 | 1)[],
  weights?: readonly number[],
): ProportionSummary {
  if (weights !== undefined && weights.length !== outcomes.length) {
    throw new UsageError(
      "proportionFromOutcomes",
      `expecting as many weights as outcomes, got ${weights.length} weights for ${outcomes.length} outcomes.`,
      "Pass one weight per outcome, or no weights for an unweighted sample.",
    );
  }
  const s = emptyProportion();
  for (let i = 0; i < outcomes.length; i++) addOutcome(s, outcomes[i]!, weights === undefined ? 1 : weights[i]!);
  return s;
}
