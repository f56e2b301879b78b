/**
 * The bundled improvement measures (改进措施) of power utilities: repair dispatch and crews, depots and emergency
 * stock, payment posting, outage information to the 95598 hotline, notices and field staff's conduct. Added to the
 * shared measures when a study declares `industry: power-utility`. Plain data in the catalogue file format
 * (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const S = "unreasonable-standard" as const;
const E = "non-compliant-execution" as const;

/** The power-utility measures, as written (added to the shared ones). */
export const POWER_UTILITY_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for power utilities", zh: "供电服务改进措施库" },
  categories: [
    { id: "clock-definition", name: { en: "Clock and basis redefinition", zh: "计时口径调整" } },
    { id: "dispatch-process", name: { en: "Dispatch and work-order process", zh: "派工与工单流程" } },
    { id: "staffing", name: { en: "Staffing and shifts", zh: "人员配置与排班" } },
    { id: "training", name: { en: "Training", zh: "培训" } },
    { id: "it-support", name: { en: "System and IT support", zh: "信息系统支撑" } },
    { id: "materials", name: { en: "Materials and stock", zh: "物资储备" } },
    { id: "information-sharing", name: { en: "Information sharing", zh: "信息共享" } },
    { id: "customer-communication", name: { en: "Customer communication", zh: "客户沟通" } },
  ],
  measures: [
    {
      id: "clock-realtime-posting",
      category: "clock-definition",
      title: { en: "Post payments in real time so settlement follows payment", zh: "缴费实时到账销账，消除缴清与结清的时差" },
      description: {
        en: "Bank and agent payments reach the billing system in real time rather than in daily batches, so the internal event happens when the customer's does.",
        zh: "银行及代收网点缴费实时传入电费系统，不再按日批量销账，使内部事件与客户事件同时发生。",
      },
      tags: [S],
      evidence: ["clock-mismatch"],
    },
    {
      id: "dispatch-auto-nearest",
      category: "dispatch-process",
      title: { en: "Automatic dispatch to the nearest available crew", zh: "按位置自动派单至最近可用班组" },
      description: {
        en: "The dispatch system proposes the nearest free crew from vehicle positions and crew status; the dispatcher confirms instead of searching.",
        zh: "派单系统依据车辆定位和班组状态推荐最近的空闲班组，指挥员确认即可派出，无需人工查找。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "dispatch-complete-order",
      category: "dispatch-process",
      title: { en: "Complete order checklist before dispatch", zh: "派单前工单信息完整性核对" },
      description: {
        en: "Every order carries the fault location, the customer's contact and the site history before it leaves, so the crew does not call back for them.",
        zh: "工单派出前须包含故障位置、客户联系方式和现场历史信息，避免抢修班回头询问。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "dispatch-parallel-start",
      category: "dispatch-process",
      title: { en: "Start parallel work at dispatch", zh: "派单时同步启动并行作业" },
      description: {
        en: "Crew travel, grid isolation and parts requests start together at dispatch rather than one after another.",
        zh: "派单时同步启动抢修出车、故障隔离和备件申请，而不是依次进行。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "staff-standby-crews",
      category: "staffing",
      title: { en: "Stand-by crews at outlying depots", zh: "在偏远站点设置驻点抢修班" },
      description: {
        en: "Place crews where travel times miss the standard most often, based on the cases' arrival times by area.",
        zh: "依据各区域到达时长数据，在超时最多的地区设置驻点抢修力量。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "comm-notice-channels",
      category: "customer-communication",
      title: { en: "Deliver notices through channels customers accept", zh: "通过客户认可的渠道送达通知" },
      description: {
        en: "Notices (arrears, planned outages) go by the customer's preferred channel, with confirmation of receipt.",
        zh: "欠费、计划停电等通知按客户偏好的渠道送达，并确认签收。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "train-customer-contact",
      category: "training",
      title: { en: "Customer-contact training for field staff", zh: "现场人员客户沟通培训" },
      description: {
        en: "Short practical training for staff who meet customers: introduce yourself, explain the cause and the expected time, leave the site tidy.",
        zh: "面向与客户接触的现场人员开展实操培训：亮明身份、说明原因和预计时间、完工清理现场。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "it-mobile-work-orders",
      category: "it-support",
      title: { en: "Mobile work orders for field crews", zh: "抢修班移动作业终端" },
      description: {
        en: "Crews accept, report arrival and close orders on site, so times are recorded when they happen and the back office sees progress.",
        zh: "抢修班在现场接单、到达确认和回单，时间实时记录，后台可掌握进度。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "it-status-notifications",
      category: "it-support",
      title: { en: "Automatic progress messages to customers", zh: "进度自动短信/APP推送" },
      description: {
        en: "The customer receives a message when the order is dispatched, when the crew is on its way and when supply is back.",
        zh: "派单、出发和恢复供电时自动向客户推送进度信息。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "materials-emergency-stock",
      category: "materials",
      title: { en: "Emergency stock of fast-moving parts at depots", zh: "抢修站点储备常用应急备件" },
      description: {
        en: "Keep the parts used in most repairs (fuses, cable joints, meters) at the depots, with a minimum level and replenishment.",
        zh: "在抢修站点储备多数抢修所需的常用备件（熔断器、电缆接头、电能表），设定最低库存并及时补充。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    {
      id: "materials-fast-issue",
      category: "materials",
      title: { en: "Issue first, paperwork after, for urgent repairs", zh: "紧急抢修先领料后补手续" },
      description: {
        en: "For repair orders the warehouse issues parts on the order number and completes the paperwork afterwards.",
        zh: "对抢修工单，仓库凭工单号先发料，手续事后补办。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    {
      id: "info-outage-to-hotline",
      category: "information-sharing",
      title: { en: "Outage information to the hotline in real time", zh: "停电信息实时推送至95598" },
      description: {
        en: "Planned and fault outages, with areas and expected restoration times, reach the hotline agents as soon as they are known.",
        zh: "计划停电和故障停电的范围及预计恢复时间一经确定即推送给客服人员。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
  ],
};
