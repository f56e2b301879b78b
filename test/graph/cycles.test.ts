/** Tests of cycles (iterative Tarjan), weak components and blueprint connectivity. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bfs } from "graphology-traversal";
import { buildStudyGraph, buildStudyGraphLenient } from "../../src/graph/build.js";
import { components, disconnectedSteps, findCycles } from "../../src/graph/cycles.js";
import { stepIdFromKey } from "../../src/graph/ids.js";
import { isDownstream } from "../../src/graph/traverse.js";
import { chainStudy, handoff, outageStudy, step, studyOf } from "./fixture.js";
import { findCyclesReference } from "./cycles-reference.js";
import { DirectedGraph } from "graphology";
import type { HandoffEdgeAttributes, StepNodeAttributes, StudyGraph } from "../../src/graph/build.js";

const study = outageStudy();
const graph = buildStudyGraph(study);

describe("findCycles", () => {
  it("finds the rework loop and says rework explains it", () => {
    expect(findCycles(graph)).toEqual([
      {
        steps: ["callback", "confirm", "repair", "review"],
        handoffs: ["callback->review", "confirm->callback", "repair->confirm", "review->repair"],
        allRework: false,
        onlyThroughRework: true,
      },
    ]);
  });

  it("flags a loop with no rework hand-off, and one made only of rework", () => {
    const s = studyOf([
      {
        theme: "t",
        steps: ["a", "b", "c", "d", "e"].map((id) => step(id, "backoffice", "p")),
        handoffs: [handoff("a", "b"), handoff("b", "a"), handoff("c", "d", true), handoff("d", "c", true), handoff("d", "e")],
      },
    ]);
    expect(findCycles(buildStudyGraph(s))).toEqual([
      { steps: ["a", "b"], handoffs: ["a->b", "b->a"], allRework: false, onlyThroughRework: false },
      { steps: ["c", "d"], handoffs: ["c->d", "d->c"], allRework: true, onlyThroughRework: true },
    ]);
  });

  it("knows a component with both a rework loop and a plain loop is not explained by rework", () => {
    const s = studyOf([
      {
        theme: "t",
        steps: ["a", "b", "c"].map((id) => step(id, "backoffice", "p")),
        handoffs: [handoff("a", "b"), handoff("b", "a"), handoff("b", "c"), handoff("c", "a", true)],
      },
    ]);
    expect(findCycles(buildStudyGraph(s))).toEqual([
      { steps: ["a", "b", "c"], handoffs: ["a->b", "b->a", "b->c", "c->a"], allRework: false, onlyThroughRework: false },
    ]);
  });

  it("counts self-loops as cycles", () => {
    const s = studyOf([
      { theme: "t", steps: [step("a", "backoffice", "p"), step("b", "backoffice", "p")], handoffs: [handoff("a", "a", true), handoff("a", "b")] },
    ]);
    expect(findCycles(buildStudyGraph(s))).toEqual([{ steps: ["a"], handoffs: ["a->a"], allRework: true, onlyThroughRework: true }]);
  });

  it("finds nothing in an acyclic graph and works with reserved ids", () => {
    expect(findCycles(buildStudyGraph(chainStudy(50)))).toEqual([]);
    const s = studyOf([
      {
        theme: "t",
        steps: [step("__proto__", "backoffice", "p"), step("constructor", "backoffice", "p")],
        handoffs: [handoff("__proto__", "constructor"), handoff("constructor", "__proto__")],
      },
    ]);
    expect(findCycles(buildStudyGraph(s))[0]?.steps).toEqual(["__proto__", "constructor"]);
  });

  it("handles a 10,000-step chain and a 10,000-step loop without recursion", () => {
    expect(findCycles(buildStudyGraph(chainStudy(10_000)))).toEqual([]);
    const cycles = findCycles(buildStudyGraph(chainStudy(10_000, { closeLoop: true })));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.steps).toHaveLength(10_000);
    expect(cycles[0]?.onlyThroughRework).toBe(false);
  });

  it("matches mutual reachability on random graphs", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const edge = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids), fc.boolean());
    fc.assert(
      fc.property(fc.uniqueArray(edge, { selector: ([f, t]) => `${f}->${t}`, maxLength: 14 }), (edges) => {
        const g = buildStudyGraph(
          studyOf([{ theme: "t", steps: ids.map((id) => step(id, "backoffice", "p")), handoffs: edges.map(([f, t, r]) => handoff(f, t, r)) }]),
        );
        const cycles = findCycles(g);
        const cycleOf = new Map<string, string[]>();
        for (const c of cycles) for (const s of c.steps) cycleOf.set(s, c.steps);
        for (const a of ids) {
          for (const b of ids) {
            const together = isDownstream(g, a, b, { followRework: true }) && isDownstream(g, b, a, { followRework: true });
            if (a !== b) expect(cycleOf.get(a)?.includes(b) ?? false).toBe(together);
          }
          expect(cycleOf.has(a)).toBe(isDownstream(g, a, a, { followRework: true }));
          if (cycleOf.has(a)) {
            const c = cycles.find((x) => x.steps.includes(a))!;
            // Explained by rework exactly when the step is on no loop of plain hand-offs.
            expect(c.onlyThroughRework).toBe(!c.steps.some((s) => isDownstream(g, s, s)));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

// findCycles searched with string-keyed maps until 88e58a0; the typed-array search must give the same cycles.
describe("findCycles against the search at a9ba490", () => {
  it("gives the same cycles on random lenient studies: unknown steps, duplicate hand-offs, self-loops, reserved ids", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "__proto__", "constructor", "valueOf"];
    const edge = fc.tuple(fc.constantFrom(...ids, "ghost"), fc.constantFrom(...ids, "ghost"), fc.boolean());
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), fc.array(edge, { maxLength: 24 }), (steps, edges) => {
        const { graph: g } = buildStudyGraphLenient(
          studyOf([{ theme: "t", steps: steps.map((id) => step(id, "backoffice", "p")), handoffs: edges.map(([f, t, r]) => handoff(f, t, r)) }]),
        );
        expect(findCycles(g)).toEqual(findCyclesReference(g));
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same cycles on large random graphs (big components, long chains, many self-loops)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 3, noNaN: true }), (n, seed, density) => {
        let x = seed || 1;
        const next = (): number => ((x = (Math.imul(x, 48271) >>> 0) % 2147483647) / 2147483647);
        const g: StudyGraph = new DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>({ multi: false, allowSelfLoops: true });
        for (let i = 0; i < n; i++) g.addNode(`s${Math.floor(next() * 1e9)}-${i}`, {} as StepNodeAttributes);
        const keys = g.nodes();
        for (let k = Math.floor(n * density); k > 0; k--) {
          const from = keys[Math.floor(next() * n)]!;
          // Mostly forward in node order (long chains), sometimes back (loops) or to itself.
          const r = next();
          const to = r < 0.1 ? from : keys[Math.floor(next() * n)]!;
          if (!g.hasEdge(from, to)) g.addDirectedEdgeWithKey(`${from}->${to}`, from, to, { rework: r > 0.7 } as HandoffEdgeAttributes);
        }
        expect(findCycles(g)).toEqual(findCyclesReference(g));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same single cycle on a 10,000-step loop with rework on one hand-off", () => {
    const g = buildStudyGraph(chainStudy(10_000, { closeLoop: true }));
    const last = g.edges().at(-1)!;
    g.setEdgeAttribute(last, "rework", true);
    expect(findCycles(g)).toEqual(findCyclesReference(g));
    expect(findCycles(g)[0]?.onlyThroughRework).toBe(true);
  });
});

describe("components", () => {
  it("is one component for the fixture", () => {
    expect(components(graph)).toEqual([["accept", "callback", "confirm", "dispatch", "repair", "report", "review", "supply"]]);
  });

  it("splits unlinked parts, ignoring edge direction, sorted", () => {
    const s = studyOf([
      {
        theme: "t",
        steps: ["z", "y", "x", "w", "__proto__"].map((id) => step(id, "backoffice", "p")),
        handoffs: [handoff("z", "y"), handoff("x", "y"), handoff("__proto__", "w")],
      },
    ]);
    expect(components(buildStudyGraph(s))).toEqual([["__proto__", "w"], ["x", "y", "z"]]);
  });

  it("handles a 10,000-step chain", () => {
    expect(components(buildStudyGraph(chainStudy(10_000)))).toHaveLength(1);
  });

  // components() searched with graphology-traversal's bfs ("directed" mode) before it had its own search.
  it("gives the parts graphology-traversal's bfs gave, on random graphs", () => {
    const ids = ["a", "b", "c", "d", "e", "f", "g", "__proto__"];
    const edge = fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b);
    fc.assert(
      fc.property(fc.subarray(ids, { minLength: 1 }), fc.array(edge, { maxLength: 12 }), (steps, edges) => {
        const pairs = [...new Map(edges.filter(([a, b]) => steps.includes(a) && steps.includes(b)).map(([a, b]) => [`${a}>${b}`, [a, b] as const])).values()];
        const g = buildStudyGraph(studyOf([{ theme: "t", steps: steps.map((id) => step(id, "backoffice", "p")), handoffs: pairs.map(([a, b]) => handoff(a, b)) }]));
        const parts: string[][] = [];
        bfs(g, (key, _attributes, depth) => void (depth === 0 ? parts.push([key]) : parts[parts.length - 1]?.push(key)), { mode: "directed" });
        const reference = parts.map((p) => p.map(stepIdFromKey));
        const sorted = (xs: string[][]) => xs.map((p) => [...p].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
        expect(sorted(components(g))).toEqual(sorted(reference));
      }),
    );
  });
});

describe("disconnectedSteps", () => {
  it("finds nothing wrong in the fixture", () => {
    expect(disconnectedSteps(study, graph)).toEqual([
      { theme: "outage", isolated: [], parts: [["accept", "callback", "confirm", "dispatch", "repair", "report", "review", "supply"]], components: 1 },
    ]);
  });

  it("reports isolated steps and blueprints in pieces, per blueprint", () => {
    const s = studyOf([
      {
        theme: "t1",
        steps: ["a", "b", "c", "d", "lonely"].map((id) => step(id, "backoffice", "p")),
        handoffs: [handoff("a", "b"), handoff("c", "d")],
      },
      { theme: "t2", steps: [step("e", "backoffice", "p"), step("f", "backoffice", "p")], handoffs: [handoff("e", "f")] },
    ]);
    expect(disconnectedSteps(s, buildStudyGraph(s))).toEqual([
      { theme: "t1", isolated: ["lonely"], parts: [["a", "b"], ["c", "d"], ["lonely"]], components: 3 },
      { theme: "t2", isolated: [], parts: [["e", "f"]], components: 1 },
    ]);
  });

  it("does not call a step isolated when its only hand-off goes to another blueprint", () => {
    const s = studyOf([
      { theme: "t1", steps: [step("a", "backoffice", "p")], handoffs: [handoff("a", "b")] },
      { theme: "t2", steps: [step("b", "backoffice", "p")], handoffs: [] },
    ]);
    expect(disconnectedSteps(s, buildStudyGraph(s)).map((d) => d.isolated)).toEqual([[], []]);
  });

  it("counts a duplicated step only in the blueprint that kept it", () => {
    const s = studyOf([
      { theme: "t1", steps: [step("a", "backoffice", "p")], handoffs: [] },
      { theme: "t2", steps: [step("a", "backoffice", "p"), step("b", "backoffice", "p")], handoffs: [handoff("a", "b")] },
    ]);
    const result = disconnectedSteps(s, buildStudyGraphLenient(s).graph);
    expect(result[0]).toMatchObject({ theme: "t1", isolated: [], parts: [["a"]] });
    expect(result[1]).toMatchObject({ theme: "t2", isolated: [], parts: [["b"]], components: 1 });
  });

  it("handles a 10,000-step chain", () => {
    const s = chainStudy(10_000);
    expect(disconnectedSteps(s, buildStudyGraph(s))[0]?.components).toBe(1);
  });
});
