/**
 * The words of the reports in English: every heading, name and sentence, by the one {@link ReportWords} interface
 * the Chinese table implements too.
 * @module
 */
import { UNDECIDED_EN } from "../../attribution/shared/undecided.js";
import { FIXED_EN } from "./fixed-en.js";
import type { Better, ReasonArgs, ReportWords, UnfinishedArgs } from "./types.js";
import { quoted as q } from "./quote.js";

const WITHIN: { readonly [B in Better]: (limit: string) => string } = {
  lower: (limit) => `within ${limit}`,
  higher: (limit) => `at ${limit} or more`,
};

/** ": effect", or nothing without an effect. */
/** " Of 600 cases that reached the start, 180 never reached answered (abandonment 30.0%; 95% CI …); they count as misses." */
function unfinishedEn(u: UnfinishedArgs | undefined): string {
  if (u === undefined) return "";
  const share = u.share === undefined ? "" : ` (abandonment ${u.share}; ${u.ci ?? ""})`;
  const started = u.rule === "exclude-if-shorter" ? `${u.started} cases that reached the start and did not end at ${u.end}${u.seconds === "" ? "" : ` within ${u.seconds} s`} (${u.excluded} did, and are left out)` : `${u.started} cases that reached the start`;
  const how = u.rule === "miss" || u.rule === "exclude-if-shorter" ? "they count as misses" : "they are left out of the share";
  return ` Of ${started}, ${u.abandoned} never reached ${u.stop}${share}; ${how}.`;
}

function after(effect: string): string {
  return effect === "" ? "" : `: ${effect}`;
}

/** Rate lower, higher, or no lower. */
function lower(sign: number): string {
  return sign < 0 ? "lower" : sign > 0 ? "higher" : "no lower";
}

/** ", compared within the same area and depot". */
function adjusted(dims: readonly string[]): string {
  return dims.length === 0 ? "" : `, compared within the same ${dims.join(" and ")}`;
}

function shareReason(a: ReasonArgs & { readonly capped: boolean; readonly standardMet: boolean }): string {
  return (
    `explains ${a.share}${a.shareCi === "" ? "" : ` (${a.shareCi})`} of the gap${after(a.effect)}` +
    `${a.whole === undefined ? "" : `; the effect accounts for ${a.whole.points} points (${a.whole.ci}), at least the whole ${a.whole.gap}-point gap`}` +
    `${a.standardMet ? "; the standard is met as often as required, but the misses that remain lower the rating, so the share lands on the post that executes the step" : ""}` +
    `${a.capped ? " (shares scaled down so that together they do not exceed the gap)" : ""}`
  );
}

/** The ordinal suffix of a whole percentile. */
function ordinal(whole: number): string {
  return whole % 100 >= 11 && whole % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][whole % 10] ?? "th");
}

/** The English table. */
export const EN: ReportWords = {
  punct: { colon: ": ", semicolon: "; ", comma: ", ", list: ", ", or: "; or ", period: ".", paren: (text) => ` (${text})`, to: "to" },
  numbers: {
    units: {
      s: ["second", "seconds"],
      min: ["minute", "minutes"],
      h: ["hour", "hours"],
      d: ["day", "days"],
      workday: ["working day", "working days"],
      "%": ["%", "%"],
      count: ["", ""],
      score: ["point", "points"],
      yuan: ["yuan", "yuan"],
    },
    quantity: (value, unit) => `${value} ${unit}`,
    ci: " CI ",
    ciTo: " to ",
    percentagePoints: (value) => `${value} pp`,
    percentile: (text, whole, exact) => `${text}${exact ? ordinal(whole) : "th"} percentile`,
  },
  fixed: FIXED_EN,
  findings: {
    tagNames: {
      "customer-dissatisfaction": "Customer dissatisfaction point",
      "unreasonable-standard": "Unreasonable standard point",
      "non-compliant-execution": "Non-compliant execution point",
    },
    tagMeanings: {
      "customer-dissatisfaction":
        "What customers experience falls short of what they expect or of the target. It is where a gap shows; the trace upstream says where it comes from.",
      "unreasonable-standard":
        "The company's own standard is looser than what customers accept, or counts time from a different moment than customers do. It belongs to whoever sets the standard: complying with it still leaves customers unhappy.",
      "non-compliant-execution":
        "A step misses its own standard, or the internal customers it serves rate it below target. It belongs to the post that executes the step.",
    },
    evidenceNames: {
      "perception-below-target": "Satisfaction below target",
      "servqual-gap": "Experience below expectation (SERVQUAL)",
      "expectation-vs-standard": "Standard looser than customers accept",
      "clock-mismatch": "Standard's clock differs from the customers'",
      "compliance-below-standard": "Standard not met often enough",
      "internal-rating-below-target": "Internal customers' rating below target",
    },
    changeNames: {
      "raise-index": "Raise the satisfaction index",
      "close-servqual-gap": "Close the gap to expectation",
      "tighten-threshold": "Tighten the standard's limit",
      "move-clock": "Count time as customers do",
      "raise-compliance": "Meet the standard more often",
    },
    roles: {
      "root-cause": "Root cause",
      explained: "Explained by upstream",
      misses: "Misses that lower ratings (standard met)",
      "customer-gap": "Customer gap faced",
    },
    within: WITHIN,
    ciAndN: (ci, n) => ` (${ci}, ${n})`,
    evidence: {
      "perception-below-target": (a) => `Customers rate ${a.point} at ${a.index} on the 0–100 satisfaction index, ${a.below ? "below" : "at or above"} the target of ${a.target}.`,
      "servqual-gap": (a) => `Customers' experience of ${a.point} is ${a.size} points ${a.below ? "below" : "above"} what they expect (experience − expectation = ${a.detail}).`,
      "expectation-vs-standard": (a) => {
        const c = a.acceptable;
        const tail = c === undefined ? "" : ` ${a.required} of customers accept ${c.lower ? "at most" : "at least"} ${c.value} (${c.ci}).`;
        return `Only ${a.share} of customers${a.shareCi} accept the ${a.limit} of standard ${a.standard}; at least ${a.required} should.${tail}`;
      },
      "clock-mismatch": (a) =>
        `Standard ${a.standard} ${a.start ? "starts" : "stops"} its clock at ${a.standardEvent}; customers ${a.start ? "start" : "stop"} theirs at ${a.customerEvent}` +
        `${a.lag === undefined ? "" : `, a median of ${a.lag} apart`}. ` +
        `${a.own === undefined ? "" : `On its own clock the standard is met in ${a.own} of cases; `}` +
        `${a.own === undefined ? "O" : "o"}f the cases on time by the standard's clock, only ${a.onCustomer}${a.shareCi} are also ${WITHIN.lower(a.limit)} by the customers' clock (${a.required} required).`,
      "compliance-below-standard": (a) => {
        const co = a.coincidence.length === 0 ? "" : ` Of its misses, ${a.coincidence.map((c) => `${c.share} coincide with misses of ${c.standard}`).join("; ")}.`;
        return `Standard ${a.standard}: ${a.compliance} of cases ${a.within} (${a.required} required; ${a.ci}, ${a.n}).${a.now === undefined ? "" : ` Today the ${a.now.percentile} is ${a.now.value}.`}${co}${unfinishedEn(a.unfinished)}`;
      },
      "internal-rating-below-target": (a) =>
        `The internal customer ${a.rater} rates ${a.point}${a.owner === undefined ? "" : ` (provided by ${a.owner})`} at ${a.index}, ${a.below ? "below" : "at or above"} the target of ${a.target}.`,
    },
    brief: {
      "perception-below-target": (a) => `customer satisfaction with ${a.point} ${a.value} (target ${a.target}, ${a.n})`,
      "servqual-gap": (a) => `experience − expectation at ${a.point} ${a.value} (${a.n})`,
      "expectation-vs-standard": (a) => `${a.share} of customers accept ${a.threshold} (${a.required} required)`,
      "clock-mismatch": (a) => `standard counts from ${a.standardEvent}, customers from ${a.customerEvent}: ${a.share} within ${a.threshold} on the customers' clock`,
      "compliance-below-standard": (a) => `${a.share} ${a.within} (${a.required} required)`,
      "internal-rating-below-target": (a) => `rated ${a.value} by ${a.rater} (target ${a.target})`,
    },
    change: {
      "raise-index": (a) => `Raise the satisfaction index${a.subject === undefined ? "" : ` of ${a.subject}`} from ${a.from} to the target of ${a.to} (${a.by} points).`,
      "close-servqual-gap": (a) => `Close the ${a.gap}-point gap between what customers expect and what they experience${a.subject === undefined ? "" : ` of ${a.subject}`}.`,
      "tighten-threshold": (a) => `Tighten standard ${a.standard} from ${a.fromNumber} to ${a.to}, the limit customers accept.`,
      "move-clock": (a) => `${a.start ? "Start" : "Stop"} the clock of standard ${a.standard} at ${a.to} instead of ${a.from}, as customers count.`,
      "raise-compliance": (a) => {
        const n = a.now;
        const tail = n === undefined ? "" : `: ${n.metric ?? "the value"} must come ${n.lower ? "down" : "up"} from ${n.number} to ${n.limit} at the ${n.percentile}`;
        return `Bring standard ${a.standard} from ${a.from} to ${a.to} of cases ${a.within}${tail}.`;
      },
    },
    postInDepartment: (post, department) => `${post} (${department})`,
    noPost: "(no post)",
    chainHead: (step, where) => `${step} (${where})`,
    chainNothingMeasured: (head) => `${head}: nothing measured here; the link follows the blueprint's hand-offs.`,
    noSignificantGap: " (no significant gap)",
    customerGap: (a) => `Customers are dissatisfied with ${a.point} (step ${a.step}): ${a.numbers}. ${a.causes}`,
    unreasonableStandard: (a) =>
      a.clock
        ? `Standard ${a.standard}, set by ${a.owner}, counts time differently from customers: ${a.numbers}.`
        : `Standard ${a.standard}, set by ${a.owner}, is looser than what customers accept: ${a.numbers}.`,
    nonCompliantExecution: (a) =>
      `Step ${a.step}, executed by ${a.post}, falls short: ${a.numbers}.${a.upstream.length === 0 ? "" : ` Its misses mostly come from upstream: ${a.upstream.join("; ")}.`}`,
    ref: {
      customerGap: (point) => `customer gap at ${point}`,
      execution: (step, post) => `execution at ${step}${post === undefined ? "" : ` (${post})`}`,
      clock: (standard) => `clock of standard ${standard}`,
      limit: (standard) => `limit of standard ${standard}`,
    },
    share: (share, point) => `explains ${share} of the customer gap at ${point}`,
  },
  links: {
    gradeNames: {
      measured: "measured",
      "internal-chain": "supported by internal customers' ratings",
      "co-variation": "co-variation across places",
      structural: "structural only, untested",
    },
    gradeMeanings: {
      measured:
        "the effect on customers' ratings was estimated on customers linked to their own cases (for overall satisfaction: on the customers' own ratings of the points)",
      "internal-chain": "internal customers rate the support below target at every rated link of the chain, but nothing measures the effect on customers' ratings",
      "co-variation": "places where the candidate misses more show lower satisfaction; an estimate across places, which can mislead where places differ in other ways",
      structural: "the candidate is upstream in the blueprint and nothing tests the link",
    },
    estimatorNames: {
      "linked-regression": "regression on customers linked to their cases",
      "segment-regression": "regression across places",
      "wave-regression": "regression across waves",
      "driver-regression": "key-driver regression",
    },
    exposed: {
      "missed-standard": (a) => `customers whose own case missed ${a.standard}`,
      "beyond-acceptable": (a) => `customers whose own case went beyond the ${a.acceptable} customers accept (standard ${a.standard})`,
      "customer-clock": (a) => `customers whose own case missed ${a.standard} counted as they count it, from ${a.start}`,
      "internal-rating": (a) => `the support at ${a.point}, as ${a.rater} rates it`,
      point: (a) => `customers' satisfaction with ${a.point}`,
    },
    cases: {
      "missed-standard": (a) => `miss ${a.standard}`,
      "beyond-acceptable": (a) => `go beyond the ${a.acceptable} customers accept (standard ${a.standard})`,
      "customer-clock": (a) => `miss ${a.standard} on the customers' clock`,
      "internal-rating": (a) => `get support at ${a.point} that ${a.rater} rates below target`,
      point: (a) => `come from customers who rate ${a.point} lower`,
    },
    effects: {
      "linked-regression": (a) => `${a.exposed} (${a.exposure} of linked customers) rate ${a.size} points ${lower(a.sign)} (${a.ci}; ${a.q})${adjusted(a.adjustedFor)}`,
      "segment-regression": (a) =>
        `places where more cases ${a.cases} rate ${lower(a.sign)}: ${a.size} points for every 10 percentage points more (${a.ci}; ${a.q}; ${a.n} places); ` +
        `an estimate across places, which can mislead where places differ in other ways`,
      "wave-regression": (a) =>
        `waves in which more cases ${a.cases} rate ${lower(a.sign)}: ${a.size} points for every 10 percentage points more (${a.ci}; ${a.q}; ${a.n} waves); ` +
        `an estimate across waves, which can mislead where waves differ in other ways`,
      "driver-regression": (a) =>
        `each point of ${a.subject} moves overall satisfaction by ${a.driver.effect} points (${a.ci}; ${a.q}; n = ${a.n}); ` +
        `reaching its target (${a.driver.gap} points away) would close ${a.driver.closes} points (${a.driver.closesCi})`,
    },
    reasons: {
      share: shareReason,
      "not-significant": (a) => `measured, not significant after the adjustment${after(a.effect)}`,
      "no-harm": (a) => `measured, no harm found${after(a.effect)}`,
      negligible: (a) => `measured, but too small a part of the gap to name a post for (below the run's minSeverity)${after(a.effect)}`,
      confounded: () => "possible cause, not identifiable: its misses fall wholly within segments it is compared within, so its effect cannot be told apart from theirs",
      ecological: (a) => `co-varies across places, no share (an estimate across places, which can mislead where places differ in other ways)${after(a.effect)}`,
      "too-few-exposed": (a) =>
        `possible cause, not measurable from the linked customers: ${a.exposed} exposed, ${a.unexposed} not exposed${a.unknown === undefined ? "" : `, ${a.unknown} unknown`} (at least ${a.needed} needed on each side)`,
      "internal-chain": (a) => `supported by internal customers' ratings (${a.points.join(", ")} below target), size not measured`,
      untested: () => "possible cause, untested",
    },
    tests: {
      "both-sides": (a) => `customers linked to their own cases on both sides: at least ${a.needed} whose case was exposed and ${a.needed} whose case was not (now ${a.exposed} and ${a.unexposed})`,
      "linked-cases": (a) => `link survey responses to their work orders (a case column)${a.events.length === 0 ? "" : ` with the events ${a.events.join(", ")}`} to measure it`,
      "internal-ratings": (a) =>
        a.post === undefined ? `collect internal customers' ratings of ${a.step}` : `have ${a.post} rate the support they get from ${a.step} (internal customers' ratings)`,
      segments: (a) => `record the same segment (area, depot, branch) on survey responses and work orders, in at least ${a.needed} places with at least ${a.perPlace} customers and ${a.perPlace} work orders each, to compare places`,
      "step-clock": (a) =>
        `time ${a.step}${a.post === undefined ? "" : ` (executed by ${a.post})`} in the case records, with a standard on it whose clock's start and stop events are recorded in the work orders` +
        (a.link
          ? `, and link survey responses to their work orders (a case column)${a.places === undefined ? "" : ` or record the same segment (area, depot, branch) on both, in at least ${a.places} places${a.perPlace === undefined ? "" : ` with at least ${a.perPlace} customers and ${a.perPlace} work orders each`}`}`
          : "") +
        `, so customers whose own case missed it can be compared with those whose case did not${a.places === undefined ? "" : " (or places that miss it more with places that miss it less)"}`,
      "unconfounded-cases": (a) =>
        `cases that tell this cause apart: linked customers whose own case was exposed and customers whose case was not${a.adjustedFor.length === 0 ? "" : ` within the same ${a.adjustedFor.join(" and ")}`}, ` +
        `and cases exposed apart from the other causes' exposures (a larger linked sample, or places or periods where they differ)`,
      "driver-answers": (a) =>
        `ask the customers who rate overall satisfaction to rate ${a.point} too: at least ${a.needed} answering both, and at least half of those who rate overall satisfaction, ` +
        `with at least ${a.needed} of them also rating every other point the regression takes in (the theme's points rated by at least ${a.needed} and by half of those who rate overall: ` +
        `it uses only the customers who rate all of them), their ratings of it not moving in step with the other points' (key-driver regression)`,
    },
    moreLinked: {
      exposed: "more linked customers whose own case was exposed (a larger linked sample, or one from places or periods where cases differ)",
      unexposed: "more linked customers whose own case was not exposed (a larger linked sample, or one from places or periods where cases differ)",
      both: "more linked customers on both sides (a larger linked sample, or one from places or periods where cases differ)",
    },
    misses: (standard) => `misses of standard ${standard}`,
    gapShare: (a) => `explains ${a.share} (${a.ci === "" ? "" : `${a.ci}, `}${a.grade}) of the customer gap at ${a.gap}`,
    frontLineShare: (a) => `${a.share} of the customer gap at ${a.gap} is not explained by a measured upstream effect: it stays with the front line`,
    causeShare: (a) => `${a.name} ${a.share} (${a.ci === "" ? "" : `${a.ci}, `}${a.grade}${a.through === undefined ? "" : `, through ${a.through}`})`,
    through: (a) => `; passed upstream: of the cases that missed ${a.standard}, ${a.fraction} of the misses (${a.ci}; ${a.cases} cases) are in excess where ${a.upstream} was missed too, so that part of the measured share is this post's`,
    passedUpstream: (a) => `; ${a.fraction} of the misses of ${a.standard} (${a.ci}; ${a.cases} cases) are in excess where ${a.upstream} was missed, so that part passes upstream to ${a.to}`,
    shareBrief: (a) => `${a.gap} ${a.share} (${a.ci === "" ? "" : `${a.ci}, `}${a.grade})`,
    frontLine: "not explained upstream",
    toTestBrief: (a) => `${a.gap} — to test (${a.grade})`,
    possible: (a) => `possible cause of the customer gap at ${a.gap} — to test (${a.grade}): ${a.why}`,
    unexplained: (a) => `${a.share} not explained by a measured upstream effect: stays with the front-line post, ${a.post}`,
    toTest: (n, count) => (n === 0 ? "" : ` ${count} possible cause${n === 1 ? "" : "s"} upstream to test, size not measured.`),
    explainedHeadline: (a) => `Measured upstream effects explain ${a.explained} of the ${a.gap}-point gap: ${a.causes.join("; ")}. ${a.unexplained}.${a.toTest}`,
    unexplainedHeadline: (a) => `No measured upstream effect explains the ${a.gap}-point gap: it stays with the front-line post, ${a.post}.${a.toTest}`,
    linkage: (k) => {
      if (k.respondents === 0) return "No external survey responses in this wave: no survey response is linked to a case.";
      const problems = [
        k.unlinked > 0 ? `${k.text.unlinked} name no case` : "",
        k.unknownCase > 0 ? `${k.text.unknownCase} name a case not in the case records` : "",
        k.duplicate > 0 ? `${k.text.duplicate} name a case another respondent already links` : "",
      ].filter((x) => x !== "");
      const none = k.linked === 0 ? " No effect on customers' ratings can be measured on linked cases; links are graded by weaker evidence." : "";
      return `Survey responses linked to their own cases: ${k.text.linked} of ${k.text.respondents} external respondents (${k.text.share})${problems.length === 0 ? "" : `; ${problems.join("; ")}`}.${none}`;
    },
    corrections: {
      "benjamini-hochberg": (a) => `Benjamini–Hochberg, false discovery rate ${a}`,
      holm: (a) => `Holm, family-wise error rate ${a}`,
      none: (a) => `no multiple-comparison adjustment, α = ${a}`,
    },
    correctionNames: { "benjamini-hochberg": "Benjamini–Hochberg", holm: "Holm", none: "none" },
    families: (a) =>
      `Two families of tests, each adjusted on its own: the findings' ${a.findings.tests} tests (${a.correction}; ${a.findings.significant} significant), ` +
      `and ${a.links.tests} link tests of upstream effects on customers' ratings (${a.linkCorrection}; ${a.links.significant} significant).`,
  },
  charts: {
    gapDescription: (points, below) =>
      `Satisfaction index (0–100) of ${points} evaluation points with confidence intervals against their targets; ${below} significantly below target.`,
    indexAxis: "Satisfaction index (0–100)",
    target: "target",
    belowTarget: "significantly below target",
    atTarget: "not significantly below target",
    quadrantDescription: (points, concentrate, name) => `Importance (up) against satisfaction (across) of ${points} evaluation points; ${concentrate} in “${name}”.`,
    satisfactionAxis: "Satisfaction index →",
    importanceAxis: "Importance →",
    satisfaction: "satisfaction",
    importance: "importance",
    targetAxis: "Satisfaction − target (index points) →",
    referenceAxis: "Satisfaction − reference: own target, else mean of the points (index points) →",
    meanAxis: (mean) => `Satisfaction index → (dashed line: mean of the points, ${mean}; no target declared)`,
    notSignificantlyBelow: "below target, not significantly",
    crosshairTarget:
      "Performance is judged against each point's own target: a point is on the good side unless its target test found it significantly below target.",
    hollowDots: "A hollow dot is below its target, but not significantly: its target test counts it as meeting the target.",
    crosshairMean: (mean) =>
      `No point of this theme declares a target, so performance is judged against the mean satisfaction of its points (${mean}): “good” here means better than the theme's other points, not good enough, and the gap is to that mean.`,
    crosshairMixed: (mean, without) =>
      `Performance is judged against each point's own target (a point is on the good side unless its target test found it significantly below target); ${without} declare no target and are judged against the mean satisfaction of the theme's points (${mean}), a relative reference, not a target.`,
  },
  measureSource: {
    industries: { "power-utility": "power utilities", "water-gas": "water and gas supply", telecom: "telecom operators", "contact-centre": "contact centres", transport: "passenger transport" },
    bundled: (industry) => `Measures are suggested from the bundled catalogue for ${industry}, with the measures that fit any industry. A finding no measure fits gets none.`,
    sharedOnly:
      "The study declares no industry (industry: in the study file), so only the bundled measures that fit any industry are suggested (standard revision, training, walkthroughs, supervision…). Declare the industry, or give a catalogue file, for measures of the trade. A finding no measure fits gets none.",
    file: (name) => `Measures are suggested from the catalogue ${name || "given"} alone. A finding no measure fits gets none.`,
    fileAndBundled: (name, industry) =>
      `Measures are suggested from the catalogue ${name || "given"}, added to the bundled measures ${industry ? `for ${industry} and those ` : ""}that fit any industry. A finding no measure fits gets none.`,
    none: "No improvement measures were attached.",
    serviceAreas: (unnamed, unknown) =>
      [
        unnamed.length === 0
          ? ""
          : `Measures written for one service area are suggested only in the themes that name their category (measureCategories of a theme in the study); no theme names ${unnamed.join(", ")}, so none of those is suggested.`,
        unknown.length === 0 ? "" : `The catalogue has no service-area category ${unknown.map((u) => `${u.category} (named by the theme ${u.theme})`).join(", ")}: check the spelling.`,
      ]
        .map((x) => (x === "" ? "" : ` ${x}`))
        .join(""),
  },
  page: {
    htmlLang: "en",
    servqualMark: "P − E",
    acceptMark: "accept",
    clockMark: "clock differs",
    marked: (count) => ` (${count} marked)`,
    ratedBy: (point, rater) => `${point} — rated by ${rater}`,
  },
  data: {
    heading: "Data read",
    kindNames: { responses: "survey responses", cases: "case records" },
    reasonNames: {
      "malformed-line": "malformed line",
      "invalid-encoding": "bytes not valid in the encoding",
      "missing-respondent": "no respondent id",
      "invalid-audience": "invalid respondent type",
      "missing-post": "no post",
      "unknown-post": "unknown post",
      "invalid-weight": "invalid weight",
      "inconsistent-respondent": "respondent details differ between rows",
      "conflicting-case-link": "second case named",
      "invalid-segment": "invalid segment",
      "segment-limit": "too many segments",
      "unknown-question": "unknown question",
      "wrong-audience": "question not for this respondent",
      "duplicate-answer": "duplicate answer",
      "missing-value": "no answer",
      "non-numeric": "not a number",
      "out-of-range": "outside the scale",
      "missing-case": "no case id",
      "unknown-event": "unknown event",
      "unknown-context": "unknown context",
      "unparseable-time": "unreadable time",
      "inconsistent-case": "case details differ between rows",
      "duplicate-event": "duplicate event",
      "stop-before-start": "stop before start",
      "invalid-duration": "invalid duration",
    },
    columns: { source: "Source", rowsRead: "Rows read", accepted: "Accepted", rejected: "Rejected", rejectedShare: "Share rejected", byReason: "Rejected by reason" },
    notGiven:
      "The data's provenance was not given: this report cannot say how many rows were read, accepted or rejected, so it does not show those numbers.",
    given: "For every source, rows read = accepted + rejected. Rejected rows and values are left out of every figure in this report.",
    rows: (a) => `${a.name} (${a.kind}): ${a.read} rows read = ${a.accepted} accepted + ${a.rejected} rejected`,
    values: (a) =>
      `values in accepted rows: ${a.read} read = ${a.valid} valid + ${a.missing} missing + ${a.dontKnow} don't know${a.notApplicable === undefined ? "" : ` + ${a.notApplicable} not applicable`} + ${a.rejected} rejected`,
    coded: (a) =>
      [
        a.recoded === undefined ? [] : [`recoded ${a.recoded.count} (${[...a.recoded.labels.map((l) => `${l.question} ${q(l.label)}→${l.code}: ${l.count}`), ...(a.recoded.more ? ["…"] : [])].join(", ")})`],
        a.notApplicable === undefined ? [] : [`not applicable ${a.notApplicable.count} (${[...a.notApplicable.questions.map((n) => `${n.question} ${n.count}`), ...(a.notApplicable.more ? ["…"] : [])].join(", ")})`],
      ]
        .flat()
        .join("; "),
    shareOf: (share, of) => `${share} of ${of}`,
    reasonCount: (reason, count) => `${reason} (${count})`,
    partialTitle: "Partial data",
    partial: (a) =>
      `${a.name}: ${a.share} of ${a.of} rejected (above ${a.threshold}), mainly ${a.reasons.join(", ")}. Every figure in this report rests on the accepted ${a.of} only.`,
  },
  undecided: UNDECIDED_EN,
  undecidedKinds: { point: "evaluation point", standard: "standard", clock: "standard's clock", internal: "internal rating" },
  undecidedSubject: (kind, name) => `${kind} ${q(name)}`,
  tests: {
    familyNames: {
      "perception-below-target": "customer satisfaction against target",
      "servqual-gap": "SERVQUAL gaps (experience against expectation)",
      "expectation-vs-standard": "standards against what customers accept",
      "clock-mismatch": "standards' clocks against the customers'",
      "compliance-below-standard": "compliance with standards",
      "internal-rating-below-target": "internal customers' ratings against target",
    },
    family: (a) => `${a.name}: ${a.tests} (${a.below} significantly below, ${a.above} above)`,
    families: (a) =>
      `Every test is two-sided. Each kind of test is a family of its own, adjusted on its own (${a.correction}), so one kind cannot change another's verdict: ` +
      `${a.families.length === 0 ? "no tests" : a.families.join("; ")}. Link tests of upstream effects on customers' ratings are another family: ${a.links.tests} (${a.linkCorrection}; ${a.links.significant} significant). ` +
      `${a.interval === "t" ? "Intervals and p-values of means and gaps use Student's t with n − 1 degrees of freedom" : "Intervals and p-values of means and gaps use the normal distribution"}; shares use Wilson intervals and score tests.`,
    strengthKinds: {
      "above-target": "Satisfaction above target",
      "perception-above-expectation": "Experience above expectation (SERVQUAL)",
      "internal-above-target": "Internal customers' rating above target",
    },
    strength: {
      "above-target": (a) => `Customers rate ${a.point} at ${a.estimate} on the 0–100 satisfaction index, significantly above its target of ${a.reference} (${a.q}).`,
      "perception-above-expectation": (a) => `Customers' experience of ${a.point} is significantly above what they expect: experience − expectation = ${a.estimate} (${a.q}).`,
      "internal-above-target": (a) => `The internal customer ${a.rater ?? ""} rates ${a.point} at ${a.estimate}, significantly above the target of ${a.reference} (${a.q}).`,
    },
    untargetedPoint: (a) => {
      const parts = [a.servqual === undefined ? "nothing tested: no target and no expectation to compare with" : `tested instead: experience against expectation, ${a.servqual} SERVQUAL ${a.servqual === "1" ? "pair" : "pairs"}`];
      if (a.untested && a.servqual !== undefined) parts.push("unpaired perception questions untested");
      if (a.raters.length > 0) parts.push(`internal ratings by ${a.raters.join(", ")} untested`);
      return `${a.point} (${parts.join("; ")})`;
    },
    untargeted: (a) =>
      `${a.count} evaluation ${a.count === "1" ? "point declares" : "points declare"} no target and no default target was given, so no target test was made there (a target is never assumed): ${a.points.join("; ")}.`,
  },
  monitoring: {
    heading: "Early warning in the period (review after)",
    note: "Alerts raised between surveys by the monitor (complaint surges, orders at risk of missing their standard, repeat complaints, satisfaction dips), each an incident routed to the post owning its cause and escalated by the study's ladder.",
    period: (from, to) => `Alerts from ${from} to ${to}.`,
    byDepartment: "Incidents per owning department",
    byPost: "Incidents per owning post",
    columns: ["Owner", "Raised", "Escalated", "Resolved", "Open", "Highest level", "Median minutes to resolve"],
    unrouted: (n) => `${n} ${n === 1 ? "incident has" : "incidents have"} no owner in the blueprint.`,
    none: "No alert in the period.",
    listLine: (a) =>
      `Early warning in the review period: ${a.raised} ${a.raised === 1 ? "incident" : "incidents"} raised, ${a.escalated} escalated, ${a.resolved} resolved, ${a.open} still open${a.median === null ? "" : `; median ${Math.round(a.median)} minutes to resolve`}.`,
  },
  targets: {
    heading: "Targets that cascade",
    note:
      "The top target decoded by the driver effects the attribution measured: what the declared targets predict for overall satisfaction, with a design-based interval (the effects' and the current level's sampling error, not whether the targets will be met), and each point's move landed on posts only through measured effects and shares.",
    current: (a) => `${a.theme}: overall satisfaction ${a.value} ${a.ci} (${a.n} customers${a.baseline === null ? "" : `; declared baseline ${a.baseline}`}); target ${a.target} for ${a.wave}.`,
    noFit: {
      "no-overall": (t) => `${t}: no overall-satisfaction question, so nothing could be cascaded.`,
      "too-few": (t) => `${t}: too few customers answered the overall question and the points to measure their effects; nothing was cascaded.`,
    },
    declared: (a) =>
      `If every declared target is met: ${a.value} ${a.ci}, ${a.verdict === "reaches" ? `which reaches ${a.target}` : a.verdict === "falls-short" ? `which falls short of ${a.target}` : `which cannot be told to reach ${a.target} or not (the interval straddles it)`}.`,
    consistency: (a) =>
      `The indicator targets alone predict ${a.value} ${a.ci}: ${a.verdict === "reaches" ? "consistent with" : a.verdict === "falls-short" ? "inconsistent with (short of)" : "not shown consistent or inconsistent with"} the top target of ${a.target}.`,
    proposal: (a) =>
      a.shortfall === null
        ? `Proposed: the smallest moves of points with a measured effect that reach the target by its estimate, ${a.value} ${a.ci}.`
        : `Even every point with a measured effect raised to 100 predicts ${a.value} ${a.ci}, ${a.shortfall} short of the target: the points with a measured effect cannot reach it alone.`,
    pointColumns: ["Point", "Effect per index point", "Now", "Target", "Move", "Effect"],
    status: { measured: "measured, significant", "not-significant": "not significant: no allocation", "not-in-fit": "not measured (too few answers)" },
    indicatorColumns: ["Indicator", "Now", "Target", "Move", "Owner", "Accepted"],
    accepted: (by, on) => `accepted by ${by} on ${on}`,
    notAccepted: "not accepted (handed down one way)",
    noOwner: "no owner",
    problems: "Ownership and acceptance",
    trackHeading: "Targets across waves",
    trackColumns: (waves) => ["Target", ...waves, "Falling"],
    overallOf: (theme) => `Overall satisfaction, ${theme}`,
    trackCell: (a) => (a.target === null ? a.value : `${a.value} (${a.met === "met" ? "met" : a.met === "missed" ? "missed" : "cannot tell"} ${a.target})`),
    falling: (a) =>
      `fell ${a.falls} waves running, ${a.from} to ${a.to} (${a.significant === "all" ? "every fall significant" : a.significant === "some" ? "some falls significant" : "point estimates only, no fall significant"})`,
    listLine: (a) =>
      `Your target: raise ${a.point} from ${a.from} to ${a.to}${a.via === "cause" ? ` (your part, by your measured share of its gap: ${a.part} points)` : a.part === "" ? "" : ` (your part: ${a.part} points)`}; ${a.acceptance.kind === "accepted" ? `accepted by ${a.acceptance.by} on ${a.acceptance.on}` : a.acceptance.kind === "not-accepted" ? "not accepted" : "proposed from the measured effects, not a declared target"}.`,
  },
  coverage: {
    heading: "What these data can show",
    note:
      "Each kind of gap needs its own data. Where these data could not test a kind, the report has no finding of that kind because nothing tested it, not because nothing is wrong.",
    read: (a) => `This run read answers from ${a.customers} customers and ${a.staff} staff, and ${a.cases} case records (${a.linked} responses linked to their own cases).`,
    testable: (a) => `${a.tag}: tested (${a.tests} ${a.n === 1 ? "test" : "tests"}${a.ways.length === 0 ? "" : `: ${a.ways.join(", ")}`}).`,
    tried: (tag) => `${tag}: tried, but the data were too thin to decide any test (see “Undecided: data too thin”).`,
    notTestable: (tag) => `${tag}: not testable with these data.`,
    links: {
      testable: "Links from customer gaps to upstream causes: measured on customers' answers joined to their own cases.",
      notTestable: "Links from customer gaps to upstream causes: not testable with these data; no share of a customer gap is put on a post.",
    },
    wouldTest: (needs) => ` Would test it: ${needs.join("; ")}.`,
    moreWays: (needs) => ` Would test it in more ways: ${needs.join("; ")}.`,
    needs: {
      "customer-perception": (a) =>
        a.questions.length > 0
          ? `customers' answers to the perception questions ${a.questions.join(", ")} at ${a.points.join(", ")}`
          : a.points.length > 0
            ? `customer perception questions at ${a.points.join(", ")}`
            : `evaluation points with customer perception questions at the customer-facing steps ${a.steps.join(", ")}`,
      targets: (a) =>
        a.audience === "external"
          ? `a target, or SERVQUAL expectation questions paired with the perception questions, at ${a.points.join(", ")}`
          : `a target at ${a.points.join(", ")} (the internal ratings there have nothing to be tested against)`,
      "expectation-questions": (a) =>
        a.questions.length > 0
          ? `customers' answers to the expectation questions ${a.questions.join(", ")} on ${a.metrics.join(", ")}`
          : `expectation questions on ${a.metrics.join(", ")} (the value customers find acceptable), for the standards ${a.standards.join(", ")}`,
      standards: () => "standards in the study (metric, threshold, the event that starts the clock, the share of cases that must meet it)",
      "case-records": (a) => `case records with the events ${a.events.join(", ")} (for the standards ${a.standards.join(", ")})`,
      "internal-ratings": (a) => `internal customers' ratings at ${a.points.join(", ")} (staff of ${a.raters.join(", ")})`,
      "linked-responses": () => "survey responses that name their own case (a case column, or respondent ids that are case ids)",
      "case-level-records": () => "the case records themselves, case by case (a case summary has no case ids to join answers to)",
    },
  },
  walkthrough: {
    heading: "Process walkthroughs",
    note:
      "Problems staff recorded while walking the process as a customer, another post or another department. They are qualitative: they corroborate findings and point at steps to look at, but a share of a gap comes only from a measured effect, and a walkthrough changes no link's grade.",
    runKinds: { customer: "customer walkthrough", post: "post walkthrough", department: "department walkthrough" },
    kinds: { standard: "unreasonable standard", execution: "non-compliant execution", handoff: "failed hand-off", customer: "customer pain point", other: "other" },
    solved: { yes: "solved", no: "open", partly: "partly solved" },
    totals: (t) =>
      `${t.participants} ${t.participants === 1 ? "person" : "people"} took part in ${t.runs} ${t.runs === 1 ? "walkthrough" : "walkthroughs"} on ${t.tasks} ${t.tasks === 1 ? "task" : "tasks"} and found ${t.problems} ${t.problems === 1 ? "problem" : "problems"}: ${t.solved} solved, ${t.partly} partly solved, ${t.open} open.`,
    between: " ",
    ledger: (l) => `Walkthrough records: ${l.rowsRead} read = ${l.accepted} accepted + ${l.rejected} rejected.`,
    otherWaves: (runs, problems) => `${runs} ${runs === 1 ? "walkthrough" : "walkthroughs"} of other waves (${problems} ${problems === 1 ? "problem" : "problems"}) are left out.`,
    problem: (a) => `${a.text} at ${a.step} (${a.kind}): ${a.state}${a.solvedOn === null ? "" : ` on ${a.solvedOn}`}${a.measure === null ? "" : `; measure: ${a.measure}`}.`,
    listLine: (open, solved) => `Walkthrough problems: ${open} open, ${solved} solved.`,
    corroborates: (finding, n) => `${finding} is corroborated by ${n} open walkthrough ${n === 1 ? "problem" : "problems"}.`,
    supports: (a) =>
      `${a.n} open walkthrough ${a.n === 1 ? "problem" : "problems"} at ${a.step} ${a.n === 1 ? "supports" : "support"} its link to ${a.gap} (${a.grade}${a.measured ? "" : "; the walkthrough gives it no share"}).`,
    unconfirmed: (a) => `Observed in walkthroughs at ${a.step} (${a.n} open ${a.n === 1 ? "problem" : "problems"}), not confirmed by survey or case data; to test: ${a.tests}.`,
    corroborationsHeading: "Findings the walkthroughs corroborate",
    supportsHeading: "Traced links the walkthroughs support",
    unconfirmedHeading: "Observed in walkthroughs, not confirmed by survey or case data",
    problemsHeading: "Problems found",
    columns: ["Problem", "Step", "Post", "Kind", "State", "Measure"],
    customerStep: (a) =>
      a.points.length === 0
        ? "an evaluation point on the step (a survey question customers answer about it): it is the customer's own step, which no post executes, so no internal customer rates it and no work order times it, and no survey question asks about it yet"
        : `a survey question on this problem itself, answered by the customers who rate ${a.points.join(", ")}: it is the customer's own step, which no post executes, so no internal customer rates it and no work order times it, and only customers' answers can test it`,
  },
};
