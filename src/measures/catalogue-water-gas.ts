/**
 * The bundled improvement measures (改进措施) of water and gas supply companies: mains bursts and gas leaks,
 * planned interruptions and alternative supply, meter reading and bills, appointments for meter and safety work,
 * water quality information, reconnection and stock. Added to the shared measures when a study declares
 * `industry: water-gas`. Plain data in the catalogue file format (`gaptrace/measures@1`), in English and Chinese.
 * @module
 */
import type { MeasureCatalogueInput } from "./schema.js";

const C = "customer-dissatisfaction" as const;
const E = "non-compliant-execution" as const;

/** The water and gas measures, as written (added to the shared ones). */
export const WATER_GAS_MEASURES_INPUT: MeasureCatalogueInput = {
  format: "gaptrace/measures@1",
  name: { en: "Improvement measures for water and gas supply", zh: "供水、燃气服务改进措施库" },
  categories: [
    { id: "emergency-repair", name: { en: "Emergency repair", zh: "抢修" }, serviceArea: true },
    { id: "interruptions", name: { en: "Supply interruptions", zh: "停水停气管理" }, serviceArea: true },
    { id: "metering-billing", name: { en: "Metering and bills", zh: "抄表与账单" }, serviceArea: true },
    { id: "materials", name: { en: "Materials and stock", zh: "物资储备" } },
  ],
  measures: [
    {
      id: "wg-leak-response",
      category: "emergency-repair",
      title: { en: "Gas leak crews on call by area, dispatched by location", zh: "燃气泄漏抢修按片区值守、按位置派车" },
      description: {
        en: "An emergency crew is on call in every area around the clock and the nearest one is sent by vehicle position, so every reported leak is attended within the commitment.",
        zh: "各片区昼夜安排应急抢修人员值守，按车辆定位派最近的抢修车，确保每起泄漏报警在承诺时限内到场。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "wg-burst-isolation",
      category: "emergency-repair",
      title: { en: "Valve maps and isolation plans for mains bursts", zh: "管网阀门图和爆管关阀预案" },
      description: {
        en: "Repair crews have current valve maps on their tablets and a prepared isolation plan per district, so a burst is isolated quickly and fewer customers lose supply.",
        zh: "抢修人员平板中配备最新阀门图，各片区预先编制关阀方案，爆管时快速关阀，缩小停水范围。",
      },
      tags: [E],
      evidence: ["compliance-below-standard", "internal-rating-below-target"],
    },
    {
      id: "wg-interruption-notice",
      category: "interruptions",
      title: { en: "Notice of planned interruptions in good time, by the customer's channel", zh: "计划停水停气提前按客户偏好渠道通知" },
      description: {
        en: "Customers affected by planned work hear of it in good time (e.g. 24 to 48 hours ahead) by message, notices in the building and the website, with the start and end times kept.",
        zh: "计划施工影响的客户提前（如24至48小时）通过短信、楼道公告和网站获知，停复时间按公告执行。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "wg-alternative-supply",
      category: "interruptions",
      title: { en: "Alternative water during long interruptions", zh: "长时间停水期间提供临时供水" },
      description: {
        en: "When an interruption will last beyond an agreed time, water tankers or bottled water go to the affected area, first to vulnerable customers on the register.",
        zh: "停水预计超过约定时长时，向影响区域派送水车或桶装水，优先保障登记在册的特殊群体客户。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "wg-actual-reads",
      category: "metering-billing",
      title: { en: "Actual meter reads instead of estimated bills", zh: "以实抄读数代替估抄账单" },
      description: {
        en: "Meters that could not be read are visited again by appointment or read remotely, and a bill based on an estimate says so and how to give a reading.",
        zh: "未能抄见的表具预约复抄或远程抄读；按估算出具的账单须注明并告知客户自报读数的方式。",
      },
      tags: [C, E],
      evidence: ["perception-below-target", "compliance-below-standard"],
    },
    {
      id: "wg-appointment-windows",
      category: "metering-billing",
      title: { en: "Short appointment windows for meter and safety visits", zh: "表具和安检上门预约精确到时段" },
      description: {
        en: "Meter changes and gas safety inspections are booked in half-day or two-hour windows chosen by the customer, with a reminder the day before.",
        zh: "换表和燃气安检由客户选择半天或两小时的上门时段，前一天短信提醒。",
      },
      tags: [C],
      evidence: ["perception-below-target", "servqual-gap"],
    },
    {
      id: "wg-quality-information",
      category: "interruptions",
      title: { en: "Tell customers about discoloured water or low pressure before they call", zh: "水质异常或低压时先于客户来电主动告知" },
      description: {
        en: "After flushing, bursts or pressure changes, customers in the area are told what to expect, how long it lasts and when to call.",
        zh: "冲洗管网、爆管或调压后，向影响区域客户说明可能出现的情况、持续时间和需要报修的情形。",
      },
      tags: [C],
      evidence: ["perception-below-target"],
    },
    {
      id: "wg-reconnect-on-payment",
      category: "metering-billing",
      title: { en: "Restore supply the same day payment is confirmed", zh: "确认缴费后当日恢复供水供气" },
      description: {
        en: "Payment confirmation reaches the field team's work list at once and reconnection is done the same day, counted from the customer's payment.",
        zh: "缴费确认信息即时推送至外勤班组工单，当日完成复通，时限从客户缴费时起算。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
    },
    {
      id: "wg-spare-fittings",
      category: "materials",
      title: { en: "Stock of meters, pipe fittings and clamps at the depots", zh: "站点储备表具、管件和抢修节" },
      description: {
        en: "Depots keep the meters, fittings and repair clamps most repairs need, with a minimum level and weekly replenishment.",
        zh: "各站点储备多数维修所需的表具、管件和抢修节，设定最低库存并每周补充。",
      },
      tags: [E],
      evidence: ["compliance-below-standard"],
      layers: ["backoffice", "support"],
    },
  ],
};
