import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWide, textWidth, wrapText } from "../../../src/reports/blueprint/text.js";

describe("textWidth", () => {
  it("counts CJK as 1em and Latin as about 0.55em", () => {
    expect(textWidth("抢修调度", 10)).toBe(40);
    expect(textWidth("abcd", 10)).toBeCloseTo(22);
    expect(isWide("抢")).toBe(true);
    expect(isWide("，")).toBe(true);
    expect(isWide("a")).toBe(false);
  });
});

describe("wrapText", () => {
  it("breaks Chinese text between characters, without spaces", () => {
    const lines = wrapText("现场抢修并恢复送电后回填工单", 60, 12, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("现场抢修并恢复送电后回填工单");
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(60);
  });

  it("breaks Latin text at spaces", () => {
    expect(wrapText("Dispatch the repair work order", 100, 10, 5)).toEqual(["Dispatch the repair", "work order"]);
  });

  it("never starts a line with closing punctuation", () => {
    const lines = wrapText("甲乙丙丁戊，己庚辛壬癸。子丑寅卯", 50, 10, 9);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[，。]/);
  });

  it("cuts with an ellipsis after maxLines", () => {
    const lines = wrapText("一二三四五六七八九十一二三四五六七八九十", 50, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith("…")).toBe(true);
    expect(textWidth(lines[1] ?? "", 10)).toBeLessThanOrEqual(50);
  });

  it("keeps every line within the width and loses no text when lines suffice", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("抢修", "派工", "work", "order", "95598", " ", "，", "(", ")", "supercalifragilistic"), { maxLength: 30 }),
        fc.integer({ min: 40, max: 200 }),
        (parts, width) => {
          const text = parts.join("");
          const lines = wrapText(text, width, 10, 1000);
          for (const l of lines) {
            // A single kinsoku pair may overhang by one punctuation mark.
            expect(textWidth(l, 10)).toBeLessThanOrEqual(width + 10);
          }
          expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
    );
  });
});
