/**
 * The walkthrough scripts' word tables: both languages have the same entries, none blank where a word is
 * expected, and the small joining words put spaces and brackets where each language wants them.
 */
import { describe, expect, it } from "vitest";
import { wordsFor } from "../../src/walkthrough/words/index.js";
import { emptyTexts, shapeOf } from "../reports/blueprint/tables.js";

const en = wordsFor("en");
const zh = wordsFor("zh");

describe("walkthrough words", () => {
  it("has the same entries in English and Chinese, none blank", () => {
    expect(shapeOf(zh)).toEqual(shapeOf(en));
    // A count has no unit word in English ("3 cases" reads as "3").
    expect(emptyTexts(en, "", ["units.count"])).toEqual([]);
    expect(emptyTexts(zh)).toEqual([]);
  });

  it("joins names, notes, clauses and units the way each language writes them", () => {
    expect(en.named("“Dispatch”", "Dispatcher")).toBe("“Dispatch” (Dispatcher)");
    expect(zh.named("「派工」", "调度员")).toBe("「派工」（调度员）");
    expect(en.valueUnit("45", "min")).toBe("45 min");
    expect(zh.valueUnit("45", "分钟")).toBe("45分钟");
    expect(`${en.ownsCount(2)}${en.comma}${en.contributesCount(1)}`).toBe("Accountable for 2 steps, contributes to 1");
    expect(`${zh.ownsCount(2)}${zh.comma}${zh.contributesCount(1)}`).toBe("负责 2 个环节，配合 1 个环节");
  });
});
