/**
 * 每个问题代码的简体中文说明：由参数生成“问题”与“处理建议”两句话。与英文表（`problems-en.ts`）并列编写，
 * 不由英文翻译而来；新增代码时两张表都必须补上，否则类型检查不通过。
 * @module
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

function dup(kind: IdKind) {
  return (p: { readonly id: string; readonly first: DocPath }): ProblemText =>
    t(`${KIND[kind]}编号 ${q(p.id)} 重复定义（首次定义于 ${formatPath(p.first)}）。`, `为每个${KIND[kind]}使用不同的编号${kind === "step" || kind === "question" ? "（在整个评价项目内唯一）" : ""}。`);
}

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

/**
 * 每个问题代码的简体中文说明。表中有函数调用（`dup("post")` 等），所以整张表包在一个标为纯函数的立即调用中：
 * 打包工具（esbuild、Rollup）在用不到中文说明的程序里可以整张删去它。
 */
export const PROBLEMS_ZH: ProblemTable = /* @__PURE__ */ (() => ({
  usage: (p) => ("encoding" in p ? t(`gaptrace/${p.fn}：未知的文本编码 ${q(p.encoding)}。`, "请使用 TextDecoder 支持的编码，例如 \"utf-8\" 或 \"gb18030\"。") : t(`gaptrace/${p.fn}：调用有误：${p.detail}`, p.hint)),
  "data-description/not-a-description": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "数据说明文件为空（或只有注释）。"
        : `数据说明文件中是${found(p.found)}，不是数据说明：数据说明应是由键组成的映射（gaptrace-data、responses、cases 等）。`,
      "请以“gaptrace-data: 1”开头，再写 responses:（问卷）和/或 cases:（工单记录），各自给出文件；各键的含义见 docs/data.md。",
    ),
  "data-description/unknown-key": (p) =>
    t(`数据说明中有未知的键 ${qs(p.keys)}${p.near === null ? "。" : `，是否应为 ${q(p.near)}？`}`, "请删除该键或更正拼写；允许的键见 docs/data.md 和 schema/data.schema.json。"),
  "data-description/unknown-id": (p) =>
    t(
      `评价项目中没有${p.kind === "question" ? "题目" : p.kind === "event" ? "事件" : p.kind === "post" ? "岗位" : "指标"} ${q(p.id)}${p.near === null ? "。" : `，是否应为 ${q(p.near)}？`}`,
      p.kind === "question" ? "请使用评价项目中评价点的题目编号（允许处可用“*”表示所有题目）。" : p.kind === "event" ? "请使用评价项目 events 中的事件编号。" : p.kind === "post" ? "请使用评价项目 organisation 中的岗位编号（答这份数据的员工所在岗位）。" : "请使用评价项目 metrics 中的指标编号。",
    ),
  "data-description/encoding": (p) =>
    t(`${q(p.encoding)} 不是 gaptrace 认识的文本编码。`, "请写明文件保存时的编码，例如 gb18030（中文版 Excel）、big5、cp949 或 euc-kr（韩文）、shift_jis（日文）、windows-1252、utf-16le。"),
  "data-description/delimiter": (p) =>
    t(`分隔符 ${q(p.delimiter)} 无法分隔字段：${p.delimiter === "" ? "它是空的" : "其中含有引号或换行"}。`, "请写字段之间的字符：\";\"（欧洲版 Excel）、\"tab\"，逗号分隔时省略此项。"),
  "data-description/time-zone": (p) => t(`时区 ${q(p.value)} 不是 UTC 偏移。`, "请写成“+08:00”或“-05:00”（UTC 以东的小时数），UTC 写“Z”。"),
  "data-description/file-and-files": (p) =>
    p.both
      ? t("该数据来源同时给出了 file 和 files。", "一个文件用 file:，多个按顺序读取的文件用 files: [a.csv, b.csv]，二者只留其一。")
      : t("该数据来源没有给出文件。", "请加上 file: survey.csv（相对于数据说明文件的路径），或 files: [a.csv, b.csv]。"),
  "data-description/no-source": () => t("数据说明中既没有 responses 也没有 cases。", "请加上 responses:（问卷数据）和/或 cases:（工单记录），各自给出文件。"),
  "data-description/column-twice": (p) => t(`列 ${q(p.column)} 在此处被第二次使用；它已用于 ${p.first}。`, "每一列只能有一种用途：属性、题目、事件、时长、细分维度，或忽略。"),
  "data-description/event-name": (p) =>
    p.clash.kind === "name"
      ? t(`事件列中的名称 ${q(p.name)} 已用于事件 ${q(p.clash.first)}。`, "每个事件各用一个名称，按文件事件列中的写法填写。")
      : t(`事件列中的名称 ${q(p.name)} 是另一个事件 ${q(p.clash.event)} 的编号，写有它的行将同时指两个事件。`, "请把该名称对应到那个事件，或填写文件中本事件实际使用的名称。"),
  "data-description/wide-only": (p) =>
    t(
      `${p.key} 把${p.key === "questions" ? "题目" : p.key === "events" ? "事件" : "指标"}对应到列，只有宽表才有这样的列；此数据来源按长表读取。`,
      `如果文件每个${p.key === "questions" ? "题目" : p.key === "events" ? "事件" : "时长"}占一列，请加上 form: wide；否则删除 ${p.key}。`,
    ),
  "file/unreadable": (p) => t(`${p.what === "study" ? "评价项目文件" : "数据文件"} ${p.file} ${unreadableWhy(p.reason, p.detail)}。`, "请检查路径（相对路径从当前文件夹算起）。"),
  "not-found/department": notFound("department"),
  "not-found/post": notFound("post"),
  "not-found/person": notFound("person"),
  "not-found/need": notFound("need"),
  "not-found/service item": notFound("service item"),
  "not-found/theme": notFound("theme"),
  "not-found/step": notFound("step"),
  "not-found/event": notFound("event"),
  "not-found/metric": notFound("metric"),
  "not-found/standard": notFound("standard"),
  "not-found/evaluation point": notFound("evaluation point"),
  "not-found/question": notFound("question"),
  "not-found/blueprint": notFound("blueprint"),
  "parse/not-text": (p) => (p.source === "study" ? t("评价项目不是文本。", "请以字符串传入文件内容。") : t("loadMeasuresText：改进措施库不是文本。", "请以字符串传入文件内容。")),
  "parse/encoding": (p) =>
    t(
      `${p.source === "study" ? "评价项目" : p.source === "data" ? "数据说明" : "改进措施库"}文件不是有效的 ${p.encoding} 文本（首次出现在此行）${p.candidates.length > 0 ? `（按 ${p.candidates.join("、")} 读取不会出错）` : ""}。`,
      "请将文件另存为 UTF-8 编码（多数编辑器：另存为 → 编码：UTF-8）后重新读取。",
    ),
  "parse/json": parse("json"),
  "parse/yaml": parse("yaml"),
  "owner/post-and-department": (p) =>
    t(`该服务标准的制定者同时写了岗位 ${q(p.post)} 和部门 ${q(p.department)}；一项标准只能由一个岗位或一个部门制定。`, "请只写岗位或部门之一，不要同时写：保留 owner: { post: <岗位编号> } 或 owner: { department: <部门编号> }。"),
  "owner/multiple": (p) => t(`一个环节有 ${p.owners.length} 个责任岗位（${p.owners.join("、")}）；每个环节只能有一个。`, "在 owner 中保留唯一的责任岗位，其余列入 contributors（协作岗位）。"),
  "post/no-department": (p) =>
    "index" in p
      ? t(`organisation.posts[${p.index}] 处的岗位不属于任何部门。`, "每个岗位都属于且仅属于一个部门：请添加 department: <部门编号>。")
      : t(`岗位 ${q(p.post)} 所属的部门 ${q(p.department)} 未定义，因此它不属于任何部门。`, `请在 ${DEFINED_UNDER.department} 下定义该部门，或更正编号。`),
  "schema/missing": (p) =>
    t(`缺少必填的${field(p.field)}。`, `请补充${field(p.field)}（应为 ${p.expected === null ? "一个值" : typeof p.expected === "string" ? p.expected : `${p.expected.join("、")} 之一`}）。`),
  "schema/not-a-study": (p) =>
    t(
      p.found.kind === "nothing" || p.found.kind === "null"
        ? "评价项目文件是空的（或只有注释），其中没有评价项目。"
        : `评价项目文件中是${found(p.found)}，不是评价项目：评价项目由若干字段组成（gaptrace、id、name、organisation、themeMap、blueprints 等）。`,
      "请以 “gaptrace: 1”、编号（id）和名称（name）开头，再写 organisation、themeMap 和 blueprints；可复制 examples/studies/training.study.yaml 这个小例子改写。",
    ),
  "schema/invalid-type": (p) => t(`${field(p.field)}处应为 ${p.expected}，实际为${found(p.found)}。`, `请把${field(p.field)}写成 ${p.expected}。`),
  "schema/unknown-key": (p) => ("source" in p ? foreign(p) : t(`未知字段 ${qs(p.keys)}。`, "请删除该字段或更正拼写；允许的字段见 JSON Schema（schema/study.schema.json）。")),
  "schema/invalid-value": (p) => t(`${field(p.field)}的值为${found(p.found)}；允许的值：${p.allowed.join("、")}。`, "请使用允许的值之一。"),
  "schema/invalid-union": (p) => t(`${field(p.field)}（${found(p.found)}）不符合任何一种允许的写法。${p.detail}`, "请对照 docs/concepts.md 或 JSON Schema 检查该字段的写法。"),
  "schema/too-small": (p) => t(`${field(p.field)}：${p.detail}（实际为${found(p.found)}）。`, "请更正该值。"),
  "schema/too-big": (p) => t(`${field(p.field)}：${p.detail}（实际为${found(p.found)}）。`, "请更正该值。"),
  "schema/invalid-format": (p) => t(`${field(p.field)}（${found(p.found)}）：${p.detail}。`, "编号可使用任何文字的字母、数字及 _ . : -，须以字母、数字或 _ 开头。"),
  "schema/not-multiple-of": (p) => t(`${field(p.field)}：${p.detail}。`, "请更正该值。"),
  "schema/invalid-key": (p) => t(`${field(p.field)}：${p.detail}。`, "请更正该值。"),
  "schema/invalid-element": (p) => t(`${field(p.field)}：${p.detail}。`, "请更正该值。"),
  "schema/custom": (p) => ("source" in p ? foreign(p) : t(`${field(p.field)}：${p.detail}。`, "请更正该值。")),
  "schema/invalid_type": foreign,
  "schema/too_big": foreign,
  "schema/too_small": foreign,
  "schema/invalid_format": foreign,
  "schema/not_multiple_of": foreign,
  "schema/invalid_union": foreign,
  "schema/invalid_key": foreign,
  "schema/invalid_element": foreign,
  "schema/invalid_value": foreign,
  "schema/unrecognized_keys": foreign,
  "schema/version": (p) => t(`readReportJson：该报告的格式为 ${p.found}，不是 ${p.expected}。`, "请用本版本的 renderJson 重新写出报告（gaptrace attribute）。"),
  "dup/department": dup("department"),
  "dup/post": dup("post"),
  "dup/person": dup("person"),
  "dup/need": dup("need"),
  "dup/service-item": dup("service item"),
  "dup/theme": dup("theme"),
  "dup/step": dup("step"),
  "dup/event": dup("event"),
  "dup/metric": dup("metric"),
  "dup/standard": dup("standard"),
  "dup/evaluation-point": dup("evaluation point"),
  "dup/question": dup("question"),
  "dup/blueprint": (p) => t(`服务主题 ${q(p.theme)} 有第二张蓝图（第一张为 blueprints[${p.first}]）。`, "请合并这两张蓝图：一个服务主题只有一张全流程蓝图。"),
  "dup/contributor": (p) => t(`岗位 ${q(p.post)} 在环节 ${q(p.step)} 的协作岗位中出现了两次。`, "每个协作岗位只列一次。"),
  "dup/reach-point": (p) => t(`评价点 ${q(p.point)} 在${"step" in p.owner ? `环节 ${q(p.owner.step)}` : `标准 ${q(p.owner.standard)}`}的影响范围中出现了两次。`, "每个评价点只列一次。"),
  "ref/unknown-post": ref("post"),
  "ref/unknown-step": (p) =>
    "handoff" in p ? t(`交接 ${q(p.handoff.from)} → ${q(p.handoff.to)} 引用的环节 ${q(p.id)} 未定义。`, "请在本蓝图的 steps 中定义该环节，或更正编号。") : ref("step")(p),
  "ref/unknown-department": ref("department"),
  "ref/unknown-standard": ref("standard"),
  "ref/unknown-need": (p) => studyRef("need", p),
  "ref/unknown-service-item": (p) => studyRef("service item", p),
  "ref/unknown-theme": (p) => studyRef("theme", p),
  "ref/unknown-evaluation-point": (p) => studyRef("evaluation point", p),
  "ref/unknown-event": (p) => studyRef("event", p),
  "ref/unknown-metric": (p) => studyRef("metric", p),
  "ref/unknown-question": (p) => studyRef("question", p),
  "ref/unknown-category": (p) => t(`改进措施 ${q(p.measure)} 所属的类别 ${q(p.category)} 未定义。`, "请在 categories 下定义该类别，或更正编号。"),
  "ref/step-in-other-blueprint": (p) =>
    t(`交接 ${q(p.handoff.from)} → ${q(p.handoff.to)} 引用了服务主题 ${q(p.theme)} 的环节 ${q(p.step)}；交接只能在同一张蓝图内进行。`, "把共同的工作在每个服务主题的蓝图中各建一个环节（岗位可跨服务主题共用，环节不能）。"),
  "ref/duplicate-category": (p) => t(`类别编号 ${q(p.id)} 重复定义。`, "为每个类别使用不同的编号。"),
  "ref/duplicate-measure": (p) => t(`改进措施编号 ${q(p.id)} 重复定义。`, "为每条改进措施使用不同的编号。"),
  "owner/missing": (p) => t(`环节 ${q(p.step)}（${LAYER[p.layer] ?? p.layer}）没有责任岗位。`, "请添加 owner: <岗位编号>。归因落在责任岗位上，因此每个非客户环节须有且仅有一个责任岗位。"),
  "owner/customer-step": (p) => t(`客户环节 ${q(p.step)} 指定了责任岗位 ${q(p.post)}；客户的行为没有内部责任岗位。`, "请删除该客户环节的 owner；若该环节由员工完成，请将其移到一线接触层。"),
  "owner/also-contributor": (p) => t(`岗位 ${q(p.post)} 既是环节 ${q(p.step)} 的责任岗位，又是其协作岗位。`, "请将其从 contributors 中删除。"),
  "theme/no-blueprint": (p) => t(`服务主题 ${q(p.theme)} 没有蓝图。`, "请添加一张 theme: <该编号> 的蓝图，或从服务主题关联图中删除该主题。"),
  "point/no-questions": (p) => t(`评价点 ${q(p.point)} 没有题目。`, "请至少添加一道题目（问谁、测什么、用什么量表）。"),
  "question/empty-range": (p) => t(`题目 ${q(p.question)} 的数值范围 ${p.min}–${p.max} 不容许任何答案。`, "请使 min 小于 max。"),
  "question/reverse-unbounded": (p) =>
    p.scale === "numeric"
      ? t(`题目 ${q(p.question)} 为反向计分，但其数值量表没有固定的上下限可供翻转。`, "反向计分需要有界量表（likert 或 score）；请删除 reverse。")
      : t(`题目 ${q(p.question)} 在是否题上设置了反向计分。`, "是否题请改用正向措辞。"),
  "question/unit-mismatch": (p) => t(`题目 ${q(p.question)} 以 ${p.unit} 询问指标 ${q(p.metric)}，而该指标以 ${p.metricUnit} 计量。`, `请以 ${p.metricUnit} 或可换算的单位提问。`),
  "question/metric-needs-numeric": (p) =>
    t(`题目 ${q(p.question)} 关联了指标 ${q(p.metric)}，但不是数值量表，其答案无法与该指标比较。`, "关于指标的期望或表现题，请使用 scale { type: numeric, unit }。"),
  "question/pairs-kind": (p) =>
    t(`题目 ${q(p.question)}（${measuresWord(p.measures)}）与 ${q(p.pair)}（${measuresWord(p.pairMeasures)}）配对；配对应由期望题指向感知题。`, "请在期望题上设置 pairs，指向对应的感知题。"),
  "question/pairs-scale": (p) => t(`题目 ${q(p.question)} 与其配对题 ${q(p.pair)} 的量表不同，“感知 − 期望”没有意义。`, "请用同一量表询问两道题。"),
  "question/pairs-audience": (p) => t(`题目 ${q(p.question)} 与其配对题 ${q(p.pair)} 面向不同的受访对象；配对差距需要同一受访者的两个答案。`, "请向同一类受访对象询问两道题。"),
  "question/internal-on-customer-step": (p) =>
    t(`题目 ${q(p.question)} 请岗位 ${q(p.post)} 评价客户环节 ${q(p.step)}；内部题目评价的是内部工作。`, "请把题目移到为该岗位提供支撑的内部环节，或改为询问客户（audience external）。"),
  "question/overall-kind": (p) =>
    t(`题目 ${q(p.question)} 被标为总体满意度题，但它测量的是${measuresWord(p.measures)}${p.staff ? "，且面向员工" : ""}。`, "只有客户的总体满意度感知题才能标为 overall。"),
  "question/overall-twice": (p) => t(`服务主题 ${q(p.theme)} 有两道总体满意度题（${q(p.first)} 和 ${q(p.second)}）。`, "每个服务主题只保留一道总体满意度题。"),
  "clock/same-event": (p) =>
    t(
      "metric" in p
        ? `指标 ${q(p.metric)} 的计时以同一事件 ${q(p.event)} 开始和结束。`
        : "standard" in p
          ? `标准 ${q(p.standard)} 的计时以同一事件开始和结束。`
          : `题目 ${q(p.question)} 的计时以同一事件开始和结束。`,
      "请选择不同的开始事件和结束事件。",
    ),
  "metric/no-clock": (p) => t(`时长指标 ${q(p.metric)} 没有计时设置；时长由开始事件与结束事件之间的时间计算。`, "请添加 clock: { start: <事件编号>, stop: <事件编号> }（标准也可以给出自己的计时）。"),
  "metric/clock-on-value": (p) => t(`指标 ${q(p.metric)} 为直接记录的数值（kind: value），却设置了计时。`, "请改为 kind: duration，或删除 clock。"),
  "standard/unit-mismatch": (p) =>
    t(`标准 ${q(p.standard)} 以 ${p.unit} 计，而其指标 ${q(p.metric)} 以 ${p.metricUnit} 计量。`, `请以 ${p.metricUnit} 表示阈值（日历时间单位 s/min/h/d 可互相换算；workday、%、count、score、yuan 不能）。`),
  "standard/no-clock": (p) => t(`标准 ${q(p.standard)} 限定的是时长，但它和指标 ${q(p.metric)} 都没有说明计时何时开始、何时结束。`, "请为标准或指标添加 clock: { start, stop }。"),
  "standard/clock-on-value": (p) => t(`标准 ${q(p.standard)} 设置了计时，但其指标 ${q(p.metric)} 是直接记录的数值。`, "请删除 clock，或把指标改为时长指标。"),
  "unfinished/needs-field": (p) =>
    t(
      `${unfinishedOwner(p.owner)} 规定时长过短的未完成案例不计入（exclude-if-shorter），但没有给出${p.field === "seconds" ? "秒数（seconds）" : "此类案例结束时的事件（end）"}。`,
      p.field === "seconds" ? "请补上 seconds：未完成案例在开始后多少秒内结束即不计入，例如 seconds: 5。" : "请补上 end：此类案例结束时的事件，例如 end: abandoned。",
    ),
  "unfinished/field-unused": (p) =>
    t(`${unfinishedOwner(p.owner)} 在 unfinished 下给出了 ${p.field}，但 count: ${p.count} 用不到它。`, `只剔除时长过短的未完成案例请用 count: exclude-if-shorter；否则请删去 ${p.field}。`),
  "unfinished/end-on-clock": (p) =>
    t(`${unfinishedOwner(p.owner)} 把自身计时的${p.which === "start" ? "起点" : "终点"} ${q(p.end)} 当作未完成案例的结束事件。`, "请填写未到终点的案例实际结束时的事件，例如 abandoned（放弃）。"),
  "standard/non-positive-duration": (p) => t(`标准 ${q(p.standard)} 把时长限定为 ${p.threshold} ${p.unit}。`, "时长阈值须为正数。"),
  "standard/metric-elsewhere": (p) =>
    t(`标准 ${q(p.standard)} 约束环节 ${p.steps.join("、")}，但其指标 ${q(p.metric)} 测量的是环节 ${q(p.step)}。`, "请把标准挂到其指标所测的环节上，或在受约束的环节测量该指标。"),
  "visibility/backoffice-to-customer": (p) =>
    t(
      `交接 ${q(p.handoff.from)}（${LAYER[p.layer]}）→ ${q(p.handoff.to)}（外部客户）越过了可视线：客户直接由${LAYER[p.layer]}提供服务。`,
      "若实际上由一线岗位转达（电话、短信、上门），请补上该一线环节；否则请确认后台确实直接面对客户。",
    ),
  "handoff/self-loop": (p) => t(`环节 ${q(p.step)} 交接给自身。`, "若该环节会重复进行，请标记 rework: true；否则删除该交接。"),
  "graph/isolated-step": (p) => t(`服务主题 ${q(p.theme)} 中的环节 ${q(p.step)} 与其他环节之间没有任何交接。`, "请用交接把它连起来；若不属于该流程，请删除。"),
  "graph/disconnected": (p) => t(`服务主题 ${q(p.theme)} 的蓝图分成了 ${p.parts} 个互不相连的部分。`, "请补上连接各部分的交接；向上游追溯无法跨越流程中的断点。"),
  "graph/cycle": (p) =>
    p.rework
      ? t(`环节 ${qs(p.steps)} 之间构成返工回路。`, "无需处理：返工回路是允许的，向上游追溯不沿返工交接进行。")
      : t(`环节 ${qs(p.steps)} 之间构成回路，但没有交接标记为返工。`, "若这是返工回路，请把回头的那条交接标记为 rework: true，以便向上游追溯时分清方向。"),
  "graph/dangling-handoff": (p) =>
    t(`服务主题 ${q(p.theme)} 中的交接 ${q(p.handoff)} 引用的${p.end === "from" ? "上游" : "下游"}环节 ${q(p.step)} 未定义。`, "请在蓝图中定义该环节，或更正编号。"),
  "graph/duplicate-step": (p) => t(`环节编号 ${q(p.step)} 已被 ${formatPath(p.first)} 处的环节使用。`, "环节编号在整个评价项目内须唯一；请重命名其中一个。"),
  "graph/duplicate-handoff": (p) =>
    t(`交接 ${q(p.handoff)} 已在 ${formatPath(p.first)} 处声明${p.conflicting ? "，且类型、返工标记或标签不同" : ""}。`, "每条交接只声明一次；请合并两处声明。"),
  "internal/rater-not-downstream": (p) =>
    t(
      p.ownStep
        ? `题目 ${q(p.question)} 请岗位 ${q(p.post)} 评价它自己的环节 ${q(p.step)}；内部客户评价的是自己所接受的上游支撑。`
        : `题目 ${q(p.question)} 请岗位 ${q(p.post)} 评价环节 ${q(p.step)}，但该岗位没有任何环节位于其下游${p.ownsNoStep ? "（该岗位不负责也不协作任何环节）" : ""}。`,
      "请由负责或协作被评环节下游某个环节的岗位（即其内部客户）来评价，或补上缺失的交接。",
    ),
  "reach/not-downstream": (p) => {
    if ("step" in p)
      return t(
        `环节 ${q(p.step)} 的影响范围列出了位于环节 ${q(p.target)}${p.otherTheme === null ? "" : `（服务主题 ${q(p.otherTheme)}）`}的评价点 ${q(p.point)}，但该环节并不经由交接位于 ${q(p.step)} 下游（不沿返工交接），从该评价点出发的追溯永远到不了 ${q(p.step)}。`,
        `环节 ${q(p.step)} 只能影响其自身及下游的评价点：请从影响范围中删除 ${q(p.point)}，或补上从 ${q(p.step)} 通往 ${q(p.target)} 的交接。`,
      );
    const names = qs(p.governed);
    return t(
      `标准 ${q(p.standard)} 的影响范围列出了位于环节 ${q(p.target)} 的评价点 ${q(p.point)}，但该环节并不经由交接位于该标准所约束的任何环节（${names}）下游（不沿返工交接），从该评价点出发的追溯永远到不了该标准。`,
      `标准 ${q(p.standard)} 只能影响其约束环节（${names}）及其下游的评价点：请从影响范围中删除 ${q(p.point)}，或补上受约束的环节或通往 ${q(p.target)} 的交接。`,
    );
  },
  "drivers/constant-predictor": (p) => t(`评价点 ${q(p.point)} 在所用受访者中得分全都相同，无法解释总体满意度，已剔除。`, "除非该常数得分是数据错误，否则无需处理。"),
  "drivers/no-data": (p) => t(`评价点 ${q(p.point)} 的答案不足两个，已剔除。`, "请检查该列是否已填写。"),
  "drivers/insufficient-data": (p) => {
    switch (p.reason) {
      case "no-point":
        return t("没有可分析的评价点（全部为常数或无人作答）。", "请检查得分列。");
      case "constant-outcome":
        return t("所用受访者的总体满意度没有差异，没有可解释的内容。", "请检查总体满意度列和缺失值的处理方式。");
      case "too-few":
        return t(
          `${p.points} 个评价点只有 ${p.respondents} 位受访者可用，至少需要 ${p.points + 2} 位。`,
          p.listwise ? "请收集更多完整的答卷、减少分析的评价点，或尝试 missing: \"pairwise\"。" : "请收集更多答卷或减少分析的评价点。",
        );
      case "undefined-correlation":
        return t(`同时回答了 ${q(p.first)} 和${p.second === null ? "总体满意度" : ` ${q(p.second)} `}的受访者对其中一项的打分全都相同，二者的相关系数无法计算。`, "请使用成列删除（listwise），或收集更多答卷。");
    }
  },
  "drivers/round-two-slopes": (p) =>
    p.reason === "slopes-not-ready"
      ? t(
          `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：有的部分是用尚未就绪的斜率汇总的（linkedSlopes 给出 ready: false），该部分只按全体的驱动因素重做了第一轮，没有第二轮，各部分暂时不能合并。`,
          "请用这些部分（新的第一轮）再运行一次 linkedSlopes，确认其结果为 ready: true，再用这次的斜率重新汇总每个部分，然后合并。",
        )
      : t(
          p.reason === "different-slopes"
            ? `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：各部分的驱动因素回归第二轮所用的斜率（或驱动因素）不同，残差矩不能相加。`
            : `第 ${q(p.wave)} 期，总体评价点 ${q(p.point)}：有的部分没有驱动因素回归的第二轮（该部分自己的第一轮样本太少，无法求解），各部分不能合并。`,
          "请先合并各部分的第一轮并求解（linkedSlopes(parts)），再用得到的斜率在每个部分上重跑第二轮（summariseLinked 传入 { slopes }，或在 linkedSummaryDuckDB、linkedSummaryPostgres 的 attribution.slopes 中给出），然后合并；或者一次汇总全部数据。",
        ),
  "drivers/not-positive-definite": (p) =>
    t(`成对相关矩阵不是正定矩阵（最小特征值 ${p.eigenvalue.toPrecision(3)}）；各对相关所依据的受访者差别过大。涉及的评价点：${qs(p.points)}。`, "请使用成列删除（默认），或剔除涉及的评价点之一。"),
  "drivers/singular": (p) =>
    p.points === null
      ? t("部分评价点在数值上共线。", "请剔除或合并其中之一后重新运行。")
      : t(`这些评价点（几乎）是彼此的线性组合，无法分别确定各自的重要性：${qs(p.points)}。`, "请剔除或合并其中之一（例如由其他各项算出的总分）后重新运行。"),
  "drivers/negative-correlation": (p) =>
    t(`${q(p.point)} 得分越高，总体满意度越低（r = ${p.r.toFixed(3)}）；其重要性仍计为 R² 中的正值部分。`, "请检查该题是否为反向措辞，或把该评价点视为不满因素。"),
  "drivers/no-explained-variance": (p) =>
    t(`各评价点完全不能解释总体满意度的差异（R² = ${p.rSquared.toPrecision(3)}），没有可分配的占比，所有占比均为 0。`, "请检查总体满意度得分与各评价点是否来自同一批受访者。"),
  "drivers/bootstrap-failed": (p) => t(`${p.replicates} 次重抽样中只有 ${p.used} 次可以分析（${failures(p.failures)}）。`, "数据太少，无法重抽样；请收集更多受访者的答卷，或减少分析的评价点。"),
  "drivers/bootstrap-replicates-failed": (p) =>
    t(`${p.replicates} 次重抽样中有 ${p.replicates - p.used} 次无法分析（${failures(p.failures)}）；区间基于其余 ${p.used} 次，可能偏窄。`, "请谨慎解读这些区间，或减少分析的评价点、避免高度共线的评价点。"),
  "drivers/too-many-predictors": (p) =>
    t(`评价点过多，无法精确计算 Shapley 值：${p.predictors} 个评价点需要 2^${p.predictors} 次回归（上限为 ${p.limit} 个）。`, "请改用 relativeWeights（对任意数量的评价点都能很好地逼近 Shapley 值），或每次分析较少的评价点。"),
  "data/malformed-line": rejected("malformed-line"),
  "data/invalid-encoding": rejected("invalid-encoding"),
  "data/missing-respondent": rejected("missing-respondent"),
  "data/invalid-audience": rejected("invalid-audience"),
  "data/missing-post": rejected("missing-post"),
  "data/unknown-post": rejected("unknown-post"),
  "data/invalid-weight": rejected("invalid-weight"),
  "data/inconsistent-respondent": rejected("inconsistent-respondent"),
  "data/conflicting-case-link": rejected("conflicting-case-link"),
  "data/invalid-segment": rejected("invalid-segment"),
  "data/segment-limit": rejected("segment-limit"),
  "data/unknown-question": rejected("unknown-question"),
  "data/wrong-audience": rejected("wrong-audience"),
  "data/duplicate-answer": rejected("duplicate-answer"),
  "data/missing-value": rejected("missing-value"),
  "data/non-numeric": (p) =>
    "recode" in p
      ? t(
          `已拒收（${LEDGER["non-numeric"].name}）：${p.detail}`,
          `${LEDGER["non-numeric"].hint}若 ${q(p.recode.value)} 是导出文件中的答案标签，请用 recode 选项指定其代码：recode: { ${JSON.stringify(p.recode.question)}: { ${JSON.stringify(p.recode.value)}: <该题量表上的代码> } }（"*" 表示所有题目）。`,
        )
      : rejected("non-numeric")(p),
  "data/out-of-range": rejected("out-of-range"),
  "data/missing-case": rejected("missing-case"),
  "data/unknown-event": rejected("unknown-event"),
  "data/unknown-context": rejected("unknown-context"),
  "data/unparseable-time": rejected("unparseable-time"),
  "data/invalid-duration": rejected("invalid-duration"),
  "data/inconsistent-case": rejected("inconsistent-case"),
  "data/duplicate-event": rejected("duplicate-event"),
  "data/stop-before-start": (p) =>
    "detail" in p
      ? rejected("stop-before-start")(p)
      : t(`有 ${p.cases} 张工单的 ${q(p.stop)} 早于 ${q(p.start)}，未计入测量。`, "请核对这些工单的事件时间，或把该计时写入评价项目，使这类行在读取时即被拒收并给出行号。"),
  "data/workday-needs-calendar": (p) =>
    t(`没有工作日历，无法按工作日计算从 ${q(p.start)} 到 ${q(p.stop)} 的时长；日历时间不能换算为工作日。`, "请传入 options.calendar（例如 workCalendar({ utcOffset: \"+08:00\", holidays: [...] })），或改以 d（自然日）计量。"),
  "data/given-durations-other-clock": (p) =>
    t(
      `标准 ${q(p.standard)} 的计时与其指标 ${q(p.metric)} 的计时不同，因此该指标直接给出的 ${p.cases} 个时长数值未被采用，达标率仅按事件时间计算。`,
      "如需采用直接给出的时长，请提供该标准计时的事件时间，或设置按指标自身计时的标准。",
    ),
  "data/no-clock": (p) => t(`标准 ${q(p.standard)} 及其指标 ${q(p.metric)} 都没有计时设置，无法由事件时间计算达标率。`, "请为标准或指标设置 clock { start, stop }。"),
  "data/not-a-duration": (p) => t(`标准 ${q(p.standard)} 的单位是 ${q(p.unit)}，不是时间单位，无法用事件时间核对。`, "请改用记录值（而非时长）来衡量该标准。"),
  "data/unknown-column": (p) =>
    p.of === "events"
      ? t(`列 ${p.columns.join("、")} 不是评价项目中的事件，其非空单元格将被拒收。`, "请把这些列列入 ignoreColumns，或用 eventColumns 把列映射到事件。")
      : t(`列 ${p.columns.join("、")} 不是评价项目中的题目，其非空单元格将被拒收。`, "请把非题目列列入 ignoreColumns，或用 questionColumns 把列映射到题目。"),
  "data/unused-column": (p) =>
    p.linkByRespondent
      ? t(`未读取列 ${p.columns.join("、")}：linkBy 为 "respondent" 时，每位外部受访者关联到编号与其受访者编号相同的工单。`, "若要读取工单列，请把 linkBy 保持为 \"column\"。")
      : t(`列 ${p.columns.join("、")} 未被使用。`, "若要按这些列分组，请写入 options.segments；若要关闭此提示，请列入 ignoreColumns。"),
  "data/internal-case-link": (p) =>
    t(
      `内部受访者 ${q(p.respondent)}（岗位 ${q(p.post)}）填写了工单 ${q(p.case)}；员工的回答不与工单关联，因此忽略了该工单编号。台账在 links.internalIgnored 中统计每一位此类受访者。`,
      "员工的工单列请留空，或忽略此提示：这些行已被使用，只是未使用工单编号。",
    ),
  "data/duplicate-column": (p) => t(`表头重复出现列 ${p.columns.join("、")}。`, "请为每一列取不同的名称。"),
  "data/respondent-in-two-sources": (p) =>
    t(
      `${p.count === 1 ? "有 1 个答卷人编号" : `有 ${p.count} 个答卷人编号`}同时出现在多个数据源中（第一个：第 ${p.wave} 期的“${p.respondent}”，见于第 ${p.first} 和第 ${p.second} 个数据源）；各数据源的答卷人按不同的人读取。`,
      "若各数据源本来就是不同人群（如客户问卷和员工问卷各自从 1 编号），无需处理；若是同一批人、格式相同的多个文件，请放在同一个数据源的 files 列表中，使其答案合并。",
    ),
  "data/empty-file": (p) =>
    p.headerOnly
      ? t(`文件只有表头，没有数据行（共 ${p.lines} 行，含空行）。`, "请连同数据行一起导出，或确认是否选错了文件；空的调查数据或工单文件无法分析。")
      : t(p.lines === 0 ? "文件是空的。" : `文件只有空行（${p.lines} 行）。`, "请确认是否选错了文件、导出是否完成；数据文件的第一行应是列名（表头）。"),
  "data/sql-not-utf8": (p) =>
    t(
      `文件不是 UTF-8 文本，而 DuckDB 只按 UTF-8 读取 CSV 文件${p.candidates.length > 0 ? `；按 ${p.candidates.join("、")} 读取不会出错` : ""}。`,
      `请先把文件转成 UTF-8（如 iconv -f ${p.candidates[0] ?? "gb18030"} -t utf-8 原文件.csv > 新文件.csv），再对转换后的副本做 SQL 首轮处理；或在进程内读取原文件，并指定 options.encoding（--encoding ${p.candidates[0] ?? "gb18030"}）。`,
    ),
  "data/undecodable-header": (p) =>
    t(
      `表头行不是有效的 ${p.encoding} 文本，无法找到任何列${p.candidates.length > 0 ? `；按 ${p.candidates.join("、")} 读取不会出错` : ""}。`,
      `请按文件保存时的编码读取（options.encoding、--encoding${p.candidates.length > 0 ? ` ${p.candidates[0]}` : ""}）；中文 Windows 上的 Excel 把 CSV 存为 GB18030，韩文 Windows 上存为 CP949（euc-kr）。`,
    ),
  "data/wrong-form": (p) =>
    p.read === "wide"
      ? t(
          `文件按宽格式读取（每行一${p.of === "events" ? "张工单、每个事件一列" : "位受访者、每道题目一列"}），但表头有 ${p.columns.join("、")} 列，却没有一列以评价项目中的${p.of === "events" ? "事件" : "题目"}命名：这是长格式文件（每行一${p.of === "events" ? "个事件时间" : "个答案"}）。`,
          '请按长格式（默认）读取：命令行去掉 --form wide，或从选项中去掉 form: "wide"。',
        )
      : t(
          `文件按长格式读取（每行一${p.of === "events" ? "个事件时间" : "个答案"}），但表头没有${p.of === "events" ? "事件和时间" : "题目和答案"}列，却有以评价项目中的${p.of === "events" ? "事件" : "题目"}命名的列（${p.columns.join("、")}）：这是宽格式文件（每行一${p.of === "events" ? "张工单" : "位受访者"}）。`,
          '请按宽格式读取：命令行加上 --form wide，或在选项中写 form: "wide"。',
        ),
  "data/missing-column": (p) =>
    p.delimiter === undefined
      ? t(`表头中没有列 ${p.missing.join("、")}（实际的列：${p.found.join("、")}）。`, "请在表头中写明这些列，或告诉读取程序使用哪些列（options.columns、options.segments）。")
      : t(
          `表头中没有列 ${p.missing.join("、")}（实际的列：${p.found.join("、")}）：文件看来是以${p.delimiter === ";" ? "分号" : "制表符（Tab）"}分隔的，整个表头被读成了一列。`,
          `请指定分隔符：命令行加上 ${p.delimiter === ";" ? "--delimiter ';'" : "--delimiter tab"}，或在选项中写 ${p.delimiter === ";" ? 'delimiter: ";"' : 'delimiter: "\\t"'}。`,
        ),
  "data/duplicate-question-id": (p) => t(`题目编号 ${q(p.question)} 被使用了两次。`, "每道题目须有唯一编号；答案按编号与题目对应。"),
  "data/reverse-needs-bounds": (p) => t(`题目 ${q(p.question)} 为反向计分，但其数值量表没有 min 和 max。`, "请为量表设置 min 和 max（反向计分把 v 变为 min + max − v），或取消 reverse。"),
  "data/aggregate-json": (p) => ("cell" in p ? t(`单元格 ${p.cell} 出现了两次。`, "每个“题目 × 调查批次 × 分组”只有一个单元格。") : t(`不是有效的汇总数据：${p.detail}`, "请传入 aggregateToJSON 写出的数据（格式 gaptrace/aggregate@1）。")),
  "data/basis-mismatch": (p) =>
    t(
      `gaptrace/${p.fn}：指标 ${q(p.metric)} 的取数口径不同（${basisDifferencesText(p.differences, p.labels)}），数值不可比。`,
      "只比较或合并同一取数口径下的数值；请按对方口径重新计算其中一方，或分别报告。",
    ),
  "questionnaire/unknown-step": (p) => t(`评价点 ${q(p.point)} 位于环节 ${q(p.step)}，但没有任何蓝图定义该环节。`, "请更正环节编号；可先校验评价项目（validateStudy）查看全部问题。"),
  "plan-options/not-an-object": (p) => t(`gaptrace/samplingPlan：选项应为对象，实际为 ${shown(p.got)}。`, "至少传入 { marginOfError: 5 }（0–100 指数上 ±5 分）。"),
  "plan-options/unknown": (p) => t(`gaptrace/samplingPlan：未知选项 ${q(p.key)}。`, `可用选项：${p.known.join("、")}。`),
  "plan-options/missing": (p) => t(`gaptrace/samplingPlan：必须给出 options.${p.key}。`, `请给出${p.of === "mean" ? "均值" : "是否题比例"}的目标误差范围，例如 ${p.key}: 5 表示 ±5 分。`),
  "plan-options/margin": (p) =>
    t(`gaptrace/samplingPlan：options.${p.key} 须大于 0 且小于 100，实际为 ${shown(p.got)}。`, `请以 0–100 分制给出${p.of === "mean" ? "均值" : "是否题比例"}的误差范围，例如 5 表示 ±5 分（不是 0.05）。`),
  "plan-options/confidence": (p) => t(`gaptrace/samplingPlan：options.confidence 须严格介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "请把置信水平写成比例，例如 0.95 表示 95%。"),
  "plan-options/sd": (p) =>
    "key" in p
      ? t(`gaptrace/samplingPlan：options.sd.${p.key} 须为正数，实际为 ${shown(p.got)}。`, "请以量表自身的单位给出标准差（1–5 分量表约为 1）。")
      : t(`gaptrace/samplingPlan：options.sd 须为以量表键为键的对象，实际为 ${shown(p.got)}。`, `键可用 ${p.keys.join("、")} 等，例如 { likert5: 0.9 }。`),
  "plan-options/sd-key": (p) => t(`gaptrace/samplingPlan：options.sd 中有未知的量表键 ${q(p.key)}。`, `请使用以下之一：${p.keys.join("、")}。`),
  "plan-options/sd-rule": (p) => t(`gaptrace/samplingPlan：options.sdRule 须为 "range/4" 或 "maximum"，实际为 ${shown(p.got)}。`, "请使用 \"range/4\"（常用的规划值）或 \"maximum\"（可能的最大离散度）。"),
  "plan-options/proportion": (p) => t(`gaptrace/samplingPlan：options.expectedProportion 须严格介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "请给出“是”的比例的预估值（如 0.8），或省略以采用保守的 0.5。"),
  "plan-options/audience": (p) => t(`gaptrace/samplingPlan：options.${p.option} 含有未知的受访对象 ${q(p.audience)}。`, "请给出一个值，或 { external: …, internal: … }。"),
  "plan-options/design-effect": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须为正数，实际为 ${shown(p.got)}。`, "请给出预期的设计效应（简单随机抽样为 1，加权时例如 1.3）。"),
  "plan-options/weights": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须为有限且不小于 0 的权重列表，且至少有一个为正。`, "请传入以往调查批次受访者的抽样权重。"),
  "plan-options/design-effect-twice": (p) => t(`gaptrace/samplingPlan：options.designEffect 和 options.weights 同时设置了${AUDIENCE[p.audience] ?? p.audience}的设计效应。`, "二者只传其一：权重会换算为 Kish 设计效应。"),
  "plan-options/response-rate": (p) => t(`gaptrace/samplingPlan：${planPath(p.path)} 须在 (0, 1] 之内，实际为 ${shown(p.got)}。`, "请把回应率写成比例，例如 0.6 表示 60%。"),
  "plan-options/populations": () => t("gaptrace/samplingPlan：options.populations 须为 { theme, size } 的列表。", "例如 populations: [{ theme: \"theme_outage_repair\", size: 48000 }]。"),
  "plan-options/unknown-theme": (p) =>
    t(
      p.option === "populations" ? `gaptrace/samplingPlan：options.populations[${p.index}] 引用了未知的服务主题 ${shown(p.got)}。` : `gaptrace/samplingPlan：options.themes[${p.index}] 是未知的服务主题 ${shown(p.got)}。`,
      `请使用评价项目中的服务主题编号：${p.themes.join("、")}。`,
    ),
  "plan-options/duplicate-theme": (p) => t(`gaptrace/samplingPlan：options.populations 两次给出服务主题 ${q(p.theme)}。`, "每个服务主题的总体只给一次。"),
  "plan-options/population-size": (p) => t(`gaptrace/samplingPlan：options.populations[${p.index}].size 须为正整数，实际为 ${shown(p.got)}。`, "请给出该时期内经历该服务主题流程的客户数。"),
  "plan-options/segments": () =>
    t("gaptrace/samplingPlan：options.segments 须为 { dimension, values: [{ value, share }] } 的列表。", "例如 segments: [{ dimension: \"city\", values: [{ value: \"A\", share: 0.6 }, { value: \"B\", share: 0.4 }] }]。"),
  "plan-options/segment-dimension": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].dimension 须为非空名称，实际为 ${shown(p.got)}。`, "请为维度命名，例如 \"city\"。"),
  "plan-options/segment-duplicate": (p) => t(`gaptrace/samplingPlan：options.segments 两次给出维度 ${q(p.dimension)}。`, "每个维度只给一次，并列出其全部取值。"),
  "plan-options/segment-audience": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].audience 须为 "external"、"internal" 或 "all"，实际为 ${shown(p.got)}。`, "省略即为 \"external\"。"),
  "plan-options/segment-values": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values 须为非空的 { value, share } 列表。`, "列出该维度的每个取值及其占比。"),
  "plan-options/segment-value": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values[${p.value}].value 须为非空文本，实际为 ${shown(p.got)}。`, "请为该分组取值命名。"),
  "plan-options/segment-value-duplicate": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}] 两次列出取值 ${q(p.value)}。`, "每个取值只列一次。"),
  "plan-options/segment-share": (p) => t(`gaptrace/samplingPlan：options.segments[${p.index}].values[${p.value}].share 须介于 0 和 1 之间，实际为 ${shown(p.got)}。`, "占比请写成 1 的分数（0.25，而不是 25）。"),
  "plan-options/segment-shares-sum": (p) => t(`gaptrace/samplingPlan：分组维度 ${q(p.dimension)} 的占比之和为 ${Number(p.sum.toPrecision(6))}，不是 1。`, "请使占比之和为 1（列出全部取值，必要时加一个“其他”取值）。"),
  "plan-options/external-respondents": (p) =>
    t(`gaptrace/samplingPlan：options.externalRespondents 须为 "theme" 或 "point"，实际为 ${shown(p.got)}。`, "\"theme\"：一位客户回答整个服务主题；\"point\"：每个评价点单独抽样。"),
  "plan-options/themes": (p) => t("gaptrace/samplingPlan：options.themes 须为服务主题编号的列表。", `请使用评价项目中的服务主题编号：${p.themes.join("、")}。`),
  "monitor/rejected": (p) => t(`第 ${p.event} 个事件被拒收（${MONITOR_REASON_ZH[p.reason]}）${p.field === null ? "" : `，字段 ${p.field}`}：${q(p.value)}。`, MONITOR_HINTS_ZH[p.reason]),
  "monitor/unknown-ref": (p) => t(`monitoring.${p.at} 引用了${MONITOR_KIND_ZH[p.kind]} ${q(p.id)}，评价项目中没有定义。`, `请使用评价项目中已定义的${MONITOR_KIND_ZH[p.kind]}编号，或删除该引用。`),
  "monitor/no-owner": (p) => t(`投诉类别 ${q(p.kind)} 没有对应到有责任岗位的环节或评价点，其预警无法送达任何岗位。`, "请为它指定环节（有责任岗位的非客户环节）、评价点或明确的责任岗位/部门。"),
  "monitor/review-file": (p) =>
    p.kind === "json"
      ? t(`预警总结文件不是 JSON：${p.detail}`, "请传入 gaptrace watch --review 生成的文件（JSON）。")
      : p.kind === "shape"
        ? t(`预警总结文件的结构不正确：${p.detail}`, "请传入 gaptrace watch --review 生成的文件，不要改动其结构。")
        : t(`预警总结文件引用了${p.what === "post" ? "岗位" : "部门"} ${q(p.id)}，评价项目中没有该${p.what === "post" ? "岗位" : "部门"}。`, "请用同一个评价项目生成预警总结（gaptrace watch <评价项目> --review），或更正编号。"),
  "walkthrough/file": (p) =>
    p.kind === "parse"
      ? t(`流程穿越记录无法解析：${p.detail}`, "请提供导出的 CSV（每发现一个问题一行），或包含穿越活动（runs）和问题（problems）的 JSON/YAML。")
      : p.kind === "shape"
        ? t(`流程穿越记录的结构不正确：${p.detail}`, "请按 { runs: [...], problems: [...] } 组织（见 docs/walkthroughs.md），或提供导出的 CSV。")
        : p.kind === "missing-columns"
          ? t(`流程穿越记录缺少列：${p.columns.map(wf).join("、")}。`, "每行须有穿越编号、任务编号、环节编号、问题描述、问题类型和是否解决；表头可用中文或英文（见 docs/walkthroughs.md）。")
          : t("流程穿越记录中没有任何记录。", "请导出穿越人员记录的问题，每个问题一行。"),
  "walkthrough/row": (p) =>
    p.kind === "malformed"
      ? t(`该条穿越记录未采用：${p.detail}`, "请修正该行（引号未闭合，或列数不对）。")
      : p.kind === "missing"
        ? t(`该条穿越记录未采用：${wf(p.field)}为空。`, `请在每一行填写${wf(p.field)}。`)
        : p.kind === "invalid"
          ? t(`该条穿越记录未采用：${wf(p.field)}的值 ${q(p.value)} 无法识别。`, `可填写：${p.allowed.join("、")}。`)
          : p.kind === "unknown-id"
            ? t(
                `该条穿越记录未采用：${wf(p.field)}引用了${WALK_WHAT_ZH[p.what]} ${q(p.id)}，${p.what === "run" ? "穿越活动列表（runs）中没有" : "评价项目中没有"}${p.near === null ? "。" : `；是否应为 ${q(p.near)}？`}`,
                p.what === "run" ? "请在 runs 中登记该穿越活动，或更正穿越编号。" : `请使用评价项目中的${WALK_WHAT_ZH[p.what]}编号（gaptrace walkthrough 可列出）。`,
              )
            : p.kind === "inconsistent-run"
              ? t(`该条穿越记录未采用：穿越活动 ${q(p.run)} 在此行的${wf(p.field)}为 ${q(p.value)}，与其首行的 ${q(p.first)} 不一致。`, "同一穿越活动的日期、类型、参与人数和组织单位须在每一行保持一致。")
              : p.kind === "duplicate-id"
                ? t(`该条穿越记录未采用：问题编号 ${q(p.id)} 重复。`, "请为每个问题编写唯一编号，或不填问题编号列。")
                : t(`流程穿越记录属于评价项目 ${q(p.study)}，不是 ${q(p.expected)}。`, "请用同一评价项目记录和读取流程穿越结果。"),
  "walkthrough/unknown-column": (p) =>
    t(`流程穿越记录的列 ${q(p.column)} 不是穿越记录字段，已忽略${p.near === null ? "。" : `；是否应为 ${q(p.near)}？`}`, "请按 docs/walkthroughs.md 的字段名重命名该列；不改也可以，该列不会被读取。"),
  "monitor/ladder-threshold": (p) => t(`升级层级 ${q(p.level)}（第 ${p.index + 1} 级）没有升级阈值，或阈值低于上一级。`, "第一级之后的每一级都须给出 after.count 或 after.minutes，并逐级递增。"),
  "target/unknown-ref": (p) =>
    t(
      `targets.${p.at} 引用了${TARGET_KIND_ZH[p.kind]} ${q(p.id)}，评价项目中没有定义${p.near === null ? "" : `（是否应为 ${q(p.near)}？）`}。`,
      p.near === null ? `请使用评价项目中已定义的${TARGET_KIND_ZH[p.kind]}编号，或删除该引用。` : `如确指 ${q(p.near)}，请改为该编号。`,
    ),
  "target/dup-indicator": (p) => t(`指标编号 ${q(p.id)} 重复使用（首次出现在 targets.indicators[${p.first}]）。`, "每项指标须有唯一编号。"),
  "target/dup-top": (p) =>
    t(`${p.theme === null ? "全部主题" : `服务主题 ${q(p.theme)}`}在 ${q(p.wave)} 期有两个总目标（首次出现在 targets.top[${p.first}]）。`, "同一主题、同一期只保留一个总目标。"),
  "target/empty-indicator": (p) => t(`指标 ${q(p.indicator)} 没有包含任何带客户感知题的评价点，无法计算和跟踪指标值。`, "请列出该指标包含的评价点（points）或服务主题（themes）。"),
  "target/no-overall": (p) =>
    t(
      `${p.theme === null ? "全部主题的总目标无法分解：没有任何主题设有" : `服务主题 ${q(p.theme)} 的总目标无法分解：该主题没有`}总体满意度题。`,
      "请用 overall: true 标明该主题的总体满意度题，以便用关键驱动因素回归测算各评价点的贡献。",
    ),
  "target/no-owner": (p) => t(`指标 ${q(p.indicator)} 没有责任主体，目标无人负责。`, "请为它指定一个责任主体（owners: [{ post: ... }] 或 [{ department: ... }]）。"),
  "target/several-owners": (p) =>
    t(`指标 ${q(p.indicator)} 有 ${p.owners.length} 个责任主体（${qs(p.owners)}），责任界定不清。`, "请只保留一个责任主体；如各方负责不同部分，请拆分指标。"),
  "target/overlap": (p) =>
    t(
      p.via === "points"
        ? `指标 ${q(p.indicator)} 与 ${q(p.other)} 共用评价点 ${qs(p.shared)}：同一得分计入两项目标，指标存在重叠。`
        : `指标 ${q(p.indicator)} 与 ${q(p.other)} 的责任主体不同，但两项指标背后的工作都由岗位 ${qs(p.shared)} 承担：责任主体交叉。`,
      p.via === "points" ? "请把每个评价点只归入一项指标，或明确由哪项指标负责。" : "请明确这些岗位的工作由哪个责任主体负责，或由同一责任主体负责两项指标。",
    ),
  "target/not-accepted": (p) =>
    t(
      `指标 ${q(p.indicator)} 的目标未经责任主体${p.owners.length === 0 ? "" : `（${qs(p.owners)}）`}确认${p.by.length === 0 ? "" : `，仅由 ${qs(p.by)} 确认`}，属于单向下达。`,
      "请记录责任主体的确认：accepted: [{ by: 责任岗位或其人员编号, on: YYYY-MM-DD }]。",
    ),
  "bpmn/xml": (p) =>
    t(
      `该文件不是 BPMN 2.0 XML${p.line === null ? "" : `（第 ${p.line} 行${p.column === null ? "" : `第 ${p.column} 列`}）`}：${p.detail}`,
      "请在 BPMN 工具中将流程图导出为 BPMN 2.0 XML（.bpmn）文件，再传入文件内容。",
    ),
  "bpmn/xml-warning": (p) => t(`BPMN 读取器提示：${p.detail}`, "文件其余部分已读入；若该元素关系到蓝图，请在 BPMN 工具中核对。"),
  "bpmn/unsupported": (p) => t(`BPMN ${p.type} ${q(p.element)} 未导入：${UNSUPPORTED_ZH[p.reason]}`, UNSUPPORTED_HINT_ZH[p.reason]),
  "bpmn/lane-layer": (p) => t(`${PERFORMER_ZH[p.kind]} ${q(p.lane)}${p.name === null ? "" : `（${q(p.name)}）`}没有蓝图层级：映射文件未给出，名称也看不出。`, "请在映射文件的 lanes 中给出其层级（customer、frontline、backoffice 或 support）。"),
  "bpmn/no-lane": (p) => t(`BPMN 元素 ${q(p.element)} 不在流程 ${q(p.process)} 的任何泳道中，因而没有责任岗位和层级。`, "请在 BPMN 工具中把它放进泳道，或在映射文件的 steps 中给出其层级和责任岗位。"),
  "bpmn/post-department": (p) => t(`由${PERFORMER_ZH[p.kind]} ${q(p.lane)} 生成的岗位 ${q(p.post)} 没有所属部门。`, "请在映射文件的 organisation.posts 中给出该岗位的部门，并定义该部门。"),
  "bpmn/theme-items": (p) => t(`由 BPMN 流程 ${qs(p.processes)} 生成的服务主题 ${q(p.theme)} 没有对应的服务项目。`, "请在映射文件的 themes 中列出其服务项目，并在 themeMap 中定义这些服务项目及其客户需求。"),
  "bpmn/guessed": (p) => {
    switch (p.field) {
      case "layer":
        return t(`根据名称，${PERFORMER_ZH[p.kind]} ${q(p.element)}（${q(p.name)}）被视为 ${p.value} 层。`, "请在映射文件的 lanes 中确认或修改其层级。");
      case "rework":
        return t(`BPMN 连线 ${q(p.element)} 从 ${q(p.from)} 返回 ${q(p.to)}，构成回路，因此视为返工交接。`, "请在映射文件的 flows 中确认（rework: true），或设为 rework: false 并重画该回路。");
      case "name":
        return t(`BPMN ${p.type} ${q(p.element)} 没有名称，其环节以编号命名。`, "请在 BPMN 工具中为其命名，或在映射文件的 steps 中给出环节名称。");
    }
  },
  "bpmn/mapping": (p) => t(`BPMN 映射文件无效：${p.detail}`, "请按所示路径修改映射文件（importBpmn 会生成一份完整的映射文件作为起点）。"),
  "bpmn/mapping-unknown": (p) => t(`映射文件的 ${p.key} 引用了 BPMN 元素 ${q(p.element)}，但文件中没有该元素。`, "请删除该条目或更正编号（该元素可能已在 BPMN 工具中改名）。"),
  "bpmn/id": (p) => t(`BPMN 编号 ${q(p.element)} 不是有效的 gaptrace 编号，改用 ${q(p.id)}。`, "可保留，也可在映射文件中为该元素另给编号。"),
}))();

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
