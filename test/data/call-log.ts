/**
 * A synthetic call log with abandoned calls, as a call-centre system exports it (wide form: one row per call,
 * "Call ID","Agent","Offered Time","Answered Time","Abandoned Time", local times of a +08:00 site), and a study
 * with one answer-wait metric and three 60-second standards that differ only in their rule for unfinished calls:
 * `miss` (all queued calls), `exclude` (answered calls only) and `exclude-if-shorter` 5 s at `abandoned`.
 */
import { casesFromCsv } from "../../src/data/cases.js";
import { StudySchema, type StudyInput } from "../../src/model/study.js";

export const STUDY: StudyInput = {
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

export interface Call {
  readonly wait: number | undefined;
  readonly abandonAfter: number | undefined;
}

/** 600 calls: about 30% abandoned (some within 5 s), the others answered after 0–150 s. */
export function makeCalls(): Call[] {
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

export const study = StudySchema.parse(STUDY);
export const calls = makeCalls();
export const records = casesFromCsv(study, exportCsv(calls), {
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

