/**
 * The words for graded links, in English and Simplified Chinese: a link's grade, the effect it was measured to
 * have (with its interval and adjusted p-value), why it has a share of a customer gap or none, the data that would
 * test it, the part of a gap no measured upstream effect explains, how survey responses were linked to their own
 * cases, and the two families of tests. Every sentence comes from a table keyed by kind with one function per
 * language, reached through an exhaustive `match`, so a new kind in the attribution cannot be left unworded and no
 * sentence is made by translating another. A share is only ever written for a measured (or co-variation) link.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { CauseLink, Exposure, Grade, Linkage, LinkEffect, LinkReason, TestData } from "../attribution/shared/findings.js";
import type { ResolvedAttributionOptions } from "../attribution/shared/options.js";
import type { Study } from "../model/study.js";
import { labelsOf, type StudyLabels } from "./labels.js";
import { exposureSubject, shareInterval } from "./links.js";
import { formatCi, formatCount, formatIndex, formatNumber, formatPercent, formatQ, formatQuantity } from "./numbers.js";

/** One sentence (or phrase) per language, from its arguments. */
type Say<A> = Readonly<Record<Lang, (a: A) => string>>;

function q(name: string): string {
  return `“${name}”`;
}

/** Separators of a language: after a clause, between alternatives. */
const SEP: Readonly<Record<Lang, { readonly colon: string; readonly or: string }>> = {
  en: { colon: ": ", or: "; or " },
  zh: { colon: "：", or: "；或" },
};

// ── Grades and estimators ─────────────────────────────────────────────────────────────────────────────────────

const GRADE_NAMES: Readonly<Record<Grade, Readonly<Record<Lang, string>>>> = {
  measured: { en: "measured", zh: "已测量" },
  "internal-chain": { en: "supported by internal customers' ratings", zh: "内部客户评价支持" },
  "co-variation": { en: "co-variation across places", zh: "跨区域共变" },
  structural: { en: "structural only (untested)", zh: "仅结构推断（未检验）" },
};

const GRADE_MEANINGS: Readonly<Record<Grade, Readonly<Record<Lang, string>>>> = {
  measured: {
    en: "the effect on customers' ratings was estimated on customers linked to their own cases (for overall satisfaction: on the customers' own ratings of the points)",
    zh: "在与本人工单关联的客户上估计了对客户评价的影响（总体满意度：基于客户对各评价点的评价）",
  },
  "internal-chain": {
    en: "internal customers rate the support below target at every rated link of the chain, but nothing measures the effect on customers' ratings",
    zh: "链条上每个有评价的环节，内部客户的评价都低于目标，但对客户评价的影响未被测量",
  },
  "co-variation": {
    en: "places where the candidate misses more show lower satisfaction; an estimate across places, which can mislead where places differ in other ways",
    zh: "该原因未达标较多的区域满意度较低；这是跨区域的估计，区域之间若在其他方面也不同，可能产生误导",
  },
  structural: {
    en: "the candidate is upstream in the blueprint and nothing tests the link",
    zh: "仅在蓝图中位于上游，没有任何数据检验这一关联",
  },
};

const ESTIMATOR_NAMES: Readonly<Record<LinkEffect["estimator"], Readonly<Record<Lang, string>>>> = {
  "linked-regression": { en: "regression on customers linked to their cases", zh: "关联工单回归" },
  "segment-regression": { en: "regression across places", zh: "跨区域回归" },
  "wave-regression": { en: "regression across waves", zh: "跨批次回归" },
  "driver-regression": { en: "key-driver regression", zh: "关键驱动因素回归" },
};

/**
 * The name of a link's grade, e.g. "measured" / "已测量", "structural only (untested)" / "仅结构推断（未检验）".
 *
 * @param grade - The grade.
 * @param lang - The report language.
 * @returns Its name.
 * @example
 * ```ts
 * gradeName("internal-chain", "zh"); // "内部客户评价支持"
 * ```
 */
export function gradeName(grade: Grade, lang: Lang): string {
  return match(grade)
    .with("measured", "internal-chain", "co-variation", "structural", (g) => GRADE_NAMES[g][lang])
    .exhaustive();
}

/**
 * What a grade means, in one sentence.
 *
 * @param grade - The grade.
 * @param lang - The report language.
 * @returns Its meaning.
 * @example
 * ```ts
 * gradeMeaning("co-variation", "en"); // "places where the candidate misses more show lower satisfaction; …"
 * ```
 */
export function gradeMeaning(grade: Grade, lang: Lang): string {
  return match(grade)
    .with("measured", "internal-chain", "co-variation", "structural", (g) => GRADE_MEANINGS[g][lang])
    .exhaustive();
}

/**
 * The name of an estimator of link effects.
 *
 * @param estimator - The estimator.
 * @param lang - The report language.
 * @returns Its name, e.g. "key-driver regression" / "关键驱动因素回归".
 * @example
 * ```ts
 * estimatorName("linked-regression", "en"); // "regression on customers linked to their cases"
 * ```
 */
export function estimatorName(estimator: LinkEffect["estimator"], lang: Lang): string {
  return match(estimator)
    .with("linked-regression", "segment-regression", "wave-regression", "driver-regression", (e) => ESTIMATOR_NAMES[e][lang])
    .exhaustive();
}

// ── Exposures ─────────────────────────────────────────────────────────────────────────────────────────────────

type ExposureArgs<K extends Exposure["kind"]> = { readonly x: Extract<Exposure, { kind: K }>; readonly l: StudyLabels };
type ExposureTable = { readonly [K in Exposure["kind"]]: Say<ExposureArgs<K>> };

/** The customers a candidate touches: "customers whose own case missed “…”". */
const EXPOSED: ExposureTable = {
  "missed-standard": {
    en: ({ x, l }) => `customers whose own case missed ${q(l.name("standard", x.standard))}`,
    zh: ({ x, l }) => `本人工单未达到${q(l.name("standard", x.standard))}的客户`,
  },
  "beyond-acceptable": {
    en: ({ x, l }) => `customers whose own case went beyond the ${formatQuantity(x.acceptable, x.unit, "en")} customers accept (standard ${q(l.name("standard", x.standard))})`,
    zh: ({ x, l }) => `本人工单超出客户可接受的${formatQuantity(x.acceptable, x.unit, "zh")}（标准${q(l.name("standard", x.standard))}）的客户`,
  },
  "customer-clock": {
    en: ({ x, l }) => `customers whose own case missed ${q(l.name("standard", x.standard))} counted as they count it, from ${q(l.name("event", x.customerClock.start))}`,
    zh: ({ x, l }) => `按客户口径（从${q(l.name("event", x.customerClock.start))}起计时）未达到${q(l.name("standard", x.standard))}的客户`,
  },
  "internal-rating": {
    en: ({ x, l }) => `the support at ${q(l.name("point", x.point))}, as ${q(l.name("post", x.rater))} rates it`,
    zh: ({ x, l }) => `${q(l.name("post", x.rater))}评价的${q(l.name("point", x.point))}支撑`,
  },
  point: {
    en: ({ x, l }) => `customers' satisfaction with ${q(l.name("point", x.point))}`,
    zh: ({ x, l }) => `客户对${q(l.name("point", x.point))}的满意度`,
  },
};

/** What a case does to be exposed, for estimates across places or waves: "miss “…”". */
const CASES: ExposureTable = {
  "missed-standard": {
    en: ({ x, l }) => `miss ${q(l.name("standard", x.standard))}`,
    zh: ({ x, l }) => `未达到${q(l.name("standard", x.standard))}`,
  },
  "beyond-acceptable": {
    en: ({ x, l }) => `go beyond the ${formatQuantity(x.acceptable, x.unit, "en")} customers accept (standard ${q(l.name("standard", x.standard))})`,
    zh: ({ x, l }) => `超出客户可接受的${formatQuantity(x.acceptable, x.unit, "zh")}（标准${q(l.name("standard", x.standard))}）`,
  },
  "customer-clock": {
    en: ({ x, l }) => `miss ${q(l.name("standard", x.standard))} on the customers' clock`,
    zh: ({ x, l }) => `按客户口径未达到${q(l.name("standard", x.standard))}`,
  },
  "internal-rating": {
    en: ({ x, l }) => `get support at ${q(l.name("point", x.point))} that ${q(l.name("post", x.rater))} rates below target`,
    zh: ({ x, l }) => `所获${q(l.name("point", x.point))}支撑被${q(l.name("post", x.rater))}评价低于目标`,
  },
  point: {
    en: ({ x, l }) => `come from customers who rate ${q(l.name("point", x.point))} lower`,
    zh: ({ x, l }) => `来自对${q(l.name("point", x.point))}评价较低的客户`,
  },
};

function exposurePhrase(table: ExposureTable, exposure: Exposure, l: StudyLabels): string {
  const lang = l.lang;
  return match(exposure)
    .with({ kind: "missed-standard" }, (x) => table["missed-standard"][lang]({ x, l }))
    .with({ kind: "beyond-acceptable" }, (x) => table["beyond-acceptable"][lang]({ x, l }))
    .with({ kind: "customer-clock" }, (x) => table["customer-clock"][lang]({ x, l }))
    .with({ kind: "internal-rating" }, (x) => table["internal-rating"][lang]({ x, l }))
    .with({ kind: "point" }, (x) => table.point[lang]({ x, l }))
    .exhaustive();
}

/**
 * Who or what a candidate cause touches, in words: "customers whose own case missed “…”" / "本人工单未达到“…”的客户".
 *
 * @param exposure - The link's exposure.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * exposureText({ kind: "missed-standard", standard: "recon_24h" }, study, "en");
 * // "customers whose own case missed “Supply restored within 24 hours of settlement”"
 * ```
 */
export function exposureText(exposure: Exposure, study: Study, lang: Lang): string {
  return exposurePhrase(EXPOSED, exposure, labelsOf(study, lang));
}

// ── Effects ───────────────────────────────────────────────────────────────────────────────────────────────────

interface EffectArgs {
  readonly e: LinkEffect;
  /** The customers exposed, in words. */
  readonly exposed: string;
  /** What an exposed case does, in words. */
  readonly cases: string;
  /** The point or standard the exposure is about, by name. */
  readonly subject: string;
  readonly lang: Lang;
}

/** "q < 0.001" or "q = 0.012". */
function qText(value: number): string {
  const s = formatQ(value);
  return s.startsWith("<") ? `q ${s}` : `q = ${s}`;
}

/** The effect per 10 percentage points more exposure (estimates across places or waves). */
function per10(v: number): number {
  return v / 10;
}

const LOWER: Say<number> = {
  en: (v) => (v < 0 ? "lower" : v > 0 ? "higher" : "no lower"),
  zh: (v) => (v < 0 ? "低" : v > 0 ? "高" : "无差异"),
};

const ADJUSTED: Say<readonly string[]> = {
  en: (dims) => (dims.length === 0 ? "" : `, compared within the same ${dims.join(" and ")}`),
  zh: (dims) => (dims.length === 0 ? "" : `，在相同${dims.map(q).join("、")}内比较`),
};

const EFFECTS: { readonly [K in LinkEffect["estimator"]]: Say<EffectArgs> } = {
  "linked-regression": {
    en: ({ e, exposed, lang }) =>
      `${exposed} (${formatPercent(e.exposure)} of linked customers) rate ${formatIndex(Math.abs(e.effect.value))} points ${LOWER.en(e.effect.value)} ` +
      `(${formatCi(e.effect.ci, e.effect.level, lang)}; ${qText(e.effect.q)})${ADJUSTED.en(e.adjustedFor)}`,
    zh: ({ e, exposed, lang }) =>
      `${exposed}（占已关联客户的${formatPercent(e.exposure)}）评价${LOWER.zh(e.effect.value)}${formatIndex(Math.abs(e.effect.value))}分` +
      `（${formatCi(e.effect.ci, e.effect.level, lang)}；${qText(e.effect.q)}）${ADJUSTED.zh(e.adjustedFor)}`,
  },
  "segment-regression": {
    en: ({ e, cases, lang }) =>
      `places where more cases ${cases} rate ${LOWER.en(e.effect.value)}: ${formatIndex(Math.abs(per10(e.effect.value)))} points for every 10 percentage points more ` +
      `(${formatCi([per10(e.effect.ci[0]), per10(e.effect.ci[1])], e.effect.level, lang)}; ${qText(e.effect.q)}; ${formatCount(e.n)} places); ` +
      `an estimate across places, which can mislead where places differ in other ways`,
    zh: ({ e, cases, lang }) =>
      `${cases}的工单比例每高10个百分点，区域满意度${LOWER.zh(e.effect.value)}${formatIndex(Math.abs(per10(e.effect.value)))}分` +
      `（${formatCi([per10(e.effect.ci[0]), per10(e.effect.ci[1])], e.effect.level, lang)}；${qText(e.effect.q)}；${formatCount(e.n)}个区域）；` +
      `这是跨区域的估计，区域之间若在其他方面也不同，可能产生误导`,
  },
  "wave-regression": {
    en: ({ e, cases, lang }) =>
      `waves in which more cases ${cases} rate ${LOWER.en(e.effect.value)}: ${formatIndex(Math.abs(per10(e.effect.value)))} points for every 10 percentage points more ` +
      `(${formatCi([per10(e.effect.ci[0]), per10(e.effect.ci[1])], e.effect.level, lang)}; ${qText(e.effect.q)}; ${formatCount(e.n)} waves); ` +
      `an estimate across waves, which can mislead where waves differ in other ways`,
    zh: ({ e, cases, lang }) =>
      `${cases}的工单比例每高10个百分点，该批次满意度${LOWER.zh(e.effect.value)}${formatIndex(Math.abs(per10(e.effect.value)))}分` +
      `（${formatCi([per10(e.effect.ci[0]), per10(e.effect.ci[1])], e.effect.level, lang)}；${qText(e.effect.q)}；${formatCount(e.n)}个批次）；` +
      `这是跨批次的估计，批次之间若在其他方面也不同，可能产生误导`,
  },
  "driver-regression": {
    en: ({ e, subject, lang }) =>
      `each point of ${q(subject)} moves overall satisfaction by ${formatNumber(e.effect.value, { digits: 2 })} points ` +
      `(${formatCi(e.effect.ci, e.effect.level, lang, (v) => formatNumber(v, { digits: 2 }))}; ${qText(e.effect.q)}; n = ${formatCount(e.n)}); ` +
      `reaching its target (${formatIndex(e.exposure)} points away) would close ${formatIndex(e.attributable.value)} points (${formatCi(e.attributable.ci, e.effect.level, lang)})`,
    zh: ({ e, subject, lang }) =>
      `${q(subject)}每提高1分，总体满意度变化${formatNumber(e.effect.value, { digits: 2 })}分` +
      `（${formatCi(e.effect.ci, e.effect.level, lang, (v) => formatNumber(v, { digits: 2 }))}；${qText(e.effect.q)}；n = ${formatCount(e.n)}）；` +
      `达到其目标（差${formatIndex(e.exposure)}分）可使总体满意度提高${formatIndex(e.attributable.value)}分（${formatCi(e.attributable.ci, e.effect.level, lang)}）`,
  },
};

/**
 * A link's measured effect in words, with its interval and adjusted p-value: who is exposed, how much lower they
 * rate, and what the estimate was adjusted for; an estimate across places says it can mislead.
 *
 * @param link - The link (its exposure and effect).
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The clause, or "" when the link has no effect.
 * @example
 * ```ts
 * effectText(cd.causes[0], study, "en");
 * // "customers whose own case missed “…” (30% of linked customers) rate 50.0 points lower (95% CI −55.0 to −45.0; q < 0.001)"
 * ```
 */
export function effectText(link: Pick<CauseLink, "exposure" | "effect">, study: Study, lang: Lang): string {
  const e = link.effect;
  if (e === undefined) return "";
  const l = labelsOf(study, lang);
  const s = exposureSubject(link.exposure);
  const args: EffectArgs = {
    e,
    exposed: exposurePhrase(EXPOSED, link.exposure, l),
    cases: exposurePhrase(CASES, link.exposure, l),
    subject: l.name(s.kind, s.id),
    lang,
  };
  return match(e.estimator)
    .with("linked-regression", "segment-regression", "wave-regression", "driver-regression", (k) => EFFECTS[k][lang](args))
    .exhaustive();
}

// ── Reasons and tests ─────────────────────────────────────────────────────────────────────────────────────────

interface ReasonArgs<R extends LinkReason> {
  readonly r: R;
  /** The effect clause ("" when there is none). */
  readonly effect: string;
  /** The share, as a percentage. */
  readonly share: string;
  /** The share's interval ("" when there is none). */
  readonly shareCi: string;
  /** The attributable points and the gap, when the measured effect is at least the whole gap (else undefined). */
  readonly whole: { readonly points: string; readonly ci: string; readonly gap: string } | undefined;
  readonly l: StudyLabels;
}

const after: Say<string> = { en: (x) => (x === "" ? "" : `: ${x}`), zh: (x) => (x === "" ? "" : `：${x}`) };

const REASONS: { readonly [K in LinkReason["kind"]]: Say<ReasonArgs<Extract<LinkReason, { kind: K }>>> } = {
  share: {
    en: ({ r, effect, share, shareCi, whole }) =>
      `explains ${share}${shareCi === "" ? "" : ` (${shareCi})`} of the gap${after.en(effect)}` +
      `${whole === undefined ? "" : `; the effect accounts for ${whole.points} points (${whole.ci}), at least the whole ${whole.gap}-point gap`}` +
      `${r.standardMet ? "; the standard is met as often as required, but the misses that remain lower the rating, so the share lands on the post that executes the step" : ""}` +
      `${r.capped ? " (shares scaled down so that together they do not exceed the gap)" : ""}`,
    zh: ({ r, effect, share, shareCi, whole }) =>
      `解释了差距的${share}${shareCi === "" ? "" : `（${shareCi}）`}${after.zh(effect)}` +
      `${whole === undefined ? "" : `；该影响对应${whole.points}分（${whole.ci}），不小于整个${whole.gap}分的差距`}` +
      `${r.standardMet ? "；该标准的达标率符合要求，但剩余的未达标工单仍拉低评价，占比落在执行该环节的岗位" : ""}` +
      `${r.capped ? "（各原因的占比已按比例缩减，合计不超过差距）" : ""}`,
  },
  "not-significant": {
    en: ({ effect }) => `measured, not significant after the adjustment${after.en(effect)}`,
    zh: ({ effect }) => `已测量，校正后不显著${after.zh(effect)}`,
  },
  "no-harm": {
    en: ({ effect }) => `measured, no harm found${after.en(effect)}`,
    zh: ({ effect }) => `已测量，未发现不利影响${after.zh(effect)}`,
  },
  negligible: {
    en: ({ effect }) => `measured, but too small a part of the gap to name a post for (below the run's minSeverity)${after.en(effect)}`,
    zh: ({ effect }) => `已测量，但占差距比例过小（低于最小严重度），不归责于岗位${after.zh(effect)}`,
  },
  confounded: {
    en: () => "possible cause, not identifiable: its misses fall wholly within segments it is compared within, so its effect cannot be told apart from theirs",
    zh: () => "可能的原因，无法识别：其未达标情况与用于比较的分组完全重合，无法将其影响与分组的差异区分开",
  },
  ecological: {
    en: ({ effect }) => `co-varies across places, no share (an estimate across places, which can mislead where places differ in other ways)${after.en(effect)}`,
    zh: ({ effect }) => `跨区域共变，不计占比（跨区域的估计，区域之间若在其他方面也不同，可能产生误导）${after.zh(effect)}`,
  },
  "too-few-exposed": {
    en: ({ r }) => `possible cause, too few linked customers to measure it (${formatCount(r.exposed)} exposed; at least ${formatCount(r.needed)} needed on each side)`,
    zh: ({ r }) => `可能的原因，已关联客户太少，无法测量（受影响${formatCount(r.exposed)}位；每组至少需要${formatCount(r.needed)}位）`,
  },
  "internal-chain": {
    en: ({ r, l }) => `supported by internal customers' ratings (${r.points.map((p) => l.name("point", p)).join(", ")} below target), size not measured`,
    zh: ({ r, l }) => `有内部客户评价支持（${r.points.map((p) => q(l.name("point", p))).join("、")}低于目标），影响大小未测量`,
  },
  untested: {
    en: () => "possible cause, untested",
    zh: () => "可能的原因，未检验",
  },
};

function reasonWith(reason: LinkReason, args: Omit<ReasonArgs<LinkReason>, "r">, lang: Lang): string {
  return match(reason)
    .with({ kind: "share" }, (r) => REASONS.share[lang]({ ...args, r }))
    .with({ kind: "not-significant" }, (r) => REASONS["not-significant"][lang]({ ...args, r }))
    .with({ kind: "no-harm" }, (r) => REASONS["no-harm"][lang]({ ...args, r }))
    .with({ kind: "negligible" }, (r) => REASONS.negligible[lang]({ ...args, r }))
    .with({ kind: "confounded" }, (r) => REASONS.confounded[lang]({ ...args, r }))
    .with({ kind: "ecological" }, (r) => REASONS.ecological[lang]({ ...args, r }))
    .with({ kind: "too-few-exposed" }, (r) => REASONS["too-few-exposed"][lang]({ ...args, r }))
    .with({ kind: "internal-chain" }, (r) => REASONS["internal-chain"][lang]({ ...args, r }))
    .with({ kind: "untested" }, (r) => REASONS.untested[lang]({ ...args, r }))
    .exhaustive();
}

/**
 * Why a link has the share it has, or none, in words, with the effect behind it: "explains 55% (95% CI 40%–70%)
 * of the gap: customers whose own case missed …" or "supported by internal customers' ratings (…), size not
 * measured". A link without a share gets no percentage of the gap.
 *
 * @param link - The link.
 * @param gap - The customer gap in index points (for the share's interval).
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * reasonText(cd.links[1], cd.gap, study, "zh"); // "可能的原因，未检验"
 * ```
 */
export function reasonText(link: CauseLink, gap: number, study: Study, lang: Lang): string {
  const ci = shareInterval(link, gap);
  const level = link.effect?.effect.level ?? 0.95;
  return reasonWith(
    link.reason,
    {
      effect: effectText(link, study, lang),
      share: formatPercent(link.share),
      shareCi: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
      whole:
        link.share !== undefined && link.effect !== undefined && gap > 0 && link.effect.attributable.value >= gap
          ? { points: formatIndex(link.effect.attributable.value), ci: formatCi(link.effect.attributable.ci, level, lang), gap: formatIndex(gap) }
          : undefined,
      l: labelsOf(study, lang),
    },
    lang,
  );
}

type TestArgs<K extends TestData["kind"]> = { readonly t: Extract<TestData, { kind: K }>; readonly l: StudyLabels };

const TESTS: { readonly [K in TestData["kind"]]: Say<TestArgs<K>> } = {
  "linked-cases": {
    en: ({ t, l }) =>
      `link survey responses to their work orders (a case column)${t.events.length === 0 ? "" : ` with the events ${t.events.map((e) => q(l.name("event", e))).join(", ")}`} to measure it`,
    zh: ({ t, l }) =>
      `将调查回答与其本人工单关联（工单号列）${t.events.length === 0 ? "" : `，并记录${t.events.map((e) => q(l.name("event", e))).join("、")}事件`}，即可测量`,
  },
  "internal-ratings": {
    en: ({ t, l }) =>
      t.post === undefined
        ? `collect internal customers' ratings of ${q(l.name("step", t.step))}`
        : `have ${q(l.name("post", t.post))} rate the support they get from ${q(l.name("step", t.step))} (internal customers' ratings)`,
    zh: ({ t, l }) =>
      t.post === undefined ? `收集内部客户对${q(l.name("step", t.step))}的评价` : `请${q(l.name("post", t.post))}评价${q(l.name("step", t.step))}提供的支撑（内部客户评价）`,
  },
  segments: {
    en: ({ t }) => `record the same segment (area, depot, branch) on survey responses and work orders, in at least ${formatCount(t.needed)} places, to compare places`,
    zh: ({ t }) => `在调查回答和工单上记录相同的分组（区域、班组、网点），至少${formatCount(t.needed)}个，以便跨区域比较`,
  },
};

/**
 * Data that would test a link, as an instruction: "link survey responses to their work orders (a case column)
 * with the events “…”, “…” to measure it".
 *
 * @param test - What would test the link.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The instruction.
 * @example
 * ```ts
 * testText({ kind: "segments", needed: 5 }, study, "zh"); // "在调查回答和工单上记录相同的分组（区域、班组、网点），至少5个，以便跨区域比较"
 * ```
 */
export function testText(test: TestData, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  return match(test)
    .with({ kind: "linked-cases" }, (t) => TESTS["linked-cases"][lang]({ t, l }))
    .with({ kind: "internal-ratings" }, (t) => TESTS["internal-ratings"][lang]({ t, l }))
    .with({ kind: "segments" }, (t) => TESTS.segments[lang]({ t, l }))
    .exhaustive();
}

/**
 * A link in one sentence: why it has its share or none, and for a link without a share the data that would test
 * it, e.g. "possible cause, untested: link survey responses to their work orders (a case column) with the events
 * “Arrears settled”, “Supply restored” to measure it".
 *
 * @param link - The link.
 * @param gap - The customer gap in index points.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The sentence (no percentage unless the link has a measured share).
 * @example
 * ```ts
 * linkText(cd.links[0], cd.gap, study, "en");
 * ```
 */
export function linkText(link: CauseLink, gap: number, study: Study, lang: Lang): string {
  const reason = reasonText(link, gap, study, lang);
  if (link.share !== undefined || link.test.length === 0) return reason;
  return `${reason}${SEP[lang].colon}${link.test.map((t) => testText(t, study, lang)).join(SEP[lang].or)}`;
}

const MISSES: Say<string> = {
  en: (std) => `misses of standard ${q(std)}`,
  zh: (std) => `标准${q(std)}的未达标工单`,
};

/**
 * A cause that is no finding, by name: the misses of a standard (whose compliance requirement may be met).
 *
 * @param exposure - The link's exposure.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns E.g. "misses of standard “Arrears settled within 2 hours of payment”"; for other exposures, the
 *   point or standard by name.
 * @example
 * ```ts
 * missesName({ kind: "missed-standard", standard: "settle_2h" }, study, "zh"); // "标准“缴费后2小时内结清”的未达标工单"
 * ```
 */
export function missesName(exposure: Exposure, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  const s = exposureSubject(exposure);
  return match(exposure.kind)
    .with("missed-standard", "customer-clock", "beyond-acceptable", () => MISSES[lang](l.name("standard", s.id)))
    .with("internal-rating", "point", () => l.name(s.kind, s.id))
    .exhaustive();
}

// ── Shares of gaps, the unexplained part, possible causes ─────────────────────────────────────────────────────

interface GapShareArgs {
  readonly share: string;
  readonly ci: string;
  readonly grade: string;
  readonly gap: string;
}

const GAP_SHARE: Say<GapShareArgs> = {
  en: ({ share, ci, grade, gap }) => `explains ${share} (${ci === "" ? "" : `${ci}, `}${grade}) of the customer gap at ${q(gap)}`,
  zh: ({ share, ci, grade, gap }) => `解释了${q(gap)}客户差距的${share}（${ci === "" ? "" : `${ci}，`}${grade}）`,
};

const FRONT_LINE_SHARE: Say<{ readonly share: string; readonly gap: string }> = {
  en: ({ share, gap }) => `${share} of the customer gap at ${q(gap)} is not explained by a measured upstream effect: it stays with the front line`,
  zh: ({ share, gap }) => `${q(gap)}客户差距中未被已测量的上游影响解释的部分（${share}）：留在一线岗位`,
};

/** The name of the point a customer-gap finding id (`cd:<point>`) names. */
function gapPoint(gapId: string, l: StudyLabels): string {
  return l.name("point", gapId.startsWith("cd:") ? gapId.slice(3) : gapId);
}

/**
 * A measured share of a customer gap, with its interval and grade; or, without a grade, the front line's part
 * that no measured upstream effect explains.
 *
 * @param share - The share (0–1).
 * @param ci - Its interval, when measured.
 * @param level - The interval's level.
 * @param grade - The link's grade; `undefined` for the front line's unexplained part.
 * @param gapId - The customer-gap finding id (`cd:<point>`).
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * gapShareText(0.55, [0.4, 0.7], 0.95, "measured", "cd:ep_recon", study, "en");
 * // "explains 55% (95% CI 40%–70%, measured) of the customer gap at “Reconnection timeliness”"
 * ```
 */
export function gapShareText(
  share: number,
  ci: readonly [number, number] | undefined,
  level: number,
  grade: Grade | undefined,
  gapId: string,
  study: Study,
  lang: Lang,
): string {
  const l = labelsOf(study, lang);
  if (grade === undefined) return FRONT_LINE_SHARE[lang]({ share: formatPercent(share), gap: gapPoint(gapId, l) });
  return GAP_SHARE[lang]({
    share: formatPercent(share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: gradeName(grade, lang),
    gap: gapPoint(gapId, l),
  });
}

const CAUSE_SHARE: Say<{ readonly name: string; readonly share: string; readonly ci: string; readonly grade: string }> = {
  en: ({ name, share, ci, grade }) => `${name} ${share} (${ci === "" ? "" : `${ci}, `}${grade})`,
  zh: ({ name, share, ci, grade }) => `${name}${share}（${ci === "" ? "" : `${ci}，`}${grade}）`,
};

/**
 * A measured cause by name with its share, interval and grade: "execution at “…” 55% (95% CI 40%–70%, measured)".
 *
 * @param name - The cause, in words (e.g. from `findingRefText`).
 * @param link - The link, with its share.
 * @param gap - The gap in index points.
 * @param lang - The report language.
 * @returns The phrase; without a share, the name and the grade only.
 * @example
 * ```ts
 * causeShareText("execution at “Crew reconnects”", cd.causes[0], cd.gap, "en");
 * ```
 */
export function causeShareText(name: string, link: CauseLink, gap: number, lang: Lang): string {
  const ci = shareInterval(link, gap);
  const level = link.effect?.effect.level ?? 0.95;
  return CAUSE_SHARE[lang]({
    name,
    share: link.share === undefined ? "" : formatPercent(link.share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: gradeName(link.grade, lang),
  });
}

const SHARE_BRIEF: Say<{ readonly gap: string; readonly share: string; readonly ci: string; readonly grade: string }> = {
  en: ({ gap, share, ci, grade }) => `${gap} ${share} (${ci === "" ? "" : `${ci}, `}${grade})`,
  zh: ({ gap, share, ci, grade }) => `${gap} ${share}（${ci === "" ? "" : `${ci}，`}${grade}）`,
};

const FRONT_LINE: Readonly<Record<Lang, string>> = { en: "not explained upstream", zh: "未被上游解释" };

/**
 * A share of a customer gap for a table cell or a list: "Reconnection timeliness 61% (95% CI 58.6%–63.5%,
 * measured)"; without a grade, the front line's part "… 39% (not explained upstream)".
 *
 * @param share - The share (0–1).
 * @param ci - Its interval, when measured.
 * @param level - The interval's level.
 * @param grade - The link's grade; `undefined` for the front line's unexplained part.
 * @param gapName - The customer gap's name.
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * shareBrief(0.61, [0.586, 0.635], 0.95, "measured", "Reconnection timeliness", "zh"); // "Reconnection timeliness 61%（95%置信区间 58.6%–63.5%，已测量）"
 * ```
 */
export function shareBrief(share: number, ci: readonly [number, number] | undefined, level: number, grade: Grade | undefined, gapName: string, lang: Lang): string {
  return SHARE_BRIEF[lang]({
    gap: gapName,
    share: formatPercent(share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: grade === undefined ? FRONT_LINE[lang] : gradeName(grade, lang),
  });
}

const TO_TEST_BRIEF: Say<{ readonly gap: string; readonly grade: string }> = {
  en: ({ gap, grade }) => `${gap} — to test (${grade})`,
  zh: ({ gap, grade }) => `${gap}——待检验（${grade}）`,
};

/**
 * A possible cause to test for a table cell or a list: "Reconnection timeliness — to test (structural only
 * (untested))". Never a percentage.
 *
 * @param grade - The link's grade.
 * @param gapName - The customer gap's name.
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * toTestBrief("internal-chain", "复电及时性", "zh"); // "复电及时性——待检验（内部客户评价支持）"
 * ```
 */
export function toTestBrief(grade: Grade, gapName: string, lang: Lang): string {
  return TO_TEST_BRIEF[lang]({ gap: gapName, grade: gradeName(grade, lang) });
}

const POSSIBLE: Say<{ readonly gap: string; readonly grade: string; readonly why: string }> = {
  en: ({ gap, grade, why }) => `possible cause of the customer gap at ${q(gap)} — to test (${grade}): ${why}`,
  zh: ({ gap, grade, why }) => `${q(gap)}客户差距的可能原因——待检验（${grade}）：${why}`,
};

/**
 * A link without a share as a responsibility-list line: "possible cause of the customer gap at “…” — to test
 * (structural only (untested)): possible cause, untested: link survey responses …". No percentage.
 *
 * @param link - The link (without a share).
 * @param gapId - The customer-gap finding id.
 * @param gap - The gap in index points.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The line.
 * @example
 * ```ts
 * possibleCauseText(link, "cd:ep_recon", 27.5, study, "zh");
 * ```
 */
export function possibleCauseText(link: CauseLink, gapId: string, gap: number, study: Study, lang: Lang): string {
  return POSSIBLE[lang]({ gap: gapPoint(gapId, labelsOf(study, lang)), grade: gradeName(link.grade, lang), why: linkText(link, gap, study, lang) });
}

const UNEXPLAINED: Say<{ readonly share: string; readonly post: string }> = {
  en: ({ share, post }) => `${share} not explained by a measured upstream effect: stays with the front-line post, ${post}`,
  zh: ({ share, post }) => `未被已测量的上游影响解释的部分（${share}）：留在一线岗位${post}`,
};

/**
 * The part of a customer gap no measured upstream effect explains, and where it stays.
 *
 * @param share - The unexplained share (0–1).
 * @param post - The front-line post, in words (e.g. from `postText`).
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * unexplainedText(0.45, "Hotline agent (Marketing)", "en");
 * // "45% not explained by a measured upstream effect: stays with the front-line post, Hotline agent (Marketing)"
 * ```
 */
export function unexplainedText(share: number, post: string, lang: Lang): string {
  return UNEXPLAINED[lang]({ share: formatPercent(share), post });
}

interface HeadlineArgs {
  /** The gap in index points. */
  readonly gap: number;
  /** Measured causes as "name 55% (95% CI …)". */
  readonly causes: readonly string[];
  /** Their total share. */
  readonly explained: number;
  /** The unexplained sentence. */
  readonly unexplained: string;
  /** The front-line post, in words. */
  readonly post: string;
  /** Possible causes upstream to test. */
  readonly toTest: number;
}

const TO_TEST: Say<number> = {
  en: (n) => (n === 0 ? "" : ` ${formatCount(n)} possible cause${n === 1 ? "" : "s"} upstream to test, size not measured.`),
  zh: (n) => (n === 0 ? "" : `另有${formatCount(n)}个可能的上游原因待检验，影响大小未测量。`),
};

const HEADLINES: Readonly<Record<"explained" | "unexplained", Say<HeadlineArgs>>> = {
  explained: {
    en: (a) => `Measured upstream effects explain ${formatPercent(a.explained)} of the ${formatIndex(a.gap)}-point gap: ${a.causes.join("; ")}. ${a.unexplained}.${TO_TEST.en(a.toTest)}`,
    zh: (a) => `已测量的上游影响解释了${formatIndex(a.gap)}分差距中的${formatPercent(a.explained)}：${a.causes.join("；")}。${a.unexplained}。${TO_TEST.zh(a.toTest)}`,
  },
  unexplained: {
    en: (a) => `No measured upstream effect explains the ${formatIndex(a.gap)}-point gap: it stays with the front-line post, ${a.post}.${TO_TEST.en(a.toTest)}`,
    zh: (a) => `没有已测量的上游影响能解释这${formatIndex(a.gap)}分的差距：差距留在一线岗位${a.post}。${TO_TEST.zh(a.toTest)}`,
  },
};

/**
 * The tail of a customer gap's headline: what measured upstream effects explain, what stays with the front line,
 * and how many possible causes remain to test.
 *
 * @param args - The gap, its measured causes in words, the unexplained sentence, the front-line post, the count of
 *   possible causes to test.
 * @param lang - The report language.
 * @returns One or two sentences.
 * @example
 * ```ts
 * gapCausesText({ gap: 27.5, causes: [], explained: 0, unexplained: "", post: "Hotline agent", toTest: 2 }, "en");
 * // "No measured upstream effect explains the 27.5-point gap: it stays with the front-line post, Hotline agent. 2 possible causes upstream to test, size not measured."
 * ```
 */
export function gapCausesText(args: HeadlineArgs, lang: Lang): string {
  return match(args.causes.length > 0)
    .with(true, () => HEADLINES.explained[lang](args))
    .with(false, () => HEADLINES.unexplained[lang](args))
    .exhaustive();
}

// ── Linkage and the families of tests ─────────────────────────────────────────────────────────────────────────

const LINKAGE: Say<Linkage> = {
  en: (k) => {
    if (k.respondents === 0) return "No external survey responses in this wave: no survey response is linked to a case.";
    const problems = [
      k.unlinked > 0 ? `${formatCount(k.unlinked)} name no case` : "",
      k.unknownCase > 0 ? `${formatCount(k.unknownCase)} name a case not in the case records` : "",
      k.duplicate > 0 ? `${formatCount(k.duplicate)} name a case another respondent already links` : "",
    ].filter((x) => x !== "");
    const none = k.linked === 0 ? " No effect on customers' ratings can be measured on linked cases; links are graded by weaker evidence." : "";
    return `Survey responses linked to their own cases: ${formatCount(k.linked)} of ${formatCount(k.respondents)} external respondents (${formatPercent(k.linked / k.respondents)})${problems.length === 0 ? "" : `; ${problems.join("; ")}`}.${none}`;
  },
  zh: (k) => {
    if (k.respondents === 0) return "本批次没有外部调查回答，没有调查回答与工单关联。";
    const problems = [
      k.unlinked > 0 ? `${formatCount(k.unlinked)}位未填写工单号` : "",
      k.unknownCase > 0 ? `${formatCount(k.unknownCase)}位填写的工单不在工单记录中` : "",
      k.duplicate > 0 ? `${formatCount(k.duplicate)}位填写的工单已被其他受访者关联` : "",
    ].filter((x) => x !== "");
    const none = k.linked === 0 ? "无法在关联工单上测量对客户评价的影响，各原因按较弱的证据分级。" : "";
    return `调查回答与本人工单的关联：${formatCount(k.respondents)}位外部受访者中${formatCount(k.linked)}位已关联（${formatPercent(k.linked / k.respondents)}）${problems.length === 0 ? "" : `；${problems.join("，")}`}。${none}`;
  },
};

/**
 * How survey responses were linked to their own cases, in one sentence: linked, and why the others are not.
 *
 * @param linkage - The attribution's linkage.
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * linkageText(result.linkage, "en");
 * // "Survey responses linked to their own cases: 540 of 600 external respondents (90%); 60 name no case."
 * ```
 */
export function linkageText(linkage: Linkage, lang: Lang): string {
  return LINKAGE[lang](linkage);
}

const CORRECTIONS: { readonly [K in ResolvedAttributionOptions["correction"]]: Say<string> } = {
  "benjamini-hochberg": { en: (a) => `Benjamini–Hochberg, false discovery rate ${a}`, zh: (a) => `Benjamini–Hochberg 校正，错误发现率 ${a}` },
  holm: { en: (a) => `Holm, family-wise error rate ${a}`, zh: (a) => `Holm 校正，族错误率 ${a}` },
  none: { en: (a) => `no multiple-comparison adjustment, α = ${a}`, zh: (a) => `未做多重比较校正，α = ${a}` },
};

/** The size of one family of tests. */
export interface FamilyCount {
  readonly tests: number;
  readonly significant: number;
}

const FAMILIES: Say<{ readonly correction: string; readonly linkCorrection: string; readonly findings: FamilyCount; readonly links: FamilyCount }> = {
  en: ({ correction, linkCorrection, findings, links }) =>
    `Two families of tests, each adjusted on its own: the findings' ${formatCount(findings.tests)} tests (${correction}; ${formatCount(findings.significant)} significant), ` +
    `and ${formatCount(links.tests)} link tests of upstream effects on customers' ratings (${linkCorrection}; ${formatCount(links.significant)} significant).`,
  zh: ({ correction, linkCorrection, findings, links }) =>
    `两组检验各自校正：问题点检验${formatCount(findings.tests)}项（${correction}；${formatCount(findings.significant)}项显著），` +
    `上游影响对客户评价的关联检验${formatCount(links.tests)}项（${linkCorrection}；${formatCount(links.significant)}项显著）。`,
};

/**
 * The name of a multiple-comparison correction with its error rate: "Benjamini–Hochberg, false discovery rate 5%".
 *
 * @param correction - The correction.
 * @param alpha - The error rate (0–1).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * correctionText("holm", 0.05, "zh"); // "Holm 校正，族错误率 5%"
 * ```
 */
export function correctionText(correction: ResolvedAttributionOptions["correction"], alpha: number, lang: Lang): string {
  return match(correction)
    .with("benjamini-hochberg", "holm", "none", (c) => CORRECTIONS[c][lang](formatPercent(alpha)))
    .exhaustive();
}

/**
 * The two families of tests of a run in one sentence: the findings' own tests and the link tests, each adjusted
 * on its own with the correction named, so neither family can flip the other.
 *
 * @param findings - Tests and significant tests of the findings' family.
 * @param links - Tests and significant tests of the link family.
 * @param corrections - The correction of each family (`findings`, `links`).
 * @param alpha - The error rate.
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * familiesText({ tests: 40, significant: 9 }, { tests: 6, significant: 2 }, { findings: "benjamini-hochberg", links: "holm" }, 0.05, "en");
 * ```
 */
export function familiesText(
  findings: FamilyCount,
  links: FamilyCount,
  corrections: { readonly findings: ResolvedAttributionOptions["correction"]; readonly links: ResolvedAttributionOptions["linkCorrection"] },
  alpha: number,
  lang: Lang,
): string {
  return FAMILIES[lang]({ correction: correctionText(corrections.findings, alpha, lang), linkCorrection: correctionText(corrections.links, alpha, lang), findings, links });
}
