/**
 * The example run of issue 10's "bases that compute": one call log with abandoned calls, exported as a call-centre
 * system writes it (wide form, one row per call, offered / answered / abandoned times in local time), read once and
 * measured on three bases of the same standard (answer within 60 s): abandoned calls as misses (all queued calls),
 * left out (answered calls only), and left out only when abandoned within 5 s. Each figure is checked against a
 * plain count over the generated calls, and the figures on different bases refuse to be compared.
 */
import { describe, expect, it } from "vitest";
import { BasisMismatchError } from "../../src/data/basis.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { compareCompliance, complianceFor } from "../../src/data/durations.js";
import { StudySchema, type StudyInput } from "../../src/model/study.js";
import { validateStudy } from "../../src/study/validate/index.js";

const STUDY: StudyInput = {
  gaptrace: 1,
  id: "call-centre",
  name: { en: "Contact centre", zh: "客服中心" },
  organisation: {
    departments: [{ id: "cc", name: { en: "Contact centre", zh: "客服中心" } }],
    posts: [{ id: "agent", name: { en: "Agent", zh: "坐席" }, department: "cc" }],
  },
  themeMap: {
    needs: [{ id: "reach", name: { en: "Easy communication", zh: "易沟通" } }],
    items: [{ id: "hotline", name: { en: "Hotline", zh: "热线" }, needs: ["reach"] }],
    themes: [{ id: "calls", name: { en: "Calls", zh: "来电" }, items: ["hotline"] }],
  },
  blueprints: [
    {
      theme: "calls",
      steps: [
        { id: "call", name: { en: "Customer calls", zh: "客户来电" }, layer: "customer" },
        { id: "answer", name: { en: "Answer the call", zh: "接听" }, layer: "frontline", owner: "agent" },
      ],
      handoffs: [{ from: "call", to: "answer" }],
    },
  ],
  events: [
    { id: "offered", name: { en: "queued", zh: "进入队列" }, step: "call" },
    { id: "answered", name: { en: "answered", zh: "接通" }, step: "answer" },
    { id: "abandoned", name: { en: "abandoned", zh: "放弃" }, step: "call" },
  ],
  metrics: [
    {
      id: "answer-wait",
      name: { en: "Answer wait", zh: "接通等待" },
      step: "answer",
      unit: "s",
      clock: { start: "offered", stop: "answered" },
      basis: [{ key: "abandoned_calls", value: "see standard" }],
    },
  ],
  standards: ["miss", "exclude", "short"].map((rule) => ({
    id: `sl60-${rule}`,
    text: { en: "Calls answered within 60 s", zh: "60秒内接通" },
    metric: "answer-wait",
    unit: "s" as const,
    threshold: 60,
    better: "lower" as const,
    compliance: 0.8,
    owner: { post: "agent" },
    steps: ["answer"],
    unfinished: rule === "short" ? { count: "exclude-if-shorter" as const, seconds: 5, end: "abandoned" } : { count: rule as "miss" | "exclude" },
  })),
};

/** A seeded generator (an LCG), so the log is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Call {
  readonly wait: number | undefined;
  readonly abandonAfter: number | undefined;
}

/** 600 calls: about 30% abandoned (some within 5 s), the others answered after 0–150 s. */
function makeCalls(): Call[] {
  const r = lcg(20260306);
  return Array.from({ length: 600 }, () => {
    if (r() < 0.3) return { wait: undefined, abandonAfter: r() < 0.25 ? Math.floor(r() * 5) : 5 + Math.floor(r() * 200) };
    return { wait: Math.floor(r() * 150), abandonAfter: undefined };
  });
}

/** The export: "Call ID","Agent","Offered Time","Answered Time","Abandoned Time", local times of the site. */
function exportCsv(calls: readonly Call[]): string {
  const base = Date.UTC(2026, 2, 2, 1, 0, 0); // 09:00 in +08:00
  const local = (ms: number): string => {
    const d = new Date(ms + 8 * 3_600_000);
    const p = (n: number): string => String(n).padStart(2, "0");
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  };
  const rows = calls.map((c, i) => {
    const offered = base + i * 37_000;
    const answered = c.wait === undefined ? "" : local(offered + c.wait * 1000);
    const abandoned = c.abandonAfter === undefined ? "" : local(offered + c.abandonAfter * 1000);
    return `C${String(i + 1).padStart(5, "0")},${c.wait === undefined ? "" : `A${i % 7}`},${local(offered)},${answered},${abandoned}`;
  });
  return ["Call ID,Agent,Offered Time,Answered Time,Abandoned Time", ...rows, ""].join("\n");
}

const study = StudySchema.parse(STUDY);
const calls = makeCalls();
const records = casesFromCsv(study, exportCsv(calls), {
  form: "wide",
  columns: { case: "Call ID" },
  eventColumns: new Map([
    ["offered", "Offered Time"],
    ["answered", "Answered Time"],
    ["abandoned", "Abandoned Time"],
  ]),
  ignoreColumns: ["Agent"],
  assumeOffset: "+08:00",
});

describe("a call log with abandoned calls, on bases that compute", () => {
  // The independent computation: plain counting over the generated calls.
  const answered = calls.filter((c) => c.wait !== undefined);
  const within = answered.filter((c) => (c.wait ?? Infinity) <= 60).length;
  const abandoned = calls.length - answered.length;
  const short = calls.filter((c) => c.abandonAfter !== undefined && c.abandonAfter < 5).length;

  it("the study validates, and every call is read", () => {
    expect(validateStudy(STUDY).ok).toBe(true);
    expect(records.count).toBe(600);
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 600, accepted: 600, rejected: 0 });
    expect(short).toBeGreaterThan(0);
    expect(abandoned).toBeGreaterThan(100);
  });

  it("gives the all-queued service level when abandoned calls count as misses", () => {
    const c = complianceFor(study, records, "sl60-miss");
    expect(c).toMatchObject({ measured: answered.length, met: within, counted: calls.length, missingStop: abandoned });
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: abandoned, excluded: 0 });
    expect(c.share).toBe(within / calls.length);
    expect(c.estimate?.kind === "estimate" && c.estimate.n).toBe(calls.length);
    expect(c.basis).toContainEqual({ key: "unfinished", value: "miss" });
    expect(c.basis).toContainEqual({ key: "abandoned_calls", value: "see standard" });
    expect(c.basisText.en).toBe("share of all cases reaching queued that reach answered within 60 s of queued; cases that never reach answered count as misses");
    expect(c.basisText.zh).toBe("全部到达进入队列的案例中自进入队列起60秒内到达接通的占比；未到达接通的案例计为未达标");
  });

  it("gives the answered-only service level when they are left out", () => {
    const c = complianceFor(study, records, "sl60-exclude");
    expect(c).toMatchObject({ measured: answered.length, met: within, counted: answered.length });
    expect(c.share).toBe(within / answered.length);
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: 0, excluded: abandoned });
    expect(c.basisText.en).toMatch(/never reach answered are left out$/);
  });

  it("leaves out only the calls abandoned within 5 s under exclude-if-shorter", () => {
    const c = complianceFor(study, records, "sl60-short");
    expect(c.unfinished).toMatchObject({ cases: abandoned, misses: abandoned - short, excluded: short, withoutEnd: 0 });
    expect(c.share).toBe(within / (calls.length - short));
    expect(c.basis).toContainEqual({ key: "unfinished.seconds", value: 5 });
    expect(c.basisText.zh).toContain("5秒内以放弃结束的不计入");
  });

  it("states the abandonment figure with its interval and counts", () => {
    const all = complianceFor(study, records, "sl60-miss").abandonment;
    expect(all).toMatchObject({ started: calls.length, unfinished: abandoned, share: abandoned / calls.length });
    const e = all?.estimate;
    expect(e?.kind).toBe("estimate");
    if (e?.kind === "estimate") {
      expect(e.ci[0]).toBeLessThan(abandoned / calls.length);
      expect(e.ci[1]).toBeGreaterThan(abandoned / calls.length);
    }
    // Short abandons are left out of both sides under exclude-if-shorter.
    expect(complianceFor(study, records, "sl60-short").abandonment).toMatchObject({ started: calls.length - short, unfinished: abandoned - short });
  });

  it("refuses to compare the two service levels, naming the difference", () => {
    const all = complianceFor(study, records, "sl60-miss");
    const answeredOnly = complianceFor(study, records, "sl60-exclude");
    expect(() => compareCompliance(all, answeredOnly)).toThrow(BasisMismatchError);
    expect(() => compareCompliance(all, answeredOnly)).toThrow(/unfinished: "miss" in the first figure, "exclude" in the second figure/);
    expect(compareCompliance(all, complianceFor(study, records, "sl60-miss")).difference).toBe(0);
  });
});
