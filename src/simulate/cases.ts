/**
 * Simulated case records (work orders) with event timestamps. The events a theme's clocks name are arranged in a
 * tree: every event hangs off the nearest event some clock starts it from, so the duration of any clock that
 * follows the tree is a sum of independent gaps. Gap medians are calibrated so that every standard is met by
 * about 99% of cases, unless a planted cause says otherwise.
 * @module
 */
import { convertUnit } from "../model/units.js";
import type { Clock, Standard, Study } from "../model/study.js";
import { normalQuantile } from "../stats/normal-quantile.js";
import type { Draws } from "./random.js";

/** A simulated case: its events and their times (epoch milliseconds). */
export interface SimCase {
  readonly id: string;
  readonly theme: string;
  readonly wave: string;
  readonly segment: readonly (readonly [string, string])[];
  readonly events: readonly (readonly [string, number])[];
}

/** The event tree of one theme, with the gap distribution of each edge (minutes). */
export interface EventTree {
  /** Events in topological order. */
  readonly order: readonly string[];
  /** Parent of each non-root event. */
  readonly parent: ReadonlyMap<string, string>;
  /** Median gap (minutes) from parent to the event. */
  readonly median: Map<string, number>;
}

const SIGMA = 0.4;
const DEFAULT_GAP_MIN = 20;

/** The clocks named in a theme (by metrics, standards and questions at its steps). */
export function themeClocks(study: Study, theme: string): Clock[] {
  const steps = new Set(study.blueprints.find((b) => b.theme === theme)?.steps.map((s) => s.id) ?? []);
  const out: Clock[] = [];
  const metricIn = new Set<string>();
  for (const m of study.metrics)
    if (steps.has(m.step)) {
      metricIn.add(m.id);
      if (m.clock !== undefined) out.push(m.clock);
    }
  for (const s of study.standards) if (metricIn.has(s.metric) && s.clock !== undefined) out.push(s.clock);
  for (const p of study.evaluationPoints)
    if (steps.has(p.step)) for (const q of p.questions) if (q.clock !== undefined) out.push(q.clock);
  return out;
}

/** The clock a standard counts on (its own, or its metric's). */
export function standardClock(study: Study, s: Standard): Clock | undefined {
  return s.clock ?? study.metrics.find((m) => m.id === s.metric)?.clock;
}

/**
 * Rank of each event of a theme in process order: the position of its step in a topological order of the
 * blueprint (rework hand-offs left out). Events without a step are not ranked.
 */
export function eventRanks(study: Study, theme: string): Map<string, number> {
  const bp = study.blueprints.find((b) => b.theme === theme);
  const ranks = new Map<string, number>();
  if (bp === undefined) return ranks;
  const indeg = new Map<string, number>(bp.steps.map((s) => [s.id, 0]));
  const succ = new Map<string, string[]>();
  for (const h of bp.handoffs) {
    if (h.rework || h.from === h.to || !indeg.has(h.from) || !indeg.has(h.to)) continue;
    succ.set(h.from, [...(succ.get(h.from) ?? []), h.to]);
    indeg.set(h.to, (indeg.get(h.to) ?? 0) + 1);
  }
  const order: string[] = [];
  const ready = [...indeg].filter(([, n]) => n === 0).map(([x]) => x).sort();
  while (ready.length > 0) {
    const x = ready.shift() as string;
    order.push(x);
    for (const y of (succ.get(x) ?? []).sort()) {
      const n = (indeg.get(y) ?? 0) - 1;
      indeg.set(y, n);
      if (n === 0) {
        ready.push(y);
        ready.sort();
      }
    }
  }
  for (const x of bp.steps.map((s) => s.id).filter((x) => !order.includes(x))) order.push(x);
  const stepRank = new Map(order.map((x, i) => [x, i] as const));
  for (const e of study.events) if (e.step !== undefined && stepRank.has(e.step)) ranks.set(e.id, stepRank.get(e.step) ?? 0);
  return ranks;
}

/**
 * Build the event chain of a set of clocks: events ordered so every clock runs forward (clocks that would make a
 * loop are ignored) and, where the clocks leave it open, in process order (`ranks`).
 */
export function eventTree(clocks: readonly Clock[], ranks: ReadonlyMap<string, number> = new Map()): EventTree {
  const succ = new Map<string, Set<string>>();
  const indeg = new Map<string, number>();
  const touch = (e: string): void => {
    if (!succ.has(e)) succ.set(e, new Set());
    if (!indeg.has(e)) indeg.set(e, 0);
  };
  const reaches = (from: string, to: string): boolean => {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const x = stack.pop() as string;
      if (x === to) return true;
      if (seen.has(x)) continue;
      seen.add(x);
      for (const y of succ.get(x) ?? []) stack.push(y);
    }
    return false;
  };
  const sorted = [...clocks].sort((a, b) => (a.start + "\u0000" + a.stop < b.start + "\u0000" + b.stop ? -1 : 1));
  for (const c of sorted) {
    touch(c.start);
    touch(c.stop);
    if (c.start === c.stop || succ.get(c.start)?.has(c.stop) || reaches(c.stop, c.start)) continue;
    succ.get(c.start)?.add(c.stop);
    indeg.set(c.stop, (indeg.get(c.stop) ?? 0) + 1);
  }
  // Also order events by the process (the position of their step in the blueprint), where that makes no loop.
  const ranked = [...indeg.keys()].filter((e) => ranks.has(e)).sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 1; i < ranked.length; i++) {
    const prev = ranked[i - 1] as string;
    const e = ranked[i] as string;
    if ((ranks.get(prev) ?? 0) === (ranks.get(e) ?? 0) || succ.get(prev)?.has(e) || reaches(e, prev)) continue;
    succ.get(prev)?.add(e);
    indeg.set(e, (indeg.get(e) ?? 0) + 1);
  }
  // Kahn's algorithm, ready events by process rank then id, for a deterministic order.
  const rankOf = (e: string): number => ranks.get(e) ?? Number.MAX_SAFE_INTEGER;
  const byRank = (a: string, b: string): number => rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0);
  const order: string[] = [];
  const deg = new Map(indeg);
  const ready = [...deg].filter(([, d]) => d === 0).map(([e]) => e).sort(byRank);
  while (ready.length > 0) {
    const e = ready.shift() as string;
    order.push(e);
    for (const f of succ.get(e) ?? []) {
      const d = (deg.get(f) ?? 0) - 1;
      deg.set(f, d);
      if (d === 0) {
        ready.push(f);
        ready.sort(byRank);
      }
    }
  }
  // A case's events form a chain in that order: every clock that runs forward is a path of consecutive gaps.
  const parent = new Map<string, string>();
  for (let i = 1; i < order.length; i++) parent.set(order[i] as string, order[i - 1] as string);
  return { order, parent, median: new Map([...parent.keys()].map((e) => [e, DEFAULT_GAP_MIN] as const)) };
}

/** The edges (named by their child event) from `start` down to `stop`, or undefined when stop is not below start. */
export function treePath(tree: EventTree, clock: Clock): string[] | undefined {
  const path: string[] = [];
  let e: string | undefined = clock.stop;
  while (e !== undefined && e !== clock.start) {
    path.push(e);
    e = tree.parent.get(e);
  }
  return e === clock.start ? path.reverse() : undefined;
}

/** Minutes in a threshold, or undefined for units that are not calendar time. */
export function thresholdMinutes(s: Standard): number | undefined {
  return convertUnit(s.threshold, s.unit, "min");
}

/**
 * Calibrate gap medians so that about 99% of cases meet every standard: a lower-is-better standard keeps the gaps
 * on its path small, a higher-is-better one long; `extraClocks` are customers' clocks held to the same
 * threshold as the standard they are asked about (so a clock mismatch shows only when planted).
 */
export function calibrate(tree: EventTree, study: Study, standards: readonly Standard[], extraClocks: readonly { clock: Clock; standard: Standard }[] = []): void {
  const all = [...standards.map((s) => ({ s, clock: standardClock(study, s) })), ...extraClocks.map((x) => ({ s: x.standard, clock: x.clock as Clock | undefined }))];
  for (const better of ["lower", "higher"] as const)
    for (const { s, clock } of all) {
      const minutes = thresholdMinutes(s);
      if (clock === undefined || minutes === undefined || s.better !== better) continue;
      const path = treePath(tree, clock);
      if (path === undefined || path.length === 0) continue;
      // Aim above the required share: ~99%, or 99.999% where every case must comply.
      const z = s.compliance >= 1 ? 4.26 : 2.33;
      if (better === "lower") {
        const proposal = (Math.exp(-z * SIGMA) * minutes) / path.length;
        for (const e of path) tree.median.set(e, Math.min(tree.median.get(e) ?? Infinity, proposal));
      } else {
        const total = path.reduce((a, e) => a + (tree.median.get(e) ?? DEFAULT_GAP_MIN), 0);
        const need = Math.exp(z * SIGMA) * minutes;
        if (total < need) {
          const last = path[path.length - 1] as string;
          tree.median.set(last, (tree.median.get(last) ?? DEFAULT_GAP_MIN) + (need - total));
        }
      }
    }
}

/**
 * The median of the last edge of a standard's clock path that puts the clock's median duration as close to the
 * threshold as the standard's required share allows (half the allowed misses, at most 2%): service that runs as
 * slowly as the standard permits. Used for a planted unreasonable threshold in linked mode (and for a threshold
 * decoy), so some customers' own cases take longer than customers accept while the standard is still met. Undefined when the standard is not
 * on a calendar clock of the tree, or when the path already runs that slowly.
 *
 * @param tree - the theme's event tree (calibrated).
 * @param clock - the standard's clock.
 * @param minutes - the standard's threshold in minutes.
 * @param compliance - the standard's required share.
 * @param better - which way is better.
 * @returns the last edge and its new median, or undefined.
 * @example
 * ```ts
 * // The bundled study's outage theme, calibrated: the crew's travel may take a median 8.8 minutes, not ~3.
 * thresholdStretch(tree, { start: "fault_reported", stop: "crew_on_site" }, 45, 0.95, "lower"); // ["crew_on_site", 8.83]
 * ```
 */
export function thresholdStretch(tree: EventTree, clock: Clock, minutes: number, compliance: number, better: "lower" | "higher"): [string, number] | undefined {
  const path = treePath(tree, clock);
  const last = path?.[path.length - 1];
  if (path === undefined || last === undefined) return undefined;
  const allowed = Math.min(0.02, Math.max(1e-5, (1 - compliance) / 2));
  const z = normalQuantile(1 - allowed);
  const others = path.slice(0, -1).reduce((a, e) => a + (tree.median.get(e) ?? DEFAULT_GAP_MIN), 0);
  const current = tree.median.get(last) ?? DEFAULT_GAP_MIN;
  const target = better === "lower" ? minutes * Math.exp(-z * SIGMA) - others : minutes * Math.exp(z * SIGMA) - others;
  if (better === "lower" ? target <= current : target >= current) return undefined;
  return [last, target];
}

/**
 * Draw one case's event times. `override` replaces some edges' medians (planted delays); `scale` multiplies every
 * gap (a slower segment).
 */
export function drawEvents(tree: EventTree, d: Draws, start: number, override: ReadonlyMap<string, number>, scale = 1): [string, number][] {
  const t = new Map<string, number>();
  const out: [string, number][] = [];
  for (const e of tree.order) {
    const p = tree.parent.get(e);
    let time: number;
    if (p === undefined) time = start;
    else {
      const median = override.get(e) ?? tree.median.get(e) ?? DEFAULT_GAP_MIN;
      time = (t.get(p) ?? start) + d.logNormal(median, SIGMA) * 60_000 * scale;
    }
    t.set(e, time);
    out.push([e, Math.round(time)]);
  }
  return out;
}
