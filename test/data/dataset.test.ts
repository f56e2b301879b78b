import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/core/errors.js";
import { ANSWER_STATUS, collectResponses, pairedValues, questionColumn } from "../../src/data/dataset.js";
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
    const t = await collectResponses(study, responsesFromCsv(wide, study, { form: "wide", segments: ["region"] }));
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
