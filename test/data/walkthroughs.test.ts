import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { problemText } from "../../src/core/problem.js";
import { ValidationError } from "../../src/core/errors.js";
import { readWalkthroughs } from "../../src/data/walkthroughs.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

const ZH_HEADER = "穿越编号,穿越类型,穿越日期,参与人数,组织单位,任务编号,环节编号,记录岗位,问题描述,问题类型,是否解决,解决日期,整改措施";

describe("readWalkthroughs: CSV", () => {
  it("reads Chinese headers and words, fills the owner from the step, names ids when absent", () => {
    const text = `${ZH_HEADER}\nw1,客户穿越,2026/3/5,12,marketing_dept,t1,or_bo_dispatch,hotline_agent,派单等待回电,执行不到位,否,,\nw1,客户穿越,2026/3/5,12,marketing_dept,t2,or_fl_callback,,回访话术不统一,衔接,已解决,2026-03-20,统一话术\n`;
    const r = readWalkthroughs(study, text, { file: "w.csv" });
    expect(r.ledger).toEqual({ rowsRead: 2, accepted: 2, rejected: 0, blankLines: 0 });
    expect(r.runs).toEqual([{ id: "w1", kind: "customer", date: "2026-03-05", participants: 12, organiser: "marketing_dept" }]);
    const [a, b] = r.observations;
    expect(a).toMatchObject({ id: "w1#1", step: "or_bo_dispatch", owner: "repair_dispatcher", recordedBy: "hotline_agent", kind: "execution", solved: "no", problem: "派单等待回电" });
    expect(b).toMatchObject({ id: "w1#2", owner: "hotline_agent", kind: "handoff", solved: "yes", solvedOn: "2026-03-20", measure: "统一话术" });
  });

  it("reads a UTF-8 byte-order mark and GB18030 bytes", () => {
    const text = `${ZH_HEADER}\nw1,岗位穿越,,5,,t1,or_bo_dispatch,,问题,其他,部分,,\n`;
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(readWalkthroughs(study, bom).observations[0]?.solved).toBe("partly");
    // GB18030 bytes of the same text, made by hand from the two tables Node ships (TextDecoder only decodes).
    const gb = gb18030(text);
    const r = readWalkthroughs(study, gb, { encoding: "gb18030" });
    expect(r.observations[0]).toMatchObject({ problem: "问题", kind: "other" });
    expect(r.runs[0]?.kind).toBe("post");
  });

  it("rejects each kind of bad row with a located problem in en and zh, and the ledger reconciles", () => {
    const rows = [
      "run,walkthrough_kind,participants,organiser,task,step,recorded_by,owner,problem,problem_kind,solved,solved_on,standard,problem_id",
      "w1,customer,10,,t1,or_bo_dispatch,,,ok,execution,no,,,",
      "",
      "w1,customer,10,,t1,or_bo_dispach,,,typo step,execution,no,,,", // unknown step, near
      "w1,customer,10,,t1,or_bo_dispatch,hotline_agnet,,typo post,execution,no,,,", // unknown post, near
      "w1,customer,10,,t1,or_bo_dispatch,,,bad kind,mess,no,,,",
      "w1,customer,10,,t1,or_bo_dispatch,,,bad solved,execution,maybe,,,",
      "w1,customer,11,,t1,or_bo_dispatch,,,other count,execution,no,,,", // inconsistent run
      "w1,customer,10,,t1,or_bo_dispatch,,,,execution,no,,,", // empty problem
      "w1,customer,10,,t1,or_bo_dispatch,,,bad date,execution,yes,2026-02-30,,",
      "w1,customer,10,,t1,or_bo_dispatch,,,bad standard,standard,no,,std_nope,",
      "w2,crowd,10,,t1,or_bo_dispatch,,,bad run kind,execution,no,,,",
      "w3,post,-1,,t1,or_bo_dispatch,,,bad count,execution,no,,,",
      "w1,customer,10,,t1,or_bo_dispatch,,,dup,execution,no,,,p1",
      "w1,customer,10,,t1,or_bo_dispatch,,,dup again,execution,no,,,p1",
      'w1,customer,10,,t1,or_bo_dispatch,,,"never closed,execution,no,,,',
    ];
    const r = readWalkthroughs(study, rows.join("\n"), { file: "bad.csv" });
    expect(r.ledger.rowsRead).toBe(r.ledger.accepted + r.ledger.rejected);
    expect(r.ledger).toMatchObject({ accepted: 2, rejected: 12, blankLines: 1 });
    const byLine = new Map(r.problems.map((p) => [p.location?.line, p] as const));
    const step = byLine.get(4)!;
    expect(step.code).toBe("walkthrough/row");
    expect(step.params).toMatchObject({ kind: "unknown-id", what: "step", id: "or_bo_dispach", near: "or_bo_dispatch" });
    expect(step.location).toEqual({ file: "bad.csv", line: 4, column: 6 });
    expect(step.message).toContain('did you mean "or_bo_dispatch"');
    expect(problemText(step, "zh").message).toContain("是否应为 “or_bo_dispatch”");
    expect(byLine.get(5)?.params).toMatchObject({ what: "post", near: "hotline_agent" });
    expect(byLine.get(6)?.params).toMatchObject({ kind: "invalid", field: "kind" });
    expect(byLine.get(7)?.params).toMatchObject({ kind: "invalid", field: "solved" });
    expect(byLine.get(8)?.params).toMatchObject({ kind: "inconsistent-run", field: "participants", value: "11", first: "10" });
    expect(byLine.get(9)?.params).toMatchObject({ kind: "missing", field: "problem" });
    expect(byLine.get(10)?.params).toMatchObject({ kind: "invalid", field: "solvedOn" });
    expect(byLine.get(11)?.params).toMatchObject({ kind: "unknown-id", what: "standard" });
    expect(byLine.get(12)?.params).toMatchObject({ kind: "invalid", field: "runKind" });
    expect(byLine.get(13)?.params).toMatchObject({ kind: "invalid", field: "participants" });
    expect(byLine.get(15)?.params).toMatchObject({ kind: "duplicate-id", id: "p1" });
    expect(byLine.get(16)?.params).toMatchObject({ kind: "malformed" });
    for (const p of r.problems) {
      expect(p.hint.length).toBeGreaterThan(0);
      expect(problemText(p, "zh").message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("stops with located file problems when nothing can be read, and remarks on unknown columns", () => {
    const missing = (): unknown => readWalkthroughs(study, "run,task,step\nw1,t1,or_bo_dispatch\n", { file: "m.csv" });
    expect(missing).toThrow(ValidationError);
    try {
      missing();
    } catch (e) {
      const p = (e as ValidationError).problems[0]!;
      expect(p.params).toEqual({ kind: "missing-columns", columns: ["problem", "kind", "solved"] });
      expect(p.location).toEqual({ file: "m.csv" });
    }
    expect(() => readWalkthroughs(study, `${ZH_HEADER}\n\n`)).toThrow(/cannot be read/);
    const r = readWalkthroughs(study, `${ZH_HEADER},备注,stepp\nw1,客户,,1,,t1,or_bo_dispatch,,x,其他,是,,,note,\n`);
    expect(r.problems.map((p) => [p.code, p.severity, p.params])).toEqual([
      ["walkthrough/unknown-column", "warning", { column: "备注", near: null }],
      ["walkthrough/unknown-column", "warning", { column: "stepp", near: "step" }],
    ]);
  });
});

describe("readWalkthroughs: JSON and YAML", () => {
  const doc = {
    study: study.id,
    runs: [{ id: "r1", kind: "department", date: "2026-04-01", wave: "2026H1", participants: 40, organiser: "dispatch_control_centre", tasks: 6 }],
    problems: [
      { run: "r1", task: "t1", step: "or_bo_parts_issue", problem: { en: "Parts slip signed twice", zh: "领料单需两次签字" }, kind: "standard", solved: false, standard: "std_parts_30min" },
      { run: "r9", task: "t2", step: "or_bo_dispatch", problem: "x", kind: "execution", solved: true },
    ],
  };

  it("reads the structured form, with labels in two languages and an undeclared run rejected at its path", () => {
    const r = readWalkthroughs(study, JSON.stringify(doc), { file: "w.json" });
    expect(r.runs).toEqual([doc.runs[0]]);
    expect(r.observations).toHaveLength(1);
    expect(r.observations[0]).toMatchObject({ owner: "materials_clerk", solved: "no", standard: "std_parts_30min", problem: { zh: "领料单需两次签字" } });
    expect(r.ledger).toEqual({ rowsRead: 2, accepted: 1, rejected: 1, blankLines: 0 });
    expect(r.problems[0]).toMatchObject({ path: ["problems", 1, "run"], params: { kind: "unknown-id", what: "run", id: "r9", near: "r1" }, location: { file: "w.json" } });
  });

  it("reads YAML, and refuses another shape, another study and text that does not parse", () => {
    const yaml = "runs:\n  - { id: r1, kind: 客户穿越, participants: 3 }\nproblems:\n  - { run: r1, task: t1, step: or_bo_dispatch, problem: 等待, kind: 执行, solved: 否 }\n";
    expect(readWalkthroughs(study, yaml, { file: "w.yaml" }).observations[0]).toMatchObject({ kind: "execution", solved: "no" });
    expect(() => readWalkthroughs(study, { runs: [], problems: "no" })).toThrow(ValidationError);
    expect(() => readWalkthroughs(study, { ...doc, study: "other" })).toThrow(ValidationError);
    expect(() => readWalkthroughs(study, "{ not json", { file: "w.json" })).toThrow(/cannot be read/);
    expect(() => readWalkthroughs({} as never, "x")).toThrow(/readWalkthroughs/);
    expect(() => readWalkthroughs(study, "x", { format: "xml" } as never)).toThrow(/options are not valid/);
  });
});

/** GB18030 encoding of text, built from the decoder: each character's two bytes found by search (test only). */
function gb18030(text: string): Uint8Array {
  const dec = new TextDecoder("gb18030");
  const table = new Map<string, [number, number]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...table.get(ch)!);
  }
  return Uint8Array.from(out);
}

describe("walkthroughs in a data description", () => {
  it("are read with the description's encoding, and a bad delimiter is a located description problem", async () => {
    const { validateDataDescription } = await import("../../src/data/description.js");
    const { readDescribedData } = await import("../../src/data/description-read.js");
    const report = validateDataDescription(study, { "gaptrace-data": 1, encoding: "gb18030", cases: { file: "c.csv" }, walkthroughs: { file: "w.csv" } });
    expect(report.ok).toBe(true);
    const gbText = `${ZH_HEADER}\nw1,部门穿越,,7,,t1,or_bo_dispatch,,延误,执行,否,,\n`;
    const texts = new Map<string, string | Uint8Array[]>([["c.csv", "case,event,time\nc1,fault_reported,2026-03-01T08:00:00+08:00\n"], ["w.csv", [gb18030(gbText)]]]);
    const data = await readDescribedData(study, report.description!, texts as never);
    expect(data.walkthroughs?.runs[0]).toMatchObject({ kind: "department", participants: 7 });
    expect(data.walkthroughs?.observations[0]?.problem).toBe("延误");
    const bad = validateDataDescription(study, { "gaptrace-data": 1, cases: { file: "c.csv" }, walkthroughs: { file: "w.csv", delimiter: '"' } });
    expect(bad.problems.map((p) => [p.code, p.path])).toContainEqual(["data-description/delimiter", ["walkthroughs", "delimiter"]]);
  });
});

describe("readWalkthroughs on random rows (property)", () => {
  it("never throws on a file with a header, and every row is accepted or rejected with one located problem", async () => {
    const fc = (await import("fast-check")).default;
    const cell = (good: readonly string[]) => fc.oneof(fc.constantFrom(...good), fc.string({ maxLength: 6 }), fc.constant(""));
    const row = fc.tuple(
      cell(["w1", "w2"]), cell(["客户穿越", "post", "部门"]), cell(["10", "12"]), cell(["t1", "t2"]), cell(["or_bo_dispatch", "or_sp_vehicle_pool", "or_bo_dispach"]),
      cell(["问题", "late"]), cell(["执行", "standard", "其他"]), cell(["是", "否", "部分", "maybe"]),
    );
    const quote = (c: string): string => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const text = ["run,walkthrough_kind,participants,task,step,problem,problem_kind,solved", ...rows.map((r) => r.map(quote).join(","))].join("\n");
        const r = readWalkthroughs(study, text, { file: "p.csv" });
        expect(r.ledger.rowsRead).toBe(r.ledger.accepted + r.ledger.rejected);
        expect(r.observations).toHaveLength(r.ledger.accepted);
        const rowProblems = r.problems.filter((p) => p.code === "walkthrough/row");
        expect(rowProblems).toHaveLength(r.ledger.rejected);
        for (const p of rowProblems) expect(p.location?.file).toBe("p.csv");
        expect(new Set(r.observations.map((o) => o.id)).size).toBe(r.observations.length);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});

describe("readWalkthroughs: JSON edge cases", () => {
  it("rejects an empty problem text as missing, and a problem of an undeclared run even without text", () => {
    const r = readWalkthroughs(study, {
      runs: [{ id: "r1", kind: "post", participants: 2 }],
      problems: [
        { run: "r1", task: "t", step: "or_bo_dispatch", problem: "  ", kind: "other", solved: "no" },
        { run: "rX", task: "t", step: "or_bo_dispatch", problem: "", kind: "other", solved: "no" },
      ],
    });
    expect(r.ledger).toEqual({ rowsRead: 2, accepted: 0, rejected: 2, blankLines: 0 });
    expect(r.problems.map((p) => [p.path, p.params])).toEqual([
      [["problems", 0, "problem"], { kind: "missing", field: "problem" }],
      [["problems", 1, "run"], { kind: "unknown-id", field: "run", what: "run", id: "rX", near: "r1" }],
    ]);
  });
});
