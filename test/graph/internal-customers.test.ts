/** Tests of internal-customer pairs (内部客户制), declared by the survey and implied by the blueprint. */
import { describe, expect, it } from "vitest";
import { buildStudyGraph, buildStudyGraphLenient } from "../../src/graph/build.js";
import { internalCustomerPairs, structuralInternalCustomerPairs } from "../../src/graph/internal-customers.js";
import { handoff, internalQuestion, outageStudy, step, studyOf } from "./fixture.js";

const study = outageStudy();
const graph = buildStudyGraph(study);

describe("internalCustomerPairs", () => {
  it("groups internal questions by point and rater, with the rated step's owner", () => {
    expect(internalCustomerPairs(study, graph).map((p) => [p.point, p.rater, p.ratedStep, p.ratedOwner, p.questions])).toEqual([
      ["ep-dispatch", "crew", "dispatch", "dispatcher", ["q-dispatch-crew", "q-dispatch-crew-2"]],
      ["ep-dispatch", "agent", "dispatch", "dispatcher", ["q-dispatch-agent"]],
      ["ep-repair", "storekeeper", "repair", "crew", ["q-repair-store"]],
    ]);
  });

  it("says whether the rater works downstream of the rated step, with the evidence", () => {
    const pairs = internalCustomerPairs(study, graph);
    expect(pairs.map((p) => [p.rater, p.raterIsDownstream, p.raterDownstreamSteps])).toEqual([
      ["crew", true, ["repair"]],
      ["agent", true, ["callback", "review"]],
      // The storekeeper supplies the repair (upstream) and contributes to it, but nothing it does comes after it.
      ["storekeeper", false, []],
    ]);
  });

  it("counts contributions, not only ownership", () => {
    const s = studyOf(
      [
        {
          theme: "t",
          steps: [step("a", "backoffice", "p"), { ...step("b", "frontline", "p"), contributors: ["helper"] }],
          handoffs: [handoff("a", "b")],
        },
      ],
      { evaluationPoints: [{ id: "ep", step: "a", name: "ep", questions: [internalQuestion("q", "helper")] }] },
    );
    expect(internalCustomerPairs(s, buildStudyGraph(s))[0]).toMatchObject({ rater: "helper", raterIsDownstream: true, raterDownstreamSteps: ["b"] });
  });

  it("does not follow rework: a post rating a step only downstream through a rework loop is not downstream", () => {
    const s = studyOf(
      [{ theme: "t", steps: [step("a", "backoffice", "p"), step("b", "backoffice", "r")], handoffs: [handoff("b", "a", true)] }],
      { evaluationPoints: [{ id: "ep", step: "a", name: "ep", questions: [internalQuestion("q", "r")] }] },
    );
    expect(internalCustomerPairs(s, buildStudyGraph(s))[0]?.raterIsDownstream).toBe(false);
  });

  it("tolerates a point at an unknown step", () => {
    const s = { ...study, evaluationPoints: [{ id: "ep", step: "ghost", name: "ep", questions: [internalQuestion("q", "crew")] }] };
    expect(internalCustomerPairs(s, buildStudyGraphLenient(s).graph)).toEqual([
      { point: "ep", rater: "crew", ratedStep: "ghost", ratedOwner: undefined, questions: ["q"], raterIsDownstream: false, raterDownstreamSteps: [] },
    ]);
  });

  it("works with reserved ids for steps and posts", () => {
    const s = studyOf(
      [{ theme: "t", steps: [step("__proto__", "backoffice", "constructor"), step("toString", "frontline", "__proto__")], handoffs: [handoff("__proto__", "toString")] }],
      { evaluationPoints: [{ id: "ep", step: "__proto__", name: "ep", questions: [internalQuestion("q", "__proto__")] }] },
    );
    expect(internalCustomerPairs(s, buildStudyGraph(s))[0]).toMatchObject({ ratedOwner: "constructor", raterIsDownstream: true, raterDownstreamSteps: ["toString"] });
  });
});

describe("structuralInternalCustomerPairs", () => {
  it("lists provider → internal customer pairs implied by hand-offs, sorted, without rework by default", () => {
    expect(structuralInternalCustomerPairs(graph).map((p) => [p.provider, p.internalCustomer, p.handoffs.map((h) => h.key)])).toEqual([
      ["agent", "dispatcher", ["accept->dispatch", "callback->review"]],
      ["dispatcher", "crew", ["dispatch->repair"]],
      ["dispatcher", "storekeeper", ["dispatch->supply"]],
      ["storekeeper", "crew", ["supply->repair"]],
    ]);
  });

  it("includes rework hand-offs when asked", () => {
    const pair = structuralInternalCustomerPairs(graph, { includeRework: true }).find((p) => p.provider === "dispatcher" && p.internalCustomer === "crew");
    expect(pair?.handoffs).toEqual([
      { key: "dispatch->repair", from: "dispatch", to: "repair", theme: "outage", rework: false },
      { key: "review->repair", from: "review", to: "repair", theme: "outage", rework: true },
    ]);
  });

  it("keeps pairs apart whatever characters post ids hold", () => {
    const s = studyOf([
      {
        theme: "t",
        steps: [step("a", "backoffice", "x:y"), step("b", "backoffice", "z"), step("c", "backoffice", "x"), step("d", "backoffice", "y:z")],
        handoffs: [handoff("a", "b"), handoff("c", "d")],
      },
    ]);
    expect(structuralInternalCustomerPairs(buildStudyGraph(s)).map((p) => [p.provider, p.internalCustomer])).toEqual([
      ["x", "y:z"],
      ["x:y", "z"],
    ]);
  });
});
