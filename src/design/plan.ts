/**
 * The measurement plan (测评方案, step 5 of the method): how many customers and how many staff of each post to
 * ask, per evaluation point and audience, for a target margin of error, with the finite-population correction for
 * small posts (12 dispatchers cannot give 385 answers: that is a census, and the plan says what margin a census
 * gives), quotas by segment, and roll-ups per theme, audience and rater post. Runtime-neutral; the arithmetic is
 * the stats module's (`sampleSizeForMean`, `sampleSizeForProportion`, `defaultScaleSd`, `allocateQuotas`).
 * @module
 */
import { UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";
import { allocateQuotas } from "../stats/allocate-quotas.js";
import { defaultScaleSd } from "../stats/default-scale-sd.js";
import { normalQuantile } from "../stats/normal-quantile.js";
import type { SamplePlan } from "../stats/sample-plan.js";
import { sampleSizeForMean } from "../stats/sample-size-for-mean.js";
import { sampleSizeForProportion } from "../stats/sample-size-for-proportion.js";
import { resolvePlanOptions, type PlanScaleKey, type ResolvedPlanOptions, type SamplingPlanOptions } from "./plan-options.js";
import { questionnaire, type Questionnaire, type QuestionnaireItem, type QuestionnairePost, type QuestionnaireSection } from "./questionnaire.js";
import type { BilingualText } from "./questionnaire-scales.js";
import { inBoth, type PlanRowCase } from "./words.js";
import { requireStudy } from "../model/arguments.js";

/**
 * The version of the sampling-plan shape this library writes.
 *
 * @example
 * ```ts
 * samplingPlan(study, { marginOfError: 5 }).version === SAMPLING_PLAN_FORMAT_VERSION; // true
 * ```
 */
export const SAMPLING_PLAN_FORMAT_VERSION = 1 as const;

/** Quotas along one segment dimension; completes and invitations each sum exactly to their total. */
export interface PlanQuota {
  readonly dimension: string;
  readonly values: readonly {
    readonly value: string;
    readonly share: number;
    readonly completes: number;
    readonly invitations: number;
  }[];
}

/** The sample-size arithmetic of one question. */
export interface PlanQuestion {
  readonly questionId: string;
  readonly scaleType: QuestionnaireItem["scale"]["type"];
  /** `mean` for bounded rating and numeric scales, `proportion` for yes/no. */
  readonly statistic: "mean" | "proportion";
  /** Planning standard deviation σ in the scale's units (means), else `null`. */
  readonly sd: number | null;
  /** Where σ came from: `given` in options.sd, or the `range/4` / `maximum` rule; `null` for proportions. */
  readonly sdSource: "given" | "range/4" | "maximum" | null;
  /** Expected proportion p (yes/no), else `null`. */
  readonly p: number | null;
  /** Target half-width in the scale's units (means) or as a share (proportions). */
  readonly marginOfErrorInScale: number;
  /** Cochran's n₀ = deff · z²σ²/e² before the finite-population correction. */
  readonly n0: number;
  /** Completed answers needed after the finite-population correction. */
  readonly required: number;
}

/** A question the plan cannot size, and why. */
export interface UnplannedQuestion {
  readonly questionId: string;
  readonly point: string;
  readonly reason: BilingualText;
}

/** How many answers one audience needs at one evaluation point. */
export interface PlanRow {
  readonly theme: string;
  readonly point: string;
  readonly step: string;
  readonly section: QuestionnaireSection;
  readonly audience: "external" | "internal";
  /** The answering post (internal), else `null`. */
  readonly raterPost: string | null;
  /** Population size N, or `null` when unknown (taken as large: no finite-population correction). */
  readonly population: number | null;
  /** Where N came from: `theme` (options.populations), `headcount` (the post), or `unknown`. */
  readonly populationSource: "theme" | "headcount" | "unknown";
  /** Every sized question of this audience at this point. */
  readonly questions: readonly PlanQuestion[];
  /** The question needing the most answers; the row's numbers are its numbers. */
  readonly drivingQuestion: string;
  /** Cochran's n₀ of the driving question (a large population), unrounded. */
  readonly n0: number;
  /** Completed answers the target needs (finite-population corrected). */
  readonly required: number;
  /** Completed answers to aim for: `required`, or all the population can give when that is fewer. */
  readonly completes: number;
  /** People to invite at the response rate. */
  readonly invitations: number;
  /** Every member of the population must be invited. */
  readonly census: boolean;
  /** The target margin of error can be reached. */
  readonly reachable: boolean;
  /** The target margin, in index points (means) or percentage points (yes/no). */
  readonly targetMarginOfError: number;
  /** The margin `completes` give with the finite-population correction, same units (0 for a full census; `null` when nobody can answer). */
  readonly marginOfError: number | null;
  /** The margin without the correction: as a sample of the ongoing process, beyond these N people (`null` when nobody can answer). */
  readonly marginOfErrorProcess: number | null;
  readonly quotas: readonly PlanQuota[];
  /** What to do, in plain words, in both languages. */
  readonly message: BilingualText;
}

/** The sample of one rater post: its staff answer all its questions, so it needs the largest of its rows. */
export interface PlanPostRollup {
  readonly post: string;
  readonly name: BilingualText;
  readonly headcount: number | null;
  readonly themes: readonly string[];
  readonly evaluationPoints: number;
  readonly questions: number;
  /** The point whose row needs the most answers. */
  readonly drivingPoint: string;
  readonly required: number;
  readonly completes: number;
  readonly invitations: number;
  readonly census: boolean;
  /** Every row of the post is reachable. */
  readonly reachable: boolean;
  readonly quotas: readonly PlanQuota[];
  readonly message: BilingualText;
}

/** The figures of one audience within a roll-up. */
export interface PlanTotals {
  readonly required: number;
  readonly completes: number;
  readonly invitations: number;
}

/** A theme's samples: its customers, and the staff answering its internal questions. */
export interface PlanThemeRollup {
  readonly theme: string;
  readonly name: BilingualText;
  /** Customer population of the theme, or `null` when not given. */
  readonly population: number | null;
  /** Customers: the largest external row (`externalRespondents: "theme"`) or the sum of them (`"point"`). */
  readonly external: PlanTotals & { readonly drivingPoint: string | null; readonly reachable: boolean };
  /** Staff: for each post, the largest of its rows in this theme, summed over posts. */
  readonly internal: PlanTotals;
  readonly quotas: readonly PlanQuota[];
}

/** A sampling plan: plain, serialisable data. */
export interface SamplingPlan {
  readonly format: "gaptrace.sampling-plan";
  readonly version: typeof SAMPLING_PLAN_FORMAT_VERSION;
  readonly study: { readonly id: string; readonly name: BilingualText };
  /** The options the plan was made with, defaults applied. */
  readonly settings: {
    readonly marginOfError: number;
    readonly proportionMarginOfError: number;
    readonly confidence: number;
    /** z = Φ⁻¹(1 − (1 − confidence)/2). */
    readonly z: number;
    readonly sd: readonly { readonly scale: PlanScaleKey; readonly sd: number }[];
    readonly sdRule: "range/4" | "maximum";
    readonly expectedProportion: number;
    readonly designEffect: { readonly external: number; readonly internal: number };
    readonly designEffectSource: { readonly external: "default" | "given" | "weights"; readonly internal: "default" | "given" | "weights" };
    readonly responseRate: { readonly external: number; readonly internal: number };
    readonly externalRespondents: "theme" | "point";
  };
  /** One row per evaluation point and audience (customers, or one rater post), in questionnaire order. */
  readonly rows: readonly PlanRow[];
  readonly byTheme: readonly PlanThemeRollup[];
  readonly byRaterPost: readonly PlanPostRollup[];
  /** External: sum over themes; internal: sum over posts (each post once, however many themes it serves). */
  readonly byAudience: { readonly external: PlanTotals; readonly internal: PlanTotals };
  readonly total: PlanTotals & { readonly quotas: readonly PlanQuota[] };
  /** Questions that could not be sized (numeric answers without both a minimum and a maximum). */
  readonly unplanned: readonly UnplannedQuestion[];
}

// Shares become integer "sizes" for allocateQuotas; keep total × size below 2^53 so its integer arithmetic is exact.
function quotaSizes(total: number, shares: readonly number[]): number[] | undefined {
  const scale = Math.min(1e9, Math.floor(Number.MAX_SAFE_INTEGER / Math.max(1, total)));
  const sizes = shares.map((s) => Math.round(s * scale));
  return sizes.reduce((a, b) => a + b, 0) >= total ? sizes : undefined;
}

function quotasFor(
  o: ResolvedPlanOptions,
  audience: "external" | "internal" | "total",
  completes: number,
  invitations: number,
): PlanQuota[] {
  const out: PlanQuota[] = [];
  for (const seg of o.segments) {
    if (audience === "total" ? seg.audience !== "all" : seg.audience !== "all" && seg.audience !== audience) continue;
    const shares = seg.values.map((v) => v.share);
    const cSizes = quotaSizes(completes, shares);
    const iSizes = quotaSizes(invitations, shares);
    // Early exit: a sample beyond ~10^8 cannot be split exactly (and no real plan has one).
    if (cSizes === undefined || iSizes === undefined) continue;
    const c = allocateQuotas(completes, cSizes);
    const inv = allocateQuotas(invitations, iSizes);
    out.push({
      dimension: seg.dimension,
      values: seg.values.map((v, i) => ({ value: v.value, share: v.share, completes: c[i]!, invitations: inv[i]! })),
    });
  }
  return out;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return "∞";
  if (x === 0) return "0";
  return x >= 1 ? x.toFixed(1) : String(Number(x.toPrecision(2)));
}

function pct(r: number): string {
  return `${Number((r * 100).toFixed(1))}%`;
}

interface Sized {
  readonly question: PlanQuestion;
  readonly plan: SamplePlan;
  /** Multiplier from the plan's margin units to index (or percentage) points. */
  readonly toPoints: number;
}

function sizeQuestion(
  item: QuestionnaireItem,
  o: ResolvedPlanOptions,
  population: number | undefined,
  audience: "external" | "internal",
): Sized | BilingualText {
  const opts = {
    ...(population === undefined ? {} : { population }),
    designEffect: o.designEffect[audience],
    responseRate: o.responseRate[audience],
  };
  const s = item.scale;
  if (s.type === "yesno") {
    const plan = sampleSizeForProportion(o.expectedProportion, o.proportionMarginOfError / 100, o.confidence, opts);
    return {
      plan,
      toPoints: 100,
      question: {
        questionId: item.questionId,
        scaleType: s.type,
        statistic: "proportion",
        sd: null,
        sdSource: null,
        p: o.expectedProportion,
        marginOfErrorInScale: o.proportionMarginOfError / 100,
        n0: plan.n0,
        required: plan.required,
      },
    };
  }
  if (s.min === null || s.max === null || !(s.max > s.min)) {
    return inBoth((w, lang) => w.unsizedNumeric(s.unitName?.[lang]));
  }
  const key: PlanScaleKey =
    s.type === "likert" ? (s.points === 7 ? "likert7" : "likert5") : s.type === "score" ? (s.max === 100 ? "score100" : "score10") : `numeric:${s.unit ?? "count"}`;
  const given = o.sd.get(key);
  const sd = given ?? defaultScaleSd(s.min, s.max, { rule: o.sdRule });
  const range = s.max - s.min;
  const e = (o.marginOfError / 100) * range;
  const plan = sampleSizeForMean(sd, e, o.confidence, opts);
  return {
    plan,
    toPoints: 100 / range,
    question: {
      questionId: item.questionId,
      scaleType: s.type,
      statistic: "mean",
      sd,
      sdSource: given === undefined ? o.sdRule : "given",
      p: null,
      marginOfErrorInScale: e,
      n0: plan.n0,
      required: plan.required,
    },
  };
}

/** Which message a row gets: the first case that holds, in the order the plan is read. */
function rowCase(plan: SamplePlan, population: number | null): PlanRowCase {
  if (population === null) return "large";
  if (!plan.reachable && plan.n === 0) return "none";
  if (!plan.reachable) return "short";
  if (plan.census && plan.n >= population) return "census-all";
  return plan.census ? "census" : "sample";
}

function rowMessage(
  who: BilingualText,
  target: number,
  plan: SamplePlan,
  toPoints: number,
  rate: number,
  population: number | null,
  audience: "external" | "internal",
): BilingualText {
  const numbers = {
    audience,
    population,
    target: fmt(target),
    moe: fmt(plan.marginOfError * toPoints),
    process: fmt(plan.marginOfErrorInfinite * toPoints),
    n0: Math.ceil(plan.n0 - 1e-9),
    completes: plan.n,
    required: plan.required,
    invitations: plan.invitations,
    rate: pct(rate),
  };
  const kind = rowCase(plan, population);
  return inBoth((w, lang) => w.row[kind]({ ...numbers, who: who[lang] }));
}

const CUSTOMERS: BilingualText = inBoth((w) => w.customers);

/** The items of each evaluation point and audience (customers, or one rater post), in questionnaire order. */
function groupItems(items: readonly QuestionnaireItem[]): QuestionnaireItem[][] {
  const groups = new Map<string, QuestionnaireItem[]>();
  for (const item of items) {
    const key = JSON.stringify([item.point, item.raterPost]);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, [item]);
    else g.push(item);
  }
  return [...groups.values()];
}

/**
 * The question of a group needing the most answers, with its target; questions that cannot be sized go to
 * `unplanned`. Undefined when none can be sized.
 */
function drivingQuestion(
  items: readonly QuestionnaireItem[],
  o: ResolvedPlanOptions,
  population: number | undefined,
  audience: "external" | "internal",
  unplanned: UnplannedQuestion[],
): { driving: Sized & { target: number }; questions: PlanQuestion[] } | undefined {
  let driving: (Sized & { target: number }) | undefined;
  const questions: PlanQuestion[] = [];
  for (const item of items) {
    // A post nobody holds is sized as if large, only to show what the target would need.
    const sized = sizeQuestion(item, o, population === 0 ? undefined : population, audience);
    if (!("plan" in sized)) {
      unplanned.push({ questionId: item.questionId, point: item.point, reason: sized });
      continue;
    }
    questions.push(sized.question);
    const target = sized.question.statistic === "proportion" ? o.proportionMarginOfError : o.marginOfError;
    // Ties (common: equal σ/range on every rating item) go to the first question, so the choice is stable.
    if (driving === undefined || sized.plan.required > driving.plan.required || (sized.plan.required === driving.plan.required && sized.plan.n0 > driving.plan.n0 * (1 + 1e-9))) {
      driving = { ...sized, target };
    }
  }
  return driving === undefined ? undefined : { driving, questions };
}

/** The row of one evaluation point and audience, or undefined when none of its questions can be sized. */
function planRow(
  items: readonly QuestionnaireItem[],
  o: ResolvedPlanOptions,
  posts: ReadonlyMap<string, QuestionnairePost>,
  unplanned: UnplannedQuestion[],
): PlanRow | undefined {
  const first = items[0]!;
  const audience = first.audience;
  const post = first.raterPost === null ? undefined : posts.get(first.raterPost);
  const population = audience === "external" ? o.populations.get(first.theme) : (post?.headcount ?? undefined);
  const populationSource = population === undefined ? "unknown" : audience === "external" ? "theme" : "headcount";
  const who = audience === "external" ? CUSTOMERS : (post?.name ?? { en: first.raterPost ?? "", zh: first.raterPost ?? "" });
  const sized = drivingQuestion(items, o, population, audience, unplanned);
  // Early exit: no question of this audience here could be sized.
  if (sized === undefined) return undefined;
  const { driving, questions } = sized;
  const base = {
    theme: first.theme,
    point: first.point,
    step: first.step,
    section: first.section,
    audience,
    raterPost: first.raterPost,
    questions,
    drivingQuestion: driving.question.questionId,
    n0: driving.plan.n0,
    targetMarginOfError: driving.target,
  };
  // Early exit: a post nobody holds cannot answer anything.
  if (population === 0) {
    return {
      ...base,
      population: 0,
      populationSource: "headcount",
      required: 0,
      completes: 0,
      invitations: 0,
      census: false,
      reachable: false,
      marginOfError: null,
      marginOfErrorProcess: null,
      quotas: [],
      message: inBoth((w, lang) => w.nobody(who[lang])),
    };
  }
  const plan = driving.plan;
  // When the population cannot give enough answers, everyone is invited (also when it is expected to give
  // none at all, where the stats plan's invitations come out as n / rate = 0).
  const short = !plan.reachable && population !== undefined;
  const invitations = short ? population : plan.invitations + 0;
  const finite = (x: number): number | null => (Number.isFinite(x) ? x * driving.toPoints : null);
  return {
    ...base,
    population: population ?? null,
    populationSource,
    required: plan.required,
    completes: plan.n,
    invitations,
    census: short || plan.census,
    reachable: plan.reachable,
    marginOfError: finite(plan.marginOfError),
    marginOfErrorProcess: finite(plan.marginOfErrorInfinite),
    quotas: quotasFor(o, audience, plan.n, invitations),
    message: rowMessage(who, driving.target, plan, driving.toPoints, o.responseRate[audience], population ?? null, audience),
  };
}

/** The row needing the most answers (then the most invitations); the first of equals. */
function largest(rs: readonly PlanRow[]): PlanRow | undefined {
  return rs.reduce<PlanRow | undefined>((best, r) => (best === undefined || r.required > best.required || (r.required === best.required && r.invitations > best.invitations) ? r : best), undefined);
}

/** The figures of several samples added up. */
function sum(xs: readonly PlanTotals[]): PlanTotals {
  return {
    required: xs.reduce((a, x) => a + x.required, 0),
    completes: xs.reduce((a, x) => a + x.completes, 0),
    invitations: xs.reduce((a, x) => a + x.invitations, 0),
  };
}

/** Each rater post's sample: its largest row, since its staff answer all its questions. */
function postRollups(posts: readonly QuestionnairePost[], rows: readonly PlanRow[], o: ResolvedPlanOptions): PlanPostRollup[] {
  const byRaterPost: PlanPostRollup[] = [];
  for (const post of posts) {
    const rs = rows.filter((r) => r.raterPost === post.id);
    const top = largest(rs);
    if (top === undefined) continue;
    const reachable = rs.every((r) => r.reachable);
    const kind = top.census ? "census" : "sample";
    const numbers = { population: top.population, point: top.point, reachable, completes: top.completes, invitations: top.invitations, points: rs.length };
    const message = top.population === 0 ? top.message : inBoth((w, lang) => w.post[kind]({ ...numbers, post: post.name[lang] }));
    byRaterPost.push({
      post: post.id,
      name: post.name,
      headcount: post.headcount,
      themes: [...new Set(rs.map((r) => r.theme))],
      evaluationPoints: rs.length,
      questions: rs.reduce((a, r) => a + r.questions.length, 0),
      drivingPoint: top.point,
      required: top.required,
      completes: top.completes,
      invitations: top.invitations,
      census: top.census,
      reachable,
      quotas: quotasFor(o, "internal", top.completes, top.invitations),
      message,
    });
  }
  return byRaterPost;
}

/** Each theme's samples: its customers (largest external row, or their sum) and, per post, its largest row. */
function themeRollups(q: Questionnaire, rows: readonly PlanRow[], o: ResolvedPlanOptions): PlanThemeRollup[] {
  return q.themes.map((t) => {
    const ext = rows.filter((r) => r.theme === t.id && r.audience === "external");
    const top = largest(ext);
    const external =
      o.externalRespondents === "point"
        ? { ...sum(ext), drivingPoint: top?.point ?? null, reachable: ext.every((r) => r.reachable) }
        : {
            required: top?.required ?? 0,
            completes: top?.completes ?? 0,
            invitations: top?.invitations ?? 0,
            drivingPoint: top?.point ?? null,
            reachable: ext.every((r) => r.reachable),
          };
    const internalParts: PlanTotals[] = [];
    for (const post of q.posts) {
      const pTop = largest(rows.filter((r) => r.theme === t.id && r.raterPost === post.id));
      if (pTop !== undefined) internalParts.push(pTop);
    }
    return {
      theme: t.id,
      name: t.name,
      population: o.populations.get(t.id) ?? null,
      external,
      internal: sum(internalParts),
      quotas: quotasFor(o, "external", external.completes, external.invitations),
    };
  });
}

/**
 * Plans the survey samples of a study: for each evaluation point and audience, the completed answers needed for a
 * target margin of error. Means (Likert, 0–10, bounded numeric answers) use Cochran's n₀ = deff · z²σ²/e² with
 * e = marginOfError/100 × (scale max − scale min) and σ from `options.sd` or `defaultScaleSd` (range/4); yes/no
 * items use n₀ = deff · z² p(1 − p)/e². A known population N (a post's headcount for staff, `options.populations`
 * for a theme's customers) gets the finite-population correction n = n₀/(1 + (n₀ − 1)/N), capped at what N people
 * at the response rate can give; when that is not enough, or N is all there is, the row says so: a census, and
 * the margin it gives. The questions of one audience at one point are answered by the same people, so a row
 * needs the most any of them needs; likewise a post's staff answer all the post's questions (its sample is the
 * largest of its rows, not their sum) and, by default, a customer answers the whole theme's questionnaire.
 *
 * Sources: Cochran, W. G. (1977), *Sampling Techniques*, 3rd ed., §4.4, §4.6 (eq. 4.2); Kish, L. (1965),
 * *Survey Sampling*, §8.2 and §11.7 (design effect, weighting); quotas by largest remainders (Cochran §5.5).
 *
 * @param study - A validated study.
 * @param options - Target margin of error (required), confidence, σ per scale, design effect or weights,
 *   response rate, customer populations per theme, quota segments.
 * @returns The plan: rows, roll-ups per theme, rater post and audience, the grand total, and unsized questions.
 * @throws {@link core!ValidationError} listing every invalid option (message `gaptrace/samplingPlan: …` with a hint).
 * @example
 * ```ts
 * const plan = samplingPlan(study, { marginOfError: 5, responseRate: { external: 0.4, internal: 0.9 } });
 * plan.byRaterPost.find((p) => p.post === "repair_dispatcher")?.census; // true: 12 dispatchers
 * plan.total.completes;
 * ```
 */
export function samplingPlan(study: Study, options: SamplingPlanOptions): SamplingPlan {
  requireStudy("samplingPlan", study);
  const o = resolvePlanOptions(study, options);
  const q = questionnaire(study, o.themes === undefined ? {} : { themes: o.themes });
  const posts = new Map(q.posts.map((p) => [p.id, p]));
  const unplanned: UnplannedQuestion[] = [];
  const rows = groupItems(q.items)
    .map((items) => planRow(items, o, posts, unplanned))
    .filter((r): r is PlanRow => r !== undefined);
  const byRaterPost = postRollups(q.posts, rows, o);
  const byTheme = themeRollups(q, rows, o);
  const external = sum(byTheme.map((t) => t.external));
  const internal = sum(byRaterPost);
  const total = sum([external, internal]);
  return {
    format: "gaptrace.sampling-plan",
    version: SAMPLING_PLAN_FORMAT_VERSION,
    study: q.study,
    settings: {
      marginOfError: o.marginOfError,
      proportionMarginOfError: o.proportionMarginOfError,
      confidence: o.confidence,
      z: normalQuantile(1 - (1 - o.confidence) / 2),
      sd: [...o.sd].map(([scale, sd]) => ({ scale, sd })),
      sdRule: o.sdRule,
      expectedProportion: o.expectedProportion,
      designEffect: o.designEffect,
      designEffectSource: o.designEffectSource,
      responseRate: o.responseRate,
      externalRespondents: o.externalRespondents,
    },
    rows,
    byTheme,
    byRaterPost,
    byAudience: { external, internal },
    total: { ...total, quotas: quotasFor(o, "total", total.completes, total.invitations) },
    unplanned,
  };
}

/**
 * The rows of a plan for one rater post or one theme, a convenience for notebooks.
 *
 * @param plan - A plan from {@link samplingPlan}.
 * @param filter - `{ post }` or `{ theme }` (or both).
 * @returns The matching rows, in plan order.
 * @throws {@link core!UsageError} when neither is given.
 * @example
 * ```ts
 * planRows(plan, { post: "repair_dispatcher" }).map((r) => r.point); // ["ep_or_order_quality", "ep_or_gis", "ep_or_completion"]
 * ```
 */
export function planRows(plan: SamplingPlan, filter: { readonly post?: string; readonly theme?: string }): PlanRow[] {
  if (filter.post === undefined && filter.theme === undefined) {
    throw new UsageError("planRows", "expecting a post or a theme to filter by.", "Pass { post: \"repair_dispatcher\" } or { theme: \"theme_outage_repair\" }; plan.rows has them all.");
  }
  return plan.rows.filter((r) => (filter.post === undefined || r.raterPost === filter.post) && (filter.theme === undefined || r.theme === filter.theme));
}
