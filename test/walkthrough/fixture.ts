/** The two bundled studies the walkthrough tests run on, loaded once. */
import { loadStudyFileSync } from "../../src/node/study-file.js";
import type { Study } from "../../src/model/study.js";

function load(name: string): Study {
  const report = loadStudyFileSync(new URL(`../../examples/studies/${name}`, import.meta.url).pathname);
  if (report.study === undefined || !report.ok) throw new Error(`${name} does not load`);
  return report.study;
}

export const training = load("training.study.yaml");
export const utility = load("power-utility.study.yaml");

/** A deep copy of a study, to tweak in a test. */
export function copy(study: Study): Study {
  return structuredClone(study);
}

/** The level-2 and level-3 headings of a script, in order. */
export function headings(md: string, level: number): string[] {
  const prefix = `${"#".repeat(level)} `;
  return md.split("\n").filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

/** The lines of the section under a heading (up to the next heading of the same or a higher level). */
export function section(md: string, heading: string): string[] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.replace(/^#+ /, "") === heading || l.startsWith(`${heading}`));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start] ?? "")?.[0].length ?? 1;
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    const m = /^#+/.exec(l);
    if (m !== null && m[0].length <= level) break;
    out.push(l);
  }
  return out;
}
