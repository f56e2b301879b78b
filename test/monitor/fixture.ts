/** The bundled power-utility study (it declares monitoring), loaded once, and small helpers for monitor tests. */
import { loadStudyFileSync } from "../../src/node/study-file.js";
import type { Study } from "../../src/model/study.js";

function load(name: string): Study {
  const report = loadStudyFileSync(new URL(`../../examples/studies/${name}`, import.meta.url).pathname);
  if (report.study === undefined || !report.ok) throw new Error(`${name} does not load`);
  return report.study;
}

export const utility = load("power-utility.study.yaml");
export const training = load("training.study.yaml");

/** A deep copy of a study, to tweak in a test. */
export function copy(study: Study): Study {
  return structuredClone(study);
}

/** 2026-01-05T00:00Z (a Monday) plus hours. */
export const at = (hours: number): number => Date.UTC(2026, 0, 5) + hours * 3_600_000;

/** `n` complaints of a kind spread evenly over one hour starting at `hour`. */
export function complaints(kind: string, hour: number, n: number, extra: Record<string, string> = {}): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => ({ type: "complaint", time: at(hour) + Math.floor(((i + 0.5) * 3_600_000) / n), kind, ...extra }));
}
