/** Tests of interaction-point classification (交互点分析). */
import { describe, expect, it } from "vitest";
import { match } from "ts-pattern";
import { NotFoundError } from "../../src/core/errors.js";
import { buildStudyGraph, buildStudyGraphLenient } from "../../src/graph/build.js";
import {
  classifyHandoff,
  evaluationPointKind,
  evaluationPointKinds,
  interactionPoints,
  type InteractionPoint,
} from "../../src/graph/interaction-points.js";
import { handoff, outageStudy, step, studyOf } from "./fixture.js";

const study = outageStudy();
const graph = buildStudyGraph(study);

describe("interactionPoints", () => {
  it("classifies every hand-off that is an interaction point, in study order", () => {
    const summary = interactionPoints(graph).map((p) =>
      match(p)
        .with({ kind: "customer-experience" }, (q) => `CX ${q.key} ${q.direction}`)
        .with({ kind: "internal-support" }, (q) => `IS ${q.key} ${q.provider}→${q.internalCustomer}`)
        .exhaustive(),
    );
    expect(summary).toEqual([
      "CX report->accept inbound",
      "IS accept->dispatch agent→dispatcher",
      "IS dispatch->repair dispatcher→crew",
      "IS dispatch->supply dispatcher→storekeeper",
      "IS supply->repair storekeeper→crew",
      "CX repair->confirm outbound",
      "CX confirm->callback inbound",
      "IS callback->review agent→dispatcher",
      "IS review->repair dispatcher→crew",
    ]);
  });

  it("names the customer and front-line steps of a customer-experience point", () => {
    const p = interactionPoints(graph).find((x) => x.key === "repair->confirm")!;
    expect(p.kind).toBe("customer-experience");
    if (p.kind !== "customer-experience") return;
    expect(p.customerStep.id).toBe("confirm");
    expect(p.frontlineStep.id).toBe("repair");
    expect(p.from.id).toBe("repair");
    expect(p.to.id).toBe("confirm");
  });

  it("leaves out same-owner, owner-less and customer-to-back-office hand-offs", () => {
    const g = buildStudyGraph(
      studyOf([
        {
          theme: "t",
          steps: [
            step("c", "customer"),
            step("b1", "backoffice", "p"),
            step("b2", "backoffice", "p"),
            step("s", "support"),
            step("f", "frontline", "q"),
          ],
          handoffs: [handoff("c", "b1"), handoff("b1", "b2"), handoff("b2", "s"), handoff("s", "f"), handoff("b2", "f")],
        },
      ]),
    );
    const points: InteractionPoint[] = interactionPoints(g);
    expect(points.map((p) => p.key)).toEqual(["b2->f"]);
    expect(points[0]).toMatchObject({ kind: "internal-support", provider: "p", internalCustomer: "q", rework: false });
  });
});

describe("classifyHandoff", () => {
  it("classifies one hand-off, or returns undefined", () => {
    expect(classifyHandoff(graph, "report", "accept")?.kind).toBe("customer-experience");
    expect(classifyHandoff(graph, "review", "repair")).toMatchObject({ kind: "internal-support", rework: true, provider: "dispatcher" });
    expect(classifyHandoff(graph, "accept", "report")).toBeUndefined();
    expect(classifyHandoff(graph, "ghost", "report")).toBeUndefined();
  });

  it("works with reserved ids", () => {
    const g = buildStudyGraph(
      studyOf([{ theme: "t", steps: [step("__proto__", "frontline", "p"), step("constructor", "customer")], handoffs: [handoff("__proto__", "constructor")] }]),
    );
    const p = classifyHandoff(g, "__proto__", "constructor");
    expect(p).toMatchObject({ kind: "customer-experience", direction: "outbound" });
    expect(p?.from.id).toBe("__proto__");
  });
});

describe("evaluationPointKind(s)", () => {
  it("derives kinds from the audiences of the questions", () => {
    expect(evaluationPointKind(study, graph, "ep-accept")).toMatchObject({
      point: "ep-accept",
      stepId: "accept",
      kinds: ["customer-experience"],
      externalQuestions: ["q-accept-sat"],
      internalQuestions: [],
    });
    expect(evaluationPointKind(study, graph, "ep-dispatch").kinds).toEqual(["internal-support"]);
    expect(evaluationPointKind(study, graph, "ep-repair")).toMatchObject({
      kinds: ["customer-experience", "internal-support"],
      externalQuestions: ["q-repair-sat"],
      internalQuestions: ["q-repair-store"],
    });
    expect(evaluationPointKind(study, graph, "ep-review").kinds).toEqual([]);
    expect(evaluationPointKind(study, graph, "ep-review").step?.id).toBe("review");
  });

  it("lists every point in study order", () => {
    expect(evaluationPointKinds(study, graph).map((k) => [k.point, k.kinds.length])).toEqual([
      ["ep-accept", 1],
      ["ep-dispatch", 1],
      ["ep-repair", 2],
      ["ep-review", 0],
    ]);
  });

  it("throws NotFoundError for an unknown point and tolerates a point at an unknown step", () => {
    expect(() => evaluationPointKind(study, graph, "ep-nope")).toThrow(NotFoundError);
    expect(() => evaluationPointKind(study, graph, "ep-nope")).toThrow(/^gaptrace\/evaluationPointKind: no evaluation point/);
    const broken = { ...study, evaluationPoints: [{ id: "ep-x", step: "ghost", name: "x", questions: [] }] };
    const k = evaluationPointKind(broken, buildStudyGraphLenient(broken).graph, "ep-x");
    expect(k.step).toBeUndefined();
    expect(k.stepId).toBe("ghost");
  });
});
