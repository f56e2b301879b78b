/**
 * Joining survey respondents to their own cases (回访: return-visit surveys are sampled from closed work orders),
 * the basis of every measured link: which case each customer's answers are about, and an account of the
 * respondents whose link could not be used, so responses = linked + unlinked + unknown case + duplicate link.
 * @module
 */
import type { Linkage, LinkProblem } from "../shared/findings.js";
import type { CaseView, SurveyView } from "../shared/inputs.js";

/** A survey view joined to a case view. */
export interface Linked {
  /** Per respondent rank: the index of its case in the case view, or −1. */
  readonly caseOf: Int32Array;
  readonly linkage: Linkage;
}

const MAX_PROBLEMS = 100;

/**
 * Join the external respondents of a survey wave to the cases of the same wave by the case id each response
 * names. A case named by two respondents is used once, for the first by respondent id; the other is counted as a
 * duplicate link and left out of effect estimates (its answers still count everywhere else).
 *
 * @param survey - the survey view (one wave).
 * @param cases - the case view of the same wave, if any.
 * @returns each respondent's case and the linkage account.
 * @example
 * ```ts
 * const { linkage } = linkCases(surveyView(table), caseView(records));
 * linkage.linked + linkage.unlinked + linkage.unknownCase + linkage.duplicate === linkage.respondents; // true
 * ```
 */
export function linkCases(survey: SurveyView, cases: CaseView | undefined): Linked {
  // Views are cached per data object, so the same pair recurs across a run (tracing, whatIf's projections) and
  // across repeat calls: joined once per pair.
  const key = cases ?? NO_CASES;
  let out = joined.get(survey)?.get(key);
  if (out === undefined) {
    out = join(survey, cases);
    let m = joined.get(survey);
    if (m === undefined) joined.set(survey, (m = new WeakMap()));
    m.set(key, out);
  }
  // The account goes into results: each caller gets its own copy (the per-respondent cases are shared, read only).
  return { caseOf: out.caseOf, linkage: { ...out.linkage, problems: out.linkage.problems.map((p) => ({ ...p })) } };
}

const NO_CASES = {};
const joined = new WeakMap<SurveyView, WeakMap<object, Linked>>();

function join(survey: SurveyView, cases: CaseView | undefined): Linked {
  const r = survey.respondents();
  const caseOf = new Int32Array(r.id.length).fill(-1);
  // The first case of an id in the view's canonical order (a case loaded without a wave sits beside the same id
  // with one): the same choice whatever order the records came in.
  const find = caseFinder(cases?.ids ?? []);
  const caseRecords = cases?.count ?? 0;
  // Which cases are taken, by index in the view: a byte per case (a Set of 130,000 numbers cost a first call 20 ms).
  const used = new Uint8Array(cases?.ids.length ?? 0);
  const problems: LinkProblem[] = [];
  let respondents = 0;
  let linked = 0;
  let unlinked = 0;
  let unknownCase = 0;
  let duplicate = 0;
  // Respondent ranks run in id order, so "first" is the same whatever order the rows came in.
  for (let k = 0; k < r.id.length; k++) {
    if (r.externalInWave[k] !== 1) continue;
    respondents += 1;
    const id = r.case[k] ?? "";
    if (id === "") {
      unlinked += 1;
      continue;
    }
    const i = find(id);
    // Without case records nothing can be linked: the respondent names a case, but none was given to join it to.
    if (caseRecords === 0) {
      unlinked += 1;
      continue;
    }
    if (i === undefined) {
      unknownCase += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ respondent: r.id[k] ?? "", case: id, reason: "unknown-case" });
    } else if (used[i] === 1) {
      duplicate += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ respondent: r.id[k] ?? "", case: id, reason: "duplicate-link" });
    } else {
      used[i] = 1;
      caseOf[k] = i;
      linked += 1;
    }
  }
  return { caseOf, linkage: { respondents, linked, unlinked, unknownCase, duplicate, caseRecords, problems } };
}

/**
 * The index of the first case with an id, or undefined. Case ids in strictly ascending order (the usual canonical
 * order, each id once) are found by their position: respondents in id order mostly name the next case, else a binary
 * search by the same `<`. Any other order gets a Map of the first index of each id. Both give the same answer; the
 * first spares a first call a Map of 130,000 strings (about 40 ms).
 */
function caseFinder(ids: readonly string[]): (id: string) => number | undefined {
  let ascending = true;
  for (let i = 1; i < ids.length && ascending; i++) ascending = (ids[i - 1] as string) < (ids[i] as string);
  if (!ascending) {
    const index = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      if (!index.has(id)) index.set(id, i);
    }
    return (id) => index.get(id);
  }
  let next = 0;
  return (id) => {
    if (next < ids.length && ids[next] === id) return next++;
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((ids[mid] as string) < id) lo = mid + 1;
      else hi = mid;
    }
    if (lo < ids.length && ids[lo] === id) {
      next = lo + 1;
      return lo;
    }
    return undefined;
  };
}
