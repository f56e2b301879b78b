/**
 * What the attribution could not decide, as typed messages: why the data were too thin (a code with its
 * parameters) and what data would settle it, and, for a customer gap no measured effect explains, what data would
 * show where it comes from. Each report language words these from its own table ({@link UndecidedWords}); the
 * English table lives here because the attribution keeps the English text on its result for compatibility, and
 * the reports' English table takes it from here, so no sentence is ever made by translating another.
 * @module
 */
import type { Clock } from "../../model/study.js";

/** One condition of a standard's scope, e.g. area = urban. */
export interface ScopeCondition {
  readonly key: string;
  readonly value: string;
}

/**
 * Too little data behind an estimate: fewer observations than the minimum, or fewer than two sampled units (then
 * no standard error can be computed).
 */
export type Scarcity =
  | { readonly kind: "too-few"; readonly n: number; readonly minN: number; readonly noun: "customer" | "case" | "staff-answer" }
  | { readonly kind: "too-few-units" };

/** Why an item could not be decided. */
export type UndecidedReason =
  /** Customers answer the expectation question on another clock than the standard's, so only the clock is tested. */
  | { readonly kind: "expectation-on-other-clock"; readonly question: string; readonly customerClock: Clock; readonly standardClock: Clock }
  /** Too few customers answer the expectation question (in the standard's scope). */
  | { readonly kind: "expectation-scarce"; readonly question: string; readonly scope: readonly ScopeCondition[]; readonly scarcity: Scarcity }
  /** The two clocks differ, but there are no case records to measure by how much. */
  | { readonly kind: "clock-without-cases"; readonly standardClock: Clock; readonly customerClock: Clock }
  /** Too few cases have durations on the customers' clock. */
  | { readonly kind: "customer-clock-scarce"; readonly customerClock: Clock; readonly scarcity: Scarcity }
  /** The standard is missed on its own clock too, which confounds the clock's own effect. */
  | { readonly kind: "clock-confounded"; readonly standardStart: string; readonly customerStart: string; readonly onTime: number; readonly required: number }
  /** Too few customers rate the point. */
  | { readonly kind: "perception-scarce"; readonly scarcity: Scarcity }
  /** Too few customers answer both questions of a SERVQUAL pair. */
  | { readonly kind: "servqual-scarce"; readonly perception: string; readonly expectation: string; readonly scarcity: Scarcity }
  /** The standard's metric is recorded as a value, not as a duration between two events. */
  | { readonly kind: "metric-as-value"; readonly metric: string }
  /** No case records were given. */
  | { readonly kind: "no-case-records" }
  /** Durations in working days, but no working calendar: the cases cannot be measured. */
  | { readonly kind: "no-calendar"; readonly cases: number }
  /** Too few cases have both events of the standard's clock. */
  | { readonly kind: "compliance-scarce"; readonly scarcity: Scarcity }
  /**
   * The metric's durations are given as numbers, but the standard counts on another clock, so they cannot be used
   * (mixing them would mix bases), and too few cases have the standard's own events.
   */
  | { readonly kind: "given-durations-other-clock"; readonly metric: string; readonly cases: number; readonly scarcity: Scarcity }
  /** Too few internal customers (staff of the rating post) answer. */
  | { readonly kind: "internal-scarce"; readonly rater: string; readonly scarcity: Scarcity };

/** What data would settle an undecided item. */
export type UndecidedNeed =
  /** An expectation question asked on the standard's own clock. */
  | { readonly kind: "expectation-on-standard-clock" }
  /** At least n customers answering the questions (in the standard's scope). */
  | { readonly kind: "customers-answering"; readonly n: number; readonly questions: readonly string[]; readonly inScope: boolean }
  /** At least n customers answering both questions of a SERVQUAL pair. */
  | { readonly kind: "customers-answering-both"; readonly n: number; readonly perception: string; readonly expectation: string }
  /** Case records with the events of both clocks. */
  | { readonly kind: "case-records"; readonly events: readonly string[] }
  /** Case records with the start and stop events of the standard's clock. */
  | { readonly kind: "case-records-for-clock"; readonly clock: Clock }
  /** At least n cases with the customers' start, the standard's start and the customers' stop events. */
  | { readonly kind: "cases-with-events"; readonly n: number; readonly events: readonly [string, string, string] }
  /** At least n cases (in the scope) with both events of the standard's clock. */
  | { readonly kind: "cases-with-clock"; readonly n: number; readonly scope: readonly ScopeCondition[]; readonly clock: Clock }
  /** Compliance on the standard's own clock first, then a new measurement on the customers' clock. */
  | { readonly kind: "compliance-first" }
  /** The per-case values of a metric. */
  | { readonly kind: "case-values"; readonly metric: string }
  /** At least n staff of the rating post answering the questions. */
  | { readonly kind: "staff-answering"; readonly n: number; readonly rater: string; readonly questions: readonly string[] };

/** For a customer gap no measured effect explains: data that would show whether an upstream step causes it. */
export type SettleItem =
  /** Internal customers' ratings of an upstream step. */
  | { readonly kind: "internal-ratings"; readonly step: string; readonly owner: string | undefined }
  /** What would settle an undecided standard governing an upstream step. */
  | { readonly kind: "standard"; readonly standard: string; readonly need: UndecidedNeed };

/** How a table writes a study id: as written (the result's English text) or by its name (reports). */
export type IdText = (id: string) => string;

/** The words for undecided items in one language: one function per kind, so no kind can be left unworded. */
export interface UndecidedWords {
  /** Why an item could not be decided. */
  readonly reason: { readonly [K in UndecidedReason["kind"]]: (r: Extract<UndecidedReason, { kind: K }>, id: IdText) => string };
  /** What data would settle it. */
  readonly need: { readonly [K in UndecidedNeed["kind"]]: (n: Extract<UndecidedNeed, { kind: K }>, id: IdText) => string };
  /** Too little data behind an estimate. */
  readonly scarcity: { readonly [K in Scarcity["kind"]]: (s: Extract<Scarcity, { kind: K }>) => string };
  /** What would show where an unexplained customer gap comes from. */
  readonly settle: { readonly [K in SettleItem["kind"]]: (s: Extract<SettleItem, { kind: K }>, id: IdText, need: string) => string };
}

const NOUNS: Readonly<Record<Extract<Scarcity, { kind: "too-few" }>["noun"], readonly [string, string]>> = {
  customer: ["customer", "customers"],
  case: ["case", "cases"],
  "staff-answer": ["staff answer", "staff answers"],
};

/** "area=urban, voltage=10kV". */
function scopeEn(scope: readonly ScopeCondition[], id: IdText): string {
  return scope.map((c) => `${id(c.key)}=${id(c.value)}`).join(", ");
}

/** The English words for undecided items, as the attribution has always written them. */
export const UNDECIDED_EN: UndecidedWords = {
  reason: {
    "expectation-on-other-clock": (r, id) =>
      `customers answer ${id(r.question)} counting from ${id(r.customerClock.start)} to ${id(r.customerClock.stop)}, the standard counts from ${id(r.standardClock.start)} to ${id(r.standardClock.stop)}, so the threshold is not compared with their answers (the clock is tested instead)`,
    "expectation-scarce": (r, id) => `customers' expectation ${id(r.question)}${r.scope.length > 0 ? ` in ${scopeEn(r.scope, id)}` : ""}: ${scarcityEn(r.scarcity)}`,
    "clock-without-cases": (r, id) =>
      `the standard counts from ${id(r.standardClock.start)} to ${id(r.standardClock.stop)}, customers from ${id(r.customerClock.start)} to ${id(r.customerClock.stop)}, but there are no case records to measure the difference`,
    "customer-clock-scarce": (r, id) => `durations on the customers' clock (${id(r.customerClock.start)} → ${id(r.customerClock.stop)}): ${scarcityEn(r.scarcity)}`,
    "clock-confounded": (r, id) =>
      `the standard counts from ${id(r.standardStart)}, customers from ${id(r.customerStart)}, but it is missed on its own clock too (${(r.onTime * 100).toFixed(1)}% on time against ${(r.required * 100).toFixed(0)}%), which confounds the clock's own effect`,
    "perception-scarce": (r) => scarcityEn(r.scarcity),
    "servqual-scarce": (r, id) => `SERVQUAL gap ${id(r.perception)} − ${id(r.expectation)}: ${scarcityEn(r.scarcity)}`,
    "metric-as-value": (r, id) => `metric ${id(r.metric)} is recorded as a value; compliance needs the recorded values`,
    "no-case-records": () => "no case records",
    "no-calendar": (r) => `${r.cases} cases, but durations in working days need a working calendar (the calendar option)`,
    "compliance-scarce": (r) => `compliance: ${scarcityEn(r.scarcity)}`,
    "given-durations-other-clock": (r, id) =>
      `${r.cases} durations of ${id(r.metric)} are given as numbers, but the standard counts on another clock than its metric, so they are not used (that would mix bases); on its own clock: ${scarcityEn(r.scarcity)}`,
    "internal-scarce": (r, id) => `internal rating by ${id(r.rater)}: ${scarcityEn(r.scarcity)}`,
  },
  need: {
    "expectation-on-standard-clock": () => "an expectation question on the standard's own clock, to test the threshold itself",
    "customers-answering": (n, id) => `at least ${n.n} customers answering ${n.questions.map(id).join(", ")}${n.inScope ? " in the standard's scope" : ""}`,
    "customers-answering-both": (n, id) => `at least ${n.n} customers answering both ${id(n.perception)} and ${id(n.expectation)}`,
    "case-records": (n, id) => `case records with the events ${n.events.map(id).join(", ")}`,
    "case-records-for-clock": (n, id) => `case records with the events ${id(n.clock.start)} and ${id(n.clock.stop)}`,
    "cases-with-events": (n, id) => `at least ${n.n} cases with the events ${id(n.events[0])}, ${id(n.events[1])} and ${id(n.events[2])}`,
    "cases-with-clock": (n, id) => `at least ${n.n} cases${n.scope.length > 0 ? ` in ${scopeEn(n.scope, id)}` : ""} with both events ${id(n.clock.start)} and ${id(n.clock.stop)}`,
    "compliance-first": () => "compliance on the standard's own clock first; then re-measure on the customers' clock",
    "case-values": (n, id) => `per-case values of ${id(n.metric)}`,
    "staff-answering": (n, id) => `at least ${n.n} ${id(n.rater)} staff answering ${n.questions.map(id).join(", ")}`,
  },
  scarcity: {
    "too-few": (s) => `only ${s.n} ${NOUNS[s.noun][s.n === 1 ? 0 : 1]}; at least ${s.minN} are needed for a reliable estimate`,
    "too-few-units": () => "at least 2 sampled units are needed for a standard error",
  },
  settle: {
    "internal-ratings": (s, id) => `internal customers' ratings of step ${id(s.step)}${s.owner !== undefined ? ` (owned by ${id(s.owner)})` : ""}`,
    standard: (s, id, need) => `${need} (standard ${id(s.standard)})`,
  },
};

function scarcityEn(s: Scarcity): string {
  return scarcityText(UNDECIDED_EN, s);
}

/** An id as written. */
const asWritten: IdText = (id) => id;

/**
 * Why an item could not be decided, in one language's words.
 *
 * @param words - The language's table.
 * @param reason - The typed reason.
 * @param id - How to write a study id (as written, or by its name).
 * @returns The sentence.
 * @example
 * ```ts
 * undecidedReasonText(UNDECIDED_EN, { kind: "no-case-records" }, (id) => id); // "no case records"
 * ```
 */
export function undecidedReasonText(words: UndecidedWords, reason: UndecidedReason, id: IdText): string {
  const say = words.reason[reason.kind] as (r: UndecidedReason, id: IdText) => string;
  return say(reason, id);
}

/**
 * What data would settle an undecided item, in one language's words.
 *
 * @param words - The language's table.
 * @param need - The typed need.
 * @param id - How to write a study id (as written, or by its name).
 * @returns The phrase.
 * @example
 * ```ts
 * undecidedNeedText(UNDECIDED_EN, { kind: "case-values", metric: "bill_error" }, (id) => id); // "per-case values of bill_error"
 * ```
 */
export function undecidedNeedText(words: UndecidedWords, need: UndecidedNeed, id: IdText): string {
  const say = words.need[need.kind] as (n: UndecidedNeed, id: IdText) => string;
  return say(need, id);
}

/**
 * Too little data behind an estimate, in one language's words.
 *
 * @param words - The language's table.
 * @param scarcity - How the data fell short.
 * @returns The phrase, e.g. "only 12 customers; at least 30 are needed for a reliable estimate".
 * @example
 * ```ts
 * scarcityText(UNDECIDED_EN, { kind: "too-few", n: 1, minN: 30, noun: "case" }); // "only 1 case; at least 30 are needed for a reliable estimate"
 * ```
 */
export function scarcityText(words: UndecidedWords, scarcity: Scarcity): string {
  const say = words.scarcity[scarcity.kind] as (s: Scarcity) => string;
  return say(scarcity);
}

/**
 * One item of what would show where an unexplained customer gap comes from, in one language's words.
 *
 * @param words - The language's table.
 * @param item - The typed item.
 * @param id - How to write a study id (as written, or by its name).
 * @returns The phrase.
 * @example
 * ```ts
 * settleText(UNDECIDED_EN, { kind: "internal-ratings", step: "dispatch", owner: undefined }, (id) => id);
 * // "internal customers' ratings of step dispatch"
 * ```
 */
export function settleText(words: UndecidedWords, item: SettleItem, id: IdText): string {
  const need = item.kind === "standard" ? undecidedNeedText(words, item.need, id) : "";
  const say = words.settle[item.kind] as (s: SettleItem, id: IdText, need: string) => string;
  return say(item, id, need);
}

/**
 * How an estimate's "insufficient data" verdict fell short, from its sample size and minimum: below the minimum,
 * or (at or above it) too few sampled units for a standard error.
 *
 * @param e - The verdict's sample size and minimum.
 * @param noun - What the observations are.
 * @returns The typed scarcity.
 * @example
 * ```ts
 * scarcityOf({ n: 12, minN: 30 }, "customer"); // { kind: "too-few", n: 12, minN: 30, noun: "customer" }
 * ```
 */
export function scarcityOf(e: { readonly n: number; readonly minN: number }, noun: Extract<Scarcity, { kind: "too-few" }>["noun"]): Scarcity {
  return e.n < e.minN ? { kind: "too-few", n: e.n, minN: e.minN, noun } : { kind: "too-few-units" };
}

/**
 * An undecided item with its typed reason and need, and their English text (study ids as written) for the
 * result's `reason` and `needs`.
 *
 * @param subject - The point or standard id.
 * @param kind - What the subject is.
 * @param why - Why it could not be decided.
 * @param need - What data would settle it.
 * @returns The item.
 * @example
 * ```ts
 * undecidedItem("std_a", "standard", { kind: "no-case-records" }, { kind: "case-records-for-clock", clock }).reason; // "no case records"
 * ```
 */
export function undecidedItem(
  subject: string,
  kind: "point" | "standard" | "clock" | "internal",
  why: UndecidedReason,
  need: UndecidedNeed,
): { readonly subject: string; readonly kind: "point" | "standard" | "clock" | "internal"; readonly why: UndecidedReason; readonly need: UndecidedNeed; readonly reason: string; readonly needs: string } {
  // Copies: a reason or need names the study's own clock and scope objects, and a caller changing a result must not change the study.
  return { subject, kind, why: structuredClone(why), need: structuredClone(need), reason: undecidedReasonText(UNDECIDED_EN, why, asWritten), needs: undecidedNeedText(UNDECIDED_EN, need, asWritten) };
}

/**
 * A settle item with its English text (study ids as written), for the result's `settleWith`.
 *
 * @param item - The typed item.
 * @returns Its English text.
 * @example
 * ```ts
 * settleEnglish({ kind: "internal-ratings", step: "dispatch", owner: "dispatcher" }); // "internal customers' ratings of step dispatch (owned by dispatcher)"
 * ```
 */
export function settleEnglish(item: SettleItem): string {
  return settleText(UNDECIDED_EN, item, asWritten);
}
