/**
 * Fixtures for the report writers on graded links: a small reconnection study (test/fixtures/studies/mini.study.yaml
 * with a settlement standard added) and data where the truth is known by construction. Late reconnections lower
 * their own customers' ratings by 2 points on the 5-point scale (50 index points); the clerk's late settlements
 * are frequent but harmless; the reconnection crew rates the settlement support far below target. With survey
 * responses linked to their work orders the reconnection miss is measured and gets a share; without links nothing
 * is measured, so every link is a possible cause to test (internal chain or structural) with no percentage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import type { CaseRecord } from "../../src/attribution/shared/inputs.js";
import type { CustomerDissatisfaction } from "../../src/attribution/shared/findings.js";
import { collectResponses } from "../../src/data/dataset.js";
import type { Study } from "../../src/model/study.js";
import { parseStudy } from "../../src/study/validate/index.js";
import { isoWithOffset } from "../../src/simulate/rows.js";

const H = 3_600_000;

/** The mini study with a second standard upstream: arrears settled within 2 hours of payment, by the clerk. */
export function reconnectionStudy(): Study {
  return parseStudy(reconnectionStudyInput());
}

/** The study as plain data, before validation (for writing it to a file). */
export function reconnectionStudyInput(): Record<string, unknown> & { metrics: unknown[]; standards: unknown[] } {
  const raw = parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8"));
  raw.metrics.push({ id: "settle_time", name: { en: "Time to settle", zh: "结清时长" }, step: "settle", unit: "h", clock: { start: "paid", stop: "settled" } });
  raw.standards.push({
    id: "settle_2h",
    text: { en: "Arrears settled within 2 hours of payment", zh: "缴费后2小时内结清" },
    metric: "settle_time",
    unit: "h",
    threshold: 2,
    better: "lower",
    clock: { start: "paid", stop: "settled" },
    compliance: 0.95,
    owner: { post: "standards_officer" },
    steps: ["settle"],
    source: "§4",
  });
  return raw;
}

/** How each external respondent names its case: `k<i>` (linked), or a broken link for some. */
export type LinkOf = (i: number) => string;

/** Responses (600 customers, 30 crew members) and 600 cases; `link` says which case each customer names. */
export function reconnectionData(study: Study, link: LinkOf) {
  const { rows, cases } = reconnectionRows(link);
  return { responses: collectResponses(study, rows), cases };
}

/** The rows and case records behind {@link reconnectionData}. */
export function reconnectionRows(link: LinkOf): { rows: Record<string, unknown>[]; cases: CaseRecord[] } {
  const rows: Record<string, unknown>[] = [];
  const cases: CaseRecord[] = [];
  for (let i = 0; i < 600; i++) {
    const lateRecon = i % 10 < 3;
    const lateSettle = i % 7 < 2;
    // Two areas, alike in everything: the estimate is compared within each (and says so).
    const area: [string, string][] = [["area", Math.floor(i / 10) % 2 === 0 ? "north" : "south"]];
    rows.push({ respondent: `c${String(i).padStart(4, "0")}`, question: "q_recon_sat", value: lateRecon ? 1 + (i % 2) : 3 + (i % 2), audience: "external", case: link(i), segment: area });
    const paid = i * H;
    const settled = paid + (lateSettle ? 5 : 1) * H;
    cases.push({ id: `k${i}`, events: [["paid", paid], ["settled", settled], ["reconnected", settled + (lateRecon ? 30 : 10) * H]] });
  }
  for (let j = 0; j < 30; j++) rows.push({ respondent: `s${j}`, question: "q_settle_crew", value: 1 + (j % 2), audience: "internal", post: "crew" });
  return { rows, cases };
}

/** Write the study (study.yaml), its responses (responses.csv, with a case and an area column) and cases (cases.csv) into a folder. */
export function writeReconnectionFiles(dir: string, link: LinkOf): void {
  writeFileSync(join(dir, "study.yaml"), stringify(reconnectionStudyInput()));
  const { rows, cases } = reconnectionRows(link);
  const cell = (v: unknown): string => String(v ?? "");
  const responses = rows.map((r) => {
    const area = (r.segment as [string, string][] | undefined)?.[0]?.[1] ?? "";
    return [r.respondent, r.question, r.value, r.audience, r.post, r.case, area].map(cell).join(",");
  });
  writeFileSync(join(dir, "responses.csv"), `respondent,question,value,audience,post,case,area\n${responses.join("\n")}\n`);
  const events = cases.flatMap((c) => (c.events as readonly (readonly [string, number])[]).map(([e, ms]) => `${c.id},${e},${isoWithOffset(ms)}`));
  writeFileSync(join(dir, "cases.csv"), `case,event,time\n${events.join("\n")}\n`);
}

/**
 * 600 customers in blocks of ten (each block has 3 late reconnections, so the links left out are not chosen by
 * lateness): 510 linked to their own case, 30 naming none, 30 naming a case another customer already links, 30
 * naming a case not in the records.
 */
export const PARTLY_LINKED: LinkOf = (i) => {
  const block = Math.floor(i / 10) % 20;
  return block === 0 ? "" : block === 2 ? `k${i - 10}` : block === 3 ? `nope${i}` : `k${i}`;
};
/** No customer names a case. */
export const UNLINKED: LinkOf = () => "";

const cache = new Map<LinkOf, { study: Study; result: Attribution }>();

/** The study and its attribution for one way of linking (cached). */
export function reconnectionRun(link: LinkOf): { study: Study; result: Attribution } {
  let run = cache.get(link);
  if (run === undefined) {
    const study = reconnectionStudy();
    run = { study, result: attribute(study, reconnectionData(study, link)) };
    cache.set(link, run);
  }
  return run;
}

/** The customer gap at the reconnection point. */
export function reconnectionGap(result: Attribution): CustomerDissatisfaction {
  const cd = result.findings.find((f) => f.id === "cd:ep_recon");
  if (cd?.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap at ep_recon");
  return cd;
}
