/** Test helper: fast-check generators for weighted rows and splits of them. */
import fc from "fast-check";

/** A weighted row: a value on a modest scale and a weight, sometimes 0. */
export const weightedRow = fc.record({
  y: fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }),
  w: fc.oneof(
    { weight: 9, arbitrary: fc.double({ min: 0.01, max: 50, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constant(0) },
  ),
});

/** Rows on a discrete 0–10 scale. */
export const discreteRow = fc.record({
  y: fc.integer({ min: 0, max: 10 }),
  w: fc.oneof(
    { weight: 9, arbitrary: fc.double({ min: 0.01, max: 50, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.constant(0) },
  ),
});

/**
 * Rows, plus a split of them: each row's piece index, and the order in which the pieces are merged.
 * Pieces may be empty.
 */
export function rowsWithSplit<T>(row: fc.Arbitrary<T>) {
  return fc
    .array(row, { minLength: 0, maxLength: 60 })
    .chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        pieceOf: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: rows.length, maxLength: rows.length }),
        mergeOrder: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        tree: fc.boolean(),
      }),
    );
}

/** Merge a list of summaries either left to right or as a balanced tree. */
export function mergeAll<S>(parts: S[], merge: (a: S, b: S) => S, empty: () => S, tree: boolean): S {
  if (!tree) return parts.reduce((acc, p) => merge(acc, p), empty());
  let level = parts.length === 0 ? [empty()] : parts;
  while (level.length > 1) {
    const next: S[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? merge(level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!;
}

/** Relative-or-scaled closeness for sums that can legitimately be ~0. */
export function near(a: number, b: number, scale: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * (Math.abs(b) + scale);
}
