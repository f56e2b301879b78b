import { describe, expect, it } from "vitest";
import {
  UNDECIDED_EN, scarcityOf, scarcityText, settleEnglish, undecidedItem, undecidedNeedText, undecidedReasonText,
  type Scarcity, type SettleItem, type UndecidedNeed, type UndecidedReason,
} from "../../../src/attribution/shared/undecided.js";
import { wordsFor } from "../../../src/reports/words/index.js";

const clock = { start: "ev_a", stop: "ev_b" };
const other = { start: "ev_c", stop: "ev_b" };
const few: Scarcity = { kind: "too-few", n: 12, minN: 30, noun: "customer" };

/** One reason of every kind. */
const REASONS: readonly UndecidedReason[] = [
  { kind: "expectation-on-other-clock", question: "q_wait", customerClock: other, standardClock: clock },
  { kind: "expectation-scarce", question: "q_wait", scope: [{ key: "area", value: "urban" }], scarcity: few },
  { kind: "clock-without-cases", standardClock: clock, customerClock: other },
  { kind: "customer-clock-scarce", customerClock: other, scarcity: { kind: "too-few", n: 0, minN: 30, noun: "case" } },
  { kind: "clock-confounded", standardStart: "ev_a", customerStart: "ev_c", onTime: 0.8123, required: 0.95 },
  { kind: "perception-scarce", scarcity: few },
  { kind: "servqual-scarce", perception: "q_p", expectation: "q_e", scarcity: { kind: "too-few-units" } },
  { kind: "metric-as-value", metric: "m_bill" },
  { kind: "no-case-records" },
  { kind: "no-calendar", cases: 800 },
  { kind: "compliance-scarce", scarcity: { kind: "too-few", n: 1, minN: 30, noun: "case" } },
  { kind: "internal-scarce", rater: "crew_leader", scarcity: { kind: "too-few", n: 4, minN: 10, noun: "staff-answer" } },
];

/** One need of every kind. */
const NEEDS: readonly UndecidedNeed[] = [
  { kind: "expectation-on-standard-clock" },
  { kind: "customers-answering", n: 30, questions: ["q_a", "q_b"], inScope: true },
  { kind: "customers-answering-both", n: 30, perception: "q_p", expectation: "q_e" },
  { kind: "case-records", events: ["ev_a", "ev_b", "ev_c"] },
  { kind: "case-records-for-clock", clock },
  { kind: "cases-with-events", n: 30, events: ["ev_c", "ev_a", "ev_b"] },
  { kind: "cases-with-clock", n: 30, scope: [{ key: "area", value: "urban" }], clock },
  { kind: "compliance-first" },
  { kind: "case-values", metric: "m_bill" },
  { kind: "staff-answering", n: 10, rater: "crew_leader", questions: ["q_a"] },
];

const asWritten = (id: string): string => id;
const named = (id: string): string => `“${id.toUpperCase()}”`;

describe("undecided items as typed messages", () => {
  it("write the English the attribution has always written", () => {
    expect(undecidedReasonText(UNDECIDED_EN, REASONS[0]!, asWritten)).toBe(
      "customers answer q_wait counting from ev_c to ev_b, the standard counts from ev_a to ev_b, so the threshold is not compared with their answers (the clock is tested instead)",
    );
    expect(undecidedReasonText(UNDECIDED_EN, REASONS[1]!, asWritten)).toBe(
      "customers' expectation q_wait in area=urban: only 12 customers; at least 30 are needed for a reliable estimate",
    );
    expect(undecidedReasonText(UNDECIDED_EN, REASONS[4]!, asWritten)).toBe(
      "the standard counts from ev_a, customers from ev_c, but it is missed on its own clock too (81.2% on time against 95%), which confounds the clock's own effect",
    );
    expect(undecidedReasonText(UNDECIDED_EN, REASONS[10]!, asWritten)).toBe("compliance: only 1 case; at least 30 are needed for a reliable estimate");
    expect(undecidedNeedText(UNDECIDED_EN, NEEDS[5]!, asWritten)).toBe("at least 30 cases with the events ev_c, ev_a and ev_b");
    expect(undecidedNeedText(UNDECIDED_EN, NEEDS[6]!, asWritten)).toBe("at least 30 cases in area=urban with both events ev_a and ev_b");
    expect(undecidedNeedText(UNDECIDED_EN, NEEDS[9]!, asWritten)).toBe("at least 10 crew_leader staff answering q_a");
  });

  it("word every reason and need in Chinese, with every id by its name and no English left", () => {
    const zh = wordsFor("zh").undecided;
    for (const r of REASONS) {
      const text = undecidedReasonText(zh, r, named);
      // Ids are upper-cased by `named`; SERVQUAL and the calendar option's name are the only Latin words kept.
      expect(text.replace(/“[^”]*”|SERVQUAL|calendar/g, ""), r.kind).not.toMatch(/[a-z]{2,}/);
      expect(text.length).toBeGreaterThan(4);
    }
    for (const n of NEEDS) expect(undecidedNeedText(zh, n, named).replace(/“[^”]*”/g, ""), n.kind).not.toMatch(/[a-z]{2,}/);
    expect(undecidedNeedText(zh, NEEDS[5]!, named)).toBe("至少30个记录了“EV_C”、“EV_A”和“EV_B”的工单");
    expect(scarcityText(zh, few)).toBe("仅有12个样本，可靠估计至少需要30个");
  });

  it("tell too few observations from too few sampled units", () => {
    expect(scarcityOf({ n: 12, minN: 30 }, "case")).toEqual({ kind: "too-few", n: 12, minN: 30, noun: "case" });
    expect(scarcityOf({ n: 40, minN: 30 }, "case")).toEqual({ kind: "too-few-units" });
    expect(scarcityText(UNDECIDED_EN, { kind: "too-few-units" })).toBe("at least 2 sampled units are needed for a standard error");
  });

  it("keep the English text beside the typed reason and need", () => {
    const u = undecidedItem("std_a", "standard", { kind: "no-case-records" }, { kind: "case-records-for-clock", clock });
    expect(u).toMatchObject({ subject: "std_a", kind: "standard", reason: "no case records", needs: "case records with the events ev_a and ev_b" });
    expect(u.why).toEqual({ kind: "no-case-records" });
  });

  it("say what would settle an unexplained gap in both languages", () => {
    const items: readonly SettleItem[] = [
      { kind: "internal-ratings", step: "s_dispatch", owner: "dispatcher" },
      { kind: "standard", standard: "std_a", need: { kind: "expectation-on-standard-clock" } },
    ];
    expect(items.map(settleEnglish)).toEqual([
      "internal customers' ratings of step s_dispatch (owned by dispatcher)",
      "an expectation question on the standard's own clock, to test the threshold itself (standard std_a)",
    ]);
  });
});
