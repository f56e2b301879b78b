/**
 * The notebook views' word tables: both languages have the same entries, none blank, plain words are read from
 * the language's table, and the what-if sentences carry their numbers in each language.
 */
import { describe, expect, it } from "vitest";
import { notebookWords, w } from "../../src/notebook/words/index.js";
import { emptyTexts, shapeOf } from "../reports/blueprint/tables.js";

const en = notebookWords("en");
const zh = notebookWords("zh");

describe("notebook words", () => {
  it("has the same entries in English and Chinese, none blank", () => {
    expect(shapeOf(zh)).toEqual(shapeOf(en));
    expect(emptyTexts(en)).toEqual([]);
    expect(emptyTexts(zh)).toEqual([]);
  });

  it("reads a plain word from the language's table", () => {
    expect(w("ledger", "en")).toBe(en.ledger);
    expect(w("ledger", "zh")).toBe("数据加载台账");
  });

  it("says faster and slower with the number in each language", () => {
    expect(en.stepTime("Dispatch", "0.50", 50)).toBe("Dispatch: time × 0.50 (50% faster)");
    expect(en.stepTime("Dispatch", "1.50", -50)).toBe("Dispatch: time × 1.50 (50% slower)");
    expect(zh.stepTime("派工", "1.50", -50)).toBe("派工：用时 × 1.50（慢 50%）");
    expect(zh.notExplainedShare("40%")).toBe("未被上游解释（留在一线）：40%");
    expect(en.correction.holm).toBe("Holm family-wise error rate");
  });
});
