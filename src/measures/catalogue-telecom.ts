/**
 * The bundled improvement measures (改进措施) of telecom operators: installation appointments and resource checks,
 * fault repair (remote testing, first-time fix, technician attendance), network-outage information, bills and
 * charges, and number porting. Added to the shared measures when a study declares `industry: telecom`. Plain data
 * in the catalogue file format (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const E = "non-compliant-execution" as const;

/** The telecom measures, as written (added to the shared ones). */
export const TELECOM_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for telecom operators", zh: "通信运营商服务改进措施库" },
  categories: [
    { id: "installation", name: { en: "Installation and activation", zh: "装机开通" }, serviceArea: true },
    { id: "fault-repair", name: { en: "Fault repair", zh: "故障修复" }, serviceArea: true },
    { id: "network-information", name: { en: "Network information", zh: "网络故障信息" }, serviceArea: true },
    { id: "billing", name: { en: "Bills and charges", zh: "账单与资费" }, serviceArea: true },
  ],
  measures: [
    {
      id: "tel-install-window",
      category: "installation",
      title: { en: "Two-hour appointment windows, confirmed the day before", zh: "装机预约精确到两小时并提前一天确认" },
      description: {
        en: "The customer chooses a two-hour window, the technician confirms it the day before and calls when on the way; a missed window is rebooked by the operator, not the customer.",
        zh: "客户选择两小时的上门时段，装维人员前一天确认、出发时致电；错过预约时段的由运营商主动改约，而不是让客户再次申请。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "servqual-gap", "compliance-below-standard"],
    },
    {
      id: "tel-install-resource-check",
      category: "installation",
      title: { en: "Check port and line resources before accepting the order", zh: "受理前核查端口和线路资源" },
      description: {
        en: "The sales channel checks coverage and a free port in the resource system before it promises a date, so installation orders are not returned for lack of resources.",
        zh: "营业受理前在资源系统中核查覆盖和空闲端口，再向客户承诺装机时间，避免工单因无资源退单。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target", "compliance-below-standard"],
    },
    {
      id: "tel-remote-line-test",
      category: "fault-repair",
      title: { en: "Remote line test before a technician is sent", zh: "派单前先做远程线路测试" },
      description: {
        en: "The fault desk tests the line and the customer's equipment remotely while the customer is on the call, fixes what can be fixed remotely, and sends a technician with the test result.",
        zh: "障碍受理台在客户来电时远程测试线路和终端，能远程处理的当场处理，需上门的附测试结果派单。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "tel-first-time-fix",
      category: "fault-repair",
      title: { en: "Technicians carry common spares for a first-time fix", zh: "装维人员随车配备常用备件，争取一次修复" },
      description: {
        en: "Every van carries the common spares (optical modems, routers, connectors) and a test kit, so most faults are fixed on the first visit.",
        zh: "每辆装维车配备光猫、路由器、接头等常用备件和测试仪表，使多数故障一次上门即可修复。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["frontline", "backoffice"],
    },
    {
      id: "tel-no-show-tracking",
      category: "fault-repair",
      title: { en: "Track technician no-shows and compensate the customer", zh: "统计装维人员爽约并对客户补偿" },
      description: {
        en: "Every missed appointment is recorded against the team, reviewed weekly, and the customer receives the published compensation without having to ask.",
        zh: "每次爽约计入责任班组并每周通报，客户无需申请即可获得公布的补偿。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "tel-outage-to-care",
      category: "network-information",
      title: { en: "Network outages pushed to customer care and the app", zh: "网络故障信息推送至客服和APP" },
      description: {
        en: "The network operations centre publishes each outage with the affected area, cause and estimated repair time to the agents' desktop and the app as soon as it is confirmed.",
        zh: "网络监控中心确认故障后，立即将影响范围、原因和预计修复时间推送至客服工作台和APP。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "tel-outage-sms",
      category: "network-information",
      title: { en: "Proactive messages to customers in an outage area", zh: "向故障区域客户主动发送短信" },
      description: {
        en: "Customers in the affected area receive a message when the outage is confirmed and when service is back, so they do not need to call to report it.",
        zh: "故障确认时和恢复时向影响区域内的客户发送短信，客户无需致电报障。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "tel-bill-explain",
      category: "billing",
      title: { en: "Explain the first bill after a plan change", zh: "套餐变更后首月账单主动解释" },
      description: {
        en: "After a plan change the first bill comes with a short explanation of prorated charges and what changed, in the app and by message.",
        zh: "套餐变更后的首月账单通过APP和短信附上简要说明，解释按天折算的费用和变化内容。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "tel-usage-alerts",
      category: "billing",
      title: { en: "Usage alerts before roaming or data overage charges", zh: "漫游和超套餐流量扣费前提醒" },
      description: {
        en: "Customers are warned at 80% and 100% of their allowance and on arrival abroad, with the price and how to stop the charges.",
        zh: "套餐用量达到80%和100%时以及出境时提醒客户，说明资费和关闭方式。",
      },
      tags: [C],
      evidence: ["perception-below-target"],
    },
    {
      id: "tel-porting-status",
      category: "installation",
      title: { en: "Number porting within the committed window, with status messages", zh: "携号转网按承诺时限办结并推送进度" },
      description: {
        en: "Porting requests are tracked against the committed time, the customer is told each step, and a request stuck between operators is escalated the same day.",
        zh: "携号转网申请按承诺时限跟踪，每个环节告知客户，运营商之间卡滞的申请当日升级处理。",
      },
      tags: [C, E],
      evidence: ["compliance-below-standard", "perception-below-target"],
    },
  ],
};
