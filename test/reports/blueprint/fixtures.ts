/**
 * Fixtures for the blueprint writers: a realistic 20-step outage-repair blueprint (停电和故障抢修) with bilingual
 * labels, a tiny hand-made study, and a generator of large random studies for the scaling tests.
 */
import { StudySchema, type Layer, type Study, type StudyInput } from "../../../src/model/study.js";

const post = (id: string, en: string, zh: string, department: string) => ({ id, name: { en, zh }, department });

/** The outage-repair theme of a power utility, 20 steps over the four layers. */
export function outageStudy(): Study {
  const input: StudyInput = {
    gaptrace: 1,
    id: "fj-2011",
    name: { en: "Full-process satisfaction study", zh: "全流程客户满意度评价" },
    organisation: {
      departments: [
        { id: "ccc", name: { en: "Customer service centre", zh: "客户服务中心" } },
        { id: "dispatch-centre", name: { en: "Distribution dispatch", zh: "配网调度中心" } },
        { id: "repair", name: { en: "Repair team", zh: "抢修班" } },
        { id: "logistics", name: { en: "Materials and fleet", zh: "物资与车辆管理" } },
        { id: "it", name: { en: "Marketing IT", zh: "营销信息中心" } },
      ],
      posts: [
        post("agent", "95598 agent", "95598客服代表", "ccc"),
        post("callback", "Callback specialist", "回访专员", "ccc"),
        post("repair-dispatcher", "Repair dispatcher", "抢修调度员", "dispatch-centre"),
        post("grid-dispatcher", "Distribution grid dispatcher", "配网调度员", "dispatch-centre"),
        post("crew", "Repair crew member", "抢修队员", "repair"),
        post("crew-lead", "Repair crew leader", "抢修班长", "repair"),
        post("order-admin", "Work-order administrator", "工单管理员", "ccc"),
        post("stores", "Materials clerk", "物资供应员", "logistics"),
        post("fleet", "Fleet coordinator", "车辆调度员", "logistics"),
        post("info-admin", "Outage-information administrator", "停电信息维护员", "it"),
      ],
    },
    themeMap: {
      needs: [{ id: "reliable", name: { en: "Reliable supply", zh: "用好电" } }],
      items: [{ id: "supply", name: { en: "Safe, reliable supply", zh: "安全可靠的电力供应" }, needs: ["reliable"] }],
      themes: [{ id: "outage", name: { en: "Outages and fault repair", zh: "停电和故障抢修" }, items: ["supply"] }],
    },
    blueprints: [
      {
        theme: "outage",
        steps: [
          { id: "c-notice", layer: "customer", name: { en: "Notices the outage", zh: "发现停电" } },
          { id: "c-call", layer: "customer", name: { en: "Calls 95598 to report the fault", zh: "拨打95598报修" } },
          { id: "c-wait", layer: "customer", name: { en: "Waits; receives arrival time", zh: "等待抢修，获知到达时间" } },
          { id: "c-site", layer: "customer", name: { en: "Meets the crew on site", zh: "配合现场查勘" } },
          { id: "c-restored", layer: "customer", name: { en: "Confirms supply is back", zh: "确认恢复供电" } },
          { id: "c-rate", layer: "customer", name: { en: "Rates the service on callback", zh: "接受回访并评价" } },
          { id: "f-accept", layer: "frontline", name: { en: "Accept the fault report", zh: "受理故障报修" }, owner: "agent" },
          { id: "f-reply", layer: "frontline", name: { en: "Check outage information and reply", zh: "查询停电信息并答复客户" }, owner: "agent" },
          { id: "f-sms", layer: "frontline", name: { en: "Send repair-progress SMS", zh: "发送抢修进度短信" }, owner: "agent" },
          { id: "f-survey", layer: "frontline", name: { en: "On-site fault survey", zh: "现场故障查勘" }, owner: "crew" },
          { id: "f-repair", layer: "frontline", name: { en: "Repair on site and restore supply", zh: "现场抢修并恢复送电" }, owner: "crew-lead" },
          { id: "f-callback", layer: "frontline", name: { en: "Call the customer back", zh: "客户回访" }, owner: "callback" },
          { id: "b-dispatch", layer: "backoffice", name: { en: "Dispatch the repair work order", zh: "派发抢修工单" }, owner: "repair-dispatcher" },
          { id: "b-assess", layer: "backoffice", name: { en: "Assess fault scope", zh: "研判故障范围" }, owner: "grid-dispatcher" },
          { id: "b-plan", layer: "backoffice", name: { en: "Draw up the repair plan", zh: "制定抢修方案" }, owner: "crew-lead" },
          { id: "b-switch", layer: "backoffice", name: { en: "Switching and work permit", zh: "停送电操作及许可开工" }, owner: "grid-dispatcher" },
          { id: "b-close", layer: "backoffice", name: { en: "Review and close the work order", zh: "工单审核归档" }, owner: "order-admin" },
          { id: "s-stores", layer: "support", name: { en: "Issue repair materials", zh: "抢修物资调配" }, owner: "stores" },
          { id: "s-fleet", layer: "support", name: { en: "Assign a repair vehicle", zh: "抢修车辆调派" }, owner: "fleet" },
          { id: "s-info", layer: "support", name: { en: "Publish outage information", zh: "停电信息发布维护" }, owner: "info-admin" },
        ],
        handoffs: [
          { from: "c-notice", to: "c-call" },
          { from: "c-call", to: "f-accept", label: { en: "call", zh: "报修电话" } },
          { from: "f-accept", to: "f-reply" },
          { from: "s-info", to: "f-reply", label: { en: "outage info", zh: "停电信息" } },
          { from: "f-reply", to: "c-wait", label: { en: "reply", zh: "答复" } },
          { from: "f-accept", to: "b-dispatch", label: { en: "work order", zh: "工单" } },
          { from: "b-dispatch", to: "f-survey", label: { en: "order", zh: "派工" } },
          { from: "b-dispatch", to: "s-stores", kind: "parallel" },
          { from: "b-dispatch", to: "s-fleet", kind: "parallel" },
          { from: "b-dispatch", to: "f-sms", kind: "parallel" },
          { from: "f-sms", to: "c-wait", label: { en: "SMS", zh: "短信" } },
          { from: "s-stores", to: "f-survey", label: { en: "materials", zh: "物资" } },
          { from: "s-fleet", to: "f-survey", label: { en: "vehicle", zh: "车辆" } },
          { from: "c-call", to: "c-wait" },
          { from: "c-wait", to: "c-site" },
          { from: "f-survey", to: "c-site" },
          { from: "f-survey", to: "b-assess", label: { en: "fault info", zh: "故障信息" } },
          { from: "b-assess", to: "b-plan" },
          { from: "b-plan", to: "b-switch", label: { en: "permit request", zh: "申请" } },
          { from: "b-switch", to: "f-repair", label: { en: "permit", zh: "许可" } },
          { from: "c-site", to: "c-restored" },
          { from: "f-repair", to: "c-restored", label: { en: "supply back", zh: "复电" } },
          { from: "f-repair", to: "b-close", label: { en: "order report", zh: "回填" } },
          { from: "b-close", to: "f-repair", rework: true, label: { en: "returned", zh: "退回补录" } },
          { from: "b-close", to: "f-callback" },
          { from: "f-callback", to: "c-rate" },
          { from: "c-restored", to: "c-rate" },
          { from: "f-repair", to: "f-survey", rework: true, label: { en: "re-survey", zh: "复查" } },
        ],
      },
    ],
  };
  return StudySchema.parse(input);
}

/** Marks on the outage blueprint, as an attribution would produce them. */
export const outageMarks = [
  { step: "c-wait", tag: "customer-dissatisfaction", label: { en: "Crew arrival slower than expected", zh: "到达现场时间超出客户预期" } },
  { step: "f-sms", tag: "customer-dissatisfaction", label: { en: "Progress SMS late or missing", zh: "进度短信不及时" } },
  { step: "f-survey", tag: "unreasonable-standard", label: { en: "45 min standard vs 30 min expected", zh: "城区45分钟到达标准宽于客户期望30分钟" } },
  { step: "f-survey", tag: "non-compliant-execution", label: { en: "18% of arrivals late", zh: "18%的工单到达超时" } },
  { step: "b-dispatch", tag: "non-compliant-execution", label: { en: "Dispatch over 5 min in 12% of orders", zh: "12%工单派工超过5分钟" } },
  { step: "s-stores", tag: "non-compliant-execution" },
] as const;

/** A small study: three steps, one rework hand-off. Step names can be overridden (for escaping tests). */
export function tinyStudy(names: { a?: string; b?: string; c?: string } = {}): Study {
  return StudySchema.parse({
    gaptrace: 1,
    id: "tiny",
    name: "Tiny",
    organisation: {
      departments: [{ id: "d", name: "Dept" }],
      posts: [{ id: "p", name: { en: "Clerk", zh: "办事员" }, department: "d" }],
    },
    themeMap: {
      needs: [{ id: "n", name: "Need" }],
      items: [{ id: "i", name: "Item", needs: ["n"] }],
      themes: [{ id: "t", name: { en: "Theme", zh: "主题" }, items: ["i"] }],
    },
    blueprints: [
      {
        theme: "t",
        steps: [
          { id: "a", layer: "customer", name: names.a ?? "Ask" },
          { id: "b", layer: "frontline", name: names.b ?? "Answer", owner: "p" },
          { id: "c", layer: "backoffice", name: names.c ?? "Check", owner: "p" },
        ],
        handoffs: [
          { from: "a", to: "b" },
          { from: "b", to: "c", kind: "parallel" },
          { from: "c", to: "b", rework: true },
        ],
      },
    ],
  } satisfies StudyInput);
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYER_LIST: readonly Layer[] = ["customer", "frontline", "backoffice", "support"];

/**
 * A generated study with `n` steps: a main chain through the layers with branches, a few long jumps, some
 * parallel and rework hand-offs, and (optionally) extra non-rework back edges that make cycles.
 */
export function bigStudy(n: number, seed = 1, cycles = 0): Study {
  const r = rng(seed);
  const steps = Array.from({ length: n }, (_, i) => {
    const layer = LAYER_LIST[Math.floor(r() * 4)] ?? "frontline";
    const long = r() < 0.3;
    return {
      id: `s${String(i).padStart(3, "0")}`,
      layer,
      name: long ? `Step ${i}: ${"check and confirm the customer's documents ".repeat(2)}` : i % 3 === 0 ? `环节${i}：核对客户资料并确认` : `Step ${i}`,
      ...(layer === "customer" ? {} : { owner: "p" }),
    };
  });
  const handoffs: { from: string; to: string; kind?: "serial" | "parallel"; rework?: boolean }[] = [];
  for (let i = 1; i < n; i++) {
    const back = 1 + Math.floor(r() * Math.min(i, 4));
    handoffs.push({ from: `s${String(i - back).padStart(3, "0")}`, to: `s${String(i).padStart(3, "0")}`, kind: r() < 0.2 ? "parallel" : "serial" });
    if (r() < 0.1 && i > 6) {
      handoffs.push({ from: `s${String(i - 6).padStart(3, "0")}`, to: `s${String(i).padStart(3, "0")}` });
    }
    if (r() < 0.05) handoffs.push({ from: `s${String(i).padStart(3, "0")}`, to: `s${String(i - back).padStart(3, "0")}`, rework: true });
  }
  for (let k = 0; k < cycles; k++) {
    const i = 2 + Math.floor(r() * (n - 2));
    const j = Math.floor(r() * i);
    handoffs.push({ from: `s${String(i).padStart(3, "0")}`, to: `s${String(j).padStart(3, "0")}` });
  }
  return StudySchema.parse({
    gaptrace: 1,
    id: "big",
    name: "Big",
    organisation: { departments: [{ id: "d", name: "Dept" }], posts: [{ id: "p", name: "Post", department: "d" }] },
    themeMap: {
      needs: [{ id: "n", name: "Need" }],
      items: [{ id: "i", name: "Item", needs: ["n"] }],
      themes: [{ id: "big", name: "Big theme", items: ["i"] }],
    },
    blueprints: [{ theme: "big", steps, handoffs }],
  } satisfies StudyInput);
}
