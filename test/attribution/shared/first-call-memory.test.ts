/**
 * What the first call shares or reuses to allocate less, and that it changes no number: questions answered by the
 * same respondents share their respondent and weight columns; a case list's [event, time] pairs are read as given
 * (a repeated event still keeps its last time, as a Map made from the list would); the regression's scratch,
 * reused from fit to fit, gives the same fit as a fresh one.
 */
import { describe, expect, it } from "vitest";
import { caseView, surveyView, type CaseRecord } from "../../../src/attribution/shared/inputs.js";
import { fitWeightedRegression } from "../../../src/stats/fit-weighted-regression.js";
import { collectResponses } from "../../../src/data/dataset.js";
import { airlineData, airlineStudy } from "../../../bench/airline.js";

describe("first call, fewer copies", () => {
  it("shares respondent and weight columns between questions with the same respondents, values apart", () => {
    // The airline bench's passengers answer every question (the simulated studies' respondents differ by question).
    const study = airlineStudy();
    const table = collectResponses(study, airlineData(300).rows);
    const view = surveyView(table);
    const answers = table.questions.map((q) => view.answers(q));
    // The first question with answers is always a candidate: every later one with its respondents shares them.
    const ref = answers.find((a) => a.respondent.length > 0)!;
    const same = answers.filter((b) => b !== ref && b.respondent.length === ref.respondent.length && b.respondent.every((r, k) => r === ref.respondent[k]));
    expect(same.length).toBeGreaterThan(0);
    for (const b of same) {
      expect(b.respondent).toBe(ref.respondent);
      expect(b.weight).toBe(ref.weight);
      expect(b.value).not.toBe(ref.value);
    }
    // Every column still holds its own question's respondents and weights.
    const fresh = surveyView(structuredClone(table));
    table.questions.forEach((q, i) => expect(fresh.answers(q)).toEqual(answers[i]));
  });

  it("reads a case's pairs as given, and a repeated event as a Map of them would (the last time)", () => {
    const t0 = Date.parse("2026-01-01T00:00:00Z");
    const cases: CaseRecord[] = [
      { id: "a", events: [["start", t0], ["stop", t0 + 3_600_000]] },
      { id: "b", events: [["start", t0], ["stop", t0 + 60_000], ["stop", t0 + 7_200_000]] },
    ];
    const d = caseView(cases).durations({ start: "start", stop: "stop" }, "h");
    expect([...d.values]).toEqual([1, 2]);
    expect(caseView(cases).time?.(1, "stop")).toBe(t0 + 7_200_000);
  });

  it("gives the same fit after a larger and a smaller one (the reused scratch)", () => {
    const rows = (n: number, s: number): { y: number[]; x: number[][]; w: number[] } => {
      const x = [Array.from({ length: n }, (_, i) => ((i * 7 + s) % 11) / 3), Array.from({ length: n }, (_, i) => ((i * 5 + s) % 13) / 2)];
      const y = x[0]!.map((v, i) => 1 + 0.5 * v - 0.25 * x[1]![i]! + ((i * 3) % 7) / 10);
      return { y, x, w: Array.from({ length: n }, (_, i) => 1 + (i % 3)) };
    };
    const small = rows(40, 1);
    const large = rows(400, 2);
    const first = fitWeightedRegression(small.y, small.x, small.w);
    fitWeightedRegression(large.y, large.x, large.w);
    fitWeightedRegression(rows(10, 3).y, [rows(10, 3).x[0]!], undefined);
    expect(fitWeightedRegression(small.y, small.x, small.w)).toEqual(first);
  });
});
