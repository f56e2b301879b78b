/**
 * The simulated case records of one wave (one per work order, with its event times), with the planted causes'
 * process effects: a non-compliant step runs late against the standard that applies to each case, a clock problem
 * lengthens the stretch before the standard's clock starts, an unreasonable threshold (linked mode, and decoys)
 * lets service run as slowly as the standard allows; and, in linked mode, which cases each cause exposes.
 * @module
 */
import type { Clock, Standard } from "../model/study.js";
import { calibrate, drawEvents, eventRanks, eventTree, standardClock, themeClocks, thresholdMinutes, thresholdStretch, treePath, type EventTree, type SimCase } from "./cases.js";
import type { ResolvedCause } from "./plant.js";
import { drawSegment, slowdownOf, type SegmentValues } from "./segments.js";
import { activeIn, extCount, isDecoy, type CaseExposure, type SimRun } from "./world.js";

/** A median duration (minutes) on one edge of the event tree, for the cases a standard applies to. */
interface ScopedMedian {
  readonly standard: Standard;
  readonly edge: string;
  readonly median: number;
}

/** What the planted causes do to a theme's durations: medians for every case, and medians by scope. */
interface PlantedDurations {
  /** Edge → median for every case. */
  readonly override: Map<string, number>;
  /** Linked mode (and decoys): an unreasonable threshold lets service run as slowly as the standard allows, in its scope. */
  readonly stretches: ScopedMedian[];
  /**
   * Late execution against scoped standards (urban 45 min, rural 90 min, remote 2 h on one edge): each case is late
   * against the standard that applies to it, not the loosest, or its own area would miss by far more than the
   * planted 75%-or-so compliance; a case no scope covers is late against the loosest.
   */
  readonly delays: ScopedMedian[];
}

/** A theme's event tree, calibrated so its standards are mostly met, and the standards of its steps. */
interface ThemeTree {
  readonly tree: EventTree;
  readonly stds: readonly Standard[];
  readonly metricStep: ReadonlyMap<string, string>;
}

/**
 * Draw a wave's cases, per theme with clocks; in linked mode at least one per respondent of the theme, so each
 * answers about a distinct case.
 *
 * @param run - the run (its cases grow).
 * @param wave - the wave.
 * @returns the wave's cases by theme.
 * @example
 * ```ts
 * generateCases(run, "1").get("outage_repair")?.length; // casesPerTheme
 * ```
 */
export function generateCases(run: SimRun, wave: string): Map<string, SimCase[]> {
  const out = new Map<string, SimCase[]>();
  const { link, nCases, t0, segments, confounders } = run.settings;
  for (const theme of run.themes) {
    const themeTree = calibratedTree(run, theme, wave);
    if (themeTree === undefined) continue;
    const caseOverride = overridesBySegment(plantedDurations(run, theme, wave, themeTree));
    const list: SimCase[] = [];
    const count = link === undefined ? nCases : Math.max(nCases, extCount(run, theme));
    for (let i = 0; i < count; i++) {
      const { segment } = drawSegment(segments, run.d);
      const start = t0 + i * 7 * 60_000 + Math.floor(run.d.uniform() * 60_000);
      const c: SimCase = { id: `w${wave}-${theme}-case${i + 1}`, theme, wave, segment, events: drawEvents(themeTree.tree, run.d, start, caseOverride(segment), slowdownOf(confounders, segment)) };
      run.cases.push(c);
      list.push(c);
    }
    out.set(theme, list);
  }
  return out;
}

/** The theme's event tree calibrated to its standards and the customers' clocks (but those of a planted clock problem); none without clocks. */
function calibratedTree(run: SimRun, theme: string, wave: string): ThemeTree | undefined {
  const { study, causes } = run;
  const clocks = themeClocks(study, theme);
  if (clocks.length === 0) return undefined;
  const tree: EventTree = eventTree(clocks, eventRanks(study, theme));
  const inTheme = new Set(study.blueprints.find((b) => b.theme === theme)?.steps.map((s) => s.id) ?? []);
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  const stds = study.standards.filter((s) => s.steps.some((x) => inTheme.has(x)));
  const plantedClock = new Set(causes.filter((c) => c.tag === "unreasonable-standard" && c.via === "clock" && activeIn(c, wave)).map((c) => (c.tag === "unreasonable-standard" ? c.standard : "")));
  const customerClocks = stds.filter((st) => !plantedClock.has(st.id)).flatMap((st) =>
    study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.metric === st.metric && q.clock !== undefined).map((q) => ({ clock: q.clock as Clock, standard: st }))),
  );
  calibrate(tree, study, stds, customerClocks);
  return { tree, stds, metricStep };
}

/** The durations the theme's active causes of the wave plant, cause by cause. */
function plantedDurations(run: SimRun, theme: string, wave: string, themeTree: ThemeTree): PlantedDurations {
  const planted: PlantedDurations = { override: new Map(), stretches: [], delays: [] };
  for (const c of run.causes) {
    if (!activeIn(c, wave) || c.theme !== theme) continue;
    if (c.tag === "non-compliant-execution") lateExecution(run, themeTree, c.step, c.severity ?? 1, planted);
    else if (c.tag === "unreasonable-standard" && c.via === "clock") clockLag(run, themeTree.tree, c, planted);
    else if (c.tag === "unreasonable-standard" && (run.settings.link !== undefined || c.decoy === true)) thresholdSlack(run, themeTree.tree, c, planted);
  }
  return planted;
}

/** A non-compliant step: the last edge of each of its standards' clocks runs late (by scope when the standard is scoped). */
function lateExecution(run: SimRun, themeTree: ThemeTree, step: string, sev: number, planted: PlantedDurations): void {
  const { tree, stds, metricStep } = themeTree;
  for (const s of stds.filter((x) => metricStep.get(x.metric) === step)) {
    const clock = standardClock(run.study, s);
    const path = clock === undefined ? undefined : treePath(tree, clock);
    const minutes = thresholdMinutes(s);
    const last = path?.[path.length - 1];
    if (last === undefined || minutes === undefined || s.better !== "lower") continue;
    const median = Math.max(0.75 * minutes * sev, tree.median.get(last) ?? 0);
    if (s.scope.length > 0) planted.delays.push({ standard: s, edge: last, median });
    else planted.override.set(last, Math.max(planted.override.get(last) ?? 0, median));
  }
}

/** A clock problem: lengthen the stretch between the customers' start event and the standard's start event. */
function clockLag(run: SimRun, tree: EventTree, c: ResolvedCause & { readonly tag: "unreasonable-standard" }, planted: PlantedDurations): void {
  const { study } = run;
  const sev = c.severity ?? 1;
  const s = study.standards.find((x) => x.id === c.standard);
  const sc = s === undefined ? undefined : standardClock(study, s);
  const minutes = s === undefined ? undefined : thresholdMinutes(s);
  const q = study.evaluationPoints.flatMap((p) => p.questions).find((x) => x.metric === s?.metric && x.clock !== undefined && x.clock.start !== sc?.start);
  const path = q?.clock === undefined || sc === undefined ? undefined : treePath(tree, { start: q.clock.start, stop: sc.start });
  if (path !== undefined && minutes !== undefined) for (const e of path) planted.override.set(e, (0.9 * minutes * sev) / path.length);
}

/** An unreasonable threshold (linked mode, and decoys): service runs as slowly as the standard allows, in its scope. */
function thresholdSlack(run: SimRun, tree: EventTree, c: ResolvedCause & { readonly tag: "unreasonable-standard" }, planted: PlantedDurations): void {
  const { study } = run;
  const s = study.standards.find((x) => x.id === c.standard);
  const sc = s === undefined ? undefined : standardClock(study, s);
  const minutes = s === undefined ? undefined : thresholdMinutes(s);
  const st = s === undefined || sc === undefined || minutes === undefined ? undefined : thresholdStretch(tree, sc, minutes, s.compliance, s.better);
  if (s !== undefined && st !== undefined) planted.stretches.push({ standard: s, edge: st[0], median: st[1] });
}

/**
 * The edge medians of a case, by its segment: the medians for every case, then on each delayed edge the delay of
 * the standard that applies to the case (else the loosest), and the stretches of the standards that apply to it.
 * Memoised by the standards that apply, so cases of one scope share one map.
 */
function overridesBySegment(planted: PlantedDurations): (segment: SegmentValues) => ReadonlyMap<string, number> {
  const { override, stretches, delays } = planted;
  const loosest = new Map<string, number>();
  for (const x of delays) loosest.set(x.edge, Math.max(loosest.get(x.edge) ?? 0, x.median));
  const overrideFor = new Map<string, Map<string, number>>();
  return (segment) => {
    const fits = (st: Standard): boolean => st.scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
    const mine = stretches.filter((x) => fits(x.standard));
    const myDelays = delays.filter((x) => fits(x.standard));
    if (mine.length === 0 && delays.length === 0) return override;
    const key = [...myDelays.map((x) => `d:${x.standard.id}`), ...mine.map((x) => `s:${x.standard.id}`)].join("\u0000");
    let m = overrideFor.get(key);
    if (m === undefined) {
      m = new Map(override);
      for (const [edge, loose] of loosest) {
        const own = myDelays.filter((x) => x.edge === edge).map((x) => x.median);
        m.set(edge, Math.max(m.get(edge) ?? 0, own.length > 0 ? Math.max(...own) : loose));
      }
      for (const x of mine) m.set(x.edge, Math.max(m.get(x.edge) ?? 0, x.median));
      overrideFor.set(key, m);
    }
    return m;
  };
}

/**
 * Which of a theme's cases each active, non-decoy cause touched (linked mode); undefined where the cases cannot
 * show it (a cause on everyone, a cause none of whose events the cases have, no cases).
 *
 * @param run - the run (its exposures grow, by wave and theme).
 * @param wave - the wave.
 * @param casesOfTheme - the wave's cases by theme.
 * @example
 * ```ts
 * measureExposures(run, "1", generateCases(run, "1"));
 * ```
 */
export function measureExposures(run: SimRun, wave: string, casesOfTheme: ReadonlyMap<string, SimCase[]>): void {
  for (const theme of run.extThemes) {
    const pool = casesOfTheme.get(theme) ?? [];
    const m = new Map<number, CaseExposure | undefined>();
    run.causes.forEach((c, i) => {
      const rule = run.rules[i]!;
      if (isDecoy(c) || !activeIn(c, wave) || rule.exposure.kind === "everyone" || pool.length === 0) return m.set(i, undefined);
      const events = pool.map((x) => new Map(x.events));
      // The cases cannot show the exposure when none has the rule's events (e.g. a cause in another theme).
      if (!events.some((ev) => rule.events.every((e) => ev.has(e)))) return m.set(i, undefined);
      const exposed = new Set<string>();
      pool.forEach((x, j) => {
        if (rule.test(events[j] as Map<string, number>, x.segment)) exposed.add(x.id);
      });
      return m.set(i, { share: exposed.size / pool.length, exposed });
    });
    run.exposureIn.set(`${wave}\u0000${theme}`, m);
  }
}
