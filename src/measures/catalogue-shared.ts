/**
 * The bundled improvement measures (改进措施) that fit any industry: standard revision, clock definition, staffing
 * to the load, communication that sets and keeps expectations, training, system support, knowledge, supervision
 * and KPIs, coordination between departments, process walkthroughs (流程穿越) and early warning. Every bundled
 * catalogue starts with these; a study that declares no industry gets only these. Plain data in the catalogue file
 * format (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const S = "unreasonable-standard" as const;
const E = "non-compliant-execution" as const;

/** The measures that fit any industry, as written. */
export const SHARED_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for any industry", zh: "通用服务改进措施库" },
  categories: [
    { id: "standard-revision", name: { en: "Standard revision", zh: "标准修订" } },
    { id: "clock-definition", name: { en: "Clock and basis redefinition", zh: "计时口径调整" } },
    { id: "staffing", name: { en: "Staffing and shifts", zh: "人员配置与排班" } },
    { id: "training", name: { en: "Training", zh: "培训" } },
    { id: "it-support", name: { en: "System and IT support", zh: "信息系统支撑" } },
    { id: "information-sharing", name: { en: "Information sharing", zh: "信息共享" } },
    { id: "customer-communication", name: { en: "Customer communication", zh: "客户沟通" } },
    { id: "supervision-kpi", name: { en: "Supervision and KPIs", zh: "监督考核" } },
    { id: "coordination", name: { en: "Cross-department coordination", zh: "跨部门协同" } },
    { id: "walkthrough", name: { en: "Process walkthroughs", zh: "流程穿越" } },
    { id: "early-warning", name: { en: "Complaint early warning", zh: "投诉预警" } },
  ],
  measures: [
    {
      id: "std-align-to-expectation",
      category: "standard-revision",
      title: { en: "Revise the limit to what customers accept", zh: "按客户可接受水平修订标准时限" },
      description: {
        en: "The standard's owner sets the new limit from the survey's acceptable-value distribution (the value the required share of customers accept) and has it approved.",
        zh: "标准制定部门依据调查得到的客户可接受值分布（达到要求比例的客户可接受的时限）重新确定时限并报批发布。",
      },
      tags: [S],
      evidence: ["expectation-vs-standard"],
    },
    {
      id: "std-tiered-by-segment",
      category: "standard-revision",
      title: { en: "Tier the standard by area or customer group", zh: "按区域或客户类别分级设定标准" },
      description: {
        en: "Set separate limits where expectations differ (by area, by customer group, by channel), each checked against its own customers' expectations.",
        zh: "在客户期望不同的地方分别设定时限（按区域、客户类别或渠道），分别与相应客户群的期望比对。",
      },
      tags: [S],
      evidence: ["expectation-vs-standard"],
    },
    {
      id: "std-publish-commitment",
      category: "standard-revision",
      title: { en: "Publish the revised commitment to customers", zh: "对外公布修订后的服务承诺" },
      description: {
        en: "Once revised, the commitment is published in every channel customers use (counters, hotline, website, app), so customers and staff count the same way.",
        zh: "修订后在客户使用的各渠道（营业网点、热线、网站、APP）公布服务承诺，使客户与员工按同一口径理解。",
      },
      tags: [S],
    },
    {
      id: "clock-customer-event",
      category: "clock-definition",
      title: { en: "Start the clock where customers start counting", zh: "计时起点改为客户开始计算的时点" },
      description: {
        en: "Count from the customer's event (paying, reporting the fault, applying) instead of the internal one (settlement, order creation, acceptance).",
        zh: "以客户的事件（缴费、报修、提交申请）为计时起点，而不是内部事件（销账结清、工单生成、受理）。",
      },
      tags: [S],
      evidence: ["clock-mismatch"],
    },
    {
      id: "clock-record-both-events",
      category: "clock-definition",
      title: { en: "Record both clock events on every case", zh: "每张工单同时记录两种口径的起止时间" },
      description: {
        en: "Capture the customer's event and the internal event on the work order, so compliance can be reported on both clocks.",
        zh: "工单中同时记录客户事件与内部事件的时间，以便按两种口径统计达标率。",
      },
      tags: [S],
      evidence: ["clock-mismatch"],
    },
    {
      id: "staff-peak-roster",
      category: "staffing",
      title: { en: "Match shift rosters to peak demand", zh: "按业务高峰调整排班" },
      description: {
        en: "Schedule by the hourly, weekly and seasonal load of the step (peaks, holidays, billing days) so it has staff when cases arrive.",
        zh: "按该环节分时段、分周、分季节的业务量（高峰、节假日、账单日）排班，确保业务到达时有人在岗。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "comm-set-expectations",
      category: "customer-communication",
      title: { en: "Tell customers the expected time, and keep it", zh: "主动告知预计时间并兑现" },
      description: {
        en: "At first contact the customer hears when to expect the next step; if it slips, they hear it from us before they call.",
        zh: "首次接触即告知客户下一步的预计时间；如有延误，在客户来电前主动告知。",
      },
      tags: [C],
      evidence: ["servqual-gap", "perception-below-target"],
    },
    {
      id: "comm-callback-close-loop",
      category: "customer-communication",
      title: { en: "Call-backs that close the loop", zh: "闭环回访" },
      description: {
        en: "The call-back confirms the problem is solved, records what is not, and reopens the order when needed.",
        zh: "回访确认问题是否解决，记录遗留问题，必要时重新派单。",
      },
      tags: [C],
      evidence: ["perception-below-target"],
    },
    {
      id: "train-internal-customer",
      category: "training",
      title: { en: "Training on what the next post needs", zh: "内部客户需求培训" },
      description: {
        en: "The upstream post learns from its internal customers what a complete, timely hand-off looks like.",
        zh: "上游岗位向其内部客户了解完整、及时的交接标准。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "train-standard-briefing",
      category: "training",
      title: { en: "Brief every executing post on the standard and its clock", zh: "向执行岗位宣贯标准及其计时口径" },
      description: {
        en: "Everyone who executes a governed step knows the limit, the event that starts the clock and the share that must comply.",
        zh: "使每个执行岗位清楚标准时限、计时起点和达标率要求。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "it-system-availability",
      category: "it-support",
      title: { en: "Service levels for the systems the step depends on", zh: "为业务系统设定运维服务水平" },
      description: {
        en: "The IT support post commits to availability and response times for the systems behind the failing step, and reports them monthly.",
        zh: "信息运维岗位对支撑该环节的系统承诺可用率和响应时限，并按月通报。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target", "compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    {
      id: "info-knowledge-base",
      category: "information-sharing",
      title: { en: "Keep the front-line knowledge base current", zh: "及时更新一线知识库" },
      description: {
        en: "Policy, price and process changes enter the knowledge base before they take effect, with a named owner per article.",
        zh: "政策、资费价格和流程变化在生效前录入知识库，每条知识指定维护责任人。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "internal-rating-below-target"],
    },
    {
      id: "kpi-compliance-on-scorecard",
      category: "supervision-kpi",
      title: { en: "Put the standard's compliance on the executing post's scorecard", zh: "将标准达标率纳入执行岗位绩效" },
      description: {
        en: "Compliance on the standard's own clock is reported monthly per post and team, with the cases that missed it.",
        zh: "按岗位和班组按月通报标准达标率，并列出未达标工单。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "kpi-internal-customer-rating",
      category: "supervision-kpi",
      title: { en: "Internal customers rate the upstream post (内部客户制)", zh: "推行内部客户评价（内部客户制）" },
      description: {
        en: "The downstream post's rating of the support it receives counts in the upstream post's appraisal.",
        zh: "下游岗位对所获支撑的评价纳入上游岗位考核。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "kpi-one-owner",
      category: "supervision-kpi",
      title: { en: "One owner per standard and per shared indicator", zh: "每项标准和共享指标明确唯一责任部门" },
      description: {
        en: "Where several units share an indicator, one is named accountable and the others' parts are written down.",
        zh: "多个单位共担的指标明确一个牵头责任单位，并写明其他单位的配合职责。",
      },
      tags: [S, E],
    },
    {
      id: "coord-joint-review",
      category: "coordination",
      title: { en: "Monthly joint review of the hand-offs on the chain", zh: "链条各部门月度联合复盘交接问题" },
      description: {
        en: "The departments on the evidence chain review missed cases together, from the root cause to the customer, and agree who acts.",
        zh: "证据链上的各部门共同复盘未达标工单，从根因追到客户，明确由谁整改。",
      },
      tags: [S, E],
    },
    {
      id: "coord-internal-agreement",
      category: "coordination",
      title: { en: "Internal service agreement between upstream and downstream posts", zh: "上下游岗位签订内部服务协议" },
      description: {
        en: "The two posts write down what is handed over, in what form and by when, and review it against the internal rating.",
        zh: "上下游岗位约定交接内容、形式和时限，并对照内部客户评价定期检查。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "walk-customer",
      category: "walkthrough",
      title: { en: "Customer walkthrough by the standard's owner (客户穿越)", zh: "标准制定部门开展客户穿越" },
      description: {
        en: "The owner of the standard goes through the process as a customer would, counting time the customer's way.",
        zh: "标准制定部门以客户身份走完整个流程，按客户的方式计时。",
      },
      tags: [S, C],
    },
    {
      id: "walk-post",
      category: "walkthrough",
      title: { en: "Post walkthrough: a shift in the downstream post (岗位穿越)", zh: "岗位穿越：到下游岗位体验一个班次" },
      description: {
        en: "Staff of the upstream post spend a shift in the post they serve and bring back what it needs from them.",
        zh: "上游岗位人员到其服务的下游岗位体验一个班次，带回对方的需求。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "warn-complaint-surge",
      category: "early-warning",
      title: { en: "Complaint early warning to the owning department", zh: "投诉激增预警至责任部门" },
      description: {
        en: "When complaints of one type rise past a threshold within a window, the department owning the step behind them is alerted, and higher levels the longer it lasts.",
        zh: "同类投诉在一定时间内超过阈值时，向其背后环节的责任部门预警；持续时间越长，预警层级越高。",
      },
      tags: [C],
    },
    {
      id: "warn-overdue-orders",
      category: "early-warning",
      title: { en: "Alert before a case runs past the standard", zh: "工单临近超时预警" },
      description: {
        en: "Open cases close to the limit are flagged to the executing post and its supervisor while there is still time to act.",
        zh: "对即将超过时限的在途工单，提前提醒执行岗位及其班长。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
  ],
};
