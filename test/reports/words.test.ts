import { describe, expect, it } from "vitest";
import { REPORT_WORDS, word } from "../../src/reports/dictionary.js";
import { wordsFor } from "../../src/reports/words/index.js";

describe("the report languages' tables", () => {
  it("word every fixed key in both languages, the Chinese in Chinese", () => {
    const en = wordsFor("en").fixed;
    const zh = wordsFor("zh").fixed;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[k].length, k).toBeGreaterThan(0);
      expect(zh[k].length, k).toBeGreaterThan(0);
    }
    // Most words differ between the languages; the few alike are symbols (R²).
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === zh[k]);
    expect(same).toEqual(["rSquared"]);
  });

  it("keep the bilingual record of 0.1, built from the tables", () => {
    expect(REPORT_WORDS.responsibility).toEqual({ en: "Responsibility lists", zh: "责任清单" });
    expect(word("undecidedShort", "zh")).toBe(REPORT_WORDS.undecidedShort.zh);
  });

  it("order a sentence's parts as each language reads", () => {
    expect(wordsFor("en").findings.postInDepartment("Dispatcher", "Control centre")).toBe("Dispatcher (Control centre)");
    expect(wordsFor("zh").findings.postInDepartment("抢修指挥员", "调控中心")).toBe("调控中心抢修指挥员");
    expect(wordsFor("en").numbers.percentile("98", 98, true)).toBe("98th percentile");
    expect(wordsFor("en").numbers.percentile("12", 12, true)).toBe("12th percentile");
    expect(wordsFor("en").numbers.percentile("22", 22, true)).toBe("22nd percentile");
    expect(wordsFor("en").numbers.percentile("97.5", 98, false)).toBe("97.5th percentile");
    expect(wordsFor("zh").numbers.percentile("95", 95, true)).toBe("第95百分位");
    expect(wordsFor("zh").links.toTest(0, "0")).toBe("");
    expect(wordsFor("en").links.toTest(1, "1")).toBe(" 1 possible cause upstream to test, size not measured.");
  });
});
