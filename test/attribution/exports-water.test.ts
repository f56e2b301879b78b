/**
 * The whole study on export-shaped files nobody wrote for gaptrace's simulator (test/fixtures/exports/water: a
 * survey platform's wide exports with answers as words, a GBK staff rating, a GBK business log with local times),
 * read through the data description as a quality team would, and the report judged against what was planted
 * (the folder's README): who gets a share, by how much, and what is left untested and why.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { attribute, type Attribution } from "../../src/attribution/index.js";
import type { CauseLink, CustomerDissatisfaction } from "../../src/attribution/shared/findings.js";
import { workCalendar } from "../../src/data/calendar.js";
import type { Study } from "../../src/model/study.js";
import { readDataFiles } from "../../src/node/data-description.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { buildReport } from "../../src/reports/report.js";
import { responsibilityLists } from "../../src/reports/responsibility.js";
import { unsizedWithoutTest } from "./helpers.js";

const at = (f: string): string => fileURLToPath(new URL(`../fixtures/exports/water/${f}`, import.meta.url));
const study = loadStudyFileSync(at("water.study.yaml")).study as Study;
// Mainland calendar for October 2026: National Day holidays and the make-up working days around them.
const calendar = workCalendar({ utcOffset: "+08:00", holidays: ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"], workdays: ["2026-09-20", "2026-10-10"] });

let result: Attribution;
let read: Awaited<ReturnType<typeof readDataFiles>>;
beforeAll(async () => {
  read = await readDataFiles(study, at("water.data.yaml"));
  result = attribute(study, read, { calendar });
}, 120_000);

const gap = (point: string): CustomerDissatisfaction => {
  const f = result.findings.find((x) => x.id === `cd:${point}`);
  if (f?.tag !== "customer-dissatisfaction") throw new Error(`no customer gap at ${point}`);
  return f;
};
const share = (g: CustomerDissatisfaction, finding: string): CauseLink | undefined => g.causes.find((c) => c.finding === finding);

describe("export-shaped water-utility files", () => {
  it("reads every row and accounts for each one it rejects", () => {
    const responses = read.responses;
    const cases = read.cases;
    if (responses === undefined || cases === undefined) throw new Error("both parts should be read");
    expect(responses.ledger.rowsRead).toBe(responses.ledger.accepted + responses.ledger.rejected);
    expect(cases.ledger.rowsRead).toBe(cases.ledger.accepted + cases.ledger.rejected);
    const reasons = new Map(cases.ledger.summary().byReason);
    expect(reasons.get("missing-case")).toBe(6);
    expect(reasons.get("unknown-event")).toBe(1);
    expect(reasons.get("unparseable-time")).toBe(1);
    expect(reasons.get("duplicate-event")).toBe(25);
    expect(result.linkage.respondents).toBe(1520);
    expect(result.linkage.linked + result.linkage.unlinked + result.linkage.unknownCase + result.linkage.duplicate).toBe(1520);
  });

  it("passes the part of the late-arrival share that late dispatch makes to the dispatcher, measured", () => {
    const arrival = gap("ep_arrival");
    const dispatcher = share(arrival, "nce:bo_dispatch");
    const crew = share(arrival, "nce:fl_onsite");
    expect(dispatcher?.through).toMatchObject({ from: "nce:fl_onsite", standard: "std_arrival_60", upstream: "std_dispatch_15", post: "dispatcher" });
    // Both parts measured, with intervals away from 0; together they are the late arrivals' measured share.
    expect(dispatcher?.shareCi?.[0]).toBeGreaterThan(0.1);
    expect(crew?.shareCi?.[0]).toBeGreaterThan(0.05);
    expect((dispatcher?.through?.fraction ?? 0) > 0.4 && (dispatcher?.through?.fraction ?? 1) < 0.8).toBe(true);
    // The dispatcher's list now carries measured points: it was 0 when the trace stopped at the crew.
    const lists = responsibilityLists(study, result);
    const post = lists.posts.find((p) => p.post === "dispatcher");
    expect(post?.entries[0]?.priority).toBeGreaterThan(2);
  });

  it("leaves the stores clerk to test (no materials event) and says the connection standard cannot be measured from these customers", () => {
    const restore = gap("ep_restore");
    const stores = restore.links.find((l) => l.finding === "nce:sp_materials");
    expect(stores?.share).toBeUndefined();
    expect(stores?.grade).toBe("internal-chain");
    // No standard times the materials step: the data that would size the link is a clock on that step. The
    // customers are linked already, so nothing else is asked (and places are not compared where customers are linked).
    expect(stores?.test).toEqual([{ kind: "step-clock", step: "sp_materials", post: "stores_clerk", link: false, places: undefined, perPlace: undefined }]);
    const scheme = gap("ep_scheme");
    const limit = scheme.links.find((l) => l.finding === "us:std_scheme_10wd:threshold");
    expect(limit?.share).toBeUndefined();
    // Every connection customer waited longer than the 5 working days customers accept: no one to compare with.
    expect(limit?.reason).toMatchObject({ kind: "too-few-exposed", unexposed: 0 });
    expect(limit?.test[0]?.kind).toBe("both-sides");
    // The customers are linked, so places are never compared: no segments to record.
    expect(limit?.test.map((t) => t.kind)).toEqual(["both-sides"]);
    expect(result.findings.some((f) => f.id === "us:std_scheme_10wd:threshold")).toBe(true);
  });

  it("says, for every link it cannot size, which data would size it", () => {
    expect(unsizedWithoutTest(result)).toEqual([]);
    for (const lang of ["en", "zh"] as const) {
      const doc = buildReport(study, result, { lang });
      const stores = doc.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links : [])).find((l) => l.finding === "nce:sp_materials");
      expect(stores?.tests.map((t) => t.kind)).toEqual(["step-clock"]);
      expect(stores?.text).toContain(stores?.tests[0]?.text);
      expect(stores?.tests[0]?.text).toContain(lang === "en" ? "“Pipes and fittings issued”" : "“抢修物资保障”");
    }
  });

  it("without the work orders, asks for the materials step timed and the customers linked to their cases (or places compared)", () => {
    if (read.responses === undefined) throw new Error("the responses should be read");
    const alone = attribute(study, { responses: read.responses }, { calendar });
    expect(alone.linkage.linked).toBe(0);
    expect(unsizedWithoutTest(alone)).toEqual([]);
    const restore = alone.findings.find((f) => f.id === "cd:ep_restore");
    const stores = restore?.tag === "customer-dissatisfaction" ? restore.links.find((l) => l.finding === "nce:sp_materials") : undefined;
    expect(stores?.test).toContainEqual({ kind: "step-clock", step: "sp_materials", post: "stores_clerk", link: true, places: alone.options.minGroups, perPlace: alone.options.minExposed });
    // Dispatch is timed (std_dispatch_15) but found from internal ratings only, with no work orders: what is missing
    // is the work orders with its clock's events (linked, or places compared), not another clock on the step.
    const dispatch = restore?.tag === "customer-dissatisfaction" ? restore.links.find((l) => l.finding === "nce:bo_dispatch") : undefined;
    expect(dispatch?.test).toEqual([{ kind: "linked-cases", events: ["call_received", "dispatched"] }, { kind: "segments", needed: alone.options.minGroups, perPlace: alone.options.minExposed }]);
  });

  it("where other customers are linked but not those who rate restoring water, asks for the materials step timed and them linked", async () => {
    // The repair survey read without its work-order column: only the connection customers (another survey) are linked.
    let text = readFileSync(at("water.data.yaml"), "utf8");
    const linked = "columns: { respondent: 序号, case: 1、您的抢修工单号： }\n    linkBy: column\n    ignore: [";
    expect(text).toContain(linked);
    text = text.replace(linked, "columns: { respondent: 序号 }\n    ignore: [1、您的抢修工单号：, ").replace(/file: (\S+\.csv)/g, (_m, f: string) => `file: ${at(f)}`);
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-water-"));
    writeFileSync(join(dir, "unlinked-repairs.data.yaml"), text);
    const partly = attribute(study, await readDataFiles(study, join(dir, "unlinked-repairs.data.yaml")), { calendar });
    expect(partly.linkage.linked).toBe(420);
    expect(unsizedWithoutTest(partly)).toEqual([]);
    const restore = partly.findings.find((f) => f.id === "cd:ep_restore");
    const stores = restore?.tag === "customer-dissatisfaction" ? restore.links.find((l) => l.finding === "nce:sp_materials") : undefined;
    // Places are not compared where anyone is linked, so none are asked for; linking these customers is.
    expect(stores?.test).toEqual([{ kind: "step-clock", step: "sp_materials", post: "stores_clerk", link: true, places: undefined, perPlace: undefined }]);
  }, 120_000);

  it("blames nothing upstream for the call agents, whose gap depends on nothing", () => {
    const call = gap("ep_call");
    expect(call.causes).toEqual([]);
    expect(call.unexplainedShare).toBe(1);
    const doc = buildReport(study, result, { lang: "zh" });
    const text = JSON.stringify(doc);
    expect(text).toContain("向上游传递");
    expect(text).toContain("现有关联客户无法测量");
  });
});
