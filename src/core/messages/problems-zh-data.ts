/**
 * The Simplified Chinese text of the problem codes of the data readers and the ledger (`data/*`), with the same codes
 * as the English table of problems-en-data.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DATA_EN } from "./problems-en-data.js";
import { qZh as q, tZh as t, basisDifferencesTextZh as basisDifferencesText, LEDGER_ZH as LEDGER, rejectedZh as rejected } from "./problems-zh-words.js";

/** 简体中文说明（与 DATA_EN 同一组代码）。 */
export const DATA_ZH: ProblemTexts<keyof typeof DATA_EN> = {
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
  "data/empty-file": (p) =>
    p.headerOnly
      ? t(`文件只有表头，没有数据行（共 ${p.lines} 行，含空行）。`, "请连同数据行一起导出，或确认是否选错了文件；空的调查数据或工单文件无法分析。")
      : t(p.lines === 0 ? "文件是空的。" : `文件只有空行（${p.lines} 行）。`, "请确认是否选错了文件、导出是否完成；数据文件的第一行应是列名（表头）。"),
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
  "data/basis-mismatch": (p) =>
    t(
      `gaptrace/${p.fn}：指标 ${q(p.metric)} 的取数口径不同（${basisDifferencesText(p.differences, p.labels)}），数值不可比。`,
      "只比较或合并同一取数口径下的数值；请按对方口径重新计算其中一方，或分别报告。",
    ),
};
