/**
 * withPriorities as 0.2's attribute computed priorities: from the wave, options and tests the attribution read, in
 * the place 0.2 put them, for every shape of responses, and in whatIf's and compareWaves' runs; refused for data
 * the attribution did not read.
 */
import { describe, expect, it } from "vitest";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { prioritize } from "../../src/attribution/priority.js";
import { surveyView } from "../../src/attribution/shared/inputs.js";
import { summariseSurvey } from "../../src/attribution/summary/summarise.js";
import { compareWaves } from "../../src/attribution/waves.js";
import { whatIf, whatIfChanged } from "../../src/attribution/what-if.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { withWalkthroughs } from "../../src/attribution/with-walkthroughs.js";
import { UsageError } from "../../src/core/errors.js";
import { bundled as study, simulated } from "./helpers.js";

const { data, table } = simulated({ seed: 4, waves: ["1", "2"], externalRespondents: 1000, internalRespondents: 600, casesPerTheme: 100 });
const both = { responses: table, cases: data.cases };
/** 0.2's keys of an attribution, in its order (`walkthroughs` last, when read). */
const KEYS_02 = ["study", "wave", "options", "findings", "tests", "strengths", "untargeted", "undecided", "priorities", "linkage", "coverage"];
const noWalkthroughs = { runs: [], observations: [] };

describe("withPriorities", () => {
  it("puts priorities in 0.2's place, before or after withWalkthroughs, and again in place on a prioritised result", () => {
    const plain = attribute(study, both);
    expect(Object.keys(plain)).toEqual(KEYS_02.filter((k) => k !== "priorities"));
    const added = withPriorities(study, plain, both);
    expect(Object.keys(added)).toEqual(KEYS_02);
    expect(Object.keys(withPriorities(study, withWalkthroughs(study, plain, noWalkthroughs), both))).toEqual([...KEYS_02, "walkthroughs"]);
    expect(Object.keys(withWalkthroughs(study, added, noWalkthroughs))).toEqual([...KEYS_02, "walkthroughs"]);
    const again = withPriorities(study, added, both);
    expect(Object.keys(again)).toEqual(KEYS_02);
    expect(again).toEqual(added);
  });

  it("reads the attribution's wave and options, from a table, a view of the wave or a survey summary alike", () => {
    const options = { wave: "1", minExternal: 900, alpha: 0.01 };
    const r = attribute(study, both, options);
    const expected = prioritize(study, surveyView(table, "1"), r.options, r.tests);
    // The options matter: with the default minExternal other points enter the driver weights.
    expect(expected).not.toEqual(prioritize(study, surveyView(table, "1"), attribute(study, both, { wave: "1" }).options, r.tests));
    expect(withPriorities(study, r, both).priorities).toEqual(expected);
    expect(withPriorities(study, r, { responses: surveyView(table, "1") }).priorities).toEqual(expected);
    const summary = summariseSurvey(study, table, { minExternal: 900 });
    const fromSummary = attribute(study, { responses: summary, cases: data.cases }, options);
    expect(withPriorities(study, fromSummary, { responses: summary }).priorities).toEqual(withPriorities(study, attribute(study, { responses: table }, options), { responses: table }).priorities);
    // Cases alone: no survey, so none (0.2's empty list).
    expect(withPriorities(study, attribute(study, { cases: data.cases }), { cases: data.cases }).priorities).toEqual([]);
  });

  it("gives whatIf's and compareWaves' runs the priorities of their own data", () => {
    const cmp = compareWaves(study, both, { before: "1", after: "2" });
    for (const [run, wave] of [[cmp.before, "1"], [cmp.after, "2"]] as const) {
      expect(Object.keys(run)).toEqual(KEYS_02);
      expect(run.priorities).toEqual(withPriorities(study, attribute(study, both, { wave }), both).priorities);
    }
    const changes = [{ kind: "performance", step: "or_bo_dispatch", factor: 0.5 }] as const;
    const wi = whatIf(study, both, changes);
    expect(wi.before.priorities).toEqual(withPriorities(study, attribute(study, both), both).priorities);
    const changed = whatIfChanged(study, data.cases, changes);
    const afterData = { responses: table, cases: changed.cases };
    expect(wi.after.priorities).toEqual(withPriorities(changed.study, attribute(changed.study, afterData), afterData).priorities);
    expect(Object.keys(wi.after)).toEqual(KEYS_02);
  });

  it("refuses responses the attribution did not read, naming itself and what differs", () => {
    const latest: Attribution = attribute(study, both);
    const refused = (f: () => unknown, message: RegExp): void => {
      expect(f).toThrow(UsageError);
      expect(f).toThrow(message);
    };
    refused(() => withPriorities(study, latest, { responses: surveyView(table, "1") }), /^gaptrace\/withPriorities: the responses are of wave "1", the attribution of wave "2"/);
    refused(() => withPriorities(study, latest, { responses: summariseSurvey(study, table, { minExternal: 40 }) }), /^gaptrace\/withPriorities: the survey summary was made with minExternal 40, the attribution with 30/);
    refused(() => withPriorities(study, latest, { responses: { ...summariseSurvey(study, table), study: "other" } }), /^gaptrace\/withPriorities: the survey summary is of study "other"/);
    refused(() => withPriorities(study, { ...latest, wave: "3" }, { responses: table }), /^gaptrace\/withPriorities: the responses have no wave "3", the attribution's \(waves: 1, 2\)/);
    // What 0.2 never mixed: a survey's priorities on a run of cases alone, or none on a run that read a survey.
    refused(() => withPriorities(study, attribute(study, { cases: data.cases }), both), /^gaptrace\/withPriorities: the attribution read 0 customers and 0 staff in wave "2", the responses given hold 1000/);
    refused(() => withPriorities(study, latest, { cases: data.cases }), /the responses given hold 0 and 0 \(no responses were given\)/);
    refused(() => withPriorities(study, { ...latest, study: "other" }, both), /^gaptrace\/withPriorities: the attribution is of study "other"/);
  });
});
