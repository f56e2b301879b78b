/**
 * The linked summary (customers joined to their own cases, as sufficient statistics) in process, and the plan both
 * routes follow: for every traced point, the candidates that can be read off a case (the trace's own candidates,
 * from the study's graph and the run's unreasonable-standard findings), and for every overall point, its theme's
 * driver points. `summariseLinked` reads respondents and case records; `linkedSummarySql` (gaptrace/sql) computes
 * the same summary where the data are. Either is given to `attribute` as `{ linked }`.
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { ResponseTable } from "../data/dataset.js";
import type { CaseRecords } from "../data/cases.js";
import { studyNetworkShared } from "../graph/step-network.js";
import { reachOf } from "../graph/reach.js";
import type { EvaluationPoint, Question, Study } from "../model/study.js";
import { solveCrossProducts, type CentredCrossProducts, type ResidualMoments } from "../stats/fit-from-cross-products.js";
import { addValue } from "../stats/add-value.js";
import { emptyMoments, type WeightedMoments } from "../stats/weighted-moments.js";
import { attribute } from "./attribute.js";
import { indexQuestions, respondentIndex } from "./evidence/measure.js";
import type { Finding, UnreasonableStandard } from "./shared/findings.js";
import { caseView, sortWaves, surveyView, type CaseRecord } from "./shared/inputs.js";
import { cellKey, sortCells, type LinkedCell, type LinkedDriverSummary, type LinkedPointSummary, type LinkedRound2, type LinkedSummary, type LinkedWaveSummary } from "./shared/linked-summary.js";
import { resolveAttributionOptions, type AttributionOptions } from "./shared/options.js";
import { checkLinkedSlopes, slopesOf, type LinkedDriverSlopes, type LinkedSlopes } from "./shared/linked-slopes.js";
import { traceCandidates, type TraceCandidate } from "./trace/candidates.js";
import { upstreamWithSelfIn } from "./trace/chain.js";
import { linkCases } from "./trace/linkage.js";
import { isOverallPoint } from "./trace/trace-gaps.js";

/** What a linked summary holds: per traced point its measurable candidates, per overall point its drivers. */
export interface LinkedPlan {
  readonly points: readonly { readonly point: EvaluationPoint; readonly questions: readonly Question[]; readonly candidates: readonly TraceCandidate[] }[];
  readonly drivers: readonly { readonly point: EvaluationPoint; readonly overall: readonly Question[]; readonly drivers: readonly { readonly point: EvaluationPoint; readonly questions: readonly Question[] }[] }[];
}

/**
 * The linked plan of a study for the findings of a run (see the module).
 *
 * @param study - the study.
 * @param findings - the run's findings (its unreasonable standards decide the beyond-acceptable and customers'-clock
 *   candidates); from `attribute` on the survey and case summaries.
 * @returns the points and their candidates, the overall points and their drivers.
 * @example
 * ```ts
 * linkedPlan(study, attribute(study, { responses: surveySummary, cases: caseSummary }).findings).points.length;
 * ```
 */
export function linkedPlan(study: Study, findings: readonly Finding[]): LinkedPlan {
  const graph = studyNetworkShared(study);
  const reach = reachOf(study);
  const us = findings.filter((f): f is UnreasonableStandard => f.tag === "unreasonable-standard");
  const none = (): undefined => undefined;
  const points = study.evaluationPoints
    .filter((p) => indexQuestions(p, "external").length > 0 && !isOverallPoint(p))
    .map((p) => ({
      point: p,
      questions: indexQuestions(p, "external"),
      candidates: traceCandidates({ study, upstream: upstreamWithSelfIn(graph, p.step), point: p.id, nce: new Map(), us, ownerOf: none, departmentOf: none, reach }).filter((c) => c.perCase !== undefined),
    }));
  const drivers = study.evaluationPoints.filter(isOverallPoint).map((p) => {
    const bp = study.blueprints.find((b) => b.steps.some((s) => s.id === p.step));
    const steps = new Set(bp?.steps.map((s) => s.id) ?? []);
    return {
      point: p,
      overall: indexQuestions(p, "external").filter((q) => q.overall),
      drivers: study.evaluationPoints
        .filter((d) => d.id !== p.id && steps.has(d.step) && indexQuestions(d, "external").some((q) => !q.overall))
        .map((d) => ({ point: d, questions: indexQuestions(d, "external").filter((q) => !q.overall) })),
    };
  });
  return { points, drivers };
}

/** A cell being built: segment, exposure pattern and moments. */
export type CellDraft = { segment: string[]; exposure: (0 | 1 | null)[]; moments: WeightedMoments };

/**
 * One wave's summary from its parts, in the form both routes give: dimensions that are blank in every cell of
 * every point dropped, the rest sorted, cells re-keyed and in key order.
 *
 * @param wave - the wave.
 * @param dims - the dimensions the cells' segments follow.
 * @param parts - the linkage, the points' cells, the drivers.
 * @returns the wave summary.
 * @example
 * ```ts
 * finishLinkedWave("2026H1", ["area"], { linkage, points: [], drivers: [] });
 * ```
 */
export function finishLinkedWave(wave: string, dims: readonly string[], parts: Pick<LinkedWaveSummary, "linkage" | "drivers"> & { readonly points: readonly { point: string; exposures: LinkedPointSummary["exposures"]; cells: readonly CellDraft[] }[] }): LinkedWaveSummary {
  const present = dims.map((_, i) => parts.points.some((p) => p.cells.some((c) => (c.segment[i] ?? "") !== "")));
  const order = dims.map((d, i) => ({ d, i })).filter((x) => present[x.i]).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  const points = parts.points.map((p): LinkedPointSummary => {
    const merged = new Map<string, LinkedCell>();
    for (const c of p.cells) {
      const cell = { segment: order.map((o) => c.segment[o.i] ?? ""), exposure: c.exposure, moments: c.moments };
      const k = cellKey(cell);
      const o = merged.get(k);
      if (o !== undefined) throw new UsageError("finishLinkedWave", `cell ${k} of point ${p.point} twice.`, "Report this as a bug.");
      merged.set(k, cell);
    }
    return { point: p.point, exposures: p.exposures, cells: sortCells([...merged.values()]) };
  });
  return { wave, dimensions: order.map((o) => o.d), linkage: parts.linkage, points, drivers: parts.drivers };
}

/**
 * A driver regression's summary from round 1's cross-products and a function computing round 2 at given literals.
 *
 * @param base - the overall point, rows, drivers with their answered counts, the kept drivers.
 * @param cross - round 1 over the rows complete on every kept driver.
 * @param minN - the fewest customers.
 * @param round2 - round 2 at (ȳ, x̄, β) over the kept, not aliased drivers (indices into the kept list).
 * @param given - the whole's slopes (`linkedSlopes`), for a part of a whole: round 2 runs at them, not at the
 *   part's own round 1, and not at all when the whole has none.
 * @returns the driver summary.
 * @example
 * ```ts
 * await driverSummary({ point: "ep_overall", rows, drivers, kept }, cross, 30, async (at) => residualsAt(at));
 * ```
 */
export async function driverSummary(
  base: Pick<LinkedDriverSummary, "point" | "rows" | "drivers" | "kept">,
  cross: CentredCrossProducts,
  minN: number,
  round2: (at: { yBar: number; xBar: readonly number[]; kept: readonly number[]; beta: readonly number[] }) => Promise<ResidualMoments>,
  given?: LinkedDriverSlopes,
): Promise<LinkedDriverSummary> {
  if (given !== undefined) {
    // A part runs round 2 at the whole's literals even without a complete row of its own (its sums are then 0).
    const at = given.ready ? given.at : undefined;
    if (at === undefined || base.kept.length === 0) return { ...base, cross, round2: undefined };
    const kept = at.beta.flatMap((b, j) => (b === null ? [] : [j]));
    const residuals = await round2({ yBar: at.yBar, xBar: at.xBar, kept, beta: kept.map((j) => at.beta[j] ?? 0) });
    return { ...base, cross, round2: { yBar: at.yBar, xBar: [...at.xBar], beta: [...at.beta], residuals } };
  }
  if (base.kept.length === 0 || cross.n === 0) return { ...base, cross, round2: undefined };
  const s = solveCrossProducts(cross, Math.max(minN, base.kept.length + 2));
  if (s.kind === "insufficient") return { ...base, cross, round2: undefined };
  const beta = Array.from(s.beta);
  const residuals = await round2({ yBar: cross.yBar, xBar: cross.xBar, kept: s.kept, beta });
  const r2: LinkedRound2 = { yBar: cross.yBar, xBar: [...cross.xBar], beta: base.kept.map((_, j) => (s.kept.includes(j) ? (beta[s.kept.indexOf(j)] ?? null) : null)), residuals };
  return { ...base, cross, round2: r2 };
}

/** Options of {@link summariseLinked}. */
export interface SummariseLinkedOptions extends AttributionOptions {
  /**
   * Per wave, the findings that decide each point's candidates (the unreasonable standards); default: attribute the
   * data given. Parts of one data set summarised apart must share the whole's findings, or their exposures differ.
   */
  readonly findings?: ReadonlyMap<string, readonly Finding[]>;
  /**
   * For a part of a whole: the whole's driver slopes (`linkedSlopes` of every part's first summary). Round 1 runs
   * on the whole's drivers and round 2 at the whole's slopes, so the parts' summaries merge into the whole's.
   */
  readonly slopes?: LinkedSlopes;
}

/**
 * Summarise linked responses in process: every wave of the responses, each joined to the cases of its wave.
 *
 * @param study - the validated study.
 * @param data - the response table and the case records.
 * @param options - the attribution's options (the findings that decide the candidates; `minExternal`).
 * @returns the linked summary.
 * @example
 * ```ts
 * const linked = summariseLinked(study, { responses: table, cases: records });
 * attribute(study, { responses: summariseSurvey(study, table), cases: caseSummary(study, records), linked });
 * ```
 */
export async function summariseLinked(study: Study, data: { readonly responses: ResponseTable; readonly cases: CaseRecords | readonly CaseRecord[] }, options: SummariseLinkedOptions = {}): Promise<LinkedSummary> {
  const { findings: given, slopes, ...attribution } = options;
  const opts = resolveAttributionOptions(attribution);
  if (slopes !== undefined) checkLinkedSlopes("summariseLinked", slopes, { study: study.id, minExternal: opts.minExternal, overall: study.evaluationPoints.filter(isOverallPoint).map((p) => p.id) });
  const waves: LinkedWaveSummary[] = [];
  for (const wave of sortWaves([...data.responses.waves])) {
    const findings = given?.get(wave) ?? attribute(study, { responses: data.responses, cases: data.cases }, { ...attribution, wave }).findings;
    const plan = linkedPlan(study, findings);
    const view = surveyView(data.responses, wave);
    const cases = caseView(data.cases, wave, opts.calendar);
    const { caseOf, linkage } = linkCases(view, cases);
    const respondents = view.respondents();
    const dims = [...new Set(respondents.segment.flatMap((s) => (s ?? []).map(([k]) => k)))].sort();
    const perCase = new Map<string, Float64Array>();
    const points = plan.points.map((pp) => {
      const idx = respondentIndex([...pp.questions], (q) => view.answers(q.id));
      const xs = pp.candidates.map((c) => {
        let v = perCase.get(c.key);
        if (v === undefined) perCase.set(c.key, (v = (c.perCase as NonNullable<TraceCandidate["perCase"]>)(cases)));
        return v;
      });
      const cells = new Map<string, CellDraft>();
      // A point without a candidate that a case can show has nothing to measure: no cells (as in SQL).
      for (let k = 0; k < (xs.length === 0 ? 0 : idx.respondent.length); k++) {
        const r = idx.respondent[k] ?? 0;
        const c = caseOf[r] ?? -1;
        if (c < 0 || !Number.isFinite(idx.value[k] ?? NaN)) continue;
        const seg = respondents.segment[r];
        const segment = dims.map((d) => seg?.find(([key]) => key === d)?.[1] ?? "");
        const exposure = xs.map((x) => (x[c] === 1 ? 1 : x[c] === 0 ? 0 : null));
        const key = cellKey({ segment, exposure });
        let cell = cells.get(key);
        if (cell === undefined) cells.set(key, (cell = { segment, exposure, moments: emptyMoments() }));
        addValue(cell.moments, idx.value[k] ?? NaN, idx.weight[k] ?? 1);
      }
      return { point: pp.point.id, exposures: pp.candidates.map((c) => ({ key: c.key, exposure: c.exposure })), cells: [...cells.values()] };
    });
    const drivers: LinkedDriverSummary[] = [];
    for (const d of plan.drivers) drivers.push(await inProcessDrivers(d, (qs) => respondentIndex([...qs], (q) => view.answers(q.id)), opts.minExternal, slopesOf(slopes, wave, d.point.id)));
    waves.push(finishLinkedWave(wave, dims, { linkage, points, drivers }));
  }
  return { kind: "gaptrace/linked-summary", version: 1, study: study.id, minExternal: opts.minExternal, waves };
}

/** One overall point's driver regression from respondents, in the two rounds the SQL route runs. */
async function inProcessDrivers(
  d: LinkedPlan["drivers"][number],
  indexOf: (qs: readonly Question[]) => { respondent: ArrayLike<number>; value: ArrayLike<number>; weight: ArrayLike<number> },
  minN: number,
  given: LinkedDriverSlopes | undefined,
): Promise<LinkedDriverSummary> {
  const overall = indexOf(d.overall);
  const n = overall.respondent.length;
  const pos = new Map<number, number>();
  for (let i = 0; i < n; i++) pos.set(overall.respondent[i] ?? 0, i);
  const columns = d.drivers.map((x) => {
    const col = new Float64Array(n).fill(NaN);
    const idx = x.questions.length === 0 ? { respondent: [], value: [], weight: [] } : indexOf(x.questions);
    for (let i = 0; i < idx.respondent.length; i++) {
      const k = pos.get(idx.respondent[i] ?? 0);
      if (k !== undefined) col[k] = idx.value[i] ?? NaN;
    }
    return col;
  });
  const answered = columns.map((c) => c.reduce((a, v) => a + (Number.isFinite(v) ? 1 : 0), 0));
  const keptIdx = given === undefined ? answered.map((a, j) => ({ a, j })).filter((x) => x.a >= minN && x.a >= 0.5 * n).map((x) => x.j) : keptOf(d, given, "summariseLinked");
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(overall.value[i] ?? NaN) && (overall.weight[i] ?? 0) > 0 && keptIdx.every((j) => Number.isFinite(columns[j]?.[i] ?? NaN))) rows.push(i);
  const y = (i: number): number => overall.value[i] ?? NaN;
  const w = (i: number): number => overall.weight[i] ?? 1;
  const x = (j: number, i: number): number => columns[keptIdx[j] ?? 0]?.[i] ?? NaN;
  const k = keptIdx.length;
  let sw = 0;
  let sy = 0;
  const sx = new Array<number>(k).fill(0);
  const scale = new Array<number>(k).fill(0);
  for (const i of rows) {
    sw += w(i);
    sy += w(i) * y(i);
    for (let j = 0; j < k; j++) {
      sx[j] = (sx[j] ?? 0) + w(i) * x(j, i);
      scale[j] = (scale[j] ?? 0) + w(i) * x(j, i) ** 2;
    }
  }
  const yBar = rows.length === 0 ? 0 : sy / sw;
  const xBar = sx.map((v) => (rows.length === 0 ? 0 : v / sw));
  const sxx = new Array<number>(k * k).fill(0);
  const sxy = new Array<number>(k).fill(0);
  for (const i of rows)
    for (let a = 0; a < k; a++) {
      const da = x(a, i) - (xBar[a] ?? 0);
      sxy[a] = (sxy[a] ?? 0) + w(i) * da * (y(i) - yBar);
      for (let b = 0; b <= a; b++) sxx[a * k + b] = (sxx[a * k + b] ?? 0) + w(i) * da * (x(b, i) - (xBar[b] ?? 0));
    }
  const cross: CentredCrossProducts = { n: rows.length, sumW: sw, yBar, xBar, sxx, sxy, scale };
  const base = { point: d.point.id, rows: n, drivers: d.drivers.map((dr, j) => ({ point: dr.point.id, answered: answered[j] ?? 0 })), kept: keptIdx.map((j) => d.drivers[j]?.point.id ?? "") };
  return driverSummary(
    base,
    cross,
    minN,
    async (at) => {
      const p = 1 + at.kept.length;
      const meat = new Array<number>(p * p).fill(0);
      const score = new Array<number>(p).fill(0);
      const z = new Float64Array(p);
      for (const i of rows) {
        z[0] = 1;
        let e = y(i) - at.yBar;
        at.kept.forEach((j, m) => {
          z[m + 1] = x(j, i) - (at.xBar[j] ?? 0);
          e -= (at.beta[m] ?? 0) * (z[m + 1] ?? 0);
        });
        const we = w(i) * e;
        for (let a = 0; a < p; a++) {
          score[a] = (score[a] ?? 0) + we * (z[a] ?? 0);
          for (let b = 0; b < p; b++) meat[a * p + b] = (meat[a * p + b] ?? 0) + we * we * (z[a] ?? 0) * (z[b] ?? 0);
        }
      }
      return { meat, score };
    },
    given,
  );
}

/**
 * The indices, among an overall point's drivers, of the drivers the whole's slopes keep.
 *
 * @param d - the overall point's plan.
 * @param given - the whole's slopes of the point.
 * @param fn - the function the slopes were given to, for the message (`summariseLinked`, `linkedSummarySql`).
 * @returns the kept drivers' indices, in the plan's order.
 * @throws {@link core!UsageError} when the slopes keep a driver the plan lacks (made for another study).
 * @example
 * ```ts
 * keptOf(plan.drivers[0], slopesOf(slopes, "2026H1", "ep_overall"), "summariseLinked");
 * ```
 */
export function keptOf(d: LinkedPlan["drivers"][number], given: LinkedDriverSlopes, fn: string): number[] {
  const ids = d.drivers.map((x) => x.point.id);
  const idx = given.kept.map((id) => ids.indexOf(id));
  if (idx.some((i) => i < 0) || idx.some((i, k) => k > 0 && i <= (idx[k - 1] ?? -1)))
    throw new UsageError(fn, `the slopes of overall point ${JSON.stringify(d.point.id)} keep drivers ${JSON.stringify(given.kept)}, which are not among its drivers in order.`, "Pass the slopes linkedSlopes made from the parts of this study.");
  return idx;
}
