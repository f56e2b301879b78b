/** The options of scoreTracing, scoreRecovery and detectableEffects are checked (a zod schema), and named when wrong. */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { detectableEffects, scoreRecovery, scoreTracing, simulateStudy } from "../../src/simulate/index.js";
import { UsageError } from "../../src/core/errors.js";
import type { DetectabilityOptions, TracingOptions } from "../../src/simulate/score.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
const data = simulateStudy(study, { seed: 3, externalRespondents: 200, internalRespondents: 50, casesPerTheme: 40, link: {}, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] });

describe("scoring options", () => {
  it("name a bad option of detectableEffects", () => {
    expect(() => detectableEffects(data.truth, { z: Number.NaN })).toThrow(/gaptrace\/detectableEffects: z must be a finite number, got NaN/);
    expect(() => detectableEffects(data.truth, { minExposed: 2.5 })).toThrow(UsageError);
    expect(() => detectableEffects(data.truth, { minGap: "1" as unknown as number })).toThrow(/minGap/);
  });

  it("name a bad option of scoreTracing and scoreRecovery, nested ones by their path's hint", () => {
    expect(() => scoreTracing(study, data.truth, { findings: [] }, { wave: 2 as unknown as string })).toThrow(/gaptrace\/scoreTracing: wave must be a wave name/);
    try {
      scoreRecovery(study, data.truth, { findings: [] }, { detectable: { z: -Infinity } });
      expect.fail("expected a UsageError");
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).problems[0]?.hint).toMatch(/smallest expected z/);
    }
  });

  it("valid options change what counts as detectable, as documented", () => {
    const loose: DetectabilityOptions = { z: 0, minExposed: 0, minGap: -100 };
    const strict: TracingOptions = { detectable: { z: 1e9 } };
    const n = (o: DetectabilityOptions): number => detectableEffects(data.truth, o).filter((x) => x.detectable).length;
    expect(n(loose)).toBeGreaterThanOrEqual(n({}));
    expect(scoreTracing(study, data.truth, { findings: [] }, strict).detectablePoints).toEqual([]);
  });
});
