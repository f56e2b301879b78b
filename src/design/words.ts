/**
 * The words of survey design, one table per language: what a sampling plan says about each row and rater post,
 * and why a question cannot be sized. Code picks a case and its numbers; the tables turn them into English and
 * Chinese. Both tables have the {@link DesignWords} type, so an entry missing from either does not compile.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { BilingualText } from "./questionnaire-scales.js";

/** Who a plan row samples: the customers of a theme, or the staff of one rater post. */
export type PlanAudience = "external" | "internal";

/**
 * The case a plan row is in, in the order {@link samplingPlan} tests them: `large` (population unknown, taken as
 * large), `none` (nobody is expected to answer), `short` (the population cannot give enough answers), `census-all`
 * (everyone must answer), `census` (everyone must be invited), `sample` (an ordinary sample).
 */
export type PlanRowCase = "large" | "none" | "short" | "census-all" | "census" | "sample";

/** The numbers a plan row's message quotes, already formatted. */
export interface PlanRowParams {
  readonly audience: PlanAudience;
  /** The rater post's name in the table's language (customers: unused). */
  readonly who: string;
  /** Population size N (`null` for the `large` case). */
  readonly population: number | null;
  /** Target margin, formatted. */
  readonly target: string;
  /** Margin the completes give, formatted. */
  readonly moe: string;
  /** Margin as a sample of the ongoing process, formatted. */
  readonly process: string;
  /** Cochran's n₀ rounded up. */
  readonly n0: number;
  /** Completed answers expected. */
  readonly completes: number;
  /** Completed answers the target needs. */
  readonly required: number;
  /** Invitations the stats plan asks for. */
  readonly invitations: number;
  /** Response rate, formatted as a percentage. */
  readonly rate: string;
}

/** The numbers a rater post's roll-up message quotes. */
export interface PlanPostParams {
  /** The post's name in the table's language. */
  readonly post: string;
  readonly population: number | null;
  readonly point: string;
  readonly reachable: boolean;
  readonly completes: number;
  readonly invitations: number;
  /** Evaluation points the post rates. */
  readonly points: number;
}

/** Every text survey design writes, in one language. */
export interface DesignWords {
  /** What a customer row calls its respondents (also the `who` of customer rows). */
  readonly customers: string;
  /** Why a numeric question without both bounds cannot be sized; `unit` is the unit's name, if any. */
  readonly unsizedNumeric: (unit: string | undefined) => string;
  /** The message of a plan row, by case. */
  readonly row: { readonly [C in PlanRowCase]: (p: PlanRowParams) => string };
  /** The message of a row whose post has a headcount of 0. */
  readonly nobody: (who: string) => string;
  /** The message of a rater post's roll-up: a census, or a sample covering all its points. */
  readonly post: { readonly census: (p: PlanPostParams) => string; readonly sample: (p: PlanPostParams) => string };
}

function group(p: PlanRowParams): string {
  return p.audience === "external" ? `the ${p.population} customers` : `the ${p.population} ${p.who} staff`;
}

function groupZh(p: PlanRowParams): string {
  return p.audience === "external" ? `客户总体${p.population}人` : `${p.who}共${p.population}人`;
}

const en: DesignWords = {
  customers: "customers",
  unsizedNumeric: (unit) =>
    `numeric answer without a minimum and a maximum: the 0–100 index margin cannot be put in ${unit ?? "its unit"}; give the scale min and max`,
  row: {
    large: (p) =>
      `${p.completes} completed answers (invite ${p.invitations}) give ±${p.moe} points; ${
        p.audience === "external"
          ? "the customer population is taken as large (give options.populations to correct for a small one)"
          : `the headcount of ${p.who} is unknown, so it is taken as large (add headcount to the post)`
      }.`,
    none: (p) =>
      `Target not reachable: ±${p.target} points needs ${p.required} completed answers, but at a ${p.rate} response rate ${group(p)} are expected to give none. Survey all ${p.population} and raise the response rate.`,
    short: (p) =>
      `Target not reachable: ±${p.target} points needs ${p.required} completed answers, but ${group(p)} at a ${p.rate} response rate give about ${p.completes}. Survey all ${p.population} (a census): that gives ±${p.moe} points.`,
    "census-all": (p) =>
      `Census: survey all of ${group(p)}. ±${p.target} points would need ${p.n0} answers from a large population; ${p.population} people cannot give more than ${p.population}. With every answer in hand there is no sampling error about these ${p.population}; as a sample of the ongoing work the margin is ±${p.process} points.`,
    census: (p) =>
      `Census: invite all of ${group(p)}; ${p.required} must answer for ±${p.target} points (at a ${p.rate} response rate). That gives ±${p.moe} points.`,
    sample: (p) => `${p.completes} completed answers from ${group(p)} (invite ${p.invitations}) give ±${p.moe} points.`,
  },
  nobody: (who) => `${who} has a headcount of 0: nobody can answer; check the post's headcount.`,
  post: {
    census: (p) =>
      `${p.post}: survey all ${p.population} (a census), driven by ${p.point}${p.reachable ? "" : "; the target is not reachable at every point"}.`,
    sample: (p) =>
      `${p.post}: ${p.completes} completed answers (invite ${p.invitations}) cover all ${p.points} of its evaluation points; driven by ${p.point}.`,
  },
};

const zh: DesignWords = {
  customers: "客户",
  unsizedNumeric: (unit) => `数值题未设定最小值和最大值，无法把0–100指数误差换算为${unit ?? "其单位"}；请为量表设定 min 和 max`,
  row: {
    large: (p) =>
      `需完成${p.completes}份有效答卷（发放${p.invitations}份），误差±${p.moe}分；${
        p.audience === "external" ? "客户总体按无限大计算（总体较小时可在 populations 中给出）" : `${p.who}岗位人数未知，按无限大计算（请为岗位填写 headcount）`
      }。`,
    none: (p) =>
      `目标无法达到：±${p.target}分需要${p.required}份有效答卷，但${groupZh(p)}，按${p.rate}回收率预计收不回答卷。应全员调查并提高回收率。`,
    short: (p) =>
      `目标无法达到：±${p.target}分需要${p.required}份有效答卷，但${groupZh(p)}，按${p.rate}回收率约可收回${p.completes}份。应全员调查（普查），误差约±${p.moe}分。`,
    "census-all": (p) =>
      `普查：${groupZh(p)}，须全员调查。±${p.target}分在大总体下需要${p.n0}份答卷，${p.population}人最多只能提供${p.population}份。全员作答时对这${p.population}人没有抽样误差；若视为持续工作过程的样本，误差约±${p.process}分。`,
    census: (p) => `普查：${groupZh(p)}，须全部邀请；达到±${p.target}分需${p.required}人作答（按${p.rate}回收率），误差约±${p.moe}分。`,
    sample: (p) => `从${groupZh(p)}中完成${p.completes}份有效答卷（邀请${p.invitations}人），误差±${p.moe}分。`,
  },
  nobody: (who) => `${who}岗位人数为0，无人可答；请核对岗位人数。`,
  post: {
    census: (p) => `${p.post}：全员调查（普查）共${p.population}人，由评价点${p.point}决定${p.reachable ? "" : "；部分评价点达不到目标误差"}。`,
    sample: (p) => `${p.post}：完成${p.completes}份答卷（邀请${p.invitations}人）即可覆盖其全部${p.points}个评价点，由评价点${p.point}决定。`,
  },
};

const WORDS: ReadonlyMap<Lang, DesignWords> = new Map<Lang, DesignWords>([
  ["en", en],
  ["zh", zh],
]);

/**
 * The language a writer uses for an option value: the value itself when it is a known language, else English
 * (JavaScript callers can pass anything).
 *
 * @internal
 * @param lang - The `lang` option as given.
 * @returns `"en"` or `"zh"`.
 * @example
 * ```ts
 * designLang("zh"); // "zh"
 * designLang(undefined); // "en"
 * ```
 */
export function designLang(lang: unknown): Lang {
  return [...WORDS.keys()].find((l) => l === lang) ?? "en";
}

/**
 * A text in both languages, written by the same function over each language's table.
 *
 * @internal
 * @param say - Writes the text from one language's words; `lang` picks that language's side of bilingual names.
 * @returns The English and Chinese texts.
 * @example
 * ```ts
 * inBoth((w) => w.nobody("Meter reader")).en; // "Meter reader has a headcount of 0: nobody can answer; check the post's headcount."
 * ```
 */
export function inBoth(say: (words: DesignWords, lang: Lang) => string): BilingualText {
  return { en: say(en, "en"), zh: say(zh, "zh") };
}
