/**
 * The Simplified Chinese text of the problem codes of data descriptions (`data-description/*`), with the same codes
 * as the English table of problems-en-data-description.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DATA_DESCRIPTION_EN } from "./problems-en-data-description.js";
import { qZh as q, qsZh as qs, tZh as t, foundZh as found } from "./problems-zh-words.js";

/** 简体中文说明（与 DATA_DESCRIPTION_EN 同一组代码）。 */
export const DATA_DESCRIPTION_ZH: ProblemTexts<keyof typeof DATA_DESCRIPTION_EN> = {
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
};
