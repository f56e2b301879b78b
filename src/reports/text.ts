/**
 * Plain-language text of an attribution, in English or Simplified Chinese: names and meanings of the three tags,
 * one sentence per piece of evidence, per change and per link of an evidence chain, and a headline per finding.
 * Every sentence names the step, the post or the standard it is about and carries the numbers behind it (index
 * with interval and sample size, shares as percentages, durations with their units), so that the department it
 * blames can check it. Every writer (Markdown, CSV, JSON, HTML) takes its sentences from here.
 * @module
 */
import { requireStudy } from "../model/arguments.js";
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
  formatCi, formatCount, formatIndex, formatN, formatPercent, formatQuantity, percentileWords, unitWord,
} from "./numbers.js";
import { quoted as q } from "./words/quote.js";

export { CHANGE_KINDS, EVIDENCE_KINDS } from "../attribution/shared/findings.js";

type Words = Readonly<Record<Lang, string>>;

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
    .with("customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution", (t) => wordsFor(lang).findings.tagNames[t])
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
    .with("customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution", (t) => wordsFor(lang).findings.tagMeanings[t])
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
  return wordsFor(lang).findings.evidenceNames[kind];
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
  return wordsFor(lang).findings.changeNames[kind];
}

// ── Names from the study ────────────────────────────────────────────────────────────────────────────────────

/** A layer's title, or the layer as given when the study does not know it. */
function layerName(layer: string, lang: Lang): string {
  const t = (LAYER_TITLES as Readonly<Record<string, Words>>)[layer];
  return t === undefined ? layer : t[lang];
}

/**
 * Who sets a standard, in words: its owner post with the post's department, or the owning department.
 *
 * @param study - The study (for names).
 * @param standard - The standard.
 * @param lang - The report language.
 * @returns E.g. "Service quality officer (Marketing department)" / "营销部服务质量管理专责".
 * @example
 * ```ts
 * standardOwnerText(study, study.standards[0], "en"); // "Customer service centre (95598)"
 * ```
 */
export function standardOwnerText(study: Study, standard: Standard, lang: Lang): string {
  requireStudy("standardOwnerText", study);
  const l = labelsOf(study, lang);
  if ("post" in standard.owner) {
    const dept = l.departmentOf(standard.owner.post);
    const post = l.name("post", standard.owner.post);
    return dept === undefined ? post : wordsFor(lang).findings.postInDepartment(post, l.name("department", dept));
  }
  return l.name("department", standard.owner.department);
}

/**
 * A post with its department, in words.
 *
 * @param study - The study (for names).
 * @param post - The post id (`undefined`: no post).
 * @param lang - The report language.
 * @returns E.g. "Repair dispatcher (Dispatch and control centre)" / "调控中心配网抢修指挥员".
 * @example
 * ```ts
 * postText(study, "repair_dispatcher", "zh"); // "调控中心配网抢修指挥员"
 * ```
 */
export function postText(study: Study, post: string | undefined, lang: Lang): string {
  requireStudy("postText", study);
  const l = labelsOf(study, lang);
  const words = wordsFor(lang).findings;
  if (post === undefined) return words.noPost;
  const dept = l.departmentOf(post);
  if (dept === undefined) return l.name("post", post);
  return words.postInDepartment(l.name("post", post), l.name("department", dept));
}

// ── Numbers with their uncertainty ──────────────────────────────────────────────────────────────────────────

/** "55.0 (95% CI 54.3–55.7, n = 2,657)". */
function indexWithCi(m: Measured, lang: Lang): string {
  return `${formatIndex(m.value)}${wordsFor(lang).findings.ciAndN(formatCi(m.ci, m.level, lang), formatN(m.n))}`;
}

/** " (95% CI 18.3%–22.3%, n = 1,593)" for a share. */
function shareCi(m: Measured, lang: Lang): string {
  return wordsFor(lang).findings.ciAndN(formatCi(m.ci, m.level, lang, (v) => formatPercent(v)), formatN(m.n));
}

/** "95% CI 24.3–25.6 minutes": the unit once, after the interval. */
function quantityCi(ci: readonly [number, number], level: number, unit: Unit, lang: Lang): string {
  const ends = formatCi(ci, level, lang, (v) => stripUnit(formatQuantity(v, unit, lang)));
  if (unit === "%") return ends.replace(/(\d)(?=$|–| to | 至 )/g, "$1%");
  if (unit === "count") return ends;
  return wordsFor(lang).numbers.quantity(ends, unitWord(unit, lang));
}

/** "within 5 minutes" / "5分钟以内", or "at 95% or more" / "不低于95%". */
function within(better: "lower" | "higher", threshold: string, lang: Lang): string {
  return wordsFor(lang).findings.within[better](threshold);
}

// ── Evidence ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * One piece of evidence as a full sentence with its numbers.
 *
 * @param study - The study (for names).
 * @param evidence - The evidence.
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * evidenceText(study, nce.evidence[0], "en");
 * // "Standard “Orders dispatched within 5 minutes of being created”: 77.6% of cases within 5 minutes (98%
 * //  required; 95% CI 75.7%–79.3%, n = 2,000). Today the 98th percentile is 8.1 minutes."
 * ```
 */
export function evidenceText(study: Study, evidence: Evidence, lang: Lang): string {
  requireStudy("evidenceText", study);
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).findings.evidence;
  const punct = wordsFor(lang).punct;
  return match(evidence)
    .with({ kind: "perception-below-target" }, (e) =>
      say["perception-below-target"]({ point: q(l.name("point", e.point)), index: indexWithCi(e.index, lang), target: formatIndex(e.target), below: e.index.value < e.target }),
    )
    .with({ kind: "servqual-gap" }, (e) =>
      say["servqual-gap"]({
        point: q(l.name("point", e.point)),
        size: formatIndex(Math.abs(e.gap.value)),
        below: e.gap.value < 0,
        detail: `${formatIndex(e.gap.value)}${punct.semicolon}${formatCi(e.gap.ci, e.gap.level, lang)}${punct.comma}${formatN(e.gap.n)}`,
      }),
    )
    .with({ kind: "expectation-vs-standard" }, (e) => {
      const accept = e.acceptableValue;
      return say["expectation-vs-standard"]({
        standard: q(l.name("standard", e.standard)),
        share: formatPercent(e.acceptShare.value),
        shareCi: shareCi(e.acceptShare, lang),
        limit: formatQuantity(e.threshold, e.unit, lang),
        required: formatPercent(e.required),
        acceptable:
          accept === undefined
            ? undefined
            : { lower: e.better === "lower", value: formatQuantity(accept.value, e.unit, lang), ci: quantityCi(accept.ci, e.acceptShare.level, e.unit, lang) },
      });
    })
    .with({ kind: "clock-mismatch" }, (e) => {
      const start = e.standardClock.start !== e.customerClock.start;
      return say["clock-mismatch"]({
        standard: q(l.name("standard", e.standard)),
        start,
        standardEvent: q(l.name("event", start ? e.standardClock.start : e.standardClock.stop)),
        customerEvent: q(l.name("event", start ? e.customerClock.start : e.customerClock.stop)),
        lag: e.medianLag === undefined ? undefined : formatQuantity(e.medianLag, e.unit, lang),
        own: e.onStandardClock === undefined ? undefined : formatPercent(e.onStandardClock.value),
        limit: formatQuantity(e.threshold, e.unit, lang),
        onCustomer: formatPercent(e.onCustomerClock.value),
        shareCi: shareCi(e.onCustomerClock, lang),
        required: formatPercent(e.required),
      });
    })
    .with({ kind: "compliance-below-standard" }, (e) =>
      say["compliance-below-standard"]({
        standard: q(l.name("standard", e.standard)),
        compliance: formatPercent(e.compliance.value),
        within: within(e.better, formatQuantity(e.threshold, e.unit, lang), lang),
        required: formatPercent(e.required),
        ci: formatCi(e.compliance.ci, e.compliance.level, lang, (v) => formatPercent(v)),
        n: formatN(e.compliance.n),
        now: e.valueAtRequired === undefined ? undefined : { percentile: percentileWords(e.required, e.better, lang), value: formatQuantity(e.valueAtRequired, e.unit, lang) },
        coincidence: e.coincidence.filter((c) => c.share > 0).map((c) => ({ share: formatPercent(c.share), standard: q(l.name("standard", c.standard)) })),
        unfinished:
          e.unfinished === undefined
            ? undefined
            : {
                rule: e.unfinished.rule,
                stop: q(l.name("event", e.unfinished.stop)),
                started: formatCount(e.unfinished.started),
                // Only short abandons under exclude-if-shorter leave the abandonment figure; under exclude they are still abandons.
                abandoned: formatCount(e.unfinished.cases - (e.unfinished.rule === "exclude-if-shorter" ? e.unfinished.excluded : 0)),
                excluded: formatCount(e.unfinished.excluded),
                seconds: String(e.unfinished.seconds ?? ""),
                end: e.unfinished.end === undefined ? "" : q(l.name("event", e.unfinished.end)),
                share: e.unfinished.abandonment === undefined ? undefined : formatPercent(e.unfinished.abandonment.value),
                ci: e.unfinished.abandonment === undefined ? undefined : formatCi(e.unfinished.abandonment.ci, e.unfinished.abandonment.level, lang, (v) => formatPercent(v)),
              },
      }),
    )
    .with({ kind: "internal-rating-below-target" }, (e) => {
      const step = l.pointStep(e.point);
      const stepOwner = step === undefined ? undefined : l.step(step)?.owner;
      return say["internal-rating-below-target"]({
        rater: q(l.name("post", e.rater)),
        point: q(l.name("point", e.point)),
        owner: stepOwner === undefined ? undefined : q(l.name("post", stepOwner)),
        index: indexWithCi(e.index, lang),
        target: formatIndex(e.target),
        below: e.index.value < e.target,
      });
    })
    .exhaustive();
}

/**
 * One piece of evidence as a short phrase for a chain link, a chart label or a table cell.
 *
 * @param study - The study (for names).
 * @param evidence - The evidence.
 * @param lang - The report language.
 * @returns The phrase, e.g. "77.6% within 5 minutes (98% required)".
 * @example
 * ```ts
 * evidenceBrief(study, nce.evidence[1], "en"); // "rated 59.1 by “Repair crew leader” (target 75.0)"
 * ```
 */
export function evidenceBrief(study: Study, evidence: Evidence, lang: Lang): string {
  requireStudy("evidenceBrief", study);
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).findings.brief;
  return match(evidence)
    // Several points can sit at one step, so a satisfaction figure names its point.
    .with({ kind: "perception-below-target" }, (e) =>
      say["perception-below-target"]({ point: q(l.name("point", e.point)), value: formatIndex(e.index.value), target: formatIndex(e.target), n: formatN(e.index.n) }),
    )
    .with({ kind: "servqual-gap" }, (e) => say["servqual-gap"]({ point: q(l.name("point", e.point)), value: formatIndex(e.gap.value, true), n: formatN(e.gap.n) }))
    .with({ kind: "expectation-vs-standard" }, (e) =>
      say["expectation-vs-standard"]({ share: formatPercent(e.acceptShare.value), threshold: formatQuantity(e.threshold, e.unit, lang), required: formatPercent(e.required) }),
    )
    .with({ kind: "clock-mismatch" }, (e) => {
      const start = e.standardClock.start !== e.customerClock.start;
      return say["clock-mismatch"]({
        standardEvent: q(l.name("event", start ? e.standardClock.start : e.standardClock.stop)),
        customerEvent: q(l.name("event", start ? e.customerClock.start : e.customerClock.stop)),
        share: formatPercent(e.onCustomerClock.value),
        threshold: formatQuantity(e.threshold, e.unit, lang),
      });
    })
    .with({ kind: "compliance-below-standard" }, (e) =>
      say["compliance-below-standard"]({
        share: formatPercent(e.compliance.value),
        within: within(e.better, formatQuantity(e.threshold, e.unit, lang), lang),
        required: formatPercent(e.required),
      }),
    )
    .with({ kind: "internal-rating-below-target" }, (e) =>
      say["internal-rating-below-target"]({ rater: q(l.name("post", e.rater)), value: formatIndex(e.index.value), target: formatIndex(e.target) }),
    )
    .exhaustive();
}

/**
 * The subject a piece of evidence is about: its evaluation point or its standard, by name.
 *
 * @param study - The study (for names).
 * @param evidence - The evidence.
 * @param lang - The report language.
 * @returns The point's or the standard's name.
 * @example
 * ```ts
 * evidenceSubject(study, nce.evidence[0], "en"); // "Orders dispatched within 5 minutes of being created"
 * ```
 */
export function evidenceSubject(study: Study, evidence: Evidence, lang: Lang): string {
  requireStudy("evidenceSubject", study);
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
 * @param study - The study (for names).
 * @param change - The change.
 * @param lang - The report language.
 * @param subject - For index changes, what the index is of (an evaluation point's name), when known.
 * @returns The sentence.
 * @example
 * ```ts
 * changeText(study, { kind: "tighten-threshold", standard: "std_arrival_urban_45min", from: 45, to: 24.9, unit: "min" }, "en");
 * // "Tighten standard “Repair crew on site within 45 minutes in cities” from 45 to 24.9 minutes, the limit customers accept."
 * ```
 */
export function changeText(study: Study, change: Change, lang: Lang, subject?: string): string {
  requireStudy("changeText", study);
  const l = labelsOf(study, lang);
  const say = wordsFor(lang).findings.change;
  const of = subject === undefined ? undefined : q(subject);
  return match(change)
    .with({ kind: "raise-index" }, (c) => say["raise-index"]({ subject: of, from: formatIndex(c.from), to: formatIndex(c.to), by: formatIndex(c.to - c.from, true) }))
    .with({ kind: "close-servqual-gap" }, (c) => say["close-servqual-gap"]({ subject: of, gap: formatIndex(Math.abs(c.gap)) }))
    .with({ kind: "tighten-threshold" }, (c) => {
      const from = formatQuantity(c.from, c.unit, lang);
      return say["tighten-threshold"]({ standard: q(l.name("standard", c.standard)), from, fromNumber: stripUnit(from), to: formatQuantity(c.to, c.unit, lang) });
    })
    .with({ kind: "move-clock" }, (c) =>
      say["move-clock"]({ standard: q(l.name("standard", c.standard)), from: q(l.name("event", c.fromEvent)), to: q(l.name("event", c.toEvent)), start: c.which === "start" }),
    )
    .with({ kind: "raise-compliance" }, (c) => {
      const better = betterOf(study, c.standard, c.valueAtRequired, c.threshold);
      const s = l.standard(c.standard);
      const metric = s === undefined ? undefined : l.metric(s.metric)?.name;
      const limit = formatQuantity(c.threshold, c.unit, lang);
      const now = c.valueAtRequired === undefined ? undefined : formatQuantity(c.valueAtRequired, c.unit, lang);
      return say["raise-compliance"]({
        standard: q(l.name("standard", c.standard)),
        from: formatPercent(c.from),
        to: formatPercent(c.to),
        within: within(better, limit, lang),
        now:
          now === undefined
            ? undefined
            : { metric: metric === undefined ? undefined : q(metric), percentile: percentileWords(c.to, better, lang), value: now, number: stripUnit(now), limit, lower: better === "lower" },
      });
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
 * @param study - The study (for names).
 * @param link - The link.
 * @param lang - The report language.
 * @param isSignificant - Which measurements count as findings (others are marked "no significant gap"); default
 *   all.
 * @returns The sentence, e.g. "“Dispatch repair order” (Back office, Repair dispatcher): 77.6% within 5 minutes
 *   (98% required); rated 59.1 by “Repair crew leader” (target 75.0)."
 * @example
 * ```ts
 * chainLinkText(study, cause.chain[0], "en");
 * ```
 */
export function chainLinkText(study: Study, link: ChainLink, lang: Lang, isSignificant: (e: Evidence) => boolean = () => true): string {
  requireStudy("chainLinkText", study);
  const l = labelsOf(study, lang);
  const words = wordsFor(lang);
  const p = words.punct;
  const who = link.post === undefined ? layerName(link.layer, lang) : `${layerName(link.layer, lang)}${p.comma}${l.name("post", link.post)}`;
  const head = words.findings.chainHead(q(l.name("step", link.step)), who);
  if (link.measured.length === 0) return words.findings.chainNothingMeasured(head);
  const parts = link.measured.map((e) => `${evidenceBrief(study, e, lang)}${isSignificant(e) ? "" : words.findings.noSignificantGap}`);
  return `${head}${p.colon}${parts.join(p.semicolon)}${p.period}`;
}

/**
 * A whole chain, root cause first, as one line: "“Dispatch” → “Crew travel” → “Crew meets customer”".
 *
 * @param study - The study (for names).
 * @param chain - The links.
 * @param lang - The report language.
 * @returns The step names joined by arrows.
 * @example
 * ```ts
 * chainPathText(study, cause.chain, "zh"); // "“派单” → “抢修队伍赶赴现场” → …"
 * ```
 */
export function chainPathText(study: Study, chain: readonly ChainLink[], lang: Lang): string {
  requireStudy("chainPathText", study);
  const l = labelsOf(study, lang);
  return chain.map((c) => q(l.name("step", c.step))).join(" → ");
}

// ── Findings ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A finding's short title: what it is about and where it lands.
 *
 * @param study - The study (for names).
 * @param finding - The finding.
 * @param lang - The report language.
 * @returns E.g. "Crew arrival — Repair crew leader" or "Repair crew on site within 45 minutes in cities".
 * @example
 * ```ts
 * findingTitle(study, result.findings[0], "zh"); // "抢修到达及时性"
 * ```
 */
export function findingTitle(study: Study, finding: Finding, lang: Lang): string {
  requireStudy("findingTitle", study);
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
 * @param study - The study (for names).
 * @param finding - The finding.
 * @param lang - The report language.
 * @returns The headline.
 * @example
 * ```ts
 * findingText(study, us, "en");
 * // "Standard “Repair crew on site within 45 minutes in cities”, set by Service quality officer (Marketing
 * //  department), is looser than what customers accept: only 20.2% of customers accept 45 minutes (80% required)."
 * ```
 */
export function findingText(study: Study, finding: Finding, lang: Lang): string {
  requireStudy("findingText", study);
  const l = labelsOf(study, lang);
  const words = wordsFor(lang);
  const numbers = (f: Finding): string => f.evidence.map((e) => evidenceBrief(study, e, lang)).join(words.punct.semicolon);
  return match(finding)
    .with({ tag: "customer-dissatisfaction" }, (f) =>
      words.findings.customerGap({ point: q(l.name("point", f.point)), step: q(l.name("step", f.step)), numbers: numbers(f), causes: causesText(study, f, lang) }),
    )
    .with({ tag: "unreasonable-standard" }, (f) => {
      const s = l.standard(f.standard);
      const owner = s === undefined ? postText(study, f.post, lang) : standardOwnerText(study, s, lang);
      return words.findings.unreasonableStandard({ standard: q(l.name("standard", f.standard)), owner, numbers: numbers(f), clock: f.via === "clock" });
    })
    .with({ tag: "non-compliant-execution" }, (f) =>
      words.findings.nonCompliantExecution({
        step: q(l.name("step", f.step)),
        post: postText(study, f.post, lang),
        numbers: numbers(f),
        upstream: f.explainedBy.map((id) => findingRefText(study, id, lang)),
      }),
    )
    .exhaustive();
}

/** What measured upstream effects explain of a customer gap, what stays with the front line, what is left to test. */
function causesText(study: Study, f: CustomerDissatisfaction, lang: Lang): string {
  const post = postText(study, f.post, lang);
  return gapCausesText(
    {
      gap: f.gap,
      causes: f.causes.map((c) => causeShareText(c.finding === undefined ? missesName(study, c.exposure, lang) : findingRefText(study, c.finding, lang), c, f.gap, lang, study)),
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
 * @param study - The study (for names).
 * @param id - The finding id.
 * @param lang - The report language.
 * @returns E.g. "execution at “Dispatch repair order” (Repair dispatcher)"; the id itself when it has no known form.
 * @example
 * ```ts
 * findingRefText(study, "us:std_reconnect_24h:clock", "en"); // "clock of standard “Supply restored within 24 hours …”"
 * ```
 */
export function findingRefText(study: Study, id: string, lang: Lang): string {
  requireStudy("findingRefText", study);
  const l = labelsOf(study, lang);
  const ref = wordsFor(lang).findings.ref;
  const [prefix = "", ...rest] = id.split(":");
  if (prefix === "misses") return missesName(study, { kind: "missed-standard", standard: rest.join(":") }, lang);
  if (prefix === "cd") return ref.customerGap(q(l.name("point", rest.join(":"))));
  if (prefix === "nce") {
    const step = rest.join(":");
    const owner = l.step(step)?.owner;
    return ref.execution(q(l.name("step", step)), owner === undefined ? undefined : l.name("post", owner));
  }
  if (prefix === "us" && rest.length >= 2) {
    const std = q(l.name("standard", rest.slice(0, -1).join(":")));
    return rest[rest.length - 1] === "clock" ? ref.clock(std) : ref.limit(std);
  }
  return id;
}

/**
 * A root cause's part in a customer gap: "explains 77.9% of the gap at “Crew arrival”".
 *
 * @param study - The study (for names).
 * @param share - The share (0–1).
 * @param gap - The customer-gap finding id (`cd:<point>`).
 * @param lang - The report language.
 * @returns The phrase.
 * @example
 * ```ts
 * shareText(study, 0.779, "cd:ep_or_arrival", "zh"); // "解释了“抢修到达及时性”客户差距的77.9%"
 * ```
 */
export function shareText(study: Study, share: number, gap: string, lang: Lang): string {
  requireStudy("shareText", study);
  const point = labelsOf(study, lang).name("point", gap.startsWith("cd:") ? gap.slice(3) : gap);
  return wordsFor(lang).findings.share(formatPercent(share), q(point));
}

/**
 * Where the data were too thin to decide, as text: what could not be decided, why, and what data would settle it,
 * with study ids replaced by their names.
 *
 * @param study - The study (for names).
 * @param undecided - The undecided item.
 * @param lang - The report language.
 * @returns Subject, reason and what is needed.
 * @example
 * ```ts
 * undecidedText(study, result.undecided[0], "en").needs;
 * // "at least 30 cases with both events “Contact received” and “Reply given to the customer”"
 * ```
 */
export function undecidedText(study: Study, undecided: Undecided, lang: Lang): { readonly subject: string; readonly reason: string; readonly needs: string } {
  requireStudy("undecidedText", study);
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
