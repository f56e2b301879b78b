import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/reports/report.js";
import { renderHtml, renderJson, renderMarkdown } from "../../src/reports/render.js";
import { readReportJson } from "../../src/reports/json.js";
import { createMonitor } from "../../src/monitor/monitor.js";
import { reviewAlerts } from "../../src/monitor/review.js";
import { utilityRun } from "./fixture.js";

const at = (hours: number): number => Date.UTC(2026, 0, 5) + hours * 3_600_000;

function review() {
  const { study } = utilityRun();
  const m = createMonitor(study);
  const c = (hours: number, customer: string, kind: string) => ({ type: "complaint", time: at(hours), kind, customer });
  const alerts = [...m.pushAll([c(0, "A", "slow_repair"), c(1, "A", "slow_repair"), c(30, "B", "billing_error"), c(31, "B", "billing_error")]), ...m.advance(at(60))];
  return reviewAlerts(study, alerts);
}

describe("the report's review-after section (monitoring)", () => {
  it("is absent unless a review is given", () => {
    const { study, result } = utilityRun();
    expect(buildReport(study, result).monitoring).toBeUndefined();
    expect(renderHtml(study, result)).not.toContain('id="monitoring"');
  });
  it("carries the review with names, survives JSON, and is written by the HTML and Markdown writers", () => {
    const { study, result } = utilityRun();
    const r = review();
    const doc = buildReport(study, result, { monitoring: r, lang: "zh" });
    expect(doc.monitoring?.byDepartment.map((d) => [d.department.id, d.department.name, d.raised, d.resolved])).toEqual([
      ["marketing_dept", "营销部", 1, 1],
      ["ops_maintenance", "运维检修部（配电抢修中心）", 1, 1],
    ]);
    expect(doc.monitoring?.byPost.map((p) => p.post.id)).toEqual(["billing_clerk", "repair_crew_leader"]);
    expect(readReportJson(renderJson(study, result, { monitoring: r })).monitoring).toEqual(buildReport(study, result, { monitoring: r }).monitoring);
    const html = renderHtml(study, result, { monitoring: r, lang: "zh" });
    expect(html).toContain('id="monitoring"');
    expect(html).toContain("各责任部门的预警事件");
    expect(html).toContain("<td>营销部</td>");
    const md = renderMarkdown(study, result, { monitoring: r });
    expect(md).toContain("## Early warning in the period (review after)");
    // The highest level is shown 1-based (the first level is 1); B's repeat resolves one quiet period (180 min) after its last hit.
    expect(md).toContain("| Billing and accounts clerk | 1 | 0 | 1 | 0 | 1 | 180 |");
    expect(md).toContain("Alerts from 2026-01-05 to 2026-01-06.");
  });
});

describe("the review in the responsibility lists", () => {
  it("gives each owner's list its alerts in words, in Chinese and English, in the HTML and through JSON", () => {
    const { study, result } = utilityRun();
    const r = review();
    const zh = buildReport(study, result, { monitoring: r, lang: "zh" });
    const clerk = zh.responsibility.posts.find((p) => p.post.id === "billing_clerk");
    expect(clerk?.alerts).toMatchObject({ raised: 1, resolved: 1, open: 0 });
    expect(clerk?.alerts?.text).toMatch(/^评估期间预警：发起 1 起，升级 0 起，已关闭 1 起，未关闭 0 起；关闭用时中位数 \d+ 分钟。$/);
    expect(zh.responsibility.departments.find((d) => d.department.id === "marketing_dept")?.alerts?.raised).toBe(1);
    expect(renderHtml(study, result, { monitoring: r, lang: "zh" })).toContain(clerk?.alerts?.text ?? "(none)");
    expect(readReportJson(renderJson(study, result, { monitoring: r })).responsibility).toEqual(buildReport(study, result, { monitoring: r }).responsibility);
    // Without a review no list carries alerts.
    expect(buildReport(study, result).responsibility.posts.some((p) => p.alerts !== undefined)).toBe(false);
  });
});
