/** The answered-yet pairs of a response load: the same answers as a set of joined keys, sparse pages or bits. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnsweredSet } from "../../src/data/answered-set.js";

describe("AnsweredSet", () => {
  it("holds exactly the pairs added, with few questions (bits) and many (hash sets that turn into bits)", () => {
    const pairs = (questions: number) =>
      fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 20_000 })), fc.integer({ min: 0, max: questions - 1 })), { maxLength: 400 });
    for (const questions of [1, 31, 33, 600, 5_300]) {
      fc.assert(
        fc.property(pairs(questions), pairs(questions), (added, asked) => {
          const set = new AnsweredSet(questions);
          const want = new Set<string>();
          for (const [r, q] of added) {
            expect(set.has(r, q)).toBe(want.has(`${r}/${q}`));
            set.add(r, q);
            want.add(`${r}/${q}`);
            expect(set.has(r, q)).toBe(true);
          }
          for (const [r, q] of [...added, ...asked]) expect(set.has(r, q)).toBe(want.has(`${r}/${q}`));
        }),
        { numRuns: 60 },
      );
    }
  });

  it("keeps the pairs when a page's hash set grows past the size of its bits and becomes bits", () => {
    // 600 questions: a page's bits are 4,096 × 19 words; its hash set turns into them past 38,912 slots.
    const set = new AnsweredSet(600);
    const want: [number, number][] = [];
    for (let r = 0; r < 4_096; r++) for (let k = 0; k < 12; k++) want.push([r, (r * 7 + k * 53) % 600]);
    for (const [r, q] of want) set.add(r, q);
    for (const [r, q] of want) expect(set.has(r, q)).toBe(true);
    let extra = 0;
    for (let r = 0; r < 4_096; r += 97) for (let q = 0; q < 600; q++) if (set.has(r, q)) extra++;
    // Only the pairs added (12 distinct questions per respondent) are there.
    expect(extra).toBe(Math.ceil(4_096 / 97) * 12);
  });
});
