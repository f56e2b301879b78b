/** Tests of upstream/downstream tracing and reachability. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { downstreamOf, isDownstream, upstreamOf, withoutRework } from "../../src/graph/traverse.js";
import { chainStudy, handoff, outageStudy, step, studyOf } from "./fixture.js";

const graph = buildStudyGraph(outageStudy());

describe("upstreamOf", () => {
  it("lists upstream steps level by level, ties sorted by id, rework not followed", () => {
    expect(upstreamOf(graph, "repair")).toEqual([
      { step: "dispatch", depth: 1 },
      { step: "supply", depth: 1 },
      { step: "accept", depth: 2 },
      { step: "report", depth: 3 },
    ]);
  });

  it("follows rework hand-offs when asked, and still terminates on the loop", () => {
    expect(upstreamOf(graph, "repair", { followRework: true })).toEqual([
      { step: "dispatch", depth: 1 },
      { step: "review", depth: 1 },
      { step: "supply", depth: 1 },
      { step: "accept", depth: 2 },
      { step: "callback", depth: 2 },
      { step: "confirm", depth: 3 },
      { step: "report", depth: 3 },
    ]);
  });

  it("respects maxDepth", () => {
    expect(upstreamOf(graph, "repair", { maxDepth: 1 }).map((r) => r.step)).toEqual(["dispatch", "supply"]);
    expect(upstreamOf(graph, "repair", { maxDepth: 2 })).toHaveLength(3);
    expect(upstreamOf(graph, "repair", { maxDepth: 0 })).toEqual([]);
  });

  it("is empty for a step with nothing upstream", () => {
    expect(upstreamOf(graph, "report")).toEqual([]);
  });

  it("throws NotFoundError for an unknown step and UsageError for a bad maxDepth", () => {
    expect(() => upstreamOf(graph, "ghost")).toThrow(NotFoundError);
    expect(() => upstreamOf(graph, "ghost")).toThrow(/^gaptrace\/upstreamOf: no step with id "ghost"/);
    expect(() => upstreamOf(graph, "repair", { maxDepth: -1 })).toThrow(UsageError);
    expect(() => upstreamOf(graph, "repair", { maxDepth: 1.5 })).toThrow(UsageError);
    expect(() => upstreamOf(graph, "repair", { maxDepth: Number.NaN })).toThrow(UsageError);
    expect(upstreamOf(graph, "repair", { maxDepth: Number.POSITIVE_INFINITY })).toHaveLength(4);
  });

  it("does not depend on the order hand-offs are declared in", () => {
    const base = outageStudy();
    const blueprint = base.blueprints[0]!;
    fc.assert(
      fc.property(fc.shuffledSubarray(blueprint.handoffs, { minLength: blueprint.handoffs.length }), (handoffs) => {
        const shuffled = buildStudyGraph({ ...base, blueprints: [{ ...blueprint, handoffs }] });
        expect(upstreamOf(shuffled, "repair", { followRework: true })).toEqual(
          upstreamOf(graph, "repair", { followRework: true }),
        );
        expect(downstreamOf(shuffled, "report")).toEqual(downstreamOf(graph, "report"));
      }),
      { numRuns: 30 },
    );
  });
});

describe("downstreamOf", () => {
  it("lists downstream steps level by level", () => {
    expect(downstreamOf(graph, "dispatch")).toEqual([
      { step: "repair", depth: 1 },
      { step: "supply", depth: 1 },
      { step: "confirm", depth: 2 },
      { step: "callback", depth: 3 },
      { step: "review", depth: 4 },
    ]);
  });

  it("gives each step once at its shortest distance (the parallel branch)", () => {
    const repair = downstreamOf(graph, "dispatch").filter((r) => r.step === "repair");
    expect(repair).toEqual([{ step: "repair", depth: 1 }]);
  });

  it("never lists the start step, even when a cycle leads back to it", () => {
    const result = downstreamOf(graph, "repair", { followRework: true });
    expect(result.map((r) => r.step)).toEqual(["confirm", "callback", "review"]);
    const loop = buildStudyGraph(chainStudy(3, { closeLoop: true }));
    expect(downstreamOf(loop, "s0")).toEqual([
      { step: "s1", depth: 1 },
      { step: "s2", depth: 2 },
    ]);
  });

  it("throws NotFoundError for an unknown step", () => {
    expect(() => downstreamOf(graph, "ghost")).toThrow(/^gaptrace\/downstreamOf: no step/);
  });

  it("works with __proto__ and constructor ids", () => {
    const g = buildStudyGraph(
      studyOf([
        {
          theme: "t",
          steps: [step("__proto__", "customer"), step("constructor", "frontline", "p"), step("toString", "backoffice", "p")],
          handoffs: [handoff("__proto__", "constructor"), handoff("constructor", "toString")],
        },
      ]),
    );
    expect(downstreamOf(g, "__proto__")).toEqual([
      { step: "constructor", depth: 1 },
      { step: "toString", depth: 2 },
    ]);
    expect(upstreamOf(g, "toString").map((r) => r.step)).toEqual(["constructor", "__proto__"]);
    expect(isDownstream(g, "__proto__", "toString")).toBe(true);
    expect(() => downstreamOf(g, "hasOwnProperty")).toThrow(NotFoundError);
  });

  it("handles a 10,000-step chain and a 10,000-step loop without overflowing", () => {
    const chain = buildStudyGraph(chainStudy(10_000));
    const down = downstreamOf(chain, "s0");
    expect(down).toHaveLength(9_999);
    expect(down[9_998]).toEqual({ step: "s9999", depth: 9_999 });
    expect(upstreamOf(chain, "s9999")).toHaveLength(9_999);
    const loop = buildStudyGraph(chainStudy(10_000, { closeLoop: true }));
    expect(downstreamOf(loop, "s5000")).toHaveLength(9_999);
  });
});

describe("isDownstream", () => {
  it("follows chains of hand-offs in their direction", () => {
    expect(isDownstream(graph, "accept", "repair")).toBe(true);
    expect(isDownstream(graph, "supply", "review")).toBe(true);
    expect(isDownstream(graph, "repair", "accept")).toBe(false);
    expect(isDownstream(graph, "supply", "dispatch")).toBe(false);
  });

  it("does not follow rework unless asked", () => {
    expect(isDownstream(graph, "review", "repair")).toBe(false);
    expect(isDownstream(graph, "review", "repair", { followRework: true })).toBe(true);
  });

  it("reads a graph a caller built with parallel hand-offs (a multigraph) without a graphology error", () => {
    const g = new MultiDirectedGraph();
    g.addNode("a", {});
    g.addNode("b", {});
    g.addDirectedEdge("a", "b", { rework: true });
    expect(isDownstream(g as unknown as typeof graph, "a", "b")).toBe(false);
    expect(isDownstream(g as unknown as typeof graph, "a", "b", { followRework: true })).toBe(true);
    g.addDirectedEdge("a", "b", { rework: false });
    expect(isDownstream(g as unknown as typeof graph, "a", "b")).toBe(true);
  });

  it("says a step is downstream of itself only on a cycle", () => {
    expect(isDownstream(graph, "repair", "repair")).toBe(false);
    expect(isDownstream(graph, "repair", "repair", { followRework: true })).toBe(true);
    const selfLoop = buildStudyGraph(
      studyOf([{ theme: "t", steps: [step("a", "frontline", "p")], handoffs: [handoff("a", "a")] }]),
    );
    expect(isDownstream(selfLoop, "a", "a")).toBe(true);
  });

  it("throws NotFoundError naming either unknown step", () => {
    expect(() => isDownstream(graph, "ghost", "repair")).toThrow(/"ghost"/);
    expect(() => isDownstream(graph, "repair", "phantom")).toThrow(/"phantom"/);
  });

  it("agrees with downstreamOf", () => {
    const ids = graph.nodes();
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.boolean(), (from, to, followRework) => {
        const listed = downstreamOf(graph, from, { followRework }).some((r) => r.step === to);
        if (from !== to) expect(isDownstream(graph, from, to, { followRework })).toBe(listed);
      }),
    );
  });
});

describe("withoutRework", () => {
  it("drops only rework hand-offs and leaves the original alone", () => {
    const plain = withoutRework(graph);
    expect(plain.order).toBe(graph.order);
    expect(plain.size).toBe(graph.size - 1);
    expect(plain.hasEdge("review->repair")).toBe(false);
    expect(graph.hasEdge("review->repair")).toBe(true);
  });
});

describe("the rework-free view is cached and follows changes to the graph", () => {
  it("a hand-off added after a first trace is seen by the next trace, and a rework flag change too", () => {
    const graph = buildStudyGraph(outageStudy());
    const before = upstreamOf(graph, "repair").map((r) => r.step);
    expect(before).not.toContain("survey");
    graph.addNode("survey", { ...graph.getNodeAttributes("repair"), step: { ...graph.getNodeAttributes("repair").step, id: "survey" } });
    const key = graph.addDirectedEdgeWithKey("survey->repair", "survey", "repair", {
      ...graph.getEdgeAttributes(graph.edges()[0]!),
      rework: false,
    });
    expect(upstreamOf(graph, "repair").map((r) => r.step)).toContain("survey");
    graph.setEdgeAttribute(key, "rework", true);
    expect(upstreamOf(graph, "repair").map((r) => r.step)).not.toContain("survey");
  });
});
