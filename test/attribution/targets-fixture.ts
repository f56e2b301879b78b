/** A county utility's survey for the target-cascade tests: seeded, with a known driver structure per wave. */
import { fileURLToPath } from "node:url";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import type { Study } from "../../src/model/study.js";

export const county: Study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/county-targets.study.yaml", import.meta.url))).study!;

/** The driver points of the county study and their true effects on overall satisfaction. */
export const TRUE_EFFECTS = { q_supply: 0.3, q_hall: 0.2, q_hotline: 0, q_problem: 0.25, q_reply: 0.1 } as const;

/** mulberry32: a small seeded generator, so the fixture is the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(r: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

/** Grids on which every driver's b × value is a whole number (exact fixtures). */
const GRID = { q_supply: 10, q_hall: 5, q_hotline: 1, q_problem: 4, q_reply: 10 } as const;

const clamp = (v: number): number => Math.max(0, Math.min(100, v));

export interface WaveSpec {
  readonly wave: string;
  /** Mean index of each driver question. */
  readonly means: Readonly<Record<keyof typeof TRUE_EFFECTS, number>>;
  readonly n: number;
  /** SD of overall satisfaction around its regression line (0: the regression is exact). */
  readonly noise: number;
  /** Intercept of overall satisfaction. */
  readonly intercept: number;
}

/** One customer per respondent: every driver question and the overall question, long rows. */
export function countyRows(specs: readonly WaveSpec[], seed = 1): Record<string, unknown>[] {
  const r = prng(seed);
  const rows: Record<string, unknown>[] = [];
  for (const s of specs)
    for (let i = 0; i < s.n; i++) {
      const id = `${s.wave}-${i}`;
      const common = normal(r) * 6;
      let overall = s.intercept;
      for (const [q, b] of Object.entries(TRUE_EFFECTS)) {
        // An exact regression needs whole-point overall answers: each driver on a grid where b × value is whole.
        const grid = s.noise === 0 ? GRID[q as keyof typeof TRUE_EFFECTS] : 1;
        const v = clamp(grid * Math.round((s.means[q as keyof typeof TRUE_EFFECTS] + common + normal(r) * 10) / grid));
        overall += b * v;
        rows.push({ respondent: id, wave: s.wave, audience: "external", question: q, value: v, weight: 1 + (i % 3) });
      }
      rows.push({ respondent: id, wave: s.wave, audience: "external", question: "q_overall", value: clamp(Math.round(overall + normal(r) * s.noise)), weight: 1 + (i % 3) });
    }
  return rows;
}

export function countyTable(specs: readonly WaveSpec[], seed = 1): ResponseTable {
  return collectResponses(county, countyRows(specs, seed));
}

/** The 2013 wave of the sources' utility: overall about 80, problem handling low. */
export const WAVE_2013: WaveSpec = { wave: "2013", means: { q_supply: 84, q_hall: 82, q_hotline: 78, q_problem: 55, q_reply: 72 }, n: 800, noise: 4, intercept: 17.45 };
