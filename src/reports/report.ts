/**
 * The report model: an attribution turned into one plain, serialisable document in one language (the
 * `gaptrace/report@2` format of {@link ReportSchema}), with names beside ids, a sentence beside every number,
 * every customer gap's graded links (shares only from measured effects, with their intervals; possible causes to
 * test without a percentage), how responses were linked to their cases, and the responsibility lists and measures
 * attached. The Markdown, CSV and JSON writers all read this one document,
 * so they never disagree; the HTML writer reads it too and adds the pictures.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { evidenceQ } from "../attribution/attribute.js";
import { GRADES, TAGS, type CauseLink, type ChainLink, type CustomerDissatisfaction, type Evidence, type Finding, type Grade, type Tag } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { studyFirst } from "../model/study-first.js";
import { QUADRANTS } from "../stats/drivers/importance-performance.js";
import { labelText } from "../core/label.js";
import { relabelIds } from "./labels.js";
import { wordsFor } from "./words/index.js";
import { settleText } from "../attribution/shared/undecided.js";
import { attachMeasures, defaultMeasures, type MatchedMeasure, type MeasureCatalogue } from "../measures/index.js";
import { correctionText, estimatorName, exposureText, missesName, shareBrief, toTestBrief, familiesText, gapShareText, gradeName, linkageText, linkText, possibleCauseText, reasonText, testText, unexplainedText } from "./link-text.js";
import { causeId, customerGaps, exposureSubject, linkTests, shareInterval, untested } from "./links.js";
import { responsibilityLists, type EntryShare, type GapShare, type ResponsibilityEntry, type ResponsibilityRole } from "./responsibility.js";
import {
  REPORT_FORMAT, type Ref, type ReportDocument, type ReportEntry, type ReportEvidence, type ReportFinding, type ReportLink, type ReportShare,
} from "./schema.js";
import {
  changeKindName, changeText, chainLinkText, chainPathText, evidenceBrief, evidenceKindName, evidenceSubject, evidenceText,
  findingRefText, findingText, findingTitle, labelsOf, layerTitle, postText, standardOwnerText, tagName, undecidedText,
} from "./text.js";

/** Options shared by the report writers. */
export interface ReportOptions {
  /** The report language; default `"en"`. */
  readonly lang?: Lang;
  /** The measures catalogue to attach from; `false` for none; default the bundled one. */
  readonly measures?: MeasureCatalogue | false;
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

const ROLE_NAMES: Readonly<Record<ResponsibilityRole, Readonly<Record<Lang, string>>>> = {
  "root-cause": { en: "Root cause", zh: "根本原因" },
  explained: { en: "Explained by upstream", zh: "受上游影响" },
  misses: { en: "Misses that lower ratings (standard met)", zh: "标准已达标，未达标工单仍拉低评价" },
  "customer-gap": { en: "Customer gap faced", zh: "面对的客户差距" },
};

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
  return ROLE_NAMES[role][lang];
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
 * @param options - Language and measures catalogue.
 * @returns The `gaptrace/report@2` document (plain data; `JSON.stringify` it, or use {@link toJson}).
 * @example
 * ```ts
 * const doc = buildReport(study, result, { lang: "zh" });
 * doc.summary.findings["unreasonable-standard"]; // 2
 * ```
 */
export function buildReport(study: Study, result: Attribution, options?: ReportOptions): ReportDocument;
/**
 * Build the report document of an attribution, with the study second (the 0.1 order).
 *
 * @deprecated Pass the study first: `buildReport(study, result, options)`. This order is accepted until 0.3.
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language and measures catalogue.
 * @returns The `gaptrace/report@2` document.
 * @example
 * ```ts
 * buildReport(result, study); // as buildReport(study, result)
 * ```
 */
export function buildReport(result: Attribution, study: Study, options?: ReportOptions): ReportDocument;
export function buildReport(first: Study | Attribution, second: Attribution | Study, options: ReportOptions = {}): ReportDocument {
  const [study, result] = studyFirst<Attribution>(first, second);
  const lang = options.lang ?? "en";
  const l = labelsOf(study, lang);
  const catalogue = options.measures === undefined ? defaultMeasures() : options.measures;
  const attached = catalogue === false ? new Map<string, readonly MatchedMeasure[]>() : attachMeasures(study, result, catalogue);
  const significant = significanceOf(result);
  const ref = (kind: Parameters<typeof l.name>[0], id: string): Ref => ({ id, name: l.name(kind, id) });
  const refOrNull = (kind: Parameters<typeof l.name>[0], id: string | undefined): Ref | null => (id === undefined ? null : ref(kind, id));
  const findingName = new Map(result.findings.map((f) => [f.id, findingTitle(f, study, lang)] as const));
  const gapName = (gap: string): string => findingName.get(gap) ?? findingRefText(gap, study, lang);

  const evidence = (e: Evidence): ReportEvidence => ({
    kind: e.kind,
    kindName: evidenceKindName(e.kind, lang),
    subject: evidenceSubject(e, study, lang),
    text: evidenceText(e, study, lang),
    brief: evidenceBrief(e, study, lang),
    significant: significant(e),
    data: jsonSafe(e) as ReportEvidence["data"],
  });
  const gapPoints = new Map(customerGaps(result).map((g) => [g.id, g.gap] as const));
  const share = (gap: string, x: Pick<EntryShare, "share" | "grade" | "ci" | "level">): ReportShare => ({
    gap,
    gapName: gapName(gap),
    share: num(x.share),
    ci: x.ci === undefined ? null : [num(x.ci[0]), num(x.ci[1])],
    points: num(x.share * (gapPoints.get(gap) ?? NaN)),
    grade: x.grade ?? null,
    gradeName: x.grade === undefined ? null : gradeName(x.grade, lang),
    text: gapShareText(x.share, x.ci, x.level, x.grade, gap, study, lang),
    brief: shareBrief(x.share, x.ci, x.level, x.grade, gapName(gap), lang),
  });
  const gapShare = (x: GapShare) => ({ gap: x.gap, gapName: gapName(x.gap), share: num(x.share), points: num(x.points), text: gapShareText(x.share, undefined, 0, undefined, x.gap, study, lang) });
  const link = (c: ChainLink) => ({
    step: ref("step", c.step),
    layer: c.layer,
    layerName: layerTitle(c.layer, lang),
    post: refOrNull("post", c.post),
    depth: c.depth,
    text: chainLinkText(c, study, lang, significant),
    measured: c.measured.map(evidence),
  });

  const graded = (c: CauseLink, gap: CustomerDissatisfaction): ReportLink => {
    const subject = exposureSubject(c.exposure);
    const ci = shareInterval(c, gap.gap);
    const e = c.effect;
    return {
      finding: c.finding ?? null,
      findingName: c.finding === undefined ? missesName(c.exposure, study, lang) : findingRefText(c.finding, study, lang),
      grade: c.grade,
      gradeName: gradeName(c.grade, lang),
      step: ref("step", c.step),
      post: refOrNull("post", c.post),
      department: refOrNull("department", c.department),
      exposure: {
        kind: c.exposure.kind,
        subject: ref(subject.kind, subject.id),
        text: exposureText(c.exposure, study, lang),
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
      reason: { kind: c.reason.kind, text: reasonText(c, gap.gap, study, lang), data: jsonSafe(c.reason) as ReportLink["reason"]["data"] },
      tests: c.test.map((t) => ({ kind: t.kind, text: testText(t, study, lang), data: jsonSafe(t) as ReportLink["tests"][number]["data"] })),
      text: linkText(c, gap.gap, study, lang),
      path: chainPathText(c.chain, study, lang),
      chain: c.chain.map(link),
    };
  };
  // A root cause's shares of customer gaps, with the interval and grade of the link each comes from.
  const causeOf = new Map<string, { gap: CustomerDissatisfaction; link: CauseLink }[]>();
  for (const g of customerGaps(result)) for (const c of g.causes) causeOf.set(`${causeId(c)}\u0000${g.id}`, [...(causeOf.get(`${causeId(c)}\u0000${g.id}`) ?? []), { gap: g, link: c }]);
  const explainsOf = (finding: string, explains: readonly { gap: string; share: number }[]): ReportShare[] => {
    const used = new Map<string, number>();
    return explains.map((x) => {
      const k = used.get(x.gap) ?? 0;
      used.set(x.gap, k + 1);
      const c = causeOf.get(`${finding}\u0000${x.gap}`)?.[k];
      const ci = c === undefined ? undefined : shareInterval(c.link, c.gap.gap);
      return share(x.gap, { share: x.share, grade: c?.link.grade ?? "measured", ci, level: c?.link.effect?.effect.level ?? result.options.level });
    });
  };

  const findings: ReportFinding[] = result.findings.map((f) => {
    const base = {
      id: f.id,
      tagName: tagName(f.tag, lang),
      title: findingTitle(f, study, lang),
      text: findingText(f, study, lang),
      theme: ref("theme", f.theme),
      step: ref("step", f.step),
      post: refOrNull("post", f.post),
      department: refOrNull("department", f.department),
      persons: f.persons.map((p) => ref("person", p)),
      severity: num(f.severity),
      q: num(f.q),
      evidence: f.evidence.map(evidence),
      changes: f.change.map((c) => ({
        kind: c.kind,
        kindName: changeKindName(c.kind, lang),
        text: changeText(c, study, lang, changeSubject(f, study, lang)),
        data: jsonSafe(c) as ReportFinding["changes"][number]["data"],
      })),
      measures: (attached.get(f.id) ?? []).map((m) => m.measure.id),
    };
    return match(f)
      .with({ tag: "customer-dissatisfaction" }, (x): ReportFinding => ({
        ...base,
        tag: x.tag,
        point: ref("point", x.point),
        gap: num(x.gap),
        causes: x.causes.map((c) => graded(c, x) as Extract<ReportFinding, { tag: "customer-dissatisfaction" }>["causes"][number]),
        links: x.links.map((c) => graded(c, x)),
        unexplainedShare: num(x.unexplainedShare),
        unexplainedText: unexplainedText(x.unexplainedShare, postText(x.post, study, lang), lang),
        unexplained: x.unexplained,
        settleWith: x.settle.map((t) => settleText(wordsFor(lang).undecided, t, (id) => relabelIds(id, l))),
      }))
      .with({ tag: "unreasonable-standard" }, (x): ReportFinding => {
        const s = l.standard(x.standard);
        return {
          ...base,
          tag: x.tag,
          standard: ref("standard", x.standard),
          via: x.via,
          owner: s === undefined ? (x.post === undefined ? "" : l.name("post", x.post)) : standardOwnerText(s, study, lang),
          explains: explainsOf(x.id, x.explains),
        };
      })
      .with({ tag: "non-compliant-execution" }, (x): ReportFinding => ({
        ...base,
        tag: x.tag,
        standards: x.standards.map((s) => ref("standard", s)),
        explainedBy: [...x.explainedBy],
        explains: explainsOf(x.id, x.explains),
      }))
      .exhaustive();
  });

  const lists = responsibilityLists(result, study, { measures: catalogue });
  const entry = (e: ResponsibilityEntry): ReportEntry => ({
    finding: e.finding,
    tag: e.tag,
    role: e.role,
    roleName: roleName(e.role, lang),
    title: findingName.get(e.finding) ?? findingRefText(e.finding, study, lang),
    post: refOrNull("post", e.post),
    department: refOrNull("department", e.department),
    persons: e.persons.map((p) => ref("person", p)),
    severity: num(e.severity),
    priority: num(e.priority),
    shares: e.shares.map((s) => share(s.gap, s)),
    toTest: e.toTest.map((t) => ({
      gap: t.gap,
      gapName: gapName(t.gap),
      grade: t.link.grade,
      gradeName: gradeName(t.link.grade, lang),
      reason: t.link.reason.kind,
      text: possibleCauseText(t.link, t.gap, t.gapPoints, study, lang),
      brief: toTestBrief(t.link.grade, gapName(t.gap), lang),
    })),
    causes: e.causes.map((c) => ({ finding: c.finding, findingName: findingRefText(c.finding, study, lang), share: num(c.share), grade: c.grade ?? null })),
    measures: e.measures.map((m) => m.measure.id),
  });

  const usedMeasures = new Map<string, MatchedMeasure>();
  for (const list of attached.values()) for (const m of list) if (!usedMeasures.has(m.measure.id)) usedMeasures.set(m.measure.id, m);
  const catalogueOrder = new Map((catalogue === false ? [] : catalogue.measures).map((m, i) => [m.id, i] as const));

  const counts = Object.fromEntries(TAGS.map((t) => [t, result.findings.filter((f) => f.tag === t).length])) as Record<Tag, number>;
  const maxN = (kinds: readonly Evidence["kind"][]): number | null => {
    const ns = result.tests.filter((t) => kinds.includes(t.evidence.kind)).map((t) => measuredOf(t.evidence).n);
    return ns.length === 0 ? null : Math.max(...ns);
  };
  const themeIds = [...new Set([...study.blueprints.map((b) => b.theme)])];
  const allLinks = customerGaps(result).flatMap((g) => g.links);
  const grades = Object.fromEntries(GRADES.map((g) => [g, allLinks.filter((x) => x.grade === g).length])) as Record<Grade, number>;
  const findingFamily = { tests: result.tests.length, significant: result.tests.filter((t) => t.significant).length };
  const linkFamily = linkTests(result);

  const doc = {
    format: REPORT_FORMAT,
    lang,
    study: { id: study.id, name: l.study },
    wave: result.wave,
    options: {
      level: result.options.level,
      alpha: result.options.alpha,
      correction: result.options.correction,
      minExternal: result.options.minExternal,
      minInternal: result.options.minInternal,
      minCases: result.options.minCases,
      defaultTarget: result.options.defaultTarget,
      acceptance: result.options.acceptance,
      explainedShare: result.options.explainedShare,
      minSeverity: result.options.minSeverity,
      minExposed: result.options.minExposed,
      minGroups: result.options.minGroups,
      adjustFor: result.options.adjustFor === undefined ? null : [...result.options.adjustFor],
    },
    linkage: {
      respondents: result.linkage.respondents,
      linked: result.linkage.linked,
      unlinked: result.linkage.unlinked,
      unknownCase: result.linkage.unknownCase,
      duplicate: result.linkage.duplicate,
      text: linkageText(result.linkage, lang),
      problems: result.linkage.problems.map((p) => ({ respondent: p.respondent, case: p.case, reason: p.reason })),
    },
    comparisons: {
      correction: result.options.correction,
      correctionName: correctionText(result.options.correction, result.options.alpha, lang),
      linkCorrection: result.options.linkCorrection,
      linkCorrectionName: correctionText(result.options.linkCorrection, result.options.alpha, lang),
      alpha: result.options.alpha,
      findings: findingFamily,
      links: linkFamily,
      text: familiesText(findingFamily, linkFamily, { findings: result.options.correction, links: result.options.linkCorrection }, result.options.alpha, lang),
    },
    summary: {
      findings: counts,
      rootCauses: result.findings.filter((f) => f.tag === "unreasonable-standard" || (f.tag === "non-compliant-execution" && f.explainedBy.length === 0)).length,
      unexplainedGaps: result.findings.filter((f) => f.tag === "customer-dissatisfaction" && f.unexplained).length,
      tests: { total: result.tests.length, significant: result.tests.filter((t) => t.significant).length },
      undecided: result.undecided.length,
      grades,
      samples: {
        customers: maxN(["perception-below-target", "servqual-gap", "expectation-vs-standard"]),
        staff: maxN(["internal-rating-below-target"]),
        cases: maxN(["compliance-below-standard", "clock-mismatch"]),
      },
      themes: themeIds.map((t) => ref("theme", t)),
    },
    findings,
    responsibility: {
      posts: lists.posts.map((p) => ({
        post: ref("post", p.post),
        department: refOrNull("department", p.department),
        persons: p.persons.map((x) => ref("person", x)),
        priority: num(p.priority),
        gapShares: p.gapShares.map(gapShare),
        entries: p.entries.map(entry),
      })),
      departments: lists.departments.map((d) => ({
        department: ref("department", d.department),
        posts: d.posts.map((x) => ref("post", x)),
        priority: num(d.priority),
        gapShares: d.gapShares.map(gapShare),
        entries: d.entries.map(entry),
      })),
      unassigned: lists.unassigned.map(entry),
    },
    undecided: result.undecided.map((u) => ({
      kind: u.kind,
      subject: ref(u.kind === "point" || u.kind === "internal" ? "point" : "standard", u.subject),
      text: undecidedText(u, study, lang),
      reason: u.reason,
      needs: u.needs,
    })),
    priorities: result.priorities.map((t) => ({
      theme: ref("theme", t.theme),
      method: t.method,
      rSquared: num(t.rSquared),
      n: num(t.n),
      note: t.note ?? null,
      points: t.points.map((p) => ({
        point: ref("point", p.point),
        importance: num(p.importance),
        performance: num(p.performance),
        target: num(p.target),
        gap: num(p.gap),
        priority: num(p.priority),
        rank: p.rank,
        quadrant: p.quadrant,
        quadrantName: labelText(QUADRANTS.get(p.quadrant)?.label, lang) || p.quadrant,
      })),
    })),
    measures: [...usedMeasures.values()]
      .sort((a, b) => (catalogueOrder.get(a.measure.id) ?? 0) - (catalogueOrder.get(b.measure.id) ?? 0))
      .map((m) => ({
        id: m.measure.id,
        category: { id: m.measure.category, name: labelText(m.category?.name, lang) || m.measure.category },
        title: labelText(m.measure.title, lang),
        description: labelText(m.measure.description, lang),
      })),
    tests: result.tests.map((t) => ({ id: t.id, significant: t.significant, evidence: evidence(t.evidence) })),
  };
  return jsonSafe(doc) as ReportDocument;
}

/** The point an index change is about, by name, for the change's sentence. */
function changeSubject(f: Finding, study: Study, lang: Lang): string | undefined {
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
