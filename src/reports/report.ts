/**
 * The report model: an attribution turned into one plain, serialisable document in one language (the
 * `gaptrace/report@4` format of {@link ReportSchema}), with names beside ids, a sentence beside every number,
 * every customer gap's graded links (shares only from measured effects, with their intervals; possible causes to
 * test without a percentage), how responses were linked to their cases, and the responsibility lists and measures
 * attached. The Markdown, CSV and JSON writers all read this one document,
 * so they never disagree; the HTML writer reads it too and adds the pictures.
 * @module
 */
import type { AlertReview, ReviewRow } from "../monitor/review.js";
import type { TargetCascade } from "../attribution/targets.js";
import { departmentTargets, postTargets, targetsDoc } from "./targets-doc.js";
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { evidenceQ } from "../attribution/attribute.js";
import { GRADES, TAGS, type CauseLink, type ChainLink, type CustomerDissatisfaction, type Evidence, type Finding, type Grade, type PassedThrough, type Tag } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { QUADRANTS } from "../stats/drivers/importance-performance.js";
import { labelText } from "../core/label.js";
import { relabelIds, type NamedKind, type StudyLabels } from "./labels.js";
import { wordsFor } from "./words/index.js";
import { checkDataOptions, dataDoc, type ReportDataOptions } from "./data.js";
import { declaredButMissing, type Coverage } from "../attribution/shared/coverage.js";
import { coverageText } from "./coverage-text.js";
import { settleText } from "../attribution/shared/undecided.js";
import { attachMeasures, measuresFor, serviceAreaCoverage, type MatchedMeasure, type MeasureCatalogue, type MeasuresSource } from "../measures/index.js";
import { formatIndex } from "./numbers.js";
import { quoted } from "./words/quote.js";
import { correctionText, estimatorName, exposureText, missesName, shareBrief, toTestBrief, familiesText, gapShareText, gradeName, linkageText, linkText, possibleCauseText, reasonText, testText, unexplainedText } from "./link-text.js";
import { causeId, customerGaps, exposureSubject, linkTests, shareInterval, untested } from "./links.js";
import { responsibilityLists, type EntryShare, type GapShare, type ResponsibilityEntry, type ResponsibilityRole } from "./responsibility.js";
import {
  REPORT_FORMAT, type Ref, type ReportCoverage, type ReportDocument, type ReportMonitoring, type ReportEntry, type ReportEvidence, type ReportFinding, type ReportLink, type ReportShare,
} from "./schema.js";
import {
  changeKindName, changeText, chainLinkText, chainPathText, evidenceBrief, evidenceKindName, evidenceSubject, evidenceText,
  findingRefText, findingText, findingTitle, labelsOf, layerTitle, postText, standardOwnerText, tagName, undecidedText,
} from "./text.js";
import { isAttribution, requireArgument, requireStudy } from "../model/arguments.js";
import { familySizes, strengthText, testFamiliesText, untargetedText } from "./families.js";
import { listWalkthroughDoc, walkthroughsDoc, type WalkthroughDocContext } from "./walkthroughs.js";

/** Options shared by the report writers: the language, the measures, and the data's ledgers (see {@link ReportDataOptions}). */
export interface ReportOptions extends ReportDataOptions {
  /** The report language; default `"en"`. */
  readonly lang?: Lang;
  /**
   * The measures catalogue to attach from (one that `extends` a bundled catalogue is merged with it); `false` for
   * none; default the bundled catalogue of the study's declared industry, or the shared measures alone.
   */
  readonly measures?: MeasureCatalogue | false;
  /** A period's monitoring review (`reviewAlerts` of gaptrace/monitor), shown as the review-after section. */
  readonly monitoring?: AlertReview;
  /** A target cascade (`cascadeTargets` of gaptrace/attribution), shown as its section and on each post's list. */
  readonly targets?: TargetCascade;
}

/** Deep copy with non-finite numbers as `null` and `undefined` properties left out: exactly what JSON carries. */
function jsonSafe(x: unknown): unknown {
  if (typeof x === "number") return Number.isFinite(x) ? x : null;
  if (Array.isArray(x)) return x.map(jsonSafe);
  if (x !== null && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (v !== undefined) out[k] = jsonSafe(v);
    return out;
  }
  return x;
}

function num(x: number | undefined): number | null {
  return x === undefined || !Number.isFinite(x) ? null : x;
}

/**
 * The name of a responsibility role ("Root cause" / "根本原因").
 *
 * @param role - The role.
 * @param lang - The report language.
 * @returns Its name.
 * @example
 * ```ts
 * roleName("customer-gap", "zh"); // "面对的客户差距"
 * ```
 */
export function roleName(role: ResponsibilityRole, lang: Lang): string {
  return wordsFor(lang).findings.roles[role];
}

/**
 * Whether each piece of evidence of a run is significant: the run's own test record where the evidence is the
 * same object, else its adjusted p-value against the run's alpha.
 *
 * @param result - The attribution.
 * @returns A predicate on evidence.
 * @example
 * ```ts
 * const significant = significanceOf(result);
 * cause.chain[0]?.measured.filter(significant);
 * ```
 */
export function significanceOf(result: Attribution): (e: Evidence) => boolean {
  const flagged = new Map<Evidence, boolean>(result.tests.map((t) => [t.evidence, t.significant] as const));
  return (e) => flagged.get(e) ?? evidenceQ(e) < result.options.alpha;
}

/**
 * Build the report document of an attribution, in one language.
 *
 * @param study - The study the attribution was made on.
 * @param result - The attribution.
 * @param options - Language, measures catalogue, the data's ledgers (`data`) and `partialDataThreshold`.
 * @returns The `gaptrace/report@4` document (plain data; `JSON.stringify` it, or use {@link renderJson}).
 * @throws {@link core!UsageError} for malformed `data`, a ledger that does not add up, or a threshold outside 0..1.
 * @example
 * ```ts
 * const doc = buildReport(study, result, {
 *   lang: "zh",
 *   data: [{ kind: "responses", name: "responses.csv", ledger: table.ledger }, { kind: "cases", name: "cases.csv", ledger: records.ledger }],
 * });
 * doc.summary.findings["unreasonable-standard"]; // 2
 * doc.data.partial; // true when more than 1% of a source's rows (or values) were rejected
 * ```
 */
export function buildReport(study: Study, result: Attribution, options: ReportOptions = {}): ReportDocument {
  requireStudy("buildReport", study);
  requireArgument("buildReport", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass attribute(study, data, options).");
  const data = checkDataOptions("buildReport", options);
  const b = buildContext(study, result, options);
  const findingFamily = { tests: result.tests.length, significant: result.tests.filter((t) => t.significant).length };
  const linkFamily = linkTests(result);
  const families = familySizes(result);
  const doc = {
    format: REPORT_FORMAT,
    lang: b.lang,
    study: { id: study.id, name: b.l.study },
    wave: result.wave,
    data: dataDoc(data, b.lang),
    options: optionsDoc(result),
    linkage: linkageDoc(b),
    ...(result.coverage === undefined ? {} : { coverage: coverageDoc(b, result.coverage) }),
    ...(options.monitoring === undefined ? {} : { monitoring: monitoringDoc(b, options.monitoring) }),
    ...(result.walkthroughs === undefined ? {} : { walkthroughs: walkthroughsDoc(walkContext(b), result) }),
    ...(options.targets === undefined ? {} : { targets: targetsDoc(study, options.targets, b.lang, b.l) }),
    comparisons: {
      correction: result.options.correction,
      correctionName: correctionText(result.options.correction, result.options.alpha, b.lang),
      linkCorrection: result.options.linkCorrection,
      linkCorrectionName: correctionText(result.options.linkCorrection, result.options.alpha, b.lang),
      alpha: result.options.alpha,
      findings: findingFamily,
      links: linkFamily,
      families: families.map((f) => ({ ...f, name: wordsFor(b.lang).tests.familyNames[f.family] })),
      text: testFamiliesText(families, linkFamily, result.options, b.lang),
    },
    summary: summaryDoc(b),
    findings: result.findings.map((f) => findingDoc(b, f)),
    responsibility: responsibilityDoc(b, options.monitoring, options.targets),
    undecided: result.undecided.map((u) => ({
      kind: u.kind,
      subject: ref(b, u.kind === "point" || u.kind === "internal" ? "point" : "standard", u.subject),
      text: undecidedText(study, u, b.lang),
      reason: u.reason,
      needs: u.needs,
    })),
    priorities: prioritiesDoc(b),
    measures: measuresDoc(b),
    measuresSource: measuresSourceDoc(b),
    tests: result.tests.map((t) => ({ id: t.id, significant: t.significant, family: t.family, direction: t.direction ?? null, evidence: evidenceDoc(b, t.evidence) })),
    strengths: strengthsDoc(b),
    untargeted: {
      points: (result.untargeted ?? []).map((u) => ({ point: ref(b, "point", u.point), servqual: [...u.servqual], untested: [...u.untested], untestedRaters: u.untestedRaters.map((r) => ref(b, "post", r)) })),
      text: untargetedText(study, result, b.lang),
    },
  };
  return jsonSafe(doc) as ReportDocument;
}

/** What every part of the document is built from: the run, its study's names in the language, and lookups. */
interface Build {
  readonly study: Study;
  readonly result: Attribution;
  readonly lang: Lang;
  readonly l: StudyLabels;
  readonly catalogue: MeasureCatalogue | false;
  /** Where the catalogue comes from; undefined for none. */
  readonly source: MeasuresSource | undefined;
  readonly attached: ReadonlyMap<string, readonly MatchedMeasure[]>;
  readonly significant: (e: Evidence) => boolean;
  readonly findingName: ReadonlyMap<string, string>;
  readonly gapPoints: ReadonlyMap<string, number>;
  /** A root cause's links to each customer gap, keyed by cause and gap: the interval and grade of its shares. */
  readonly causeOf: ReadonlyMap<string, readonly { readonly gap: CustomerDissatisfaction; readonly link: CauseLink }[]>;
}

function buildContext(study: Study, result: Attribution, options: ReportOptions): Build {
  const lang = options.lang ?? "en";
  const resolved = options.measures === false ? undefined : measuresFor(study, options.measures);
  const catalogue = resolved === undefined ? false : resolved.catalogue;
  const causeOf = new Map<string, { gap: CustomerDissatisfaction; link: CauseLink }[]>();
  for (const g of customerGaps(result)) for (const c of g.causes) causeOf.set(`${causeId(c)}\u0000${g.id}`, [...(causeOf.get(`${causeId(c)}\u0000${g.id}`) ?? []), { gap: g, link: c }]);
  return {
    study,
    result,
    lang,
    l: labelsOf(study, lang),
    catalogue,
    source: resolved?.source,
    attached: catalogue === false ? new Map<string, readonly MatchedMeasure[]>() : attachMeasures(study, result, catalogue),
    significant: significanceOf(result),
    findingName: new Map(result.findings.map((f) => [f.id, findingTitle(study, f, lang)] as const)),
    gapPoints: new Map(customerGaps(result).map((g) => [g.id, g.gap] as const)),
    causeOf,
  };
}

function ref(b: Build, kind: NamedKind, id: string): Ref {
  return { id, name: b.l.name(kind, id) };
}

function refOrNull(b: Build, kind: NamedKind, id: string | undefined): Ref | null {
  return id === undefined ? null : ref(b, kind, id);
}

function gapName(b: Build, gap: string): string {
  return b.findingName.get(gap) ?? findingRefText(b.study, gap, b.lang);
}

function evidenceDoc(b: Build, e: Evidence): ReportEvidence {
  return {
    kind: e.kind,
    kindName: evidenceKindName(e.kind, b.lang),
    subject: evidenceSubject(b.study, e, b.lang),
    text: evidenceText(b.study, e, b.lang),
    brief: evidenceBrief(b.study, e, b.lang),
    significant: b.significant(e),
    data: jsonSafe(e) as ReportEvidence["data"],
  };
}

function shareDoc(b: Build, gap: string, x: Pick<EntryShare, "share" | "grade" | "ci" | "level">): ReportShare {
  return {
    gap,
    gapName: gapName(b, gap),
    share: num(x.share),
    ci: x.ci === undefined ? null : [num(x.ci[0]), num(x.ci[1])],
    points: num(x.share * (b.gapPoints.get(gap) ?? NaN)),
    grade: x.grade ?? null,
    gradeName: x.grade === undefined ? null : gradeName(x.grade, b.lang),
    text: gapShareText(b.study, x.share, x.ci, x.level, x.grade, gap, b.lang),
    brief: shareBrief(x.share, x.ci, x.level, x.grade, gapName(b, gap), b.lang),
  };
}

function gapShareDoc(b: Build, x: GapShare): ReportDocument["responsibility"]["posts"][number]["gapShares"][number] {
  return { gap: x.gap, gapName: gapName(b, x.gap), share: num(x.share), points: num(x.points), text: gapShareText(b.study, x.share, undefined, 0, undefined, x.gap, b.lang) };
}

function chainLinkDoc(b: Build, c: ChainLink): ReportLink["chain"][number] {
  return {
    step: ref(b, "step", c.step),
    layer: c.layer,
    layerName: layerTitle(c.layer, b.lang),
    post: refOrNull(b, "post", c.post),
    depth: c.depth,
    text: chainLinkText(b.study, c, b.lang, b.significant),
    measured: c.measured.map((e) => evidenceDoc(b, e)),
  };
}

/** A customer gap's link as the document states it: its grade, exposure, share, effect, reason and chain. */
function linkDoc(b: Build, c: CauseLink, gap: CustomerDissatisfaction): ReportLink {
  const { study, lang } = b;
  const subject = exposureSubject(c.exposure);
  const ci = shareInterval(c, gap.gap);
  const e = c.effect;
  return {
    finding: c.finding ?? null,
    findingName: c.finding === undefined ? missesName(study, c.exposure, lang) : findingRefText(study, c.finding, lang),
    grade: c.grade,
    gradeName: gradeName(c.grade, lang),
    step: ref(b, "step", c.step),
    post: refOrNull(b, "post", c.post),
    department: refOrNull(b, "department", c.department),
    exposure: {
      kind: c.exposure.kind,
      subject: ref(b, subject.kind, subject.id),
      text: exposureText(study, c.exposure, lang),
      share: e === undefined || e.estimator === "driver-regression" ? null : num(e.exposure),
      driverGap: e?.estimator === "driver-regression" ? num(e.exposure) : null,
    },
    share: num(c.share),
    shareCi: ci === undefined ? null : [num(ci[0]), num(ci[1])],
    effect:
      e === undefined
        ? null
        : {
            estimator: e.estimator,
            estimatorName: estimatorName(e.estimator, lang),
            value: num(e.effect.value),
            se: num(e.effect.se),
            ci: [num(e.effect.ci[0]), num(e.effect.ci[1])],
            level: num(e.effect.level),
            p: num(e.effect.p),
            q: num(e.effect.q),
            df: num(e.df),
            n: num(e.n),
            adjustedFor: [...e.adjustedFor],
          },
    attributable: e === undefined ? null : { value: num(e.attributable.value), se: num(e.attributable.se), ci: [num(e.attributable.ci[0]), num(e.attributable.ci[1])] },
    reason: { kind: c.reason.kind, text: reasonText(study, c, gap.gap, lang), data: jsonSafe(c.reason) as ReportLink["reason"]["data"] },
    tests: c.test.map((t) => ({ kind: t.kind, text: testText(study, t, lang), data: jsonSafe(t) as ReportLink["tests"][number]["data"] })),
    text: linkText(study, c, gap.gap, lang),
    path: chainPathText(study, c.chain, lang),
    chain: c.chain.map((x) => chainLinkDoc(b, x)),
    through: c.through === undefined ? null : passedDoc(b, c.through),
    passedUpstream: (c.passedUpstream ?? []).map((t) => passedDoc(b, t)),
    ...(c.observed === undefined ? {} : { observed: [...c.observed] }),
  };
}

/** A part of a share passed upstream, with names. */
function passedDoc(b: Build, t: PassedThrough): ReportLink["passedUpstream"][number] {
  return {
    from: t.from, to: t.to, post: refOrNull(b, "post", t.post), standard: ref(b, "standard", t.standard), upstream: ref(b, "standard", t.upstream),
    fraction: num(t.fraction), ci: [num(t.ci[0]), num(t.ci[1])], p: num(t.p), cases: num(t.cases),
  };
}

/** A root cause's shares of customer gaps, with the interval and grade of the link each comes from. */
function explainsDoc(b: Build, finding: string, explains: readonly { gap: string; share: number }[]): ReportShare[] {
  const used = new Map<string, number>();
  return explains.map((x) => {
    const k = used.get(x.gap) ?? 0;
    used.set(x.gap, k + 1);
    const c = b.causeOf.get(`${finding}\u0000${x.gap}`)?.[k];
    const ci = c === undefined ? undefined : shareInterval(c.link, c.gap.gap);
    return shareDoc(b, x.gap, { share: x.share, grade: c?.link.grade ?? "measured", ci, level: c?.link.effect?.effect.level ?? b.result.options.level });
  });
}

/** A finding as the document states it: what every finding has, then what its tag adds. */
function findingDoc(b: Build, f: Finding): ReportFinding {
  const { study, lang, l } = b;
  const base = {
    id: f.id,
    tagName: tagName(f.tag, lang),
    title: findingTitle(study, f, lang),
    text: findingText(study, f, lang),
    theme: ref(b, "theme", f.theme),
    step: ref(b, "step", f.step),
    post: refOrNull(b, "post", f.post),
    department: refOrNull(b, "department", f.department),
    persons: f.persons.map((p) => ref(b, "person", p)),
    severity: num(f.severity),
    q: num(f.q),
    evidence: f.evidence.map((e) => evidenceDoc(b, e)),
    changes: f.change.map((c) => ({
      kind: c.kind,
      kindName: changeKindName(c.kind, lang),
      text: changeText(study, c, lang, changeSubject(study, f, lang)),
      data: jsonSafe(c) as ReportFinding["changes"][number]["data"],
    })),
    measures: (b.attached.get(f.id) ?? []).map((m) => m.measure.id),
  };
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x): ReportFinding => ({
      ...base,
      tag: x.tag,
      point: ref(b, "point", x.point),
      gap: num(x.gap),
      causes: x.causes.map((c) => linkDoc(b, c, x) as Extract<ReportFinding, { tag: "customer-dissatisfaction" }>["causes"][number]),
      links: x.links.map((c) => linkDoc(b, c, x)),
      unexplainedShare: num(x.unexplainedShare),
      unexplainedText: unexplainedText(x.unexplainedShare, postText(study, x.post, lang), lang),
      unexplained: x.unexplained,
      settleWith: x.settle.map((t) => settleText(wordsFor(lang).undecided, t, (id) => relabelIds(id, l))),
    }))
    .with({ tag: "unreasonable-standard" }, (x): ReportFinding => {
      const s = l.standard(x.standard);
      return {
        ...base,
        tag: x.tag,
        standard: ref(b, "standard", x.standard),
        via: x.via,
        owner: s === undefined ? (x.post === undefined ? "" : l.name("post", x.post)) : standardOwnerText(study, s, lang),
        explains: explainsDoc(b, x.id, x.explains),
      };
    })
    .with({ tag: "non-compliant-execution" }, (x): ReportFinding => ({
      ...base,
      tag: x.tag,
      standards: x.standards.map((s) => ref(b, "standard", s)),
      explainedBy: [...x.explainedBy],
      explains: explainsDoc(b, x.id, x.explains),
    }))
    .exhaustive();
}

/** An entry of the responsibility lists: its shares, its possible causes to test, what explains it. */
function entryDoc(b: Build, e: ResponsibilityEntry): ReportEntry {
  const { study, lang } = b;
  return {
    finding: e.finding,
    tag: e.tag,
    role: e.role,
    roleName: roleName(e.role, lang),
    title: b.findingName.get(e.finding) ?? findingRefText(study, e.finding, lang),
    post: refOrNull(b, "post", e.post),
    department: refOrNull(b, "department", e.department),
    persons: e.persons.map((p) => ref(b, "person", p)),
    severity: num(e.severity),
    priority: num(e.priority),
    shares: e.shares.map((s) => shareDoc(b, s.gap, s)),
    toTest: e.toTest.map((t) => ({
      gap: t.gap,
      gapName: gapName(b, t.gap),
      grade: t.link.grade,
      gradeName: gradeName(t.link.grade, lang),
      reason: t.link.reason.kind,
      text: possibleCauseText(study, t.link, t.gap, t.gapPoints, lang),
      brief: toTestBrief(t.link.grade, gapName(b, t.gap), lang),
    })),
    causes: e.causes.map((c) => ({ finding: c.finding, findingName: findingRefText(study, c.finding, lang), share: num(c.share), grade: c.grade ?? null })),
    measures: e.measures.map((m) => m.measure.id),
  };
}

/**
 * The responsibility lists by post, by department, and what lands on no post. Given a monitoring review, each list
 * carries its owner's alerts of the period, and a post or department with alerts but no finding gets a list of its
 * own (no entries), so early warning lands where the findings do.
 */
function responsibilityDoc(b: Build, review: AlertReview | undefined, cascade: TargetCascade | undefined): ReportDocument["responsibility"] {
  const lists = responsibilityLists(b.study, b.result, { measures: b.catalogue });
  const alertsOf = (row: ReviewRow | undefined): { alerts?: ReportDocument["responsibility"]["posts"][number]["alerts"] } => {
    if (row === undefined) return {};
    const median = row.medianMinutesToResolve;
    const text = wordsFor(b.lang).monitoring.listLine({ raised: row.raised, escalated: row.escalated, resolved: row.resolved, open: row.open, median });
    return { alerts: { raised: row.raised, escalated: row.escalated, resolved: row.resolved, open: row.open, maxLevel: row.maxLevel, medianMinutesToResolve: median, text } };
  };
  const walked = walkContext(b);
  const postRow = new Map((review?.byPost ?? []).map((r) => [r.post, r] as const));
  const targetLines = cascade === undefined ? new Map<string, string[]>() : postTargets(b.study, cascade, b.lang, b.l);
  const targetsOf = (post: string): { targets?: string[] } => (targetLines.has(post) ? { targets: targetLines.get(post) as string[] } : {});
  const deptLines = cascade === undefined ? new Map<string, string[]>() : departmentTargets(b.study, cascade, b.lang, b.l);
  const deptTargetsOf = (d: string): { targets?: string[] } => (deptLines.has(d) ? { targets: deptLines.get(d) as string[] } : {});
  const deptRow = new Map((review?.byDepartment ?? []).map((r) => [r.department, r] as const));
  const postOf = new Map(b.study.organisation.posts.map((p) => [p.id, p] as const));
  const listed = new Set(lists.posts.map((p) => p.post));
  const posts = [
    ...lists.posts.map((p) => ({
      post: ref(b, "post", p.post),
      department: refOrNull(b, "department", p.department),
      persons: p.persons.map((x) => ref(b, "person", x)),
      priority: num(p.priority),
      gapShares: p.gapShares.map((x) => gapShareDoc(b, x)),
      entries: p.entries.map((e) => entryDoc(b, e)),
      ...alertsOf(postRow.get(p.post)),
      ...listWalkthroughDoc(walked, p.walkthrough),
      ...targetsOf(p.post),
    })),
    ...[...postRow.values()]
      .filter((r) => !listed.has(r.post) && postOf.has(r.post))
      .map((r) => ({ post: ref(b, "post", r.post), department: refOrNull(b, "department", r.department ?? undefined), persons: [], priority: num(0), gapShares: [], entries: [], ...alertsOf(r), ...targetsOf(r.post) })),
    // A post with a target and neither a finding nor an alert gets a list of its own: its target lands on it.
    ...[...targetLines.keys()]
      .filter((id) => !listed.has(id) && !postRow.has(id) && postOf.has(id))
      .map((id) => ({ post: ref(b, "post", id), department: refOrNull(b, "department", postOf.get(id)?.department), persons: [], priority: num(0), gapShares: [], entries: [], ...targetsOf(id) })),
  ];
  const listedDepts = new Set(lists.departments.map((d) => d.department));
  const departments = [
    ...lists.departments.map((d) => ({
      department: ref(b, "department", d.department),
      posts: d.posts.map((x) => ref(b, "post", x)),
      priority: num(d.priority),
      gapShares: d.gapShares.map((x) => gapShareDoc(b, x)),
      entries: d.entries.map((e) => entryDoc(b, e)),
      ...alertsOf(deptRow.get(d.department)),
      ...listWalkthroughDoc(walked, d.walkthrough),
      ...deptTargetsOf(d.department),
    })),
    ...[...deptRow.values()]
      .filter((r) => !listedDepts.has(r.department) && b.study.organisation.departments.some((d) => d.id === r.department))
      .map((r) => ({ department: ref(b, "department", r.department), posts: [], priority: num(0), gapShares: [], entries: [], ...alertsOf(r), ...deptTargetsOf(r.department) })),
    ...[...deptLines.keys()]
      .filter((id) => !listedDepts.has(id) && !deptRow.has(id) && b.study.organisation.departments.some((d) => d.id === id))
      .map((id) => ({ department: ref(b, "department", id), posts: [], priority: num(0), gapShares: [], entries: [], ...deptTargetsOf(id) })),
  ];
  return { posts, departments, unassigned: lists.unassigned.map((e) => entryDoc(b, e)) };
}

/** What the walkthrough documents read of the build: names, language, and each finding's title. */
function walkContext(b: Build): WalkthroughDocContext {
  return { study: b.study, lang: b.lang, l: b.l, findingName: (id) => gapName(b, id) };
}

/** The run's options as the document records them. */
function optionsDoc(result: Attribution): ReportDocument["options"] {
  const o = result.options;
  return {
    level: o.level,
    alpha: o.alpha,
    correction: o.correction,
    minExternal: o.minExternal,
    minInternal: o.minInternal,
    minCases: o.minCases,
    defaultTarget: num(o.defaultTarget),
    interval: o.interval,
    acceptance: o.acceptance,
    explainedShare: o.explainedShare,
    minSeverity: o.minSeverity,
    minExposed: o.minExposed,
    minGroups: o.minGroups,
    adjustFor: o.adjustFor === undefined ? null : [...o.adjustFor],
  };
}

/**
 * What the data could show, in words: shown by the writers when some kind of gap was not testable, the links could
 * not be measured, or data the study declares are missing (a point rated by staff nobody asked), so a post the
 * study names is never left out of the report in silence.
 */
/** The monitoring review with names in the report's language. */
function monitoringDoc(b: Build, r: AlertReview): ReportMonitoring {
  const row = (x: ReviewRow) => ({ raised: x.raised, escalated: x.escalated, resolved: x.resolved, open: x.open, maxLevel: x.maxLevel, medianMinutesToResolve: x.medianMinutesToResolve });
  return {
    from: r.from,
    to: r.to,
    total: row(r.total),
    byDepartment: r.byDepartment.map((d) => ({ department: ref(b, "department", d.department), ...row(d) })),
    byPost: r.byPost.map((p) => ({ post: ref(b, "post", p.post), ...row(p) })),
    unrouted: r.unrouted,
  };
}

function coverageDoc(b: Build, coverage: Coverage): ReportCoverage {
  const t = coverageText(b.study, coverage, b.lang);
  return {
    complete: coverage.complete,
    shown: !coverage.links.testable || coverage.gaps.some((g) => !g.testable || g.needs.some(declaredButMissing)),
    data: { ...coverage.data },
    text: t.read,
    gaps: coverage.gaps.map((g, i) => ({
      tag: g.tag,
      tagName: tagName(g.tag, b.lang),
      testable: g.testable,
      tests: g.tests,
      ways: [...g.ways],
      text: t.gaps[i]?.text ?? "",
      needs: g.needs.map((n, j) => ({ kind: n.kind, text: t.gaps[i]?.needs[j] ?? "" })),
    })),
    links: { testable: coverage.links.testable, text: t.links.text, needs: coverage.links.needs.map((n, j) => ({ kind: n.kind, text: t.links.needs[j] ?? "" })) },
  };
}

/** How responses were linked to their cases. */
function linkageDoc(b: Build): ReportDocument["linkage"] {
  const k = b.result.linkage;
  return {
    respondents: k.respondents,
    linked: k.linked,
    unlinked: k.unlinked,
    unknownCase: k.unknownCase,
    duplicate: k.duplicate,
    text: linkageText(k, b.lang),
    problems: k.problems.map((p) => ({ respondent: p.respondent, case: p.case, reason: p.reason })),
  };
}

/** The counts by tag, root causes, tests, grades, largest samples and themes. */
function summaryDoc(b: Build): ReportDocument["summary"] {
  const { result, study } = b;
  const maxN = (kinds: readonly Evidence["kind"][]): number | null => {
    const ns = result.tests.filter((t) => kinds.includes(t.evidence.kind)).map((t) => measuredOf(t.evidence).n);
    return ns.length === 0 ? null : Math.max(...ns);
  };
  const allLinks = customerGaps(result).flatMap((g) => g.links);
  return {
    findings: Object.fromEntries(TAGS.map((t) => [t, result.findings.filter((f) => f.tag === t).length])) as Record<Tag, number>,
    rootCauses: result.findings.filter((f) => f.tag === "unreasonable-standard" || (f.tag === "non-compliant-execution" && f.explainedBy.length === 0)).length,
    unexplainedGaps: result.findings.filter((f) => f.tag === "customer-dissatisfaction" && f.unexplained).length,
    tests: { total: result.tests.length, significant: result.tests.filter((t) => t.significant).length },
    undecided: result.undecided.length,
    grades: Object.fromEntries(GRADES.map((g) => [g, allLinks.filter((x) => x.grade === g).length])) as Record<Grade, number>,
    samples: {
      customers: maxN(["perception-below-target", "servqual-gap", "expectation-vs-standard"]),
      staff: maxN(["internal-rating-below-target"]),
      cases: maxN(["compliance-below-standard", "clock-mismatch"]),
    },
    themes: [...new Set([...study.blueprints.map((x) => x.theme)])].map((t) => ref(b, "theme", t)),
  };
}

/** The strengths, each with its names, numbers and sentence. */
function strengthsDoc(b: Build): NonNullable<ReportDocument["strengths"]> {
  return (b.result.strengths ?? []).map((s) => ({
    id: s.id,
    kind: s.kind,
    kindName: wordsFor(b.lang).tests.strengthKinds[s.kind],
    point: ref(b, "point", s.point),
    theme: ref(b, "theme", s.theme),
    post: refOrNull(b, "post", s.post),
    rater: refOrNull(b, "post", s.rater),
    estimate: num(s.estimate),
    reference: num(s.reference),
    ci: [num(s.ci[0]), num(s.ci[1])],
    level: num(s.level),
    n: num(s.n),
    df: s.df === null ? null : num(s.df),
    p: num(s.p),
    q: num(s.q),
    text: strengthText(b.study, s, b.lang),
  }));
}

/**
 * Each theme's priorities: importance × gap, with the quadrant by name; `null` when the attribution has none (not
 * computed: `attribute` leaves them to `withPriorities`), which is not the empty list of "no theme to rank".
 */
function prioritiesDoc(b: Build): ReportDocument["priorities"] {
  const charts = wordsFor(b.lang).charts;
  if (b.result.priorities === undefined) return null;
  return b.result.priorities.map((t) => {
    const without = t.points.filter((p) => p.referenceKind !== "target");
    const mean = without[0]?.reference;
    const kind = without.length === 0 ? "target" : without.length === t.points.length ? "mean-of-points" : "mixed";
    const names = without.map((p) => b.l.name("point", p.point)).join(wordsFor(b.lang).punct.list);
    const text = kind === "target" ? charts.crosshairTarget : kind === "mean-of-points" ? charts.crosshairMean(formatIndex(mean)) : charts.crosshairMixed(formatIndex(mean), names);
    return {
      theme: ref(b, "theme", t.theme),
      method: t.method,
      rSquared: num(t.rSquared),
      n: num(t.n),
      note: t.note ?? null,
      reference: { kind, mean: num(mean), text },
      points: t.points.map((p) => ({
        point: ref(b, "point", p.point),
        importance: num(p.importance),
        performance: num(p.performance),
        target: num(p.target),
        referenceKind: p.referenceKind,
        reference: num(p.reference),
        belowTarget: p.belowTarget ?? null,
        gap: num(p.gap),
        priority: num(p.priority),
        rank: p.rank,
        quadrant: p.quadrant,
        quadrantName: labelText(QUADRANTS.get(p.quadrant)?.label, b.lang) || p.quadrant,
      })),
    };
  });
}

/** Where the measures come from, in a sentence of the report language. */
function measuresSourceDoc(b: Build): ReportDocument["measuresSource"] {
  const w = wordsFor(b.lang).measureSource;
  const src = b.source;
  if (src === undefined) return { kind: "none", industry: null, text: w.none };
  const industry = src.industry === undefined ? "" : w.industries[src.industry];
  const name = src.name === undefined ? "" : quoted(labelText(src.name, b.lang));
  const base =
    src.kind === "bundled" ? (src.industry === undefined ? w.sharedOnly : w.bundled(industry)) : src.kind === "file" ? w.file(name) : w.fileAndBundled(name, industry);
  const areas = b.catalogue === false ? undefined : serviceAreaCoverage(b.study, b.catalogue);
  const unnamed = (areas?.unnamed ?? []).map((c) => quoted(labelText(c.name, b.lang) || c.id));
  const unknown = (areas?.unknown ?? []).map((u) => ({ category: quoted(u.category), theme: quoted(b.l.name("theme", u.theme)) }));
  const note = unnamed.length + unknown.length === 0 ? "" : w.serviceAreas(unnamed, unknown);
  return { kind: src.kind, industry: src.industry ?? null, text: `${base}${note}` };
}

/** The measures attached to any finding, in the catalogue's order. */
function measuresDoc(b: Build): ReportDocument["measures"] {
  const used = new Map<string, MatchedMeasure>();
  for (const list of b.attached.values()) for (const m of list) if (!used.has(m.measure.id)) used.set(m.measure.id, m);
  const order = new Map((b.catalogue === false ? [] : b.catalogue.measures).map((m, i) => [m.id, i] as const));
  return [...used.values()]
    .sort((x, y) => (order.get(x.measure.id) ?? 0) - (order.get(y.measure.id) ?? 0))
    .map((m) => ({
      id: m.measure.id,
      category: { id: m.measure.category, name: labelText(m.category?.name, b.lang) || m.measure.category },
      title: labelText(m.measure.title, b.lang),
      description: labelText(m.measure.description, b.lang),
    }));
}

/** The point an index change is about, by name, for the change's sentence. */
function changeSubject(study: Study, f: Finding, lang: Lang): string | undefined {
  const point = f.evidence.map(pointOf).find((p) => p !== undefined);
  return point === undefined ? undefined : labelsOf(study, lang).name("point", point);
}

/** The evaluation point a piece of evidence is measured at, if it is about a point rather than a standard. */
function pointOf(e: Evidence): string | undefined {
  return match(e)
    .with({ kind: "perception-below-target" }, { kind: "internal-rating-below-target" }, { kind: "servqual-gap" }, (x) => x.point)
    .with({ kind: "expectation-vs-standard" }, { kind: "clock-mismatch" }, { kind: "compliance-below-standard" }, () => undefined)
    .exhaustive();
}

/**
 * The estimate behind a piece of evidence: the index, the gap, the share accepting or the compliance.
 *
 * @param e - The evidence.
 * @returns Its estimate (value, sample size, …).
 * @example
 * ```ts
 * measuredOf(nce.evidence[0]).n; // 2000
 * ```
 */
export function measuredOf(e: Evidence): { readonly n: number; readonly value: number } {
  return match(e)
    .with({ kind: "perception-below-target" }, { kind: "internal-rating-below-target" }, (x) => x.index)
    .with({ kind: "servqual-gap" }, (x) => x.gap)
    .with({ kind: "expectation-vs-standard" }, (x) => x.acceptShare)
    .with({ kind: "clock-mismatch" }, (x) => x.onCustomerClock)
    .with({ kind: "compliance-below-standard" }, (x) => x.compliance)
    .exhaustive();
}

const GRADE_RANK: Readonly<Record<Grade, number>> = { measured: 0, "internal-chain": 1, "co-variation": 2, structural: 3 };

/**
 * Where to act first: the root causes of a report (unreasonable standards and non-compliant execution), those with
 * a measured share of a customer gap ranked by the index points their measured effects account for (Σ share ×
 * gap), then apart and unranked those that are only possible causes to test (strongest evidence first). Never by
 * position in the blueprint.
 *
 * @param doc - The report document.
 * @returns The measured root causes, largest first, and the possible causes to test.
 * @example
 * ```ts
 * const { measured, toTest } = rootCauseRanking(buildReport(study, result));
 * measured[0]?.priority; // 16.8 (index points)
 * ```
 */
export function rootCauseRanking(doc: ReportDocument): { readonly measured: readonly ReportEntry[]; readonly toTest: readonly ReportEntry[] } {
  const seen = new Set<string>();
  const all = [...doc.responsibility.departments.flatMap((d) => d.entries), ...doc.responsibility.posts.flatMap((p) => p.entries), ...doc.responsibility.unassigned].filter(
    (e) => e.role !== "customer-gap" && !seen.has(e.finding) && (seen.add(e.finding), true),
  );
  const byId = (a: ReportEntry, b: ReportEntry): number => (a.finding < b.finding ? -1 : a.finding > b.finding ? 1 : 0);
  const strongest = (e: ReportEntry): number => Math.min(4, ...e.toTest.map((t) => GRADE_RANK[t.grade]));
  return {
    measured: all.filter((e) => (e.priority ?? 0) > 0).sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || byId(a, b)),
    toTest: all.filter((e) => !((e.priority ?? 0) > 0) && e.toTest.length > 0).sort((a, b) => strongest(a) - strongest(b) || byId(a, b)),
  };
}

/**
 * Whether a link of a report document is a possible cause to test: a finding upstream whose effect on customers'
 * ratings was not measured (the document's counterpart of `isPossibleCause`).
 *
 * @param link - A link of a customer gap in a report document.
 * @returns True for a possible cause to test.
 * @example
 * ```ts
 * gap.links.filter(isToTest).map((l) => l.gradeName);
 * ```
 */
export function isToTest(link: ReportLink): boolean {
  return link.share === null && link.finding !== null && untested(link.reason.data);
}

/**
 * A finding's entry on a report document's responsibility lists (by post first, then by department, then
 * unassigned), if it has one.
 *
 * @param doc - The report document.
 * @param finding - The finding id.
 * @returns Its first entry, or `undefined`.
 * @example
 * ```ts
 * entryOf(doc, "nce:or_bo_dispatch")?.toTest.map((t) => t.brief);
 * ```
 */
export function entryOf(doc: ReportDocument, finding: string): ReportEntry | undefined {
  return [...doc.responsibility.posts.flatMap((p) => p.entries), ...doc.responsibility.departments.flatMap((d) => d.entries), ...doc.responsibility.unassigned].find(
    (e) => e.finding === finding,
  );
}
