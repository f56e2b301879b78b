import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { resolveSimulation, simulationOptionsSchema } from "../../src/simulate/options.js";
import { UsageError } from "../../src/core/errors.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

/** The message and hint of the UsageError a call throws. */
function thrown(f: () => unknown): { message: string; hint: string | undefined } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    return { message: err.problems[0]?.message ?? "", hint: err.problems[0]?.hint };
  }
  throw new Error("expected a UsageError");
}

describe("simulateStudy's options", () => {
  it("apply the documented defaults", () => {
    const s = resolveSimulation(study, {});
    expect(s).toMatchObject({ seed: 1, waves: ["1"], nExt: 11_000, nInt: 4_000, nCases: 2_000, dk: 0.01, miss: 0.02, link: undefined, confounders: [], plant: [] });
    expect(s.t0).toBe(Date.parse("2026-03-02T08:00:00+08:00"));
    expect(s.segments.map((x) => x.dimension)).toEqual(["area", "fault_class"]);
    expect(resolveSimulation(study, { link: {} }).link).toEqual({ share: 1, exported: true });
  });

  it("name the first bad option with the message and hint earlier versions gave", () => {
    expect(thrown(() => resolveSimulation(study, { externalRespondents: -1, casesPerTheme: 1.5 }))).toEqual({
      message: "gaptrace/simulateStudy: externalRespondents must be a whole number ≥ 0, got -1.",
      hint: "Pass a count such as 2000.",
    });
    expect(thrown(() => resolveSimulation(study, { casesPerTheme: Number.NaN })).message).toBe("gaptrace/simulateStudy: casesPerTheme must be a whole number ≥ 0, got NaN.");
    expect(thrown(() => resolveSimulation(study, { link: { share: 1.5 } }))).toEqual({
      message: "gaptrace/simulateStudy: link.share must be between 0 and 1, got 1.5.",
      hint: "Pass the share of customers whose survey record names their case, e.g. 0.6.",
    });
    const moon = thrown(() => resolveSimulation(study, { confounders: [{ dimension: "area", value: "moon", slowdown: 2, ratingDrop: 1 }] }));
    expect(moon.message).toBe('gaptrace/simulateStudy: confounder "area" = "moon" is not a segment of the simulation.');
    expect(moon.hint).toBe("Use one of: area (urban, rural, remote); fault_class (ordinary, other).");
    expect(thrown(() => resolveSimulation(study, { confounders: [{ dimension: "area", value: "remote", slowdown: 0, ratingDrop: 8 }] })).message).toBe(
      "gaptrace/simulateStudy: confounder area = remote: slowdown must be a number > 0 and ratingDrop a number, got 0 and 8.",
    );
  });

  it("check what earlier versions took unchecked", () => {
    expect(thrown(() => resolveSimulation(study, { seed: 1.5 })).message).toBe("gaptrace/simulateStudy: seed must be a whole number, got 1.5.");
    expect(thrown(() => resolveSimulation(study, { dontKnowRate: 2 })).message).toBe("gaptrace/simulateStudy: dontKnowRate must be between 0 and 1, got 2.");
    expect(thrown(() => resolveSimulation(study, { waves: "1" as unknown as string[] })).hint).toMatch(/wave names/);
    expect(thrown(() => resolveSimulation(study, { segments: [{ dimension: "region", values: [] }] })).message).toMatch(/at least one value/);
    // A confounder is checked against the segments the caller gives, not the study's defaults.
    expect(() => resolveSimulation(study, { segments: [{ dimension: "region", values: ["north"] }], confounders: [{ dimension: "region", value: "north", slowdown: 1, ratingDrop: 0 }] })).not.toThrow();
    expect(thrown(() => resolveSimulation(study, null as unknown as {})).message).toBe("gaptrace/simulateStudy: expecting options as an object.");
  });

  it("the schema accepts every valid option the documentation names", () => {
    const ok = simulationOptionsSchema(study).safeParse({
      seed: 7,
      externalRespondents: 10,
      internalRespondents: 0,
      casesPerTheme: 5,
      waves: ["a", "b"],
      plant: [{ tag: "customer-dissatisfaction", point: "x" }],
      segments: [{ dimension: "area", values: ["remote"], sampleShares: [1], populationShares: [1] }],
      dontKnowRate: 0,
      missingRate: 1,
      startTime: 0,
      link: { share: 0, exported: false },
      confounders: [{ dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 }],
    });
    expect(ok.success).toBe(true);
  });
});
