import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readFileSync } from "node:fs";
import { parseStudy } from "../../src/study/validate/index.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { summarizeStudy } from "../../src/graph/summary.js";

const study = parseStudy(parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8")));

describe("summarizeStudy", () => {
  it("counts steps per layer, interaction points and questions of the mini study", () => {
    const s = summarizeStudy(study, buildStudyGraph(study), "zh");
    expect(s.name).toBe("欠费复电");
    expect(s.themes).toHaveLength(1);
    const t = s.themes[0]!;
    expect(t.name).toBe("交费及欠费复电");
    expect(t.stepsPerLayer).toEqual({ customer: 2, frontline: 2, backoffice: 2, support: 1 });
    // pays→confirm and notify→restored meet the customer; 4 internal hand-offs between different posts.
    expect(t.customerExperiencePoints).toBe(2);
    expect(t.internalSupportPoints).toBe(4);
    expect([t.externalQuestions, t.internalQuestions]).toEqual([2, 1]);
    expect(s.totals.steps).toBe(7);
    expect(t.posts).toBe(4);
  });
});
