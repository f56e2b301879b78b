/** Tests of the three blueprint lines and the hand-offs crossing them. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UsageError } from "../../src/core/errors.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { crossingsOfLine, handoffCrossings, LINES, linesBetween, type LineId } from "../../src/graph/lines.js";
import { LAYERS } from "../../src/model/study.js";
import { handoff, outageStudy, step, studyOf } from "./fixture.js";

const graph = buildStudyGraph(outageStudy());

describe("LINES", () => {
  it("names the three lines in both languages, top to bottom, each between adjacent layers", () => {
    expect(LINES.map((l) => [l.id, l.name.en, l.name.zh])).toEqual([
      ["interaction", "line of interaction", "互动分界线"],
      ["visibility", "line of visibility", "可视分界线"],
      ["internal-interaction", "line of internal interaction", "内部互动分界线"],
    ]);
    LINES.forEach((line, k) => expect(line.between).toEqual([LAYERS[k], LAYERS[k + 1]]));
  });
});

describe("linesBetween", () => {
  it("lists every line between two layers, top to bottom, in either direction", () => {
    expect(linesBetween("customer", "frontline")).toEqual(["interaction"]);
    expect(linesBetween("customer", "backoffice")).toEqual(["interaction", "visibility"]);
    expect(linesBetween("support", "customer")).toEqual(["interaction", "visibility", "internal-interaction"]);
    expect(linesBetween("backoffice", "backoffice")).toEqual([]);
  });

  it("crosses as many lines as the layers are apart", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LAYERS), fc.constantFrom(...LAYERS), (a, b) => {
        expect(linesBetween(a, b)).toEqual(linesBetween(b, a));
        expect(linesBetween(a, b)).toHaveLength(Math.abs(LAYERS.indexOf(a) - LAYERS.indexOf(b)));
      }),
    );
  });
});

describe("handoffCrossings", () => {
  it("lists every layer-changing hand-off in study order with its lines and direction", () => {
    expect(handoffCrossings(graph).map((c) => [c.key, c.direction, c.lines])).toEqual([
      ["report->accept", "down", ["interaction"]],
      ["accept->dispatch", "down", ["visibility"]],
      ["dispatch->repair", "up", ["visibility"]],
      ["dispatch->supply", "down", ["internal-interaction"]],
      ["supply->repair", "up", ["visibility", "internal-interaction"]],
      ["repair->confirm", "up", ["interaction"]],
      ["confirm->callback", "down", ["interaction"]],
      ["callback->review", "down", ["visibility"]],
      ["review->repair", "up", ["visibility"]],
    ]);
  });

  it("carries the hand-off, layers, theme and rework flag", () => {
    const c = handoffCrossings(graph).find((x) => x.key === "review->repair")!;
    expect(c).toMatchObject({ from: "review", to: "repair", fromLayer: "backoffice", toLayer: "frontline", theme: "outage", rework: true });
    expect(c.handoff.label).toBe("reopen the work order");
  });

  it("skips same-layer hand-offs and crosses two lines from customer to back office", () => {
    const g = buildStudyGraph(
      studyOf([
        {
          theme: "t",
          steps: [step("c", "customer"), step("b1", "backoffice", "p"), step("b2", "backoffice", "p")],
          handoffs: [handoff("c", "b1"), handoff("b1", "b2")],
        },
      ]),
    );
    expect(handoffCrossings(g)).toHaveLength(1);
    expect(handoffCrossings(g)[0]?.lines).toEqual(["interaction", "visibility"]);
  });

  it("reports real ids for reserved step ids", () => {
    const g = buildStudyGraph(
      studyOf([{ theme: "t", steps: [step("__proto__", "customer"), step("constructor", "frontline", "p")], handoffs: [handoff("__proto__", "constructor")] }]),
    );
    expect(handoffCrossings(g).map((c) => [c.from, c.to, c.key])).toEqual([["__proto__", "constructor", "__proto__->constructor"]]);
  });
});

describe("crossingsOfLine", () => {
  it("filters the crossings of one line", () => {
    expect(crossingsOfLine(graph, "interaction").map((c) => c.key)).toEqual(["report->accept", "repair->confirm", "confirm->callback"]);
    expect(crossingsOfLine(graph, "internal-interaction").map((c) => c.key)).toEqual(["dispatch->supply", "supply->repair"]);
    expect(crossingsOfLine(graph, "visibility")).toHaveLength(5);
  });

  it("throws UsageError for an unknown line", () => {
    expect(() => crossingsOfLine(graph, "line-of-sight" as LineId)).toThrow(UsageError);
    expect(() => crossingsOfLine(graph, "line-of-sight" as LineId)).toThrow(/^gaptrace\/crossingsOfLine: unknown line/);
  });
});
