/**
 * The fixed words of the report writers (headings, column names, captions, notes), in English and Simplified
 * Chinese. One dictionary for the Markdown, CSV and HTML writers, so a column is called the same everywhere and
 * a missing translation is a type error.
 * @module
 */
import type { Lang } from "../core/label.js";

/** Every fixed word of the reports, by key. */
export const REPORT_WORDS = {
  reportTitle: { en: "Satisfaction gap attribution report", zh: "客户满意度差距归因报告" },
  generatedBy: { en: "Written by gaptrace", zh: "由 gaptrace 生成" },
  study: { en: "Study", zh: "评价项目" },
  wave: { en: "Survey wave", zh: "调查批次" },
  contents: { en: "Contents", zh: "目录" },
  summary: { en: "Summary", zh: "概要" },
  method: { en: "Method", zh: "方法" },
  methodNote: {
    en: "Each evaluation point is compared three ways (三点查找): experience against expectation (customer dissatisfaction), the standard against what customers accept (unreasonable standard) and performance against the standard (non-compliant execution). Each customer gap is traced upstream through the blueprint's hand-offs (级级追溯, 层层归因) to the posts that set a standard or execute a step, and each link is graded by its evidence. A post gets a share of a gap only from a measured effect: customers linked to their own cases (or, for overall satisfaction, their own ratings of the points) show how much lower the exposed customers rate. Links supported only by internal customers' ratings, by co-variation across places or by position in the blueprint are possible causes to test, with no share. What no measured effect explains stays with the front-line post.",
    zh: "每个评价点从三个方面比较（三点查找）：客户感知与期望（客户不满意点）、服务标准与客户可接受水平（标准不合理点）、实际执行与标准（执行不合格点）。每个客户差距沿蓝图的交接关系向上游追溯（级级追溯、层层归因）到制定标准或执行环节的岗位，并按证据为每个关联分级。只有已测量的影响才给出差距占比：与本人工单关联的客户（总体满意度：客户对各评价点的评价）表明受影响的客户评价低多少。仅有内部客户评价支持、跨区域共变或仅在蓝图中位于上游的关联，列为待检验的可能原因，不给占比。未被已测量影响解释的部分留在一线岗位。",
  },
  confidence: { en: "Confidence level", zh: "置信水平" },
  falseDiscovery: { en: "False discovery rate", zh: "错误发现率" },
  correction: { en: "Multiple-comparison control", zh: "多重比较校正" },
  acceptance: { en: "Share of customers a standard must satisfy", zh: "标准须满足的客户比例" },
  findings: { en: "Findings", zh: "归因发现" },
  findingsByTag: { en: "Findings by tag", zh: "三类问题点" },
  count: { en: "Count", zh: "数量" },
  tests: { en: "Tests", zh: "检验" },
  testsRun: { en: "Tests run", zh: "检验次数" },
  significant: { en: "significant", zh: "显著" },
  notSignificant: { en: "not significant", zh: "不显著" },
  undecided: { en: "Undecided: data too thin", zh: "待定：数据不足" },
  undecidedShort: { en: "Undecided", zh: "待定" },
  undecidedNote: {
    en: "Where the data were too thin to decide, and what data would settle it.",
    zh: "数据不足以作出判断之处，以及需要补充的数据。",
  },
  rootCauses: { en: "Root causes", zh: "根本原因" },
  unexplainedGaps: { en: "Customer gaps without a cause found", zh: "未找到原因的客户差距" },
  samples: { en: "Largest samples behind one estimate", zh: "单项估计的最大样本量" },
  customers: { en: "Customers", zh: "客户" },
  staff: { en: "Staff (internal customers)", zh: "员工（内部客户）" },
  cases: { en: "Cases (work orders)", zh: "工单" },
  themes: { en: "Service themes", zh: "服务主题" },
  topPriorities: { en: "Where to act first", zh: "优先整改" },
  topPrioritiesNote: {
    en: "Root causes ranked by the customer gap their measured effects account for (Σ share × gap, in index points), with each share's interval and grade. Links without a measured effect follow as possible causes to test, without a share and unranked.",
    zh: "按根本原因经测量的影响所对应的客户差距（占比 × 差距之和，单位：指数分）排序，并给出各占比的置信区间和证据等级。没有测量影响的关联列在其后，作为待检验的可能原因，不给占比，也不排序。",
  },
  noMeasuredRoot: {
    en: "No root cause has a measured share of a customer gap: the gaps stay with the front line until the possible causes below are tested.",
    zh: "尚无根本原因具有经测量的客户差距占比：在检验下列可能原因之前，差距留在一线岗位。",
  },
  linkage: { en: "Responses linked to cases", zh: "调查回答与工单关联" },
  testFamilies: { en: "Families of tests", zh: "检验族" },
  measuredCauses: { en: "Measured causes", zh: "已测量的原因" },
  possibleCauses: { en: "Possible causes to test", zh: "待检验的可能原因" },
  possibleCauseOf: { en: "Possible cause of (to test)", zh: "可能导致（待检验）" },
  notExplained: { en: "Not explained upstream", zh: "未被上游解释的部分" },
  toTest: { en: "to test", zh: "待检验" },
  grade: { en: "Evidence", zh: "证据等级" },
  measuredNoShare: { en: "Measured, no share", zh: "已测量，不计占比" },
  points: { en: "points", zh: "分" },
  attributable: { en: "Attributable gap (index points)", zh: "可归因差距（指数分）" },
  cause: { en: "Cause", zh: "原因" },
  effect: { en: "Effect", zh: "影响" },
  estimator: { en: "Estimator", zh: "估计方法" },
  linkTests: { en: "Link tests: upstream effects on customers' ratings", zh: "关联检验：上游影响对客户评价" },
  responsibilityNote: {
    en: "What lands on each department and post: measured parts first, root causes before the customer gaps faced; a share is the part of a customer gap the finding's measured effect explains (with its interval), and what no measured effect explains stays with the front line. Possible causes to test carry no share.",
    zh: "每个部门、每个岗位承担的问题点：先列有测量占比的，根本原因在前、面对的客户差距在后；占比为该问题点经测量的影响所解释的客户差距比例（附置信区间），未被已测量影响解释的部分留在一线岗位。待检验的可能原因不给占比。",
  },
  evidence: { en: "Evidence", zh: "证据" },
  whatMustChange: { en: "What must change", zh: "需要改变多少" },
  rootCausesChains: { en: "Root causes and evidence chains", zh: "根本原因与证据链" },
  explainsGaps: { en: "Customer gaps it explains", zh: "所解释的客户差距" },
  explainedBy: { en: "Explained by upstream", zh: "上游原因" },
  explainedUpstream: { en: "explained upstream", zh: "源于上游" },
  measures: { en: "Improvement measures", zh: "改进措施" },
  measuresSuggested: { en: "Suggested measures", zh: "建议措施" },
  settleWith: { en: "What data would settle it", zh: "需要补充的数据" },
  chain: { en: "Evidence chain", zh: "证据链" },
  chainFrom: { en: "from the root cause to the customer", zh: "从根本原因到客户" },
  share: { en: "Share", zh: "占比" },
  shareOfGaps: { en: "Share of customer gaps", zh: "客户差距占比" },
  responsibility: { en: "Responsibility lists", zh: "责任清单" },
  byDepartment: { en: "By department", zh: "按部门" },
  byPost: { en: "By post", zh: "按岗位" },
  department: { en: "Department", zh: "部门" },
  post: { en: "Post", zh: "岗位" },
  persons: { en: "Persons", zh: "责任人" },
  finding: { en: "Finding", zh: "问题点" },
  tag: { en: "Tag", zh: "类型" },
  role: { en: "Role", zh: "责任类型" },
  priority: { en: "Priority", zh: "优先度" },
  measuredGap: { en: "Measured gap (points)", zh: "已测量差距（分）" },
  severity: { en: "Severity", zh: "严重程度" },
  step: { en: "Step", zh: "环节" },
  theme: { en: "Theme", zh: "服务主题" },
  subject: { en: "Subject", zh: "对象" },
  why: { en: "Why", zh: "原因" },
  priorities: { en: "Priorities: importance × gap", zh: "改进优先级：重要性 × 差距" },
  prioritiesNote: {
    en: "Importance is each point's share of the explained variance of overall satisfaction (Johnson's relative weights) or, where that cannot be computed, stated importance. Priority = importance × gap to target.",
    zh: "重要性为各评价点对总体满意度解释方差的占比（Johnson相对权重法），无法计算时采用客户自述重要性。优先度 = 重要性 × 与目标的差距。",
  },
  rank: { en: "Rank", zh: "排序" },
  point: { en: "Evaluation point", zh: "评价点" },
  importance: { en: "Importance", zh: "重要性" },
  satisfaction: { en: "Satisfaction", zh: "满意度" },
  target: { en: "Target", zh: "目标" },
  gap: { en: "Gap", zh: "差距" },
  quadrant: { en: "Quadrant", zh: "象限" },
  relativeWeights: { en: "relative weights on overall satisfaction", zh: "总体满意度相对权重" },
  statedImportance: { en: "stated importance", zh: "客户自述重要性" },
  rSquared: { en: "R²", zh: "R²" },
  respondents: { en: "respondents", zh: "位受访者" },
  measureId: { en: "Id", zh: "编号" },
  category: { en: "Category", zh: "类别" },
  measure: { en: "Measure", zh: "措施" },
  description: { en: "Description", zh: "说明" },
  none: { en: "None.", zh: "无。" },
  noFindings: { en: "No finding of this kind.", zh: "无此类问题点。" },
  fullSize: { en: "Show at full size", zh: "按原始大小显示" },
  blueprints: { en: "Blueprints with findings", zh: "蓝图与问题点标注" },
  blueprintNote: {
    en: "Each theme's full-process blueprint; marked steps carry a finding (C customer dissatisfaction, S unreasonable standard, E non-compliant execution).",
    zh: "各服务主题的全流程蓝图；标记的环节存在问题点（C 客户不满意点，S 标准不合理点，E 执行不合格点）。",
  },
  charts: { en: "Gaps and priorities", zh: "差距与优先级" },
  gapChart: { en: "Satisfaction index against target", zh: "满意度指数与目标" },
  gapChartNote: {
    en: "Bars: satisfaction index (0–100) with its confidence interval; tick: the point's target. Red bars are significantly below target.",
    zh: "条形：满意度指数（0–100）及其置信区间；竖线：该评价点的目标。红色表示显著低于目标。",
  },
  quadrantChart: { en: "Importance–performance grid", zh: "重要性–表现矩阵" },
  quadrantChartNote: {
    en: "Each dot is an evaluation point; the dashed lines are the mean importance and mean satisfaction of the theme's points.",
    zh: "每个点代表一个评价点；虚线为本主题各评价点重要性和满意度的均值。",
  },
  belowTarget: { en: "significantly below target", zh: "显著低于目标" },
  atTarget: { en: "not significantly below target", zh: "未显著低于目标" },
  comparison: { en: "Wave comparison", zh: "调查批次对比" },
  comparisonNote: {
    en: "Each figure in the two waves, the change with its interval and the test after the multiple-comparison adjustment.",
    zh: "两个批次的各项指标、变化量及其置信区间，以及多重比较校正后的检验结果。",
  },
  figure: { en: "Figure", zh: "指标" },
  before: { en: "Before", zh: "之前" },
  after: { en: "After", zh: "之后" },
  change: { en: "Change", zh: "变化" },
  direction: { en: "Direction", zh: "方向" },
  better: { en: "better", zh: "改善" },
  worse: { en: "worse", zh: "变差" },
  noChange: { en: "no significant change", zh: "无显著变化" },
  postsBeforeAfter: { en: "Findings per post, before and after", zh: "各岗位问题点前后对比" },
  resolved: { en: "Resolved", zh: "已解决" },
  added: { en: "New", zh: "新增" },
  kindPoint: { en: "customer satisfaction", zh: "客户满意度" },
  kindInternal: { en: "internal rating", zh: "内部客户评价" },
  kindCompliance: { en: "compliance", zh: "达标率" },
  auditTrail: { en: "All tests (audit trail)", zh: "全部检验（审计记录）" },
  auditNote: {
    en: "Every test the run made, significant or not, with its adjusted p-value (q).",
    zh: "本次分析所做的全部检验（无论是否显著）及校正后的p值（q）。",
  },
  test: { en: "Test", zh: "检验" },
  result: { en: "Result", zh: "结果" },
  language: { en: "中文", zh: "English" },
  of: { en: "of", zh: "／" },
  skipToContent: { en: "Skip to content", zh: "跳到正文" },
  layer: { en: "Layer", zh: "层级" },
  nothingMeasured: { en: "nothing measured here", zh: "此处无测量数据" },
  whoseFinding: { en: "Lands on", zh: "责任归属" },
  facedBy: { en: "Faced at the front line by", zh: "一线面对岗位" },
  setBy: { en: "Set by", zh: "制定者" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

/** A key of {@link REPORT_WORDS}. */
export type WordKey = keyof typeof REPORT_WORDS;

/**
 * A fixed word of the reports in one language.
 *
 * @param key - The word's key.
 * @param lang - The report language.
 * @returns The word.
 * @example
 * ```ts
 * word("responsibility", "zh"); // "责任清单"
 * ```
 */
export function word(key: WordKey, lang: Lang): string {
  return REPORT_WORDS[key][lang];
}
