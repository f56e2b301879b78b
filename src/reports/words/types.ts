/**
 * The shape of a report language's words: one interface that both tables (English, Simplified Chinese) implement,
 * so TypeScript refuses a table with an entry missing. Fixed words are strings; a sentence with numbers or names is
 * a function of parts already formatted and named (numbers with their units, names in quotation marks), so each
 * language orders them as it reads and the tables import nothing from the report code.
 * @module
 */
import type { ResolvedAttributionOptions } from "../../attribution/shared/options.js";
import type { Change, Evidence, Grade, LinkEffect, LinkReason, Strength, Tag, TestData, TestFamily, Undecided } from "../../attribution/shared/findings.js";
import type { UndecidedWords } from "../../attribution/shared/undecided.js";
import type { CoverageNeed } from "../../attribution/shared/coverage.js";
import type { Industry, Unit } from "../../model/study.js";
import type { LedgerReason } from "../../core/messages/problem-codes.js";
import type { FIXED_EN } from "./fixed-en.js";

/** A key of the fixed words (headings, column names, captions, notes). */
export type WordKey = keyof typeof FIXED_EN;

/** Which way is better for a standard. */
export type Better = "lower" | "higher";

/** The roles of an entry on the responsibility lists. */
export type RoleKey = "root-cause" | "explained" | "misses" | "customer-gap";

/** Punctuation and joiners of a language. */
export interface Punctuation {
  /** After a label: ": " / "：". */
  readonly colon: string;
  /** Between clauses or list items: "; " / "；". */
  readonly semicolon: string;
  /** Inside brackets, before a second part: ", " / "，". */
  readonly comma: string;
  /** Between names in a list: ", " / "、". */
  readonly list: string;
  /** Between alternatives: "; or " / "；或". */
  readonly or: string;
  /** The end of a sentence: "." / "。". */
  readonly period: string;
  /** Text in brackets after a word: " (x)" / "（x）". */
  readonly paren: (text: string) => string;
  /** Between the ends of a range written out: "to" / "至". */
  readonly to: string;
}

/** How numbers read. */
export interface NumberWords {
  /** A unit's word, singular and plural. */
  readonly units: { readonly [U in Unit]: readonly [string, string] };
  /** A value with its unit's word: "8.1 minutes" / "8.1分钟". */
  readonly quantity: (value: string, unit: string) => string;
  /** Between the level and the ends of a confidence interval: " CI " / "置信区间 ". */
  readonly ci: string;
  /** Between the ends of an interval when one is negative: " to " / " 至 ". */
  readonly ciTo: string;
  /** A difference in percentage points: "+4.2 pp" / "+4.2个百分点". */
  readonly percentagePoints: (value: string) => string;
  /** A percentile: "98th percentile" / "第98百分位" (whole: the rounded percentile; exact: written with no decimal). */
  readonly percentile: (text: string, whole: number, exact: boolean) => string;
}

/** Arguments of the evidence sentences, by kind: names in quotation marks, numbers formatted. */
export interface EvidenceArgs {
  readonly "perception-below-target": { readonly point: string; readonly index: string; readonly target: string; readonly below: boolean };
  readonly "servqual-gap": { readonly point: string; readonly size: string; readonly below: boolean; readonly detail: string };
  readonly "expectation-vs-standard": {
    readonly standard: string;
    readonly share: string;
    readonly shareCi: string;
    readonly limit: string;
    readonly required: string;
    readonly acceptable: { readonly lower: boolean; readonly value: string; readonly ci: string } | undefined;
  };
  readonly "clock-mismatch": {
    readonly standard: string;
    readonly start: boolean;
    readonly standardEvent: string;
    readonly customerEvent: string;
    readonly lag: string | undefined;
    readonly own: string | undefined;
    readonly limit: string;
    readonly onCustomer: string;
    readonly shareCi: string;
    readonly required: string;
  };
  readonly "compliance-below-standard": {
    readonly standard: string;
    readonly compliance: string;
    readonly within: string;
    readonly required: string;
    readonly ci: string;
    readonly n: string;
    readonly now: { readonly percentile: string; readonly value: string } | undefined;
    readonly coincidence: readonly { readonly share: string; readonly standard: string }[];
    /** Unfinished cases (abandoned calls, open orders), when there were any: how the rule counted them, and the abandonment figure. */
    readonly unfinished: UnfinishedArgs | undefined;
  };
  readonly "internal-rating-below-target": { readonly rater: string; readonly point: string; readonly owner: string | undefined; readonly index: string; readonly target: string; readonly below: boolean };
}

/** Arguments of the short evidence phrases, by kind. */
export interface BriefArgs {
  readonly "perception-below-target": { readonly point: string; readonly value: string; readonly target: string; readonly n: string };
  readonly "servqual-gap": { readonly point: string; readonly value: string; readonly n: string };
  readonly "expectation-vs-standard": { readonly share: string; readonly threshold: string; readonly required: string };
  readonly "clock-mismatch": { readonly standardEvent: string; readonly customerEvent: string; readonly share: string; readonly threshold: string };
  readonly "compliance-below-standard": { readonly share: string; readonly within: string; readonly required: string };
  readonly "internal-rating-below-target": { readonly rater: string; readonly value: string; readonly target: string };
}

/** What a compliance sentence says about unfinished cases (numbers and names already formatted). */
export interface UnfinishedArgs {
  readonly rule: "miss" | "exclude" | "exclude-if-shorter";
  /** The stop event they never reached, by name. */
  readonly stop: string;
  /** Cases that reached the start (less those left out as short). */
  readonly started: string;
  /** Of them, cases that never reached the stop. */
  readonly abandoned: string;
  /** Left out as short (exclude-if-shorter). */
  readonly excluded: string;
  readonly seconds: string;
  /** The end event, by name. */
  readonly end: string;
  /** The abandonment share and its interval, when estimated. */
  readonly share: string | undefined;
  readonly ci: string | undefined;
}

/** Arguments of the change sentences, by kind. */
export interface ChangeArgs {
  readonly "raise-index": { readonly subject: string | undefined; readonly from: string; readonly to: string; readonly by: string };
  readonly "close-servqual-gap": { readonly subject: string | undefined; readonly gap: string };
  readonly "tighten-threshold": { readonly standard: string; readonly from: string; readonly fromNumber: string; readonly to: string };
  readonly "move-clock": { readonly standard: string; readonly from: string; readonly to: string; readonly start: boolean };
  readonly "raise-compliance": {
    readonly standard: string;
    readonly from: string;
    readonly to: string;
    readonly within: string;
    readonly now: { readonly metric: string | undefined; readonly percentile: string; readonly value: string; readonly number: string; readonly limit: string; readonly lower: boolean } | undefined;
  };
}

/** A sentence per kind, from its arguments. */
type Sentences<A> = { readonly [K in keyof A]: (a: A[K]) => string };

/** What {@link DataWords.coded} says: the recoded labels (the largest first) and the not-applicable questions. */
export interface CodedWordsArgs {
  /** Values recoded from labels, when any: the count and the first labels (question, label, code, count). */
  readonly recoded?: { readonly count: string; readonly labels: readonly { readonly question: string; readonly label: string; readonly code: string; readonly count: string }[]; readonly more: boolean };
  /** Values not applicable, when any: the count and the first questions. */
  readonly notApplicable?: { readonly count: string; readonly questions: readonly { readonly question: string; readonly count: string }[]; readonly more: boolean };
}

/** The words of findings and their parts. */
export interface FindingWords {
  readonly tagNames: { readonly [T in Tag]: string };
  readonly tagMeanings: { readonly [T in Tag]: string };
  readonly evidenceNames: { readonly [K in Evidence["kind"]]: string };
  readonly changeNames: { readonly [K in Change["kind"]]: string };
  readonly roles: { readonly [R in RoleKey]: string };
  /** Within a limit, or at it or more: "within 5 minutes" / "5分钟以内". */
  readonly within: { readonly [B in Better]: (limit: string) => string };
  /** An estimate's interval and sample size after its value: " (95% CI …, n = …)" / "（95%置信区间 …，n = …）". */
  readonly ciAndN: (ci: string, n: string) => string;
  readonly evidence: Sentences<EvidenceArgs>;
  readonly brief: Sentences<BriefArgs>;
  readonly change: Sentences<ChangeArgs>;
  /** A post with its department: "Dispatcher (Dispatch centre)" / "调控中心抢修指挥员". */
  readonly postInDepartment: (post: string, department: string) => string;
  /** Where no post is named. */
  readonly noPost: string;
  /** A chain link's step with where it sits: "“Dispatch” (Back office, Dispatcher)". */
  readonly chainHead: (step: string, where: string) => string;
  /** A chain link where nothing was measured. */
  readonly chainNothingMeasured: (head: string) => string;
  /** After a measurement that is no finding. */
  readonly noSignificantGap: string;
  /** Headline of a customer gap: where, the numbers, and what its causes explain. */
  readonly customerGap: (a: { readonly point: string; readonly step: string; readonly numbers: string; readonly causes: string }) => string;
  /** Headline of an unreasonable standard. */
  readonly unreasonableStandard: (a: { readonly standard: string; readonly owner: string; readonly numbers: string; readonly clock: boolean }) => string;
  /** Headline of non-compliant execution, with the upstream findings its misses come from. */
  readonly nonCompliantExecution: (a: { readonly step: string; readonly post: string; readonly numbers: string; readonly upstream: readonly string[] }) => string;
  /** Findings by id, in words. */
  readonly ref: {
    readonly customerGap: (point: string) => string;
    readonly execution: (step: string, post: string | undefined) => string;
    readonly clock: (standard: string) => string;
    readonly limit: (standard: string) => string;
  };
  /** A root cause's part in a customer gap. */
  readonly share: (share: string, point: string) => string;
}

/** Arguments of the link-effect clauses. */
export interface EffectArgs {
  /** The customers exposed, in words. */
  readonly exposed: string;
  /** What an exposed case does, in words. */
  readonly cases: string;
  /** The point or standard the exposure is about, in quotation marks. */
  readonly subject: string;
  /** Rate lower (negative), higher (positive) or no different (zero). */
  readonly sign: number;
  /** The effect's size, formatted (per 10 percentage points for estimates across places or waves). */
  readonly size: string;
  /** The effect's interval, formatted. */
  readonly ci: string;
  /** "q < 0.001" or "q = 0.012". */
  readonly q: string;
  /** The share of linked customers exposed. */
  readonly exposure: string;
  /** The places, waves or customers behind the estimate. */
  readonly n: string;
  /** The dimensions compared within (names as written). */
  readonly adjustedFor: readonly string[];
  /** For a driver: its effect, its gap to target and the points reaching the target would close, with the interval. */
  readonly driver: { readonly effect: string; readonly gap: string; readonly closes: string; readonly closesCi: string };
}

/** Arguments of a share passed upstream through a chained standard. */
export interface ThroughArgs {
  /** The downstream standard (quoted name). */
  readonly standard: string;
  /** The upstream standard (quoted name). */
  readonly upstream: string;
  readonly fraction: string;
  readonly ci: string;
  readonly cases: string;
}

/** Arguments of the reasons a link has its share or none. */
export interface ReasonArgs {
  /** The effect clause ("" when there is none). */
  readonly effect: string;
  readonly share: string;
  /** The share's interval ("" when there is none). */
  readonly shareCi: string;
  /** The attributable points and the gap, when the measured effect is at least the whole gap. */
  readonly whole: { readonly points: string; readonly ci: string; readonly gap: string } | undefined;
}

/** Arguments that depend on the reason's own kind. */
export interface ReasonOwnArgs {
  readonly share: { readonly capped: boolean; readonly standardMet: boolean };
  readonly "not-significant": object;
  readonly "no-harm": object;
  readonly negligible: object;
  readonly confounded: object;
  readonly ecological: object;
  readonly "too-few-exposed": { readonly exposed: string; readonly unexposed: string; readonly unknown: string | undefined; readonly needed: string };
  readonly "internal-chain": { readonly points: readonly string[] };
  readonly untested: object;
}

/** Arguments of the data that would test a link. */
export interface TestArgs {
  readonly "linked-cases": { readonly events: readonly string[] };
  readonly "both-sides": { readonly exposed: string; readonly unexposed: string; readonly needed: string };
  readonly "internal-ratings": { readonly step: string; readonly post: string | undefined };
  readonly segments: { readonly needed: string; readonly perPlace: string };
  /** `step` and `post` quoted names; `places` formatted, undefined when linked customers are the route. */
  readonly "step-clock": { readonly step: string; readonly post: string | undefined; readonly link: boolean; readonly places: string | undefined; readonly perPlace: string | undefined };
  /** The segment dimensions the comparison adjusts for. */
  readonly "unconfounded-cases": { readonly adjustedFor: readonly string[] };
  /** `point` quoted name; `needed` formatted. */
  readonly "driver-answers": { readonly point: string; readonly needed: string };
}

/** Arguments of the linkage sentence. */
export interface LinkageArgs {
  readonly respondents: number;
  readonly linked: number;
  /** Counts formatted. */
  readonly text: { readonly respondents: string; readonly linked: string; readonly share: string; readonly unlinked: string; readonly unknownCase: string; readonly duplicate: string };
  readonly unlinked: number;
  readonly unknownCase: number;
  readonly duplicate: number;
}

/** The words of graded links: grades, effects, reasons, tests, shares, the linkage and the families of tests. */
export interface LinkWords {
  readonly gradeNames: { readonly [G in Grade]: string };
  readonly gradeMeanings: { readonly [G in Grade]: string };
  readonly estimatorNames: { readonly [E in LinkEffect["estimator"]]: string };
  /** The customers a candidate touches, by exposure kind (names in quotation marks; the acceptable value formatted). */
  readonly exposed: ExposureWords;
  /** What a case does to be exposed, for estimates across places or waves. */
  readonly cases: ExposureWords;
  readonly effects: { readonly [E in LinkEffect["estimator"]]: (a: EffectArgs) => string };
  readonly reasons: { readonly [K in LinkReason["kind"]]: (a: ReasonArgs & ReasonOwnArgs[K]) => string };
  readonly tests: { readonly [K in TestData["kind"]]: (a: TestArgs[K]) => string };
  /**
   * A both-sides test said right after the too-few-exposed reason, which has already given the counts and the
   * minimum: only the side (or sides) that needs more linked customers.
   */
  readonly moreLinked: { readonly [S in "exposed" | "unexposed" | "both"]: string };
  /** The misses of a standard, as a cause that is no finding. */
  readonly misses: (standard: string) => string;
  readonly gapShare: (a: { readonly share: string; readonly ci: string; readonly grade: string; readonly gap: string }) => string;
  readonly frontLineShare: (a: { readonly share: string; readonly gap: string }) => string;
  readonly causeShare: (a: { readonly name: string; readonly share: string; readonly ci: string; readonly grade: string; readonly through: string | undefined }) => string;
  /** On a share passed upstream: the downstream standard's misses it is the excess part of. */
  readonly through: (a: ThroughArgs) => string;
  /** On a downstream share partly passed upstream: what it passed, and to whom. */
  readonly passedUpstream: (a: ThroughArgs & { readonly to: string }) => string;
  readonly shareBrief: (a: { readonly gap: string; readonly share: string; readonly ci: string; readonly grade: string }) => string;
  /** The front line's part, as a grade. */
  readonly frontLine: string;
  readonly toTestBrief: (a: { readonly gap: string; readonly grade: string }) => string;
  readonly possible: (a: { readonly gap: string; readonly grade: string; readonly why: string }) => string;
  readonly unexplained: (a: { readonly share: string; readonly post: string }) => string;
  /** Possible causes upstream still to test ("" for none). */
  readonly toTest: (n: number, count: string) => string;
  readonly explainedHeadline: (a: { readonly explained: string; readonly gap: string; readonly causes: readonly string[]; readonly unexplained: string; readonly toTest: string }) => string;
  readonly unexplainedHeadline: (a: { readonly gap: string; readonly post: string; readonly toTest: string }) => string;
  readonly linkage: (a: LinkageArgs) => string;
  readonly corrections: { readonly [C in ResolvedAttributionOptions["correction"]]: (alpha: string) => string };
  /** The correction's bare name. */
  readonly correctionNames: { readonly [C in ResolvedAttributionOptions["correction"]]: string };
  readonly families: (a: {
    readonly correction: string;
    readonly linkCorrection: string;
    readonly findings: { readonly tests: string; readonly significant: string };
    readonly links: { readonly tests: string; readonly significant: string };
  }) => string;
}

/** Arguments of an exposure phrase: the standard, point and post by name in quotation marks. */
export interface ExposureArgs {
  readonly "missed-standard": { readonly standard: string };
  readonly "beyond-acceptable": { readonly standard: string; readonly acceptable: string };
  readonly "customer-clock": { readonly standard: string; readonly start: string };
  readonly "internal-rating": { readonly point: string; readonly rater: string };
  readonly point: { readonly point: string };
}

/** One phrase per exposure kind. */
export type ExposureWords = Sentences<ExposureArgs>;

/** The words of the two charts. */
export interface ChartWords {
  readonly gapDescription: (points: number, below: number) => string;
  readonly indexAxis: string;
  readonly target: string;
  readonly belowTarget: string;
  readonly atTarget: string;
  readonly quadrantDescription: (points: number, concentrate: number, name: string) => string;
  readonly satisfactionAxis: string;
  readonly importanceAxis: string;
  readonly satisfaction: string;
  readonly importance: string;
  /** The performance axis when every point is split at its own target: satisfaction minus target. */
  readonly targetAxis: string;
  /** The performance axis when some points have a target and some are compared with the mean of the points. */
  readonly referenceAxis: string;
  /** The performance axis when no point has a target: the mean of the points, formatted. */
  readonly meanAxis: (mean: string) => string;
  /** Beside a dot below its target but not significantly (counted on the good side). */
  readonly notSignificantlyBelow: string;
  /** How a theme's grid splits performance: every point at its own target, by its test's verdict. */
  readonly crosshairTarget: string;
  /** The chart's note on hollow dots. */
  readonly hollowDots: string;
  /** How a theme's grid splits performance: no point has a target; at the mean of the points (formatted). */
  readonly crosshairMean: (mean: string) => string;
  /** How a theme's grid splits performance: some points at their target, the others (named) at the mean. */
  readonly crosshairMixed: (mean: string, without: string) => string;
}

/** The sentence saying where a report's improvement measures come from. */
export interface MeasureSourceWords {
  /** The industries, by id, as the sentence names them ("power utilities"). */
  readonly industries: { readonly [K in Industry]: string };
  /** The bundled catalogue of an industry (named). */
  readonly bundled: (industry: string) => string;
  /** The shared measures alone: the study declares no industry. */
  readonly sharedOnly: string;
  /** A user's catalogue alone (its name in quotes, or empty). */
  readonly file: (name: string) => string;
  /** A user's catalogue added to a bundled one (the industry named, or empty for the shared measures alone). */
  readonly fileAndBundled: (name: string, industry: string) => string;
  /** No measures attached (`measures: false`). */
  readonly none: string;
  /**
   * How service-area measures meet the themes: the service-area categories no theme names (their measures are not
   * suggested), and the names themes give that are no service-area category of the catalogue. Appended to the
   * source sentence as it is (with its own leading space where the language needs one); empty when both are empty.
   */
  readonly serviceAreas: (unnamed: readonly string[], unknown: readonly { readonly category: string; readonly theme: string }[]) => string;
}

/** Words only the HTML page uses. */
export interface PageWords {
  /** The `lang` attribute of the page and its pictures. */
  readonly htmlLang: string;
  /** Blueprint marks' short labels. */
  readonly servqualMark: string;
  readonly acceptMark: string;
  readonly clockMark: string;
  /** How many steps of a blueprint are marked. */
  readonly marked: (count: number) => string;
  /** A wave comparison's subject for an internal rating. */
  readonly ratedBy: (point: string, rater: string) => string;
}

/** The kinds of data source a report counts the rows of. */
export type DataSourceKind = "responses" | "cases";

/** Arguments of the partial-data banner: names and numbers already formatted. */
export interface PartialArgs {
  /** The source's file name or label. */
  readonly name: string;
  /** The share rejected, formatted ("3.2%"). */
  readonly share: string;
  /** Whether the share is of the rows or of the values (answers, event times) in accepted rows. */
  readonly of: "rows" | "values";
  /** The threshold, formatted ("1%"). */
  readonly threshold: string;
  /** The main reasons, by name with their counts ("out-of-range value (25)"). */
  readonly reasons: readonly string[];
}

/** The words of the data summary: where the rows came from, how many were read, accepted and rejected, and why. */
export interface DataWords {
  /** The heading of the data summary. */
  readonly heading: string;
  /** What a source holds. */
  readonly kindNames: { readonly [K in DataSourceKind]: string };
  /** Why rows or values were rejected, by the ledger's reason. */
  readonly reasonNames: { readonly [R in LedgerReason]: string };
  /** Column names of the data table. */
  readonly columns: {
    readonly source: string;
    readonly rowsRead: string;
    readonly accepted: string;
    readonly rejected: string;
    readonly rejectedShare: string;
    readonly byReason: string;
  };
  /** Said when the report was built without the readers' ledgers: no numbers are made up. */
  readonly notGiven: string;
  /** Said under the table when the ledgers were given. */
  readonly given: string;
  /** One source's rows: "responses.csv (survey responses): 1,000 rows read = 990 accepted + 10 rejected". */
  readonly rows: (a: { readonly name: string; readonly kind: string; readonly read: string; readonly accepted: string; readonly rejected: string }) => string;
  /**
   * One source's values in accepted rows: "values: 5,000 read = 4,900 valid + 60 missing + 30 don't know + 10
   * rejected"; `notApplicable` is given (and said) only when some value was not applicable.
   */
  readonly values: (a: { readonly read: string; readonly valid: string; readonly missing: string; readonly dontKnow: string; readonly notApplicable?: string; readonly rejected: string }) => string;
  /**
   * Values read through codes, said only when some were: "recoded 1,203 (overall “satisfied”→1: 1,000, …); not
   * applicable 20,134 (wifi 5,000, …)".
   */
  readonly coded: (a: CodedWordsArgs) => string;
  /** A share rejected with what it is a share of: "3.2% of rows" / "3.2%的行". */
  readonly shareOf: (share: string, of: "rows" | "values") => string;
  /** A reason by name with its count. */
  readonly reasonCount: (reason: string, count: string) => string;
  /** The banner's title. */
  readonly partialTitle: string;
  /** The banner: the source, the share rejected and of what, the threshold, the main reasons. */
  readonly partial: (a: PartialArgs) => string;
}

/** Names (already quoted) of what a coverage need asks for. */
export interface CoverageNeedArgs {
  readonly points: readonly string[];
  readonly questions: readonly string[];
  readonly steps: readonly string[];
  readonly metrics: readonly string[];
  readonly standards: readonly string[];
  readonly events: readonly string[];
  readonly raters: readonly string[];
}

/**
 * The words of the coverage statement: what the run's data could test, and for each kind of gap (and the links to
 * customers) they could not, the data that would.
 */
export interface CoverageWords {
  readonly heading: string;
  /** Why the section is there: no finding of an untestable kind means nothing was tested, not that nothing is wrong. */
  readonly note: string;
  /** What the run read, counts formatted. */
  readonly read: (a: { readonly customers: string; readonly staff: string; readonly cases: string; readonly linked: string }) => string;
  /** A kind of gap the data could test: its name, the tests made, the ways (evidence names). */
  readonly testable: (a: { readonly tag: string; readonly tests: string; readonly n: number; readonly ways: readonly string[] }) => string;
  /** A kind of gap whose tests were tried but none decided: the data were too thin (the undecided list says why). */
  readonly tried: (tag: string) => string;
  /** A kind of gap the data could not test. */
  readonly notTestable: (tag: string) => string;
  /** Links from customer gaps to upstream causes. */
  readonly links: { readonly testable: string; readonly notTestable: string };
  /** After a kind's sentence: the data that would test it (a leading space where the language spaces sentences). */
  readonly wouldTest: (needs: readonly string[]) => string;
  /** After a testable kind's sentence: the data that would test it in more ways. */
  readonly moreWays: (needs: readonly string[]) => string;
  /** Each kind of need, from its names. */
  readonly needs: { readonly [K in CoverageNeed["kind"]]: (a: CoverageNeedArgs & { readonly audience: "external" | "internal" }) => string };
}

/** Every word of the reports in one language. */
/** The words of the families of tests, the strengths (优势点) and the points with no declared target. */
export interface TestWords {
  /** A family of tests by the kind of test. */
  readonly familyNames: { readonly [F in TestFamily]: string };
  /** One family with its counts: tests, significant on the harmful side (below), on the good side (above). */
  readonly family: (a: { readonly name: string; readonly tests: string; readonly below: string; readonly above: string }) => string;
  /** Every family of a run, the link tests, and the reference distribution of the intervals, in one paragraph. */
  readonly families: (a: {
    readonly correction: string;
    readonly families: readonly string[];
    readonly linkCorrection: string;
    readonly links: { readonly tests: string; readonly significant: string };
    readonly interval: "t" | "z";
  }) => string;
  readonly strengthKinds: { readonly [K in Strength["kind"]]: string };
  /** A strength's sentence; `estimate` carries its interval and n, `q` reads "q = 0.012". */
  readonly strength: { readonly [K in Strength["kind"]]: (a: { readonly point: string; readonly rater: string | undefined; readonly estimate: string; readonly reference: string; readonly q: string }) => string };
  /** A point with no declared target: what was tested there instead (`servqual`: the count of SERVQUAL pairs tested). */
  readonly untargetedPoint: (a: { readonly point: string; readonly servqual: string | undefined; readonly untested: boolean; readonly raters: readonly string[] }) => string;
  /** The points with no declared target, in one sentence. */
  readonly untargeted: (a: { readonly count: string; readonly points: readonly string[] }) => string;
}

/**
 * Every word a report uses in one language: punctuation, numbers, fixed headings and the sentence builders of each
 * section. {@link wordsFor} gives the table for a language; both tables implement this one interface.
 */
export interface ReportWords {
  readonly punct: Punctuation;
  readonly numbers: NumberWords;
  /** Headings, column names, captions and notes. */
  readonly fixed: { readonly [K in WordKey]: string };
  readonly findings: FindingWords;
  readonly links: LinkWords;
  readonly charts: ChartWords;
  /** Where the measures come from. */
  readonly measureSource: MeasureSourceWords;
  readonly page: PageWords;
  /** The data summary and the partial-data banner. */
  readonly data: DataWords;
  /** Undecided items: why, what would settle them, what would show where an unexplained gap comes from. */
  readonly undecided: UndecidedWords;
  /** What an undecided item is about, by kind ("standard's clock"). */
  readonly undecidedKinds: { readonly [K in Undecided["kind"]]: string };
  /** An undecided item's subject: its kind and its name in quotes. */
  readonly undecidedSubject: (kind: string, name: string) => string;
  /** Families of tests, strengths and points with no declared target. */
  readonly tests: TestWords;
  /** What the data could show, and which data would test the rest. */
  readonly coverage: CoverageWords;
  /** The review of a period's monitoring alerts (事后总结), per department and post. */
  readonly monitoring: MonitoringWords;
  /** Process walkthroughs (流程穿越): their counts, problems per post, and how they are graded. */
  readonly walkthrough: WalkthroughWords;
  /** The target cascade (目标分解): predictions, point and indicator tables, each post's target. */
  readonly targets: TargetWords;
}

/** The words of process-walkthrough results (流程穿越) in a report. */
export interface WalkthroughWords {
  readonly heading: string;
  /** How walkthrough problems are graded: qualitative, never a share. */
  readonly note: string;
  /** Kinds of walkthrough (客户穿越, 岗位穿越, 部门穿越). */
  readonly runKinds: { readonly customer: string; readonly post: string; readonly department: string };
  /** Kinds of problem. */
  readonly kinds: { readonly standard: string; readonly execution: string; readonly handoff: string; readonly customer: string; readonly other: string };
  /** Solved or not. */
  readonly solved: { readonly yes: string; readonly no: string; readonly partly: string };
  /** The counts as the sources give them. */
  readonly totals: (t: { readonly runs: number; readonly participants: number; readonly tasks: number; readonly problems: number; readonly solved: number; readonly partly: number; readonly open: number }) => string;
  /** What goes between two sentences: a space in English, nothing in Chinese. */
  readonly between: string;
  /** The read's ledger: records read, accepted, rejected. */
  readonly ledger: (l: { readonly rowsRead: number; readonly accepted: number; readonly rejected: number }) => string;
  /** Runs of other waves, left out. */
  readonly otherWaves: (runs: number, problems: number) => string;
  /** One problem: its text, step, kind and state (names already quoted). */
  readonly problem: (a: { readonly text: string; readonly step: string; readonly kind: string; readonly state: string; readonly solvedOn: string | null; readonly measure: string | null }) => string;
  /** A list's walkthrough problems in one sentence. */
  readonly listLine: (open: number, solved: number) => string;
  /** A finding corroborated by open problems. */
  readonly corroborates: (finding: string, n: number) => string;
  /** A traced link supported by open problems at its step (its grade unchanged, no share from the walkthrough). */
  readonly supports: (a: { readonly step: string; readonly gap: string; readonly grade: string; readonly n: number; readonly measured: boolean }) => string;
  /** A step observed in walkthroughs and confirmed by no survey or case data, with what would test it. */
  readonly unconfirmed: (a: { readonly step: string; readonly n: number; readonly tests: string }) => string;
  /** Sub-headings. */
  readonly corroborationsHeading: string;
  readonly supportsHeading: string;
  readonly unconfirmedHeading: string;
  readonly problemsHeading: string;
  /** Column heads of the problems table: problem, step, post, kind, state, measure. */
  readonly columns: readonly [string, string, string, string, string, string];
  /**
   * What would test an open problem at the customer's own step, and why nothing has (no post executes it); `points`
   * the quoted names of the evaluation points rated at the step (none: no survey question asks about it).
   */
  readonly customerStep: (a: { readonly points: readonly string[] }) => string;
}

/** A target's prediction verdict, and an indicator set's consistency with the top target. */
export type TargetVerdictKey = "reaches" | "falls-short" | "cannot-tell";

/** The words of the target-cascade section. */
export interface TargetWords {
  readonly heading: string;
  /** What the section is, in one sentence (measured effects only; what the interval includes). */
  readonly note: string;
  /** A theme's overall index now (value, interval, customers) and its top target and wave. */
  readonly current: (a: { readonly theme: string; readonly value: string; readonly ci: string; readonly n: string; readonly target: string; readonly wave: string; readonly baseline: string | null }) => string;
  /** Why a theme could not be cascaded. */
  readonly noFit: { readonly "no-overall": (theme: string) => string; readonly "too-few": (theme: string) => string };
  /** What the declared targets predict, and the verdict. */
  readonly declared: (a: { readonly value: string; readonly ci: string; readonly verdict: TargetVerdictKey; readonly target: string }) => string;
  /** What the indicator targets alone predict: consistent, inconsistent or cannot tell. */
  readonly consistency: (a: { readonly value: string; readonly ci: string; readonly verdict: TargetVerdictKey; readonly target: string }) => string;
  /** The proposal: what it predicts, and its shortfall when even every measured point at 100 cannot reach. */
  readonly proposal: (a: { readonly value: string; readonly ci: string; readonly verdict: TargetVerdictKey; readonly shortfall: string | null }) => string;
  /** Column heads of the points table: point, effect per index point, now, target, move, status. */
  readonly pointColumns: readonly [string, string, string, string, string, string];
  /** A point's effect status. */
  readonly status: { readonly measured: string; readonly "not-significant": string; readonly "not-in-fit": string };
  /** Column heads of the indicators table: indicator, now, target, move, owner, acceptance. */
  readonly indicatorColumns: readonly [string, string, string, string, string, string];
  /** An acceptance (who, when), or none by the owner. */
  readonly accepted: (by: string, on: string) => string;
  readonly notAccepted: string;
  /** No owner. */
  readonly noOwner: string;
  /** Heading of the targets' accountability problems. */
  readonly problems: string;
  /** Heading of the targets across waves. */
  readonly trackHeading: string;
  /** Column heads of the waves table: the target (indicator or overall index), then one per wave, then the falls. */
  readonly trackColumns: (waves: readonly string[]) => readonly string[];
  /** The overall index of a theme, as a tracked target. */
  readonly overallOf: (theme: string) => string;
  /** A wave's value with its target and verdict (met, missed, cannot tell), or the value alone. */
  readonly trackCell: (a: { readonly value: string; readonly target: string | null; readonly met: "met" | "missed" | "cannot-tell" | null }) => string;
  /** A run of falls in consecutive waves, and whether the falls are significant (all, some, none). */
  readonly falling: (a: { readonly from: string; readonly to: string; readonly falls: number; readonly significant: "all" | "some" | "none" }) => string;
  /** A post's target on its responsibility list (its part of a point's move, and whether it accepted it). */
  readonly listLine: (a: {
    readonly point: string;
    readonly from: string;
    readonly to: string;
    readonly part: string;
    readonly via: "cause" | "front-line";
    readonly acceptance: { readonly kind: "accepted"; readonly by: string; readonly on: string } | { readonly kind: "not-accepted" } | { readonly kind: "not-declared" };
  }) => string;
}

/** The words of the monitoring review section. */
export interface MonitoringWords {
  readonly heading: string;
  /** What the section is, in one sentence. */
  readonly note: string;
  /** The period read, from its first to its last alert (ISO dates). */
  readonly period: (from: string, to: string) => string;
  /** Table captions. */
  readonly byDepartment: string;
  readonly byPost: string;
  /** Column heads: who, raised, escalated, resolved, open, highest level, median minutes to resolve. */
  readonly columns: readonly [string, string, string, string, string, string, string];
  /** Incidents whose cause the blueprint gives no owner. */
  readonly unrouted: (n: number) => string;
  /** No alert in the period. */
  readonly none: string;
  /** A responsibility list's own alerts in the period, in one sentence (median minutes null when none resolved). */
  readonly listLine: (a: { readonly raised: number; readonly escalated: number; readonly resolved: number; readonly open: number; readonly median: number | null }) => string;
}
