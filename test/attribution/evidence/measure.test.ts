import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSharedIndex, pShareTwoSided, pTwoSided, respondentIndex, toIndex } from "../../../src/attribution/evidence/measure.js";
import type { QuestionAnswers } from "../../../src/attribution/shared/inputs.js";
import type { Question } from "../../../src/model/study.js";
import { scaleRange } from "../../../src/data/study-index.js";

describe("two-sided p-values", () => {
  it("match R's 2 * pt(-|t|, df) and 2 * pnorm(-|z|)", () => {
    expect(pTwoSided(70, 2, 75, 20)).toBeCloseTo(0.0212335454391324, 13);
    expect(pTwoSided(80, 2, 75, 20)).toBeCloseTo(0.0212335454391324, 13);
    expect(pTwoSided(70, 2, 75, null)).toBeCloseTo(0.0124193306515523, 13);
    expect(pTwoSided(-1.3, 0.4, 0, 210)).toBeCloseTo(0.00134403972385233, 14);
    expect(pShareTwoSided(0.7, 100, 0.8)).toBeCloseTo(0.0124193306515522, 13);
    expect(pShareTwoSided(0.9, 100, 0.8)).toBeCloseTo(0.0124193306515522, 13);
  });

  it("are symmetric about the reference, in [0, 1], and 1 without a usable standard error", () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true }), fc.integer({ min: 1, max: 500 }), (d, se, df) => {
        const a = pTwoSided(50 + d, se, 50, df);
        const b = pTwoSided(50 - d, se, 50, df);
        expect(Math.abs(a - b)).toBeLessThan(1e-12);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        // t is wider-tailed than the normal: never a smaller p.
        expect(a).toBeGreaterThanOrEqual(pTwoSided(50 + d, se, 50, null) - 1e-12);
      }),
    );
    expect(pTwoSided(NaN, 1, 0, 10)).toBe(1);
    expect(pTwoSided(1, Infinity, 0, 10)).toBe(1);
    expect(pTwoSided(1, 0, 1, 10)).toBe(1);
    expect(pTwoSided(1, 0, 0, 10)).toBe(0);
  });
});

describe("a one-question index from answers of any view", () => {
  it("is each answer on the index, read from the answers' own columns (a view with no source), which it never writes", () => {
    const q = { id: "q1", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "q1" } as unknown as Question;
    const answers: QuestionAnswers = {
      respondent: Uint32Array.from([0, 2, 3, 5, 8]),
      value: Float64Array.from([1, NaN, 5, 3, 4]),
      weight: Float64Array.from([1, 2, 0.5, 1.5, 3]),
    };
    const copy = { respondent: Uint32Array.from(answers.respondent), value: Float64Array.from(answers.value), weight: Float64Array.from(answers.weight) };
    const idx = respondentIndex([q], () => answers);
    expect(isSharedIndex(idx)).toBe(true);
    expect([...idx.respondent]).toEqual([0, 3, 5, 8]);
    expect([...idx.value]).toEqual([1, 5, 3, 4].map((v) => toIndex(q, v)));
    expect([...idx.weight]).toEqual([1, 0.5, 1.5, 3]);
    expect(answers).toEqual(copy);
    // Every answer on the index: the answers' respondent and weight columns are the index's (read only).
    const whole: QuestionAnswers = { respondent: Uint32Array.from([1, 4]), value: Float64Array.from([2, 3]), weight: Float64Array.from([1, 1]) };
    const w = respondentIndex([q], () => whole);
    expect(w.respondent).toBe(whole.respondent);
    expect(w.weight).toBe(whole.weight);
    expect([...w.value]).toEqual([25, 50]);
  });
});

describe("an index over several questions", () => {
  const question = (id: string, points: number): Question =>
    ({ id, audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points }, text: id }) as unknown as Question;
  // A respondent's answers (a respondent may answer a question twice, or with no value on the index).
  const answer = fc.record({ r: fc.integer({ min: 0, max: 30 }), v: fc.oneof(fc.integer({ min: 1, max: 7 }), fc.constant(NaN), fc.double({ min: 1, max: 5, noNaN: true })), w: fc.double({ min: 0.1, max: 3, noNaN: true }) });
  const columns = (list: readonly { r: number; v: number; w: number }[]): QuestionAnswers => ({
    respondent: Uint32Array.from(list.map((a) => a.r)),
    value: Float64Array.from(list.map((a) => a.v)),
    weight: Float64Array.from(list.map((a) => a.w)),
  });

  it("from answers in rank order (merged) is the one summed in columns indexed by rank, to the bit", () => {
    fc.assert(
      fc.property(fc.array(fc.array(answer, { maxLength: 40 }), { minLength: 2, maxLength: 4 }), (lists) => {
        const questions = lists.map((_, k) => question(`q${k}`, 5 + (k % 3)));
        const sorted = lists.map((l) => columns([...l].sort((a, b) => a.r - b.r)));
        const byId = new Map(questions.map((q, k) => [q.id, sorted[k] as QuestionAnswers]));
        const merged = respondentIndex(questions, (q) => byId.get(q.id) as QuestionAnswers);
        // One more question whose answers are out of rank order and none on the index (NaN): the same sums, made
        // in columns indexed by rank, as every index was made before.
        const extra = question("unordered", 5);
        byId.set(extra.id, columns([{ r: 3, v: NaN, w: 1 }, { r: 1, v: NaN, w: 1 }]));
        const dense = respondentIndex([...questions, extra], (q) => byId.get(q.id) as QuestionAnswers);
        expect(merged.respondent).toEqual(dense.respondent);
        expect(merged.weight).toEqual(dense.weight);
        expect(merged.value).toEqual(dense.value);
        expect(Buffer.from(merged.value.buffer).equals(Buffer.from(dense.value.buffer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // The definition, one respondent at a time: answers on the index summed question by question, each question's in
  // its own order, the weight of the first; the rows by rank. Both routes (answers in rank order merged, any other
  // order summed in columns) must give it to the bit.
  const reference = (questions: readonly Question[], byId: ReadonlyMap<string, QuestionAnswers>) => {
    const acc = new Map<number, { sum: number; count: number; w: number }>();
    for (const q of questions) {
      const { min, max } = scaleRange(q.scale);
      const a = byId.get(q.id) as QuestionAnswers;
      for (let i = 0; i < a.respondent.length; i++) {
        const x = (((a.value[i] as number) - (min as number)) / ((max as number) - (min as number))) * 100;
        if (!Number.isFinite(x)) continue;
        const r = a.respondent[i] as number;
        const s = acc.get(r);
        if (s === undefined) acc.set(r, { sum: 0 + x, count: 1, w: a.weight[i] as number });
        else {
          s.sum += x;
          s.count++;
        }
      }
    }
    const ranks = [...acc.keys()].sort((x, y) => x - y);
    return {
      respondent: Uint32Array.from(ranks),
      value: Float64Array.from(ranks, (r) => (acc.get(r)?.sum ?? 0) / (acc.get(r)?.count ?? 1)),
      weight: Float64Array.from(ranks, (r) => acc.get(r)?.w ?? 1),
    };
  };

  it("is, in rank order or not, each respondent's sum over questions in order divided by the count (to the bit)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(answer, { maxLength: 40 }), { minLength: 2, maxLength: 4 }), fc.boolean(), (lists, sort) => {
        const questions = lists.map((_, k) => question(`q${k}`, 5 + (k % 3)));
        const byId = new Map(questions.map((q, k) => [q.id, columns(sort ? [...(lists[k] ?? [])].sort((a, b) => a.r - b.r) : (lists[k] ?? []))]));
        const got = respondentIndex(questions, (q) => byId.get(q.id) as QuestionAnswers);
        const want = reference(questions, byId);
        expect(got.respondent).toEqual(want.respondent);
        expect(Buffer.from(got.weight.buffer).equals(Buffer.from(want.weight.buffer))).toBe(true);
        expect(Buffer.from(got.value.buffer).equals(Buffer.from(want.value.buffer))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is each respondent's mean over the answers on the index, with the weight of the first", () => {
    const a = question("a", 5);
    const b = question("b", 3);
    const byId = new Map<string, QuestionAnswers>([
      ["a", columns([{ r: 0, v: 5, w: 2 }, { r: 2, v: NaN, w: 9 }, { r: 2, v: 3, w: 1.5 }])],
      ["b", columns([{ r: 1, v: 1, w: 4 }, { r: 2, v: 3, w: 7 }])],
    ]);
    const idx = respondentIndex([a, b], (q) => byId.get(q.id) as QuestionAnswers);
    expect([...idx.respondent]).toEqual([0, 1, 2]);
    expect([...idx.value]).toEqual([100, 0, (50 + 100) / 2]);
    expect([...idx.weight]).toEqual([2, 4, 1.5]);
  });
});
