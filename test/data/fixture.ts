/**
 * A small, typed study for the data tests: the payment-and-reconnection theme (交费及欠费复电) with six steps,
 * external and internal questions on every scale, two duration metrics whose clocks start at payment (缴清) and
 * at settlement (结清), and one reconnection standard. Built in code so the tests read against real ids.
 */
import { StudySchema, type Study, type StudyInput } from "../../src/model/study.js";

const input: StudyInput = {
  gaptrace: 1,
  id: "reconnect-mini",
  name: { en: "Payment and reconnection (mini)", zh: "交费及欠费复电（小样本）" },
  organisation: {
    departments: [
      { id: "service", name: { en: "Customer service centre", zh: "客户服务中心" } },
      { id: "billing", name: { en: "Billing department", zh: "电费核算部" } },
      { id: "ops", name: { en: "Operations", zh: "运维检修部" } },
    ],
    posts: [
      { id: "cashier", name: { en: "Cashier", zh: "收费员" }, department: "service", headcount: 40 },
      { id: "clerk", name: { en: "Billing clerk", zh: "核算员" }, department: "billing", headcount: 12 },
      { id: "dispatcher", name: { en: "Dispatcher", zh: "调度员" }, department: "ops", headcount: 8 },
      { id: "lineman", name: { en: "Lineman", zh: "复电人员" }, department: "ops", headcount: 30 },
    ],
  },
  themeMap: {
    needs: [{ id: "easy-payment", name: { en: "Easy payment", zh: "好交费" } }],
    items: [{ id: "arrears", name: { en: "Arrears and reconnection", zh: "欠费复电" }, needs: ["easy-payment"] }],
    themes: [{ id: "reconnect", name: { en: "Payment and reconnection", zh: "交费及欠费复电" }, items: ["arrears"] }],
  },
  blueprints: [
    {
      theme: "reconnect",
      steps: [
        { id: "pay", name: { en: "Customer pays arrears", zh: "客户缴清欠费" }, layer: "customer" },
        { id: "take-payment", name: { en: "Take payment", zh: "收费" }, layer: "frontline", owner: "cashier" },
        { id: "settle", name: { en: "Settle arrears in system", zh: "欠费结清" }, layer: "backoffice", owner: "clerk" },
        { id: "order", name: { en: "Issue reconnection order", zh: "派发复电工单" }, layer: "backoffice", owner: "dispatcher" },
        { id: "reconnect", name: { en: "Reconnect supply", zh: "复电" }, layer: "support", owner: "lineman" },
        { id: "notify", name: { en: "Tell the customer", zh: "告知客户" }, layer: "frontline", owner: "cashier" },
      ],
      handoffs: [
        { from: "pay", to: "take-payment" },
        { from: "take-payment", to: "settle" },
        { from: "settle", to: "order" },
        { from: "order", to: "reconnect" },
        { from: "reconnect", to: "notify" },
      ],
    },
  ],
  events: [
    { id: "paid", name: { en: "Arrears paid", zh: "缴清" }, step: "pay" },
    { id: "settled", name: { en: "Arrears settled", zh: "结清" }, step: "settle" },
    { id: "ordered", name: { en: "Reconnection ordered", zh: "复电派单" }, step: "order" },
    { id: "reconnected", name: { en: "Supply reconnected", zh: "复电完成" }, step: "reconnect" },
  ],
  metrics: [
    {
      id: "reconnect-time",
      name: { en: "Reconnection time", zh: "复电时长" },
      step: "reconnect",
      unit: "h",
      clock: { start: "settled", stop: "reconnected" },
      basis: [{ key: "clockStart", value: "settled" }],
    },
    {
      id: "settle-lag",
      name: { en: "Settlement lag", zh: "结清滞后" },
      step: "settle",
      unit: "min",
      clock: { start: "paid", stop: "settled" },
      basis: [{ key: "clockStart", value: "paid" }],
    },
  ],
  standards: [
    {
      id: "reconnect-24h",
      text: { en: "Supply restored within 24 hours after arrears are settled", zh: "结清欠费后24小时内复电" },
      metric: "reconnect-time",
      unit: "h",
      threshold: 24,
      better: "lower",
      compliance: 0.95,
      owner: { department: "ops" },
      steps: ["reconnect"],
      source: "Supply service commitments §3",
    },
  ],
  evaluationPoints: [
    {
      id: "ep-reconnect",
      step: "reconnect",
      name: { en: "Timeliness of reconnection", zh: "复电及时性" },
      questions: [
        { id: "q-sat", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "How satisfied are you with the reconnection?" },
        { id: "q-wait-bad", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 7 }, reverse: true, text: "Waiting for reconnection was frustrating." },
        { id: "q-nps", audience: { kind: "external" }, measures: "perception", scale: { type: "score", max: 10 }, text: "Would you recommend us?" },
        { id: "q-overall", audience: { kind: "external" }, measures: "perception", scale: { type: "score", max: 100 }, text: "Overall score" },
        { id: "q-told", audience: { kind: "external" }, measures: "performance", scale: { type: "yesno" }, text: "Were you told when supply would return?" },
        {
          id: "q-expect-h",
          audience: { kind: "external" },
          measures: "expectation",
          scale: { type: "numeric", unit: "h", min: 0, max: 168 },
          text: "Longest acceptable wait, in hours, from when you paid",
          metric: "reconnect-time",
          clock: { start: "paid", stop: "reconnected" },
        },
      ],
    },
    {
      id: "ep-settle",
      step: "settle",
      name: { en: "Settlement hand-over", zh: "结清交接" },
      questions: [
        { id: "qi-settle", audience: { kind: "internal", rater: "dispatcher" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Settlements reach dispatch promptly." },
        { id: "qi-settle-7", audience: { kind: "internal", rater: "dispatcher" }, measures: "perception", scale: { type: "likert", points: 7 }, reverse: true, text: "Settlement errors slow me down." },
        { id: "qi-lag", audience: { kind: "internal", rater: "dispatcher" }, measures: "performance", scale: { type: "numeric", unit: "min", min: 0, max: 600 }, text: "Typical minutes from payment to settlement" },
      ],
    },
    {
      id: "ep-order",
      step: "order",
      name: { en: "Reconnection order quality", zh: "复电工单质量" },
      questions: [
        { id: "qi-order", audience: { kind: "internal", rater: "lineman" }, measures: "perception", scale: { type: "score", max: 10 }, text: "Quality of reconnection orders" },
        { id: "qi-order-ok", audience: { kind: "internal", rater: "lineman" }, measures: "performance", scale: { type: "yesno" }, text: "Orders carry the right address" },
        { id: "qi-order-100", audience: { kind: "internal", rater: "cashier" }, measures: "perception", scale: { type: "score", max: 100 }, text: "Dispatch keeps the counter informed" },
      ],
    },
  ],
};

/** The validated fixture study (defaults applied). */
export const study: Study = StudySchema.parse(input);

/** The written form of the fixture, for tests that tweak it before validation. */
export const studyInput: StudyInput = input;
