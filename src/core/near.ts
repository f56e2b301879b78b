/**
 * Near misses: which known id a typed name was probably meant to be (`q_hourz` for `q_hours`), so a message can
 * say "did you mean" and a reader does not take a misspelt question column for something else.
 * @module
 */

/**
 * The edit distance between two strings (insertions, deletions, substitutions, each 1), stopping early once it
 * exceeds `limit`.
 *
 * @param a - one string.
 * @param b - the other.
 * @param limit - the largest distance of interest; a larger one is reported as `limit + 1`.
 * @returns the Levenshtein distance, or `limit + 1` when it is larger than `limit`.
 * @example
 * ```ts
 * editDistance("q_hourz", "q_hours"); // 1
 * ```
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  // Every row can stay within the limit while the last cell goes over it (" u" and "u! ": 3 with limit 1).
  const d = prev[b.length] as number;
  return d > limit ? limit + 1 : d;
}

/**
 * The known name a typed one was probably meant to be: equal but for case, spaces, `-` and `_`, or within a small
 * edit distance (1 for names of up to 5 characters, 2 for longer ones). The typed name itself, if known, is not a
 * near miss.
 *
 * @param name - what was typed.
 * @param known - the names it may have meant.
 * @returns the nearest known name, or `undefined` when none is near (or two are equally near).
 * @example
 * ```ts
 * nearMiss("q_hourz", ["q_hours", "q_timely"]); // "q_hours"
 * nearMiss("area", ["q_hours", "q_timely"]);    // undefined
 * ```
 */
export function nearMiss(name: string, known: Iterable<string>): string | undefined {
  const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, "");
  const limit = name.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestD = limit + 1;
  let tie = false;
  for (const k of known) {
    if (k === name) return undefined;
    const d = squash(k) === squash(name) ? 0 : editDistance(name, k, limit);
    if (d < bestD) {
      best = k;
      bestD = d;
      tie = false;
    } else if (d === bestD && d <= limit) tie = true;
  }
  return bestD <= limit && !tie ? best : undefined;
}
