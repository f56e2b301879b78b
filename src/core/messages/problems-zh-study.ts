/**
 * The Simplified Chinese text of the problem codes of the study's checks (`schema/*`, `dup/*`, `ref/*`, `graph/*`,
 * `target/*`, the study's `monitor/*` and the other checks of validateStudy), with the same codes as the English
 * table of problems-en-study.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { STUDY_EN } from "./problems-en-study.js";
import { formatPath } from "./path.js";
import { qZh as q, qsZh as qs, tZh as t, TARGET_KIND_ZH, MONITOR_KIND_ZH, fieldZh as field, foundZh as found, dupZh as dup, unfinishedOwnerZh as unfinishedOwner, DEFINED_UNDER_ZH as DEFINED_UNDER, studyRefZh as studyRef, refZh as ref, foreignZh as foreign, LAYER_ZH as LAYER, measuresWordZh as measuresWord } from "./problems-zh-words.js";

/** 简体中文说明（与 STUDY_EN 同一组代码）。 */
export const STUDY_ZH: ProblemTexts<keyof typeof STUDY_EN> = {
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
  "ref/step-in-other-blueprint": (p) =>
    t(`交接 ${q(p.handoff.from)} → ${q(p.handoff.to)} 引用了服务主题 ${q(p.theme)} 的环节 ${q(p.step)}；交接只能在同一张蓝图内进行。`, "把共同的工作在每个服务主题的蓝图中各建一个环节（岗位可跨服务主题共用，环节不能）。"),
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
  "monitor/unknown-ref": (p) => t(`monitoring.${p.at} 引用了${MONITOR_KIND_ZH[p.kind]} ${q(p.id)}，评价项目中没有定义。`, `请使用评价项目中已定义的${MONITOR_KIND_ZH[p.kind]}编号，或删除该引用。`),
  "monitor/no-owner": (p) => t(`投诉类别 ${q(p.kind)} 没有对应到有责任岗位的环节或评价点，其预警无法送达任何岗位。`, "请为它指定环节（有责任岗位的非客户环节）、评价点或明确的责任岗位/部门。"),
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
};
