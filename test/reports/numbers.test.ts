import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatCi, formatCount, formatIndex, formatN, formatNumber, formatPercent, formatPoints, formatQ, formatQuantity, NO_VALUE, percentileWords,
} from "../../src/reports/numbers.js";

describe("number formatting", () => {
  it("groups thousands, rounds, uses a true minus and never prints -0", () => {
    expect(formatNumber(2657, { digits: 0 })).toBe("2,657");
    expect(formatNumber(-22.335, { digits: 1 })).toBe("\u221222.3");
    expect(formatNumber(-0.04, { digits: 1 })).toBe("0.0");
    expect(formatNumber(1234567.891, { digits: 2 })).toBe("1,234,567.89");
    expect(formatNumber(95, { digits: 1, trim: true })).toBe("95");
    expect(formatNumber(3.2, { digits: 1, sign: true })).toBe("+3.2");
    expect(formatNumber(NaN, { digits: 1 })).toBe(NO_VALUE);
    expect(formatNumber(undefined, { digits: 1 })).toBe(NO_VALUE);
  });

  it("formats shares, indices, counts, q-values", () => {
    expect(formatPercent(0.7755)).toBe("77.6%");
    expect(formatPercent(0.95)).toBe("95%");
    expect(formatPercent(0.882)).toBe("88.2%");
    expect(formatIndex(55.0188)).toBe("55.0");
    expect(formatCount(1391)).toBe("1,391");
    expect(formatN(2000)).toBe("n = 2,000");
    expect(formatQ(0)).toBe("< 0.001");
    expect(formatQ(0.0123)).toBe("0.012");
    expect(formatPoints(0.042, "en")).toBe("+4.2 pp");
    expect(formatPoints(-0.042, "zh")).toBe("\u22124.2个百分点");
  });

  it("writes durations with their unit in both languages", () => {
    expect(formatQuantity(8.0789, "min", "en")).toBe("8.1 minutes");
    expect(formatQuantity(1, "h", "en")).toBe("1 hour");
    expect(formatQuantity(24, "h", "zh")).toBe("24小时");
    expect(formatQuantity(45, "min", "zh")).toBe("45分钟");
    expect(formatQuantity(15, "workday", "zh")).toBe("15个工作日");
    expect(formatQuantity(80, "%", "en")).toBe("80%");
  });

  it("writes intervals with their level, switching to 'to' around negative ends", () => {
    expect(formatCi([54.346, 55.691], 0.95, "en")).toBe("95% CI 54.3–55.7");
    expect(formatCi([0.183, 0.223], 0.95, "zh", (v) => formatPercent(v))).toBe("95%置信区间 18.3%–22.3%");
    expect(formatCi([-23.27, -21.4], 0.9, "en")).toBe("90% CI \u221223.3 to \u221221.4");
  });

  it("names percentiles as ordinals, mirrored for higher-is-better standards", () => {
    expect(percentileWords(0.95, "lower", "en")).toBe("95th percentile");
    expect(percentileWords(0.98, "lower", "zh")).toBe("第98百分位");
    expect(percentileWords(0.99, "higher", "en")).toBe("1st percentile");
    expect(percentileWords(0.975, "lower", "en")).toBe("97.5th percentile");
    expect(percentileWords(0.88, "higher", "en")).toBe("12th percentile");
  });

  it("prints every finite number so it reads back to the rounded value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, digits) => {
        const text = formatNumber(v, { digits });
        const back = Number(text.replace(/,/g, "").replace("\u2212", "-"));
        expect(Math.abs(back - v)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9 * Math.abs(v));
      }),
    );
  });
});
