/**
 * The words of the reports in Simplified Chinese: every heading, name and sentence, by the one {@link ReportWords}
 * interface the English table implements too.
 * @module
 */
import type { IdText, ScopeCondition, UndecidedWords } from "../../attribution/shared/undecided.js";
import { scarcityText } from "../../attribution/shared/undecided.js";
import type { ReportWords } from "./types.js";

/** “名称”. */
function q(name: string): string {
  return `“${name}”`;
}

/** "area=urban、voltage=10kV". */
function scopeZh(scope: readonly ScopeCondition[], id: IdText): string {
  return scope.map((c) => `${id(c.key)}=${id(c.value)}`).join("、");
}

const UNDECIDED_ZH: UndecidedWords = {
  reason: {
    "expectation-on-other-clock": (r, id) =>
      `客户回答${id(r.question)}时从${id(r.customerClock.start)}计到${id(r.customerClock.stop)}，而标准从${id(r.standardClock.start)}计到${id(r.standardClock.stop)}，因此不将标准限值与其回答比较（改为检验计时口径）`,
    "expectation-scarce": (r, id) => `客户期望${id(r.question)}${r.scope.length > 0 ? `（${scopeZh(r.scope, id)}）` : ""}：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
    "clock-without-cases": (r, id) =>
      `标准从${id(r.standardClock.start)}计到${id(r.standardClock.stop)}，客户从${id(r.customerClock.start)}计到${id(r.customerClock.stop)}，但没有工单记录可测量两者的差异`,
    "customer-clock-scarce": (r, id) => `按客户口径（${id(r.customerClock.start)} → ${id(r.customerClock.stop)}）计算的时长：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
    "clock-confounded": (r, id) =>
      `标准从${id(r.standardStart)}起计时，客户从${id(r.customerStart)}起计时，但按标准自身口径也未达标（按时率${(r.onTime * 100).toFixed(1)}%，要求${(r.required * 100).toFixed(0)}%），这会混淆计时口径本身的影响`,
    "perception-scarce": (r) => scarcityText(UNDECIDED_ZH, r.scarcity),
    "servqual-scarce": (r, id) => `SERVQUAL差距${id(r.perception)} − ${id(r.expectation)}：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
    "metric-as-value": (r, id) => `指标${id(r.metric)}以数值记录；计算达标率需要逐单记录的数值`,
    "no-case-records": () => "没有工单记录",
    "no-calendar": (r) => `${r.cases}个工单，但按工作日计算时长需要工作日历（calendar 选项）`,
    "compliance-scarce": (r) => `达标率：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
    "internal-scarce": (r, id) => `${id(r.rater)}的内部客户评价：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
  },
  need: {
    "expectation-on-standard-clock": () => "按标准自身计时口径提问的期望问题，用以检验标准限值本身",
    "customers-answering": (n, id) => `至少${n.n}位客户回答${n.questions.map(id).join("、")}${n.inScope ? "（在标准适用范围内）" : ""}`,
    "customers-answering-both": (n, id) => `至少${n.n}位客户同时回答${id(n.perception)}和${id(n.expectation)}`,
    "case-records": (n, id) => `包含${n.events.map(id).join("、")}事件的工单记录`,
    "case-records-for-clock": (n, id) => `包含${id(n.clock.start)}和${id(n.clock.stop)}事件的工单记录`,
    "cases-with-events": (n, id) => `至少${n.n}个记录了${id(n.events[0])}、${id(n.events[1])}和${id(n.events[2])}的工单`,
    "cases-with-clock": (n, id) => `至少${n.n}个同时记录${id(n.clock.start)}和${id(n.clock.stop)}的工单${n.scope.length > 0 ? `（范围：${scopeZh(n.scope, id)}）` : ""}`,
    "compliance-first": () => "先使标准按自身计时口径达标，再按客户口径重新测量",
    "case-values": (n, id) => `${id(n.metric)}的逐单数值`,
    "staff-answering": (n, id) => `至少${n.n}位${id(n.rater)}员工回答${n.questions.map(id).join("、")}`,
  },
  scarcity: {
    "too-few": (s) => `仅有${s.n}个样本，可靠估计至少需要${s.minN}个`,
    "too-few-units": () => "至少需要2个抽样单位才能计算标准误",
  },
  settle: {
    "internal-ratings": (s, id) => `内部客户对环节${id(s.step)}的评价${s.owner !== undefined ? `（由${id(s.owner)}负责）` : ""}`,
    standard: (s, id, need) => `${need}（标准${id(s.standard)}）`,
  },
};

/** The Simplified Chinese table. */
export const ZH: ReportWords = {
  undecided: UNDECIDED_ZH,
  undecidedKinds: { point: "评价点", standard: "标准", clock: "标准计时口径", internal: "内部客户评价" },
  undecidedSubject: (kind, name) => `${kind}${q(name)}`,
};
