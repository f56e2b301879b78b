import { describe, expect, it } from "vitest";
import type { Change, Evidence, Finding } from "../../src/attribution/shared/findings.js";
import {
  CHANGE_KINDS, EVIDENCE_KINDS, changeKindName, changeText, chainLinkText, evidenceBrief, evidenceKindName, evidenceText, findingRefText,
  findingText, findingTitle, tagMeaning, tagName, undecidedText,
} from "../../src/reports/text.js";
import { TAGS } from "../../src/attribution/shared/findings.js";
import { utilityRun } from "./fixture.js";

const { study, result } = utilityRun();
const find = (id: string): Finding => {
  const f = result.findings.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no finding ${id}`);
  return f;
};
const evidenceOf = (f: Finding, kind: Evidence["kind"]): Evidence => {
  const e = f.evidence.find((x) => x.kind === kind);
  if (e === undefined) throw new Error(`no ${kind} in ${f.id}`);
  return e;
};
const changeOf = (f: Finding, kind: Change["kind"]): Change => {
  const c = f.change.find((x) => x.kind === kind);
  if (c === undefined) throw new Error(`no ${kind} in ${f.id}`);
  return c;
};

describe("names of tags, evidence and changes", () => {
  it("names every tag, evidence kind and change kind in both languages", () => {
    expect(TAGS.map((t) => tagName(t, "zh"))).toEqual(["客户不满意点", "标准不合理点", "执行不合格点"]);
    for (const lang of ["en", "zh"] as const) {
      for (const t of TAGS) expect(tagMeaning(t, lang).length).toBeGreaterThan(20);
      expect(new Set(EVIDENCE_KINDS.map((k) => evidenceKindName(k, lang))).size).toBe(EVIDENCE_KINDS.length);
      expect(new Set(CHANGE_KINDS.map((k) => changeKindName(k, lang))).size).toBe(CHANGE_KINDS.length);
    }
  });
});

describe("evidence sentences with real numbers", () => {
  const nce = find("nce:or_bo_dispatch");
  const arrival = find("us:std_arrival_urban_45min:threshold");
  const clock = find("us:std_reconnect_24h:clock");
  const gap = find("cd:ep_or_arrival");

  it("states compliance as a share of cases within the limit, with the required share, interval and n", () => {
    const en = evidenceText(study, evidenceOf(nce, "compliance-below-standard"), "en");
    expect(en).toMatch(/^Standard “Orders dispatched within 5 minutes of being created”: 77\.\d% of cases within 5 minutes \(98% required; 95% CI 7\d\.\d%–7\d\.\d%, n = 2,000\)\./);
    expect(en).toMatch(/Today the 98th percentile is 8\.\d minutes\./);
    const zh = evidenceText(study, evidenceOf(nce, "compliance-below-standard"), "zh");
    expect(zh).toMatch(/^标准“工单生成后5分钟内派单”：77\.\d%的工单在5分钟以内（要求98%；95%置信区间 7\d\.\d%–7\d\.\d%，n = 2,000）。目前第98百分位为8\.\d分钟。/);
  });

  it("states how much must change at the percentile the standard requires", () => {
    const en = changeText(study, changeOf(nce, "raise-compliance"), "en");
    expect(en).toMatch(/“Minutes from fault report to dispatch” must come down from 8\.\d to 5 minutes at the 98th percentile\.$/);
    const zh = changeText(study, changeOf(nce, "raise-compliance"), "zh");
    expect(zh).toMatch(/“报修至派单时长”第98百分位须从8\.\d分钟降至5分钟。$/);
  });

  it("states the internal customers' rating with its interval", () => {
    expect(evidenceText(study, evidenceOf(nce, "internal-rating-below-target"), "en")).toMatch(
      /^The internal customer “Repair crew leader” rates “Dispatch to the repair crew” \(provided by “Repair dispatcher”\) at 59\.\d \(95% CI 5\d\.\d–\d\d\.\d, n = 1,391\), below the target of 75\.0\.$/,
    );
    expect(evidenceText(study, evidenceOf(nce, "internal-rating-below-target"), "zh")).toMatch(/^内部客户“抢修工作负责人”对“抢修派单”（由“配网抢修指挥员”提供）的评价指数为59\.\d/);
  });

  it("states an unreasonable limit against what customers accept", () => {
    const en = evidenceText(study, evidenceOf(arrival, "expectation-vs-standard"), "en");
    expect(en).toMatch(/^Only 20\.\d% of customers \(95% CI .*n = 1,593\) accept the 45 minutes of standard “Repair crew on site within 45 minutes in cities”; at least 80% should\./);
    expect(en).toMatch(/80% of customers accept at most 2\d\.\d minutes \(95% CI 2\d\.\d–2\d\.\d minutes\)\.$/);
    expect(changeText(study, changeOf(arrival, "tighten-threshold"), "zh")).toMatch(/^将标准“城区范围抢修人员45分钟内到达现场”的限值从45分钟调整为2\d\.\d分钟/);
  });

  it("states a clock mismatch with both events and the lag between them", () => {
    const en = evidenceText(study, evidenceOf(clock, "clock-mismatch"), "en");
    expect(en).toContain("starts its clock at “Arrears settled in the billing system (结清)”; customers start theirs at “Customer paid arrears and late fee (缴清)”");
    expect(en).toMatch(/a median of \d+\.\d hours apart/);
    expect(changeText(study, changeOf(clock, "move-clock"), "zh")).toBe(
      "标准“客户结清欠费及违约金后24小时内恢复供电”的计时起点应从“系统结清电费”改为“客户缴清电费”，与客户的计算方式一致。",
    );
  });

  it("states customer gaps as index against target and as SERVQUAL gap", () => {
    expect(evidenceText(study, evidenceOf(gap, "perception-below-target"), "en")).toMatch(/^Customers rate “Repair crew arrival” at 55\.\d \(95% CI .*, n = 2,657\) on the 0–100 satisfaction index, below the target of 85\.0\.$/);
    expect(evidenceText(study, evidenceOf(gap, "servqual-gap"), "zh")).toMatch(/^客户对“抢修人员到达”的感知比期望低2\d\.\d分（感知−期望 = −2\d\.\d；95%置信区间 −2\d\.\d 至 −2\d\.\d，n = 2,592）。$/);
  });

  it("writes every evidence and change of the run in both languages without raw study ids", () => {
    const ids = [...study.blueprints.flatMap((b) => b.steps.map((s) => s.id)), ...study.standards.map((s) => s.id), ...study.organisation.posts.map((p) => p.id)];
    const kinds = new Set<string>();
    for (const f of result.findings)
      for (const lang of ["en", "zh"] as const) {
        const texts = [findingText(study, f, lang), findingTitle(study, f, lang), ...f.evidence.map((e) => evidenceText(study, e, lang)), ...f.evidence.map((e) => evidenceBrief(study, e, lang)), ...f.change.map((c) => changeText(study, c, lang))];
        for (const e of f.evidence) kinds.add(e.kind);
        for (const c of f.change) kinds.add(c.kind);
        for (const t of texts) {
          expect(t.length).toBeGreaterThan(3);
          for (const id of ids) expect(t.includes(id), `${t} names ${id}`).toBe(false);
          expect(t).not.toMatch(/NaN|undefined|Infinity/);
        }
      }
    // The run exercises every evidence kind and every change kind.
    for (const k of [...EVIDENCE_KINDS, ...CHANGE_KINDS]) expect(kinds.has(k), k).toBe(true);
  });

  it("names root causes by what they are, and explains where a customer gap comes from", () => {
    expect(findingRefText(study, "nce:or_bo_dispatch", "en")).toBe("execution at “Dispatcher assigns the order to a repair crew” (Repair dispatcher)");
    expect(findingRefText(study, "us:std_reconnect_24h:clock", "zh")).toBe("标准“客户结清欠费及违约金后24小时内恢复供电”的计时口径");
    // Where the gap comes from follows the evidence: measured shares with their intervals, or the whole gap with the
    // front line and the possible causes counted (the exact sentences are tested in link-text.test.ts).
    if (gap.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap");
    const tail = findingText(study, gap, "en");
    if (gap.causes.length > 0) expect(tail).toMatch(/Measured upstream effects explain [\d.]+% of the 30\.0-point gap: .+ \(95% CI [\d.]+%–[\d.]+%, measured\)/);
    else expect(tail).toMatch(/No measured upstream effect explains the 30\.0-point gap: it stays with the front-line post, Repair crew leader \(Operations and maintenance department \(repair centre\)\)\./);
    expect(tail).toContain(`${gap.links.filter((l) => l.share === undefined && l.finding !== undefined && l.reason.kind !== "no-harm").length} possible cause`);
  });

  it("writes chain links with the step, layer, post and the numbers measured there", () => {
    if (gap.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap");
    const link = gap.links.find((c) => c.finding === "nce:or_bo_dispatch")?.chain[0];
    if (link === undefined) throw new Error("no chain");
    const en = chainLinkText(study, link, "en", (e) => e.kind !== "internal-rating-below-target");
    expect(en).toMatch(/^“Dispatcher assigns the order to a repair crew” \(Back office \(backstage\), Repair dispatcher\): 77\.\d% within 5 minutes \(98% required\);/);
    expect(en).toMatch(/rated 59\.\d by “Repair crew leader” \(target 75\.0\) \(no significant gap\)\.$/);
    expect(chainLinkText(study, { ...link, measured: [] }, "zh")).toBe("“抢修指挥员派单”（后台支撑层，配网抢修指挥员）：此处无测量数据，依据蓝图的交接关系推断。");
  });

  it("says what would settle an undecided item, with names instead of ids, in Chinese too", () => {
    const u = result.undecided.find((x) => x.subject === "std_connect_5wd");
    if (u === undefined) throw new Error("expected std_connect_5wd undecided");
    expect(undecidedText(study, u, "en").needs).toBe("at least 30 cases with both events “Inspection passed and contract signed” and “Meter installed and power connected”");
    const zh = undecidedText(study, u, "zh");
    expect(zh.subject).toBe("标准“签订合同后5个工作日内装表送电”");
    expect(zh.needs).toBe("至少30个同时记录“竣工检验合格并签订合同”和“装表送电”的工单");
    expect(zh.reason).toMatch(/^\d[\d,]*个工单，但按工作日计算时长需要工作日历（calendar 选项）$/);
  });

  it("words every undecided reason and what would settle it from the Chinese table, never leaving English", () => {
    expect(result.undecided.length).toBeGreaterThan(0);
    for (const u of result.undecided) {
      const zh = undecidedText(study, u, "zh");
      for (const text of [zh.reason, zh.needs]) expect(text.replace(/“[^”]*”|SERVQUAL|calendar/g, ""), u.reason).not.toMatch(/[a-z]{3,}/);
    }
    const other = result.undecided.find((u) => u.why.kind === "expectation-on-other-clock");
    if (other === undefined) throw new Error("expected a standard whose customers count on another clock");
    expect(undecidedText(study, other, "en").reason).toMatch(/^customers answer “.+” counting from “.+” to “.+”, the standard counts from/);
    expect(undecidedText(study, other, "zh").reason).toMatch(/^客户回答“.+”时从“.+”计到“.+”，而标准从“.+”计到“.+”/);
  });
});
