/**
 * The public `traceGaps` takes a graphology `StudyGraph` (its `TraceInputs.graph` names no internal type); the
 * attribution traces on the study's step network (`traceGapsOn`). Both must trace alike: the inputs an attribution
 * passes, handed with the study's graph to the public function, give the same traced gaps and linkage.
 */
import { describe, expect, expectTypeOf, it, vi } from "vitest";
import type { Study } from "../../../src/model/study.js";
import type { StepAdjacency } from "../../../src/graph/adjacency.js";
import { buildStudyGraph, type StudyGraph } from "../../../src/graph/build.js";
import type { TraceInputs } from "../../../src/attribution/index.js";
import type * as TraceGaps from "../../../src/attribution/trace/trace-gaps.js";
import type { CaseRecord } from "../../../src/attribution/shared/inputs.js";

const calls = vi.hoisted(() => [] as { inputs: Omit<TraceInputs, "graph">; adj: unknown; result: unknown }[]);
vi.mock("../../../src/attribution/trace/trace-gaps.js", async (importOriginal) => {
  const actual = await importOriginal<typeof TraceGaps>();
  return {
    ...actual,
    traceGapsOn: (inputs: Omit<TraceInputs, "graph">, adj: StepAdjacency<unknown>) => {
      const result = actual.traceGapsOn(inputs, adj);
      calls.push({ inputs, adj, result });
      return result;
    },
  };
});

describe("traceGaps (public) and the attribution's tracing", () => {
  it("trace alike: a user's graph through the public function, the study's step network in the attribution", async () => {
    const { attribute } = await import("../../../src/attribution/attribute.js");
    const { traceGaps } = await import("../../../src/attribution/trace/trace-gaps.js");
    const { bundled, simulated } = await import("../helpers.js");
    const plant = [
      { tag: "non-compliant-execution", step: "or_bo_dispatch" },
      { tag: "customer-dissatisfaction", point: "ep_or_arrival" },
    ] as const;
    const sim = simulated({ seed: 2026, plant, link: {}, externalRespondents: 1500, internalRespondents: 300, casesPerTheme: 400 });
    const study: Study = bundled;
    attribute(study, { responses: sim.table, cases: sim.data.cases as readonly CaseRecord[] });
    expect(calls.length).toBe(1);
    const { inputs, adj, result } = calls[0]!;
    // The attribution passes no graph, and the network it walks is not a graphology graph.
    expect("graph" in inputs).toBe(false);
    expect(typeof (adj as { forEachOut?: unknown }).forEachOut).toBe("function");
    const traced = (result as ReturnType<typeof traceGaps>).traced;
    expect([...traced.values()].some((t) => t.causes.length > 0)).toBe(true);
    const viaGraph = traceGaps({ ...inputs, graph: buildStudyGraph(study) });
    expect(viaGraph).toEqual(result);
  }, 60_000);

  it("names no type of the step network in the public TraceInputs", () => {
    expectTypeOf<TraceInputs["graph"]>().toEqualTypeOf<StudyGraph>();
  });
});
