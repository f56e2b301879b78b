/**
 * Plain-language text of an attribution, in English or Simplified Chinese: names and meanings of the three tags,
 * one sentence per piece of evidence, per change and per link of an evidence chain, and a headline per finding.
 * Every sentence names the step, the post or the standard it is about and carries the numbers behind it (index
 * with interval and sample size, shares as percentages, durations with their units), so that the department it
 * blames can check it. Every writer (Markdown, CSV, JSON, HTML) takes its sentences from here.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Change, ChainLink, CustomerDissatisfaction, Evidence, Finding, Measured, Tag, Undecided } from "../attribution/shared/findings.js";
import type { Layer, Standard, Study, Unit } from "../model/study.js";
import { LAYER_TITLES } from "./blueprint/index.js";
import { labelsOf, relabelIds } from "./labels.js";
import { causeShareText, gapCausesText, missesName, unexplainedText } from "./link-text.js";
import { isPossibleCause } from "./links.js";
import { wordsFor } from "./words/index.js";
import { undecidedNeedText, undecidedReasonText } from "../attribution/shared/undecided.js";

export { labelsOf };
import {
  formatCi, formatIndex, formatN, formatPercent, formatQuantity, percentileWords, unitWord,
} from "./numbers.js";

export { CHANGE_KINDS, EVIDENCE_KINDS } from "../attribution/shared/findings.js";

type Words = Readonly<Record<Lang, string>>;

const TAG_NAMES: Readonly<Record<Tag, Words>> = {
  "customer-dissatisfaction": { en: "Customer dissatisfaction point", zh: "客户不满意点" },
  "unreasonable-standard": { en: "Unreasonable standard point", zh: "标准不合理点" },
  "non-compliant-execution": { en: "Non-compliant execution point", zh: "执行不合格点" },
};

const TAG_MEANINGS: Readonly<Record<Tag, Words>> = {
  "customer-dissatisfaction": {
    en: "What customers experience falls short of what they expect or of the target. It is where a gap shows; the trace upstream says where it comes from.",
    zh: "客户感受到的服务低于其期望或目标值。这里是差距显现的地方，向上游追溯才能找到原因。",
  },
  "unreasonable-standard": {
    en: "The company's own standard is looser than what customers accept, or counts time from a different moment than customers do. It belongs to whoever sets the standard: complying with it still leaves customers unhappy.",
    zh: "企业自身的服务标准宽于客户可接受的水平，或计时起点与客户不同。责任在标准的制定者：即使完全达标，客户仍不满意。",
  },
  "non-compliant-execution": {
    en: "A step misses its own standard, or the internal customers it serves rate it below target. It belongs to the post that executes the step.",
    zh: "某环节未达到自身标准，或其内部客户对它的评价低于目标。责任在执行该环节的岗位。",
  },
};

const EVIDENCE_NAMES: Readonly<Record<Evidence["kind"], Words>> = {
  "perception-below-target": { en: "Satisfaction below target", zh: "满意度低于目标" },
  "servqual-gap": { en: "Experience below expectation (SERVQUAL)", zh: "感知低于期望（SERVQUAL）" },
  "expectation-vs-standard": { en: "Standard looser than customers accept", zh: "标准宽于客户可接受水平" },
  "clock-mismatch": { en: "Standard's clock differs from the customers'", zh: "标准计时起止点与客户不一致" },
  "compliance-below-standard": { en: "Standard not met often enough", zh: "达标率低于要求" },
  "internal-rating-below-target": { en: "Internal customers' rating below target", zh: "内部客户评价低于目标" },
};

const CHANGE_NAMES: Readonly<Record<Change["kind"], Words>> = {
  "raise-index": { en: "Raise the satisfaction index", zh: "提高满意度指数" },
  "close-servqual-gap": { en: "Close the gap to expectation", zh: "消除感知与期望的差距" },
  "tighten-threshold": { en: "Tighten the standard's limit", zh: "收紧标准时限" },
  "move-clock": { en: "Count time as customers do", zh: "按客户口径计时" },
  "raise-compliance": { en: "Meet the standard more often", zh: "提高达标率" },
};

/**
 * The name of a tag (三点查找), e.g. "Unreasonable standard point" / "标准不合理点".
 *
 * @param tag - The tag.
 * @param lang - The report language.
 * @returns Its name.
 * @example
 * ```ts
 * tagName("non-compliant-execution", "zh"); // "执行不合格点"
 * ```
 */
export function tagName(tag: Tag, lang: Lang): string {
  return match(tag)
    .with("customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution", (t) => TAG_NAMES[t][lang])
    .exhaustive();
}

/**
 * What a tag means and whom it belongs to, in two sentences.
 *
 * @param tag - The tag.
 * @param lang - The report language.
 * @returns The meaning.
 * @example
 * ```ts
 * tagMeaning("unreasonable-standard", "en"); // "The company's own standard is looser than what customers accept, …"
 * ```
 */
export function tagMeaning(tag: Tag, lang: Lang): string {
  return match(tag)
    .with("customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution", (t) => TAG_MEANINGS[t][lang])
    .exhaustive();
}

/**
 * The name of an evidence kind, e.g. "Standard not met often enough" / "达标率低于要求".
 *
 * @param kind - The evidence kind.
 * @param lang - The report language.
 * @returns Its name.
 * @example
 * ```ts
 * evidenceKindName("clock-mismatch", "en"); // "Standard's clock differs from the customers'"
 * ```
 */
export function evidenceKindName(kind: Evidence["kind"], lang: Lang): string {
  return EVIDENCE_NAMES[kind][lang];
}

/**
 * The name of a change kind, e.g. "Count time as customers do" / "按客户口径计时".
 *
 * @param kind - The change kind.
 * @param lang - The report language.
 * @returns Its name.
 * @example
 * ```ts
 * changeKindName("move-clock", "zh"); // "按客户口径计时"
 * ```
 */
export function changeKindName(kind: Change["kind"], lang: Lang): string {
  return CHANGE_NAMES[kind][lang];
}

// ── Names from the study ────────────────────────────────────────────────────────────────────────────────────

/** “name” in the language's quotation marks. */
function q(name: string): string {
  return `“${name}”`;
}

/** A layer's title, or the layer as given when the study does not know it. */
function layerName(layer: string, lang: Lang): string {
  const t = (LAYER_TITLES as Readonly<Record<string, Words>>)[layer];
  return t === undefined ? layer : t[lang];
}

/**
 * Who sets a standard, in words: its owner post with the post's department, or the owning department.
 *
 * @param standard - The standard.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns E.g. "Service quality officer (Marketing department)" / "营销部服务质量管理专责".
 * @example
 * ```ts
 * standardOwnerText(study.standards[0], study, "en"); // "Customer service centre (95598)"
 * ```
 */
export function standardOwnerText(standard: Standard, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  if ("post" in standard.owner) {
    const dept = l.departmentOf(standard.owner.post);
    const post = l.name("post", standard.owner.post);
    return dept === undefined ? post : lang === "zh" ? `${l.name("department", dept)}${post}` : `${post} (${l.name("department", dept)})`;
  }
  return l.name("department", standard.owner.department);
}

/**
 * A post with its department, in words.
 *
 * @param post - The post id (`undefined`: no post).
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns E.g. "Repair dispatcher (Dispatch and control centre)" / "调控中心配网抢修指挥员".
 * @example
 * ```ts
 * postText("repair_dispatcher", study, "zh"); // "调控中心配网抢修指挥员"
 * ```
 */
export function postText(post: string | undefined, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  if (post === undefined) return lang === "zh" ? "（未指定岗位）" : "(no post)";
  const dept = l.departmentOf(post);
  if (dept === undefined) return l.name("post", post);
  return lang === "zh" ? `${l.name("department", dept)}${l.name("post", post)}` : `${l.name("post", post)} (${l.name("department", dept)})`;
}

// ── Numbers with their uncertainty ──────────────────────────────────────────────────────────────────────────

/** "55.0 (95% CI 54.3–55.7, n = 2,657)". */
function indexWithCi(m: Measured, lang: Lang): string {
  return `${formatIndex(m.value)}${lang === "zh" ? "（" : " ("}${formatCi(m.ci, m.level, lang)}${lang === "zh" ? "，" : ", "}${formatN(m.n)}${lang === "zh" ? "）" : ")"}`;
}

/** "(95% CI 18.3%–22.3%, n = 1,593)" for a share. */
function shareCi(m: Measured, lang: Lang): string {
  const open = lang === "zh" ? "（" : " (";
  const close = lang === "zh" ? "）" : ")";
  return `${open}${formatCi(m.ci, m.level, lang, (v) => formatPercent(v))}${lang === "zh" ? "，" : ", "}${formatN(m.n)}${close}`;
}

/** "95% CI 24.3–25.6 minutes": the unit once, after the interval. */
function quantityCi(ci: readonly [number, number], level: number, unit: Unit, lang: Lang): string {
  const ends = formatCi(ci, level, lang, (v) => stripUnit(formatQuantity(v, unit, lang)));
  if (unit === "%") return ends.replace(/(\d)(?=$|–| to | 至 )/g, "$1%");
  if (unit === "count") return ends;
  return lang === "zh" ? `${ends}${unitWord(unit, "zh")}` : `${ends} ${unitWord(unit, "en")}`;
}

function within(better: "lower" | "higher", threshold: string, lang: Lang): string {
  if (lang === "zh") return better === "lower" ? `${threshold}以内` : `不低于${threshold}`;
  return better === "lower" ? `within ${threshold}` : `at ${threshold} or more`;
}

// ── Evidence ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * One piece of evidence as a full sentence with its numbers.
 *
 * @param evidence - The evidence.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * evidenceText(nce.evidence[0], study, "en");
 * // "Standard “Orders dispatched within 5 minutes of being created”: 77.6% of cases within 5 minutes (98%
 * //  required; 95% CI 75.7%–79.3%, n = 2,000). Today the 98th percentile is 8.1 minutes."
 * ```
 */
export function evidenceText(evidence: Evidence, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  return match(evidence)
    .with({ kind: "perception-below-target" }, (e) =>
      zh
        ? `客户对${q(l.name("point", e.point))}的满意度指数为${indexWithCi(e.index, lang)}，低于目标值${formatIndex(e.target)}。`
        : `Customers rate ${q(l.name("point", e.point))} at ${indexWithCi(e.index, lang)} on the 0–100 satisfaction index, below the target of ${formatIndex(e.target)}.`,
    )
    .with({ kind: "servqual-gap" }, (e) => {
      const size = formatIndex(Math.abs(e.gap.value));
      const detail = `${formatIndex(e.gap.value)}${zh ? "；" : "; "}${formatCi(e.gap.ci, e.gap.level, lang)}${zh ? "，" : ", "}${formatN(e.gap.n)}`;
      return zh
        ? `客户对${q(l.name("point", e.point))}的感知比期望${e.gap.value < 0 ? "低" : "高"}${size}分（感知−期望 = ${detail}）。`
        : `Customers' experience of ${q(l.name("point", e.point))} is ${size} points ${e.gap.value < 0 ? "below" : "above"} what they expect (experience − expectation = ${detail}).`;
    })
    .with({ kind: "expectation-vs-standard" }, (e) => {
      const limit = formatQuantity(e.threshold, e.unit, lang);
      const accept = e.acceptableValue;
      if (zh) {
        const tail =
          accept === undefined
            ? ""
            : `${formatPercent(e.required)}的客户能接受的${e.better === "lower" ? "上限" : "下限"}为${formatQuantity(accept.value, e.unit, lang)}（${quantityCi(accept.ci, e.acceptShare.level, e.unit, lang)}）。`;
        return `仅${formatPercent(e.acceptShare.value)}的客户${shareCi(e.acceptShare, lang)}能接受标准${q(l.name("standard", e.standard))}的${limit}，而要求至少${formatPercent(e.required)}的客户能接受。${tail}`;
      }
      const tail =
        accept === undefined
          ? ""
          : ` ${formatPercent(e.required)} of customers accept ${e.better === "lower" ? "at most" : "at least"} ${formatQuantity(accept.value, e.unit, lang)} (${quantityCi(accept.ci, e.acceptShare.level, e.unit, lang)}).`;
      return `Only ${formatPercent(e.acceptShare.value)} of customers${shareCi(e.acceptShare, lang)} accept the ${limit} of standard ${q(l.name("standard", e.standard))}; at least ${formatPercent(e.required)} should.${tail}`;
    })
    .with({ kind: "clock-mismatch" }, (e) => {
      const moved = e.standardClock.start !== e.customerClock.start ? "start" : "stop";
      const sEvent = q(l.name("event", moved === "start" ? e.standardClock.start : e.standardClock.stop));
      const cEvent = q(l.name("event", moved === "start" ? e.customerClock.start : e.customerClock.stop));
      const limit = formatQuantity(e.threshold, e.unit, lang);
      const lag = e.medianLag === undefined ? "" : formatQuantity(e.medianLag, e.unit, lang);
      const own = e.onStandardClock === undefined ? undefined : formatPercent(e.onStandardClock.value);
      if (zh) {
        return (
          `标准${q(l.name("standard", e.standard))}从${sEvent}${moved === "start" ? "开始" : "结束"}计时，客户则从${cEvent}${moved === "start" ? "开始" : "结束"}计时` +
          `${lag === "" ? "" : `，两者中位相差${lag}`}。` +
          `${own === undefined ? "" : `按标准自身口径，${own}的工单达标；`}` +
          `其中按客户口径仍在${limit}以内的仅占${formatPercent(e.onCustomerClock.value)}${shareCi(e.onCustomerClock, lang)}，要求${formatPercent(e.required)}。`
        );
      }
      return (
        `Standard ${q(l.name("standard", e.standard))} ${moved === "start" ? "starts" : "stops"} its clock at ${sEvent}; customers ${moved === "start" ? "start" : "stop"} theirs at ${cEvent}` +
        `${lag === "" ? "" : `, a median of ${lag} apart`}. ` +
        `${own === undefined ? "" : `On its own clock the standard is met in ${own} of cases; `}` +
        `${own === undefined ? "O" : "o"}f the cases on time by the standard's clock, only ${formatPercent(e.onCustomerClock.value)}${shareCi(e.onCustomerClock, lang)} are also ${within("lower", limit, lang)} by the customers' clock (${formatPercent(e.required)} required).`
      );
    })
    .with({ kind: "compliance-below-standard" }, (e) => {
      const limit = formatQuantity(e.threshold, e.unit, lang);
      const std = q(l.name("standard", e.standard));
      const pct = percentileWords(e.required, e.better, lang);
      const now = e.valueAtRequired === undefined ? "" : formatQuantity(e.valueAtRequired, e.unit, lang);
      const co = e.coincidence.filter((c) => c.share > 0);
      if (zh) {
        const coText = co.length === 0 ? "" : `未达标的工单中，${co.map((c) => `${formatPercent(c.share)}同时未达到${q(l.name("standard", c.standard))}`).join("，")}。`;
        return `标准${std}：${formatPercent(e.compliance.value)}的工单在${within(e.better, limit, lang)}（要求${formatPercent(e.required)}；${formatCi(e.compliance.ci, e.compliance.level, lang, (v) => formatPercent(v))}，${formatN(e.compliance.n)}）。${now === "" ? "" : `目前${pct}为${now}。`}${coText}`;
      }
      const coText = co.length === 0 ? "" : ` Of its misses, ${co.map((c) => `${formatPercent(c.share)} coincide with misses of ${q(l.name("standard", c.standard))}`).join("; ")}.`;
      return `Standard ${std}: ${formatPercent(e.compliance.value)} of cases ${within(e.better, limit, lang)} (${formatPercent(e.required)} required; ${formatCi(e.compliance.ci, e.compliance.level, lang, (v) => formatPercent(v))}, ${formatN(e.compliance.n)}).${now === "" ? "" : ` Today the ${pct} is ${now}.`}${coText}`;
    })
    .with({ kind: "internal-rating-below-target" }, (e) => {
      const step = l.pointStep(e.point);
      const stepOwner = step === undefined ? undefined : l.step(step)?.owner;
      const rater = l.name("post", e.rater);
      if (zh)
        return `内部客户${q(rater)}对${q(l.name("point", e.point))}${stepOwner === undefined ? "" : `（由${q(l.name("post", stepOwner))}提供）`}的评价指数为${indexWithCi(e.index, lang)}，低于目标值${formatIndex(e.target)}。`;
      return `The internal customer ${q(rater)} rates ${q(l.name("point", e.point))}${stepOwner === undefined ? "" : ` (provided by ${q(l.name("post", stepOwner))})`} at ${indexWithCi(e.index, lang)}, below the target of ${formatIndex(e.target)}.`;
    })
    .exhaustive();
}

/**
 * One piece of evidence as a short phrase for a chain link, a chart label or a table cell.
 *
 * @param evidence - The evidence.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The phrase, e.g. "77.6% within 5 minutes (98% required)".
 * @example
 * ```ts
 * evidenceBrief(nce.evidence[1], study, "en"); // "rated 59.1 by “Repair crew leader” (target 75.0)"
 * ```
 */
export function evidenceBrief(evidence: Evidence, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  return match(evidence)
    // Several points can sit at one step, so a satisfaction figure names its point.
    .with({ kind: "perception-below-target" }, (e) =>
      zh
        ? `${q(l.name("point", e.point))}客户满意度${formatIndex(e.index.value)}（目标${formatIndex(e.target)}，${formatN(e.index.n)}）`
        : `customer satisfaction with ${q(l.name("point", e.point))} ${formatIndex(e.index.value)} (target ${formatIndex(e.target)}, ${formatN(e.index.n)})`,
    )
    .with({ kind: "servqual-gap" }, (e) =>
      zh
        ? `${q(l.name("point", e.point))}感知−期望 ${formatIndex(e.gap.value, true)}（${formatN(e.gap.n)}）`
        : `experience − expectation at ${q(l.name("point", e.point))} ${formatIndex(e.gap.value, true)} (${formatN(e.gap.n)})`,
    )
    .with({ kind: "expectation-vs-standard" }, (e) =>
      zh
        ? `${formatPercent(e.acceptShare.value)}的客户接受${formatQuantity(e.threshold, e.unit, lang)}（要求${formatPercent(e.required)}）`
        : `${formatPercent(e.acceptShare.value)} of customers accept ${formatQuantity(e.threshold, e.unit, lang)} (${formatPercent(e.required)} required)`,
    )
    .with({ kind: "clock-mismatch" }, (e) => {
      const start = e.standardClock.start !== e.customerClock.start;
      const s = l.name("event", start ? e.standardClock.start : e.standardClock.stop);
      const c = l.name("event", start ? e.customerClock.start : e.customerClock.stop);
      return zh
        ? `标准从${q(s)}计时、客户从${q(c)}计时：按客户口径${formatPercent(e.onCustomerClock.value)}在${formatQuantity(e.threshold, e.unit, lang)}以内`
        : `standard counts from ${q(s)}, customers from ${q(c)}: ${formatPercent(e.onCustomerClock.value)} within ${formatQuantity(e.threshold, e.unit, lang)} on the customers' clock`;
    })
    .with({ kind: "compliance-below-standard" }, (e) =>
      zh
        ? `${formatPercent(e.compliance.value)}在${within(e.better, formatQuantity(e.threshold, e.unit, lang), lang)}（要求${formatPercent(e.required)}）`
        : `${formatPercent(e.compliance.value)} ${within(e.better, formatQuantity(e.threshold, e.unit, lang), lang)} (${formatPercent(e.required)} required)`,
    )
    .with({ kind: "internal-rating-below-target" }, (e) =>
      zh
        ? `${q(l.name("post", e.rater))}评价${formatIndex(e.index.value)}（目标${formatIndex(e.target)}）`
        : `rated ${formatIndex(e.index.value)} by ${q(l.name("post", e.rater))} (target ${formatIndex(e.target)})`,
    )
    .exhaustive();
}

/**
 * The subject a piece of evidence is about: its evaluation point or its standard, by name.
 *
 * @param evidence - The evidence.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The point's or the standard's name.
 * @example
 * ```ts
 * evidenceSubject(nce.evidence[0], study, "en"); // "Orders dispatched within 5 minutes of being created"
 * ```
 */
export function evidenceSubject(evidence: Evidence, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  return match(evidence)
    .with({ kind: "perception-below-target" }, { kind: "servqual-gap" }, { kind: "internal-rating-below-target" }, (e) => l.name("point", e.point))
    .with({ kind: "expectation-vs-standard" }, { kind: "clock-mismatch" }, { kind: "compliance-below-standard" }, (e) => l.name("standard", e.standard))
    .exhaustive();
}

// ── Changes ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Which way a standard's value must move, from the study or else from the numbers. */
function betterOf(study: Study, standard: string, from: number | undefined, to: number): "lower" | "higher" {
  const s = labelsOf(study, "en").standard(standard);
  if (s !== undefined) return s.better;
  return from !== undefined && from < to ? "higher" : "lower";
}

/**
 * What must change, as a sentence with the numbers: "Bring “Orders dispatched within 5 minutes” from 77.6% to 98%
 * of cases: “Dispatch time” must come down from 8.1 to 5 minutes at the 98th percentile."
 *
 * @param change - The change.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @param subject - For index changes, what the index is of (an evaluation point's name), when known.
 * @returns The sentence.
 * @example
 * ```ts
 * changeText({ kind: "tighten-threshold", standard: "std_arrival_urban_45min", from: 45, to: 24.9, unit: "min" }, study, "en");
 * // "Tighten standard “Repair crew on site within 45 minutes in cities” from 45 to 24.9 minutes, the limit customers accept."
 * ```
 */
export function changeText(change: Change, study: Study, lang: Lang, subject?: string): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  const of = subject === undefined ? "" : zh ? `${q(subject)}的` : ` of ${q(subject)}`;
  return match(change)
    .with({ kind: "raise-index" }, (c) => {
      const by = formatIndex(c.to - c.from, true);
      return zh
        ? `将${of}满意度指数从${formatIndex(c.from)}提高到目标值${formatIndex(c.to)}（${by}分）。`
        : `Raise the satisfaction index${of} from ${formatIndex(c.from)} to the target of ${formatIndex(c.to)} (${by} points).`;
    })
    .with({ kind: "close-servqual-gap" }, (c) =>
      zh
        ? `消除${of}客户感知与期望之间${formatIndex(Math.abs(c.gap))}分的差距。`
        : `Close the ${formatIndex(Math.abs(c.gap))}-point gap between what customers expect and what they experience${of}.`,
    )
    .with({ kind: "tighten-threshold" }, (c) => {
      const std = q(l.name("standard", c.standard));
      const to = formatQuantity(c.to, c.unit, lang);
      return zh
        ? `将标准${std}的限值从${formatQuantity(c.from, c.unit, lang)}调整为${to}，即客户可接受的水平。`
        : `Tighten standard ${std} from ${stripUnit(formatQuantity(c.from, c.unit, lang))} to ${to}, the limit customers accept.`;
    })
    .with({ kind: "move-clock" }, (c) => {
      const std = q(l.name("standard", c.standard));
      const from = q(l.name("event", c.fromEvent));
      const to = q(l.name("event", c.toEvent));
      if (zh) return `标准${std}的计时${c.which === "start" ? "起点" : "终点"}应从${from}改为${to}，与客户的计算方式一致。`;
      return `${c.which === "start" ? "Start" : "Stop"} the clock of standard ${std} at ${to} instead of ${from}, as customers count.`;
    })
    .with({ kind: "raise-compliance" }, (c) => {
      const std = q(l.name("standard", c.standard));
      const better = betterOf(study, c.standard, c.valueAtRequired, c.threshold);
      const s = l.standard(c.standard);
      const metric = s === undefined ? undefined : l.metric(s.metric)?.name;
      const pct = percentileWords(c.to, better, lang);
      const limit = formatQuantity(c.threshold, c.unit, lang);
      const now = c.valueAtRequired;
      if (zh) {
        const tail =
          now === undefined
            ? ""
            : `：${metric === undefined ? "" : q(metric)}${pct}须从${formatQuantity(now, c.unit, lang)}${better === "lower" ? "降至" : "提高到"}${limit}`;
        return `将标准${std}的达标率从${formatPercent(c.from)}提高到${formatPercent(c.to)}${tail}。`;
      }
      const tail =
        now === undefined
          ? ""
          : `: ${metric === undefined ? "the value" : q(metric)} must come ${better === "lower" ? "down" : "up"} from ${stripUnit(formatQuantity(now, c.unit, lang))} to ${limit} at the ${pct}`;
      return `Bring standard ${std} from ${formatPercent(c.from)} to ${formatPercent(c.to)} of cases ${within(better, limit, lang)}${tail}.`;
    })
    .exhaustive();
}

/** "8.1 minutes" → "8.1" where the unit follows later in the sentence. */
function stripUnit(quantity: string): string {
  const m = /^[−+]?[\d,]+(\.\d+)?/.exec(quantity);
  return m === null ? quantity : m[0];
}

// ── Chains ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * One link of an evidence chain: the step, its layer and post, and what was measured there.
 *
 * @param link - The link.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @param isSignificant - Which measurements count as findings (others are marked "no significant gap"); default
 *   all.
 * @returns The sentence, e.g. "“Dispatch repair order” (Back office, Repair dispatcher): 77.6% within 5 minutes
 *   (98% required); rated 59.1 by “Repair crew leader” (target 75.0)."
 * @example
 * ```ts
 * chainLinkText(cause.chain[0], study, "en");
 * ```
 */
export function chainLinkText(link: ChainLink, study: Study, lang: Lang, isSignificant: (e: Evidence) => boolean = () => true): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  const who = link.post === undefined ? layerName(link.layer, lang) : `${layerName(link.layer, lang)}${zh ? "，" : ", "}${l.name("post", link.post)}`;
  const head = zh ? `${q(l.name("step", link.step))}（${who}）` : `${q(l.name("step", link.step))} (${who})`;
  if (link.measured.length === 0)
    return zh ? `${head}：此处无测量数据，依据蓝图的交接关系推断。` : `${head}: nothing measured here; the link follows the blueprint's hand-offs.`;
  const parts = link.measured.map((e) => `${evidenceBrief(e, study, lang)}${isSignificant(e) ? "" : zh ? "（无显著差距）" : " (no significant gap)"}`);
  return `${head}${zh ? "：" : ": "}${parts.join(zh ? "；" : "; ")}${zh ? "。" : "."}`;
}

/**
 * A whole chain, root cause first, as one line: "“Dispatch” → “Crew travel” → “Crew meets customer”".
 *
 * @param chain - The links.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The step names joined by arrows.
 * @example
 * ```ts
 * chainPathText(cause.chain, study, "zh"); // "“派单” → “抢修队伍赶赴现场” → …"
 * ```
 */
export function chainPathText(chain: readonly ChainLink[], study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  return chain.map((c) => q(l.name("step", c.step))).join(" → ");
}

// ── Findings ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A finding's short title: what it is about and where it lands.
 *
 * @param finding - The finding.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns E.g. "Crew arrival — Repair crew leader" or "Repair crew on site within 45 minutes in cities".
 * @example
 * ```ts
 * findingTitle(result.findings[0], study, "zh"); // "抢修到达及时性"
 * ```
 */
export function findingTitle(finding: Finding, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  return match(finding)
    .with({ tag: "customer-dissatisfaction" }, (f) => l.name("point", f.point))
    .with({ tag: "unreasonable-standard" }, (f) => l.name("standard", f.standard))
    .with({ tag: "non-compliant-execution" }, (f) => l.name("step", f.step))
    .exhaustive();
}

/**
 * A finding's headline: one or two sentences saying what is wrong, where, whose it is, with the key numbers.
 *
 * @param finding - The finding.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The headline.
 * @example
 * ```ts
 * findingText(us, study, "en");
 * // "Standard “Repair crew on site within 45 minutes in cities”, set by Service quality officer (Marketing
 * //  department), is looser than what customers accept: only 20.2% of customers accept 45 minutes (80% required)."
 * ```
 */
export function findingText(finding: Finding, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  return match(finding)
    .with({ tag: "customer-dissatisfaction" }, (f) => {
      const where = zh ? `${q(l.name("point", f.point))}（环节${q(l.name("step", f.step))}）` : `${q(l.name("point", f.point))} (step ${q(l.name("step", f.step))})`;
      const nums = f.evidence.map((e) => evidenceBrief(e, study, lang)).join(zh ? "；" : "; ");
      const head = zh ? `客户对${where}不满意：${nums}。` : `Customers are dissatisfied with ${where}: ${nums}.`;
      return `${head}${zh ? "" : " "}${causesText(f, study, lang)}`;
    })
    .with({ tag: "unreasonable-standard" }, (f) => {
      const s = l.standard(f.standard);
      const owner = s === undefined ? postText(f.post, study, lang) : standardOwnerText(s, study, lang);
      const std = q(l.name("standard", f.standard));
      const nums = f.evidence.map((e) => evidenceBrief(e, study, lang)).join(zh ? "；" : "; ");
      if (zh)
        return f.via === "clock"
          ? `标准${std}（由${owner}制定）的计时方式与客户不一致：${nums}。`
          : `标准${std}（由${owner}制定）宽于客户可接受的水平：${nums}。`;
      return f.via === "clock"
        ? `Standard ${std}, set by ${owner}, counts time differently from customers: ${nums}.`
        : `Standard ${std}, set by ${owner}, is looser than what customers accept: ${nums}.`;
    })
    .with({ tag: "non-compliant-execution" }, (f) => {
      const step = q(l.name("step", f.step));
      const nums = f.evidence.map((e) => `${evidenceBrief(e, study, lang)}`).join(zh ? "；" : "; ");
      const by = postText(f.post, study, lang);
      const upstream =
        f.explainedBy.length === 0
          ? ""
          : zh
            ? ` 其未达标主要源于上游：${f.explainedBy.map((id) => findingRefText(id, study, lang)).join("；")}。`
            : ` Its misses mostly come from upstream: ${f.explainedBy.map((id) => findingRefText(id, study, lang)).join("; ")}.`;
      return zh ? `环节${step}（由${by}执行）未达标：${nums}。${upstream}` : `Step ${step}, executed by ${by}, falls short: ${nums}.${upstream}`;
    })
    .exhaustive();
}

/** What measured upstream effects explain of a customer gap, what stays with the front line, what is left to test. */
function causesText(f: CustomerDissatisfaction, study: Study, lang: Lang): string {
  const post = postText(f.post, study, lang);
  return gapCausesText(
    {
      gap: f.gap,
      causes: f.causes.map((c) => causeShareText(c.finding === undefined ? missesName(c.exposure, study, lang) : findingRefText(c.finding, study, lang), c, f.gap, lang)),
      explained: f.causes.reduce((a, c) => a + c.share, 0),
      unexplained: unexplainedText(f.unexplainedShare, post, lang),
      post,
      toTest: f.links.filter(isPossibleCause).length,
    },
    lang,
  );
}

/**
 * A finding named by its id (`cd:<point>`, `us:<standard>:<via>`, `nce:<step>`) in words: the point, the standard,
 * or the step with the post that executes it.
 *
 * @param id - The finding id.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns E.g. "execution at “Dispatch repair order” (Repair dispatcher)"; the id itself when it has no known form.
 * @example
 * ```ts
 * findingRefText("us:std_reconnect_24h:clock", study, "en"); // "clock of standard “Supply restored within 24 hours …”"
 * ```
 */
export function findingRefText(id: string, study: Study, lang: Lang): string {
  const l = labelsOf(study, lang);
  const zh = lang === "zh";
  const [prefix = "", ...rest] = id.split(":");
  if (prefix === "misses") return missesName({ kind: "missed-standard", standard: rest.join(":") }, study, lang);
  if (prefix === "cd") return zh ? `客户不满意点${q(l.name("point", rest.join(":")))}` : `customer gap at ${q(l.name("point", rest.join(":")))}`;
  if (prefix === "nce") {
    const step = rest.join(":");
    const owner = l.step(step)?.owner;
    const who = owner === undefined ? "" : zh ? `（${l.name("post", owner)}）` : ` (${l.name("post", owner)})`;
    return zh ? `环节${q(l.name("step", step))}${who}执行不合格` : `execution at ${q(l.name("step", step))}${who}`;
  }
  if (prefix === "us" && rest.length >= 2) {
    const via = rest[rest.length - 1];
    const std = q(l.name("standard", rest.slice(0, -1).join(":")));
    if (via === "clock") return zh ? `标准${std}的计时口径` : `clock of standard ${std}`;
    return zh ? `标准${std}的限值` : `limit of standard ${std}`;
  }
  return id;
}

/**
 * A root cause's part in a customer gap: "explains 77.9% of the gap at “Crew arrival”".
 *
 * @param share - The share (0–1).
 * @param gap - The customer-gap finding id (`cd:<point>`).
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * shareText(0.779, "cd:ep_or_arrival", study, "zh"); // "解释了“抢修到达及时性”客户差距的77.9%"
 * ```
 */
export function shareText(share: number, gap: string, study: Study, lang: Lang): string {
  const point = labelsOf(study, lang).name("point", gap.startsWith("cd:") ? gap.slice(3) : gap);
  return lang === "zh" ? `解释了${q(point)}客户差距的${formatPercent(share)}` : `explains ${formatPercent(share)} of the customer gap at ${q(point)}`;
}

/**
 * Where the data were too thin to decide, as text: what could not be decided, why, and what data would settle it,
 * with study ids replaced by their names.
 *
 * @param undecided - The undecided item.
 * @param study - The study (for names).
 * @param lang - The report language.
 * @returns Subject, reason and what is needed.
 * @example
 * ```ts
 * undecidedText(result.undecided[0], study, "en").needs;
 * // "at least 30 cases with both events “Contact received” and “Reply given to the customer”"
 * ```
 */
export function undecidedText(undecided: Undecided, study: Study, lang: Lang): { readonly subject: string; readonly reason: string; readonly needs: string } {
  const l = labelsOf(study, lang);
  const words = wordsFor(lang);
  const name = match(undecided.kind)
    .with("point", "internal", () => l.name("point", undecided.subject))
    .with("standard", "clock", () => l.name("standard", undecided.subject))
    .exhaustive();
  const id = (x: string): string => relabelIds(x, l);
  return {
    subject: words.undecidedSubject(words.undecidedKinds[undecided.kind], name),
    reason: undecidedReasonText(words.undecided, undecided.why, id),
    needs: undecidedNeedText(words.undecided, undecided.need, id),
  };
}

/**
 * The title of a layer in a report language.
 *
 * @param layer - The layer.
 * @param lang - The report language.
 * @returns E.g. "Back office (backstage)" / "后台支撑层".
 * @example
 * ```ts
 * layerTitle("backoffice", "zh"); // "后台支撑层"
 * ```
 */
export function layerTitle(layer: Layer | string, lang: Lang): string {
  return layerName(layer, lang);
}
