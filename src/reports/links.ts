/**
 * The numbers the report writers read off an attribution's graded links: the interval of a measured share, the
 * index points a share stands for, which links are possible causes still to test, and the size of the family of
 * link tests. Shares are stated only for measured (or co-variation) links; everything here keeps it that way, so
 * a writer cannot give a percentage to a link the data have not measured.
 * @module
 */
import type { Attribution } from "../attribution/attribute.js";
import { match } from "ts-pattern";
import type { CauseLink, CustomerDissatisfaction, Exposure, LinkEffect, LinkReason, TestData } from "../attribution/shared/findings.js";

/**
 * A list of every member of a union of string literals, in order: a missing member is a compile error, so a new
 * kind in the attribution cannot be left out of a report schema.
 */
function allOf<All extends string>() {
  return <const L extends readonly All[]>(list: L & ([Exclude<All, L[number]>] extends [never] ? unknown : never)): L => list;
}

/** The estimators of link effects, in the order reports list them. */
export const ESTIMATORS = allOf<LinkEffect["estimator"]>()(["linked-regression", "segment-regression", "wave-regression", "driver-regression"]);

/** The kinds of exposure (what puts a customer "in" a candidate cause). */
export const EXPOSURE_KINDS = allOf<Exposure["kind"]>()(["missed-standard", "beyond-acceptable", "customer-clock", "internal-rating", "point"]);

/** The kinds of reason a link has its share, or none. */
export const REASON_KINDS = allOf<LinkReason["kind"]>()(["share", "not-significant", "no-harm", "negligible", "confounded", "ecological", "too-few-exposed", "internal-chain", "untested"]);

/** The kinds of data that would test a link. */
export const TEST_KINDS = allOf<TestData["kind"]>()(["linked-cases", "internal-ratings", "segments", "both-sides", "step-clock", "unconfounded-cases", "driver-answers"]);

/**
 * The interval of a measured share of a gap: the attributable index points' interval divided by the gap, bounded
 * to [0, 1], and scaled down like the share itself when the shares of one gap were capped to sum to at most 1.
 *
 * @param link - A graded link.
 * @param gap - The customer gap in index points.
 * @returns The interval, or `undefined` for a link without a share.
 * @example
 * ```ts
 * shareInterval(cd.causes[0], cd.gap); // [0.41, 0.68]
 * ```
 */
export function shareInterval(link: CauseLink, gap: number): readonly [number, number] | undefined {
  if (link.share === undefined || link.effect === undefined || !(gap > 0)) return undefined;
  // The engine's interval (delta method, with the gap's own uncertainty) when it gave one.
  if (link.shareCi !== undefined) return link.shareCi;
  const raw = Math.min(1, link.effect.attributable.value / gap);
  // A capped share was scaled after bounding; its interval is scaled the same way.
  const scale = raw > 0 ? link.share / raw : 1;
  const bound = (v: number): number => Math.min(1, Math.max(0, v / gap)) * scale;
  return [bound(link.effect.attributable.ci[0]), bound(link.effect.attributable.ci[1])];
}

/**
 * Whether a link is a possible cause still to test: a finding upstream whose effect on customers' ratings was not
 * measured (too few linked customers exposed, supported only by internal customers' ratings, or untested). Such
 * links go on responsibility lists as "possible cause — to test", with no percentage, below every measured share.
 * A link measured and found harmless or not significant is no possible cause: the data tested it.
 *
 * @param link - A graded link.
 * @returns True for a possible cause to test.
 * @example
 * ```ts
 * cd.links.filter(isPossibleCause).map((l) => l.grade); // ["internal-chain", "structural"]
 * ```
 */
export function isPossibleCause(link: CauseLink): boolean {
  return link.share === undefined && link.finding !== undefined && untested(link.reason);
}

/**
 * Whether a reason says the link's effect on customers was not measured (too few exposed, internal chain, nothing),
 * rather than measured and found harmless or not significant.
 *
 * @param reason - A link's reason.
 * @returns True when the link still needs the data that would test it.
 * @example
 * ```ts
 * untested({ kind: "internal-chain", points: ["ep_settle"] }); // true
 * ```
 */
export function untested(reason: { readonly kind: LinkReason["kind"] }): boolean {
  return match(reason.kind)
    .with("too-few-exposed", "internal-chain", "untested", "confounded", "ecological", () => true)
    .with("share", "not-significant", "no-harm", "negligible", () => false)
    .exhaustive();
}

/**
 * The customer gaps of a run, each with its links.
 *
 * @param result - The attribution.
 * @returns The customer-dissatisfaction findings.
 * @example
 * ```ts
 * customerGaps(result).map((g) => g.gap);
 * ```
 */
export function customerGaps(result: Attribution): CustomerDissatisfaction[] {
  return result.findings.filter((f): f is CustomerDissatisfaction => f.tag === "customer-dissatisfaction");
}

/**
 * The family of link tests of a run (every estimated effect, adjusted together, separately from the findings'
 * own tests): how many, and how many are significant at the run's alpha.
 *
 * @param result - The attribution.
 * @returns Counts of link tests.
 * @example
 * ```ts
 * linkTests(result); // { tests: 12, significant: 4 }
 * ```
 */
export function linkTests(result: Attribution): { readonly tests: number; readonly significant: number } {
  let tests = 0;
  let significant = 0;
  for (const g of customerGaps(result))
    for (const l of g.links) {
      if (l.effect === undefined) continue;
      tests += 1;
      if (l.effect.effect.q < result.options.alpha) significant += 1;
    }
  return { tests, significant };
}

/**
 * The study item an exposure is about: its standard or its point.
 *
 * @param exposure - The exposure.
 * @returns The kind of item and its id.
 * @example
 * ```ts
 * exposureSubject({ kind: "point", point: "ep_or_arrival" }); // { kind: "point", id: "ep_or_arrival" }
 * ```
 */
export function exposureSubject(exposure: Exposure): { readonly kind: "standard" | "point"; readonly id: string } {
  return match(exposure)
    .with({ kind: "missed-standard" }, { kind: "beyond-acceptable" }, { kind: "customer-clock" }, (x) => ({ kind: "standard" as const, id: x.standard }))
    .with({ kind: "internal-rating" }, { kind: "point" }, (x) => ({ kind: "point" as const, id: x.point }))
    .exhaustive();
}

/**
 * The responsibility-list id of a measured cause that is no finding (misses of a standard whose compliance
 * requirement is met, yet lower the rating): `misses:<standard>`.
 *
 * @param link - The link.
 * @returns Its finding id, or the id of its misses.
 * @example
 * ```ts
 * causeId(cd.causes[0]); // "nce:reconnect" or "misses:settle_2h"
 * ```
 */
export function causeId(link: CauseLink): string {
  return link.finding ?? `misses:${exposureSubject(link.exposure).id}`;
}
