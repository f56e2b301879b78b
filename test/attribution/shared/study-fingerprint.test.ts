import { describe, expect, it } from "vitest";
import { studyFingerprint } from "../../../src/attribution/shared/study-fingerprint.js";
import { bundled } from "../helpers.js";

describe("studyFingerprint", () => {
  it("gives the same text for the same parts, and a new one after an edit in place", () => {
    const study = structuredClone(bundled);
    const a = studyFingerprint(study, "standards", "metrics", "events");
    const b = studyFingerprint(study, "standards", "metrics", "events");
    expect(b).toBe(a);
    expect(studyFingerprint(study, "standards")).not.toBe(a);
    const s = study.standards[0];
    if (s === undefined) throw new Error("the study has a standard");
    (s as { threshold: number }).threshold += 1;
    const c = studyFingerprint(study, "standards", "metrics", "events");
    expect(c).not.toBe(a);
    expect(c).toBe(JSON.stringify([study.standards, study.metrics, study.events]));
  });
});
