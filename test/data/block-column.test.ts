/** Block columns: the values appended, in order, at the exact length, across block edges. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BlockColumn } from "../../src/data/block-column.js";

describe("BlockColumn", () => {
  it("gives back the values appended, in order, whatever the block sizes", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 300 }), fc.constantFrom(1, 2, 4, 8, 64, 1 << 16), fc.constantFrom(1, 2, 3, 1024), (values, largest, first) => {
        const col = new BlockColumn((n) => new Float64Array(n), largest, Math.min(first, largest));
        for (const v of values) col.push(v);
        expect(col.length).toBe(values.length);
        const out = col.toArray();
        expect(out).toBeInstanceOf(Float64Array);
        expect(Array.from(out)).toEqual(values);
        // Emptied: nothing left to give.
        expect(col.length).toBe(0);
        expect(col.toArray().length).toBe(0);
      }),
    );
  });

  it("stores values as its array type does", () => {
    const col = new BlockColumn((n) => new Uint8Array(n), 2);
    for (const v of [0, 255, 256, 3]) col.push(v);
    expect(Array.from(col.toArray())).toEqual([0, 255, 0, 3]);
  });

  it("can be filled again once toArray has emptied it (values were lost: the empty block doubled to 0)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double(), { maxLength: 40 }), { maxLength: 4 }), fc.constantFrom(1, 4, 16), (rounds, largest) => {
        const col = new BlockColumn((n) => new Float64Array(n), largest, 1);
        for (const values of rounds) {
          for (const v of values) col.push(v);
          expect(Array.from(col.toArray())).toEqual(values);
        }
      }),
    );
  });

  it("keeps NaN and -0, and the exact length at multiples of the block size", () => {
    for (const n of [0, 1, 1023, 1024, 1025, 3072, 1 << 16, (1 << 16) + 1]) {
      const col = new BlockColumn((k) => new Float64Array(k));
      for (let i = 0; i < n; i++) col.push(i % 3 === 0 ? Number.NaN : i % 3 === 1 ? -0 : i);
      const out = col.toArray();
      expect(out.length).toBe(n);
      let wrong = 0;
      for (let i = 0; i < n; i++) if (!Object.is(out[i], i % 3 === 0 ? Number.NaN : i % 3 === 1 ? -0 : i)) wrong++;
      expect(wrong).toBe(0);
    }
  });
});
