/** Tests of declared reach (影响范围): reachOf, canAffect, and their agreement with tracing and validation. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { canAffect, reachOf, type StudyReach } from "../../src/graph/reach.js";
import { downstreamOf, upstreamOf } from "../../src/graph/traverse.js";
import { StudySchema, type Study, type StudyInput } from "../../src/model/study.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { handoff, outageStudyInput, step, studyOf } from "./fixture.js";

/** The outage fixture with reach declared on dispatch, supply and the dispatch standard. */
function declared(): Study {
  const input = outageStudyInput();
  const steps = input.blueprints[0]!.steps;
  steps.find((s) => s.id === "dispatch")!.reach = ["ep-dispatch", "ep-repair"];
  steps.find((s) => s.id === "supply")!.reach = [];
  input.standards!.find((s) => s.id === "std-dispatch")!.reach = ["ep-repair"];
  return StudySchema.parse(input);
}

describe("reachOf", () => {
  it("lists every step and standard: the declared set, or undefined when nothing is declared", () => {
    const reach = reachOf(declared());
    expect([...reach.steps.keys()]).toEqual(["report", "accept", "dispatch", "supply", "repair", "confirm", "callback", "review"]);
    expect(reach.steps.get("dispatch")).toEqual(new Set(["ep-dispatch", "ep-repair"]));
    expect(reach.steps.get("supply")).toEqual(new Set());
    expect(reach.steps.has("repair")).toBe(true);
    expect(reach.steps.get("repair")).toBeUndefined();
    expect(reach.standards.get("std-dispatch")).toEqual(new Set(["ep-repair"]));
    expect(reach.standards.has("std-on-site")).toBe(true);
    expect(reach.standards.get("std-on-site")).toBeUndefined();
  });

  it("keeps the first definition of an id used twice, as the study index and graph do", () => {
    const study = studyOf([
      { theme: "a", steps: [{ ...step("s", "backoffice", "p"), reach: ["x"] }], handoffs: [] },
      { theme: "b", steps: [{ ...step("s", "backoffice", "p"), reach: ["y"] }], handoffs: [] },
    ]);
    expect(reachOf(study).steps.get("s")).toEqual(new Set(["x"]));
  });
});

describe("canAffect", () => {
  const reach = reachOf(declared());

  it("is true for every point when nothing is declared", () => {
    for (const point of ["ep-accept", "ep-dispatch", "ep-repair", "ep-review", "not-even-a-point"])
      expect(canAffect(reach, { step: "repair" }, point)).toBe(true);
    expect(canAffect(reach, { standard: "std-on-site" }, "ep-accept")).toBe(true);
  });

  it("is true only for the declared points when a reach is declared", () => {
    expect(canAffect(reach, { step: "dispatch" }, "ep-repair")).toBe(true);
    expect(canAffect(reach, { step: "dispatch" }, "ep-dispatch")).toBe(true);
    expect(canAffect(reach, { step: "dispatch" }, "ep-review")).toBe(false);
    expect(canAffect(reach, { standard: "std-dispatch" }, "ep-repair")).toBe(true);
    expect(canAffect(reach, { standard: "std-dispatch" }, "ep-dispatch")).toBe(false);
  });

  it("is false everywhere for an empty reach", () => {
    expect(canAffect(reach, { step: "supply" }, "ep-repair")).toBe(false);
  });

  it("answers for a standard alone: it does not read the reach of the steps it governs (the engine combines them)", () => {
    // std-on-site governs repair; repair declares nothing, and neither does the standard.
    const input = outageStudyInput();
    input.blueprints[0]!.steps.find((s) => s.id === "repair")!.reach = ["ep-repair"];
    const r = reachOf(StudySchema.parse(input));
    expect(canAffect(r, { step: "repair" }, "ep-review")).toBe(false);
    expect(canAffect(r, { standard: "std-on-site" }, "ep-review")).toBe(true);
  });

  it("throws NotFoundError for an unknown step or standard, UsageError for a bad subject", () => {
    expect(() => canAffect(reach, { step: "nope" }, "ep-repair")).toThrow(NotFoundError);
    expect(() => canAffect(reach, { step: "nope" }, "ep-repair")).toThrow('gaptrace/canAffect: no step with id "nope".');
    expect(() => canAffect(reach, { standard: "dispatch" }, "ep-repair")).toThrow(/no standard with id "dispatch"/);
    expect(() => canAffect(reach, null as never, "ep-repair")).toThrow(UsageError);
    expect(() => canAffect(reach, { step: 3 } as never, "ep-repair")).toThrow(UsageError);
    expect(() => canAffect(reach, {} as never, "ep-repair")).toThrow(UsageError);
  });

  it("treats __proto__ and constructor as ordinary ids", () => {
    const study = studyOf([{ theme: "t", steps: [{ ...step("__proto__", "backoffice", "p"), reach: ["constructor"] }, step("constructor", "frontline", "p")], handoffs: [handoff("__proto__", "constructor")] }]);
    const r = reachOf(study);
    expect(canAffect(r, { step: "__proto__" }, "constructor")).toBe(true);
    expect(canAffect(r, { step: "__proto__" }, "toString")).toBe(false);
    expect(canAffect(r, { step: "constructor" }, "__proto__")).toBe(true);
    expect(() => canAffect(r, { step: "toString" }, "x")).toThrow(NotFoundError);
  });
});

// ── Properties over random blueprints ─────────────────────────────────────────────────────────────────────

/** A random blueprint of n steps with random (possibly rework, possibly looping) hand-offs and points. */
const randomStudy = fc
  .integer({ min: 1, max: 7 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.uniqueArray(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), rework: fc.boolean() }), {
        selector: (e) => `${e.from}->${e.to}`,
        maxLength: 2 * n,
      }),
      // The step index of each evaluation point.
      points: fc.array(fc.nat(n - 1), { minLength: 1, maxLength: 6 }),
      // Per step: no declaration, or a list of point indices (possibly repeated).
      reach: fc.array(fc.option(fc.array(fc.nat(5), { maxLength: 4 }), { nil: undefined }), { minLength: n, maxLength: n }),
    }),
  );
type Shape = { n: number; edges: { from: number; to: number; rework: boolean }[]; points: number[]; reach: (number[] | undefined)[] };

const sid = (i: number) => `s${i}`;
const pid = (j: number) => `p${j}`;

function build(shape: Shape, reachFor: (i: number) => string[] | undefined): Study {
  const steps = Array.from({ length: shape.n }, (_, i) => {
    const r = reachFor(i);
    return r === undefined ? step(sid(i), "backoffice", "p") : { ...step(sid(i), "backoffice", "p"), reach: r };
  });
  const evaluationPoints: NonNullable<StudyInput["evaluationPoints"]> = shape.points.map((s, j) => ({
    id: pid(j),
    step: sid(s),
    name: pid(j),
    questions: [{ id: `q${j}`, audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "q" }],
  }));
  return studyOf([{ theme: "t", steps, handoffs: shape.edges.map((e) => handoff(sid(e.from), sid(e.to), e.rework)) }], { evaluationPoints });
}

/** Reachability by Floyd–Warshall over the non-rework hand-offs: an independent check of the graph traversal. */
function closure(shape: Shape): boolean[][] {
  const r = Array.from({ length: shape.n }, (_, i) => Array.from({ length: shape.n }, (_, j) => i === j));
  for (const e of shape.edges) if (!e.rework) r[e.from]![e.to] = true;
  for (let k = 0; k < shape.n; k++)
    for (let i = 0; i < shape.n; i++) for (let j = 0; j < shape.n; j++) if (r[i]![k] && r[k]![j]) r[i]![j] = true;
  return r;
}

/** The candidate causes of a gap at each point: steps at or upstream of it that the reach allows. */
function candidates(study: Study): Map<string, string[]> {
  const graph = buildStudyGraph(study);
  const reach: StudyReach = reachOf(study);
  return new Map(
    study.evaluationPoints.map((pt) => [
      pt.id,
      [pt.step, ...upstreamOf(graph, pt.step).map((r) => r.step)].filter((s) => canAffect(reach, { step: s }, pt.id)).sort(),
    ]),
  );
}

describe("declared reach over random blueprints (fast-check)", () => {
  it("the validator flags exactly the entries whose point is not at or downstream of the step", () => {
    fc.assert(
      fc.property(randomStudy, (shape) => {
        const pointIds = shape.points.map((_, j) => pid(j));
        const study = build(shape, (i) => shape.reach[i]?.map((j) => pid(j)));
        const problems = validateStudy(study).problems;
        const reachable = closure(shape);
        const expected: string[] = [];
        const unknown: string[] = [];
        shape.reach.forEach((list, i) =>
          list?.forEach((j, k) => {
            const at = JSON.stringify(["blueprints", 0, "steps", i, "reach", k]);
            if (j >= pointIds.length) unknown.push(at);
            else if (!reachable[i]![shape.points[j]!]) expected.push(at);
          }),
        );
        const found = (code: string) => problems.filter((p) => p.code === code).map((p) => JSON.stringify(p.path)).sort();
        expect(found("reach/not-downstream")).toEqual(expected.sort());
        expect(found("ref/unknown-evaluation-point")).toEqual(unknown.sort());
      }),
      { numRuns: 300 },
    );
  });

  it("declaring every point at or downstream of each step changes no candidate and raises no problem", () => {
    fc.assert(
      fc.property(randomStudy, (shape) => {
        const plain = build(shape, () => undefined);
        const graph = buildStudyGraph(plain);
        const full = build(shape, (i) => {
          const steps = new Set([sid(i), ...downstreamOf(graph, sid(i)).map((r) => r.step)]);
          return plain.evaluationPoints.filter((pt) => steps.has(pt.step)).map((pt) => pt.id);
        });
        expect(validateStudy(full).problems.filter((p) => p.code.includes("reach"))).toEqual([]);
        expect(candidates(full)).toEqual(candidates(plain));
      }),
      { numRuns: 200 },
    );
  });

  it("a declared reach only ever removes candidates, never adds one", () => {
    fc.assert(
      fc.property(randomStudy, (shape) => {
        const plain = candidates(build(shape, () => undefined));
        const narrowed = candidates(build(shape, (i) => shape.reach[i]?.map((j) => pid(j))));
        for (const [point, list] of narrowed) for (const s of list) expect(plain.get(point)).toContain(s);
      }),
      { numRuns: 200 },
    );
  });
});
