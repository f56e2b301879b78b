/**
 * Metric bases (取数口径): "80% of calls answered in 20 s" and "90% in 10 s" are different definitions, and
 * first-contact resolution depends on the repeat window (12 h or 24 h). Figures and aggregates carry the basis of
 * their metric, and comparing or merging two on different bases throws, naming every key that differs. A
 * compliance or abandonment figure's basis is computed: what it counts (the clock, the threshold and unit, the rule
 * for unfinished cases, whether durations were given as numbers) merged with the metric's own label keys, with a
 * sentence in each language saying it in words.
 * @module
 */
import { GaptraceError } from "../core/errors.js";
import { basisDifferencesText } from "../core/messages/problems-en-words.js";
import { labelText, LANGS, type Lang } from "../core/label.js";
import type { Basis, Clock, Metric, Standard, Study, Unfinished } from "../model/study.js";
import { DATA_WORDS, type BasisSentenceArgs } from "./words/index.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/** One way two bases differ. */
export type BasisDifference =
  | { readonly kind: "value"; readonly key: string; readonly left: string | number | boolean; readonly right: string | number | boolean }
  | { readonly kind: "only-left"; readonly key: string; readonly left: string | number | boolean }
  | { readonly kind: "only-right"; readonly key: string; readonly right: string | number | boolean };

/**
 * How two bases differ, key by key (keys in sorted order; a key written twice counts by its first value).
 *
 * @param left - one basis.
 * @param right - the other.
 * @returns the differences; empty when the bases are the same.
 * @example
 * ```ts
 * basisDifferences([{ key: "serviceLevelSeconds", value: 20 }], [{ key: "serviceLevelSeconds", value: 10 }]);
 * // [{ kind: "value", key: "serviceLevelSeconds", left: 20, right: 10 }]
 * ```
 */
export function basisDifferences(left: Basis, right: Basis): BasisDifference[] {
  const l = basisMap(left);
  const r = basisMap(right);
  const keys = [...new Set([...l.keys(), ...r.keys()])].sort();
  const out: BasisDifference[] = [];
  for (const key of keys) {
    const a = l.get(key);
    const b = r.get(key);
    if (a !== undefined && b !== undefined) {
      if (a !== b) out.push({ kind: "value", key, left: a, right: b });
    } else if (a !== undefined) out.push({ kind: "only-left", key, left: a });
    else if (b !== undefined) out.push({ kind: "only-right", key, right: b });
  }
  return out;
}

/**
 * Are two bases the same (same keys, same values, order ignored)?
 *
 * @param left - one basis.
 * @param right - the other.
 * @returns true when nothing differs.
 * @example
 * ```ts
 * sameBasis([{ key: "repeatWindowHours", value: 24 }], [{ key: "repeatWindowHours", value: 24 }]); // true
 * ```
 */
export function sameBasis(left: Basis, right: Basis): boolean {
  return basisDifferences(left, right).length === 0;
}

/**
 * Two figures (or aggregates) that cannot be compared or merged because their metric is measured on different
 * bases. {@link GaptraceError.problems} has one problem listing the keys that differ.
 *
 * @example
 * ```ts
 * try {
 *   mergeAggregates(lastYear, thisYear);
 * } catch (e) {
 *   if (e instanceof BasisMismatchError) console.log(e.metric, e.differences);
 * }
 * ```
 */
export class BasisMismatchError extends GaptraceError {
  override readonly name = "BasisMismatchError";
  /** The metric whose bases differ. */
  readonly metric: string;
  /** How they differ. */
  readonly differences: readonly BasisDifference[];

  /**
   * @param fn - the function that refused, e.g. `mergeAggregates`.
   * @param metric - the metric id.
   * @param differences - from {@link basisDifferences}.
   * @param labels - what the two sides are called in the message (default "left", "right").
   */
  constructor(fn: string, metric: string, differences: readonly BasisDifference[], labels: readonly [string, string] = ["left", "right"]) {
    const p = problemFrom(DATA_EN, "data/basis-mismatch", "error", [], { fn, metric, differences, labels });
    super(p.message, [p]);
    this.metric = metric;
    this.differences = differences;
  }
}

/**
 * Throw a {@link BasisMismatchError} unless two bases of the same metric agree.
 *
 * @param fn - the calling function (for the message).
 * @param metric - the metric id.
 * @param left - one basis.
 * @param right - the other.
 * @param labels - names of the two sides in the message.
 * @throws BasisMismatchError when any key differs or is missing on one side.
 * @example
 * ```ts
 * assertSameBasis("compare", "service-level", [{ key: "serviceLevelSeconds", value: 20 }], [{ key: "serviceLevelSeconds", value: 10 }]);
 * // throws: metric "service-level" is measured on different bases (serviceLevelSeconds: 20 in left, 10 in right) ...
 * ```
 */
export function assertSameBasis(fn: string, metric: string, left: Basis, right: Basis, labels: readonly [string, string] = ["left", "right"]): void {
  const d = basisDifferences(left, right);
  if (d.length > 0) throw new BasisMismatchError(fn, metric, d, labels);
}

/**
 * Check every metric present on both sides (metric id → basis) and throw on the first that differs.
 *
 * @param fn - the calling function.
 * @param left - bases by metric id.
 * @param right - bases by metric id.
 * @param labels - names of the two sides.
 * @throws BasisMismatchError
 * @example
 * ```ts
 * assertSameBases("mergeAggregates", a.bases, b.bases);
 * ```
 */
export function assertSameBases(fn: string, left: ReadonlyMap<string, Basis>, right: ReadonlyMap<string, Basis>, labels: readonly [string, string] = ["left", "right"]): void {
  for (const [metric, basis] of left) {
    const other = right.get(metric);
    if (other !== undefined) assertSameBasis(fn, metric, basis, other, labels);
  }
}

/**
 * Describe differences in words: `serviceLevelSeconds: 20 in left, 10 in right; repeatWindowHours only in left (24)`.
 *
 * @param differences - from {@link basisDifferences}.
 * @param labels - names of the two sides.
 * @returns the description.
 * @example
 * ```ts
 * describeDifferences([{ kind: "only-left", key: "includesTraining", left: true }], ["2023", "2024"]);
 * // "includesTraining only in 2023 (true)"
 * ```
 */
export function describeDifferences(differences: readonly BasisDifference[], labels: readonly [string, string] = ["left", "right"]): string {
  return basisDifferencesText(differences, labels);
}

function basisMap(b: Basis): Map<string, string | number | boolean> {
  const m = new Map<string, string | number | boolean>();
  for (const { key, value } of b) if (!m.has(key)) m.set(key, value);
  return m;
}

/** A figure's basis in words, one sentence per report language. */
export type BasisText = Readonly<Record<Lang, string>>;

/** What a compliance figure counts, as {@link complianceBasis} reads it. */
export interface BasisParts {
  /** The clock the figure counts on; undefined when it has none (durations given as numbers only). */
  readonly clock: Clock | undefined;
  /** The rule for unfinished cases applied. */
  readonly rule: Unfinished;
  /** Durations given directly as numbers were used for some cases. */
  readonly given: boolean;
}

// Each study's events by id (their position in the list), made once per events list: a study has one basis per
// standard, and a linear search per standard grows with standards × events.
const eventPositions = new WeakMap<readonly Study["events"][number][], Map<string, number>>();

function eventById(study: Study, id: string): Study["events"][number] | undefined {
  let m = eventPositions.get(study.events);
  if (m === undefined) {
    m = new Map();
    study.events.forEach((e, i) => {
      if (!m?.has(e.id)) m?.set(e.id, i);
    });
    eventPositions.set(study.events, m);
  }
  const at = m.get(id);
  const e = at === undefined ? undefined : study.events[at];
  // The event now at that position, checked: a list changed in place falls back to the search.
  return e !== undefined && e.id === id ? e : study.events.find((x) => x.id === id);
}

/**
 * The computed basis of a standard's compliance figure: the metric's label keys, then what the figure counts —
 * `clock.start`, `clock.stop`, `threshold`, `unit`, `better`, `unfinished` (miss, exclude or exclude-if-shorter),
 * `unfinished.seconds`, `unfinished.end` and `durations: given` when numbers given in the data were used. A computed
 * key replaces a label key of the same name (the computation is what the figure is). Two figures compare only when
 * these agree.
 *
 * @param study - the study (event and metric names for the sentences).
 * @param standard - the standard.
 * @param metric - its metric.
 * @param parts - the clock, the rule for unfinished cases, and whether given durations were used.
 * @returns the structured basis, and the sentences of the compliance and abandonment figures in each language.
 * @example
 * ```ts
 * const b = complianceBasis(study, standard, metric, { clock: { start: "offered", stop: "answered" }, rule: { count: "miss" }, given: false });
 * b.text.en; // "share of all cases reaching Offered that reach Answered within 60 s of Offered; cases that never reach Answered count as misses"
 * ```
 */
export function complianceBasis(study: Study, standard: Standard, metric: Metric, parts: BasisParts): { basis: Basis; text: BasisText; abandonment: BasisText } {
  const { clock, rule, given } = parts;
  const computed: Basis = [];
  if (clock !== undefined) computed.push({ key: "clock.start", value: clock.start }, { key: "clock.stop", value: clock.stop });
  computed.push({ key: "threshold", value: standard.threshold }, { key: "unit", value: standard.unit }, { key: "better", value: standard.better });
  if (clock !== undefined) {
    computed.push({ key: "unfinished", value: rule.count });
    if (rule.seconds !== undefined) computed.push({ key: "unfinished.seconds", value: rule.seconds });
    if (rule.end !== undefined) computed.push({ key: "unfinished.end", value: rule.end });
  }
  if (given) computed.push({ key: "durations", value: "given" });
  const keys = new Set(computed.map((b) => b.key));
  const basis = [...metric.basis.filter((b) => !keys.has(b.key)), ...computed];
  const eventName = (id: string | undefined, lang: Lang): string | undefined => {
    if (id === undefined) return undefined;
    const e = eventById(study, id);
    return e === undefined ? id : labelText(e.name, lang);
  };
  const args = (lang: Lang): BasisSentenceArgs => ({
    start: eventName(clock?.start, lang),
    stop: eventName(clock?.stop, lang),
    metric: labelText(metric.name, lang),
    limit: DATA_WORDS[lang].quantity(String(standard.threshold), standard.unit),
    better: standard.better,
    rule: { count: rule.count, seconds: rule.seconds === undefined ? undefined : String(rule.seconds), end: eventName(rule.end, lang) },
    given,
  });
  const text = Object.fromEntries(LANGS.map((l) => [l, DATA_WORDS[l].compliance(args(l))])) as Record<Lang, string>;
  const abandonment = Object.fromEntries(LANGS.map((l) => [l, DATA_WORDS[l].abandonment(args(l))])) as Record<Lang, string>;
  return { basis, text, abandonment };
}
