/**
 * Tests of questionnaire generation: sections by the rater's receiving step, blueprint order (topological, rework
 * ignored), per-post questionnaires, answer options, counts, the versioned JSON and the spreadsheet-safe CSV.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { StudySchema, type Study, type StudyInput } from "../../src/model/study.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { questionnaire, questionnaireCounts, questionnairesByPost, type Questionnaire } from "../../src/design/questionnaire.js";
import { csvDocument, questionnaireToCsv, QUESTIONNAIRE_CSV_COLUMNS } from "../../src/design/questionnaire-csv.js";
// The cell rule the questionnaire and plan writers use (shared with the report writers).
import { csvCell } from "../../src/core/escape.js";
import { questionnaireFromJson, questionnaireToJson, QuestionnaireJsonSchema } from "../../src/design/questionnaire-json.js";

const likert5 = { type: "likert", points: 5 } as const;

/**
 * Two themes. The repair blueprint declares its steps out of order and has a rework loop (repair → dispatch) and
 * a parallel branch (dispatch → parts → repair); the theme map lists repair before payment although the
 * blueprints list payment first. The crew (back office) and the agent (front line) both rate dispatch.
 */
export function miniInput(): StudyInput {
  return {
    gaptrace: 1,
    id: "mini-q",
    name: { en: "Questionnaire fixture", zh: "问卷测试" },
    organisation: {
      departments: [{ id: "svc", name: "Service" }, { id: "ops", name: "Ops" }],
      posts: [
        { id: "agent", name: { en: "Hotline agent", zh: "坐席" }, department: "svc", headcount: 400 },
        { id: "dispatcher", name: { en: "Dispatcher", zh: "调度员" }, department: "ops", headcount: 12 },
        { id: "crew", name: { en: "Crew leader", zh: "抢修负责人" }, department: "ops", headcount: 12 },
        { id: "storekeeper", name: { en: "Storekeeper", zh: "库管员" }, department: "ops", headcount: 3 },
        { id: "cashier", name: { en: "Cashier", zh: "收费员" }, department: "svc" },
        { id: "clerk", name: { en: "Billing clerk", zh: "账务员" }, department: "svc", headcount: 6 },
      ],
    },
    themeMap: {
      needs: [{ id: "n", name: "Need" }],
      items: [{ id: "i", name: "Item", needs: ["n"] }],
      themes: [
        { id: "repair", name: { en: "Fault repair", zh: "故障抢修" }, items: ["i"] },
        { id: "payment", name: { en: "Payment", zh: "交费" }, items: ["i"] },
      ],
    },
    blueprints: [
      {
        theme: "payment",
        steps: [
          { id: "pay", name: "Customer pays", layer: "customer" },
          { id: "take", name: "Take payment", layer: "frontline", owner: "cashier" },
          { id: "settle", name: "Settle", layer: "backoffice", owner: "clerk" },
          { id: "notify", name: "Notify customer", layer: "frontline", owner: "cashier" },
        ],
        handoffs: [
          { from: "pay", to: "take" },
          { from: "take", to: "settle" },
          { from: "settle", to: "notify" },
        ],
      },
      {
        theme: "repair",
        steps: [
          { id: "repair", name: { en: "Repair", zh: "抢修" }, layer: "backoffice", owner: "crew" },
          { id: "report", name: "Customer reports", layer: "customer" },
          { id: "callback", name: "Call back", layer: "frontline", owner: "agent" },
          { id: "accept", name: { en: "Accept the call", zh: "受理" }, layer: "frontline", owner: "agent" },
          { id: "parts", name: "Issue parts", layer: "support", owner: "storekeeper" },
          { id: "dispatch", name: { en: "Dispatch", zh: "派单" }, layer: "backoffice", owner: "dispatcher" },
          { id: "confirm", name: "Customer confirms", layer: "customer" },
        ],
        handoffs: [
          { from: "report", to: "accept" },
          { from: "accept", to: "dispatch" },
          { from: "dispatch", to: "repair" },
          { from: "dispatch", to: "parts", kind: "parallel" },
          { from: "parts", to: "repair" },
          { from: "repair", to: "callback" },
          { from: "callback", to: "confirm" },
          { from: "repair", to: "dispatch", rework: true },
        ],
      },
    ],
    evaluationPoints: [
      {
        id: "ep_callback",
        step: "callback",
        name: "Call-back",
        questions: [
          { id: "q_cb", audience: { kind: "external" }, measures: "perception", scale: likert5, text: { en: "The call-back was useful.", zh: "回访有用。" } },
          { id: "q_cb_yes", audience: { kind: "external" }, measures: "performance", scale: { type: "yesno" }, text: { en: "Were you called back?", zh: "是否回访？" } },
        ],
      },
      {
        id: "ep_parts",
        step: "parts",
        name: "Parts",
        questions: [{ id: "q_parts_crew", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: likert5, text: "Parts arrive in time." }],
      },
      {
        id: "ep_dispatch",
        step: "dispatch",
        name: { en: "Dispatch", zh: "派单" },
        questions: [
          { id: "q_disp_crew", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: likert5, text: "Orders are complete." },
          { id: "q_disp_agent", audience: { kind: "internal", rater: "agent" }, measures: "perception", scale: likert5, text: "I can see order progress." },
        ],
      },
      {
        id: "ep_confirm",
        step: "confirm",
        name: "Overall",
        questions: [
          { id: "q_nps", audience: { kind: "external" }, measures: "perception", scale: { type: "score", max: 10 }, text: { en: "Would you recommend us?", zh: "您会推荐我们吗？" } },
        ],
      },
      {
        id: "ep_accept",
        step: "accept",
        name: "Reporting",
        questions: [
          { id: "q_acc_p", audience: { kind: "external" }, measures: "perception", scale: likert5, text: "Reporting was easy." },
          { id: "q_acc_e", audience: { kind: "external" }, measures: "expectation", scale: likert5, pairs: "q_acc_p", text: "Reporting should be easy." },
          { id: "q_wait", audience: { kind: "external" }, measures: "expectation", scale: { type: "numeric", unit: "s", min: 0, max: 600 }, text: "Longest acceptable wait (seconds)?" },
        ],
      },
      {
        id: "ep_settle",
        step: "settle",
        name: "Settlement",
        questions: [{ id: "q_settle_cashier", audience: { kind: "internal", rater: "cashier" }, measures: "perception", scale: likert5, text: "Settlements arrive in time." }],
      },
      {
        id: "ep_take",
        step: "take",
        name: "Paying",
        questions: [{ id: "q_pay_easy", audience: { kind: "external" }, measures: "perception", scale: likert5, text: "Paying is easy." }],
      },
    ],
  };
}

export function mini(mutate?: (input: StudyInput) => void): Study {
  const input = miniInput();
  mutate?.(input);
  return StudySchema.parse(input);
}

const here = dirname(fileURLToPath(import.meta.url));
const bundledPath = join(here, "..", "..", "examples", "studies", "power-utility.study.yaml");

function bundled(): Study {
  const report = loadStudyFileSync(bundledPath);
  if (report.study === undefined) throw new Error("the bundled study does not load");
  return report.study;
}

function ids(q: Questionnaire): string[] {
  return q.items.map((i) => i.questionId);
}

describe("questionnaire on a small study", () => {
  const q = questionnaire(mini());

  it("orders items by section, theme-map order, blueprint order (rework ignored), then question order", () => {
    expect(ids(q)).toEqual([
      // external, repair theme: accept → callback → confirm (declared confirm first, accept last)
      "q_acc_p",
      "q_acc_e",
      "q_wait",
      "q_cb",
      "q_cb_yes",
      "q_nps",
      // external, payment theme
      "q_pay_easy",
      // service layer: the agent receives dispatch's work at its front-line call-back; the cashier at notify
      "q_disp_agent",
      "q_settle_cashier",
      // support layer: dispatch comes before parts (parallel branch), although ep_parts is declared first
      "q_disp_crew",
      "q_parts_crew",
    ]);
    expect(q.themes.map((t) => t.id)).toEqual(["repair", "payment"]);
  });

  it("ignores rework hand-offs when ordering steps", () => {
    // Counted, this loop would leave accept with an unmet predecessor and push it after the call-back.
    const s = mini((input) => {
      input.blueprints[1]!.handoffs.push({ from: "confirm", to: "accept", rework: true });
    });
    expect(ids(questionnaire(s))).toEqual(ids(q));
  });

  it("places internal items by the layer of the rater's receiving step", () => {
    const by = new Map(q.items.map((i) => [i.questionId, i]));
    expect(by.get("q_disp_agent")).toMatchObject({ section: "service-layer", sectionBasis: "receiving-step", raterStep: "callback" });
    expect(by.get("q_disp_crew")).toMatchObject({ section: "support-layer", raterStep: "repair", raterPost: "crew" });
    expect(by.get("q_parts_crew")).toMatchObject({ section: "support-layer", raterStep: "repair", stepLayer: "support" });
    expect(by.get("q_cb")).toMatchObject({ section: "external", audience: "external", raterPost: null, raterStep: null });
  });

  it("counts per section, theme and post match a hand count", () => {
    const c = questionnaireCounts(q);
    expect(c.total).toEqual({ questions: 11, evaluationPoints: 7, external: 7, internal: 4 });
    expect(c.bySection).toEqual([
      { section: "external", questions: 7, evaluationPoints: 4 },
      { section: "service-layer", questions: 2, evaluationPoints: 2 },
      { section: "support-layer", questions: 2, evaluationPoints: 2 },
    ]);
    expect(c.byTheme.map((t) => [t.theme, t.questions, t.evaluationPoints, t.bySection.map((s) => s.questions)])).toEqual([
      ["repair", 9, 5, [6, 1, 2]],
      ["payment", 2, 2, [1, 1, 0]],
    ]);
    expect(c.byRaterPost).toEqual([
      { post: "agent", questions: 1, evaluationPoints: 1 },
      { post: "crew", questions: 2, evaluationPoints: 2 },
      { post: "cashier", questions: 1, evaluationPoints: 1 },
    ]);
  });

  it("gives each rater post only its own questions", () => {
    const byPost = questionnairesByPost(q);
    expect(byPost.map((p) => [p.rater, ids(p)])).toEqual([
      ["agent", ["q_disp_agent"]],
      ["crew", ["q_disp_crew", "q_parts_crew"]],
      ["cashier", ["q_settle_cashier"]],
    ]);
    const crew = questionnaire(mini(), { rater: "crew" });
    expect(ids(crew)).toEqual(["q_disp_crew", "q_parts_crew"]);
    expect(crew.items.every((i) => i.raterPost === "crew")).toBe(true);
    expect(crew.themes.map((t) => t.id)).toEqual(["repair"]);
    expect(questionnaire(mini(), { rater: "storekeeper" }).items).toEqual([]);
  });

  it("filters by theme and section, and honours section overrides", () => {
    expect(ids(questionnaire(mini(), { themes: ["payment"] }))).toEqual(["q_pay_easy", "q_settle_cashier"]);
    expect(ids(questionnaire(mini(), { sections: ["support-layer"] }))).toEqual(["q_disp_crew", "q_parts_crew"]);
    const o = questionnaire(mini(), { raterSections: [["crew", "service-layer"]] });
    expect(o.items.filter((i) => i.raterPost === "crew").map((i) => [i.section, i.sectionBasis])).toEqual([
      ["service-layer", "override"],
      ["service-layer", "override"],
    ]);
  });

  it("falls back to the post's own layers when the rater has no step downstream", () => {
    // The clerk (back office) rates notify, which is downstream of its own step: no receiving step.
    const s = mini((input) => {
      input.evaluationPoints!.push({ id: "ep_notify", step: "notify", name: "Notify", questions: [{ id: "q_odd", audience: { kind: "internal", rater: "clerk" }, measures: "perception", scale: likert5, text: "?" }] });
    });
    const item = questionnaire(s).items.find((i) => i.questionId === "q_odd");
    expect(item).toMatchObject({ section: "support-layer", sectionBasis: "post-steps", raterStep: null });
  });

  it("writes bilingual answer options for every scale", () => {
    const by = new Map(q.items.map((i) => [i.questionId, i]));
    expect(by.get("q_cb")!.scale.options.map((o) => `${o.value} ${o.label?.zh}`)).toEqual(["1 非常不满意", "2 不满意", "3 一般", "4 满意", "5 非常满意"]);
    expect(by.get("q_cb")!.scale.options[4]!.label!.en).toBe("Very satisfied");
    // SERVQUAL pairs are both asked on agreement so the gap compares like with like.
    expect(by.get("q_acc_p")!.scale.anchors).toBe("agreement");
    expect(by.get("q_acc_e")!.scale.options[0]!.label).toEqual({ en: "Strongly disagree", zh: "非常不同意" });
    expect(by.get("q_cb_yes")!.scale.options).toEqual([
      { value: 1, label: { en: "Yes", zh: "是" } },
      { value: 0, label: { en: "No", zh: "否" } },
    ]);
    const nps = by.get("q_nps")!.scale;
    expect(nps).toMatchObject({ type: "score", min: 0, max: 10, anchors: "likelihood" });
    expect(nps.options).toHaveLength(11);
    expect(nps.options[0]!.label?.zh).toBe("完全不可能");
    expect(nps.options[5]!.label).toBeNull();
    expect(by.get("q_wait")!.scale).toMatchObject({ type: "numeric", min: 0, max: 600, unit: "s", unitName: { en: "seconds", zh: "秒" }, options: [] });
    expect(questionnaire(mini(), { anchors: "importance" }).items[0]!.scale.options[0]!.label?.zh).toBe("非常不重要");
  });

  it("rejects unknown themes, sections, posts and anchors with a usage error naming the function", () => {
    const cases: [unknown, RegExp][] = [
      [{ themes: ["nope"] }, /^gaptrace\/questionnaire: themes\[0\] names unknown theme "nope"\./],
      [{ themes: "nope" }, /^gaptrace\/questionnaire: themes must be a list of theme ids, got "nope"\./],
      [{ sections: ["inside"] }, /^gaptrace\/questionnaire: sections\[0\] names unknown section "inside"\./],
      [{ rater: "ghost" }, /^gaptrace\/questionnaire: rater names post "ghost", which is not a post under organisation\.posts\./],
      [{ anchors: "smiley" }, /^gaptrace\/questionnaire: anchors names unknown anchors "smiley"\./],
      [{ raterSections: [["crew", "front"]] }, /^gaptrace\/questionnaire: raterSections\[0\]\[1\] gives the section "front", not "service-layer" or "support-layer"\./],
      [{ raterSections: new Map([["ghost", "support-layer"]]) }, /^gaptrace\/questionnaire: raterSections\[0\]\[0\] names post "ghost"/],
      [{ ratter: "crew" }, /^gaptrace\/questionnaire: options have no option "ratter"; the options are themes, sections, rater, anchors, raterSections\./],
      [null, /^gaptrace\/questionnaire: options must be an object, got null\./],
    ];
    for (const [options, message] of cases) {
      let error: unknown;
      try {
        questionnaire(mini(), options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toMatch(/^gaptrace\/questionnaire: /);
      expect((error as UsageError).message).toMatch(message);
      expect((error as UsageError).problems[0]!.hint.length).toBeGreaterThan(0);
    }
  });
});

describe("questionnaire of a study that was not validated", () => {
  it("refuses an evaluation point at a step no blueprint defines, saying which and where", () => {
    const study = mini();
    const bad = { ...study, evaluationPoints: study.evaluationPoints.map((p, i) => (i === 0 ? { ...p, step: "nowhere" } : p)) };
    let error: unknown;
    try {
      questionnaire(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const p = (error as ValidationError).problems[0]!;
    expect(p).toMatchObject({ code: "questionnaire/unknown-step", path: ["evaluationPoints", 0, "step"] });
    expect(p.message).toBe(`Evaluation point ${JSON.stringify(study.evaluationPoints[0]!.id)} is at step "nowhere", which no blueprint defines.`);
  });
});

describe("questionnaire JSON", () => {
  const q = questionnaire(mini());

  it("is versioned, valid against its schema and round-trips through JSON text", () => {
    const doc = questionnaireToJson(q);
    expect(doc.format).toBe("gaptrace.questionnaire");
    expect(doc.version).toBe(1);
    expect(doc.counts).toEqual(questionnaireCounts(q));
    const back = questionnaireFromJson(JSON.parse(JSON.stringify(doc)));
    expect(back).toEqual(q);
    expect(QuestionnaireJsonSchema.safeParse(doc).success).toBe(true);
  });

  it("refuses a document of another version, saying where", () => {
    const doc = { ...questionnaireToJson(q), version: 2 };
    expect(() => questionnaireFromJson(doc)).toThrow(ValidationError);
    try {
      questionnaireFromJson(doc);
    } catch (e) {
      expect((e as ValidationError).problems[0]!.path).toEqual(["version"]);
      expect((e as ValidationError).problems[0]!.message).toMatch(/^gaptrace\/questionnaireFromJson: /);
    }
  });
});

describe("questionnaire CSV", () => {
  it("has the documented columns and round-trips through csv-parse", () => {
    const q = questionnaire(mini());
    const csv = questionnaireToCsv(q, { lang: "zh" });
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...QUESTIONNAIRE_CSV_COLUMNS]);
    expect(rows).toHaveLength(q.items.length);
    expect(rows.map((r) => r["question_id"])).toEqual(ids(q));
    const cb = rows.find((r) => r["question_id"] === "q_cb")!;
    expect(cb).toMatchObject({ section: "external", theme: "repair", point: "ep_callback", step: "callback", audience: "external", rater_post: "", measures: "perception", scale_type: "likert", scale_min: "1", scale_max: "5", unit: "", reverse: "false", text_en: "The call-back was useful.", text_zh: "回访有用。" });
    expect(cb["options"]).toBe("1=非常不满意|2=不满意|3=一般|4=满意|5=非常满意");
    expect(rows.find((r) => r["question_id"] === "q_wait")).toMatchObject({ scale_type: "numeric", unit: "s", scale_max: "600", options: "" });
    expect(rows.find((r) => r["question_id"] === "q_disp_crew")).toMatchObject({ section: "support-layer", audience: "internal", rater_post: "crew" });
    expect(rows.find((r) => r["question_id"] === "q_nps")!["options"]).toBe("0=完全不可能|1|2|3|4|5|6|7|8|9|10=非常可能");
    expect((parse(questionnaireToCsv(q), { columns: true }) as Record<string, string>[])[0]!["options"]).toMatch(/^1=Strongly disagree\|/);
  });

  it("adds name columns on request and a byte-order mark for Excel", () => {
    const csv = questionnaireToCsv(questionnaire(mini()), { names: true, lang: "zh", bom: true });
    expect(csv.startsWith("\uFEFFsection,")).toBe(true);
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.find((r) => r["question_id"] === "q_disp_crew")).toMatchObject({ theme_name: "故障抢修", point_name: "派单", step_name: "派单", rater_post_name: "抢修负责人" });
  });

  it("neutralises formula injection and escapes quotes, commas and line breaks", () => {
    const evil = '=HYPERLINK("http://evil.example","click, me")';
    // (The study schema trims labels, so a leading tab or CR is tested on csvCell below.)
    const texts = [evil, "+1+2", "-2+3", "@SUM(A1)", 'say "hi", twice\nnext line', "plain"];
    const s = mini((input) => {
      const qs = input.evaluationPoints![0]!.questions;
      texts.forEach((t, k) => qs.push({ id: `q_evil_${k}`, audience: { kind: "external" }, measures: "perception", scale: likert5, text: { en: t, zh: t } }));
      input.evaluationPoints![4]!.questions[2]!.scale = { type: "numeric", unit: "s", min: -5, max: 600 };
    });
    const csv = questionnaireToCsv(questionnaire(s));
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const byId = new Map(rows.map((r) => [r["question_id"], r]));
    expect(byId.get("q_evil_0")!["text_en"]).toBe(`'${evil}`);
    expect(byId.get("q_evil_0")!["text_zh"]).toBe(`'${evil}`);
    expect(byId.get("q_evil_1")!["text_en"]).toBe("'+1+2");
    expect(byId.get("q_evil_2")!["text_en"]).toBe("'-2+3");
    expect(byId.get("q_evil_3")!["text_en"]).toBe("'@SUM(A1)");
    expect(byId.get("q_evil_4")!["text_en"]).toBe('say "hi", twice\nnext line');
    expect(byId.get("q_evil_5")!["text_en"]).toBe("plain");
    // Numbers the library writes stay numbers, even negative ones.
    expect(byId.get("q_wait")!["scale_min"]).toBe("-5");
    // No raw cell anywhere starts a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it("encodes single cells safely, including a leading tab or carriage return", () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell("\tTAB")).toBe("'\tTAB");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect((parse(`x\r\n${csvCell("\r=1")}\r\n`, { columns: true }) as Record<string, string>[])[0]!["x"]).toBe("'\r=1");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell("-3")).toBe("'-3");
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvDocument(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });
});

describe("questionnaire of the bundled power-utility study", () => {
  const study = bundled();
  const q = questionnaire(study);
  const c = questionnaireCounts(q);

  it("holds every question of the study once, counted per section and theme", () => {
    const all = study.evaluationPoints.flatMap((p) => p.questions.map((x) => x.id));
    expect([...ids(q)].sort()).toEqual([...all].sort());
    expect(c.total).toEqual({ questions: 66, evaluationPoints: 33, external: 43, internal: 23 });
    expect(c.bySection.map((s) => [s.section, s.questions, s.evaluationPoints])).toEqual([
      ["external", 43, 17],
      ["service-layer", 6, 5],
      ["support-layer", 17, 13],
    ]);
    expect(c.byTheme.map((t) => [t.theme, t.questions])).toEqual([
      ["theme_new_connection", 9],
      ["theme_outage_repair", 38],
      ["theme_payment_reconnection", 10],
      ["theme_info_complaints", 9],
    ]);
    const sectionSum = c.bySection.reduce((a, s) => a + s.questions, 0);
    expect(sectionSum).toBe(c.total.questions);
  });

  it("puts the hotline agent in the service layer and the crew leader in the support layer", () => {
    const sections = (post: string) => new Set(q.items.filter((i) => i.raterPost === post).map((i) => i.section));
    expect([...sections("hotline_agent")]).toEqual(["service-layer"]);
    expect([...sections("repair_crew_leader")]).toEqual(["support-layer"]);
    expect([...sections("repair_dispatcher")]).toEqual(["support-layer"]);
  });

  it("follows the outage blueprint from the call to the rating", () => {
    const steps = [...new Set(q.items.filter((i) => i.section === "external" && i.theme === "theme_outage_repair").map((i) => i.step))];
    expect(steps).toEqual(["or_fl_take_call", "or_fl_inform_outage", "or_fl_crew_contact", "or_fl_callback", "or_cust_confirm_restoration", "or_cust_rate"]);
  });

  it("gives every rater post its own questionnaire, and the CSV round-trips", () => {
    const byPost = questionnairesByPost(q);
    expect(byPost.reduce((a, p) => a + p.items.length, 0)).toBe(c.total.internal);
    for (const p of byPost) expect(p.items.every((i) => i.raterPost === p.rater)).toBe(true);
    const rows = parse(questionnaireToCsv(q, { lang: "zh" }), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r["question_id"])).toEqual(ids(q));
    expect(rows.map((r) => r["text_zh"])).toEqual(q.items.map((i) => i.text.zh));
  });
});
