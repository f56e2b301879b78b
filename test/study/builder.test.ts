import { describe, expect, it } from "vitest";
import { studyBuilder } from "../../src/study/builder.js";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { mini } from "../model/helpers.js";

const base = () =>
  studyBuilder("mini", { en: "Reconnection after arrears", zh: "欠费复电" })
    .department("mkt", { en: "Marketing", zh: "营销部" })
    .department("ops", { en: "Operations", zh: "运检部" })
    .post("agent", { name: { en: "Hotline agent", zh: "95598坐席" }, department: "mkt", headcount: 40 })
    .post("clerk", { name: "Billing clerk", department: "mkt" })
    .post("crew", { name: "Reconnection crew", department: "ops", headcount: 12 })
    .need("pay", "Easy payment")
    .item("recon", { name: "Reconnection", needs: ["pay"] })
    .theme("payment", { name: "Payment", items: ["recon"] })
    .step("pays", { theme: "payment", layer: "customer", name: "Customer pays" })
    .step("confirm", { theme: "payment", layer: "frontline", name: "Agent confirms", owner: "agent" })
    .step("settle", { theme: "payment", layer: "backoffice", name: "Clerk settles", owner: "clerk" })
    .step("reconnect", { theme: "payment", layer: "backoffice", name: "Crew reconnects", owner: "crew" })
    .step("restored", { theme: "payment", layer: "customer", name: "Power back" })
    .handoff("pays", "confirm")
    .handoff("confirm", "settle")
    .handoff("settle", "reconnect")
    .handoff("reconnect", "restored");

describe("studyBuilder", () => {
  it("builds a valid study, the same plain data a file would hold", () => {
    const b = base()
      .event("settled", { name: "Settled", step: "settle" })
      .event("reconnected", { name: "Reconnected", step: "reconnect" })
      .metric("recon_time", { name: "Reconnection time", step: "reconnect", unit: "h", clock: { start: "settled", stop: "reconnected" } })
      .standard("recon_24h", { text: "Within 24 h", metric: "recon_time", unit: "h", threshold: 24, better: "lower", owner: { department: "mkt" }, steps: ["reconnect"] })
      .point("ep", {
        step: "settle",
        name: "Settlement",
        questions: [{ id: "q1", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Timely notice" }],
      });
    const study = b.build();
    expect(study.blueprints).toHaveLength(1);
    expect(study.blueprints[0]?.steps.map((s) => s.id)).toEqual(["pays", "confirm", "settle", "reconnect", "restored"]);
    expect(study.standards[0]?.compliance).toBe(1); // default applied
    expect(JSON.parse(JSON.stringify(b.toJSON()))).toEqual(b.toJSON());
    expect(validateStudy(b.toJSON()).ok).toBe(true);
  });

  it("is immutable: a branch does not change its parent", () => {
    const a = base();
    const b = a.post("extra", { name: "Extra", department: "ops" });
    expect(a.toJSON().organisation.posts).toHaveLength(3);
    expect(b.toJSON().organisation.posts).toHaveLength(4);
  });

  it("type-checks references: an unknown department is a compile error", () => {
    // @ts-expect-error "finance" is not a department defined on this builder
    const b = base().post("x", { name: "X", department: "finance" });
    // ...and validation still catches it at run time for untyped callers.
    expect(() => b.build()).toThrow(ValidationError);
    expect(b.problems().map((p) => p.code)).toContain("post/no-department");
  });

  it("type-checks owners and hand-off endpoints", () => {
    // @ts-expect-error "nobody" is not a post
    const s = base().step("x", { theme: "payment", layer: "frontline", name: "X", owner: "nobody" });
    expect(s.problems().map((p) => p.code)).toContain("ref/unknown-post");
    // @ts-expect-error "nowhere" is not a step
    const h = base().handoff("pays", "nowhere");
    expect(h.problems().map((p) => p.code)).toContain("ref/unknown-step");
  });

  it("reports problems instead of throwing from problems()/validate()", () => {
    const b = base().step("orphan", { theme: "payment", layer: "support", name: "Orphan", owner: "clerk" });
    expect(b.validate().ok).toBe(true);
    expect(b.problems().map((p) => p.code)).toContain("graph/isolated-step");
  });

  it("matches the file format: mini.study.yaml re-expressed needs nothing extra", () => {
    expect(validateStudy(mini()).ok).toBe(true);
  });
});

describe("studyBuilder.reach", () => {
  const withPoints = () =>
    base()
      .event("settled", { name: "Settled", step: "settle" })
      .event("reconnected", { name: "Reconnected", step: "reconnect" })
      .metric("recon_time", { name: "Reconnection time", step: "reconnect", unit: "h", clock: { start: "settled", stop: "reconnected" } })
      .standard("recon_24h", { text: "Within 24 h", metric: "recon_time", unit: "h", threshold: 24, better: "lower", owner: { department: "mkt" }, steps: ["reconnect"] })
      .point("ep_settle", { step: "settle", name: "Settlement", questions: [{ id: "q1", audience: { kind: "internal", rater: "crew" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Timely notice" }] })
      .point("ep_power", { step: "restored", name: "Power back", questions: [{ id: "q2", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Fast enough?" }] });

  it("declares the reach of a step and of a standard, replacing an earlier declaration", () => {
    const b = withPoints()
      .reach({ step: "settle" }, ["ep_power"])
      .reach({ step: "settle" }, ["ep_settle", "ep_power"])
      .reach({ step: "reconnect" }, [])
      .reach({ standard: "recon_24h" }, ["ep_power"]);
    const study = b.build();
    const steps = study.blueprints[0]!.steps;
    expect(steps.find((s) => s.id === "settle")?.reach).toEqual(["ep_settle", "ep_power"]);
    expect(steps.find((s) => s.id === "reconnect")?.reach).toEqual([]);
    expect(steps.find((s) => s.id === "confirm")?.reach).toBeUndefined();
    expect(study.standards[0]?.reach).toEqual(["ep_power"]);
    expect(b.problems().filter((x) => x.code.includes("reach"))).toEqual([]);
    expect(b.validate().ok).toBe(true);
  });

  it("is immutable: declaring a reach leaves the parent builder unchanged", () => {
    const a = withPoints();
    a.reach({ step: "settle" }, ["ep_power"]).reach({ standard: "recon_24h" }, []);
    expect(a.toJSON().blueprints[0]?.steps.some((s) => "reach" in s)).toBe(false);
    expect(a.toJSON().standards?.[0]).not.toHaveProperty("reach");
  });

  it("type-checks point, step and standard ids", () => {
    // @ts-expect-error "ep_nowhere" is not an evaluation point defined on this builder
    const p = withPoints().reach({ step: "settle" }, ["ep_nowhere"]);
    expect(p.problems().map((x) => x.code)).toContain("ref/unknown-evaluation-point");
    // @ts-expect-error points must be defined before they can be named
    base().reach({ step: "settle" }, ["ep_settle"]);
    // @ts-expect-error "std_x" is not a standard
    expect(() => withPoints().reach({ standard: "std_x" }, [])).toThrow(UsageError);
    // @ts-expect-error "nowhere" is not a step
    expect(() => withPoints().reach({ step: "nowhere" }, [])).toThrow(/StudyBuilder\.reach: no step "nowhere"/);
  });

  it("validates what it builds: a point upstream of the step is reported", () => {
    const b = withPoints().reach({ step: "reconnect" }, ["ep_settle"]);
    expect(() => b.build()).toThrow(ValidationError);
    expect(b.problems().find((x) => x.code === "reach/not-downstream")?.path).toEqual(["blueprints", 0, "steps", 3, "reach", 0]);
  });
});
