/**
 * What a cache kept per study object reads of it, as text: a study edited in place between two calls (a notebook
 * changing a threshold or moving a point) then gets fresh figures, as a fresh copy of it would. Studies are meant to
 * be treated as immutable, but a stale answer after an edit would be a silent wrong result, so the caches check.
 * About 10 ms for the parts of a 20,000-step study; a repeat call on it takes a few hundred.
 * @internal
 * @module
 */
import type { Study } from "../../model/study.js";

/**
 * The parts of a study a cache depends on, as JSON text (equal text, equal parts).
 *
 * @param study - the study.
 * @param parts - the top-level fields the cached figures read.
 * @returns the text.
 * @example
 * ```ts
 * studyFingerprint(study, "standards", "metrics");
 * ```
 */
export function studyFingerprint(study: Study, ...parts: readonly (keyof Study)[]): string {
  const text = JSON.stringify(parts.map((k) => study[k]));
  // The caches of one study (figures, exposures) keep the same parts' text: one copy of it, not one per cache
  // (about 2 MB each at 20,000 steps). An equal text is the same fingerprint, so which copy is kept changes nothing.
  const key = parts.join("\u0000");
  let byParts = kept.get(study);
  if (byParts === undefined) kept.set(study, (byParts = new Map()));
  const previous = byParts.get(key);
  if (previous === text) return previous;
  byParts.set(key, text);
  return text;
}

/** The last text made per study and parts, so equal texts share one string. */
const kept = new WeakMap<Study, Map<string, string>>();
