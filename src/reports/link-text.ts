/**
 * The words for graded links, in English and Simplified Chinese: a link's grade, the effect it was measured to
 * have (with its interval and adjusted p-value), why it has a share of a customer gap or none, the data that would
 * test it, the part of a gap no measured upstream effect explains, how survey responses were linked to their own
 * cases, and the two families of tests. Every sentence comes from the report language's table (src/reports/words/),
 * keyed by kind and reached through an exhaustive `match`, so a new kind in the attribution cannot be left unworded
 * and no sentence is made by translating another; this module names and formats the parts. A share is only ever
 * written for a measured (or co-variation) link.
 * @module
 */
import { requireStudy } from "../model/arguments.js";
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { CauseLink, Exposure, Grade, Linkage, LinkEffect, LinkReason, PassedThrough, TestData } from "../attribution/shared/findings.js";
import type { ResolvedAttributionOptions } from "../attribution/shared/options.js";
import type { Study } from "../model/study.js";
import { labelsOf, type StudyLabels } from "./labels.js";
import { exposureSubject, shareInterval } from "./links.js";
import { formatCi, formatCount, formatIndex, formatNumber, formatPercent, formatQ, formatQuantity } from "./numbers.js";
import { wordsFor } from "./words/index.js";
import type { EffectArgs, ExposureWords, ReasonArgs, ThroughArgs } from "./words/types.js";
import { quoted as q } from "./words/quote.js";

// ── Grades and estimators ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The name of a link's grade, e.g. "measured" / "已测量", "structural only, untested" / "仅结构推断，未检验".
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
    .with("measured", "internal-chain", "co-variation", "structural", (g) => wordsFor(lang).links.gradeNames[g])
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
    .with("measured", "internal-chain", "co-variation", "structural", (g) => wordsFor(lang).links.gradeMeanings[g])
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
    .with("linked-regression", "segment-regression", "wave-regression", "driver-regression", (e) => wordsFor(lang).links.estimatorNames[e])
    .exhaustive();
}

// ── Exposures ─────────────────────────────────────────────────────────────────────────────────────────────────

/** An exposure phrase from one of a language's exposure tables, with the study's names in quotation marks. */
function exposurePhrase(table: ExposureWords, exposure: Exposure, l: StudyLabels): string {
  const std = (id: string): string => q(l.name("standard", id));
  return match(exposure)
    .with({ kind: "missed-standard" }, (x) => table["missed-standard"]({ standard: std(x.standard) }))
    .with({ kind: "beyond-acceptable" }, (x) => table["beyond-acceptable"]({ standard: std(x.standard), acceptable: formatQuantity(x.acceptable, x.unit, l.lang) }))
    .with({ kind: "customer-clock" }, (x) => table["customer-clock"]({ standard: std(x.standard), start: q(l.name("event", x.customerClock.start)) }))
    .with({ kind: "internal-rating" }, (x) => table["internal-rating"]({ point: q(l.name("point", x.point)), rater: q(l.name("post", x.rater)) }))
    .with({ kind: "point" }, (x) => table.point({ point: q(l.name("point", x.point)) }))
    .exhaustive();
}

/**
 * Who or what a candidate cause touches, in words: "customers whose own case missed “…”" / "本人工单未达到“…”的客户".
 *
 * @param study - The study (for names).
 * @param exposure - The link's exposure.
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * exposureText(study, { kind: "missed-standard", standard: "recon_24h" }, "en");
 * // "customers whose own case missed “Supply restored within 24 hours of settlement”"
 * ```
 */
export function exposureText(study: Study, exposure: Exposure, lang: Lang): string {
  requireStudy("exposureText", study);
  return exposurePhrase(wordsFor(lang).links.exposed, exposure, labelsOf(study, lang));
}

// ── Effects ───────────────────────────────────────────────────────────────────────────────────────────────────

/** "q < 0.001" or "q = 0.012". */
function qText(value: number): string {
  const s = formatQ(value);
  return s.startsWith("<") ? `q ${s}` : `q = ${s}`;
}

/** The effect per 10 percentage points more exposure (estimates across places or waves). */
function per10(v: number): number {
  return v / 10;
}

/** The effect's size and interval as its estimator states them. */
function effectSize(e: LinkEffect, lang: Lang): { readonly size: string; readonly ci: string } {
  return match(e.estimator)
    .with("linked-regression", () => ({ size: formatIndex(Math.abs(e.effect.value)), ci: formatCi(e.effect.ci, e.effect.level, lang) }))
    .with("segment-regression", "wave-regression", () => ({
      size: formatIndex(Math.abs(per10(e.effect.value))),
      ci: formatCi([per10(e.effect.ci[0]), per10(e.effect.ci[1])], e.effect.level, lang),
    }))
    .with("driver-regression", () => ({ size: formatIndex(Math.abs(e.effect.value)), ci: formatCi(e.effect.ci, e.effect.level, lang, (v) => formatNumber(v, { digits: 2 })) }))
    .exhaustive();
}

/**
 * A link's measured effect in words, with its interval and adjusted p-value: who is exposed, how much lower they
 * rate, and what the estimate was adjusted for; an estimate across places says it can mislead.
 *
 * @param study - The study (for names).
 * @param link - The link (its exposure and effect).
 * @param lang - The report language.
 * @returns The clause, or "" when the link has no effect.
 * @example
 * ```ts
 * effectText(study, cd.causes[0], "en");
 * // "customers whose own case missed “…” (30% of linked customers) rate 50.0 points lower (95% CI −55.0 to −45.0; q < 0.001)"
 * ```
 */
export function effectText(study: Study, link: Pick<CauseLink, "exposure" | "effect">, lang: Lang): string {
  requireStudy("effectText", study);
  const e = link.effect;
  if (e === undefined) return "";
  const l = labelsOf(study, lang);
  const words = wordsFor(lang).links;
  const s = exposureSubject(link.exposure);
  const args: EffectArgs = {
    exposed: exposurePhrase(words.exposed, link.exposure, l),
    cases: exposurePhrase(words.cases, link.exposure, l),
    subject: q(l.name(s.kind, s.id)),
    sign: e.effect.value,
    ...effectSize(e, lang),
    q: qText(e.effect.q),
    exposure: formatPercent(e.exposure),
    n: formatCount(e.n),
    adjustedFor: e.adjustedFor,
    driver: {
      effect: formatNumber(e.effect.value, { digits: 2 }),
      gap: formatIndex(e.exposure),
      closes: formatIndex(e.attributable.value),
      closesCi: formatCi(e.attributable.ci, e.effect.level, lang),
    },
  };
  return match(e.estimator)
    .with("linked-regression", "segment-regression", "wave-regression", "driver-regression", (k) => words.effects[k](args))
    .exhaustive();
}

// ── Reasons and tests ─────────────────────────────────────────────────────────────────────────────────────────

function reasonWith(reason: LinkReason, args: ReasonArgs, l: StudyLabels): string {
  const say = wordsFor(l.lang).links.reasons;
  return match(reason)
    .with({ kind: "share" }, (r) => say.share({ ...args, capped: r.capped, standardMet: r.standardMet }))
    .with({ kind: "not-significant" }, () => say["not-significant"](args))
    .with({ kind: "no-harm" }, () => say["no-harm"](args))
    .with({ kind: "negligible" }, () => say.negligible(args))
    .with({ kind: "confounded" }, () => say.confounded(args))
    .with({ kind: "ecological" }, () => say.ecological(args))
    .with({ kind: "too-few-exposed" }, (r) => say["too-few-exposed"]({ ...args, exposed: formatCount(r.exposed), unexposed: formatCount(r.unexposed), unknown: r.unknown > 0 ? formatCount(r.unknown) : undefined, needed: formatCount(r.needed) }))
    .with({ kind: "internal-chain" }, (r) => say["internal-chain"]({ ...args, points: r.points.map((p) => l.name("point", p)) }))
    .with({ kind: "untested" }, () => say.untested(args))
    .exhaustive();
}

/**
 * Why a link has the share it has, or none, in words, with the effect behind it: "explains 55% (95% CI 40%–70%)
 * of the gap: customers whose own case missed …" or "supported by internal customers' ratings (…), size not
 * measured". A link without a share gets no percentage of the gap.
 *
 * @param study - The study (for names).
 * @param link - The link.
 * @param gap - The customer gap in index points (for the share's interval).
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * reasonText(study, cd.links[1], cd.gap, "zh"); // "可能的原因，未检验"
 * ```
 */
export function reasonText(study: Study, link: CauseLink, gap: number, lang: Lang): string {
  requireStudy("reasonText", study);
  const ci = shareInterval(link, gap);
  const level = link.effect?.effect.level ?? 0.95;
  return `${reasonWith(
    link.reason,
    {
      effect: effectText(study, link, lang),
      share: formatPercent(link.share),
      shareCi: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
      whole:
        link.share !== undefined && link.effect !== undefined && gap > 0 && link.effect.attributable.value >= gap
          ? { points: formatIndex(link.effect.attributable.value), ci: formatCi(link.effect.attributable.ci, level, lang), gap: formatIndex(gap) }
          : undefined,
    },
    labelsOf(study, lang),
  )}${throughText(study, link, level, lang)}`;
}

/**
 * Data that would test a link, as an instruction: "link survey responses to their work orders (a case column)
 * with the events “…”, “…” to measure it".
 *
 * @param study - The study (for names).
 * @param test - What would test the link.
 * @param lang - The report language.
 * @returns The instruction.
 * @example
 * ```ts
 * testText(study, { kind: "segments", needed: 5, perPlace: 10 }, "zh"); // "在调查回答和工单上记录相同的分组（区域、班组、网点），至少5个分组，每个分组至少10位客户、10张工单，以便跨区域比较"
 * ```
 */
export function testText(study: Study, test: TestData, lang: Lang): string {
  requireStudy("testText", study);
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).links.tests;
  return match(test)
    .with({ kind: "linked-cases" }, (t) => say["linked-cases"]({ events: t.events.map((e) => q(l.name("event", e))) }))
    .with({ kind: "internal-ratings" }, (t) => say["internal-ratings"]({ step: q(l.name("step", t.step)), post: t.post === undefined ? undefined : q(l.name("post", t.post)) }))
    .with({ kind: "segments" }, (t) => say.segments({ needed: formatCount(t.needed), perPlace: formatCount(t.perPlace) }))
    .with({ kind: "both-sides" }, (t) => say["both-sides"]({ exposed: formatCount(t.exposed), unexposed: formatCount(t.unexposed), needed: formatCount(t.needed) }))
    .with({ kind: "step-clock" }, (t) =>
      say["step-clock"]({ step: q(l.name("step", t.step)), post: t.post === undefined ? undefined : q(l.name("post", t.post)), link: t.link, places: t.places === undefined ? undefined : formatCount(t.places), perPlace: t.perPlace === undefined ? undefined : formatCount(t.perPlace) }),
    )
    .with({ kind: "unconfounded-cases" }, (t) => say["unconfounded-cases"]({ adjustedFor: t.adjustedFor }))
    .with({ kind: "driver-answers" }, (t) => say["driver-answers"]({ point: q(l.name("point", t.point)), needed: formatCount(t.needed) }))
    .exhaustive();
}

/**
 * A link in one sentence: why it has its share or none, and for a link without a share the data that would test
 * it, e.g. "possible cause, untested: link survey responses to their work orders (a case column) with the events
 * “Arrears settled”, “Supply restored” to measure it". Each fact is said once: after a too-few-exposed reason
 * (which gives the counts and the minimum) a both-sides test names only the side short of linked customers
 * ("…: 420 exposed, 0 not exposed (at least 10 needed on each side): more linked customers whose own case was not
 * exposed (…)"); {@link testText} alone keeps the counts.
 *
 * @param study - The study (for names).
 * @param link - The link.
 * @param gap - The customer gap in index points.
 * @param lang - The report language.
 * @returns The sentence (no percentage unless the link has a measured share).
 * @example
 * ```ts
 * linkText(study, cd.links[0], cd.gap, "en");
 * ```
 */
export function linkText(study: Study, link: CauseLink, gap: number, lang: Lang): string {
  requireStudy("linkText", study);
  const reason = reasonText(study, link, gap, lang);
  if (link.share !== undefined || link.test.length === 0) return reason;
  const p = wordsFor(lang).punct;
  // The too-few-exposed reason has given the counts and the minimum: its both-sides test names only the short side.
  const counted = link.reason.kind === "too-few-exposed";
  const tests = link.test.map((t) => {
    const side = counted && t.kind === "both-sides" ? shortSide(t) : undefined;
    return side === undefined ? testText(study, t, lang) : wordsFor(lang).links.moreLinked[side];
  });
  return `${reason}${p.colon}${tests.join(p.or)}`;
}

/** Which side of a both-sides test has fewer linked customers than needed (undefined: neither, say it in full). */
function shortSide(t: Extract<TestData, { kind: "both-sides" }>): "exposed" | "unexposed" | "both" | undefined {
  const exposed = t.exposed < t.needed;
  const unexposed = t.unexposed < t.needed;
  return exposed && unexposed ? "both" : exposed ? "exposed" : unexposed ? "unexposed" : undefined;
}

/**
 * A cause that is no finding, by name: the misses of a standard (whose compliance requirement may be met).
 *
 * @param study - The study (for names).
 * @param exposure - The link's exposure.
 * @param lang - The report language.
 * @returns E.g. "misses of standard “Arrears settled within 2 hours of payment”"; for other exposures, the
 *   point or standard by name.
 * @example
 * ```ts
 * missesName(study, { kind: "missed-standard", standard: "settle_2h" }, "zh"); // "标准“缴费后2小时内结清”的未达标工单"
 * ```
 */
export function missesName(study: Study, exposure: Exposure, lang: Lang): string {
  requireStudy("missesName", study);
  const l = labelsOf(study, lang);
  const s = exposureSubject(exposure);
  return match(exposure.kind)
    .with("missed-standard", "customer-clock", "beyond-acceptable", () => wordsFor(lang).links.misses(q(l.name("standard", s.id))))
    .with("internal-rating", "point", () => l.name(s.kind, s.id))
    .exhaustive();
}

// ── Shares of gaps, the unexplained part, possible causes ─────────────────────────────────────────────────────

/** The name of the point a customer-gap finding id (`cd:<point>`) names. */
function gapPoint(gapId: string, l: StudyLabels): string {
  return l.name("point", gapId.startsWith("cd:") ? gapId.slice(3) : gapId);
}

/**
 * A measured share of a customer gap, with its interval and grade; or, without a grade, the front line's part
 * that no measured upstream effect explains.
 *
 * @param study - The study (for names).
 * @param share - The share (0–1).
 * @param ci - Its interval, when measured.
 * @param level - The interval's level.
 * @param grade - The link's grade; `undefined` for the front line's unexplained part.
 * @param gapId - The customer-gap finding id (`cd:<point>`).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * gapShareText(study, 0.55, [0.4, 0.7], 0.95, "measured", "cd:ep_recon", "en");
 * // "explains 55% (95% CI 40%–70%, measured) of the customer gap at “Reconnection timeliness”"
 * ```
 */
export function gapShareText(study: Study, share: number, ci: readonly [number, number] | undefined, level: number, grade: Grade | undefined, gapId: string, lang: Lang): string {
  requireStudy("gapShareText", study);
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).links;
  if (grade === undefined) return say.frontLineShare({ share: formatPercent(share), gap: q(gapPoint(gapId, l)) });
  return say.gapShare({
    share: formatPercent(share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: gradeName(grade, lang),
    gap: q(gapPoint(gapId, l)),
  });
}

/**
 * A measured cause by name with its share, interval and grade: "execution at “…” 55% (95% CI 40%–70%, measured)".
 *
 * @param name - The cause, in words (e.g. from `findingRefText`).
 * @param link - The link, with its share.
 * @param gap - The gap in index points.
 * @param lang - The report language.
 * @param study - The study, to name the standard a share passed upstream came through (its id without it).
 * @returns The phrase; without a share, the name and the grade only.
 * @example
 * ```ts
 * causeShareText("execution at “Crew reconnects”", cd.causes[0], cd.gap, "en");
 * ```
 */
export function causeShareText(name: string, link: CauseLink, gap: number, lang: Lang, study?: Study): string {
  const ci = shareInterval(link, gap);
  const level = link.effect?.effect.level ?? 0.95;
  const through = link.through === undefined ? undefined : study === undefined ? q(link.through.standard) : q(labelsOf(study, lang).name("standard", link.through.standard));
  return wordsFor(lang).links.causeShare({
    name,
    share: link.share === undefined ? "" : formatPercent(link.share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: gradeName(link.grade, lang),
    through,
  });
}

/** The clauses of a link's shares passed upstream through chained standards (to it, or from it), "" when none. */
function throughText(study: Study, link: CauseLink, level: number, lang: Lang): string {
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).links;
  const args = (t: PassedThrough): ThroughArgs => ({
    standard: q(l.name("standard", t.standard)),
    upstream: q(l.name("standard", t.upstream)),
    fraction: formatPercent(t.fraction),
    ci: formatCi(t.ci, level, lang, (v) => formatPercent(v)),
    cases: formatCount(t.cases),
  });
  const to = (t: PassedThrough): string => q(t.post === undefined ? t.to : l.name("post", t.post));
  return (link.through === undefined ? "" : say.through(args(link.through))) + (link.passedUpstream ?? []).map((t) => say.passedUpstream({ ...args(t), to: to(t) })).join("");
}

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
  return wordsFor(lang).links.shareBrief({
    gap: gapName,
    share: formatPercent(share),
    ci: ci === undefined ? "" : formatCi(ci, level, lang, (v) => formatPercent(v)),
    grade: grade === undefined ? wordsFor(lang).links.frontLine : gradeName(grade, lang),
  });
}

/**
 * A possible cause to test for a table cell or a list: "Reconnection timeliness — to test (structural only,
 * untested)". Never a percentage.
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
  return wordsFor(lang).links.toTestBrief({ gap: gapName, grade: gradeName(grade, lang) });
}

/**
 * A link without a share as a responsibility-list line: "possible cause of the customer gap at “…” — to test
 * (structural only, untested): possible cause, untested: link survey responses …". No percentage.
 *
 * @param study - The study (for names).
 * @param link - The link (without a share).
 * @param gapId - The customer-gap finding id.
 * @param gap - The gap in index points.
 * @param lang - The report language.
 * @returns The line.
 * @example
 * ```ts
 * possibleCauseText(study, link, "cd:ep_recon", 27.5, "zh");
 * ```
 */
export function possibleCauseText(study: Study, link: CauseLink, gapId: string, gap: number, lang: Lang): string {
  requireStudy("possibleCauseText", study);
  return wordsFor(lang).links.possible({ gap: q(gapPoint(gapId, labelsOf(study, lang))), grade: gradeName(link.grade, lang), why: linkText(study, link, gap, lang) });
}

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
  return wordsFor(lang).links.unexplained({ share: formatPercent(share), post });
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
  const say = wordsFor(lang).links;
  const toTest = say.toTest(args.toTest, formatCount(args.toTest));
  const gap = formatIndex(args.gap);
  return match(args.causes.length > 0)
    .with(true, () => say.explainedHeadline({ explained: formatPercent(args.explained), gap, causes: args.causes, unexplained: args.unexplained, toTest }))
    .with(false, () => say.unexplainedHeadline({ gap, post: args.post, toTest }))
    .exhaustive();
}

// ── Linkage and the families of tests ─────────────────────────────────────────────────────────────────────────

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
  const k = linkage;
  return wordsFor(lang).links.linkage({
    ...k,
    text: {
      respondents: formatCount(k.respondents),
      linked: formatCount(k.linked),
      share: formatPercent(k.linked / k.respondents),
      unlinked: formatCount(k.unlinked),
      unknownCase: formatCount(k.unknownCase),
      duplicate: formatCount(k.duplicate),
    },
  });
}

/** The size of one family of tests. */
export interface FamilyCount {
  readonly tests: number;
  readonly significant: number;
}

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
    .with("benjamini-hochberg", "holm", "none", (c) => wordsFor(lang).links.corrections[c](formatPercent(alpha)))
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
  const count = (f: FamilyCount): { readonly tests: string; readonly significant: string } => ({ tests: formatCount(f.tests), significant: formatCount(f.significant) });
  return wordsFor(lang).links.families({
    correction: correctionText(corrections.findings, alpha, lang),
    linkCorrection: correctionText(corrections.links, alpha, lang),
    findings: count(findings),
    links: count(links),
  });
}

/**
 * The name of a multiple-comparison correction, without its error rate.
 *
 * @param correction - As in the attribution options.
 * @param lang - The report language.
 * @returns E.g. "Benjamini–Hochberg", "Holm 校正".
 * @example
 * ```ts
 * correctionName("holm", "zh"); // "Holm 校正"
 * ```
 */
export function correctionName(correction: ResolvedAttributionOptions["correction"], lang: Lang): string {
  return match(correction)
    .with("benjamini-hochberg", "holm", "none", (c) => wordsFor(lang).links.correctionNames[c])
    .exhaustive();
}
