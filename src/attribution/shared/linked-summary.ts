/**
 * The linked side of an attribution as sufficient statistics: what the measured links (customers joined to their
 * own cases) and the overall driver regression read, small and JSON-serialisable, so they can be computed where the
 * data are (in SQL) and attributed from there. Per traced point the regressors are 0/1 (each candidate's exposure
 * on the customer's own case, and the segment dummies), so the regression is fully described by the weighted
 * moments of the index per cell (segment levels × exposure pattern): cross-products, the sandwich's meat
 * (Σ w²e² x xᵀ, from the cell's w²-weighted moments once the coefficients are known) and the exposure shares come
 * from them in one pass, and cells of two parts merge by adding. The overall driver regression has continuous
 * regressors (the points' indexes): it is summarised in two rounds (centred cross-products, then the residual
 * moments with round 1's coefficients), and two parts merge only when their second rounds used the same
 * coefficients.
 * @module
 */
import { canonicalJson } from "./canonical-json.js";
import { UsageError, ValidationError } from "../../core/errors.js";
import { formatPath, type DocPath } from "../../core/problem.js";
import { schemaProblems } from "../../study/validate/schema-issues.js";
import { mergeMoments } from "../../stats/merge-moments.js";
import { solveCrossProducts, type CentredCrossProducts, type ResidualMoments } from "../../stats/fit-from-cross-products.js";
import type { WeightedMoments } from "../../stats/weighted-moments.js";
import type { Exposure, Linkage } from "./findings.js";
import { LinkedSummarySchema } from "./linked-summary-schema.js";
import { problemFrom } from "../../core/problem-from.js";
import { DRIVERS_EN } from "../../core/messages/problems-en-drivers.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

/** One cell of a point's linked customers: a segment and an exposure pattern, with the moments of the index there. */
export interface LinkedCell {
  /** Per dimension of the wave (in its order), the respondents' level ("" when blank). */
  readonly segment: readonly string[];
  /** Per exposure of the point (in its order): 1 exposed, 0 not, null unknown (the case lacks the clock's events). */
  readonly exposure: readonly (0 | 1 | null)[];
  /** The weighted moments of the point's customer index over the cell's linked customers. */
  readonly moments: WeightedMoments;
}

/** A traced point's linked customers: the exposures read off their own cases, and the cells. */
export interface LinkedPointSummary {
  readonly point: string;
  /** The point's candidates that can be read off a case, by key (the trace's candidates, in key order). */
  readonly exposures: readonly { readonly key: string; readonly exposure: Exposure }[];
  /** Cells in key order (segment, then exposure). */
  readonly cells: readonly LinkedCell[];
}

/** An overall point's driver regression: overall index on its theme's points' indexes, in two rounds. */
export interface LinkedDriverSummary {
  /** The overall point. */
  readonly point: string;
  /** Respondents with an overall index. */
  readonly rows: number;
  /** The theme's rated points, in study order, with how many of `rows` answered each. */
  readonly drivers: readonly { readonly point: string; readonly answered: number }[];
  /** The drivers that entered the fit (answered by at least minExternal and half the rows). */
  readonly kept: readonly string[];
  /** Round 1 over the rows complete on every kept driver. */
  readonly cross: CentredCrossProducts;
  /**
   * Round 2, or undefined when round 1 could not be solved (too few rows): the residuals eᵢ = yᵢ − ȳ − Σ βⱼ(xᵢⱼ − x̄ⱼ)
   * and ž = (1, x − x̄) over the kept, not aliased drivers, at the centres and slopes given here (round 1's).
   */
  readonly round2: LinkedRound2 | undefined;
}

/** The literals round 2 of a driver regression was computed at, and its residual moments. */
export interface LinkedRound2 {
  readonly yBar: number;
  /** One per kept driver. */
  readonly xBar: readonly number[];
  /** One per kept driver, null when aliased (left out of ž). */
  readonly beta: readonly (number | null)[];
  readonly residuals: ResidualMoments;
}

/** One wave's linked statistics. */
export interface LinkedWaveSummary {
  readonly wave: string;
  /** The respondents' segment dimensions the cells carry. */
  readonly dimensions: readonly string[];
  /** The linkage account: responses = linked + unlinked + unknown case + duplicate link. */
  readonly linkage: Linkage;
  readonly points: readonly LinkedPointSummary[];
  readonly drivers: readonly LinkedDriverSummary[];
}

/**
 * Linked responses summarised for attribution (see the module): made by `summariseLinked` (in process) or
 * `linkedSummaryDuckDB`/`linkedSummaryPostgres` (gaptrace/sql); given to `attribute` as `{ linked }` beside a survey
 * summary and a case summary.
 */
export interface LinkedSummary {
  readonly kind: "gaptrace/linked-summary";
  readonly version: 1;
  readonly study: string;
  /** The fewest customers a driver needs: which drivers enter the overall regression depends on it. */
  readonly minExternal: number;
  readonly waves: readonly LinkedWaveSummary[];
}

/**
 * How a linked summary fails to fit the run it is given to: another study, minExternal or wave, or contents made
 * for other findings (other exposures, drivers or coefficients than the run's).
 */
export type LinkedSummaryMisfit = "study" | "min-external" | "wave" | "contents";

/**
 * A linked summary that does not fit the run it was given to: the {@link core!UsageError} `attribute` throws, which
 * also says how it does not fit, so that whatIf, which passes two summaries (`linked` and `linkedAfter`), can name
 * the one at fault and say how to make it.
 *
 * @example
 * ```ts
 * throw new LinkedSummaryMisfitError("study", `is of study "a", not "b".`, "Summarise the linked responses with the study you attribute.");
 * ```
 * @internal
 */
export class LinkedSummaryMisfitError extends UsageError {
  /** How the summary does not fit. */
  readonly misfit: LinkedSummaryMisfit;
  /** What is wrong, said after "the linked summary" (e.g. `is of study "a", not "b".`). */
  readonly detail: string;
  constructor(misfit: LinkedSummaryMisfit, detail: string, hint: string) {
    super("attribute", `the linked summary ${detail}`, hint);
    this.misfit = misfit;
    this.detail = detail;
  }
}

/**
 * Runs an attribution on behalf of `fn`, naming the linked summary it was given (`data.<name>`) in a refusal that the
 * summary does not fit, with `fn`'s advice for each way it can fail: `attribute` says "gaptrace/attribute: the
 * linked summary", where the user called `fn` (whatIf, compareWaves) and may have passed more than one.
 * @internal
 */
export function namingLinkedSummary<T>(fn: string, name: string, hints: { readonly [M in LinkedSummaryMisfit]: string }, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (!(e instanceof LinkedSummaryMisfitError)) throw e;
    throw new UsageError(fn, `data.${name} ${e.detail}`, hints[e.misfit]);
  }
}

/**
 * Whether a value is a linked summary (by its `kind`).
 *
 * @param x - anything.
 * @returns true for a linked summary.
 * @example
 * ```ts
 * isLinkedSummary({ kind: "gaptrace/linked-summary" }); // true
 * ```
 */
export function isLinkedSummary(x: unknown): x is LinkedSummary {
  return typeof x === "object" && x !== null && (x as LinkedSummary).kind === "gaptrace/linked-summary";
}

/**
 * Check a linked summary given by a caller against {@link LinkedSummarySchema} (it is untrusted input: read back
 * from JSON, a file or another system).
 *
 * @param fn - the function checking it, for the message.
 * @param summary - the summary.
 * @param at - where the summary is among the caller's arguments (`["linkedAtBefore"]`, `["parts", 2]`), put before
 *   each problem's path; default: the summary is the document.
 * @returns the summary, unchanged.
 * @throws {@link core!ValidationError} naming each problem by its path.
 * @example
 * ```ts
 * checkLinkedSummary("attribute", JSON.parse(text));
 * ```
 */
export function checkLinkedSummary(fn: string, summary: unknown, at: DocPath = []): LinkedSummary {
  const r = LinkedSummarySchema.safeParse(summary, ZOD_ENGLISH);
  if (!r.success) {
    // Worded as in the caller's arguments: the paths start at `at`, and the field a path ends at is named from there.
    let args: unknown = summary;
    for (const seg of [...at].reverse()) args = typeof seg === "number" ? Object.assign(new Array<unknown>(seg + 1), { [seg]: args }) : { [seg]: args };
    const problems = schemaProblems(r.error.issues.map((i) => ({ ...i, path: [...at, ...i.path] })), args);
    throw new ValidationError(`gaptrace/${fn}: the linked summary${at.length === 0 ? "" : ` at ${formatPath(at)}`} is malformed.`, problems);
  }
  return summary as LinkedSummary;
}

/** The key of a cell (segment and exposure pattern), for merging and ordering. */
export function cellKey(c: Pick<LinkedCell, "segment" | "exposure">): string {
  return JSON.stringify([c.segment, c.exposure]);
}

/** Cells in key order. */
export function sortCells<C extends Pick<LinkedCell, "segment" | "exposure">>(cells: C[]): C[] {
  const keyed = cells.map((c) => [cellKey(c), c] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, c]) => c);
}

const FN = "mergeLinkedSummaries";

/**
 * Merge the linked summaries of two parts of the same data. The parts must split respondents and cases together
 * (every case with the respondents naming it): a case named in two parts would be linked twice, where the whole
 * counts the second as a duplicate link. Cells add exactly; driver regressions merge only when both parts ran
 * round 2 with the same coefficients (the merged round 1's: see `linkedSlopes`), otherwise the merge is refused.
 *
 * @param a - one part's summary.
 * @param b - the other's.
 * @returns the summary of both.
 * @throws {@link core!ValidationError} for a malformed summary (checked by {@link checkLinkedSummary}, each problem
 *   located under `a` or `b`); {@link core!UsageError} for summaries of different studies, exposures or dimensions;
 *   {@link core!ValidationError} with the problem `drivers/round-two-slopes`, located at the second part's driver
 *   regression, for driver rounds computed with different coefficients, without a round 2 where the whole has one,
 *   or with slopes that were not ready (`linkedSlopes` said `ready: false`).
 * @example
 * ```ts
 * const whole = mergeLinkedSummaries(partA, partB);
 * ```
 */
export function mergeLinkedSummaries(a: LinkedSummary, b: LinkedSummary): LinkedSummary {
  checkLinkedSummary(FN, a, ["a"]);
  checkLinkedSummary(FN, b, ["b"]);
  if (a.study !== b.study || a.minExternal !== b.minExternal) throw new UsageError(FN, "the summaries are of different studies or minExternal.", "Summarise every part with the same study and options.");
  const waves = new Map(a.waves.map((w) => [w.wave, w] as const));
  b.waves.forEach((w, i) => {
    const o = waves.get(w.wave);
    waves.set(w.wave, o === undefined ? w : mergeWave(o, w, i, a.minExternal));
  });
  return { ...a, waves: [...waves.values()].sort((x, y) => (x.wave < y.wave ? -1 : x.wave > y.wave ? 1 : 0)) };
}

function mergeWave(a: LinkedWaveSummary, b: LinkedWaveSummary, at: number, minN: number): LinkedWaveSummary {
  if (JSON.stringify(a.dimensions) !== JSON.stringify(b.dimensions)) throw new UsageError(FN, `wave ${JSON.stringify(a.wave)}: the parts carry different segment dimensions.`, "Read every part with the same segment options.");
  const la = a.linkage;
  const lb = b.linkage;
  const problems = [...la.problems, ...lb.problems].sort((x, y) => (x.respondent < y.respondent ? -1 : x.respondent > y.respondent ? 1 : 0)).slice(0, 100);
  const linkage: Linkage = {
    respondents: la.respondents + lb.respondents,
    linked: la.linked + lb.linked,
    unlinked: la.unlinked + lb.unlinked,
    unknownCase: la.unknownCase + lb.unknownCase,
    duplicate: la.duplicate + lb.duplicate,
    caseRecords: la.caseRecords + lb.caseRecords,
    problems,
  };
  const points = new Map(a.points.map((p) => [p.point, p] as const));
  for (const p of b.points) {
    const o = points.get(p.point);
    points.set(p.point, o === undefined ? p : mergePoint(o, p));
  }
  const drivers = new Map(a.drivers.map((d) => [d.point, d] as const));
  b.drivers.forEach((d, i) => {
    const o = drivers.get(d.point);
    drivers.set(d.point, o === undefined ? d : mergeDriver(o, d, a.wave, ["waves", at, "drivers", i], minN));
  });
  return { wave: a.wave, dimensions: a.dimensions, linkage, points: [...points.values()], drivers: [...drivers.values()] };
}

function mergePoint(a: LinkedPointSummary, b: LinkedPointSummary): LinkedPointSummary {
  if (canonicalJson(a.exposures) !== canonicalJson(b.exposures))
    throw new UsageError(FN, `point ${JSON.stringify(a.point)}: the parts were summarised for different exposures.`, "Summarise every part with the same findings (the same survey and case summaries).");
  const cells = new Map(a.cells.map((c) => [cellKey(c), c] as const));
  for (const c of b.cells) {
    const k = cellKey(c);
    const o = cells.get(k);
    cells.set(k, o === undefined ? c : { segment: c.segment, exposure: c.exposure, moments: mergeMoments(o.moments, c.moments) });
  }
  return { point: a.point, exposures: a.exposures, cells: sortCells([...cells.values()]) };
}

function mergeDriver(a: LinkedDriverSummary, b: LinkedDriverSummary, wave: string, path: readonly (string | number)[], minN: number): LinkedDriverSummary {
  const at = (r: LinkedRound2 | undefined): unknown => (r === undefined ? null : [r.yBar, r.xBar, r.beta]);
  const same = JSON.stringify([a.kept, at(a.round2), a.drivers.map((d) => d.point)]) === JSON.stringify([b.kept, at(b.round2), b.drivers.map((d) => d.point)]);
  const round1 = (): Omit<LinkedDriverSummary, "round2"> => ({ ...a, rows: a.rows + b.rows, drivers: a.drivers.map((d, i) => ({ point: d.point, answered: d.answered + (b.drivers[i]?.answered ?? 0) })), cross: mergeCross(a.cross, b.cross) });
  // Neither part has a round 2, and neither would the whole: its round 1 cannot be solved either.
  if (same && a.round2 === undefined && b.round2 === undefined) {
    const whole = round1();
    if (whole.kept.length === 0 || whole.cross.n === 0 || solveCrossProducts(whole.cross, Math.max(minN, whole.kept.length + 2)).kind === "insufficient") return { ...whole, round2: undefined };
  }
  if (!same || a.round2 === undefined || b.round2 === undefined) {
    // A part whose own round 1 can be solved lacks a round 2 only when it was summarised with slopes that were not
    // ready (it redid round 1 on the whole's drivers and skipped round 2): without slopes it would have its own.
    const lacking = [a, b].filter((d) => d.round2 === undefined);
    const reason = lacking.length === 0 ? "different-slopes" : lacking.some((d) => solvable(d, minN)) ? "slopes-not-ready" : "no-round-two";
    const p = problemFrom(DRIVERS_EN, "drivers/round-two-slopes", "error", path, { wave, point: a.point, reason });
    throw new ValidationError(`gaptrace/${FN}: ${p.message}`, [p]);
  }
  const ra = a.round2.residuals;
  const rb = b.round2.residuals;
  return {
    ...round1(),
    round2: { ...a.round2, residuals: { meat: ra.meat.map((v, i) => v + (rb.meat[i] ?? 0)), score: ra.score.map((v, i) => v + (rb.score[i] ?? 0)) } },
  };
}

/** Whether a driver regression's round 1 can be solved on its own (as one run decides whether it has a round 2). */
function solvable(d: LinkedDriverSummary, minN: number): boolean {
  return d.kept.length > 0 && d.cross.n > 0 && solveCrossProducts(d.cross, Math.max(minN, d.kept.length + 2)).kind !== "insufficient";
}

/** Centred cross-products of two parts combined (Chan, Golub and LeVeque 1979: each part's sums re-centred at the joint means). */
export function mergeCross(a: CentredCrossProducts, b: CentredCrossProducts): CentredCrossProducts {
  if (a.n === 0) return b;
  if (b.n === 0) return a;
  const sw = a.sumW + b.sumW;
  const fa = a.sumW / sw;
  const k = a.xBar.length;
  const dx = a.xBar.map((x, j) => (b.xBar[j] ?? 0) - x);
  const dy = b.yBar - a.yBar;
  const c = (a.sumW * b.sumW) / sw;
  return {
    n: a.n + b.n,
    sumW: sw,
    yBar: a.yBar + (1 - fa) * dy,
    xBar: a.xBar.map((x, j) => x + (1 - fa) * (dx[j] ?? 0)),
    // Only the lower triangle is stored (the solver reads no other): the upper stays 0, as one run leaves it.
    sxx: a.sxx.map((v, i) => (i % k > Math.floor(i / k) ? v + (b.sxx[i] ?? 0) : v + (b.sxx[i] ?? 0) + c * (dx[Math.floor(i / k)] ?? 0) * (dx[i % k] ?? 0))),
    sxy: a.sxy.map((v, j) => v + (b.sxy[j] ?? 0) + c * (dx[j] ?? 0) * dy),
    scale: a.scale.map((v, j) => v + (b.scale[j] ?? 0)),
  };
}
