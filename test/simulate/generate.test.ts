import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { generateStudy } from "../../src/simulate/generate.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { formatProblems } from "../../src/core/problem.js";
import { UsageError } from "../../src/core/errors.js";
import { parseStudy } from "../../src/study/validate/index.js";
import { attribute } from "../../src/attribution/attribute.js";
import { collectResponses } from "../../src/data/dataset.js";
import { choosePlants, responseRows, scoreRecovery, simulateStudy } from "../../src/simulate/index.js";

describe("generateStudy", () => {
  it("generates valid studies of any size (no errors, no warnings)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 400 }), fc.integer({ min: 8, max: 80 }), fc.integer({ min: 0, max: 1000 }), (steps, per, seed) => {
        const r = validateStudy(generateStudy({ steps: Math.max(steps, per), stepsPerTheme: per, seed }));
        expect(formatProblems(r.problems.filter((p) => p.severity !== "info"))).toBe("");
      }),
      { numRuns: 40 },
    );
  });

  it("has the requested number of steps, split into themes", () => {
    const s = generateStudy({ steps: 1000 });
    expect(s.blueprints.reduce((a, b) => a + b.steps.length, 0)).toBe(1000);
    expect(s.blueprints).toHaveLength(20);
    expect(s.standards?.length).toBeGreaterThan(0);
    expect(s.evaluationPoints?.some((p) => p.questions.some((q) => q.audience.kind === "internal"))).toBe(true);
  });

  it("is deterministic for a seed", () => {
    expect(JSON.stringify(generateStudy({ steps: 120, seed: 5 }))).toBe(JSON.stringify(generateStudy({ steps: 120, seed: 5 })));
    expect(JSON.stringify(generateStudy({ steps: 120, seed: 5 }))).not.toBe(JSON.stringify(generateStudy({ steps: 120, seed: 6 })));
  });

  it("rejects sizes it cannot honour", () => {
    expect(() => generateStudy({ steps: 3 })).toThrow(UsageError);
    expect(() => generateStudy({ steps: 100, stepsPerTheme: 2 })).toThrow(/stepsPerTheme/);
    expect(() => generateStudy({ steps: 100, target: 120 })).toThrow(/target must be an index from 0 to 100, got 120/);
  });

  it("declares a target at every point, as a real study does, so planted gaps below target can be found", () => {
    const doc = generateStudy({ steps: 200, target: 80 });
    expect(doc.evaluationPoints?.length).toBeGreaterThan(0);
    expect(doc.evaluationPoints?.every((p) => p.target === 80)).toBe(true);
    expect(generateStudy({ steps: 200 }).evaluationPoints?.every((p) => p.target === 75)).toBe(true);
    // With its targets declared, the planted causes (up to three of each tag) is recovered and nothing else is found.
    const study = parseStudy(generateStudy({ steps: 500 }));
    const plant = choosePlants(study, 1, 3);
    const themes = study.blueprints.length;
    const data = simulateStudy(study, { seed: 1, plant, externalRespondents: 200 * themes, internalRespondents: 100 * themes, casesPerTheme: 300 });
    const result = attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });
    const score = scoreRecovery(study, data.truth, result);
    expect(score.planted).toBe(6);
    expect(score.recovered.length).toBe(score.planted);
    expect(score.spurious).toEqual([]);
  }, 120_000);
});
