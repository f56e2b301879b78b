import { describe, expect, it } from "vitest";
import { studyBuilder } from "../../src/model/builder.js";
import { ValidationError } from "../../src/core/errors.js";
import { validateStudy } from "../../src/model/validate/index.js";
import { mini } from "./helpers.js";

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
