/**
 * The report model: an attribution turned into one plain, serialisable document in one language (the
 * `gaptrace/report@1` format of {@link ReportSchema}), with names beside ids, a sentence beside every number and
 * the responsibility lists and measures attached. The Markdown, CSV and JSON writers all read this one document,
 * so they never disagree; the HTML writer reads it too and adds the pictures.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { evidenceQ } from "../attribution/attribute.js";
import { TAGS, type ChainLink, type Evidence, type Finding, type Tag } from "../attribution/findings.js";
import type { Study } from "../model/study.js";
import { QUADRANTS } from "../stats/drivers/importance-performance.js";
import { labelText } from "../core/label.js";
import { attachMeasures, defaultMeasures, type MatchedMeasure, type MeasureCatalogue } from "./measures.js";
import { responsibilityLists, type ResponsibilityEntry, type ResponsibilityRole } from "./responsibility.js";
import {
  REPORT_FORMAT, type Ref, type ReportDocument, type ReportEntry, type ReportEvidence, type ReportFinding,
} from "./schema.js";
import {
  changeKindName, changeText, chainLinkText, chainPathText, evidenceBrief, evidenceKindName, evidenceSubject, evidenceText,
  findingRefText, findingText, findingTitle, labelsOf, layerTitle, shareText, standardOwnerText, tagName, undecidedText,
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
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language and measures catalogue.
 * @returns The `gaptrace/report@1` document (plain data; `JSON.stringify` it, or use {@link toJson}).
 * @example
 * ```ts
 * const doc = buildReport(result, study, { lang: "zh" });
 * doc.summary.findings["unreasonable-standard"]; // 2
 * ```
 */
export function buildReport(result: Attribution, study: Study, options: ReportOptions = {}): ReportDocument {
  const lang = options.lang ?? "en";
  const l = labelsOf(study, lang);
  const catalogue = options.measures === undefined ? defaultMeasures() : options.measures;
  const attached = catalogue === false ? new Map<string, readonly MatchedMeasure[]>() : attachMeasures(result, study, catalogue);
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
  const share = (gap: string, s: number) => ({ gap, gapName: gapName(gap), share: num(s), text: shareText(s, gap, study, lang) });
  const link = (c: ChainLink) => ({
    step: ref("step", c.step),
    layer: c.layer,
    layerName: layerTitle(c.layer, lang),
    post: refOrNull("post", c.post),
    depth: c.depth,
    text: chainLinkText(c, study, lang, significant),
    measured: c.measured.map(evidence),
  });

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
        causes: x.causes.map((c) => ({
          finding: c.finding,
          findingName: findingRefText(c.finding, study, lang),
          share: num(c.share),
          severity: num(c.severity),
          path: chainPathText(c.chain, study, lang),
          chain: c.chain.map(link),
        })),
        unexplained: x.unexplained,
        settleWith: [...x.settleWith],
      }))
      .with({ tag: "unreasonable-standard" }, (x): ReportFinding => {
        const s = l.standard(x.standard);
        return {
          ...base,
          tag: x.tag,
          standard: ref("standard", x.standard),
          via: x.via,
          owner: s === undefined ? (x.post === undefined ? "" : l.name("post", x.post)) : standardOwnerText(s, study, lang),
          explains: x.explains.map((e) => share(e.gap, e.share)),
        };
      })
      .with({ tag: "non-compliant-execution" }, (x): ReportFinding => ({
        ...base,
        tag: x.tag,
        standards: x.standards.map((s) => ref("standard", s)),
        explainedBy: [...x.explainedBy],
        explains: x.explains.map((e) => share(e.gap, e.share)),
      }))
      .exhaustive();
  });

  const lists = responsibilityLists(result, study, { measures: catalogue });
  const entry = (e: ResponsibilityEntry): ReportEntry => ({
    finding: e.finding,
    tag: e.tag,
    role: e.role,
    roleName: roleName(e.role, lang),
    title: findingName.get(e.finding) ?? e.finding,
    post: refOrNull("post", e.post),
    department: refOrNull("department", e.department),
    persons: e.persons.map((p) => ref("person", p)),
    severity: num(e.severity),
    priority: num(e.priority),
    shares: e.shares.map((s) => share(s.gap, s.share)),
    causes: e.causes.map((c) => ({ finding: c.finding, findingName: findingRefText(c.finding, study, lang), share: num(c.share) })),
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
    },
    summary: {
      findings: counts,
      rootCauses: result.findings.filter((f) => f.tag === "unreasonable-standard" || (f.tag === "non-compliant-execution" && f.explainedBy.length === 0)).length,
      unexplainedGaps: result.findings.filter((f) => f.tag === "customer-dissatisfaction" && f.unexplained).length,
      tests: { total: result.tests.length, significant: result.tests.filter((t) => t.significant).length },
      undecided: result.undecided.length,
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
        gapShares: p.gapShares.map((s) => share(s.gap, s.share)),
        entries: p.entries.map(entry),
      })),
      departments: lists.departments.map((d) => ({
        department: ref("department", d.department),
        posts: d.posts.map((x) => ref("post", x)),
        priority: num(d.priority),
        gapShares: d.gapShares.map((s) => share(s.gap, s.share)),
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
