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
  const index = new Map<string, number>();
  if (cases !== undefined) cases.ids.forEach((id, i) => {
    if (!index.has(id)) index.set(id, i);
  });
  const caseRecords = cases?.count ?? 0;
  const used = new Set<number>();
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
    const i = index.get(id);
    // Without case records nothing can be linked: the respondent names a case, but none was given to join it to.
    if (caseRecords === 0) {
      unlinked += 1;
      continue;
    }
    if (i === undefined) {
      unknownCase += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ respondent: r.id[k] ?? "", case: id, reason: "unknown-case" });
    } else if (used.has(i)) {
      duplicate += 1;
      if (problems.length < MAX_PROBLEMS) problems.push({ respondent: r.id[k] ?? "", case: id, reason: "duplicate-link" });
    } else {
      used.add(i);
      caseOf[k] = i;
      linked += 1;
    }
  }
  return { caseOf, linkage: { respondents, linked, unlinked, unknownCase, duplicate, caseRecords, problems } };
}
