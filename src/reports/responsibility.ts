/**
 * Responsibility lists (责任清单): for each post and each department, the findings that land there, with the
 * measured share of every customer gap each explains (and its interval and grade), the customer gaps it may cause
 * but no data have measured ("possible cause — to test", no percentage), its evidence, what must change, the
 * measures that fit and the persons named. A customer gap keeps on its front-line post the part no measured
 * upstream effect explains. A department's list holds its posts' entries and the standards the department owns
 * itself. Priority is the measured attributable gap (Σ share × gap, in index points): entries with a measured part
 * come first, so a possible cause is never ranked above a measured one; then root causes before customer gaps,
 * then priority, then id, so the output is deterministic. Never by position in the blueprint.
 * @module
 */
import { isAttribution, requireArgument, requireStudy } from "../model/arguments.js";
import { match } from "ts-pattern";
import type { Attribution } from "../attribution/attribute.js";
import type { CauseLink, Change, Evidence, Finding, Grade, Tag } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { causeId, customerGaps, isPossibleCause, shareInterval } from "./links.js";
import { attachMeasures, type MatchedMeasure, type MeasureCatalogue } from "../measures/index.js";
import type { WalkthroughObservation } from "../data/walkthroughs.js";

/** Why an entry is on a list. */
export type ResponsibilityRole =
  /** A root cause: an unreasonable standard, or execution not explained by anything further upstream. */
  | "root-cause"
  /** Non-compliant execution whose misses mostly come from an upstream root cause. */
  | "explained"
  /**
   * Misses of a standard whose compliance requirement is met, yet which measurably lower the customers' rating:
   * no finding, but a measured share that lands on the post executing the step (id `misses:<standard>`).
   */
  | "misses"
  /** A customer gap the post faces at the front line (its causes, if found, are on other lists). */
  | "customer-gap";

/** Roles in list order. */
export const RESPONSIBILITY_ROLES = ["root-cause", "explained", "misses", "customer-gap"] as const satisfies readonly ResponsibilityRole[];

/** One finding on a responsibility list. */
export interface ResponsibilityEntry {
  /** The finding id (`misses:<standard>` for the misses of a standard that is met). */
  readonly finding: string;
  readonly tag: Tag;
  readonly role: ResponsibilityRole;
  readonly post: string | undefined;
  readonly department: string | undefined;
  readonly persons: readonly string[];
  /** The finding's own severity (0–1). */
  readonly severity: number;
  /**
   * The customer gaps this entry accounts for, with its measured share of each: for a root cause (or a driver
   * point of overall satisfaction), the gaps its measured effect explains; for a customer gap, the part of it no
   * measured upstream effect explains, which stays with the front line.
   */
  readonly shares: readonly EntryShare[];
  /** Customer gaps this finding may cause with no measured share: possible causes to test, never given a percentage. */
  readonly toTest: readonly PossibleCause[];
  /** The measured attributable gap: Σ share × gap, in index points. */
  readonly priority: number;
  readonly evidence: readonly Evidence[];
  readonly change: readonly Change[];
  readonly measures: readonly MatchedMeasure[];
  /**
   * For a customer gap: its root causes and their shares; for explained execution: the upstream root causes its
   * misses coincide with (no share: they are not split).
   */
  readonly causes: readonly { readonly finding: string; readonly share: number | undefined; readonly grade: Grade | undefined }[];
}

/** A finding's measured part in one customer gap. */
export interface EntryShare {
  /** The customer-gap finding id. */
  readonly gap: string;
  /** Share of the gap (0–1). */
  readonly share: number;
  /** Index points of the gap: share × gap. */
  readonly points: number;
  /** The link's grade; `undefined` for the front line's unexplained part. */
  readonly grade: Grade | undefined;
  /** The share's interval (one link; `undefined` when several links of the finding add up, or unmeasured). */
  readonly ci: readonly [number, number] | undefined;
  /** The interval's level. */
  readonly level: number;
}

/** A customer gap a finding may cause, with no measured share. */
export interface PossibleCause {
  /** The customer-gap finding id. */
  readonly gap: string;
  /** The gap in index points. */
  readonly gapPoints: number;
  /** The graded link, with why it has no share and what would test it. */
  readonly link: CauseLink;
}

/** One post's responsibility list. */
export interface PostResponsibility {
  readonly post: string;
  readonly department: string | undefined;
  readonly persons: readonly string[];
  /** Σ of its entries' priorities. */
  readonly priority: number;
  /** Per customer gap, the share the post accounts for. */
  readonly gapShares: readonly GapShare[];
  readonly entries: readonly ResponsibilityEntry[];
  /** Its process-walkthrough problems (流程穿越), when the attribution read some that the post owns. */
  readonly walkthrough?: ListWalkthrough;
}

/**
 * The process-walkthrough problems a post or department owns: open ones (unsolved, then partly solved) first,
 * then the solved ones, reported as solved, not as blame. They carry no share and no priority.
 */
export interface ListWalkthrough {
  readonly open: readonly WalkthroughObservation[];
  readonly solved: readonly WalkthroughObservation[];
}

/** A list's total part in one customer gap. */
export interface GapShare {
  readonly gap: string;
  readonly share: number;
  /** Index points. */
  readonly points: number;
}

/** One department's responsibility list. */
export interface DepartmentResponsibility {
  readonly department: string;
  /** Its posts that have entries, in list order. */
  readonly posts: readonly string[];
  readonly priority: number;
  readonly gapShares: readonly GapShare[];
  /** Its posts' entries and the standards the department owns itself. */
  readonly entries: readonly ResponsibilityEntry[];
  /** Its posts' process-walkthrough problems, when the attribution read some. */
  readonly walkthrough?: ListWalkthrough;
}

/** The result of {@link responsibilityLists}. */
export interface ResponsibilityLists {
  readonly posts: readonly PostResponsibility[];
  readonly departments: readonly DepartmentResponsibility[];
  /** Entries with neither post nor department (a step without owner in an unvalidated study). */
  readonly unassigned: readonly ResponsibilityEntry[];
}

/** Options of {@link responsibilityLists}. */
export interface ResponsibilityOptions {
  /** The measures catalogue to attach from; `false` for none; default the bundled one of the study's industry (`measuresFor`). */
  readonly measures?: MeasureCatalogue | false;
}

const ROLE_ORDER: Readonly<Record<ResponsibilityRole, number>> = { "root-cause": 0, explained: 1, misses: 2, "customer-gap": 3 };

const GRADE_ORDER: Readonly<Record<Grade, number>> = { measured: 0, "internal-chain": 1, "co-variation": 2, structural: 3 };

/**
 * The order of entries on a list: entries with a measured part first (a possible cause is never ranked above a
 * measured one), then role (root causes first), priority and severity (higher first), then id.
 *
 * @param a - An entry.
 * @param b - Another entry.
 * @returns Negative when `a` comes first.
 * @example
 * ```ts
 * [...entries].sort(compareEntries);
 * ```
 */
export function compareEntries(a: ResponsibilityEntry, b: ResponsibilityEntry): number {
  const measured = (e: ResponsibilityEntry): number => (e.priority > 0 ? 0 : 1);
  return measured(a) - measured(b) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.priority - a.priority || b.severity - a.severity || (a.finding < b.finding ? -1 : a.finding > b.finding ? 1 : 0);
}

function sumShares(entries: readonly ResponsibilityEntry[]): GapShare[] {
  const by = new Map<string, GapShare>();
  for (const e of entries)
    for (const s of e.shares) {
      const was = by.get(s.gap) ?? { gap: s.gap, share: 0, points: 0 };
      by.set(s.gap, { gap: s.gap, share: was.share + s.share, points: was.points + s.points });
    }
  return [...by.values()].sort((a, b) => (a.gap < b.gap ? -1 : a.gap > b.gap ? 1 : 0));
}

/**
 * Each finding's measured shares of customer gaps and its possible causes to test, read off the gaps' links; and
 * the measured causes that are no finding (misses of a standard that is met), which land on their post.
 */
function sharesByFinding(result: Attribution): { shares: Map<string, EntryShare[]>; toTest: Map<string, PossibleCause[]>; misses: Map<string, CauseLink> } {
  const shares = new Map<string, EntryShare[]>();
  const toTest = new Map<string, PossibleCause[]>();
  const misses = new Map<string, CauseLink>();
  for (const g of customerGaps(result)) {
    const own = new Map<string, EntryShare>();
    for (const c of g.causes) {
      const id = causeId(c);
      if (c.finding === undefined && !misses.has(id)) misses.set(id, c);
      const ci = shareInterval(c, g.gap);
      const was = own.get(id);
      // One finding can reach a gap through several exposures (two standards of one step): their shares add up,
      // and the interval of a sum of correlated estimates is not stated.
      own.set(
        id,
        was === undefined
          ? { gap: g.id, share: c.share, points: c.share * g.gap, grade: c.grade, ci, level: c.effect.effect.level }
          : {
              ...was,
              share: was.share + c.share,
              points: was.points + c.share * g.gap,
              ci: undefined,
              grade: GRADE_ORDER[c.grade] > GRADE_ORDER[was.grade ?? "measured"] ? c.grade : was.grade,
            },
      );
    }
    for (const [finding, s] of own) shares.set(finding, [...(shares.get(finding) ?? []), s]);
    const seen = new Set<string>(own.keys());
    for (const l of g.links) {
      if (!isPossibleCause(l) || l.finding === undefined || seen.has(l.finding)) continue;
      seen.add(l.finding);
      toTest.set(l.finding, [...(toTest.get(l.finding) ?? []), { gap: g.id, gapPoints: g.gap, link: l }]);
    }
  }
  const byGap = <T extends { gap: string }>(a: T, b: T): number => (a.gap < b.gap ? -1 : a.gap > b.gap ? 1 : 0);
  for (const list of shares.values()) list.sort(byGap);
  for (const list of toTest.values()) list.sort(byGap);
  return { shares, toTest, misses };
}

/**
 * Build the responsibility lists of an attribution, per post and per department.
 *
 * @param study - The study it was made on.
 * @param result - The attribution.
 * @param options - The measures catalogue (default the bundled one; `false` for none).
 * @returns Lists per post and per department, highest priority first; for every customer gap, the shares on all
 *   department lists together (measured causes and the front line's unexplained part) sum to 1.
 * @example
 * ```ts
 * const lists = responsibilityLists(study, result);
 * lists.departments[0]?.department; // "marketing_dept"
 * lists.posts.find((p) => p.post === "repair_dispatcher")?.entries[0]?.role; // "root-cause"
 * ```
 */
export function responsibilityLists(study: Study, result: Attribution, options: ResponsibilityOptions = {}): ResponsibilityLists {
  requireStudy("responsibilityLists", study);
  requireArgument("responsibilityLists", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass the study first, then the attribution: responsibilityLists(study, result, options).");
  const measures = options.measures === false ? new Map<string, readonly MatchedMeasure[]>() : attachMeasures(study, result, options.measures);
  const traced = sharesByFinding(result);
  const postDepartment = new Map(study.organisation.posts.map((p) => [p.id, p.department] as const));
  const entries = [
    ...result.findings.map((f) => entryOf(f, traced.shares.get(f.id) ?? [], traced.toTest.get(f.id) ?? [], measures.get(f.id) ?? [])),
    ...[...traced.misses].map(([id, c]): ResponsibilityEntry => {
      const shares = traced.shares.get(id) ?? [];
      return {
        finding: id, tag: "non-compliant-execution", role: "misses", post: c.post, department: c.department ?? (c.post === undefined ? undefined : postDepartment.get(c.post)),
        persons: c.post === undefined ? [] : study.organisation.persons.filter((p) => p.post === c.post).map((p) => p.id).sort(),
        severity: 0, shares, toTest: [], priority: shares.reduce((a, s) => a + s.points, 0), evidence: [], change: [], measures: [], causes: [],
      };
    }),
  ];

  const postDept = new Map(study.organisation.posts.map((p) => [p.id, p.department] as const));
  const byPost = new Map<string, ResponsibilityEntry[]>();
  const byDept = new Map<string, ResponsibilityEntry[]>();
  const unassigned: ResponsibilityEntry[] = [];
  for (const e of entries) {
    if (e.post !== undefined) byPost.set(e.post, [...(byPost.get(e.post) ?? []), e]);
    const dept = e.department ?? (e.post === undefined ? undefined : postDept.get(e.post));
    if (dept !== undefined) byDept.set(dept, [...(byDept.get(dept) ?? []), e]);
    else if (e.post === undefined) unassigned.push(e);
  }
  const walked = walkthroughsByOwner(result, postDept);
  for (const post of walked.byPost.keys()) if (!byPost.has(post)) byPost.set(post, []);
  for (const dept of walked.byDept.keys()) if (!byDept.has(dept)) byDept.set(dept, []);
  const walkOf = (list: ListWalkthrough | undefined): { walkthrough?: ListWalkthrough } => (list === undefined ? {} : { walkthrough: list });
  const byPriority = <T extends { priority: number }>(key: (x: T) => string) => (a: T, b: T): number => b.priority - a.priority || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const posts: PostResponsibility[] = [...byPost]
    .map(([post, list]) => {
      const sorted = [...list].sort(compareEntries);
      return {
        post,
        department: postDept.get(post) ?? sorted[0]?.department,
        persons: [...new Set(sorted.flatMap((e) => e.persons))].sort(),
        priority: sorted.reduce((a, e) => a + e.priority, 0),
        gapShares: sumShares(sorted),
        entries: sorted,
        ...walkOf(walked.byPost.get(post)),
      };
    })
    .sort(byPriority((p) => p.post));
  const postOrder = new Map(posts.map((p, i) => [p.post, i] as const));
  const departments: DepartmentResponsibility[] = [...byDept]
    .map(([department, list]) => {
      const sorted = [...list].sort(compareEntries);
      const ps = [...new Set(sorted.flatMap((e) => (e.post === undefined ? [] : [e.post])))].sort((a, b) => (postOrder.get(a) ?? 0) - (postOrder.get(b) ?? 0));
      return { department, posts: ps, priority: sorted.reduce((a, e) => a + e.priority, 0), gapShares: sumShares(sorted), entries: sorted, ...walkOf(walked.byDept.get(department)) };
    })
    .sort(byPriority((d) => d.department));
  return { posts, departments, unassigned: [...unassigned].sort(compareEntries) };
}

/** Walkthrough problems by owning post and department: open first (unsolved, then partly solved), then solved; record order within. */
function walkthroughsByOwner(result: Attribution, postDept: ReadonlyMap<string, string>): { byPost: Map<string, ListWalkthrough>; byDept: Map<string, ListWalkthrough> } {
  const byPost = new Map<string, ListWalkthrough>();
  const byDept = new Map<string, ListWalkthrough>();
  const rank = { no: 0, partly: 1, yes: 2 } as const;
  const sorted = [...(result.walkthroughs?.observations ?? [])].map((o, i) => [o, i] as const).sort(([a, i], [b, j]) => rank[a.solved] - rank[b.solved] || i - j).map(([o]) => o);
  const put = (map: Map<string, ListWalkthrough>, key: string, o: WalkthroughObservation): void => {
    const was = map.get(key) ?? { open: [], solved: [] };
    map.set(key, o.solved === "yes" ? { ...was, solved: [...was.solved, o] } : { ...was, open: [...was.open, o] });
  };
  for (const o of sorted) {
    if (o.owner === undefined) continue;
    put(byPost, o.owner, o);
    const dept = postDept.get(o.owner);
    if (dept !== undefined) put(byDept, dept, o);
  }
  return { byPost, byDept };
}

function entryOf(f: Finding, shares: readonly EntryShare[], toTest: readonly PossibleCause[], measures: readonly MatchedMeasure[]): ResponsibilityEntry {
  const base = { finding: f.id, tag: f.tag, post: f.post, department: f.department, persons: f.persons, severity: f.severity, evidence: f.evidence, change: f.change, measures, toTest };
  const priority = (list: readonly EntryShare[]): number => list.reduce((a, s) => a + s.points, 0);
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x): ResponsibilityEntry => {
      // What no measured upstream effect explains stays with the front line; a driver point also carries its
      // measured share of overall satisfaction.
      const own: EntryShare[] =
        x.unexplainedShare > 0 ? [{ gap: x.id, share: x.unexplainedShare, points: x.unexplainedShare * x.gap, grade: undefined, ci: undefined, level: 0 }] : [];
      const all = [...own, ...shares];
      return { ...base, role: "customer-gap", shares: all, priority: priority(all), causes: x.causes.map((c) => ({ finding: causeId(c), share: c.share, grade: c.grade })) };
    })
    .with({ tag: "unreasonable-standard" }, (): ResponsibilityEntry => ({ ...base, role: "root-cause", shares, priority: priority(shares), causes: [] }))
    .with({ tag: "non-compliant-execution" }, (x): ResponsibilityEntry => ({
      ...base,
      role: x.explainedBy.length > 0 ? "explained" : "root-cause",
      shares,
      priority: priority(shares),
      causes: x.explainedBy.map((id) => ({ finding: id, share: undefined, grade: undefined })),
    }))
    .exhaustive();
}
