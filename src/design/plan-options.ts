/**
 * Options of the sampling plan, checked by a zod schema built for the study (its themes are the allowed ones), so
 * that every mistake (a negative margin, a confidence of 95, a theme the study does not have, segment shares that do
 * not add up to 1) comes back at once. Each schema names the problem code its failures report; the code's text
 * (`gaptrace/samplingPlan: …` and what to do) comes from the problem tables in `core/messages/`.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../core/errors.js";
import type { ShownValue } from "../core/messages/problem-codes.js";
import type { DocPath, Problem, ProblemCode, ProblemParams } from "../core/problem.js";
import { kishDesignEffect } from "../stats/kish-design-effect.js";
import { UNITS, type Study, type Unit } from "../model/study.js";
import { schemaProblems, valueAt } from "../study/validate/schema-issues.js";
import { problemFrom } from "../core/problem-from.js";
import { DESIGN_EN } from "../core/messages/problems-en-design.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/** A value that may differ between customers (`external`) and staff (`internal`). */
export type PerAudience<T> = T | { readonly external?: T; readonly internal?: T };

/** The bounded scales a planning standard deviation can be given for, and numeric answers by unit. */
export type PlanScaleKey = "likert5" | "likert7" | "score10" | "score100" | `numeric:${Unit}`;

/**
 * Every {@link PlanScaleKey}: the keys `options.sd` accepts.
 *
 * @example
 * ```ts
 * PLAN_SCALE_KEYS.slice(0, 5); // ["likert5", "likert7", "score10", "score100", "numeric:s"]
 * ```
 */
export const PLAN_SCALE_KEYS: readonly PlanScaleKey[] = [
  "likert5",
  "likert7",
  "score10",
  "score100",
  ...UNITS.map((u) => `numeric:${u}` as const),
];

/** Quotas along one segment dimension (city bureau, customer type), as shares of the sample. */
export interface PlanSegmentInput {
  /** The dimension's name, e.g. `city`. */
  readonly dimension: string;
  /** Which samples it splits: `external` (default), `internal` or `all` (also the grand total). */
  readonly audience?: "external" | "internal" | "all";
  /** The segment values and their shares of the population; shares sum to 1. */
  readonly values: readonly { readonly value: string; readonly share: number }[];
}

/** Options of {@link samplingPlan}. */
export interface SamplingPlanOptions {
  /** Target margin of error of a mean, in index points on the 0–100 scale (5 means ±5 points). Required. */
  readonly marginOfError: number;
  /** Target margin of error of a yes/no share, in percentage points (default: `marginOfError`). */
  readonly proportionMarginOfError?: number;
  /** Confidence level (default 0.95). */
  readonly confidence?: number;
  /**
   * Planning standard deviations in each scale's own units (a 1–5 Likert item: `likert5: 0.9`; a numeric answer
   * in hours: `"numeric:h": 12`), e.g. from an earlier wave. Scales left out get {@link stats!defaultScaleSd}.
   */
  readonly sd?: Readonly<Partial<Record<PlanScaleKey, number>>>;
  /** Rule of {@link stats!defaultScaleSd} for scales without a given `sd`: `range/4` (default) or `maximum`. */
  readonly sdRule?: "range/4" | "maximum";
  /** Expected share answering yes on yes/no items (default 0.5, the conservative choice). */
  readonly expectedProportion?: number;
  /** Expected design effect (default 1), for both audiences or each. Not together with `weights`. */
  readonly designEffect?: PerAudience<number>;
  /** Sampling weights of an earlier wave; their Kish design effect n Σw²/(Σw)² is used. Not with `designEffect`. */
  readonly weights?: PerAudience<readonly number[]>;
  /** Expected response rate in (0, 1] (default 1), for both audiences or each. */
  readonly responseRate?: PerAudience<number>;
  /** Customer populations per theme (e.g. repair cases in the period); themes left out are taken as large. */
  readonly populations?: readonly { readonly theme: string; readonly size: number }[];
  /** Quota dimensions; each is allocated separately (marginal quotas, not crossed). */
  readonly segments?: readonly PlanSegmentInput[];
  /**
   * How external respondents are recruited: `theme` (default) — one customer answers all the external questions of
   * the theme they went through, so a theme needs the largest of its points' samples; `point` — a separate sample
   * per evaluation point, so a theme needs their sum.
   */
  readonly externalRespondents?: "theme" | "point";
  /** Only these themes (default all). */
  readonly themes?: readonly string[];
}

/** Options after checking, with defaults applied. */
export interface ResolvedPlanOptions {
  readonly marginOfError: number;
  readonly proportionMarginOfError: number;
  readonly confidence: number;
  readonly sd: ReadonlyMap<PlanScaleKey, number>;
  readonly sdRule: "range/4" | "maximum";
  readonly expectedProportion: number;
  readonly designEffect: { readonly external: number; readonly internal: number };
  readonly designEffectSource: { readonly external: "default" | "given" | "weights"; readonly internal: "default" | "given" | "weights" };
  readonly responseRate: { readonly external: number; readonly internal: number };
  readonly populations: ReadonlyMap<string, number>;
  readonly segments: readonly { readonly dimension: string; readonly audience: "external" | "internal" | "all"; readonly values: readonly { readonly value: string; readonly share: number }[] }[];
  readonly externalRespondents: "theme" | "point";
  readonly themes: readonly string[] | undefined;
}

/** Every option, with its place in problem lists: an option missing here, or one that does not exist, does not compile. */
const OPTION_ORDER: Readonly<Record<keyof SamplingPlanOptions, number>> = {
  marginOfError: 0,
  proportionMarginOfError: 1,
  confidence: 2,
  sd: 3,
  sdRule: 4,
  expectedProportion: 5,
  designEffect: 6,
  weights: 7,
  responseRate: 8,
  populations: 9,
  segments: 10,
  externalRespondents: 11,
  themes: 12,
};
const OPTION_KEYS: readonly string[] = Object.keys(OPTION_ORDER);

/** The problem codes of the sampling-plan options. */
type PlanCode = Extract<ProblemCode, `plan-options/${string}`>;

/** Where a failed check sits and what it found: what a code's parameters are made from. */
interface Found {
  /** Path below `options`. */
  readonly path: DocPath;
  /** The raw value there. */
  readonly value: unknown;
  /** Parameters a cross-field check attached. */
  readonly params: Readonly<Record<string, unknown>>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

/** How a message shows a value the caller passed (long texts cut at 40 characters). */
function shown(x: unknown): ShownValue {
  if (typeof x === "string") return { kind: "value", text: JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x) };
  if (Array.isArray(x)) return { kind: "list" };
  if (isRecord(x)) return { kind: "object" };
  return { kind: "value", text: String(x) };
}

const index = (f: Found, i: number): number => Number(f.path[i]);
const text = (f: Found, i: number): string => String(f.path[i]);
const got = (f: Found): ShownValue => shown(f.value);

/** How each code's parameters are read off the failed check; `themes` are the study's theme ids. */
function paramsTable(themes: readonly string[]): { readonly [C in PlanCode]: (f: Found) => ProblemParams[C] } {
  const share = (f: Found): { index: number; value: number; got: ShownValue } => ({ index: index(f, 1), value: index(f, 3), got: got(f) });
  return {
    "plan-options/not-an-object": (f) => ({ got: got(f) }),
    "plan-options/unknown": (f) => ({ key: text(f, 0), known: OPTION_KEYS }),
    "plan-options/missing": (f) => ({ key: text(f, 0), of: "mean" }),
    "plan-options/margin": (f) => ({ key: text(f, 0), of: f.path[0] === "marginOfError" ? "mean" : "share", got: got(f) }),
    "plan-options/confidence": (f) => ({ got: got(f) }),
    "plan-options/sd": (f) => (f.path.length > 1 ? { key: text(f, 1), got: got(f) } : { got: got(f), keys: PLAN_SCALE_KEYS.slice(0, 5) }),
    "plan-options/sd-key": (f) => ({ key: text(f, 1), keys: PLAN_SCALE_KEYS }),
    "plan-options/sd-rule": (f) => ({ got: got(f) }),
    "plan-options/proportion": (f) => ({ got: got(f) }),
    "plan-options/audience": (f) => ({ option: text(f, 0), audience: text(f, 1) }),
    "plan-options/design-effect": (f) => ({ path: f.path, got: got(f) }),
    "plan-options/weights": (f) => ({ path: f.path }),
    "plan-options/design-effect-twice": (f) => ({ audience: String(f.params["audience"]) }),
    "plan-options/response-rate": (f) => ({ path: f.path, got: got(f) }),
    "plan-options/populations": () => ({}),
    "plan-options/unknown-theme": (f) => ({ option: f.path[0] === "themes" ? "themes" : "populations", index: index(f, 1), got: got(f), themes }),
    "plan-options/duplicate-theme": (f) => ({ theme: String(f.value) }),
    "plan-options/population-size": (f) => ({ index: index(f, 1), got: got(f) }),
    "plan-options/segments": () => ({}),
    "plan-options/segment-dimension": (f) => ({ index: index(f, 1), got: got(f) }),
    "plan-options/segment-duplicate": (f) => ({ dimension: String(f.value) }),
    "plan-options/segment-audience": (f) => ({ index: index(f, 1), got: got(f) }),
    "plan-options/segment-values": (f) => ({ index: index(f, 1) }),
    "plan-options/segment-value": share,
    "plan-options/segment-value-duplicate": (f) => ({ index: index(f, 1), value: String(f.value) }),
    "plan-options/segment-share": share,
    "plan-options/segment-shares-sum": (f) => ({ dimension: String(f.params["dimension"]), sum: Number(f.params["sum"]) }),
    "plan-options/external-respondents": (f) => ({ got: got(f) }),
    "plan-options/themes": () => ({ themes }),
  };
}

/** Zod's `error` option naming the code a check reports; the code travels as the issue's message. */
const as = (code: PlanCode): { readonly error: PlanCode } => ({ error: code });
/** Cross-field checks run even when a sibling failed, so every mistake is reported at once. */
const always = { when: () => true } as const;
const SHARE_TOLERANCE = 1e-6;

/** A number strictly between two bounds. */
function between(code: PlanCode, low: number, high: number): z.ZodMiniNumber {
  return z.number(as(code)).check(z.gt(low, as(code)), z.lt(high, as(code)));
}

/** A positive, finite number. */
function positive(code: PlanCode): z.ZodMiniNumber {
  return z.number(as(code)).check(z.positive(as(code)));
}

/** One value for both audiences, or `{ external, internal }`. */
function perAudience<T extends z.ZodMiniType>(code: PlanCode, value: T) {
  const split = z.strictObject({ external: z.optional(value), internal: z.optional(value) }, as("plan-options/audience"));
  return z.union([value, split], as(code));
}

/** A list item read as an object: an item that is not one is read as `{}`, so each of its fields is reported. */
function item<S extends z.core.$ZodLooseShape>(shape: S) {
  // zod classic's preprocess is this pipe (a $ZodPreprocess is a $ZodPipe).
  return z.pipe(z.transform((v: unknown) => (isRecord(v) ? v : {})), z.object(shape));
}

/** Reports the second and later items whose `key` repeats an earlier one; runs on whatever the list holds. */
function noRepeats(key: string, code: PlanCode) {
  return (list: unknown, ctx: z.core.$RefinementCtx): void => {
    // Early exit: a value that is not a list is reported by the list's own schema.
    if (!Array.isArray(list)) return;
    const seen = new Set<string>();
    list.forEach((x: unknown, i) => {
      const v = isRecord(x) ? x[key] : undefined;
      if (typeof v !== "string" || v === "") return;
      if (seen.has(v)) ctx.addIssue({ code: "custom", message: code, path: [i, key] });
      seen.add(v);
    });
  };
}

/** Reports a segment dimension whose shares do not add up to 1 (run only on an otherwise valid segment). */
function sharesSumToOne(segment: { dimension: string; values: readonly { share: number }[] }, ctx: z.core.$RefinementCtx): void {
  const sum = segment.values.reduce((a, v) => a + v.share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    ctx.addIssue({ code: "custom", message: "plan-options/segment-shares-sum", path: ["values"], params: { dimension: segment.dimension, sum } });
  }
}

const isWeights = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) && v.some((w) => (w as number) > 0);
const isDesignEffect = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;

/** Reports an audience whose design effect both `designEffect` and `weights` validly set; runs on whatever was passed. */
function designEffectOnce(options: unknown, ctx: z.core.$RefinementCtx): void {
  // Early exit: options that are not an object are reported by the object's own schema.
  if (!isRecord(options)) return;
  const sets = (v: unknown, a: string, valid: (x: unknown) => boolean): boolean => (isRecord(v) ? valid(v[a]) && Object.prototype.hasOwnProperty.call(v, a) : valid(v));
  for (const audience of ["external", "internal"]) {
    if (sets(options["designEffect"], audience, isDesignEffect) && sets(options["weights"], audience, isWeights)) {
      ctx.addIssue({ code: "custom", message: "plan-options/design-effect-twice", path: ["weights"], params: { audience } });
    }
  }
}

/** The options schema for a study whose theme ids are `themes`; every failed check's message is its problem code. */
function planOptionsSchema(themes: ReadonlySet<string>) {
  const theme = z.string(as("plan-options/unknown-theme")).check(z.refine((t) => themes.has(t), as("plan-options/unknown-theme")));
  const segment = item({
    dimension: z.string(as("plan-options/segment-dimension")).check(z.minLength(1, as("plan-options/segment-dimension"))),
    audience: z._default(z.enum(["external", "internal", "all"], as("plan-options/segment-audience")), "external"),
    values: z.array(
      item({
        value: z.string(as("plan-options/segment-value")).check(z.minLength(1, as("plan-options/segment-value"))),
        share: z.number(as("plan-options/segment-share")).check(z.gte(0, as("plan-options/segment-share")), z.lte(1, as("plan-options/segment-share"))),
      }),
      as("plan-options/segment-values"),
    ).check(z.minLength(1, as("plan-options/segment-values")), z.superRefine(noRepeats("value", "plan-options/segment-value-duplicate"), always)),
  }).check(z.superRefine(sharesSumToOne, { when: (payload) => payload.issues.length === 0 }));
  return z.strictObject(
    {
      marginOfError: z.number({ error: (i) => (i.input === undefined ? "plan-options/missing" : "plan-options/margin") }).check(z.gt(0, as("plan-options/margin")), z.lt(100, as("plan-options/margin"))),
      proportionMarginOfError: z.optional(between("plan-options/margin", 0, 100)),
      confidence: z._default(between("plan-options/confidence", 0, 1), 0.95),
      sd: z.optional(z.partialRecord(z.enum(PLAN_SCALE_KEYS), positive("plan-options/sd"), { error: (i) => (i.code === "invalid_type" ? "plan-options/sd" : "plan-options/sd-key") })),
      sdRule: z._default(z.enum(["range/4", "maximum"], as("plan-options/sd-rule")), "range/4"),
      expectedProportion: z._default(between("plan-options/proportion", 0, 1), 0.5),
      designEffect: z.optional(perAudience("plan-options/design-effect", positive("plan-options/design-effect"))),
      weights: z.optional(perAudience("plan-options/weights", z.custom<number[]>(isWeights, as("plan-options/weights")))),
      responseRate: z.optional(perAudience("plan-options/response-rate", z.number(as("plan-options/response-rate")).check(z.gt(0, as("plan-options/response-rate")), z.lte(1, as("plan-options/response-rate"))))),
      populations: z.optional(z.array(item({ theme, size: z.number(as("plan-options/population-size")).check(z.gte(1, { ...as("plan-options/population-size"), abort: true }), z.refine(Number.isInteger, as("plan-options/population-size"))) }), as("plan-options/populations")).check(z.superRefine(noRepeats("theme", "plan-options/duplicate-theme"), always))),
      segments: z.optional(z.array(segment, as("plan-options/segments")).check(z.superRefine(noRepeats("dimension", "plan-options/segment-duplicate"), always))),
      externalRespondents: z._default(z.enum(["theme", "point"], as("plan-options/external-respondents")), "theme"),
      themes: z.optional(z.array(theme, as("plan-options/themes"))),
    },
    { error: (i) => (i.code === "unrecognized_keys" ? "plan-options/unknown" : "plan-options/not-an-object") },
  ).check(z.superRefine(designEffectOnce, always));
}

type ParsedPlanOptions = z.output<ReturnType<typeof planOptionsSchema>>;

/**
 * The issues of a per-audience option read by its shape: an object gives one value per audience (the union's second
 * form), anything else one value for both (the first), so a mistake is reported against the form the caller meant.
 */
function byShape(issue: z.core.$ZodIssue, options: unknown): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union") return [issue];
  const meant = issue.errors[isRecord(valueAt(options, issue.path as DocPath)) ? 1 : 0] ?? [];
  return meant.flatMap((i) => byShape({ ...i, path: [...issue.path, ...i.path] }, options));
}

/** One problem per failed check (per key for unknown keys), in the order of the options, unknown keys first. */
function planProblems(issues: readonly z.core.$ZodIssue[], options: unknown, themes: readonly string[]): Problem[] {
  const table = paramsTable(themes);
  const codes = new Set<string>(Object.keys(table));
  const make = <C extends PlanCode>(code: C, f: Found): Problem => problemFrom(DESIGN_EN, code, "error", ["options", ...f.path], table[code](f));
  const out = issues.flatMap((i) => byShape(i, options)).flatMap((issue): Problem[] => {
    const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
    // Early exit: a check the schema did not name (none should exist) is still reported, as zod words it.
    if (!codes.has(issue.message)) return schemaProblems([{ ...issue, path: ["options", ...path] }], { options });
    const code = issue.message as PlanCode;
    const params = issue.code === "custom" ? (issue.params ?? {}) : {};
    const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...path, k]) : [path];
    return paths.map((p) => make(code, { path: p, value: valueAt(options, p), params }));
  });
  const rank = (p: Problem): number => OPTION_KEYS.indexOf(String(p.path[1]));
  return out.sort((a, b) => rank(a) - rank(b));
}

/** Options that passed the schema, with per-audience values split and weights turned into design effects. */
function resolved(o: ParsedPlanOptions): ResolvedPlanOptions {
  const designEffect = { external: 1, internal: 1 };
  const designEffectSource: { external: "default" | "given" | "weights"; internal: "default" | "given" | "weights" } = { external: "default", internal: "default" };
  const rate = split(o.responseRate);
  const given = split(o.designEffect);
  const weights = split(o.weights);
  for (const a of ["external", "internal"] as const) {
    const d = given[a];
    const w = weights[a];
    if (d !== undefined) [designEffect[a], designEffectSource[a]] = [d, "given"];
    else if (w !== undefined) [designEffect[a], designEffectSource[a]] = [kishDesignEffect(w).designEffect, "weights"];
  }
  return {
    marginOfError: o.marginOfError,
    proportionMarginOfError: o.proportionMarginOfError ?? o.marginOfError,
    confidence: o.confidence,
    sd: new Map(Object.entries(o.sd ?? {}).filter((e): e is [PlanScaleKey, number] => e[1] !== undefined)),
    sdRule: o.sdRule,
    expectedProportion: o.expectedProportion,
    designEffect,
    designEffectSource,
    responseRate: { external: rate.external ?? 1, internal: rate.internal ?? 1 },
    populations: new Map((o.populations ?? []).map((p) => [p.theme, p.size])),
    segments: o.segments ?? [],
    externalRespondents: o.externalRespondents,
    themes: o.themes,
  };
}

/** A per-audience value as `{ external, internal }`. */
function split<T>(v: T | { readonly external?: T | undefined; readonly internal?: T | undefined } | undefined): { external?: T | undefined; internal?: T | undefined } {
  if (v === undefined) return {};
  return isRecord(v) ? (v as { external?: T; internal?: T }) : { external: v as T, internal: v as T };
}

/**
 * Checks the options of {@link samplingPlan} against a study and applies the defaults.
 *
 * @param study - The study the plan is for (its themes are the allowed `populations` and `themes`).
 * @param options - What the caller passed.
 * @returns The options with defaults applied and weights turned into design effects.
 * @throws {@link core!ValidationError} listing every bad option; each problem's message starts with
 *   `gaptrace/samplingPlan:` and its hint says what to pass instead.
 * @example
 * ```ts
 * resolvePlanOptions(study, { marginOfError: 5 }).confidence; // 0.95
 * resolvePlanOptions(study, { marginOfError: -5 }); // throws: "gaptrace/samplingPlan: options.marginOfError must be > 0 and < 100, got -5."
 * ```
 */
export function resolvePlanOptions(study: Study, options: SamplingPlanOptions): ResolvedPlanOptions {
  const themeIds = new Set(study.themeMap.themes.map((t) => t.id));
  for (const b of study.blueprints) themeIds.add(b.theme);
  // An option set to null reads as not given (its default), as it always has.
  const given = isRecord(options) ? Object.fromEntries(Object.entries(options).filter(([, v]) => v !== null)) : options;
  const r = planOptionsSchema(themeIds).safeParse(given, ZOD_ENGLISH);
  if (r.success) return resolved(r.data);
  const problems = planProblems(r.error.issues, options, [...themeIds]);
  const summary = isRecord(options) ? `invalid options (${problems.length} problem${problems.length > 1 ? "s" : ""})` : "invalid options";
  throw new ValidationError(`gaptrace/samplingPlan: ${summary}.`, problems);
}
