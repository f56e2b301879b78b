/**
 * Internal: the fixed words of the notebook views in English and Chinese, so that a view in `lang: "zh"` reads
 * as a whole in Chinese (the study's own labels come from the study).
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Unit } from "../model/study.js";

const WORDS = {
  study: { en: "Study", zh: "研究" },
  validation: { en: "Validation", zh: "校验" },
  errors: { en: "errors", zh: "个错误" },
  warnings: { en: "warnings", zh: "个警告" },
  notes: { en: "notes", zh: "条提示" },
  problems: { en: "Problems", zh: "问题" },
  invalidStudy: { en: "The study is not valid; nothing to show until the errors are fixed.", zh: "研究定义无效，请先修正错误。" },
  departments: { en: "departments", zh: "个部门" },
  posts: { en: "posts", zh: "个岗位" },
  needs: { en: "customer needs", zh: "项客户需求" },
  items: { en: "service items", zh: "项服务事项" },
  standards: { en: "standards", zh: "项标准" },
  metrics: { en: "metrics", zh: "项指标" },
  theme: { en: "Theme", zh: "服务主题" },
  steps: { en: "Steps", zh: "环节" },
  layerCustomer: { en: "Customer", zh: "客户" },
  layerFrontline: { en: "Front line", zh: "一线" },
  layerBackoffice: { en: "Back office", zh: "后台" },
  layerSupport: { en: "Support", zh: "支持" },
  postsH: { en: "Posts", zh: "岗位" },
  standardsH: { en: "Standards", zh: "标准" },
  cxPoints: { en: "Customer-experience IPs", zh: "客户体验交互点" },
  isPoints: { en: "Internal-support IPs", zh: "内部支撑交互点" },
  evalPoints: { en: "Evaluation points", zh: "评价点" },
  extQs: { en: "External Qs", zh: "外部问题" },
  intQs: { en: "Internal Qs", zh: "内部问题" },
  total: { en: "Total", zh: "合计" },
  blueprints: { en: "Blueprints", zh: "全流程蓝图" },
  blueprintFailed: { en: "This blueprint cannot be drawn", zh: "该蓝图无法绘制" },
  blueprintOf: { en: "Blueprint", zh: "蓝图" },
  svgNote: { en: "(the picture shows as SVG in a notebook)", zh: "（在笔记本中显示为 SVG 图）" },
  marks: { en: "marked findings", zh: "个标记" },
  ledger: { en: "Load ledger", zh: "数据加载台账" },
  rowsRead: { en: "Rows read", zh: "读取行数" },
  accepted: { en: "Accepted", zh: "接受" },
  rejected: { en: "Rejected", zh: "拒绝" },
  blankLines: { en: "Blank lines skipped", zh: "跳过空行" },
  values: { en: "Values", zh: "取值" },
  read: { en: "Read", zh: "读取" },
  valid: { en: "Valid", zh: "有效" },
  missing: { en: "Missing", zh: "缺失" },
  dontKnow: { en: "Don't know", zh: "不知道" },
  balances: { en: "The books balance: rows read = accepted + rejected, and every value is counted once.", zh: "账目平衡：读取行数 = 接受 + 拒绝，每个取值只计一次。" },
  noBalance: { en: "The books do NOT balance; report this as a bug.", zh: "账目不平衡，请报告缺陷。" },
  byReason: { en: "Rejections by reason", zh: "拒绝原因" },
  reason: { en: "Reason", zh: "原因" },
  count: { en: "Count", zh: "数量" },
  whatToDo: { en: "What to do", zh: "处理建议" },
  firstProblems: { en: "Rejected rows and values (first of each reason)", zh: "被拒绝的行和取值（每种原因的前几条）" },
  where: { en: "Where", zh: "位置" },
  message: { en: "Message", zh: "说明" },
  more: { en: "more not shown", zh: "条未显示" },
  noRejections: { en: "Nothing was rejected.", zh: "没有被拒绝的数据。" },
  attribution: { en: "Attribution", zh: "归因分析" },
  wave: { en: "wave", zh: "波次" },
  findings: { en: "findings", zh: "项发现" },
  tests: { en: "tests", zh: "项检验" },
  undecidedN: { en: "undecided", zh: "项待定" },
  noFindings: { en: "No finding: every tested gap is within its target at the chosen error rate.", zh: "没有发现：在所选错误率下，所有检验的缺口都在目标之内。" },
  finding: { en: "Finding", zh: "发现" },
  postDept: { en: "Post / department", zh: "岗位 / 部门" },
  evidence: { en: "Evidence", zh: "证据" },
  traced: { en: "Traced", zh: "追溯" },
  change: { en: "What must change", zh: "需改变多少" },
  severity: { en: "Severity", zh: "严重度" },
  rootCauses: { en: "root causes", zh: "根因" },
  rootCausesH: { en: "Root causes", zh: "根因" },
  tracedAfter: { en: "Traced after", zh: "之后的追溯" },
  explains: { en: "explains", zh: "解释" },
  explainedBy: { en: "explained by", zh: "由上游解释" },
  unexplained: { en: "unexplained: stays with the front-line post", zh: "未找到上游原因：留在一线岗位" },
  settleWith: { en: "settle with", zh: "需补充" },
  responsibility: { en: "Responsibility by post (root causes)", zh: "责任到岗（根因）" },
  post: { en: "Post", zh: "岗位" },
  department: { en: "Department", zh: "部门" },
  persons: { en: "persons", zh: "人员" },
  gapsExplained: { en: "Customer gaps explained (share)", zh: "解释的客户缺口（占比）" },
  undecided: { en: "Undecided: the data were too thin", zh: "待定：数据不足" },
  subject: { en: "Subject", zh: "对象" },
  kind: { en: "Kind", zh: "类别" },
  needsData: { en: "Would be settled by", zh: "需要的数据" },
  whatIf: { en: "What-if", zh: "假设分析" },
  changesTried: { en: "Changes tried", zh: "尝试的改变" },
  status: { en: "Status", zh: "状态" },
  before: { en: "Severity before", zh: "之前严重度" },
  after: { en: "Severity after", zh: "之后严重度" },
  resolved: { en: "resolved", zh: "消除" },
  new: { en: "new", zh: "新增" },
  changed: { en: "changed", zh: "变化" },
  unchanged: { en: "unchanged", zh: "不变" },
  summaryWhatIf: { en: "findings resolved", zh: "项发现消除" },
} as const satisfies Record<string, Record<Lang, string>>;

/** A fixed word. */
export type Word = keyof typeof WORDS;

/** The word in a language. */
export function w(word: Word, lang: Lang): string {
  return WORDS[word][lang];
}

const UNITS: Readonly<Record<Unit, Record<Lang, string>>> = {
  s: { en: "s", zh: "秒" },
  min: { en: "min", zh: "分钟" },
  h: { en: "h", zh: "小时" },
  d: { en: "days", zh: "天" },
  workday: { en: "working days", zh: "个工作日" },
  "%": { en: "%", zh: "%" },
  count: { en: "", zh: "" },
  score: { en: "points", zh: "分" },
  yuan: { en: "yuan", zh: "元" },
};

/** A value with its unit, e.g. `45 min` / `45分钟`. */
export function withUnit(value: string, unit: Unit, lang: Lang): string {
  const u = UNITS[unit]?.[lang] ?? unit;
  if (u === "") return value;
  if (u === "%") return `${value}%`;
  return lang === "zh" ? `${value}${u}` : `${value} ${u}`;
}
