/**
 * The join of respondents to their cases against a plain reference (a Map of each id's first case in the view,
 * a Set of the cases taken): case ids in ascending order are found by position and binary search, any other
 * order by a Map, and both must give the reference's cases and account exactly.
 */
import { describe, expect, it } from "vitest";
import { caseView, surveyView, type CaseRecord, type CaseView, type SurveyView } from "../../../src/attribution/shared/inputs.js";
import { linkCases } from "../../../src/attribution/trace/linkage.js";
import { simulated } from "../helpers.js";

const { data, table } = simulated({ seed: 11, externalRespondents: 600, internalRespondents: 50, casesPerTheme: 200, link: {} });
const cases = data.cases as readonly CaseRecord[];
const survey = surveyView(table);

/** The join as a Map and a Set would make it. */
function reference(s: SurveyView, v: CaseView): { caseOf: number[]; counts: number[]; problems: string[] } {
  const r = s.respondents();
  const first = new Map<string, number>();
  v.ids.forEach((id, i) => {
    if (!first.has(id)) first.set(id, i);
  });
  const used = new Set<number>();
  const caseOf: number[] = [];
  const counts = [0, 0, 0, 0, 0];
  const problems: string[] = [];
  for (let k = 0; k < r.id.length; k++) {
    caseOf.push(-1);
    if (r.externalInWave[k] !== 1) continue;
    counts[0]! += 1;
    const id = r.case[k] ?? "";
    const i = first.get(id);
    if (id === "" || v.count === 0) counts[2]! += 1;
    else if (i === undefined) (counts[3]! += 1), problems.push(`${r.id[k]} ${id} unknown-case`);
    else if (used.has(i)) (counts[4]! += 1), problems.push(`${r.id[k]} ${id} duplicate-link`);
    else (used.add(i), (caseOf[k] = i), (counts[1]! += 1));
  }
  return { caseOf, counts, problems: problems.slice(0, 100) };
}

function check(records: readonly CaseRecord[]): void {
  const view = caseView(records, survey.wave);
  const { caseOf, linkage } = linkCases(survey, view);
  const want = reference(survey, view);
  expect([...caseOf]).toEqual(want.caseOf);
  expect([linkage.respondents, linkage.linked, linkage.unlinked, linkage.unknownCase, linkage.duplicate]).toEqual(want.counts);
  expect(linkage.problems.map((p) => `${p.respondent} ${p.case} ${p.reason}`)).toEqual(want.problems);
}

describe("linkCases", () => {
  it("joins as a Map of first cases would: ids in order, missing, repeated, and out of order", () => {
    expect(cases.length).toBeGreaterThan(100);
    check(cases);
    // Every third case missing: unknown cases, and respondents that skip ahead (the binary search).
    check(cases.filter((_, i) => i % 3 !== 0));
    // Some ids twice (the view is no longer strictly ascending: the Map), and one case named by two respondents.
    check([...cases, ...cases.slice(0, 40)]);
    // Ids made to sort against the respondents' order.
    check(cases.map((c, i) => ({ ...c, id: i % 2 === 0 ? c.id : `~${c.id}` })));
    check([]);
  });

  it("finds ascending ids by position and by search alike (linked counts)", () => {
    const view = caseView(cases, survey.wave);
    expect(view.ids.every((id, i) => i === 0 || view.ids[i - 1]! < id)).toBe(true);
    const all = linkCases(survey, view).linkage;
    expect(all.linked).toBeGreaterThan(0);
    const reversed = linkCases(survey, caseView([...cases].reverse(), survey.wave)).linkage;
    expect(reversed).toEqual(all);
  });
});
