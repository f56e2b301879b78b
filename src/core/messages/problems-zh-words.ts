/**
 * The words the Chinese problem texts share (quoting, the names of kinds of thing, ledger and monitor hints), for the
 * modules of one family of codes each (`problems-zh-*.ts`). Exported under names ending in `Zh` (`_ZH` for constants)
 * (the core's dist file exports every name its files export, and the two languages' words would clash).
 * The functions that make a table's entries (`dup`, `notFound`, `ref`, `parse`, `rejected`) are marked
 * `@__NO_SIDE_EFFECTS__`: a family's table calls them at its top level, and so bundlers know they may drop it.
 * @module
 * @internal
 */
import { formatPath, type DocPath } from "./path.js";
import type {
  BasisDifferenceParams,
  BpmnPerformerKind,
  BpmnUnsupportedReason,
  FieldRef,
  FileReason,
  ForeignSchemaParams,
  FoundValue,
  IdKind,
  LedgerReason,
  MonitorReason,
  NotFoundKind,
  ParseParams,
  ProblemParams,
  ProblemTable,
  ProblemText,
  RefSubject,
  ShownValue,
  StudyRefParams,
  UnfinishedOwner,
  WalkthroughField,
} from "./problem-codes.js";
import { WALKTHROUGH_HEADERS } from "./problem-codes.js";

const q = (s: string): string => `“${s}”`;
const qs = (xs: readonly string[]): string => xs.map(q).join("、");
/** A walkthrough field by its Chinese CSV header. */
const wf = (f: WalkthroughField): string => `“${WALKTHROUGH_HEADERS[f].zh}”`;
const WALK_WHAT_ZH: Readonly<Record<"step" | "post" | "standard" | "organiser" | "run", string>> = { step: "环节", post: "岗位", standard: "标准", organiser: "岗位或部门", run: "穿越活动" };
const t = (message: string, hint: string): ProblemText => ({ message, hint });

const TARGET_KIND_ZH: Readonly<Record<ProblemParams["target/unknown-ref"]["kind"], string>> = {
  point: "评价点",
  theme: "服务主题",
  post: "岗位",
  department: "部门",
  "person-or-post": "人员或岗位",
};

/** 监测拒收事件的原因名称。 */
const MONITOR_REASON_ZH: Readonly<Record<MonitorReason, string>> = {
  "malformed-event": "格式错误",
  "unknown-type": "未知事件类型",
  "missing-field": "缺少字段",
  "bad-time": "时间无法识别",
  "bad-value": "取值无效",
  "unknown-kind": "未知投诉类别",
  "unknown-event": "未知工单事件",
  "unknown-question": "未知题目",
  duplicate: "重复事件",
  late: "迟到事件",
  "clock-skew": "时钟偏差",
};

/** 各类拒收事件的处理建议。 */
const MONITOR_HINTS_ZH: Readonly<Record<MonitorReason, string>> = {
  "malformed-event": "每个事件应为一个 JSON 对象（JSON Lines 中每行一个）。",
  "unknown-type": "type 应为 complaint、order、answer 或 tick。",
  "missing-field": "投诉须有 time 和 kind；工单事件须有 time、case 和 event；答卷须有 time、question 和 value。",
  "bad-time": "时间请写成带时区的 ISO 8601（2026-03-01T09:30:00+08:00）或毫秒时间戳。",
  "bad-value": "答卷取值须为题目量表上的数字；编号和区域须为非空文本。",
  "unknown-kind": "请使用 monitoring.complaintKinds 中声明的投诉类别，或先声明该类别。",
  "unknown-event": "请使用评价项目中定义的事件编号（events[].id）。",
  "unknown-question": "请使用评价项目中的外部客户感知题目。",
  duplicate: "同一事件被送入两次（编号相同，或时间、类别、客户均相同），只计第一次。",
  late: "事件时间比最新事件早得超过允许的迟到时长；请按时间顺序送入事件，或调大 maxLatenessMinutes。",
  "clock-skew": "事件时间远超数据流当前时间（或传入的 now）；请检查发送方的时钟。",
};

/** 监测配置可引用的对象类别。 */
const MONITOR_KIND_ZH: Readonly<Record<"step" | "point" | "post" | "department", string>> = { step: "环节", point: "评价点", post: "岗位", department: "部门" };

/** 各类对象的中文名称（与报告词表一致：步骤称“环节”，题目称“题目”）。 */
const KIND: Readonly<Record<IdKind | "blueprint", string>> = {
  department: "部门",
  post: "岗位",
  person: "人员",
  need: "客户需求",
  "service item": "服务项目",
  theme: "服务主题",
  step: "环节",
  event: "事件",
  metric: "指标",
  standard: "标准",
  "evaluation point": "评价点",
  question: "题目",
  blueprint: "蓝图",
};

function field(f: FieldRef): string {
  return f === null ? "整个文档" : typeof f === "number" ? `第 ${f} 项` : `字段 ${q(f)}`;
}

function found(v: FoundValue): string {
  switch (v.kind) {
    case "nothing":
      return "空值（未填写）";
    case "null":
      return "null";
    case "list":
      return "一个列表";
    case "object":
      return "一个对象";
    case "text":
      return `文本 ${q(v.text)}`;
    case "other":
      return v.type === "number" ? `数值 ${v.value}` : v.type === "boolean" ? `布尔值 ${v.value}` : `${v.type} 值 ${v.value}`;
  }
}

function shown(v: ShownValue): string {
  return v.kind === "list" ? "一个列表" : v.kind === "object" ? "一个对象" : v.text;
}

const FILE_WHY_ZH: Readonly<Record<Exclude<FileReason, "other">, string>> = {
  missing: "不存在",
  denied: "无法读取（没有读取权限）",
  folder: "是文件夹，不是文件",
  "not-folder": "路径中应为文件夹的位置是一个文件",
  "disk-full": "无法写入：磁盘已满",
  "read-only": "位于只读文件系统上",
};

function unreadableWhy(reason: FileReason, detail: string): string {
  return reason === "other" ? `无法读取（${detail}）` : FILE_WHY_ZH[reason];
}

function basisDifferencesText(differences: readonly BasisDifferenceParams[], labels: readonly [string, string]): string {
  return differences
    .map((d) =>
      d.kind === "value"
        ? `${d.key}：${labels[0]} 为 ${JSON.stringify(d.left)}，${labels[1]} 为 ${JSON.stringify(d.right)}`
        : d.kind === "only-left"
          ? `${d.key} 仅见于 ${labels[0]}（${JSON.stringify(d.left)}）`
          : `${d.key} 仅见于 ${labels[1]}（${JSON.stringify(d.right)}）`,
    )
    .join("；");
}

/* @__NO_SIDE_EFFECTS__ */
function dup(kind: IdKind) {
  return (p: { readonly id: string; readonly first: DocPath }): ProblemText =>
    t(`${KIND[kind]}编号 ${q(p.id)} 重复定义（首次定义于 ${formatPath(p.first)}）。`, `为每个${KIND[kind]}使用不同的编号${kind === "step" || kind === "question" ? "（在整个评价项目内唯一）" : ""}。`);
}

/* @__NO_SIDE_EFFECTS__ */
function notFound(kind: NotFoundKind) {
  return (p: { readonly fn: string; readonly id: string }): ProblemText => t(`gaptrace/${p.fn}：找不到编号为 ${q(p.id)} 的${KIND[kind]}。`, `请对照评价项目核对该${KIND[kind]}编号。`);
}

function unfinishedOwner(o: UnfinishedOwner): string {
  return "metric" in o ? `指标 ${q(o.metric)}` : `标准 ${q(o.standard)}`;
}

function subject(s: RefSubject): string {
  if (s.kind === "blueprint") return `第 ${s.index} 张蓝图`;
  if (s.part === "reach") return `${KIND[s.kind]} ${q(s.id)} 的影响范围`;
  if (s.part === "unfinished") return `${KIND[s.kind]} ${q(s.id)} 的未完成案例规则`;
  return `${KIND[s.kind]} ${q(s.id)}${s.part === "clock" ? " 的计时" : ""}`;
}

const DEFINED_UNDER: Readonly<Record<IdKind, string>> = {
  department: "organisation.departments",
  post: "organisation.posts",
  person: "organisation.persons",
  need: "themeMap.needs",
  "service item": "themeMap.items",
  theme: "themeMap.themes",
  step: "blueprints[].steps",
  event: "events",
  metric: "metrics",
  standard: "standards",
  "evaluation point": "evaluationPoints",
  question: "evaluationPoints[].questions",
};

function studyRef(kind: IdKind, p: StudyRefParams): ProblemText {
  return t(`${subject(p.subject)} 引用的${KIND[kind]} ${q(p.id)} 未定义。`, `请在 ${DEFINED_UNDER[kind]} 下定义该${KIND[kind]}，或更正编号。`);
}

/* @__NO_SIDE_EFFECTS__ */
function ref(kind: IdKind) {
  return (p: StudyRefParams | { readonly measure: string; readonly id: string }): ProblemText =>
    "measure" in p
      ? t(`改进措施 ${q(p.measure)} 限定的${KIND[kind]} ${q(p.id)} 在评价项目中未定义，该措施永远不会适用。`, "更正编号，或将其从适用范围中删除。")
      : studyRef(kind, p);
}

function foreign(p: ForeignSchemaParams): ProblemText {
  if (p.source === "report") return t(`readReportJson：报告格式有误：${p.detail}。`, "请对照 docs/reports.md 中的格式说明。");
  if (p.source === "options") return t(`${p.fn}：没有选项 ${qs(p.keys)}${p.near === null ? "" : `，是否应为 ${q(p.near)}`}。`, `可用的选项为：${p.allowed.join("、")}。`);
  return t(
    `validateMeasures：改进措施库格式有误：${p.detail}${p.keys === null ? "" : `（${qs(p.keys)}）`}。`,
    p.format === null ? "请更正所示路径处的值（见 docs/reports.md“改进措施库”一节）。" : `文件开头应写明 format: ${p.format}。`,
  );
}

/* @__NO_SIDE_EFFECTS__ */
function parse(format: "json" | "yaml") {
  const F = format.toUpperCase();
  return (p: ParseParams): ProblemText => {
    if (p.source === "report") return t(`readReportJson：文本不是有效的 JSON：${p.detail}`, "请传入 renderJson 写出的文本。");
    if (p.source === "measures")
      return p.stage === "syntax"
        ? t(`loadMeasuresText：文件不是有效的 ${F}：${p.detail}`, "请修正所示位置的语法错误。")
        : t(`loadMeasuresText：无法读取文件：${p.detail}`, "请删除过多的别名（alias）。");
    if (p.stage === "json")
      return p.truncated === true
        ? t(`文件不是有效的 JSON：文件在 JSON 结束之前就已截止（${p.detail}）。`, "请在文件末尾补全 JSON：补齐未闭合的引号、[ 和 {（文件可能在复制或保存时被截断）。")
        : t(`文件不是有效的 JSON：${p.detail}`, "请修正所示位置的 JSON 语法（常见原因：缺少逗号、引号或括号）。");
    if (p.stage === "alias")
      return t(`别名 *${p.alias} 引用的锚点未定义：在它之前没有任何值标记为 &${p.alias}。`, `请先在某个值前写上 &${p.alias} 定义锚点，再在其后用 *${p.alias} 引用；或更正别名的名称，或直接写出完整的值。`);
    if (p.stage === "read") return t(`无法读取文件：${p.detail}`, "请删除过多的别名（alias）或不常用的 YAML 写法。");
    return t(`文件不是有效的 ${F}：${p.detail}`, p.duplicateKey ? "请删除或重命名重复的键。" : "请修正所示位置的语法错误。");
  };
}

/** 各类拒收原因的中文名称与处理建议。 */
const LEDGER: Readonly<Record<LedgerReason, { readonly name: string; readonly hint: string }>> = {
  "malformed-line": { name: "行格式错误", hint: "使该行的字段数与表头一致，并闭合每个引号；含逗号或换行的字段须加引号。JSON Lines 文件每行写一个 JSON 对象。" },
  "invalid-encoding": { name: "编码不符", hint: "请按文件保存时的编码读取，可选提示中列出的编码（中文 Excel 导出的文件：命令行用 --encoding gb18030，API 用 encoding: \"gb18030\"）；若只有部分行出错，说明文件混用了编码，请重新导出这些行。" },
  "missing-respondent": { name: "缺少受访者编号", hint: "每一行都须填写受访者编号。" },
  "invalid-audience": { name: "受访者类型无效", hint: "受访者类型填写 external 或 internal（外部/内部）；外部受访者没有岗位。" },
  "missing-post": { name: "缺少岗位", hint: "每位内部受访者都须填写其作答时所在的岗位。" },
  "unknown-post": { name: "岗位未定义", hint: "使用评价项目 organisation.posts 中的岗位编号，或在评价项目中补充该岗位。" },
  "invalid-weight": { name: "权重无效", hint: "权重须为大于 0 且不超过 1e12 的数（权重是相对的，过大的请等比缩小）；权重为 1 时可留空。" },
  "inconsistent-respondent": { name: "受访者信息前后不一致", hint: "同一调查批次内，受访者的类型、岗位、分组和权重应保持不变；请更正本行或之前的行。" },
  "conflicting-case-link": {
    name: "工单关联冲突",
    hint: "一份调查回答对应一张工单：同一调查批次内，受访者的每一行应填写同一工单编号或留空；请更正本行或之前的行。",
  },
  "invalid-segment": { name: "分组无效", hint: "分组请写成对象、Map 或 [维度, 取值] 对，每个维度只出现一次。" },
  "segment-limit": { name: "分组过多", hint: "分组应是少量类别（地区、客户类别）；请调大 maxSegments 或去掉一个维度。" },
  "unknown-question": { name: "题目未定义", hint: "使用评价项目评价点中的题目编号，或将该列列入 ignoreColumns。" },
  "wrong-audience": { name: "作答对象不符", hint: "外部受访者回答外部题目；内部受访者只回答评价人为其岗位的题目。" },
  "duplicate-answer": { name: "重复作答", hint: "每位受访者在每个调查批次对每道题只作答一次，已保留第一次作答；请删除重复的行。" },
  "missing-value": { name: "缺少答案", hint: "请填写该值（工单记录中即该事件的时间）。调查答案留空时默认计为缺失，只有以 missing: \"reject\" 读取时才会拒收。" },
  "non-numeric": { name: "不是数值", hint: "按题目量表填写数值（是否题也可填 yes/no、是/否、true/false）。" },
  "out-of-range": { name: "超出量表范围", hint: "填写量表范围内的值；若 99 等代码表示“不知道”，请列入 dontKnow；若 0 等代码表示“不适用”，请列入 notApplicable。" },
  "missing-case": { name: "缺少工单编号", hint: "每一行都须填写工单编号（例如工单号）。" },
  "unknown-event": { name: "事件未定义", hint: "使用评价项目 events 中的事件编号（宽格式下，不是事件的列可用 eventColumns 对应，或列入 ignoreColumns 跳过）。" },
  "unknown-context": { name: "业务背景未定义", hint: "背景列填写评价项目中的指标或环节编号，或留空。" },
  "unparseable-time": { name: "时间无法识别", hint: "时间请写成带时区的 ISO 8601 格式（2024-03-01T09:30:00+08:00）或毫秒时间戳；本地时间请给出其时区（命令行用 --assume-offset +08:00，API 用 assumeOffset）。" },
  "inconsistent-case": { name: "工单信息前后不一致", hint: "同一工单在每一行的背景与分组应保持一致；请更正本行或之前的行。" },
  "duplicate-event": { name: "事件重复", hint: "每个事件在每张工单、每个调查批次中只发生一次，已保留第一次的时间；请删除重复的行。" },
  "stop-before-start": { name: "结束早于开始", hint: "计时的结束事件不能早于开始事件；请核对两个时间。" },
  "invalid-duration": { name: "时长无效", hint: "直接给出的时长须为不小于 0 的数字，单位按该列在 durationColumns 中的声明，例如 12 或 7.5；未测量的请留空。" },
};

/** 拒收明细由读取程序给出（英文原文），前面加上中文的拒收原因。 */
/* @__NO_SIDE_EFFECTS__ */
function rejected(reason: LedgerReason) {
  return (p: { readonly detail: string }): ProblemText => t(`已拒收（${LEDGER[reason].name}）：${p.detail}`, LEDGER[reason].hint);
}

const planPath = (path: readonly (string | number)[]): string => `options.${path.join(".")}`;
const AUDIENCE: Readonly<Record<string, string>> = { external: "外部", internal: "内部" };
const FAILURE: Readonly<Record<string, string>> = { singular: "共线", "insufficient-data": "数据不足", "too-many-predictors": "评价点过多" };
const failures = (fs: readonly { readonly kind: string; readonly count: number }[]): string => fs.map((f) => `${FAILURE[f.kind] ?? f.kind} ${f.count} 次`).join("，");
// The blueprint picture's names of the layers (reports/blueprint/words/zh.ts): 支撑层 is another name of 后台支撑层,
// so the support processes are 支持流程, never 支撑层.
const LAYER: Readonly<Record<string, string>> = { customer: "外部客户", frontline: "一线接触层", backoffice: "后台支撑层", support: "支持流程" };
const MEASURES: Readonly<Record<string, string>> = { expectation: "期望", perception: "感知", importance: "重要性", performance: "实际表现", quality: "质量" };
const measuresWord = (m: string): string => MEASURES[m] ?? m;

const PERFORMER_ZH: Readonly<Record<BpmnPerformerKind, string>> = { lane: "泳道", pool: "池", process: "流程" };

const UNSUPPORTED_ZH: Readonly<Record<BpmnUnsupportedReason, string>> = {
  "not-a-step": "它既不是活动也不是事件，不构成蓝图中的环节。",
  "inside-sub-process": "它位于子流程内部，子流程整体作为一个环节导入。",
  "pool-end": "该消息流连到整个池，而不是某个环节。",
  "gateway-end": "该消息流连到网关，而不是某个环节。",
  "across-themes": "该消息流连接的两个流程在映射中属于不同的服务主题。",
  "collaboration-part": "编排图和会话在服务蓝图中没有对应。",
  "black-box-pool": "该池没有流程，因而没有环节。",
  "no-process": "文件中没有含任务或事件的流程。",
  "gateway-loop": "其网关自成回路，到不了任何任务或事件。",
};

const UNSUPPORTED_HINT_ZH: Readonly<Record<BpmnUnsupportedReason, string>> = {
  "not-a-step": "若与蓝图无关，无需处理；若有关，请将其画成任务或事件。",
  "inside-sub-process": "若子流程中的各环节都需要责任岗位和评价点，请把它们画在上级流程中。",
  "pool-end": "请把消息流连到该池中收发消息的任务或事件（为该池画出流程）。",
  "gateway-end": "请把消息流连到收发消息的任务或事件。",
  "across-themes": "若两者属于同一项服务，请在映射文件的 themes 中把两个流程归入同一服务主题。",
  "collaboration-part": "请用流程、任务和消息流描述该交互。",
  "black-box-pool": "若该池的环节属于蓝图（例如客户行为），请画出其流程。",
  "no-process": "请导出至少含一个流程（池）且有任务或事件的流程图。",
  "gateway-loop": "请重画网关，使每条路径都能到达任务或事件。",
};

export { q as qZh, qs as qsZh, wf as wfZh, WALK_WHAT_ZH, t as tZh, TARGET_KIND_ZH, MONITOR_REASON_ZH, MONITOR_HINTS_ZH, MONITOR_KIND_ZH, KIND as KIND_ZH, field as fieldZh, found as foundZh, shown as shownZh, FILE_WHY_ZH, unreadableWhy as unreadableWhyZh, basisDifferencesText as basisDifferencesTextZh, dup as dupZh, notFound as notFoundZh, unfinishedOwner as unfinishedOwnerZh, subject as subjectZh, DEFINED_UNDER as DEFINED_UNDER_ZH, studyRef as studyRefZh, ref as refZh, foreign as foreignZh, parse as parseZh, LEDGER as LEDGER_ZH, rejected as rejectedZh, planPath as planPathZh, AUDIENCE as AUDIENCE_ZH, FAILURE as FAILURE_ZH, failures as failuresZh, LAYER as LAYER_ZH, MEASURES as MEASURES_ZH, measuresWord as measuresWordZh, PERFORMER_ZH, UNSUPPORTED_ZH, UNSUPPORTED_HINT_ZH };
