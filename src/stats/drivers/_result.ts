/**
 * Internal: turn the parts of R² found by a driver method into the public {@link DriverOk} shape (shares, ranks,
 * correlations, betas), so both methods report alike.
 * @internal
 * @module
 */
import type { DriverSystem } from "./_system.js";
import type { DriverImportance, DriverOk } from "./types.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_EN } from "../../core/messages/problems-en-drivers.js";

/** R² at or below this is treated as "nothing explained": shares would be noise divided by noise. */
export const ZERO_R_SQUARED = 1e-12;

/** Assemble the result from the system and the raw parts (one per kept predictor, in order). */
export function driverOk(system: DriverSystem, raw: readonly number[]): DriverOk {
  // Rounding can leave a part at −1e-17; importance is non-negative by construction.
  const parts = raw.map((x) => Math.max(0, x));
  const rSquared = parts.reduce((s, x) => s + x, 0);
  const explained = rSquared > ZERO_R_SQUARED;
  const shares = parts.map((x) => (explained ? x / rSquared : 0));
  const drivers: DriverImportance[] = system.names.map((predictor, j) => ({
    predictor,
    raw: parts[j]!,
    share: shares[j]!,
    // Competition ranking with a tolerance, so that exactly tied points are not split by rounding.
    rank: 1 + shares.filter((s) => s > shares[j]! + 1e-12).length,
    correlation: system.rxy[j]!,
    beta: system.beta[j]!,
  }));
  const problems = [...system.base.problems];
  if (!explained) {
    problems.push(
      problemFrom(DRIVERS_EN, "drivers/no-explained-variance", "warning", [], { rSquared }),
    );
  }
  return { kind: "ok", ...system.base, problems, rSquared, drivers };
}
