/**
 * Responsibility lists (责任清单): for each post and each department, the findings that land there, root causes
 * first and then the customer gaps the post faces, each with its share of every customer gap it explains, its
 * evidence, what must change, the measures that fit and the persons named. A department's list holds its posts'
 * entries and the standards the department owns itself. Lists and entries are sorted by priority (the customer
 * dissatisfaction an entry accounts for: gap severity × share), then by id, so the output is deterministic.
 * @module
 */
import { match } from "ts-pattern";
import type { Attribution } from "../attribution/attribute.js";
import type { Change, Evidence, Finding, Tag } from "../attribution/findings.js";
import type { Study } from "../model/study.js";
import { attachMeasures, defaultMeasures, type MatchedMeasure, type MeasureCatalogue } from "./measures.js";

/** Why an entry is on a list. */
export type ResponsibilityRole =
  /** A root cause: an unreasonable standard, or execution not explained by anything further upstream. */
  | "root-cause"
  /** Non-compliant execution whose misses mostly come from an upstream root cause. */
  | "explained"
  /** A customer gap the post faces at the front line (its causes, if found, are on other lists). */
  | "customer-gap";

/** Roles in list order. */
export const RESPONSIBILITY_ROLES = ["root-cause", "explained", "customer-gap"] as const satisfies readonly ResponsibilityRole[];

/** One finding on a responsibility list. */
export interface ResponsibilityEntry {
  /** The finding id. */
  readonly finding: string;
  readonly tag: Tag;
  readonly role: ResponsibilityRole;
  readonly post: string | undefined;
  readonly department: string | undefined;
  readonly persons: readonly string[];
  /** The finding's own severity (0–1). */
  readonly severity: number;
  /**
   * The customer gaps this entry accounts for and its share of each (0–1): for a root cause, the gaps it
   * explains; for an unexplained customer gap, the gap itself with share 1; otherwise none.
   */
  readonly shares: readonly { readonly gap: string; readonly share: number; readonly gapSeverity: number }[];
  /** Σ gap severity × share: the customer dissatisfaction this entry accounts for. */
  readonly priority: number;
  readonly evidence: readonly Evidence[];
  readonly change: readonly Change[];
  readonly measures: readonly MatchedMeasure[];
  /**
   * For a customer gap: its root causes and their shares; for explained execution: the upstream root causes its
   * misses coincide with (no share: they are not split).
   */
  readonly causes: readonly { readonly finding: string; readonly share: number | undefined }[];
}

/** One post's responsibility list. */
export interface PostResponsibility {
  readonly post: string;
  readonly department: string | undefined;
  readonly persons: readonly string[];
  /** Σ of its entries' priorities. */
  readonly priority: number;
  /** Per customer gap, the share the post accounts for. */
  readonly gapShares: readonly { readonly gap: string; readonly share: number }[];
  readonly entries: readonly ResponsibilityEntry[];
}

/** One department's responsibility list. */
export interface DepartmentResponsibility {
  readonly department: string;
  /** Its posts that have entries, in list order. */
  readonly posts: readonly string[];
  readonly priority: number;
  readonly gapShares: readonly { readonly gap: string; readonly share: number }[];
  /** Its posts' entries and the standards the department owns itself. */
  readonly entries: readonly ResponsibilityEntry[];
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
  /** The measures catalogue to attach from; `false` for none; default {@link defaultMeasures}. */
  readonly measures?: MeasureCatalogue | false;
}

const ROLE_ORDER: Readonly<Record<ResponsibilityRole, number>> = { "root-cause": 0, explained: 1, "customer-gap": 2 };

/**
 * The order of entries on a list: role (root causes first), priority and severity (higher first), then id.
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
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || b.priority - a.priority || b.severity - a.severity || (a.finding < b.finding ? -1 : a.finding > b.finding ? 1 : 0);
}

function sumShares(entries: readonly ResponsibilityEntry[]): { gap: string; share: number }[] {
  const by = new Map<string, number>();
  for (const e of entries) for (const s of e.shares) by.set(s.gap, (by.get(s.gap) ?? 0) + s.share);
  return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([gap, share]) => ({ gap, share }));
}

/**
 * Build the responsibility lists of an attribution, per post and per department.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - The measures catalogue (default the bundled one; `false` for none).
 * @returns Lists per post and per department, highest priority first; for every explained customer gap, the shares
 *   on all lists together sum to 1.
 * @example
 * ```ts
 * const lists = responsibilityLists(result, study);
 * lists.departments[0]?.department; // "marketing_dept"
 * lists.posts.find((p) => p.post === "repair_dispatcher")?.entries[0]?.role; // "root-cause"
 * ```
 */
export function responsibilityLists(result: Attribution, study: Study, options: ResponsibilityOptions = {}): ResponsibilityLists {
  const catalogue = options.measures === undefined ? defaultMeasures() : options.measures;
  const measures = catalogue === false ? new Map<string, readonly MatchedMeasure[]>() : attachMeasures(result, study, catalogue);
  const severity = new Map(result.findings.map((f) => [f.id, f.severity] as const));
  const entries = result.findings.map((f) => entryOf(f, severity, measures.get(f.id) ?? []));

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
      };
    })
    .sort(byPriority((p) => p.post));
  const postOrder = new Map(posts.map((p, i) => [p.post, i] as const));
  const departments: DepartmentResponsibility[] = [...byDept]
    .map(([department, list]) => {
      const sorted = [...list].sort(compareEntries);
      const ps = [...new Set(sorted.flatMap((e) => (e.post === undefined ? [] : [e.post])))].sort((a, b) => (postOrder.get(a) ?? 0) - (postOrder.get(b) ?? 0));
      return { department, posts: ps, priority: sorted.reduce((a, e) => a + e.priority, 0), gapShares: sumShares(sorted), entries: sorted };
    })
    .sort(byPriority((d) => d.department));
  return { posts, departments, unassigned: [...unassigned].sort(compareEntries) };
}

function entryOf(f: Finding, severity: ReadonlyMap<string, number>, measures: readonly MatchedMeasure[]): ResponsibilityEntry {
  const base = { finding: f.id, tag: f.tag, post: f.post, department: f.department, persons: f.persons, severity: f.severity, evidence: f.evidence, change: f.change, measures };
  const explained = (explains: readonly { gap: string; share: number }[]) =>
    explains.map((x) => ({ gap: x.gap, share: x.share, gapSeverity: severity.get(x.gap) ?? 0 })).sort((a, b) => (a.gap < b.gap ? -1 : a.gap > b.gap ? 1 : 0));
  const priority = (shares: readonly { share: number; gapSeverity: number }[]): number => shares.reduce((a, s) => a + s.share * s.gapSeverity, 0);
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x): ResponsibilityEntry => {
      const shares = x.unexplained ? [{ gap: x.id, share: 1, gapSeverity: x.severity }] : [];
      return { ...base, role: "customer-gap", shares, priority: priority(shares), causes: x.causes.map((c) => ({ finding: c.finding, share: c.share })) };
    })
    .with({ tag: "unreasonable-standard" }, (x): ResponsibilityEntry => {
      const shares = explained(x.explains);
      return { ...base, role: "root-cause", shares, priority: priority(shares), causes: [] };
    })
    .with({ tag: "non-compliant-execution" }, (x): ResponsibilityEntry => {
      const shares = explained(x.explains);
      return {
        ...base,
        role: x.explainedBy.length > 0 ? "explained" : "root-cause",
        shares,
        priority: priority(shares),
        causes: x.explainedBy.map((id) => ({ finding: id, share: undefined })),
      };
    })
    .exhaustive();
}
