/** Tests of post profiles. */
import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { postProfile } from "../../src/graph/posts.js";
import { handoff, outageStudy, step, studyOf } from "./fixture.js";

const study = outageStudy();
const graph = buildStudyGraph(study);

describe("postProfile", () => {
  it("lists what the dispatcher owns, the standards it and its department set, and its evaluation points", () => {
    const p = postProfile(study, graph, "dispatcher");
    expect(p.post.id).toBe("dispatcher");
    expect(p.department).toBe("ops");
    expect(p.owns).toEqual(["dispatch", "review"]);
    expect(p.contributesTo).toEqual([]);
    expect(p.standardsSet).toEqual(["std-dispatch"]);
    expect(p.departmentStandards).toEqual(["std-on-site"]);
    expect(p.themes).toEqual(["outage"]);
    expect(p.evaluationPoints).toEqual([
      { point: "ep-dispatch", step: "dispatch", role: "owner" },
      { point: "ep-review", step: "review", role: "owner" },
    ]);
  });

  it("separates contributions from ownership", () => {
    const store = postProfile(study, graph, "storekeeper");
    expect(store.owns).toEqual(["supply"]);
    expect(store.contributesTo).toEqual(["repair"]);
    expect(store.evaluationPoints).toEqual([{ point: "ep-repair", step: "repair", role: "contributor" }]);
    const agent = postProfile(study, graph, "agent");
    expect(agent.owns).toEqual(["accept", "callback"]);
    expect(agent.contributesTo).toEqual(["review"]);
    expect(agent.departmentStandards).toEqual([]);
    expect(agent.standardsSet).toEqual([]);
  });

  it("sorts themes and handles a post with no steps", () => {
    const s = studyOf([
      { theme: "zeta", steps: [step("z1", "backoffice", "p")], handoffs: [] },
      { theme: "alpha", steps: [step("a1", "backoffice", "p"), step("a2", "customer")], handoffs: [handoff("a2", "a1")] },
    ]);
    const g = buildStudyGraph(s);
    expect(postProfile(s, g, "p").themes).toEqual(["alpha", "zeta"]);
    expect(postProfile(s, g, "p").owns).toEqual(["z1", "a1"]);
    const idle = { ...s, organisation: { ...s.organisation, posts: [...s.organisation.posts, { id: "idle", name: "idle", department: "d" }] } };
    expect(postProfile(idle, g, "idle")).toMatchObject({ owns: [], contributesTo: [], themes: [], evaluationPoints: [] });
  });

  it("throws NotFoundError for an unknown post, UsageError for a non-string", () => {
    expect(() => postProfile(study, graph, "ghost")).toThrow(NotFoundError);
    expect(() => postProfile(study, graph, "ghost")).toThrow(/^gaptrace\/postProfile: no post with id "ghost"/);
    expect(() => postProfile(study, graph, "__proto__")).toThrow(NotFoundError);
    expect(() => postProfile(study, graph, undefined as unknown as string)).toThrow(UsageError);
  });

  it("works for a post and steps with reserved ids", () => {
    const s = studyOf([{ theme: "t", steps: [step("constructor", "backoffice", "__proto__")], handoffs: [] }], {
      organisation: { departments: [{ id: "d", name: "d" }], posts: [{ id: "__proto__", name: "x", department: "d" }], persons: [] },
      standards: [{ id: "std", text: "x", metric: "m", unit: "min", threshold: 1, better: "lower", compliance: 1, owner: { post: "__proto__" }, steps: ["constructor"] }],
    });
    const p = postProfile(s, buildStudyGraph(s), "__proto__");
    expect(p.owns).toEqual(["constructor"]);
    expect(p.standardsSet).toEqual(["std"]);
  });
});
