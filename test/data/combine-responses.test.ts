import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { problemText } from "../../src/core/problem.js";
import { combineResponses } from "../../src/data/combine-responses.js";
import { collectResponses, questionColumn } from "../../src/data/dataset.js";
import { describedReadOptions, validateDataDescription } from "../../src/data/description.js";
import { loadDataDescriptionText, readDataDescriptionText } from "../../src/data/description-load.js";
import { readDescribedData } from "../../src/data/description-read.js";
import { responsesFromCsv } from "../../src/data/responses.js";
import { readStudyText } from "../../src/study/load.js";

const study = readStudyText(readFileSync(new URL("../../examples/studies/training.study.yaml", import.meta.url), "utf8"));

// A customer survey as a survey platform exports it (one respondent a row, words for answers) and a staff rating
// as an HR tool exports it (its own headers, no audience or post column): numbered from 1 in each export.
const CUSTOMERS = "序号,工单号,复电及时,区域\n1,FD1,满意,城区\n2,FD2,不满意,郊县\n3,,非常满意,城区\n";
const STAFF = "序号,姓名,工单及时到达（1-5分）,班组\n1,张伟,2,一班\n2,李强,3,二班\n,王敏,4,一班\n";

const DESCRIPTION = `gaptrace-data: 1
responses:
  - file: customers.csv
    form: wide
    wave: "2026-11"
    columns: { respondent: 序号, case: 工单号 }
    questions: { q_timely: 复电及时 }
    segmentColumns: { area: 区域 }
    recode: { "*": { 非常不满意: 1, 不满意: 2, 一般: 3, 满意: 4, 非常满意: 5 } }
  - file: staff.csv
    form: wide
    wave: "2026-11"
    post: meter_tech
    columns: { respondent: 序号 }
    ignore: [姓名]
    segmentColumns: { team: 班组 }
    questions: { q_order_prompt: "工单及时到达（1-5分）" }
`;

describe("several response sources, each with its own layout", () => {
  it("reads a customer export and a staff export into one table whose ledger is their sum", async () => {
    const d = readDataDescriptionText(study, DESCRIPTION);
    expect(describedReadOptions(d).responseSources).toHaveLength(2);
    // With several sources there is no single `responses`: a caller reading only it would miss the second.
    expect(describedReadOptions(d).responses).toBeUndefined();
    const { responses: t } = await readDescribedData(study, d, new Map([["customers.csv", CUSTOMERS], ["staff.csv", STAFF]]));
    if (t === undefined) throw new Error("no table");
    // 3 customers + 2 staff (the third staff row has no id: rejected and counted).
    expect(t.respondents.count).toBe(5);
    expect(t.ledger.rowsRead).toBe(6);
    expect(t.ledger.accepted + t.ledger.rejected).toBe(t.ledger.rowsRead);
    expect(t.ledger.byReason).toEqual([["missing-respondent", 1]]);
    // Staff rows name no post: the source's post makes them internal respondents of meter_tech.
    expect(Array.from(t.respondents.internal)).toEqual([0, 0, 0, 1, 1]);
    expect(t.posts).toEqual(["meter_tech"]);
    expect(Array.from(questionColumn(t, "q_timely")).slice(0, 3)).toEqual([4, 2, 5]);
    expect(Array.from(questionColumn(t, "q_order_prompt")).slice(3)).toEqual([2, 3]);
    // Segments of both sources, each respondent keeping its own.
    const seg = Array.from(t.respondents.segment, (i) => JSON.stringify(t.segments[i]));
    expect(seg).toEqual([JSON.stringify([["area", "城区"]]), JSON.stringify([["area", "郊县"]]), JSON.stringify([["area", "城区"]]), JSON.stringify([["team", "一班"]]), JSON.stringify([["team", "二班"]])]);
    // Ids 1 and 2 are in both exports: two people each, and the ledger says so in both languages.
    const note = t.ledger.notes.find((p) => p.code === "data/respondent-in-two-sources");
    expect(note?.params).toEqual({ count: 2, respondent: "1", wave: "2026-11", first: 1, second: 2 });
    expect(note?.message).toMatch(/2 respondent ids appear in more than one source/);
    expect(note === undefined ? "" : problemText(note, "zh").message).toMatch(/有 2 个答卷人编号同时出现在多个数据源中/);
  });

  it("the staff ratings reach the attribution: the internal customers' point is tested", async () => {
    const d = readDataDescriptionText(study, DESCRIPTION);
    const { responses } = await readDescribedData(study, d, new Map([["customers.csv", CUSTOMERS], ["staff.csv", STAFF]]));
    const result = attribute(study, { responses: responses! }, { minInternal: 2, minExternal: 2 });
    expect(result.coverage.data).toMatchObject({ customers: 3, staff: 2 });
    // Without the staff export the same customers leave the internal point unrated.
    const { responses: customersOnly } = await readDescribedData(study, readDataDescriptionText(study, DESCRIPTION.split("  - file: staff.csv")[0] ?? ""), new Map([["customers.csv", CUSTOMERS]]));
    expect(attribute(study, { responses: customersOnly! }, { minInternal: 2, minExternal: 2 }).coverage.data).toMatchObject({ customers: 3, staff: 0 });
  });

  it("combines tables collected apart, in source order, and refuses what is not a table of the study", () => {
    const a = collectResponses(study, [{ respondent: "c1", question: "q_timely", value: 4, segment: { area: "城区" } }]);
    const b = collectResponses(study, [{ respondent: "s1", question: "q_order_prompt", value: 2, audience: "internal", post: "meter_tech" }]);
    const t = combineResponses(study, [a, b]);
    expect(t.respondents.id).toEqual(["c1", "s1"]);
    expect(Array.from(t.answers.respondent)).toEqual([0, 1]);
    expect(t.ledger.notes.some((p) => p.code === "data/respondent-in-two-sources")).toBe(false);
    expect(combineResponses(study, [a])).toBe(a);
    expect(() => combineResponses(study, [])).toThrow(/combineResponses: expected a list of one or more response tables/);
    expect(() => combineResponses(study, [{ ...a, study: "other" }])).toThrow(/table 1 was read for study "other"/);
  });

  it("locates problems of a source in the list by its index, and checks the source's post against the study", () => {
    const bad = DESCRIPTION.replace("post: meter_tech", "post: meter_tec").replace("ignore: [姓名]", "ignroe: [姓名]");
    const r = loadDataDescriptionText(study, bad, { file: "data.yaml" });
    expect(r.ok).toBe(false);
    const unknown = r.problems.find((p) => p.code === "data-description/unknown-key");
    expect(unknown?.path).toEqual(["responses", 1]);
    expect(unknown?.message).toMatch(/did you mean "ignore"/);
    const fixedKey = loadDataDescriptionText(study, DESCRIPTION.replace("post: meter_tech", "post: meter_tec"), { file: "data.yaml" });
    const post = fixedKey.problems.find((p) => p.code === "data-description/unknown-id");
    expect(post).toMatchObject({ path: ["responses", 1, "post"], params: { kind: "post", id: "meter_tec", near: "meter_tech" }, location: { file: "data.yaml", line: 13 } });
    expect(validateDataDescription(study, { "gaptrace-data": 1, responses: [] }).ok).toBe(false);
  });

  it("a row that says it is a customer's stays external; the reader refuses a post the study does not have", async () => {
    const text = "respondent,audience,question,value\ns1,,q_order_prompt,3\nc1,external,q_timely,4\n";
    const t = await collectResponses(study, responsesFromCsv(study, text, { defaultPost: "meter_tech" }));
    expect(Array.from(t.respondents.internal)).toEqual([1, 0]);
    expect(t.ledger.rejected).toBe(0);
    expect(() => responsesFromCsv(study, text, { defaultPost: "meter" })).toThrow(/defaultPost.*must be a post id of the study, got "meter"/s);
  });
});
