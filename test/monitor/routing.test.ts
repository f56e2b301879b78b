import { describe, expect, it } from "vitest";
import { monitoringProblems, recipientOf, routesOf } from "../../src/monitor/routing.js";
import { copy, training, utility } from "./fixture.js";

describe("routesOf", () => {
  it("routes kinds by their steps, points (a customer step's front-line server) or declared owner", () => {
    const s = copy(utility);
    s.monitoring!.complaintKinds.push({ id: "declared", name: "d", steps: [], points: [], owner: { department: "logistics_centre" } });
    s.monitoring!.complaintKinds.push({ id: "on_customer_step", name: "c", steps: [], points: ["ep_or_restoration"] });
    const r = routesOf(s);
    expect(r.kinds.get("billing_error")).toEqual({ post: "billing_clerk", department: "marketing_dept", via: { kind: "step", id: "pr_bo_settle_arrears" } });
    expect(r.kinds.get("outage_information")).toEqual({ post: "hotline_agent", department: "customer_service_centre", via: { kind: "point", id: "ep_or_outage_info" } });
    expect(r.kinds.get("declared")).toEqual({ department: "logistics_centre", via: { kind: "declared", id: "declared" } });
    expect(r.kinds.get("on_customer_step")?.post).toBeDefined();
    expect(r.kinds.get("on_customer_step")?.via).toEqual({ kind: "point", id: "ep_or_restoration" });
  });
  it("routes a standard to the post executing its metric's step, and questions to their point's step", () => {
    const r = routesOf(utility);
    expect(r.standards.get("std_reconnect_24h")?.post).toBe("metering_technician");
    expect(r.standards.get("std_parts_30min")?.post).toBe("materials_clerk");
    expect(r.questions.get("q_pr_reconnect_timely_p")?.post).toBe("collection_officer");
    expect(r.questions.has("q_ic_routing_i")).toBe(false);
  });
});

describe("recipientOf", () => {
  const owner = { post: "billing_clerk", department: "marketing_dept", via: { kind: "step", id: "x" } } as const;
  it("names the owner's post, its department, a named post or department, or a role", () => {
    expect(recipientOf("owner-post", owner, String)).toEqual({ post: "billing_clerk", department: "marketing_dept" });
    expect(recipientOf("owner-department", owner, String)).toEqual({ department: "marketing_dept" });
    expect(recipientOf({ post: "p" }, owner, String)).toEqual({ post: "p" });
    expect(recipientOf({ department: "d" }, undefined, String)).toEqual({ department: "d" });
    expect(recipientOf({ role: "Centre" }, undefined, (l) => `${String(l)}!`)).toEqual({ role: "Centre!" });
    expect(recipientOf("owner-post", undefined, String)).toBeUndefined();
    expect(recipientOf({ role: "Region office", perRegion: true }, owner, String, "north")).toEqual({ role: "Region office", region: "north" });
    expect(recipientOf({ role: "Region office", perRegion: true }, owner, String)).toEqual({ role: "Region office" });
    expect(recipientOf("owner-post", { department: "d", via: owner.via }, String)).toEqual({ department: "d" });
  });
});

describe("monitoringProblems", () => {
  it("is empty for the bundled study and for a study without monitoring", () => {
    expect(monitoringProblems(utility)).toEqual([]);
    expect(monitoringProblems(training)).toEqual([]);
  });
  it("finds unknown ids, kinds that reach nobody, and a ladder that does not rise", () => {
    const s = copy(utility);
    const m = s.monitoring!;
    m.complaintKinds.push({ id: "orphan", name: "o", steps: ["or_cust_wait_typo"], points: [] });
    m.complaintKinds.push({ id: "bad_owner", name: "b", steps: [], points: [], owner: { post: "nobody" } });
    m.ladder.push({ id: "board", name: "Board", notify: { department: "ghost" }, after: { count: 10 } });
    const got = monitoringProblems(s).map((p) => [p.code, p.severity, p.path.join(".")]);
    expect(got).toEqual([
      ["monitor/unknown-ref", "error", "monitoring.complaintKinds.5.steps.0"],
      ["monitor/no-owner", "warning", "monitoring.complaintKinds.5"],
      ["monitor/unknown-ref", "error", "monitoring.complaintKinds.6.owner.post"],
      ["monitor/unknown-ref", "error", "monitoring.ladder.3.notify.department"],
      ["monitor/ladder-threshold", "error", "monitoring.ladder.3.after"],
    ]);
  });
});
