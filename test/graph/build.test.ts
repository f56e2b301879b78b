/** Tests of the study graph builders (strict and lenient) and of step keys. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { DirectedGraph } from "graphology";
import { upstreamOf } from "../../src/graph/traverse.js";
import {
  buildStudyGraph,
  buildStudyGraphLenient,
  graphBuildProblems,
  handoffKey,
  sharedStudyGraph,
  studyGraphShared,
} from "../../src/graph/build.js";
import { requireStepKey } from "../../src/graph/build.js";
import { compareIds, stepIdFromKey, stepKey } from "../../src/graph/ids.js";
import { chainStudy, handoff, outageStudy, step, studyOf } from "./fixture.js";

describe("buildStudyGraph", () => {
  it("has one node per step and one edge per hand-off, with typed attributes", () => {
    const graph = buildStudyGraph(outageStudy());
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(9);
    expect(graph.type).toBe("directed");
    expect(graph.multi).toBe(false);
    expect(graph.getNodeAttributes("dispatch")).toMatchObject({ theme: "outage", layer: "backoffice", owner: "dispatcher" });
    expect(graph.getNodeAttribute("dispatch", "step").name).toEqual({ en: "Dispatch the work order", zh: "派单" });
    expect("owner" in graph.getNodeAttributes("report")).toBe(false);
    const edge = graph.getEdgeAttributes("review->repair");
    expect(edge).toMatchObject({ theme: "outage", kind: "serial", rework: true });
    expect(edge.handoff.label).toBe("reopen the work order");
    expect(graph.getEdgeAttribute("dispatch->supply", "kind")).toBe("parallel");
    expect(graph.source("accept->dispatch")).toBe("accept");
    expect(graph.outNeighbors("dispatch").sort()).toEqual(["repair", "supply"]);
  });

  it("keys edges `${from}->${to}`", () => {
    expect(handoffKey("a", "b")).toBe("a->b");
    const graph = buildStudyGraph(outageStudy());
    expect(graph.edges()).toContain(handoffKey("supply", "repair"));
  });

  it("throws a ValidationError listing every problem", () => {
    const study = studyOf([
      {
        theme: "t",
        steps: [step("a", "customer"), step("b", "frontline", "p"), step("a", "frontline", "p")],
        handoffs: [handoff("a", "b"), handoff("a", "b"), handoff("b", "ghost")],
      },
    ]);
    let caught: unknown;
    try {
      buildStudyGraph(study);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const problems = (caught as ValidationError).problems;
    expect(problems.map((p) => p.code).sort()).toEqual([
      "graph/dangling-handoff",
      "graph/duplicate-handoff",
      "graph/duplicate-step",
    ]);
    expect((caught as Error).message).toMatch(/^gaptrace\/buildStudyGraph:/);
  });
});

describe("buildStudyGraphLenient", () => {
  it("returns empty problem lists for a sound study", () => {
    const result = buildStudyGraphLenient(outageStudy());
    expect(result.danglingHandoffs).toEqual([]);
    expect(result.duplicateSteps).toEqual([]);
    expect(result.duplicateHandoffs).toEqual([]);
    expect(graphBuildProblems(result)).toEqual([]);
  });

  it("skips hand-offs with an unknown endpoint and says which end", () => {
    const study = studyOf([
      {
        theme: "t",
        steps: [step("a", "customer"), step("b", "frontline", "p")],
        handoffs: [handoff("a", "b"), handoff("a", "nowhere"), handoff("ghost", "phantom")],
      },
    ]);
    const { graph, danglingHandoffs } = buildStudyGraphLenient(study);
    expect(graph.size).toBe(1);
    expect(danglingHandoffs.map((d) => [d.path, d.missing])).toEqual([
      [["blueprints", 0, "handoffs", 1], ["to"]],
      [["blueprints", 0, "handoffs", 2], ["from", "to"]],
    ]);
    const problems = graphBuildProblems(buildStudyGraphLenient(study));
    expect(problems.map((p) => p.path)).toEqual([
      ["blueprints", 0, "handoffs", 1, "to"],
      ["blueprints", 0, "handoffs", 2, "from"],
      ["blueprints", 0, "handoffs", 2, "to"],
    ]);
    expect(problems[0]?.message).toContain('"nowhere"');
  });

  it("keeps the first of duplicate step ids, also across blueprints", () => {
    const study = studyOf([
      { theme: "t1", steps: [step("x", "customer"), step("y", "frontline", "p")], handoffs: [handoff("x", "y")] },
      { theme: "t2", steps: [step("x", "support", "p")], handoffs: [] },
    ]);
    const { graph, duplicateSteps } = buildStudyGraphLenient(study);
    expect(graph.order).toBe(2);
    expect(graph.getNodeAttributes("x")).toMatchObject({ theme: "t1", layer: "customer" });
    expect(duplicateSteps).toHaveLength(1);
    expect(duplicateSteps[0]).toMatchObject({ theme: "t2", path: ["blueprints", 1, "steps", 0], firstPath: ["blueprints", 0, "steps", 0] });
  });

  it("merges duplicate hand-offs into the first and flags conflicting ones", () => {
    const study = studyOf([
      {
        theme: "t",
        steps: [step("a", "frontline", "p"), step("b", "backoffice", "p")],
        handoffs: [handoff("a", "b"), handoff("a", "b"), handoff("a", "b", true)],
      },
    ]);
    const { graph, duplicateHandoffs } = buildStudyGraphLenient(study);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute("a->b", "rework")).toBe(false);
    expect(duplicateHandoffs.map((d) => [d.key, d.conflicting, d.firstPath])).toEqual([
      ["a->b", false, ["blueprints", 0, "handoffs", 0]],
      ["a->b", true, ["blueprints", 0, "handoffs", 0]],
    ]);
  });

  it("links hand-offs across blueprints and keeps self-loops", () => {
    const study = studyOf([
      { theme: "t1", steps: [step("a", "frontline", "p")], handoffs: [handoff("a", "b"), handoff("a", "a", true)] },
      { theme: "t2", steps: [step("b", "backoffice", "p")], handoffs: [] },
    ]);
    const { graph, danglingHandoffs } = buildStudyGraphLenient(study);
    expect(danglingHandoffs).toEqual([]);
    expect(graph.getEdgeAttribute("a->b", "theme")).toBe("t1");
    expect(graph.hasEdge("a->a")).toBe(true);
  });

  it("is deterministic: the same study gives the same node and edge order", () => {
    const a = buildStudyGraph(outageStudy());
    const b = buildStudyGraph(outageStudy());
    expect(a.nodes()).toEqual(b.nodes());
    expect(a.edges()).toEqual(b.edges());
  });

  it("builds a 10,000-step chain", () => {
    const graph = buildStudyGraph(chainStudy(10_000));
    expect(graph.order).toBe(10_000);
    expect(graph.size).toBe(9_999);
  });
});

describe("studyGraphShared", () => {
  it("is built once per study from its shared network, again when the blueprints change, and refuses an inconsistent study", () => {
    const study = outageStudy();
    const graph = studyGraphShared(study);
    expect(studyGraphShared(study)).toBe(graph);
    expect(graph.export()).toEqual(buildStudyGraph(study).export());
    // Blueprints edited in place since: a fresh graph, as for any shared graph.
    (study.blueprints[0]?.steps as unknown[]).push(step("added_later", "support", "p"));
    expect(studyGraphShared(study)).not.toBe(graph);
    expect(sharedStudyGraph(study).hasNode("added_later")).toBe(true);
    const broken = studyOf([{ theme: "t", steps: [step("a", "customer")], handoffs: [handoff("a", "nowhere")] }]);
    expect(() => sharedStudyGraph(broken)).toThrow(ValidationError);
  });
});

describe("ids that are Object.prototype names", () => {
  const reserved = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

  it("work as steps with hand-offs to and from them", () => {
    const steps = [step("start", "customer"), ...reserved.map((id) => step(id, "frontline", "p"))];
    const ids = steps.map((s) => s.id);
    const handoffs = ids.slice(1).map((id, i) => handoff(ids[i]!, id));
    const { graph, danglingHandoffs, duplicateSteps } = buildStudyGraphLenient(studyOf([{ theme: "t", steps, handoffs }]));
    expect(danglingHandoffs).toEqual([]);
    expect(duplicateSteps).toEqual([]);
    expect(graph.order).toBe(6);
    expect(graph.size).toBe(5);
    expect(graph.nodes().map(stepIdFromKey)).toEqual(ids);
    expect(graph.getNodeAttribute(stepKey("__proto__"), "step").id).toBe("__proto__");
    expect(graph.outNeighbors(stepKey("__proto__"))).toEqual([stepKey("constructor")]);
    expect(graph.hasEdge("start->__proto__")).toBe(true);
    expect(Object.getPrototypeOf(graph.getNodeAttributes(stepKey("__proto__")))).toBe(Object.prototype);
  });

  it("detect duplicates of a reserved id", () => {
    const { duplicateSteps } = buildStudyGraphLenient(
      studyOf([{ theme: "t", steps: [step("__proto__", "customer"), step("__proto__", "frontline", "p")], handoffs: [] }]),
    );
    expect(duplicateSteps).toHaveLength(1);
  });
});

describe("stepKey / stepIdFromKey / compareIds / requireStepKey", () => {
  it("leaves ordinary ids alone and escapes reserved ones", () => {
    expect(stepKey("dispatch")).toBe("dispatch");
    expect(stepKey("抢修")).toBe("抢修");
    expect(stepKey("__proto__")).toBe("~__proto__");
    expect(stepKey("constructor")).toBe("~constructor");
    expect(stepKey("~x")).toBe("~~x");
  });

  it("round-trips and never maps two ids to one key", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(stepIdFromKey(stepKey(a))).toBe(a);
        if (a !== b) expect(stepKey(a)).not.toBe(stepKey(b));
      }),
    );
    for (const id of ["__proto__", "constructor", "~", "~~a"]) expect(stepIdFromKey(stepKey(id))).toBe(id);
  });

  it("orders ids by code unit, independently of locale", () => {
    expect(["repair", "Accept", "dispatch", "派单", "_x"].sort(compareIds)).toEqual(["Accept", "_x", "dispatch", "repair", "派单"]);
    expect(compareIds("a", "a")).toBe(0);
  });

  it("throws NotFoundError for an unknown step and UsageError for a non-string", () => {
    const graph = buildStudyGraph(outageStudy());
    expect(requireStepKey(graph, "f", "dispatch")).toBe("dispatch");
    expect(() => requireStepKey(graph, "f", "nope")).toThrow(/gaptrace\/f: no step with id "nope"/);
    expect(() => requireStepKey(graph, "f", 42 as unknown as string)).toThrow(/gaptrace\/f: expecting a step id/);
  });
});

describe("the graph entry point", () => {
  it("exports neither the shared graph itself nor anything of the step network the library's runs share", async () => {
    const entry = await import("../../src/graph/index.js");
    for (const name of ["studyGraphShared", "studyNetworkShared", "offerSharedStepNetwork", "buildStepNetworkLenient", "StepNetwork", "networkOfGraph", "leftOutProblems"]) expect(Object.keys(entry)).not.toContain(name);
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(["buildStudyGraph", "buildStudyGraphLenient", "graphBuildProblems", "handoffKey", "requireStepKey", "sharedStudyGraph"]));
  });
});

describe("sharedStudyGraph (the public one)", () => {
  it("is a read-only view of the shared graph: reads work, every mutator throws UsageError, attributes are frozen", () => {
    const study = outageStudy();
    const view = sharedStudyGraph(study);
    const inner = studyGraphShared(study);
    expect(sharedStudyGraph(study)).toBe(view);
    expect(view).not.toBe(inner);
    expect(view).toBeInstanceOf(DirectedGraph);
    expect(view.order).toBe(inner.order);
    expect(view.size).toBe(inner.size);
    expect(view.export()).toEqual(buildStudyGraph(study).export());
    const [first] = view.nodes();
    const last = view.nodes().find((n) => view.inDegree(n) > 0)!;
    expect(upstreamOf(view, last).length).toBeGreaterThan(0);
    expect(upstreamOf(view, last)).toEqual(upstreamOf(inner, last));
    const edge = view.edges()[0]!;
    const mutators: [string, () => unknown][] = [
      ["addNode", () => view.addNode("x")],
      ["mergeNode", () => view.mergeNode("x")],
      ["addEdge", () => view.addEdge(first!, first!)],
      ["dropNode", () => view.dropNode(first!)],
      ["dropEdge", () => view.dropEdge(edge)],
      ["clear", () => view.clear()],
      ["clearEdges", () => view.clearEdges()],
      ["setNodeAttribute", () => view.setNodeAttribute(first!, "owner", "x")],
      ["updateNodeAttributes", () => view.updateNodeAttributes(first!, (a) => a)],
      ["mergeNodeAttributes", () => view.mergeNodeAttributes(first!, { owner: "x" })],
      ["replaceNodeAttributes", () => view.replaceNodeAttributes(first!, view.getNodeAttributes(first!))],
      ["removeNodeAttribute", () => view.removeNodeAttribute(first!, "owner")],
      ["updateEachNodeAttributes", () => view.updateEachNodeAttributes((_, a) => a)],
      ["setEdgeAttribute", () => view.setEdgeAttribute(edge, "rework", true)],
      ["updateEachEdgeAttributes", () => view.updateEachEdgeAttributes((_, a) => a)],
      ["setAttribute", () => view.setAttribute("x", 1)],
      ["import", () => view.import(buildStudyGraph(study))],
    ];
    for (const [name, call] of mutators) {
      expect(call, name).toThrow(UsageError);
      expect(call, name).toThrow(`gaptrace/sharedStudyGraph: the shared graph of a study is read-only (${name} would change it`);
    }
    expect(Object.isFrozen(view.getNodeAttributes(first!))).toBe(true);
    expect(Object.isFrozen(view.getEdgeAttributes(edge))).toBe(true);
    expect(view.export()).toEqual(buildStudyGraph(study).export());
    // The study's own objects are not frozen: the user may still edit the study (and then gets a fresh graph).
    expect(Object.isFrozen(view.getNodeAttribute(first!, "step"))).toBe(false);
    // A copy is an ordinary graph.
    const copy = view.copy();
    copy.addNode("x");
    copy.setNodeAttribute(first!, "owner", "x");
    expect(copy.hasNode("x")).toBe(true);
    expect(view.hasNode("x")).toBe(false);
    // Listeners are no change: they may be added.
    expect(() => view.on("nodeAdded", () => undefined)).not.toThrow();
  });

  it("refuses every mutator of the installed graphology, found from its methods, and keeps listeners off the shared graph", () => {
    const study = outageStudy();
    const view = sharedStudyGraph(study);
    const inner = studyGraphShared(study);
    const methods = new Set<string>();
    for (let p: object | null = new DirectedGraph(); p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      for (const n of Object.getOwnPropertyNames(p)) {
        if (n !== "constructor" && typeof Object.getOwnPropertyDescriptor(p, n)?.value === "function") methods.add(n);
      }
    }
    // Sorted by verb, independently of the source's pattern: a method graphology adds with a new verb fails here.
    // (_edgeKeyGenerator makes the next generated edge key: only the refused addEdge would use one.)
    const listener = new Set(["addListener", "on", "once", "off", "prependListener", "prependOnceListener", "removeListener", "removeAllListeners", "setMaxListeners", "emit"]);
    const changes = /^(add|merge|update|set|remove|drop|clear|import|replace|upgrade|rename|_reset)/;
    const reads = /^(get|has|for|map|filter|reduce|some|every|find|is|are|in|out|directed|undirected|degree|neighbors|neighborEntries|nodes|nodeEntries|edges?|edgeEntries|opposite|source|target|extremities|selfLoopCount|copy|emptyCopy|nullCopy|export|inspect|toJSON|toString|listeners|listenerCount|rawListeners|eventNames|NodeDataClass|_edgeKeyGenerator$)/;
    const mutators = [...methods].filter((n) => !listener.has(n) && changes.test(n)).sort();
    expect([...methods].filter((n) => !listener.has(n) && !changes.test(n) && !reads.test(n))).toEqual([]);
    expect(mutators.length).toBeGreaterThan(70);
    for (const name of mutators) {
      const call = (): unknown => (view as unknown as Record<string, () => unknown>)[name]!();
      expect(call, name).toThrow(UsageError);
      expect(call, name).toThrow(`(${name} would change it`);
    }
    expect(view.export()).toEqual(buildStudyGraph(study).export());
    expect(Object.isFrozen(view.getAttributes())).toBe(true);
    // A listener on the view is the view's own: the shared graph gets none.
    const heard: string[] = [];
    view.on("nodeAdded", () => heard.push("x"));
    expect(view.listenerCount("nodeAdded")).toBe(1);
    expect(inner.listenerCount("nodeAdded")).toBe(0);
  });

  it("leaves the graphs buildStudyGraph builds for the caller to change", () => {
    const g = buildStudyGraph(outageStudy());
    const [first] = g.nodes();
    g.setNodeAttribute(first!, "owner", "x");
    expect(g.getNodeAttribute(first!, "owner")).toBe("x");
  });
});
