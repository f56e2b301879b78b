/**
 * The bundled improvement measures (改进措施) of contact centres: forecasting and rostering by interval, call-backs
 * in place of waiting, the IVR menu, skills routing, first-contact resolution, transfers, back-office agreements and
 * quality monitoring. Added to the shared measures when a study declares `industry: contact-centre`. Plain data in
 * the catalogue file format (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const E = "non-compliant-execution" as const;

/** The contact-centre measures, as written (added to the shared ones). */
export const CONTACT_CENTRE_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for contact centres", zh: "客服中心服务改进措施库" },
  categories: [
    { id: "workforce", name: { en: "Forecasting and workforce management", zh: "话务预测与排班管理" } },
    { id: "routing", name: { en: "IVR and routing", zh: "语音导航与路由" } },
    { id: "resolution", name: { en: "First-contact resolution", zh: "一次解决" } },
    { id: "quality-monitoring", name: { en: "Quality monitoring", zh: "质检" } },
  ],
  measures: [
    {
      id: "cc-interval-forecast",
      category: "workforce",
      title: { en: "Forecast and roster by half-hour interval (Erlang C with shrinkage)", zh: "按半小时话务预测排班（含损耗率的Erlang C）" },
      description: {
        en: "Workforce planning forecasts calls per half hour, sizes agents to the service-level basis actually reported, adds breaks, training and absence, and rosters to it.",
        zh: "排班组按半小时预测话务量，按实际考核的服务水平口径测算坐席需求，计入休息、培训和缺勤等损耗后排班。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "cc-intraday-adherence",
      category: "workforce",
      title: { en: "Real-time adherence and intraday re-planning", zh: "实时在岗监控与日内调整" },
      description: {
        en: "The floor team watches queue and agent states in real time, moves breaks and offline work when the queue builds, and calls in overtime early.",
        zh: "现场管理人员实时监控排队和坐席状态，排队积压时调整休息和离线工作，并及早安排加班。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "cc-virtual-queue",
      category: "routing",
      title: { en: "Offer a call-back instead of waiting", zh: "排队时提供预约回拨" },
      description: {
        en: "When the expected wait passes a threshold the caller can keep their place and be called back, which cuts abandoned calls and repeated attempts.",
        zh: "预计等待超过阈值时，客户可保留排队位置并等待回拨，减少放弃呼叫和重复拨打。",
      },
      tags: [C, E],
      evidence: ["compliance-below-standard", "perception-below-target", "servqual-gap"],
    },
    {
      id: "cc-abandon-callback",
      category: "routing",
      title: { en: "Call back abandoned callers within the hour", zh: "放弃呼叫一小时内回拨" },
      description: {
        en: "Callers who hung up in the queue are called back within the hour by the next free agent, and the call-back is recorded on the same contact.",
        zh: "排队中挂机的客户，由空闲坐席在一小时内回拨，回拨记录在同一接触记录下。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "cc-ivr-shorten",
      category: "routing",
      title: { en: "Shorten the IVR menu to the reasons customers call", zh: "按来电原因精简语音导航菜单" },
      description: {
        en: "The first menu offers the few reasons behind most calls, an agent is always one key away, and the menu is reviewed against the contact reasons every quarter.",
        zh: "首层菜单只保留占来电多数的几类原因，任何层级一键转人工，每季度对照来电原因复核菜单。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "cc-skills-routing",
      category: "routing",
      title: { en: "Route by skill to an agent who can resolve the call", zh: "按技能路由至能解决问题的坐席" },
      description: {
        en: "Calls are routed by reason and language to agents trained for them, so fewer calls are transferred or end unresolved.",
        zh: "按来电原因和语种将呼叫路由至经过相应培训的坐席，减少转接和未解决的通话。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target", "compliance-below-standard"],
    },
    {
      id: "cc-agent-authority",
      category: "resolution",
      title: { en: "Give agents authority to resolve common cases on the first call", zh: "授权坐席当场处理常见问题" },
      description: {
        en: "Agents may apply refunds, waivers and changes up to an agreed limit without a back-office order, and the limit is reviewed against the repeat-contact rate.",
        zh: "坐席可在约定额度内直接办理退费、减免和变更，无需派发后台工单，并对照重复来电率复核额度。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "cc-warm-transfer",
      category: "resolution",
      title: { en: "Warm transfers with the case notes, so customers never repeat themselves", zh: "带备注转接，客户无需重复陈述" },
      description: {
        en: "A transfer passes the case notes and, where needed, a word from agent to agent before the customer is connected.",
        zh: "转接时同步传递工单备注，必要时坐席之间先行沟通，再接通客户。",
      },
      tags: [C],
      evidence: ["perception-below-target"],
    },
    {
      id: "cc-backoffice-agreement",
      category: "resolution",
      title: { en: "Service agreement for the work orders agents raise", zh: "坐席派发工单的后台处理时限协议" },
      description: {
        en: "Each back-office team that receives work orders from the centre commits to a reply time, and overdue orders are escalated automatically and reported monthly.",
        zh: "接收客服中心工单的各后台部门承诺回复时限，超时工单自动升级并按月通报。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target", "compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    {
      id: "cc-quality-calibration",
      category: "quality-monitoring",
      title: { en: "Quality monitoring calibrated to what customers rate", zh: "质检标准与客户评价对齐校准" },
      description: {
        en: "Quality evaluators score the points customers rate in the survey (resolution, clarity, courtesy), calibrate monthly on the same calls, and coach the agents below target.",
        zh: "质检员按客户调查关注的要点（问题解决、解释清楚、服务态度）评分，每月用同一批录音校准评分尺度，并对低于目标的坐席开展辅导。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
  ],
};
