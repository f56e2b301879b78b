/** The three shape fixtures of issue 10 item 3 (test/fixtures/shapes): studies and data, shared by the attribution and report tests. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { casesFromCsv, type CaseRecords } from "../../src/data/cases.js";
import { parseStudy } from "../../src/study/validate/index.js";

export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/shapes/${name}`, import.meta.url), "utf8");
export const casesStudy = parseStudy(parse(fixture("cases-only.study.yaml")));
export const servqualStudy = parseStudy(parse(fixture("servqual.study.yaml")));
export const internalStudy = parseStudy(parse(fixture("internal.study.yaml")));
export const calls = (): CaseRecords => casesFromCsv(casesStudy, fixture("calls.csv"));

const cycle = (n: number, pattern: readonly number[]): number[] => Array.from({ length: n }, (_, i) => pattern[i % pattern.length] as number);

/** 120 kiosk users: kiosk speed perceived well below expectation, help in the hall as expected. */
export function servqualRows(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const e01 = cycle(120, [7, 6, 7, 6]);
  const p01 = cycle(120, [3, 4, 2, 4, 3]);
  const e02 = cycle(120, [6, 5, 6, 5]);
  const p02 = cycle(120, [6, 5, 5, 6]);
  for (let i = 0; i < 120; i++)
    for (const [q, v] of [["e01", e01[i]], ["p01", p01[i]], ["e02", e02[i]], ["p02", p02[i]]] as const)
      out.push({ respondent: `u${i}`, question: q, value: v, audience: "external", wave: "2026H1" });
  return out;
}

/** Staff ratings only: crews rate dispatch low (below the target of 80), agents rate repair crews well. */
export function internalRows(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  cycle(24, [2, 3, 2, 3, 3, 2]).forEach((v, i) => out.push({ respondent: `crew${i}`, question: "q_dispatch_crew", value: v, audience: "internal", post: "crew" }));
  cycle(30, [5, 5, 4, 5]).forEach((v, i) => out.push({ respondent: `agent${i}`, question: "q_repair_agent", value: v, audience: "internal", post: "agent" }));
  return out;
}

