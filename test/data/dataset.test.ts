import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { aggregate, aggregateFromJSON, aggregateToJSON, mergeAggregates } from "../../src/data/aggregate.js";
import { ANSWER_STATUS, collectResponses, pairedValues, questionColumn, respondentCases } from "../../src/data/dataset.js";
import { responsesFromCsv } from "../../src/data/responses.js";
import { expectBalanced } from "./helpers.js";
import { study } from "./fixture.js";

const wide = [
  "respondent,audience,post,region,weight,wave,q-sat,q-expect-h,q-told,qi-settle",
  "a,,,north,1,1,4,24,是,",
  "b,,,south,2,1,2,,否,",
  "c,internal,dispatcher,north,1,1,,,,5",
  "d,,,north,1,1,DK,48,,",
  "a,,,north,1,2,5,12,,",
  "e,,,north,x,1,5,,,",
].join("\n");

describe("collectResponses", () => {
  it("keeps every accepted answer in typed-array columns", async () => {
    const t = await collectResponses(study, responsesFromCsv(study, wide, { form: "wide", segments: ["region"] }));
    expect(t.respondents.count).toBe(5); // a (wave 1), b, c, d, a (wave 2); e rejected
    expect(t.respondents.id).toEqual(["a", "b", "c", "d", "a"]);
    expect(Array.from(t.respondents.weight)).toEqual([1, 2, 1, 1, 1]);
    expect(Array.from(t.respondents.internal)).toEqual([0, 0, 1, 0, 0]);
    expect(t.posts[t.respondents.post[2] ?? -1]).toBe("dispatcher");
    expect(t.respondents.post[0]).toBe(-1);
    expect(t.waves).toEqual(["1", "2"]);
    expect(t.segments[t.respondents.segment[1] ?? 0]).toEqual([["region", "south"]]);
    expect(t.answers.respondent).toBeInstanceOf(Uint32Array);
    expect(t.answers.value).toBeInstanceOf(Float64Array);
    // a: 3, b: 3 (q-expect-h missing), c: 1, d: 3 (DK, 48, q-told missing), a2: 3 (q-told missing)
    expect(t.answers.count).toBe(13);
    const statuses = Array.from(t.answers.status);
    expect(statuses.filter((s) => s === ANSWER_STATUS.missing)).toHaveLength(3);
    expect(statuses.filter((s) => s === ANSWER_STATUS.dontKnow)).toHaveLength(1);
    expect(t.ledger).toMatchObject({ rowsRead: 6, accepted: 5, rejected: 1 });
    expectBalanced(t.ledger);
  });

  it("gives question columns and paired values per respondent", () => {
    const rows = [
      { respondent: "a", question: "q-sat", value: 4 },
      { respondent: "a", question: "q-expect-h", value: 24 },
      { respondent: "b", question: "q-sat", value: 2, weight: 2 },
      { respondent: "c", question: "q-expect-h", value: 10 },
      { respondent: "d", question: "q-sat", value: 5, weight: 3 },
      { respondent: "d", question: "q-expect-h", value: 6, weight: 3 },
    ];
    const t = collectResponses(study, rows);
    expect(Array.from(questionColumn(t, "q-sat"))).toEqual([4, 2, Number.NaN, 5]);
    const p = pairedValues(t, "q-sat", "q-expect-h");
    expect(Array.from(p.respondent)).toEqual([0, 3]);
    expect(Array.from(p.first)).toEqual([4, 5]);
    expect(Array.from(p.second)).toEqual([24, 6]);
    expect(Array.from(p.weight)).toEqual([1, 3]);
    expect(() => questionColumn(t, "nope")).toThrow(NotFoundError);
    expectBalanced(t.ledger);
  });

  it("grows its columns past their first capacity", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ respondent: `r${i}`, question: "q-nps", value: i % 11 }));
    const t = collectResponses(study, rows);
    expect(t.respondents.count).toBe(3000);
    expect(t.answers.count).toBe(3000);
    expect(t.answers.value[2999]).toBe(2999 % 11);
    expect(t.answers.line[2999]).toBe(3000);
  });
});

describe("case links in the table", () => {
  // A return-visit survey (回访) sampled from closed work orders, one customer per row, the work-order number
  // under a Chinese header.
  const visits = [
    "受访者编号,工单编号,wave,post,q-sat,q-nps,qi-settle",
    "v1,WO-11,2026H1,,2,3,",
    "v2,,2026H1,,5,9,",
    "v3,WO-13,2026H1,,4,,",
    "s1,WO-11,2026H1,dispatcher,,,4",
    "v1,WO-21,2026H2,,5,10,",
    "v4,WO-99,2026H1,,x,x,", // accepted row, but no answer kept: not in the table
  ].join("\n");
  const options = { form: "wide" as const, columns: { respondent: "受访者编号", case: "工单编号" }, file: "回访.csv" };

  it("fills the case column for every respondent, blank for no link and for staff", async () => {
    const t = await collectResponses(study, responsesFromCsv(study, visits, options));
    expect(t.respondents.id).toEqual(["v1", "v2", "v3", "s1", "v1"]);
    expect(t.respondents.case).toEqual(["WO-11", "", "WO-13", "", "WO-21"]);
    expect(t.respondents.case).toHaveLength(t.respondents.count);
    // The ledger counts the respondents the table holds: v4's row was accepted, but none of its answers.
    expect(t.ledger.links).toEqual({ linked: 3, unlinked: 1, internalIgnored: 1, conflicting: 0 });
    expect(t.ledger).toMatchObject({ rowsRead: 6, accepted: 6, rejected: 0 });
    expectBalanced(t.ledger);
  });

  it("lists the linked customers of a wave with the line to look at", async () => {
    const t = await collectResponses(study, responsesFromCsv(study, visits, options));
    expect(respondentCases(t, "2026H1").map((l) => [l.respondent, l.case, l.line, l.index])).toEqual([
      ["v1", "WO-11", 2, 0],
      ["v3", "WO-13", 4, 2],
    ]);
    expect(respondentCases(t).map((l) => `${l.wave}:${l.respondent}→${l.case}`)).toEqual(["2026H1:v1→WO-11", "2026H1:v3→WO-13", "2026H2:v1→WO-21"]);
    expect(() => respondentCases(t, "2027")).toThrow(UsageError);
    expect(() => respondentCases(t, "2027")).toThrow(/waves: 2026H1, 2026H2/);
  });

  it("takes a link named after blank rows, at the first line of the respondent", () => {
    const t = collectResponses(study, [
      { respondent: "a", question: "q-sat", value: 4 },
      { respondent: "b", question: "q-sat", value: 4, case: "W-b" },
      { respondent: "a", question: "q-nps", value: 6, case: "W-a" },
      { respondent: "a", question: "q-told", value: "是", case: "W-x" }, // rejected: a second case
    ]);
    expect(t.respondents.case).toEqual(["W-a", "W-b"]);
    expect(respondentCases(t).map((l) => [l.respondent, l.line])).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect(t.ledger).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1, links: { linked: 2, unlinked: 0, conflicting: 1 } });
    expectBalanced(t.ledger);
  });

  it("links by respondent id when told to", () => {
    const t = collectResponses(
      study,
      [
        { respondent: "WO-1", question: "q-sat", value: 4, case: "not read" },
        { respondent: "s1", post: "dispatcher", question: "qi-settle", value: 4 },
      ],
      { linkBy: "respondent" },
    );
    expect(t.respondents.case).toEqual(["WO-1", ""]);
    expect(t.ledger.links).toEqual({ linked: 1, unlinked: 0, internalIgnored: 0, conflicting: 0 });
  });

  it("leaves aggregates working: link counts survive JSON and add up when merged", () => {
    const part = (rows: { respondent: string; case?: string }[]) => aggregate(study, rows.map((r) => ({ ...r, question: "q-sat", value: 4 })));
    const a = part([{ respondent: "a", case: "W1" }, { respondent: "b" }]);
    const b = part([{ respondent: "c", case: "W3" }, { respondent: "c", case: "W4" }]);
    expect(a.ledger.links).toEqual({ linked: 1, unlinked: 1, internalIgnored: 0, conflicting: 0 });
    const back = aggregateFromJSON(JSON.parse(JSON.stringify(aggregateToJSON(b))));
    expect(back.ledger.links).toEqual({ linked: 1, unlinked: 0, internalIgnored: 0, conflicting: 1 });
    const merged = mergeAggregates(a, back);
    expect(merged.ledger.links).toEqual({ linked: 2, unlinked: 1, internalIgnored: 0, conflicting: 1 });
    expectBalanced(merged.ledger);
    // An aggregate stored before links were counted still loads.
    const old = aggregateToJSON(a);
    delete (old.ledger as { links?: unknown }).links;
    expect(aggregateFromJSON(old).ledger.links).toBeUndefined();
  });
});
