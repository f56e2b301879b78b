import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainSteps, frontlinePost } from "../../src/attribution/index.js";
import { chainStepsIn } from "../../src/attribution/trace/chain.js";
import { frontlinePostIn } from "../../src/attribution/attribute.js";
import { buildStudyGraphLenient, sharedStudyGraph, studyGraphShared } from "../../src/graph/build.js";
import { connectivityOf, cyclesOf, disconnectedSteps, findCycles } from "../../src/graph/cycles.js";
import { networkOfGraph } from "../../src/graph/graph-adjacency.js";
import { stepIdFromKey, stepKey } from "../../src/graph/ids.js";
import { buildStepNetworkLenient, offerSharedStepNetwork, studyNetworkShared, type StepNetwork } from "../../src/graph/step-network.js";
import { downstreamOf, upstreamOf } from "../../src/graph/traverse.js";
import { downstreamIn, upstreamIn } from "../../src/graph/walk.js";
import { validateStudy } from "../../src/study/validate/index.js";
import type { Handoff, Layer, Step, Study } from "../../src/model/study.js";
import { referenceLenientGraph } from "./build-reference.js";
import { outageStudy } from "./fixture.js";
import { mini } from "../model/helpers.js";

// Ids a plain object orders first ("0", "12", "4294967294"), ids that look numeric but are not array indexes
// ("007", "4294967295", "-1", "1.5"), Object.prototype names, escaped ids and plain ones.
const IDS = ["0", "1", "12", "2", "007", "4294967294", "4294967295", "-1", "1.5", "constructor", "__proto__", "toString", "~", "~x", "a", "b", "zeta", "Alpha"];
const LAYERS: Layer[] = ["customer", "frontline", "backoffice", "support"];

const stepArb = fc.record({ id: fc.constantFrom(...IDS), layer: fc.constantFrom(...LAYERS), owner: fc.option(fc.constantFrom("p", "q", "r"), { nil: undefined }) });
const handoffArb = fc.record({
  from: fc.constantFrom(...IDS, "ghost"),
  to: fc.constantFrom(...IDS, "ghost"),
  kind: fc.constantFrom("serial", "parallel") as fc.Arbitrary<Handoff["kind"]>,
  rework: fc.boolean(),
  label: fc.option(fc.constantFrom("x", "y"), { nil: undefined }),
});
const studyArb = fc.array(fc.record({ steps: fc.array(stepArb, { maxLength: 14 }), handoffs: fc.array(handoffArb, { maxLength: 30 }) }), { minLength: 1, maxLength: 3 }).map(
  (bps) =>
    ({
      blueprints: bps.map((bp, b) => ({
        theme: `t${b}`,
        steps: bp.steps.map((s) => ({ ...s, contributors: [] }) as unknown as Step),
        handoffs: bp.handoffs.map((h) => ({ ...h }) as unknown as Handoff),
      })),
    }) as unknown as Study,
);

function ids(network: StepNetwork, list: Int32Array, from: number, to: number): string[] {
  return [...list.subarray(from, to)].map((v) => network.id(v));
}

describe("the step network", () => {
  it("reports what the old graphology builder reported, and lists neighbours in graphology's order", () => {
    fc.assert(
      fc.property(studyArb, (study) => {
        const ref = referenceLenientGraph(study);
        const { network, ...left } = buildStepNetworkLenient(study);
        const { graph: _g, ...refLeft } = ref;
        expect(left).toEqual(refLeft);
        // The public lenient graph, built from the network, is the old graph, node for node and edge for edge.
        expect(buildStudyGraphLenient(study).graph.export()).toEqual(ref.graph.export());
        expect(network.order).toBe(ref.graph.order);
        expect(network.size).toBe(ref.graph.size);
        const p = network.parts;
        ref.graph.forEachNode((key) => {
          const v = network.find(stepIdFromKey(key))!;
          expect(stepKey(network.id(v))).toBe(key);
          expect(ids(network, p.outNeighbours, p.outOffsets[v]!, p.outOffsets[v + 1]!)).toEqual(ref.graph.outNeighbors(key).map(stepIdFromKey));
          expect(ids(network, p.inNeighbours, p.inOffsets[v]!, p.inOffsets[v + 1]!)).toEqual(ref.graph.inNeighbors(key).map(stepIdFromKey));
          const outEdges: string[] = [];
          network.forEachOut(v, () => undefined);
          for (let k = p.outOffsets[v]!; k < p.outOffsets[v + 1]!; k++) outEdges.push(network.edgeKey(p.outEdges[k]!));
          expect(outEdges).toEqual(ref.graph.outEdges(key));
          expect(network.degree(v)).toBe(ref.graph.degree(key));
        });
        // A network read back from a graph is the same network.
        const back = networkOfGraph(ref.graph);
        expect(back.parts.ids).toEqual(p.ids);
        expect([...back.parts.outNeighbours]).toEqual([...p.outNeighbours]);
        expect([...back.parts.inNeighbours]).toEqual([...p.inNeighbours]);
      }),
      { numRuns: 300 },
    );
  });

  it("gives every walk the old graph gives, on the network and on a graph alike", () => {
    fc.assert(
      fc.property(studyArb, (study) => {
        const ref = referenceLenientGraph(study);
        const { network } = buildStepNetworkLenient(study);
        expect(cyclesOf(network)).toEqual(findCycles(ref.graph));
        expect(connectivityOf(study, network)).toEqual(disconnectedSteps(study, ref.graph));
        const all = ref.graph.nodes().map(stepIdFromKey);
        for (const id of all) {
          for (const opts of [undefined, { followRework: true }, { maxDepth: 1 }]) {
            expect(upstreamIn(network, id, opts)).toEqual(upstreamOf(ref.graph, id, opts));
            expect(downstreamIn(network, id, opts)).toEqual(downstreamOf(ref.graph, id, opts));
          }
          expect(frontlinePostIn(network, id)).toEqual(frontlinePost(ref.graph, id));
          for (const to of all.slice(0, 6)) expect(chainStepsIn(network, id, to)).toEqual(chainSteps(ref.graph, id, to));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the shared step network", () => {
  it("is built once per study, offered by validateStudy, and the shared graph is built from it only when asked", () => {
    const study = outageStudy();
    const network = studyNetworkShared(study);
    expect(studyNetworkShared(study)).toBe(network);
    const graph = studyGraphShared(study);
    expect(studyGraphShared(study)).toBe(graph);
    expect(studyNetworkShared(study)).toBe(network);
    // Edited in place: a fresh network, and a fresh graph built from it.
    (study.blueprints[0]!.handoffs as Handoff[]).push({ from: "report", to: "review", kind: "serial", rework: false } as Handoff);
    expect(studyNetworkShared(study)).not.toBe(network);
    expect(studyGraphShared(study)).not.toBe(graph);
    expect(sharedStudyGraph(study).hasEdge("report->review")).toBe(true);
  });

  it("is the network validateStudy built for its rules (a valid study is not indexed again)", () => {
    const report = validateStudy(mini());
    if (!report.ok || report.study === undefined) throw new Error("the fixture does not validate");
    // Already shared by validateStudy: another offer is refused, and the shared one is read as it is.
    expect(offerSharedStepNetwork(report.study, buildStepNetworkLenient(report.study))).toBe(false);
    const first = studyNetworkShared(report.study);
    expect(studyNetworkShared(report.study)).toBe(first);
    expect(first.order).toBe(report.study.blueprints.flatMap((b) => b.steps).length);
    // A study that does not validate leaves nothing shared.
    const broken = mini();
    broken.blueprints[0].handoffs.push({ from: "nowhere", to: broken.blueprints[0].steps[0].id });
    const failed = validateStudy(broken);
    expect(failed.ok).toBe(false);
  });
});
