import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainSteps, frontlinePost } from "../../src/attribution/index.js";
import { chainStepsIn, frontlinePostIn } from "../../src/attribution/trace/chain.js";
import { buildStudyGraph, buildStudyGraphLenient, sharedStudyGraph, studyGraphShared } from "../../src/graph/build.js";
import { connectivityOf, cyclesOf, disconnectedSteps, findCycles } from "../../src/graph/cycles.js";
import { networkOfGraph } from "../../src/graph/graph-adjacency.js";
import { stepIdFromKey, stepKey } from "../../src/graph/ids.js";
import { buildStepNetworkLenient, offerSharedStepNetwork, studyNetworkShared, type StepNetwork } from "../../src/graph/step-network.js";
import { downstreamOf, isDownstream, upstreamOf } from "../../src/graph/traverse.js";
import { downstreamIn, leadsTo, upstreamIn } from "../../src/graph/walk.js";
import { validateStudy } from "../../src/study/validate/index.js";
import type { Handoff, Layer, Step, Study } from "../../src/model/study.js";
import { referenceChainSteps, referenceFrontlinePost, referenceLenientGraph, referenceReach } from "./build-reference.js";
import { outageStudy } from "./fixture.js";
import { mini } from "../model/helpers.js";

// Ids a plain object orders first (array indexes: "0", "12", up to "4294967294"), ids that look numeric but are not
// array indexes ("007", "01", "00", "-0", "+1", "1e3", "4294967295", "4294967296", "-1", "1.5", " 1", digits that
// are not ASCII), Object.prototype names, escaped ids ("~", "~x", "~12", "~__proto__"), Unicode and plain ids.
const IDS = [
  "0", "1", "12", "2", "4294967294", "007", "01", "00", "-0", "+1", "1e3", "4294967295", "4294967296", "-1", "1.5", " 1", "١٢", "１",
  "constructor", "__proto__", "toString", "hasOwnProperty", "~", "~x", "~12", "~__proto__", "a", "b", "zeta", "Alpha", "派单", "é", "𝟙",
];
const LAYERS: Layer[] = ["customer", "frontline", "backoffice", "support"];

// Each study draws its ids from a few of IDS (and "ghost", never a step), so that its steps, hand-offs and
// blueprints meet: duplicate steps across blueprints, duplicate and conflicting hand-offs, self-loops, cycles, and
// nodes with several integer-like and other neighbours to order.
const handoffKind = fc.constantFrom("serial", "parallel") as fc.Arbitrary<Handoff["kind"]>;
function studyOver(pool: readonly string[]): fc.Arbitrary<Study> {
  const stepArb = fc.record({ id: fc.constantFrom(...pool), layer: fc.constantFrom(...LAYERS), owner: fc.option(fc.constantFrom("p", "q", "r"), { nil: undefined }) });
  const end = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constant("ghost") });
  const handoffArb = fc.record({ from: end, to: end, kind: handoffKind, rework: fc.boolean(), label: fc.option(fc.constantFrom("x", "y"), { nil: undefined }) });
  return fc.array(fc.record({ steps: fc.array(stepArb, { maxLength: 14 }), handoffs: fc.array(handoffArb, { maxLength: 30 }) }), { minLength: 1, maxLength: 3 }).map(
    (bps) =>
      ({
        blueprints: bps.map((bp, b) => ({
          theme: `t${b}`,
          steps: bp.steps.map((s) => ({ ...s, contributors: [] }) as unknown as Step),
          handoffs: bp.handoffs.map((h) => ({ ...h }) as unknown as Handoff),
        })),
      }) as unknown as Study,
  );
}
const studyArb = fc.shuffledSubarray(IDS, { minLength: 1, maxLength: 12 }).chain(studyOver);

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
          for (const opts of [undefined, { followRework: true }, { maxDepth: 1 }, { followRework: true, maxDepth: 2 }]) {
            const up = referenceReach(ref.graph, id, "inbound", opts);
            const down = referenceReach(ref.graph, id, "outbound", opts);
            expect(upstreamIn(network, id, opts)).toEqual(up);
            expect(downstreamIn(network, id, opts)).toEqual(down);
            expect(upstreamOf(ref.graph, id, opts)).toEqual(up);
            expect(downstreamOf(ref.graph, id, opts)).toEqual(down);
          }
          expect(frontlinePostIn(network, id)).toEqual(referenceFrontlinePost(ref.graph, id));
          expect(frontlinePost(ref.graph, id)).toEqual(referenceFrontlinePost(ref.graph, id));
          for (const to of all.slice(0, 8)) {
            const chain = referenceChainSteps(ref.graph, id, to);
            expect(chainStepsIn(network, id, to)).toEqual(chain);
            expect(chainSteps(ref.graph, id, to)).toEqual(chain);
            for (const followRework of [false, true]) {
              // Leads to `to`: a hand-off into it from the step or from a step downstream of it.
              const from = [id, ...referenceReach(ref.graph, id, "outbound", { followRework }).map((r) => r.step)];
              const expected = from.some((x) => ref.graph.someOutEdge(stepKey(x), (_e, a, _s, t) => t === stepKey(to) && (followRework || !a.rework)));
              expect(leadsTo(network, network.find(id)!, network.find(to)!, followRework)).toBe(expected);
              expect(isDownstream(ref.graph, id, to, { followRework })).toBe(expected);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the entry points", () => {
  it("export nothing of the step network or of the walks written over it", async () => {
    const internal = [
      "StepNetwork", "buildStepNetworkLenient", "networkOf", "networkOfGraph", "studyNetworkShared", "offerSharedStepNetwork", "leftOutProblems",
      "requireConsistent", "graphAdjacency", "reachFrom", "upstreamIn", "downstreamIn", "leadsTo", "requireStep", "traverseOptions", "cyclesOf",
      "connectivityOf", "internalCustomerPairsIn", "frontlinePostIn", "upstreamWithSelfIn", "chainStepsIn", "evidenceChainIn", "traceGapsOn",
      "ruleContext", "lenientNetwork", "studyGraphShared", "offerSharedStudyGraph",
    ];
    const entries = await Promise.all([
      import("../../src/index.js"), import("../../src/graph/index.js"), import("../../src/study/index.js"),
      import("../../src/attribution/index.js"), import("../../src/monitor/index.js"), import("../../src/walkthrough/index.js"),
    ]);
    for (const entry of entries) expect(Object.keys(entry).filter((name) => internal.includes(name))).toEqual([]);
  });
});

describe("a network read from a user's graph", () => {
  it("finds steps by node key and orders neighbours by the graph's own keys, whatever keys its maker chose", () => {
    const graph = buildStudyGraph(outageStudy());
    const base = graph.nodes()[0]!;
    const at = graph.getNodeAttributes(base);
    // Keys stepKey never makes ("~12", "~x") beside a canonical one ("x"), and an array index ("7").
    for (const key of ["~12", "x", "~x", "7"]) graph.addNode(key, { ...at, step: { ...at.step, id: stepIdFromKey(key) } });
    for (const key of ["~12", "x", "~x", "7"]) graph.addDirectedEdgeWithKey(`${base}=>${key}`, base, key, { handoff: { from: base, to: key, kind: "serial", rework: false } as Handoff, theme: at.theme, kind: "serial", rework: false });
    const network = networkOfGraph(graph);
    const v = network.find(stepIdFromKey(base))!;
    const keys = network.parts.nodeKeys!;
    expect([...network.parts.outNeighbours.subarray(network.parts.outOffsets[v]!, network.parts.outOffsets[v + 1]!)].map((w) => keys[w])).toEqual(graph.outNeighbors(base));
    expect(graph.outNeighbors(base).indexOf("7")).toBe(0);
    // "x" is the node keyed "x" (not "~x", whose id also reads "x"); "12" is not a node ("~12" is not its key).
    expect(keys[network.find("x")!]).toBe("x");
    expect(network.find("12")).toBeUndefined();
    expect(network.find("~x")).toBeUndefined();
    expect(network.edgeKey(network.parts.outEdges[network.parts.outOffsets[v]!]!)).toBe(`${base}=>7`);
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

  it("is built again when the blueprints are replaced or a step or hand-off is edited in place, as the shared graph was", () => {
    const study = outageStudy();
    const edits: [string, () => void, (network: StepNetwork) => boolean][] = [
      ["blueprints replaced", () => ((study as { blueprints: unknown }).blueprints = study.blueprints.map((b) => ({ ...b }))), () => true],
      ["an owner", () => ((study.blueprints[0]!.steps[1] as { owner?: string }).owner = "someone_else"), (n) => n.owner(n.find(study.blueprints[0]!.steps[1]!.id)!) === "someone_else"],
      ["a layer", () => ((study.blueprints[0]!.steps[1] as { layer: Layer }).layer = "support"), (n) => n.layer(n.find(study.blueprints[0]!.steps[1]!.id)!) === "support"],
      ["a hand-off's kind", () => ((study.blueprints[0]!.handoffs[0] as { kind: string }).kind = study.blueprints[0]!.handoffs[0]!.kind === "serial" ? "parallel" : "serial"), (n) => n.parts.kinds[0] === study.blueprints[0]!.handoffs[0]!.kind],
      ["a rework flag", () => ((study.blueprints[0]!.handoffs[0] as { rework: boolean }).rework = !study.blueprints[0]!.handoffs[0]!.rework), (n) => n.parts.rework[0] === (study.blueprints[0]!.handoffs[0]!.rework ? 1 : 0)],
      ["a hand-off removed", () => (study.blueprints[0]!.handoffs as Handoff[]).pop(), (n) => n.size === study.blueprints[0]!.handoffs.length],
    ];
    for (const [what, edit, shows] of edits) {
      const before = studyNetworkShared(study);
      const graph = studyGraphShared(study);
      edit();
      const after = studyNetworkShared(study);
      expect(after, what).not.toBe(before);
      expect(shows(after), what).toBe(true);
      expect(studyGraphShared(study), what).not.toBe(graph);
      expect(sharedStudyGraph(study).export(), what).toEqual(buildStudyGraphLenient(study).graph.export());
    }
  });

  it("is refused to a study that is not consistent, and a study that does not validate is offered none", () => {
    const broken = mini();
    broken.blueprints[0].steps[0].owner = "no_such_post";
    const failed = validateStudy(broken);
    expect(failed.ok).toBe(false);
    // Nothing was shared by validateStudy: an offer now is the first.
    expect(offerSharedStepNetwork(failed.study!, buildStepNetworkLenient(failed.study!))).toBe(true);
    const dangling = outageStudy();
    (dangling.blueprints[0]!.handoffs as Handoff[]).push({ from: "report", to: "nowhere", kind: "serial", rework: false } as Handoff);
    expect(offerSharedStepNetwork(dangling, buildStepNetworkLenient(dangling))).toBe(false);
    expect(() => studyNetworkShared(dangling)).toThrow(/gaptrace\/buildStudyGraph: the blueprints do not form a consistent graph/);
  });

  it("is the network validateStudy built for its rules (a valid study is not indexed again)", () => {
    const report = validateStudy(mini());
    if (!report.ok || report.study === undefined) throw new Error("the fixture does not validate");
    // Already shared by validateStudy: another offer is refused, and the shared one is read as it is.
    expect(offerSharedStepNetwork(report.study, buildStepNetworkLenient(report.study))).toBe(false);
    const first = studyNetworkShared(report.study);
    expect(studyNetworkShared(report.study)).toBe(first);
    expect(first.order).toBe(report.study.blueprints.flatMap((b) => b.steps).length);
  });
});
