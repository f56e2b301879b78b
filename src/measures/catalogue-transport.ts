/**
 * The bundled improvement measures (改进措施) of passenger transport (airlines, rail, bus and coach): check-in and
 * bag drop, the gate and boarding process, baggage handling, delay and disruption information, rebooking and care,
 * crew scheduling and reserves, turnaround, cleanliness, on-board service and connections. Added to the shared
 * measures when a study declares `industry: transport`. Plain data in the catalogue file format
 * (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const E = "non-compliant-execution" as const;

/** The transport measures, as written (added to the shared ones). */
export const TRANSPORT_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for passenger transport (air, rail, bus)", zh: "旅客运输（航空、铁路、公路客运）服务改进措施库" },
  categories: [
    { id: "check-in-boarding", name: { en: "Check-in, gate and boarding", zh: "值机、登机口与登乘" }, serviceArea: true },
    { id: "baggage", name: { en: "Baggage handling", zh: "行李运输" }, serviceArea: true },
    { id: "disruption", name: { en: "Delay information and disruption care", zh: "延误信息与不正常运行服务" }, serviceArea: true },
    { id: "crew-operations", name: { en: "Crew scheduling and operations", zh: "机组（乘务）排班与运行保障" } },
    { id: "on-board", name: { en: "On-board service and cleanliness", zh: "机上（车上）服务与卫生" }, serviceArea: true },
  ],
  measures: [
    // Check-in, gate and boarding
    {
      id: "tr-checkin-queue",
      category: "check-in-boarding",
      title: { en: "Open check-in and bag-drop desks by queue length", zh: "按排队长度动态增开值机和行李托运柜台" },
      description: {
        en: "The duty manager opens desks when the queue passes an agreed wait (e.g. 10 minutes), moving staff from quieter desks, and passengers with only hand luggage are sent to kiosks and online check-in.",
        zh: "值班主任在排队等候超过约定时长（如10分钟）时增开柜台，从空闲柜台调配人员；只带手提行李的旅客引导至自助值机和网上值机。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "servqual-gap", "compliance-below-standard"],
    },
    {
      id: "tr-gate-readiness",
      category: "check-in-boarding",
      title: { en: "Gate ready before boarding time, by checklist", zh: "登机口按检查单提前就绪" },
      description: {
        en: "Gate staff are at the gate before the published boarding time with the passenger list, the aircraft or vehicle confirmed ready, and boarding starts on time or is announced with a new time.",
        zh: "登机口人员在公布的登机时间前到岗，旅客名单、航空器（车辆）准备情况确认完毕，按时开始登机；不能按时的，及时广播新的登机时间。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "tr-boarding-zones",
      category: "check-in-boarding",
      title: { en: "Board by zones and keep the order at the gate", zh: "分区登机，维持登机口秩序" },
      description: {
        en: "Boarding in announced zones (rear first, passengers needing help first), with cabin-bag sizing done at check-in rather than at the door, so boarding is calm and the door closes on time.",
        zh: "按广播的区域分批登机（后排优先、需要协助的旅客优先），手提行李尺寸在值机时检查而非在舱门口，登机有序、按时关舱门。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "servqual-gap", "compliance-below-standard"],
    },
    // Baggage
    {
      id: "tr-bag-scan-transfers",
      category: "baggage",
      title: { en: "Scan every bag at every transfer point", zh: "行李在每个交接环节扫描" },
      description: {
        en: "Bags are scanned at check-in, loading, transfer and arrival, so a missed connection is seen before departure and the passenger can be told where the bag is.",
        zh: "行李在值机、装机、中转和到达各环节扫描，漏装在起飞前即可发现，并能告知旅客行李所在位置。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "tr-bag-delivery",
      category: "baggage",
      title: { en: "Deliver delayed bags within 24 hours, with a reference and status", zh: "延误行李24小时内送达并可查询进度" },
      description: {
        en: "The lost-and-found desk gives a reference at once, the passenger can follow the bag online, and the bag is delivered to the address given, with a call before delivery.",
        zh: "行李查询柜台当场出具查询编号，旅客可在线查询进度，行李送至旅客指定地址，送达前电话联系。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "compliance-below-standard"],
    },
    {
      id: "tr-bag-first-last",
      category: "baggage",
      title: { en: "First-bag and last-bag times on the belt, monitored per arrival", zh: "逐航班（班次）监控首件、末件行李交付时间" },
      description: {
        en: "The ground handler reports the time of the first and last bag on the belt for every arrival against the standard, and the late ones are reviewed with the ramp team.",
        zh: "地面服务部门按航班统计首件和末件行李上转盘时间并与标准比对，超时航班与装卸班组逐一复盘。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    // Delay information and disruption care
    {
      id: "tr-delay-information",
      category: "disruption",
      title: { en: "Delay information within 15 minutes, then at set intervals, the same in every channel", zh: "延误信息15分钟内发布、定时更新、各渠道一致" },
      description: {
        en: "When a departure time changes, passengers hear it by message, at the gate and on the displays within 15 minutes, with the reason and the next update time, and the same information reaches the call centre.",
        zh: "出发时间一有变化，15分钟内通过短信、登机口广播和显示屏告知旅客，说明原因及下次更新时间，并同步至客服热线。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "tr-delay-info-to-front-line",
      category: "disruption",
      title: { en: "Operations control feeds the gate and the call centre in real time", zh: "运行控制中心向登机口和客服实时通报" },
      description: {
        en: "The operations control centre pushes every new estimated time and its reason to gate staff and call-centre agents, so they never learn of a change from passengers.",
        zh: "运行控制中心将每次新的预计时间及原因实时推送给登机口人员和客服坐席，避免一线人员从旅客处才得知变化。",
      },
      tags: [E],
      evidence: ["internal-rating-below-target"],
    },
    {
      id: "tr-disruption-rebooking",
      category: "disruption",
      title: { en: "Automatic rebooking and care on long delays and cancellations", zh: "长时间延误和取消时自动改签并提供餐食住宿" },
      description: {
        en: "Passengers on a cancelled or long-delayed service are rebooked automatically on the next available one and get meal or hotel vouchers by message, without queueing at a desk.",
        zh: "对取消或长时间延误的航班（车次），系统自动为旅客改签至最近可用班次，并通过短信发放餐食或住宿凭证，旅客无需到柜台排队。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    // Crew scheduling and operations
    {
      id: "tr-crew-reserve",
      category: "crew-operations",
      title: { en: "Reserve crews at the bases, sized by the disruption rate", zh: "按不正常运行概率在基地配置备份机组（乘务组）" },
      description: {
        en: "Crew planning keeps stand-by crews at each base in the numbers the past disruption and sickness rates call for, so a missing crew member does not delay a departure.",
        zh: "排班部门依据历史不正常运行和病假比例在各基地安排备份机组（乘务组），避免因缺员造成出发延误。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "tr-crew-rest-buffers",
      category: "crew-operations",
      title: { en: "Crew rosters with buffers before duty-time limits", zh: "机组排班在执勤时间限制前留有余量" },
      description: {
        en: "Rosters leave a margin between the planned duty and the legal duty-time limit, so a small delay does not time a crew out and cancel the next service.",
        zh: "排班时在计划执勤时间与法定执勤时限之间留有余量，避免小延误导致机组超时而取消后续班次。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
    {
      id: "tr-turnaround-milestones",
      category: "crew-operations",
      title: { en: "Turnaround milestones tracked per departure", zh: "逐班次跟踪过站保障节点" },
      description: {
        en: "Cleaning, catering, fuelling, loading and boarding each have a milestone time in the turnaround plan; the control centre sees the late one and calls the team that owns it.",
        zh: "过站保障计划为清洁、配餐、加油、装卸和登机设定节点时间，运控中心实时发现滞后节点并通知责任班组。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    // On-board service and cleanliness
    {
      id: "tr-cabin-cleanliness",
      category: "on-board",
      title: { en: "Cleanliness check of every cabin or vehicle at turnaround", zh: "过站时逐舱（逐车）卫生检查" },
      description: {
        en: "The cabin crew or the station checks seats, toilets and floors against a short list before boarding and sends back what the cleaners missed.",
        zh: "登乘前由乘务员或站务人员按简明检查单检查座椅、卫生间和地面，未清洁到位的退回保洁重做。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "tr-onboard-defects",
      category: "on-board",
      title: { en: "Cabin defects reported by crew fixed before the next departure", zh: "乘务报告的客舱故障在下一班次前修复" },
      description: {
        en: "Broken seats, entertainment, Wi-Fi or air conditioning reported in the cabin log go to maintenance with a deadline, and a seat that cannot be fixed is blocked, not sold.",
        zh: "客舱记录中报告的座椅、娱乐系统、无线网络或空调故障交维修部门限时处理；无法修复的座位锁定不售。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "internal-rating-below-target"],
    },
    {
      id: "tr-connection-protection",
      category: "disruption",
      title: { en: "Protect connections on late arrivals", zh: "前序班次晚到时保障旅客衔接" },
      description: {
        en: "Where many passengers connect, the control centre holds the connecting service a few minutes or rebooks them before arrival, and tells them at the arrival gate or stop.",
        zh: "衔接旅客较多时，运控中心安排后续班次适当等待或在到达前完成改签，并在到达口（站）告知旅客。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
  ],
};
