/** The target cascade in the report document and its writers: the section, and each post's target, in English and Chinese. */
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { cascadeTargets } from "../../src/attribution/targets.js";
import { buildReport } from "../../src/reports/report.js";
import { renderHtml, renderJson, renderMarkdown } from "../../src/reports/render.js";
import { ReportSchema } from "../../src/reports/schema.js";
import { county, countyTable, WAVE_2013 } from "../attribution/targets-fixture.js";

const table = countyTable([WAVE_2013], 17);
const result = attribute(county, { responses: table });
const cascade = cascadeTargets(county, { responses: table });

describe("report: target cascade", () => {
  it("puts the cascade in the document, valid against the report schema, and nothing without one", () => {
    const doc = buildReport(county, result, { targets: cascade });
    expect(ReportSchema.safeParse(doc).success).toBe(true);
    expect(doc.targets!.themes[0]!.lines[0]).toMatch(/^Customer service: overall satisfaction \d+\.\d 95% CI \d+\.\d–\d+\.\d \(800 customers; declared baseline 80\.0\); target 81\.0 for 2014\.$/);
    expect(doc.targets!.themes[0]!.lines[1]).toMatch(/^If every declared target is met: \d+\.\d 95% CI .*, which (reaches 81\.0|falls short of 81\.0|cannot be told)/);
    expect(doc.targets!.indicators.find((i) => i.indicator.id === "ind_hall")!.acceptance).toBe("accepted by Wang Fang on 2014-07-07");
    expect(doc.targets!.indicators.find((i) => i.indicator.id === "ind_hotline")!.acceptance).toBe("not accepted (handed down one way)");
    expect(doc.targets!.problems.map((p) => p.code)).toContain("target/several-owners");
    expect(buildReport(county, result).targets).toBeUndefined();
    expect(buildReport(county, result).responsibility.posts.some((p) => p.targets !== undefined)).toBe(false);
  });

  it("gives each post its target on its list: from, to, and who accepted it", () => {
    const doc = buildReport(county, result, { targets: cascade });
    const hall = doc.responsibility.posts.find((p) => p.post.id === "hall_clerk")!;
    const point = cascade.themes[0]!.points.find((p) => p.point === "ep_hall")!;
    expect(hall.targets).toEqual([`Your target: raise Business-hall service from ${point.current!.toFixed(1)} to ${point.target!.toFixed(1)}; not accepted.`]);
    const zh = buildReport(county, result, { targets: cascade, lang: "zh" });
    const line = zh.responsibility.posts.find((p) => p.post.id === "hall_clerk")!.targets![0]!;
    expect(line).toBe(`本岗位目标：将“营业厅服务”从 ${point.current!.toFixed(1)} 提升到 ${point.target!.toFixed(1)}；未经确认。`);
  });

  it("writes the section in Markdown, HTML and JSON, in both languages", () => {
    const md = renderMarkdown(county, result, { targets: cascade });
    expect(md).toContain("## Targets that cascade");
    expect(md).toContain("| Point | Effect per index point | Now | Target | Move | Effect |");
    expect(md).toContain("- Your target: raise Business-hall service from");
    const mdZh = renderMarkdown(county, result, { targets: cascade, lang: "zh" });
    expect(mdZh).toContain("## 目标分解");
    expect(mdZh).toContain("| 指标 | 现值 | 目标 | 提升量 | 责任主体 | 确认情况 |");
    expect(mdZh).toContain("王芳于 2014-07-07 确认");
    const html = renderHtml(county, result, { targets: cascade, lang: "zh" });
    expect(html).toContain('id="targets"');
    expect(html).toContain("本岗位目标");
    expect(JSON.parse(renderJson(county, result, { targets: cascade })).targets.targetWave).toBe("2014");
  });
});

describe("report: a cause owned by a whole department", () => {
  it("lands its part of a point's move on the department's list, by its measured share", async () => {
    const { loadStudyFileSync } = await import("../../src/node/study-file.js");
    const { collectResponses } = await import("../../src/data/dataset.js");
    const { choosePlants, responseRows, simulateStudy } = await import("../../src/simulate/index.js");
    const utility = loadStudyFileSync(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url).pathname).study!;
    const plant = choosePlants(utility, 2, 1, { linkable: true });
    const data = simulateStudy(utility, { seed: 2, plant, link: { share: 0.8 } });
    const table = collectResponses(utility, responseRows(data));
    const study = { ...utility, targets: { top: [{ target: 95, wave: "next" }], indicators: [] } };
    const c = cascadeTargets(study, { responses: table, cases: data.cases });
    const deptParts = c.posts.filter((p) => p.post === undefined && p.department !== undefined);
    expect(deptParts.length).toBeGreaterThan(0);
    const r = attribute(study, { responses: table, cases: data.cases });
    const doc = buildReport(study, r, { targets: c });
    const list = doc.responsibility.departments.find((d) => d.department.id === deptParts[0]!.department)!;
    expect(list.targets!.length).toBe(deptParts[0]!.items.length);
    expect(list.targets![0]).toMatch(/^Your target: raise .+ from \d+\.\d to \d+\.\d \(your part, by your measured share of its gap: \d+\.\d points\); proposed from the measured effects, not a declared target\.$/);
  });
});
