import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studyFingerprint } from "../../../src/attribution/shared/study-fingerprint.js";
import type { Study } from "../../../src/model/study.js";
import { bundled } from "../helpers.js";

/** A "study" whose one part is the value, to fingerprint any value. */
const of = (v: unknown): string => studyFingerprint({ standards: v } as unknown as Study, "standards");

describe("studyFingerprint", () => {
  it("gives the same fingerprint for the same parts (a copy too), and a new one after an edit in place", () => {
    const study = structuredClone(bundled);
    const a = studyFingerprint(study, "standards", "metrics", "events");
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(studyFingerprint(study, "standards", "metrics", "events")).toBe(a);
    expect(studyFingerprint(structuredClone(study), "standards", "metrics", "events")).toBe(a);
    expect(studyFingerprint(study, "standards")).not.toBe(a);
    const s = study.standards[0];
    if (s === undefined) throw new Error("the study has a standard");
    (s as { threshold: number }).threshold += 1;
    const c = studyFingerprint(study, "standards", "metrics", "events");
    expect(c).not.toBe(a);
    (s as { threshold: number }).threshold -= 1;
    expect(studyFingerprint(study, "standards", "metrics", "events")).toBe(a);
  });

  it("changes with each kind of edit a cache must see: a nested value, a key, a length, a kind", () => {
    const study = structuredClone(bundled);
    const parts = ["evaluationPoints", "themeMap", "standards", "metrics"] as const;
    const before = studyFingerprint(study, ...parts);
    const point = study.evaluationPoints[0] as unknown as Record<string, unknown>;
    const edits: [() => void, () => void][] = [
      [() => (point["id"] = `${String(point["id"])}x`), () => (point["id"] = String(point["id"]).slice(0, -1))],
      [() => (point["extra"] = 1), () => delete point["extra"]],
      [() => (study.metrics as unknown[]).push(study.metrics[0]), () => (study.metrics as unknown[]).pop()],
    ];
    for (const [edit, undo] of edits) {
      edit();
      expect(studyFingerprint(study, ...parts)).not.toBe(before);
      undo();
      expect(studyFingerprint(study, ...parts)).toBe(before);
    }
    expect(of([1])).not.toBe(of(["1"]));
    expect(of([])).not.toBe(of({}));
    expect(of(["ab", "c"])).not.toBe(of(["a", "bc"]));
    expect(of({ a: 1, b: 2 })).not.toBe(of({ a: 1 }));
    expect(of([null])).not.toBe(of([undefined]));
    expect(of(0.1 + 0.2)).not.toBe(of(0.3));
    expect(of(new Date(0))).not.toBe(of(new Date(0).toISOString()));
    expect(of("\ud800")).not.toBe(of("\udc00"));
  });

  it("is MurmurHash3_x86_128 (smhasher's reference code, seed 0x9747b28c) of the walk's 32-bit words, little-endian", () => {
    // The words: 1 part; its name (9 code units, two to a word); the value's kind, then its contents. The digests were
    // computed by the reference C code (which gives SMHasher's verification value 0xB3ECE62A) on these words' bytes,
    // printed h1..h4: 8 words (two blocks), 9 (a one-word tail) and 11 (a three-word tail).
    expect(of(undefined)).toBe("da69052591c5773964529a7e28dd50f6");
    expect(of("")).toBe("516472e0b1c13809e3df135e620a4db2");
    expect(of("abc")).toBe("35350bc7067ae59f8e2bc72ca8496e3c");
  });

  it("throws JSON's TypeError for a cycle, as the JSON text did, and takes a deep value (past the walk's depth)", () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(() => of(cycle)).toThrow(TypeError);
    const deep = (leaf: unknown): unknown => Array.from({ length: 1000 }).reduce((x: unknown) => ({ x }), leaf);
    expect(of(deep(1))).toBe(of(deep(1)));
    expect(of(deep(1))).not.toBe(of(deep(2)));
    expect(of(deep(undefined))).not.toBe(of(deep(null)));
  });

  it("agrees with the JSON text it replaced: equal texts, equal fingerprints; different texts, different ones", () => {
    const value = fc.jsonValue({ maxDepth: 4, noNegativeZero: true } as Parameters<typeof fc.jsonValue>[0]);
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(of(structuredClone(a))).toBe(of(a));
        expect(of(a) === of(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 500 },
    );
  });
});
