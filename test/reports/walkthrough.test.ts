/** Walkthrough results in the report: the section with the sources' counts, each list's problems (open first), the writers, en and zh. */
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { withWalkthroughs } from "../../src/attribution/with-walkthroughs.js";
import type { WalkthroughObservation, WalkthroughSet } from "../../src/data/walkthroughs.js";
import { buildReport } from "../../src/reports/report.js";
import { readReportJson } from "../../src/reports/json.js";
import { renderCsv, renderHtml, renderJson, renderMarkdown } from "../../src/reports/render.js";
import { responsibilityLists } from "../../src/reports/responsibility.js";
import { ReportSchema } from "../../src/reports/schema.js";
import { bundled as study, simulated } from "../attribution/helpers.js";

const { data, table } = simulated({ seed: 7, link: {}, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] });
const owner = (step: string): string | undefined => study.blueprints.flatMap((b) => b.steps).find((s) => s.id === step)?.owner;
const obs = (id: string, step: string, solved: WalkthroughObservation["solved"], extra: Partial<WalkthroughObservation> = {}): WalkthroughObservation => ({
  id, run: "w1", task: "t1", step, owner: owner(step), problem: { en: `Problem ${id}`, zh: `问题${id}` }, kind: "execution", solved, ...extra,
});
const set: WalkthroughSet = {
  runs: [{ id: "w1", kind: "customer", participants: 583, tasks: 158 }],
  observations: [
    obs("s1", "or_bo_dispatch", "yes", { solvedOn: "2026-03-20", measure: { en: "Callback script", zh: "统一回电话术" } }),
    obs("a", "or_bo_dispatch", "partly"),
    obs("b", "or_bo_dispatch", "no"),
    obs("v", "or_sp_vehicle_pool", "no", { kind: "handoff" }),
  ],
};
const plain = attribute(study, { responses: table, cases: data.cases });
const result = withWalkthroughs(study, plain, set);

describe("walkthroughs in the responsibility lists", () => {
  const lists = responsibilityLists(study, result, { measures: false });

  it("lists a post's problems open first (unsolved, then partly), then solved", () => {
    const dispatcher = lists.posts.find((p) => p.post === "repair_dispatcher");
    expect(dispatcher?.walkthrough?.open.map((o) => o.id)).toEqual(["b", "a"]);
    expect(dispatcher?.walkthrough?.solved.map((o) => o.id)).toEqual(["s1"]);
    expect(lists.departments.find((d) => d.department === "dispatch_control_centre")?.walkthrough?.open.map((o) => o.id)).toEqual(["b", "a"]);
  });

  it("gives a post with problems but no finding a list of its own, without entries or priority", () => {
    const vehicle = lists.posts.find((p) => p.post === "vehicle_dispatcher");
    expect(vehicle).toMatchObject({ entries: [], priority: 0, walkthrough: { open: [{ id: "v" }], solved: [] } });
    expect(lists.departments.find((d) => d.department === "logistics_centre")?.entries).toEqual([]);
  });

  it("leaves the lists as they were without walkthrough records", () => {
    const before = responsibilityLists(study, plain, { measures: false });
    expect(before.posts.some((p) => p.walkthrough !== undefined)).toBe(false);
    const strip = lists.posts.filter((p) => p.entries.length > 0).map(({ walkthrough: _w, ...p }) => p.post);
    expect(strip).toEqual(before.posts.map((p) => p.post));
  });
});

describe("walkthroughs in the report document and writers", () => {
  const en = buildReport(study, result, { measures: false });
  const zh = buildReport(study, result, { lang: "zh", measures: false });

  it("states the sources' counts and the grading note, and validates against the report schema", () => {
    expect(ReportSchema.safeParse(en).success).toBe(true);
    expect(en.walkthroughs?.text).toBe("583 people took part in 1 walkthrough on 158 tasks and found 4 problems: 1 solved, 1 partly solved, 2 open.");
    expect(zh.walkthroughs?.text).toBe("共 583 人参加 1 次流程穿越，穿越任务 158 项，发现问题 4 条：已解决 1 条，部分解决 1 条，未解决 2 条。");
    expect(en.walkthroughs?.note).toContain("a share of a gap comes only from a measured effect");
    expect(buildReport(study, plain, { measures: false }).walkthroughs).toBeUndefined();
    expect(en.walkthroughs?.ledger).toBeNull();
  });

  it("states the read's ledger when the records came from a file", () => {
    const ledger = { rowsRead: 6, accepted: 4, rejected: 2, blankLines: 1 };
    const withLedger = withWalkthroughs(study, plain, { ...set, ledger });
    const doc = buildReport(study, withLedger, { lang: "zh", measures: false });
    expect(doc.walkthroughs?.ledger).toEqual(ledger);
    expect(doc.walkthroughs?.text).toBe("共 583 人参加 1 次流程穿越，穿越任务 158 项，发现问题 4 条：已解决 1 条，部分解决 1 条，未解决 2 条。穿越记录读取 6 条 = 采用 4 条 + 未采用 2 条。");
    expect(() => withWalkthroughs(study, plain, { ...set, ledger: { ...ledger, rejected: 1 } })).toThrow(/does not reconcile/);
  });

  it("words problems, corroborations, supports and unconfirmed steps in each language", () => {
    const s1 = en.walkthroughs?.problems.find((p) => p.id === "s1");
    expect(s1?.text).toBe(`“Problem s1” at “${s1?.step.name}” (non-compliant execution): solved on 2026-03-20; measure: Callback script.`);
    expect(zh.walkthroughs?.problems.find((p) => p.id === "s1")?.problem).toBe("问题s1");
    expect(en.walkthroughs?.corroborations.find((c) => c.finding.id === "nce:or_bo_dispatch")?.problems).toEqual(["a", "b"]);
    const unconfirmed = zh.walkthroughs?.unconfirmed.find((u) => u.step.id === "or_sp_vehicle_pool");
    expect(unconfirmed?.text).toMatch(/^流程穿越在“.+”发现 1 条未解决问题，尚未得到调查或工单数据证实；验证所需数据：/);
    for (const s of en.walkthroughs?.supports ?? []) expect(s.text).toMatch(/open walkthrough problems? at/);
    // The links of the findings carry the open problems at their step, by id (JSON), and nothing else changes.
    const arrival = en.findings.find((f) => f.id === "cd:ep_or_arrival");
    const dispatchLinks = arrival?.tag === "customer-dissatisfaction" ? arrival.links.filter((l) => l.step.id === "or_bo_dispatch") : [];
    expect(dispatchLinks.length).toBeGreaterThan(0);
    for (const l of dispatchLinks) expect(l.observed).toEqual(["a", "b"]);
  });

  it("writes the section and the lists' problems in Markdown, HTML and CSV", () => {
    const md = renderMarkdown(study, result, { lang: "zh", measures: false });
    expect(md).toContain("## 流程穿越");
    expect(md).toContain("流程穿越问题：未解决 2 条，已解决 1 条。");
    const html = renderHtml(study, result, { measures: false });
    expect(html).toContain('<section id="walkthroughs"');
    expect(html).toContain("Walkthrough problems: 2 open, 1 solved.");
    const csv = renderCsv(study, result, { table: "walkthroughs", measures: false });
    const rows = csv.trim().split("\r\n");
    expect(rows).toHaveLength(5);
    expect(rows[0]?.startsWith("problem_id,run,task,step_id")).toBe(true);
    expect(rows.find((r) => r.startsWith("b,"))).toContain("nce:or_bo_dispatch");
    expect(renderCsv(study, plain, { table: "walkthroughs" }).trim().split("\r\n")).toHaveLength(1);
    expect(renderMarkdown(study, plain, { measures: false })).not.toContain("Process walkthroughs");
  });
});

describe("an open problem at a customer's own step", () => {
  // or_cust_wait has no evaluation point; or_cust_confirm_restoration is rated at ep_or_restoration (a standard
  // problem there: no standard governs it, so nothing corroborates it whatever customers' ratings show).
  const customer: WalkthroughSet = {
    runs: set.runs,
    observations: [obs("cw", "or_cust_wait", "no", { kind: "other", owner: undefined }), obs("cr", "or_cust_confirm_restoration", "no", { kind: "standard", owner: undefined })],
  };
  const withCustomer = withWalkthroughs(study, plain, customer);
  const unconfirmed = (lang: "en" | "zh", step: string) => buildReport(study, withCustomer, { lang, measures: false }).walkthroughs?.unconfirmed.find((u) => u.step.id === step);

  it("says why it is not tested (no post executes it) and what data would test it, with no point at the step", () => {
    expect(withCustomer.walkthroughs?.unconfirmed.find((u) => u.step === "or_cust_wait")).toMatchObject({ test: [], customerStep: { points: [] } });
    const en = unconfirmed("en", "or_cust_wait");
    expect(en?.tests).toEqual([]);
    expect(en?.text).toMatch(/; to test: an evaluation point on the step \(a survey question customers answer about it\): it is the customer's own step, which no post executes, so no internal customer rates it and no work order times it, and no survey question asks about it yet\.$/);
    expect(unconfirmed("zh", "or_cust_wait")?.text).toMatch(/验证所需数据：在该环节设置评价点（请客户就该环节作答的调查题目）：这是客户自己完成的环节，没有岗位执行，因而没有内部客户评价，也没有工单计时，目前也没有调查题目问及该环节。$/);
  });

  it("names the step's evaluation point when there is one", () => {
    const x = withCustomer.walkthroughs?.unconfirmed.find((u) => u.step === "or_cust_confirm_restoration");
    expect(x?.customerStep).toEqual({ points: ["ep_or_restoration"] });
    const en = unconfirmed("en", "or_cust_confirm_restoration");
    expect(en?.text).toMatch(/; to test: a survey question on this problem itself, answered by the customers who rate “.+”: it is the customer's own step, which no post executes, so no internal customer rates it and no work order times it, and only customers' answers can test it\.$/);
    expect(unconfirmed("zh", "or_cust_confirm_restoration")?.text).toMatch(/验证所需数据：就该问题本身增设一道调查题目，请评价“.+”的客户作答：这是客户自己完成的环节，没有岗位执行，因而没有内部客户评价，也没有工单计时，只能由客户的回答来检验。$/);
  });

  it("leaves the steps posts execute as they were (no customerStep)", () => {
    expect(result.walkthroughs?.unconfirmed.find((u) => u.step === "or_sp_vehicle_pool")?.customerStep).toBeUndefined();
  });

  it("carries customerStep into the report document and its JSON, which reads back (absent for a post's step)", () => {
    const doc = buildReport(study, withCustomer, { lang: "en", measures: false });
    const at = (d: typeof doc, step: string) => d.walkthroughs?.unconfirmed.find((u) => u.step.id === step);
    expect(at(doc, "or_cust_wait")?.customerStep).toEqual({ points: [] });
    expect(at(doc, "or_cust_confirm_restoration")?.customerStep).toEqual({ points: [{ id: "ep_or_restoration", name: expect.any(String) }] });
    const own = buildReport(study, result, { lang: "en", measures: false });
    expect(at(own, "or_sp_vehicle_pool")).toBeDefined();
    expect(at(own, "or_sp_vehicle_pool")).not.toHaveProperty("customerStep");
    const back = readReportJson(renderJson(study, withCustomer, { lang: "en", measures: false }));
    expect(at(back, "or_cust_confirm_restoration")?.customerStep).toEqual(at(doc, "or_cust_confirm_restoration")?.customerStep);
  });
});
