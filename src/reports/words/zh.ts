/**
 * The words of the reports in Simplified Chinese: every heading, name and sentence, by the one {@link ReportWords}
 * interface the English table implements too.
 * @module
 */
import type { IdText, ScopeCondition, UndecidedWords } from "../../attribution/shared/undecided.js";
import { scarcityText } from "../../attribution/shared/undecided.js";
import { FIXED_ZH } from "./fixed-zh.js";
import type { Better, ReasonArgs, ReportWords, UnfinishedArgs } from "./types.js";
import { quoted as q } from "./quote.js";

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
    "given-durations-other-clock": (r, id) =>
      `${id(r.metric)}有${r.cases}个直接给出的时长数值，但该标准的计时与其指标不同，不能采用（否则口径混杂）；按标准自身计时：${scarcityText(UNDECIDED_ZH, r.scarcity)}`,
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

/** What a rejected share is a share of. */
const NOUN_ZH: { readonly [K in "rows" | "values"]: string } = { rows: "行", values: "数值" };

const WITHIN: { readonly [B in Better]: (limit: string) => string } = {
  lower: (limit) => `${limit}以内`,
  higher: (limit) => `不低于${limit}`,
};

/** "：effect", or nothing without an effect. */
/** "到达起点的600个工单中，180个未到达接通（放弃率30.0%；95%置信区间…），计为未达标。" */
function unfinishedZh(u: UnfinishedArgs | undefined): string {
  if (u === undefined) return "";
  const share = u.share === undefined ? "" : `（放弃率${u.share}；${u.ci ?? ""}）`;
  const started = u.rule === "exclude-if-shorter" ? u.seconds === "" ? `到达起点且未以${u.end}结束的${u.started}个工单（另有${u.excluded}个以此结束，不计入）` : `到达起点且未在${u.seconds}秒内以${u.end}结束的${u.started}个工单（另有${u.excluded}个在此时限内结束，不计入）` : `到达起点的${u.started}个工单`;
  const how = u.rule === "exclude" ? "不计入达标率" : "计为未达标";
  return `${started}中，${u.abandoned}个未到达${u.stop}${share}，${how}。`;
}

function after(effect: string): string {
  return effect === "" ? "" : `：${effect}`;
}

/** 低, 高 or 无差异. */
function lower(sign: number): string {
  return sign < 0 ? "低" : sign > 0 ? "高" : "无差异";
}

/** "，在相同“区域”、“班组”内比较". */
function adjusted(dims: readonly string[]): string {
  return dims.length === 0 ? "" : `，在相同${dims.map(q).join("、")}内比较`;
}

function shareReason(a: ReasonArgs & { readonly capped: boolean; readonly standardMet: boolean }): string {
  return (
    `解释了差距的${a.share}${a.shareCi === "" ? "" : `（${a.shareCi}）`}${after(a.effect)}` +
    `${a.whole === undefined ? "" : `；该影响对应${a.whole.points}分（${a.whole.ci}），不小于整个${a.whole.gap}分的差距`}` +
    `${a.standardMet ? "；该标准的达标率符合要求，但剩余的未达标工单仍拉低评价，占比落在执行该环节的岗位" : ""}` +
    `${a.capped ? "（各原因的占比已按比例缩减，合计不超过差距）" : ""}`
  );
}

/** The Simplified Chinese table. */
export const ZH: ReportWords = {
  punct: { colon: "：", semicolon: "；", comma: "，", list: "、", or: "；或", period: "。", paren: (text) => `（${text}）`, to: "至" },
  numbers: {
    units: {
      s: ["秒", "秒"],
      min: ["分钟", "分钟"],
      h: ["小时", "小时"],
      d: ["天", "天"],
      workday: ["个工作日", "个工作日"],
      "%": ["%", "%"],
      count: ["", ""],
      score: ["分", "分"],
      yuan: ["元", "元"],
    },
    quantity: (value, unit) => `${value}${unit}`,
    ci: "置信区间 ",
    ciTo: " 至 ",
    percentagePoints: (value) => `${value}个百分点`,
    percentile: (text) => `第${text}百分位`,
  },
  fixed: FIXED_ZH,
  findings: {
    tagNames: {
      "customer-dissatisfaction": "客户不满意点",
      "unreasonable-standard": "标准不合理点",
      "non-compliant-execution": "执行不合格点",
    },
    tagMeanings: {
      "customer-dissatisfaction": "客户感受到的服务低于其期望或目标值。这里是差距显现的地方，向上游追溯才能找到原因。",
      "unreasonable-standard": "企业自身的服务标准宽于客户可接受的水平，或计时起点与客户不同。责任在标准的制定者：即使完全达标，客户仍不满意。",
      "non-compliant-execution": "某环节未达到自身标准，或其内部客户对它的评价低于目标。责任在执行该环节的岗位。",
    },
    evidenceNames: {
      "perception-below-target": "满意度低于目标",
      "servqual-gap": "感知低于期望（SERVQUAL）",
      "expectation-vs-standard": "标准宽于客户可接受水平",
      "clock-mismatch": "标准计时起止点与客户不一致",
      "compliance-below-standard": "达标率低于要求",
      "internal-rating-below-target": "内部客户评价低于目标",
    },
    changeNames: {
      "raise-index": "提高满意度指数",
      "close-servqual-gap": "消除感知与期望的差距",
      "tighten-threshold": "收紧标准时限",
      "move-clock": "按客户口径计时",
      "raise-compliance": "提高达标率",
    },
    roles: {
      "root-cause": "根本原因",
      explained: "受上游影响",
      misses: "标准已达标，未达标工单仍拉低评价",
      "customer-gap": "面对的客户差距",
    },
    within: WITHIN,
    ciAndN: (ci, n) => `（${ci}，${n}）`,
    evidence: {
      "perception-below-target": (a) => `客户对${a.point}的满意度指数为${a.index}，${a.below ? "低于" : "不低于"}目标值${a.target}。`,
      "servqual-gap": (a) => `客户对${a.point}的感知比期望${a.below ? "低" : "高"}${a.size}分（感知−期望 = ${a.detail}）。`,
      "expectation-vs-standard": (a) => {
        const c = a.acceptable;
        const tail = c === undefined ? "" : `${a.required}的客户能接受的${c.lower ? "上限" : "下限"}为${c.value}（${c.ci}）。`;
        return `仅${a.share}的客户${a.shareCi}能接受标准${a.standard}的${a.limit}，而要求至少${a.required}的客户能接受。${tail}`;
      },
      "clock-mismatch": (a) =>
        `标准${a.standard}从${a.standardEvent}${a.start ? "开始" : "结束"}计时，客户则从${a.customerEvent}${a.start ? "开始" : "结束"}计时` +
        `${a.lag === undefined ? "" : `，两者中位相差${a.lag}`}。` +
        `${a.own === undefined ? "" : `按标准自身口径，${a.own}的工单达标；`}` +
        `其中按客户口径仍在${a.limit}以内的仅占${a.onCustomer}${a.shareCi}，要求${a.required}。`,
      "compliance-below-standard": (a) => {
        const co = a.coincidence.length === 0 ? "" : `未达标的工单中，${a.coincidence.map((c) => `${c.share}同时未达到${c.standard}`).join("，")}。`;
        return `标准${a.standard}：${a.compliance}的工单在${a.within}（要求${a.required}；${a.ci}，${a.n}）。${a.now === undefined ? "" : `目前${a.now.percentile}为${a.now.value}。`}${co}${unfinishedZh(a.unfinished)}`;
      },
      "internal-rating-below-target": (a) =>
        `内部客户${a.rater}对${a.point}${a.owner === undefined ? "" : `（由${a.owner}提供）`}的评价指数为${a.index}，${a.below ? "低于" : "不低于"}目标值${a.target}。`,
    },
    brief: {
      "perception-below-target": (a) => `${a.point}客户满意度${a.value}（目标${a.target}，${a.n}）`,
      "servqual-gap": (a) => `${a.point}感知−期望 ${a.value}（${a.n}）`,
      "expectation-vs-standard": (a) => `${a.share}的客户接受${a.threshold}（要求${a.required}）`,
      "clock-mismatch": (a) => `标准从${a.standardEvent}计时、客户从${a.customerEvent}计时：按客户口径${a.share}在${a.threshold}以内`,
      "compliance-below-standard": (a) => `${a.share}在${a.within}（要求${a.required}）`,
      "internal-rating-below-target": (a) => `${a.rater}评价${a.value}（目标${a.target}）`,
    },
    change: {
      "raise-index": (a) => `将${a.subject === undefined ? "" : `${a.subject}的`}满意度指数从${a.from}提高到目标值${a.to}（${a.by}分）。`,
      "close-servqual-gap": (a) => `消除${a.subject === undefined ? "" : `${a.subject}的`}客户感知与期望之间${a.gap}分的差距。`,
      "tighten-threshold": (a) => `将标准${a.standard}的限值从${a.from}调整为${a.to}，即客户可接受的水平。`,
      "move-clock": (a) => `标准${a.standard}的计时${a.start ? "起点" : "终点"}应从${a.from}改为${a.to}，与客户的计算方式一致。`,
      "raise-compliance": (a) => {
        const n = a.now;
        const tail = n === undefined ? "" : `：${n.metric ?? ""}${n.percentile}须从${n.value}${n.lower ? "降至" : "提高到"}${n.limit}`;
        return `将标准${a.standard}的达标率从${a.from}提高到${a.to}${tail}。`;
      },
    },
    postInDepartment: (post, department) => `${department}${post}`,
    noPost: "（未指定岗位）",
    chainHead: (step, where) => `${step}（${where}）`,
    chainNothingMeasured: (head) => `${head}：此处无测量数据，依据蓝图的交接关系推断。`,
    noSignificantGap: "（无显著差距）",
    customerGap: (a) => `客户对${a.point}（环节${a.step}）不满意：${a.numbers}。${a.causes}`,
    unreasonableStandard: (a) =>
      a.clock ? `标准${a.standard}（由${a.owner}制定）的计时方式与客户不一致：${a.numbers}。` : `标准${a.standard}（由${a.owner}制定）宽于客户可接受的水平：${a.numbers}。`,
    nonCompliantExecution: (a) =>
      `环节${a.step}（由${a.post}执行）未达标：${a.numbers}。${a.upstream.length === 0 ? "" : ` 其未达标主要源于上游：${a.upstream.join("；")}。`}`,
    ref: {
      customerGap: (point) => `客户不满意点${point}`,
      execution: (step, post) => `环节${step}${post === undefined ? "" : `（${post}）`}执行不合格`,
      clock: (standard) => `标准${standard}的计时口径`,
      limit: (standard) => `标准${standard}的限值`,
    },
    share: (share, point) => `解释了${point}客户差距的${share}`,
  },
  links: {
    gradeNames: {
      measured: "已测量",
      "internal-chain": "内部客户评价支持",
      "co-variation": "跨区域共变",
      structural: "仅结构推断，未检验",
    },
    gradeMeanings: {
      measured: "在与本人工单关联的客户上估计了对客户评价的影响（总体满意度：基于客户对各评价点的评价）",
      "internal-chain": "链条上每个有评价的环节，内部客户的评价都低于目标，但对客户评价的影响未被测量",
      "co-variation": "该原因未达标较多的区域满意度较低；这是跨区域的估计，区域之间若在其他方面也不同，可能产生误导",
      structural: "仅在蓝图中位于上游，没有任何数据检验这一关联",
    },
    estimatorNames: {
      "linked-regression": "关联工单回归",
      "segment-regression": "跨区域回归",
      "wave-regression": "跨批次回归",
      "driver-regression": "关键驱动因素回归",
    },
    exposed: {
      "missed-standard": (a) => `本人工单未达到${a.standard}的客户`,
      "beyond-acceptable": (a) => `本人工单超出客户可接受的${a.acceptable}（标准${a.standard}）的客户`,
      "customer-clock": (a) => `按客户口径（从${a.start}起计时）未达到${a.standard}的客户`,
      "internal-rating": (a) => `${a.rater}评价的${a.point}支撑`,
      point: (a) => `客户对${a.point}的满意度`,
    },
    cases: {
      "missed-standard": (a) => `未达到${a.standard}`,
      "beyond-acceptable": (a) => `超出客户可接受的${a.acceptable}（标准${a.standard}）`,
      "customer-clock": (a) => `按客户口径未达到${a.standard}`,
      "internal-rating": (a) => `所获${a.point}支撑被${a.rater}评价低于目标`,
      point: (a) => `来自对${a.point}评价较低的客户`,
    },
    effects: {
      "linked-regression": (a) => `${a.exposed}（占已关联客户的${a.exposure}）评价${lower(a.sign)}${a.size}分（${a.ci}；${a.q}）${adjusted(a.adjustedFor)}`,
      "segment-regression": (a) =>
        `${a.cases}的工单比例每高10个百分点，区域满意度${lower(a.sign)}${a.size}分（${a.ci}；${a.q}；${a.n}个区域）；` +
        `这是跨区域的估计，区域之间若在其他方面也不同，可能产生误导`,
      "wave-regression": (a) =>
        `${a.cases}的工单比例每高10个百分点，该批次满意度${lower(a.sign)}${a.size}分（${a.ci}；${a.q}；${a.n}个批次）；` +
        `这是跨批次的估计，批次之间若在其他方面也不同，可能产生误导`,
      "driver-regression": (a) =>
        `${a.subject}每提高1分，总体满意度变化${a.driver.effect}分（${a.ci}；${a.q}；n = ${a.n}）；` +
        `达到其目标（差${a.driver.gap}分）可使总体满意度提高${a.driver.closes}分（${a.driver.closesCi}）`,
    },
    reasons: {
      share: shareReason,
      "not-significant": (a) => `已测量，校正后不显著${after(a.effect)}`,
      "no-harm": (a) => `已测量，未发现不利影响${after(a.effect)}`,
      negligible: (a) => `已测量，但占差距比例过小（低于最小严重度），不归责于岗位${after(a.effect)}`,
      confounded: () => "可能的原因，无法识别：其未达标情况与用于比较的分组完全重合，无法将其影响与分组的差异区分开",
      ecological: (a) => `跨区域共变，不计占比（跨区域的估计，区域之间若在其他方面也不同，可能产生误导）${after(a.effect)}`,
      "too-few-exposed": (a) => `可能的原因，现有关联客户无法测量：受影响${a.exposed}位、未受影响${a.unexposed}位${a.unknown === undefined ? "" : `、无法判断${a.unknown}位`}（每组至少需要${a.needed}位）`,
      "internal-chain": (a) => `有内部客户评价支持（${a.points.map(q).join("、")}低于目标），影响大小未测量`,
      untested: () => "可能的原因，未检验",
    },
    tests: {
      "both-sides": (a) => `两组都有足够的关联客户：本人工单受影响的和未受影响的各至少${a.needed}位（目前分别为${a.exposed}位和${a.unexposed}位）`,
      "linked-cases": (a) => `将调查回答与其本人工单关联（工单号列）${a.events.length === 0 ? "" : `，并记录${a.events.join("、")}事件`}，即可测量`,
      "internal-ratings": (a) => (a.post === undefined ? `收集内部客户对${a.step}的评价` : `请${a.post}评价${a.step}提供的支撑（内部客户评价）`),
      segments: (a) => `在调查回答和工单上记录相同的分组（区域、班组、网点），至少${a.needed}个分组，每个分组至少${a.perPlace}位客户、${a.perPlace}张工单，以便跨区域比较`,
      "step-clock": (a) =>
        `为${a.step}${a.post === undefined ? "" : `（${a.post}执行）`}设一项带计时的标准，并在工单中记录其计时的起止事件` +
        (a.link ? `，同时将调查回答与其本人工单关联（工单号列）${a.places === undefined ? "" : `，或在调查回答和工单上记录相同的分组（区域、班组、网点），至少${a.places}个分组${a.perPlace === undefined ? "" : `，每个分组至少${a.perPlace}位客户、${a.perPlace}张工单`}`}` : "") +
        `，以便比较本人工单未达标的客户与达标的客户${a.places === undefined ? "" : "（或比较未达标较多与较少的区域）"}`,
      "unconfounded-cases": (a) =>
        `能区分此原因的工单：${a.adjustedFor.length === 0 ? "" : `在相同${a.adjustedFor.map(q).join("、")}内，`}本人工单受影响与未受影响的关联客户都要有，` +
        `且受影响的工单不与其他原因同时出现（扩大关联样本，或选取情况不同的区域、时段）`,
      "driver-answers": (a) =>
        `请评价总体满意度的客户同时评价${a.point}：两项都回答的至少${a.needed}位，且不少于总体满意度回答人数的一半；其中至少${a.needed}位还要评价回归纳入的其他各评价点` +
        `（回答人数至少${a.needed}位、且不少于总体满意度回答人数一半的评价点；回归只用各项都回答的客户），其对该项的评价不与其他评价点同升同降（关键驱动因素回归）`,
    },
    moreLinked: {
      exposed: "补充本人工单受影响的关联客户（扩大关联样本，或从工单情况不同的区域、时段抽样）",
      unexposed: "补充本人工单未受影响的关联客户（扩大关联样本，或从工单情况不同的区域、时段抽样）",
      both: "受影响和未受影响的两组都要补充关联客户（扩大关联样本，或从工单情况不同的区域、时段抽样）",
    },
    misses: (standard) => `标准${standard}的未达标工单`,
    gapShare: (a) => `解释了${a.gap}客户差距的${a.share}（${a.ci === "" ? "" : `${a.ci}，`}${a.grade}）`,
    frontLineShare: (a) => `${a.gap}客户差距中未被已测量的上游影响解释的部分（${a.share}）：留在一线岗位`,
    causeShare: (a) => `${a.name}${a.share}（${a.ci === "" ? "" : `${a.ci}，`}${a.grade}${a.through === undefined ? "" : `，经由${a.through}`}）`,
    through: (a) => `；向上游传递：${a.standard}未达标的工单中，有${a.fraction}（${a.ci}；${a.cases}张工单）是在${a.upstream}也未达标时多出的，这部分已测量份额由本岗位承担`,
    passedUpstream: (a) => `；${a.standard}的未达标中有${a.fraction}（${a.ci}；${a.cases}张工单）是在${a.upstream}未达标时多出的，这部分份额转给上游的${a.to}`,
    shareBrief: (a) => `${a.gap} ${a.share}（${a.ci === "" ? "" : `${a.ci}，`}${a.grade}）`,
    frontLine: "未被上游解释",
    toTestBrief: (a) => `${a.gap}——待检验（${a.grade}）`,
    possible: (a) => `${a.gap}客户差距的可能原因——待检验（${a.grade}）：${a.why}`,
    unexplained: (a) => `未被已测量的上游影响解释的部分（${a.share}）：留在一线岗位${a.post}`,
    toTest: (n, count) => (n === 0 ? "" : `另有${count}个可能的上游原因待检验，影响大小未测量。`),
    explainedHeadline: (a) => `已测量的上游影响解释了${a.gap}分差距中的${a.explained}：${a.causes.join("；")}。${a.unexplained}。${a.toTest}`,
    unexplainedHeadline: (a) => `没有已测量的上游影响能解释这${a.gap}分的差距：差距留在一线岗位${a.post}。${a.toTest}`,
    linkage: (k) => {
      if (k.respondents === 0) return "本批次没有外部调查回答，没有调查回答与工单关联。";
      const problems = [
        k.unlinked > 0 ? `${k.text.unlinked}位未填写工单号` : "",
        k.unknownCase > 0 ? `${k.text.unknownCase}位填写的工单不在工单记录中` : "",
        k.duplicate > 0 ? `${k.text.duplicate}位填写的工单已被其他受访者关联` : "",
      ].filter((x) => x !== "");
      const none = k.linked === 0 ? "无法在关联工单上测量对客户评价的影响，各原因按较弱的证据分级。" : "";
      return `调查回答与本人工单的关联：${k.text.respondents}位外部受访者中${k.text.linked}位已关联（${k.text.share}）${problems.length === 0 ? "" : `；${problems.join("，")}`}。${none}`;
    },
    corrections: {
      "benjamini-hochberg": (a) => `Benjamini–Hochberg 校正，错误发现率 ${a}`,
      holm: (a) => `Holm 校正，族错误率 ${a}`,
      none: (a) => `未做多重比较校正，α = ${a}`,
    },
    correctionNames: { "benjamini-hochberg": "Benjamini–Hochberg", holm: "Holm 校正", none: "未校正" },
    families: (a) =>
      `两组检验各自校正：问题点检验${a.findings.tests}项（${a.correction}；${a.findings.significant}项显著），` +
      `上游影响对客户评价的关联检验${a.links.tests}项（${a.linkCorrection}；${a.links.significant}项显著）。`,
  },
  charts: {
    gapDescription: (points, below) => `${points}个评价点的满意度指数（0–100）及置信区间与目标值对比；${below}个显著低于目标。`,
    indexAxis: "满意度指数（0–100）",
    target: "目标",
    belowTarget: "显著低于目标",
    atTarget: "未显著低于目标",
    quadrantDescription: (points, concentrate, name) => `${points}个评价点的重要性（纵轴）与满意度（横轴）；${concentrate}个位于“${name}”象限。`,
    satisfactionAxis: "满意度指数 →",
    importanceAxis: "重要性 →",
    satisfaction: "满意度",
    importance: "重要性",
    targetAxis: "满意度 − 目标（指数点）→",
    referenceAxis: "满意度 − 参照值：本评价点目标，无目标时为各评价点均值（指数点）→",
    meanAxis: (mean) => `满意度指数 →（虚线：各评价点均值${mean}；未设目标）`,
    notSignificantlyBelow: "低于目标但不显著",
    crosshairTarget: "表现以各评价点自身的目标为参照：除非目标检验判定其显著低于目标，否则计为表现达标。",
    hollowDots: "空心点表示低于目标但不显著：目标检验判定其达到目标。",
    crosshairMean: (mean) =>
      `本主题评价点均未设定目标，表现以各评价点满意度均值（${mean}）为参照：此处“表现好”仅表示优于本主题其他评价点，并不代表已达到要求；差距也是相对该均值计算的。`,
    crosshairMixed: (mean, without) =>
      `表现以各评价点自身的目标为参照（除非目标检验判定其显著低于目标，否则计为达标）；${without}未设定目标，以本主题各评价点满意度均值（${mean}）为参照，该参照为相对水平，并非目标。`,
  },
  measureSource: {
    industries: { "power-utility": "供电企业", "water-gas": "供水、燃气企业", telecom: "通信运营商", "contact-centre": "客服中心", transport: "旅客运输企业" },
    bundled: (industry) => `改进措施选自内置的${industry}措施库及通用措施。没有适用措施的问题点不作建议。`,
    sharedOnly:
      "本研究未声明所属行业（研究文件中的 industry:），因此仅建议内置的通用措施（标准修订、培训、流程穿越、监督考核等）。声明所属行业或提供措施库文件，可获得本行业的措施。没有适用措施的问题点不作建议。",
    file: (name) => `改进措施仅选自${name || "所提供的"}措施库。没有适用措施的问题点不作建议。`,
    fileAndBundled: (name, industry) => `改进措施选自${name || "所提供的"}措施库，并补充内置的${industry ? `${industry}措施及` : ""}通用措施。没有适用措施的问题点不作建议。`,
    none: "未附改进措施。",
    serviceAreas: (unnamed, unknown) =>
      [
        unnamed.length === 0 ? "" : `针对某一业务领域的措施，只向在研究中声明了该类别的服务主题（主题的 measureCategories）建议；没有主题声明${unnamed.join("、")}，因此不建议这些类别的措施。`,
        unknown.length === 0 ? "" : `措施库中没有业务领域类别${unknown.map((u) => `${u.category}（主题${u.theme}所声明）`).join("、")}，请检查拼写。`,
      ].join(""),
  },
  page: {
    htmlLang: "zh-Hans",
    servqualMark: "感知−期望",
    acceptMark: "接受",
    clockMark: "计时口径不一致",
    marked: (count) => `（${count}个标记）`,
    ratedBy: (point, rater) => `${point} — ${rater}评价`,
  },
  data: {
    heading: "数据读取情况",
    kindNames: { responses: "调查答卷", cases: "工单记录" },
    reasonNames: {
      "malformed-line": "行格式错误",
      "invalid-encoding": "编码不符",
      "missing-respondent": "缺少受访者编号",
      "invalid-audience": "受访者类型无效",
      "missing-post": "缺少岗位",
      "unknown-post": "岗位未定义",
      "invalid-weight": "权重无效",
      "inconsistent-respondent": "受访者信息前后不一致",
      "conflicting-case-link": "工单关联冲突",
      "invalid-segment": "分组无效",
      "segment-limit": "分组过多",
      "unknown-question": "题目未定义",
      "wrong-audience": "作答对象不符",
      "duplicate-answer": "重复作答",
      "missing-value": "缺少答案",
      "non-numeric": "不是数值",
      "out-of-range": "超出量表范围",
      "missing-case": "缺少工单编号",
      "unknown-event": "事件未定义",
      "unknown-context": "业务背景未定义",
      "unparseable-time": "时间无法识别",
      "inconsistent-case": "工单信息前后不一致",
      "duplicate-event": "事件重复",
      "stop-before-start": "结束早于开始",
      "invalid-duration": "时长无效",
    },
    columns: { source: "数据来源", rowsRead: "读取行数", accepted: "接收", rejected: "拒收", rejectedShare: "拒收比例", byReason: "拒收原因" },
    notGiven: "未提供数据来源记录：本报告无法说明读取、接收和拒收了多少行，因此不列出这些数字。",
    given: "每个数据来源的读取行数 = 接收行数 + 拒收行数。被拒收的行和数值不计入本报告的任何数字。",
    rows: (a) => `${a.name}（${a.kind}）：读取${a.read}行 = 接收${a.accepted}行 + 拒收${a.rejected}行`,
    values: (a) =>
      `已接收行中的数值：读取${a.read}个 = 有效${a.valid}个 + 缺失${a.missing}个 + 不知道${a.dontKnow}个${a.notApplicable === undefined ? "" : ` + 不适用${a.notApplicable}个`} + 拒收${a.rejected}个`,
    coded: (a) =>
      [
        a.recoded === undefined ? [] : [`按标签转码${a.recoded.count}个（${[...a.recoded.labels.map((l) => `${l.question} ${q(l.label)}→${l.code}：${l.count}个`), ...(a.recoded.more ? ["……"] : [])].join("，")}）`],
        a.notApplicable === undefined ? [] : [`不适用${a.notApplicable.count}个（${[...a.notApplicable.questions.map((n) => `${n.question} ${n.count}个`), ...(a.notApplicable.more ? ["……"] : [])].join("，")}）`],
      ]
        .flat()
        .join("；"),
    shareOf: (share, of) => `${share}的${NOUN_ZH[of]}`,
    reasonCount: (reason, count) => `${reason}（${count}）`,
    partialTitle: "数据不完整",
    partial: (a) =>
      `${a.name}：${a.share}的${NOUN_ZH[a.of]}被拒收（超过${a.threshold}），主要原因：${a.reasons.join("、")}。本报告的数字仅基于已接收的${NOUN_ZH[a.of]}。`,
  },
  undecided: UNDECIDED_ZH,
  undecidedKinds: { point: "评价点", standard: "标准", clock: "标准计时口径", internal: "内部客户评价" },
  undecidedSubject: (kind, name) => `${kind}${q(name)}`,
  tests: {
    familyNames: {
      "perception-below-target": "客户满意度对目标值",
      "servqual-gap": "SERVQUAL 差距（感知对期望）",
      "expectation-vs-standard": "标准对客户可接受水平",
      "clock-mismatch": "标准计时口径对客户口径",
      "compliance-below-standard": "标准达标率",
      "internal-rating-below-target": "内部客户评价对目标值",
    },
    family: (a) => `${a.name}${a.tests}项（显著偏低${a.below}项，显著偏高${a.above}项）`,
    families: (a) =>
      `所有检验均为双侧检验。每类检验自成一族、单独校正（${a.correction}），一类检验不会改变另一类的结论：` +
      `${a.families.length === 0 ? "无检验" : a.families.join("；")}。上游影响对客户评价的关联检验另成一族：${a.links.tests}项（${a.linkCorrection}；${a.links.significant}项显著）。` +
      `均值与差距的置信区间和 p 值采用${a.interval === "t" ? "自由度为 n − 1 的 t 分布" : "正态分布"}；比例采用 Wilson 区间和得分检验。`,
    strengthKinds: {
      "above-target": "满意度高于目标",
      "perception-above-expectation": "感知高于期望（SERVQUAL）",
      "internal-above-target": "内部客户评价高于目标",
    },
    strength: {
      "above-target": (a) => `客户对${a.point}的满意度指数为${a.estimate}，显著高于目标值${a.reference}（${a.q}）。`,
      "perception-above-expectation": (a) => `客户对${a.point}的感知显著高于期望：感知−期望 = ${a.estimate}（${a.q}）。`,
      "internal-above-target": (a) => `内部客户${a.rater ?? ""}对${a.point}的评价指数为${a.estimate}，显著高于目标值${a.reference}（${a.q}）。`,
    },
    untargetedPoint: (a) => {
      const parts = [a.servqual === undefined ? "未做检验：无目标值，也无期望可比" : `改为检验感知对期望：${a.servqual}组 SERVQUAL 配对`];
      if (a.untested && a.servqual !== undefined) parts.push("未配对的感知题未检验");
      if (a.raters.length > 0) parts.push(`${a.raters.join("、")}的内部评价未检验`);
      return `${a.point}（${parts.join("；")}）`;
    },
    untargeted: (a) => `${a.count}个评价点未设定目标值，也未给出默认目标值，因此未做目标检验（不假定目标值）：${a.points.join("；")}。`,
  },
  monitoring: {
    heading: "期间预警与升级情况（事后总结）",
    note: "两次测评之间由监测产生的预警（投诉突增、工单临近超出服务标准时限、重复投诉、满意度回落），每条预警按服务蓝图派送至问题根源的责任岗位，并按评价项目设定的层级逐级升级。",
    period: (from, to) => `预警期间：${from} 至 ${to}。`,
    byDepartment: "各责任部门的预警事件",
    byPost: "各责任岗位的预警事件",
    columns: ["责任单位", "发起", "升级", "已关闭", "未关闭", "最高层级", "关闭用时中位数（分钟）"],
    unrouted: (n) => `${n} 起预警事件在服务蓝图中没有责任岗位。`,
    none: "该期间没有预警。",
    listLine: (a) => `评估期间预警：发起 ${a.raised} 起，升级 ${a.escalated} 起，已关闭 ${a.resolved} 起，未关闭 ${a.open} 起${a.median === null ? "" : `；关闭用时中位数 ${Math.round(a.median)} 分钟`}。`,
  },
  targets: {
    heading: "目标分解",
    note: "按归因测得的关键驱动因素效应分解总目标：列出各项已下达目标全部达成时预测的总体满意度及其基于抽样设计的置信区间（含各效应与当前水平的抽样误差，不含目标能否达成），各评价点的提升量只通过已测得的效应和分摊比例落实到岗位。",
    current: (a) => `${a.theme}：总体满意度 ${a.value} ${a.ci}（${a.n} 名客户${a.baseline === null ? "" : `；申报基数 ${a.baseline}`}）；${a.wave} 目标 ${a.target}。`,
    noFit: {
      "no-overall": (t) => `${t}：没有总体满意度题，无法分解目标。`,
      "too-few": (t) => `${t}：同时回答总体满意度题和各评价点的客户太少，无法测算效应，未作分解。`,
    },
    declared: (a) =>
      `各项已下达目标全部达成时，预测总体满意度为 ${a.value} ${a.ci}，${a.verdict === "reaches" ? `可以达到 ${a.target}` : a.verdict === "falls-short" ? `达不到 ${a.target}` : `能否达到 ${a.target} 尚无法判断（置信区间跨越目标值）`}。`,
    consistency: (a) =>
      `仅按各项指标目标预测为 ${a.value} ${a.ci}：与总目标 ${a.target} ${a.verdict === "reaches" ? "一致" : a.verdict === "falls-short" ? "不一致（不足以支撑）" : "是否一致尚无法判断"}。`,
    proposal: (a) =>
      a.shortfall === null
        ? `建议分解：在效应经测算且显著的评价点中，以最小提升量使预测值达到目标，预测 ${a.value} ${a.ci}。`
        : `即使所有效应显著的评价点都提升到 100，预测也只有 ${a.value} ${a.ci}，距目标尚差 ${a.shortfall}：仅靠这些评价点无法达到目标。`,
    pointColumns: ["评价点", "每提升 1 分的效应", "现值", "目标", "提升量", "效应"],
    status: { measured: "已测算，显著", "not-significant": "不显著：不分配", "not-in-fit": "未测算（作答太少）" },
    indicatorColumns: ["指标", "现值", "目标", "提升量", "责任主体", "确认情况"],
    accepted: (by, on) => `${by}于 ${on} 确认`,
    notAccepted: "未经确认（单向下达）",
    noOwner: "无责任主体",
    problems: "责任主体与目标确认",
    trackHeading: "各期目标跟踪",
    trackColumns: (waves) => ["目标", ...waves, "连续下降"],
    overallOf: (theme) => `总体满意度（${theme}）`,
    trackCell: (a) => (a.target === null ? a.value : `${a.value}（${a.met === "met" ? "达到" : a.met === "missed" ? "未达到" : "无法判断是否达到"} ${a.target}）`),
    falling: (a) =>
      `${a.from} 至 ${a.to} 连续 ${a.falls} 期下降（${a.significant === "all" ? "每次下降均显著" : a.significant === "some" ? "部分下降显著" : "仅为点估计下降，均不显著"}）`,
    listLine: (a) =>
      `本岗位目标：将“${a.point}”从 ${a.from} 提升到 ${a.to}${a.via === "cause" ? `（按测得的差距分摊比例，本岗位承担 ${a.part} 分）` : a.part === "" ? "" : `（本岗位承担 ${a.part} 分）`}；${a.acceptance.kind === "accepted" ? `${a.acceptance.by}于 ${a.acceptance.on} 确认` : a.acceptance.kind === "not-accepted" ? "未经确认" : "依据测得效应建议，非已下达目标"}。`,
  },
  coverage: {
    heading: "本次数据能说明什么",
    note: "每类差距需要相应的数据。本次数据无法检验的类型，报告中没有该类发现只是因为未作检验，并不说明没有问题。",
    read: (a) => `本次读取：${a.customers}名客户和${a.staff}名员工的答卷，${a.cases}条工单记录（其中${a.linked}份答卷关联到本人工单）。`,
    testable: (a) => `${a.tag}：已检验（${a.tests}项检验${a.ways.length === 0 ? "" : `：${a.ways.join("、")}`}）。`,
    tried: (tag) => `${tag}：已尝试检验，但数据太少，无一项能判定（见“待定：数据不足”）。`,
    notTestable: (tag) => `${tag}：本次数据无法检验。`,
    links: {
      testable: "客户差距与上游原因的关联：已用关联到本人工单的客户答卷测算。",
      notTestable: "客户差距与上游原因的关联：本次数据无法检验，不把客户差距的份额归到任何岗位。",
    },
    wouldTest: (needs) => `检验所需数据：${needs.join("；")}。`,
    moreWays: (needs) => `可补充检验的数据：${needs.join("；")}。`,
    needs: {
      "customer-perception": (a) =>
        a.questions.length > 0
          ? `客户对${a.points.join("、")}的感知题${a.questions.join("、")}的答卷`
          : a.points.length > 0
            ? `在${a.points.join("、")}设置客户感知题`
            : `在面向客户的环节${a.steps.join("、")}设置评价点及客户感知题`,
      targets: (a) =>
        a.audience === "external" ? `在${a.points.join("、")}设定目标值，或设置与感知题配对的SERVQUAL期望题` : `在${a.points.join("、")}设定目标值（该处的内部评价没有可比较的目标）`,
      "expectation-questions": (a) =>
        a.questions.length > 0
          ? `客户对${a.metrics.join("、")}的期望题${a.questions.join("、")}的答卷`
          : `关于${a.metrics.join("、")}的客户期望题（客户可接受的值），用于检验标准${a.standards.join("、")}`,
      standards: () => "在研究中定义标准（指标、阈值、计时起点事件、须达标的工单比例）",
      "case-records": (a) => `包含事件${a.events.join("、")}的工单记录（用于标准${a.standards.join("、")}）`,
      "internal-ratings": (a) => `内部客户（${a.raters.join("、")}）对${a.points.join("、")}的评价`,
      "linked-responses": () => "能关联到本人工单的调查答卷（工单号列，或以工单号作为受访者编号）",
      "case-level-records": () => "逐单的工单记录本身（工单汇总不含工单号，无法与答卷逐一关联）",
    },
  },
  walkthrough: {
    heading: "流程穿越",
    note: "员工以客户、其他岗位或其他部门的身份走完流程时记录的问题。这些问题是定性证据：可以印证发现、指出需要关注的环节，但客户差距的责任比例只来自有测量的影响，流程穿越不改变任何关联的证据等级。",
    runKinds: { customer: "客户穿越", post: "岗位穿越", department: "部门穿越" },
    kinds: { standard: "标准不合理", execution: "执行不到位", handoff: "衔接不畅", customer: "客户痛点", other: "其他" },
    solved: { yes: "已解决", no: "未解决", partly: "部分解决" },
    totals: (t) => `共 ${t.participants} 人参加 ${t.runs} 次流程穿越，穿越任务 ${t.tasks} 项，发现问题 ${t.problems} 条：已解决 ${t.solved} 条，部分解决 ${t.partly} 条，未解决 ${t.open} 条。`,
    between: "",
    ledger: (l) => `穿越记录读取 ${l.rowsRead} 条 = 采用 ${l.accepted} 条 + 未采用 ${l.rejected} 条。`,
    otherWaves: (runs, problems) => `其他批次的 ${runs} 次流程穿越（问题 ${problems} 条）未计入。`,
    problem: (a) => `${a.step}：${a.text}（${a.kind}）——${a.state}${a.solvedOn === null ? "" : `（${a.solvedOn}）`}${a.measure === null ? "" : `；措施：${a.measure}`}。`,
    listLine: (open, solved) => `流程穿越问题：未解决 ${open} 条，已解决 ${solved} 条。`,
    corroborates: (finding, n) => `${finding}得到 ${n} 条未解决的流程穿越问题印证。`,
    supports: (a) => `${a.step}有 ${a.n} 条未解决的流程穿越问题，支持其与${a.gap}的关联（${a.grade}${a.measured ? "" : "；流程穿越不据此给出责任比例"}）。`,
    unconfirmed: (a) => `流程穿越在${a.step}发现 ${a.n} 条未解决问题，尚未得到调查或工单数据证实；验证所需数据：${a.tests}。`,
    corroborationsHeading: "流程穿越印证的发现",
    supportsHeading: "流程穿越支持的追溯关联",
    unconfirmedHeading: "流程穿越发现、尚未经调查或工单数据证实的环节",
    problemsHeading: "发现的问题",
    columns: ["问题", "环节", "岗位", "类型", "状态", "措施"],
    customerStep: (a) =>
      a.points.length === 0
        ? "在该环节设置评价点（请客户就该环节作答的调查题目）：这是客户自己完成的环节，没有岗位执行，因而没有内部客户评价，也没有工单计时，目前也没有调查题目问及该环节"
        : `就该问题本身增设一道调查题目，请评价${a.points.join("、")}的客户作答：这是客户自己完成的环节，没有岗位执行，因而没有内部客户评价，也没有工单计时，只能由客户的回答来检验`,
  },
};
