/**
 * The blueprint picture's word tables: both languages say the same things (same entries, none blank), the
 * bilingual records other writers read are taken from the tables, and the picture's description reads right in
 * each language.
 */
import { describe, expect, it } from "vitest";
import { BLUEPRINT_LINES, LAYER_TITLES, MARK_STYLES, MARK_TAGS } from "../../../src/reports/blueprint/vocabulary.js";
import { blueprintWords, inBothLanguages } from "../../../src/reports/blueprint/words/index.js";
import { LAYERS } from "../../../src/model/study.js";
import { emptyTexts, shapeOf } from "./tables.js";

const en = blueprintWords("en");
const zh = blueprintWords("zh");

describe("blueprint words", () => {
  it("has the same entries in English and Chinese, none blank", () => {
    expect(shapeOf(zh)).toEqual(shapeOf(en));
    expect(emptyTexts(en)).toEqual([]);
    expect(emptyTexts(zh)).toEqual([]);
  });

  it("feeds the bilingual records from the tables", () => {
    for (const layer of LAYERS) expect(LAYER_TITLES[layer]).toEqual({ en: en.layerTitle[layer], zh: zh.layerTitle[layer] });
    for (const tag of MARK_TAGS) expect(MARK_STYLES.get(tag)?.name).toEqual({ en: en.tagName[tag], zh: zh.tagName[tag] });
    expect(BLUEPRINT_LINES.map((l) => l.name.zh)).toEqual(["交互线", "可视线", "内部交互线"]);
    expect(inBothLanguages((w) => w.legend)).toEqual({ en: "Legend", zh: "图例" });
  });

  it("describes a picture in each language, with and without marked steps", () => {
    const d = { theme: "Outage", steps: 3, lanes: [{ title: "A", steps: 1 }, { title: "B", steps: 2 }], handoffs: 2, rework: 1, parallel: 0, marked: [] };
    expect(en.description(d)).toBe(
      "Service blueprint of Outage: 3 steps (A: 1; B: 2), 2 hand-offs (1 rework, 0 parallel). C = customer dissatisfaction, S = unreasonable standard, E = non-compliant execution.",
    );
    expect(zh.description({ ...d, marked: ["派工 (CE)"] })).toBe(
      "Outage的服务蓝图：3个环节（A1个，B2个），2次交接（返工1次，并行0次）。标记环节：派工 (CE)。C=客户不满意点，S=标准不合理点，E=执行不合格点。",
    );
  });
});
