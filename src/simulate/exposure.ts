/**
 * Which simulated customers a planted cause harms in linked mode: the rule that reads a customer's own case (its
 * events and segment) and says whether the cause touched it. The rules mirror the exposures the attribution
 * engine estimates effects for (`Exposure` in src/attribution/shared/findings.ts), so an engine that measures the right
 * exposure can recover the planted effect.
 * @module
 */
import { convertUnit } from "../model/units.js";
import type { Clock, Standard, Study } from "../model/study.js";
import { standardClock, thresholdMinutes } from "./cases.js";
import type { PlantedExposure, ResolvedCause } from "./plant.js";

/** A case's segment, as simulated. */
export type SimSegmentValues = readonly (readonly [string, string])[];

/** Whether a planted cause touched one case, and which events a case needs for the question to make sense. */
export interface ExposureRule {
  readonly exposure: PlantedExposure;
  /** Events a case must have for the rule to apply (none for `everyone`). */
  readonly events: readonly string[];
  /** True when the case is exposed (always true for `everyone`). */
  readonly test: (events: ReadonlyMap<string, number>, segment: SimSegmentValues) => boolean;
}

const EVERYONE: ExposureRule = { exposure: { kind: "everyone" }, events: [], test: () => true };

/**
 * Minutes on a clock in one case, or undefined when the case lacks either event.
 *
 * @param events - the case's events (event → epoch ms).
 * @param clock - the clock.
 * @returns minutes from the start event to the stop event.
 * @example
 * ```ts
 * caseMinutes(new Map([["a", 0], ["b", 90_000]]), { start: "a", stop: "b" }); // 1.5
 * ```
 */
export function caseMinutes(events: ReadonlyMap<string, number>, clock: Clock): number | undefined {
  const a = events.get(clock.start);
  const b = events.get(clock.stop);
  return a === undefined || b === undefined ? undefined : (b - a) / 60_000;
}

/**
 * Whether a standard applies to a case of the segment (a scoped standard only to the cases in its scope).
 *
 * @param standard - the standard.
 * @param segment - the case's segment.
 * @returns true when every scope condition holds.
 * @example
 * ```ts
 * inScope(urban45, [["area", "urban"]]); // true
 * ```
 */
export function inScope(standard: Standard, segment: SimSegmentValues): boolean {
  return standard.scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
}

/**
 * The value the acceptance share of simulated customers accept for a standard, in minutes: the simulator draws
 * expectations so that 80% accept the threshold × 1.35 (lower is better), or, when the threshold is planted as
 * unreasonable, only threshold × (1 − 0.45 × severity) (higher is better: × 0.8, or × (1 + 0.3 × severity)).
 *
 * @param standard - the standard.
 * @param unreasonable - whether its threshold is planted as unreasonable.
 * @param severity - the planted severity (default 1).
 * @returns minutes, or undefined for a threshold that is not calendar time.
 * @example
 * ```ts
 * acceptableMinutes(urban45, true); // 24.75
 * ```
 */
export function acceptableMinutes(standard: Standard, unreasonable: boolean, severity = 1): number | undefined {
  const t = thresholdMinutes(standard);
  if (t === undefined) return undefined;
  if (standard.better === "lower") return t * (unreasonable ? Math.max(0, 1 - 0.45 * severity) : 1.35);
  return t * (unreasonable ? 1 + 0.3 * severity : 0.8);
}

/**
 * The own standards of a step (those whose metric it measures) that the simulator can stretch: lower is better,
 * calendar time, on a clock.
 *
 * @param study - the study.
 * @param step - the step.
 * @returns the standards.
 * @example
 * ```ts
 * stretchableStandards(study, "or_bo_dispatch").map((s) => s.id); // ["std_dispatch_5min"]
 * ```
 */
export function stretchableStandards(study: Study, step: string): Standard[] {
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  return study.standards.filter((s) => metricStep.get(s.metric) === step && s.better === "lower" && thresholdMinutes(s) !== undefined && standardClock(study, s) !== undefined);
}

/**
 * The customers' clock the simulator lengthens for a planted clock problem: a question's clock on the standard's
 * metric that starts at another event.
 *
 * @param study - the study.
 * @param standard - the standard.
 * @returns the clock, or undefined when no question counts differently.
 * @example
 * ```ts
 * customerClockOf(study, reconnect24h); // { start: "arrears_paid", stop: "supply_reconnected" }
 * ```
 */
export function customerClockOf(study: Study, standard: Standard): Clock | undefined {
  const sc = standardClock(study, standard);
  return study.evaluationPoints.flatMap((p) => p.questions).find((x) => x.metric === standard.metric && x.clock !== undefined && x.clock.start !== sc?.start)?.clock;
}

/**
 * The rule that says which customers a planted cause harms, read from their own case:
 * - non-compliant execution: the case missed one of the step's own (stretchable) standards that applies to it;
 * - unreasonable threshold: the case, in the standard's scope, took longer (higher is better: less) than the value
 *   80% of customers accept ({@link acceptableMinutes});
 * - unreasonable clock: the case met the standard on its own clock but not on the customers' clock;
 * - `everyone` when the case data cannot show the cause (a customer dissatisfaction; a step whose standards are
 *   counted in working days, or that has none; a standard without a calendar threshold or customers' clock).
 *
 * @param study - the study.
 * @param cause - a resolved planted cause.
 * @returns the rule.
 * @example
 * ```ts
 * const [dispatch] = simulateStudy(study, { plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] }).truth.planted;
 * exposureRule(study, dispatch!).exposure; // { kind: "missed-standard", standards: ["std_dispatch_5min"] }
 * ```
 */
export function exposureRule(study: Study, cause: ResolvedCause): ExposureRule {
  switch (cause.tag) {
    case "customer-dissatisfaction":
      return EVERYONE;
    case "non-compliant-execution": {
      const stds = stretchableStandards(study, cause.step);
      if (stds.length === 0) return EVERYONE;
      const rules = stds.map((s) => ({ s, clock: standardClock(study, s) as Clock, minutes: thresholdMinutes(s) as number }));
      return {
        exposure: { kind: "missed-standard", standards: stds.map((s) => s.id) },
        events: [...new Set(rules.flatMap((r) => [r.clock.start, r.clock.stop]))],
        test: (events, segment) =>
          rules.some((r) => {
            if (!inScope(r.s, segment)) return false;
            const m = caseMinutes(events, r.clock);
            return m !== undefined && m > r.minutes;
          }),
      };
    }
    case "unreasonable-standard": {
      const s = study.standards.find((x) => x.id === cause.standard);
      const clock = s === undefined ? undefined : standardClock(study, s);
      const minutes = s === undefined ? undefined : thresholdMinutes(s);
      if (s === undefined || clock === undefined || minutes === undefined) return EVERYONE;
      const lower = s.better === "lower";
      if ((cause.via ?? "threshold") === "threshold") {
        const acc = acceptableMinutes(s, true, cause.severity ?? 1) as number;
        return {
          exposure: { kind: "beyond-acceptable", standard: s.id, acceptable: convertUnit(acc, "min", s.unit) ?? acc, unit: s.unit },
          events: [clock.start, clock.stop],
          test: (events, segment) => {
            if (!inScope(s, segment)) return false;
            const m = caseMinutes(events, clock);
            return m !== undefined && (lower ? m > acc : m < acc);
          },
        };
      }
      const customer = customerClockOf(study, s);
      if (customer === undefined) return EVERYONE;
      return {
        exposure: { kind: "customer-clock", standard: s.id, customerClock: customer },
        events: [...new Set([clock.start, clock.stop, customer.start, customer.stop])],
        test: (events, segment) => {
          if (!inScope(s, segment)) return false;
          const own = caseMinutes(events, clock);
          const theirs = caseMinutes(events, customer);
          if (own === undefined || theirs === undefined) return false;
          return lower ? own <= minutes && theirs > minutes : own >= minutes && theirs < minutes;
        },
      };
    }
  }
}
