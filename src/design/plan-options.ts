/**
 * Options of the sampling plan, checked by hand so that every mistake (a negative margin, a confidence of 95, a
 * theme the study does not have, segment shares that do not add up to 1) comes back at once, each as a located
 * problem whose message starts with `gaptrace/samplingPlan:` and says what to do.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import { problem, type DocPath, type Problem } from "../core/problem.js";
import { kishDesignEffect } from "../stats/kish-design-effect.js";
import { UNITS, type Study, type Unit } from "../model/study.js";

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
   * in hours: `"numeric:h": 12`), e.g. from an earlier wave. Scales left out get {@link defaultScaleSd}.
   */
  readonly sd?: Readonly<Partial<Record<PlanScaleKey, number>>>;
  /** Rule of {@link defaultScaleSd} for scales without a given `sd`: `range/4` (default) or `maximum`. */
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

const FN = "samplingPlan";
const KNOWN = new Set([
  "marginOfError",
  "proportionMarginOfError",
  "confidence",
  "sd",
  "sdRule",
  "expectedProportion",
  "designEffect",
  "weights",
  "responseRate",
  "populations",
  "segments",
  "externalRespondents",
  "themes",
]);
const SHARE_TOLERANCE = 1e-6;

function isRecord(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

function show(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (Array.isArray(x)) return "a list";
  if (isRecord(x)) return "an object";
  return String(x);
}

/**
 * Checks the options of {@link samplingPlan} against a study and applies the defaults.
 *
 * @param study - The study the plan is for (its themes are the allowed `populations` and `themes`).
 * @param options - What the caller passed.
 * @returns The options with defaults applied and weights turned into design effects.
 * @throws {@link ValidationError} listing every bad option; each problem's message starts with
 *   `gaptrace/samplingPlan:` and its hint says what to pass instead.
 * @example
 * ```ts
 * resolvePlanOptions(study, { marginOfError: 5 }).confidence; // 0.95
 * resolvePlanOptions(study, { marginOfError: -5 }); // throws: "gaptrace/samplingPlan: options.marginOfError must be > 0 and < 100, got -5."
 * ```
 */
export function resolvePlanOptions(study: Study, options: SamplingPlanOptions): ResolvedPlanOptions {
  const problems: Problem[] = [];
  const bad = (path: DocPath, code: string, message: string, hint: string): void => {
    problems.push(problem(`plan-options/${code}`, "error", ["options", ...path], `gaptrace/${FN}: ${message}`, hint));
  };
  if (!isRecord(options)) {
    bad([], "not-an-object", `expecting an options object, got ${show(options)}.`, "Pass at least { marginOfError: 5 } (±5 points on the 0–100 index).");
    throw new ValidationError(`gaptrace/${FN}: invalid options.`, problems);
  }
  const o = options as unknown as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!KNOWN.has(key)) bad([key], "unknown", `unknown option ${JSON.stringify(key)}.`, `Known options: ${[...KNOWN].join(", ")}.`);
  }

  const points = (key: string, required: boolean, what: string): number | undefined => {
    const v = own(o, key);
    if (v === undefined) {
      if (required) bad([key], "missing", `options.${key} is required.`, `Give the target margin of error of ${what}, e.g. ${key}: 5 for ±5 points.`);
      return undefined;
    }
    if (typeof v !== "number" || !Number.isFinite(v) || !(v > 0 && v < 100)) {
      bad([key], "margin", `options.${key} must be > 0 and < 100, got ${show(v)}.`, `Give the margin of ${what} in points on the 0–100 scale, e.g. 5 for ±5 points (not 0.05).`);
      return undefined;
    }
    return v;
  };
  const marginOfError = points("marginOfError", true, "a mean") ?? Number.NaN;
  const proportionMarginOfError = points("proportionMarginOfError", false, "a yes/no share") ?? marginOfError;

  const confidence = own(o, "confidence") ?? 0.95;
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    bad(["confidence"], "confidence", `options.confidence must be strictly between 0 and 1, got ${show(confidence)}.`, "Write the level as a share, e.g. 0.95 for 95%.");
  }

  const sd = new Map<PlanScaleKey, number>();
  const sdIn = own(o, "sd");
  if (sdIn !== undefined) {
    if (!isRecord(sdIn)) {
      bad(["sd"], "sd", `options.sd must be an object of scale keys, got ${show(sdIn)}.`, `Use keys ${PLAN_SCALE_KEYS.slice(0, 5).join(", ")}, …, e.g. { likert5: 0.9 }.`);
    } else {
      for (const key of Object.keys(sdIn)) {
        const v = sdIn[key];
        if (!(PLAN_SCALE_KEYS as readonly string[]).includes(key)) {
          bad(["sd", key], "sd-key", `unknown scale key ${JSON.stringify(key)} in options.sd.`, `Use one of ${PLAN_SCALE_KEYS.join(", ")}.`);
        } else if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
          bad(["sd", key], "sd", `options.sd.${key} must be a positive number, got ${show(v)}.`, "Give the standard deviation in the scale's own units (about 1 on a 1–5 scale).");
        } else {
          sd.set(key as PlanScaleKey, v);
        }
      }
    }
  }

  const sdRule = own(o, "sdRule") ?? "range/4";
  if (sdRule !== "range/4" && sdRule !== "maximum") {
    bad(["sdRule"], "sd-rule", `options.sdRule must be "range/4" or "maximum", got ${show(sdRule)}.`, 'Use "range/4" (the usual planning value) or "maximum" (the largest possible spread).');
  }

  const expectedProportion = own(o, "expectedProportion") ?? 0.5;
  if (typeof expectedProportion !== "number" || !(expectedProportion > 0 && expectedProportion < 1)) {
    bad(["expectedProportion"], "proportion", `options.expectedProportion must be strictly between 0 and 1, got ${show(expectedProportion)}.`, "Give a guess of the yes share (e.g. 0.8), or leave it out for the conservative 0.5.");
  }

  // Per-audience values: a single value for both, or { external, internal }.
  const perAudience = <T>(key: string, check: (v: unknown, path: DocPath) => T | undefined): { external?: T; internal?: T } => {
    const v = own(o, key);
    if (v === undefined) return {};
    if (isRecord(v)) {
      const out: { external?: T; internal?: T } = {};
      for (const k of Object.keys(v)) {
        if (k !== "external" && k !== "internal") {
          bad([key, k], "audience", `options.${key} has an unknown audience ${JSON.stringify(k)}.`, `Give one value, or { external: …, internal: … }.`);
          continue;
        }
        const c = check(v[k], [key, k]);
        if (c !== undefined) out[k] = c;
      }
      return out;
    }
    const c = check(v, [key]);
    return c === undefined ? {} : { external: c, internal: c };
  };
  const deffIn = perAudience("designEffect", (v, path) => {
    if (typeof v === "number" && Number.isFinite(v) && v > 0) return v;
    bad(path, "design-effect", `options.${path.join(".")} must be a positive number, got ${show(v)}.`, "Pass the expected design effect (1 for simple random sampling, e.g. 1.3 with weights).");
    return undefined;
  });
  const weightsIn = perAudience("weights", (v, path) => {
    if (!Array.isArray(v) || !v.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) || !v.some((w) => (w as number) > 0)) {
      bad(path, "weights", `options.${path.join(".")} must be a list of finite weights ≥ 0, at least one positive.`, "Pass the sampling weights of an earlier wave's respondents.");
      return undefined;
    }
    return kishDesignEffect(v as number[]).designEffect;
  });
  const designEffect = { external: 1, internal: 1 };
  const designEffectSource: { external: "default" | "given" | "weights"; internal: "default" | "given" | "weights" } = { external: "default", internal: "default" };
  for (const a of ["external", "internal"] as const) {
    const d = deffIn[a];
    const w = weightsIn[a];
    if (d !== undefined && w !== undefined) {
      bad(["weights"], "design-effect-twice", `options.designEffect and options.weights both set the ${a} design effect.`, "Pass one of them: weights are turned into Kish's design effect.");
    } else if (d !== undefined) {
      designEffect[a] = d;
      designEffectSource[a] = "given";
    } else if (w !== undefined) {
      designEffect[a] = w;
      designEffectSource[a] = "weights";
    }
  }
  const rateIn = perAudience("responseRate", (v, path) => {
    if (typeof v === "number" && v > 0 && v <= 1) return v;
    bad(path, "response-rate", `options.${path.join(".")} must be in (0, 1], got ${show(v)}.`, "Write the response rate as a share, e.g. 0.6 for 60%.");
    return undefined;
  });
  const responseRate = { external: rateIn.external ?? 1, internal: rateIn.internal ?? 1 };

  const themeIds = new Set(study.themeMap.themes.map((t) => t.id));
  for (const b of study.blueprints) themeIds.add(b.theme);
  const themeHint = `Use theme ids of the study: ${[...themeIds].join(", ")}.`;

  const populations = new Map<string, number>();
  const popIn = own(o, "populations");
  if (popIn !== undefined) {
    if (!Array.isArray(popIn)) {
      bad(["populations"], "populations", "options.populations must be a list of { theme, size }.", "e.g. populations: [{ theme: \"theme_outage_repair\", size: 48000 }].");
    } else {
      popIn.forEach((p: unknown, i) => {
        const theme = isRecord(p) ? own(p, "theme") : undefined;
        const size = isRecord(p) ? own(p, "size") : undefined;
        if (typeof theme !== "string" || !themeIds.has(theme)) {
          bad(["populations", i, "theme"], "unknown-theme", `options.populations[${i}] names unknown theme ${show(theme)}.`, themeHint);
        } else if (populations.has(theme)) {
          bad(["populations", i, "theme"], "duplicate-theme", `options.populations gives theme ${JSON.stringify(theme)} twice.`, "Give each theme's population once.");
        } else if (typeof size !== "number" || !Number.isInteger(size) || size < 1) {
          bad(["populations", i, "size"], "population-size", `options.populations[${i}].size must be a positive whole number, got ${show(size)}.`, "Give the number of customers who went through the theme's process in the period.");
        } else {
          populations.set(theme, size);
        }
      });
    }
  }

  const segments: { dimension: string; audience: "external" | "internal" | "all"; values: { value: string; share: number }[] }[] = [];
  const segIn = own(o, "segments");
  if (segIn !== undefined) {
    if (!Array.isArray(segIn)) {
      bad(["segments"], "segments", "options.segments must be a list of { dimension, values: [{ value, share }] }.", 'e.g. segments: [{ dimension: "city", values: [{ value: "A", share: 0.6 }, { value: "B", share: 0.4 }] }].');
    } else {
      const dims = new Set<string>();
      segIn.forEach((s: unknown, i) => {
        const dimension = isRecord(s) ? own(s, "dimension") : undefined;
        const audience = (isRecord(s) ? own(s, "audience") : undefined) ?? "external";
        const values = isRecord(s) ? own(s, "values") : undefined;
        let ok = true;
        if (typeof dimension !== "string" || dimension === "") {
          bad(["segments", i, "dimension"], "segment-dimension", `options.segments[${i}].dimension must be a non-empty name, got ${show(dimension)}.`, "Name the dimension, e.g. \"city\".");
          ok = false;
        } else if (dims.has(dimension)) {
          bad(["segments", i, "dimension"], "segment-duplicate", `options.segments names dimension ${JSON.stringify(dimension)} twice.`, "Give each dimension once, with all its values.");
          ok = false;
        }
        if (audience !== "external" && audience !== "internal" && audience !== "all") {
          bad(["segments", i, "audience"], "segment-audience", `options.segments[${i}].audience must be "external", "internal" or "all", got ${show(audience)}.`, 'Leave it out for "external".');
          ok = false;
        }
        if (!Array.isArray(values) || values.length === 0) {
          bad(["segments", i, "values"], "segment-values", `options.segments[${i}].values must be a non-empty list of { value, share }.`, "List every value of the dimension with its share.");
          return;
        }
        const seen = new Set<string>();
        let sum = 0;
        const out: { value: string; share: number }[] = [];
        values.forEach((v: unknown, j) => {
          const value = isRecord(v) ? own(v, "value") : undefined;
          const share = isRecord(v) ? own(v, "share") : undefined;
          if (typeof value !== "string" || value === "") {
            bad(["segments", i, "values", j, "value"], "segment-value", `options.segments[${i}].values[${j}].value must be a non-empty text, got ${show(value)}.`, "Name the segment value.");
            ok = false;
          } else if (seen.has(value)) {
            bad(["segments", i, "values", j, "value"], "segment-value-duplicate", `options.segments[${i}] lists value ${JSON.stringify(value)} twice.`, "List each value once.");
            ok = false;
          } else seen.add(value);
          if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) {
            bad(["segments", i, "values", j, "share"], "segment-share", `options.segments[${i}].values[${j}].share must be between 0 and 1, got ${show(share)}.`, "Write shares as fractions of 1 (0.25, not 25).");
            ok = false;
          } else sum += share;
          if (typeof value === "string" && typeof share === "number") out.push({ value, share });
        });
        if (ok && Math.abs(sum - 1) > SHARE_TOLERANCE) {
          bad(["segments", i, "values"], "segment-shares-sum", `the shares of segment dimension ${JSON.stringify(dimension)} sum to ${Number(sum.toPrecision(6))}, not 1.`, "Make the shares add up to 1 (list every value, including an 'other' value if needed).");
          ok = false;
        }
        if (ok) {
          dims.add(dimension as string);
          segments.push({ dimension: dimension as string, audience: audience as "external" | "internal" | "all", values: out });
        }
      });
    }
  }

  const externalRespondents = own(o, "externalRespondents") ?? "theme";
  if (externalRespondents !== "theme" && externalRespondents !== "point") {
    bad(["externalRespondents"], "external-respondents", `options.externalRespondents must be "theme" or "point", got ${show(externalRespondents)}.`, '"theme": one customer answers the whole theme; "point": a sample per evaluation point.');
  }

  let themes: string[] | undefined;
  const themesIn = own(o, "themes");
  if (themesIn !== undefined) {
    if (!Array.isArray(themesIn)) {
      bad(["themes"], "themes", "options.themes must be a list of theme ids.", themeHint);
    } else {
      themes = [];
      themesIn.forEach((t: unknown, i) => {
        if (typeof t !== "string" || !themeIds.has(t)) bad(["themes", i], "unknown-theme", `options.themes[${i}] is unknown theme ${show(t)}.`, themeHint);
        else themes!.push(t);
      });
    }
  }

  if (problems.length > 0) {
    throw new ValidationError(`gaptrace/${FN}: invalid options (${problems.length} problem${problems.length > 1 ? "s" : ""}).`, problems);
  }
  return {
    marginOfError,
    proportionMarginOfError,
    confidence: confidence as number,
    sd,
    sdRule: sdRule as "range/4" | "maximum",
    expectedProportion: expectedProportion as number,
    designEffect,
    designEffectSource,
    responseRate,
    populations,
    segments,
    externalRespondents: externalRespondents as "theme" | "point",
    themes,
  };
}
