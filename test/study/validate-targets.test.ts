/** validateStudy on study.targets: unknown ids with the nearest, duplicates, empty indicators, accountability warnings. */
import { describe, expect, it } from "vitest";
import { problemText } from "../../src/core/problem.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { county } from "../attribution/targets-fixture.js";

const copy = (): Record<string, any> => structuredClone(county) as Record<string, any>;

describe("validateStudy: targets", () => {
  it("flags the county's accountability faults as warnings: two owners, none, overlaps, targets handed down one way", () => {
    const r = validateStudy(county);
    expect(r.ok).toBe(true);
    expect(r.problems.filter((p) => p.code.startsWith("target/")).map((p) => [p.code, p.severity, p.path.join(".")])).toEqual([
      ["target/overlap", "warning", "targets.indicators.2"],
      ["target/overlap", "warning", "targets.indicators.3"],
      ["target/several-owners", "warning", "targets.indicators.2.owners"],
      ["target/not-accepted", "warning", "targets.indicators.2.accepted"],
      ["target/overlap", "warning", "targets.indicators.3"],
      ["target/no-owner", "warning", "targets.indicators.3.owners"],
      ["target/not-accepted", "warning", "targets.indicators.3.accepted"],
      ["target/not-accepted", "warning", "targets.indicators.4.accepted"],
    ]);
    const overlap = r.problems.find((p) => p.code === "target/overlap")!;
    expect(overlap.message).toBe('Indicators "ind_hall" and "ind_communication" share evaluation points "ep_hall": one score counts toward two targets.');
    expect(problemText(overlap, "zh").message).toBe("指标 “ind_hall” 与 “ind_communication” 共用评价点 “ep_hall”：同一得分计入两项目标，指标存在重叠。");
    const crossing = r.problems.filter((p) => p.code === "target/overlap")[1]!;
    expect(crossing.params).toEqual({ indicator: "ind_hall", other: "ind_problem", via: "posts", shared: ["hall_clerk"] });
  });

  it("accepts an acceptance by the owner post, a person in it, or a post of the owning department", () => {
    const s = copy();
    s.targets.indicators[4].accepted = [{ by: "hotline_agent", on: "2014-07-08" }];
    s.targets.indicators[2].owners = [{ department: "marketing" }];
    s.targets.indicators[2].accepted = [{ by: "hall_manager", on: "2014-07-08" }];
    const codes = validateStudy(s).problems.filter((p) => p.code === "target/not-accepted").map((p) => (p.params as { indicator: string }).indicator);
    expect(codes).toEqual(["ind_problem"]);
  });

  it("says who accepted when it was not the owner", () => {
    const s = copy();
    s.targets.indicators[4].accepted = [{ by: "wang_fang", on: "2014-07-08" }];
    const p = validateStudy(s).problems.find((x) => x.code === "target/not-accepted" && (x.params as { indicator: string }).indicator === "ind_hotline")!;
    expect(p.message).toBe('The target of indicator "ind_hotline" was not accepted by its owner ("hotline_agent"); accepted only by "wang_fang": it is handed down one way.');
    expect(problemText(p, "zh").message).toBe("指标 “ind_hotline” 的目标未经责任主体（“hotline_agent”）确认，仅由 “wang_fang” 确认，属于单向下达。");
  });

  it("reports unknown ids as located errors with the nearest id, and duplicates and empty indicators", () => {
    const s = copy();
    s.targets.indicators[0].points = ["ep_suply"];
    s.targets.indicators[1].owners = [{ post: "hall_manger" }];
    s.targets.indicators[1].accepted = [{ by: "nobody_at_all", on: "2014-07-07" }];
    s.targets.indicators.push({ ...s.targets.indicators[4] });
    s.targets.indicators.push({ id: "ind_empty", name: "empty", points: ["ep_overall"], target: 80 });
    s.targets.top.push({ theme: "customer_servce", target: 81, wave: "2015" });
    const r = validateStudy(s);
    expect(r.ok).toBe(false);
    const errors = r.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.path.join("."), p.message]);
    expect(errors).toEqual([
      ["target/unknown-ref", "targets.top.1.theme", 'targets.top[1].theme names theme "customer_servce", which the study does not define (did you mean "customer_service"?).'],
      ["target/unknown-ref", "targets.indicators.0.points.0", 'targets.indicators[0].points[0] names evaluation point "ep_suply", which the study does not define (did you mean "ep_supply"?).'],
      ["target/unknown-ref", "targets.indicators.1.owners.0.post", 'targets.indicators[1].owners[0].post names post "hall_manger", which the study does not define (did you mean "hall_manager"?).'],
      ["target/unknown-ref", "targets.indicators.1.accepted.0.by", 'targets.indicators[1].accepted[0].by names person or post "nobody_at_all", which the study does not define.'],
      ["target/dup-indicator", "targets.indicators.5.id", 'Indicator id "ind_hotline" is used twice (first at targets.indicators[4]).'],
      ["target/empty-indicator", "targets.indicators.6", 'Indicator "ind_empty" aggregates no evaluation point with a customer perception question, so it has no value to track.'],
    ]);
    expect(r.problems.find((p) => p.code === "target/unknown-ref")!.hint).toBe('Write "customer_service" if that is what you meant.');
  });

  it("refuses a malformed targets section with schema problems (a date not YYYY-MM-DD, a target above 100, an unknown key)", () => {
    const s = copy();
    s.targets.indicators[0].accepted[0].on = "7/7/2014";
    s.targets.indicators[1].target = 185;
    s.targets.top[0].owner = "ceo";
    const r = validateStudy(s);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path.join("."))).toEqual(expect.arrayContaining(["targets.indicators.0.accepted.0.on", "targets.indicators.1.target", "targets.top.0"]));
  });

  it("warns that a top target cannot cascade when its theme has no overall question", () => {
    const s = copy();
    s.evaluationPoints = s.evaluationPoints.filter((p: { id: string }) => p.id !== "ep_overall");
    const p = validateStudy(s).problems.find((x) => x.code === "target/no-overall")!;
    expect(p.severity).toBe("warning");
    expect(problemText(p, "zh").message).toBe("服务主题 “customer_service” 的总目标无法分解：该主题没有总体满意度题。");
  });
});
