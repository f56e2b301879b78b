/**
 * Internal: findings, evidence and changes in plain words (English or Chinese) for the notebook views. Every
 * variant is matched exhaustively, so a new kind of evidence or change cannot be left unprinted.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Change, Evidence, Finding, Measured } from "../attribution/findings.js";
import { escapeHtml } from "../reports/escape.js";
import { count, type Names, num, pct } from "./_format.js";
import { tagBadge, type Cell } from "./_table.js";
import { w, withUnit } from "./_words.js";

function ci(m: Measured, digits: number, asPct: boolean, lang: Lang): string {
  const f = (v: number): string => (asPct ? pct(v, digits) : num(v, digits));
  const level = `${num(m.level * 100, 0)}%`;
  return lang === "zh" ? `（${level}置信区间 ${f(m.ci[0])}–${f(m.ci[1])}，n=${count(m.n)}）` : ` (${level} CI ${f(m.ci[0])}–${f(m.ci[1])}, n=${count(m.n)})`;
}

/** One piece of evidence in a line. */
export function evidenceText(e: Evidence, names: Names): string {
  const lang = names.lang;
  return match(e)
    .with({ kind: "perception-below-target" }, (x) =>
      lang === "zh"
        ? `满意度指数 ${num(x.index.value)}${ci(x.index, 1, false, lang)}，低于目标 ${num(x.target, 0)}`
        : `satisfaction index ${num(x.index.value)}${ci(x.index, 1, false, lang)} below target ${num(x.target, 0)}`,
    )
    .with({ kind: "servqual-gap" }, (x) =>
      lang === "zh" ? `感知 − 期望 = ${num(x.gap.value)}${ci(x.gap, 1, false, lang)}` : `perception − expectation ${num(x.gap.value)}${ci(x.gap, 1, false, lang)}`,
    )
    .with({ kind: "expectation-vs-standard" }, (x) => {
      const limit = withUnit(num(x.threshold, 0), x.unit, lang);
      const accept = x.acceptableValue === undefined ? "" : withUnit(num(x.acceptableValue.value, 0), x.unit, lang);
      return lang === "zh"
        ? `仅 ${pct(x.acceptShare.value)} 的客户接受 ${limit}${ci(x.acceptShare, 1, true, lang)}，要求 ${pct(x.required, 0)}${accept === "" ? "" : `；${pct(x.required, 0)} 的客户接受 ${accept}`}`
        : `${pct(x.acceptShare.value)} of customers accept ${limit}${ci(x.acceptShare, 1, true, lang)}, ${pct(x.required, 0)} required${accept === "" ? "" : `; ${pct(x.required, 0)} accept ${accept}`}`;
    })
    .with({ kind: "clock-mismatch" }, (x) => {
      const moved = x.standardClock.start !== x.customerClock.start;
      const std = names.event(moved ? x.standardClock.start : x.standardClock.stop);
      const cust = names.event(moved ? x.customerClock.start : x.customerClock.stop);
      const lag = x.medianLag === undefined ? "" : withUnit(num(x.medianLag), x.unit, lang);
      return lang === "zh"
        ? `标准从“${std}”计时，客户从“${cust}”计时；按标准准时的工单中，按客户口径仅 ${pct(x.onCustomerClock.value)} 准时${ci(x.onCustomerClock, 1, true, lang)}${lag === "" ? "" : `，两者中位相差 ${lag}`}`
        : `standard counts from “${std}”, customers from “${cust}”: of cases on time by the standard, ${pct(x.onCustomerClock.value)} are on time for customers${ci(x.onCustomerClock, 1, true, lang)}${lag === "" ? "" : `; median lag ${lag}`}`;
    })
    .with({ kind: "compliance-below-standard" }, (x) => {
      const limit = withUnit(num(x.threshold, 0), x.unit, lang);
      return lang === "zh"
        ? `“${names.standard(x.standard)}”达标率 ${pct(x.compliance.value)}${ci(x.compliance, 1, true, lang)}，要求 ${pct(x.required, 0)}（限值 ${limit}）`
        : `${pct(x.compliance.value)} of cases meet ${limit}${ci(x.compliance, 1, true, lang)}, ${pct(x.required, 0)} required (${x.standard})`;
    })
    .with({ kind: "internal-rating-below-target" }, (x) =>
      lang === "zh"
        ? `内部客户“${names.post(x.rater)}”评分 ${num(x.index.value)}${ci(x.index, 1, false, lang)}，低于目标 ${num(x.target, 0)}`
        : `rated ${num(x.index.value)}${ci(x.index, 1, false, lang)} by internal customer ${names.post(x.rater)}, target ${num(x.target, 0)}`,
    )
    .exhaustive();
}

/** What must change, in a line. */
export function changeText(c: Change, names: Names): string {
  const lang = names.lang;
  return match(c)
    .with({ kind: "raise-index" }, (x) =>
      lang === "zh" ? `指数由 ${num(x.from)} 提升到 ${num(x.to, 0)}（+${num(x.to - x.from)}）` : `raise the index from ${num(x.from)} to ${num(x.to, 0)} (+${num(x.to - x.from)})`,
    )
    .with({ kind: "close-servqual-gap" }, (x) =>
      lang === "zh" ? `弥合感知与期望之差 ${num(Math.abs(x.gap))} 分` : `close the perception−expectation gap of ${num(Math.abs(x.gap))} points`,
    )
    .with({ kind: "tighten-threshold" }, (x) => {
      const from = withUnit(num(x.from, 0), x.unit, lang);
      const to = withUnit(num(x.to, 0), x.unit, lang);
      return lang === "zh" ? `“${names.standard(x.standard)}”限值由 ${from} 调整为 ${to}` : `change the limit of ${x.standard} from ${from} to ${to}`;
    })
    .with({ kind: "move-clock" }, (x) => {
      const from = names.event(x.fromEvent);
      const to = names.event(x.toEvent);
      if (lang === "zh") return `“${names.standard(x.standard)}”计时${x.which === "start" ? "起点" : "终点"}由“${from}”改为“${to}”`;
      return `${x.which} the clock of ${x.standard} at “${to}” instead of “${from}”`;
    })
    .with({ kind: "raise-compliance" }, (x) => {
      const limit = withUnit(num(x.threshold, 0), x.unit, lang);
      const now = x.valueAtRequired === undefined ? undefined : withUnit(num(x.valueAtRequired), x.unit, lang);
      if (lang === "zh")
        return `达标率由 ${pct(x.from)} 提升到 ${pct(x.to, 0)}${now === undefined ? "" : `；目前 ${pct(x.to, 0)} 的工单需 ${now}，须达到 ${limit}`}`;
      return `raise compliance from ${pct(x.from)} to ${pct(x.to, 0)}${now === undefined ? "" : `: ${pct(x.to, 0)} of cases now take ${now}, the limit is ${limit}`}`;
    })
    .exhaustive();
}

/** What a finding is about, in a short line (the point, standard or step). */
export function findingSubject(f: Finding, names: Names): string {
  const lang = names.lang;
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => `${names.point(x.point)} · ${names.step(x.step)}`)
    .with({ tag: "unreasonable-standard" }, (x) =>
      `${names.standard(x.standard)} · ${x.via === "clock" ? (lang === "zh" ? "计时口径" : "clock") : lang === "zh" ? "限值" : "threshold"}`,
    )
    .with({ tag: "non-compliant-execution" }, (x) => names.step(x.step))
    .exhaustive();
}

/** Cells stacked as lines of one cell. */
export function lines(parts: readonly (string | Cell)[]): Cell {
  const cells = parts.map((p) => (typeof p === "string" ? { text: p } : p));
  return { text: cells.map((c) => c.text).join("\n"), html: cells.map((c) => c.html ?? escapeHtml(c.text)).join("<br>") };
}

/** A finding named by its tag badge and subject, optionally with a suffix (a share). */
export function findingName(f: Finding | undefined, id: string, names: Names, suffix = ""): Cell {
  if (f === undefined) return { text: `${id}${suffix}` };
  const badge = tagBadge(f.tag);
  const subject = findingSubject(f, names);
  return { text: `${badge.text} ${subject}${suffix}`, html: `${badge.html ?? ""} ${escapeHtml(`${subject}${suffix}`)}` };
}

/** The customer gap a finding id names: its evaluation point's name. */
function gapName(id: string, byId: ReadonlyMap<string, Finding>, names: Names): string {
  const g = byId.get(id);
  return g?.tag === "customer-dissatisfaction" ? names.point(g.point) : id;
}

/**
 * How a finding is traced: a customer gap's root causes with their shares (or why it stays with the front
 * line), a root cause's customer gaps with its share of each, what explains a non-compliant step.
 */
export function tracedCell(f: Finding, byId: ReadonlyMap<string, Finding>, names: Names): Cell {
  const lang = names.lang;
  const colon = lang === "zh" ? "：" : ":";
  const explains = (list: readonly { readonly gap: string; readonly share: number }[]): string[] =>
    list.length === 0 ? [] : [`${w("explains", lang)}${colon}`, ...list.map((e) => `${gapName(e.gap, byId, names)} ${pct(e.share, 0)}`)];
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => {
      if (x.unexplained || x.causes.length === 0) {
        return lines([w("unexplained", lang), ...(x.settleWith.length === 0 ? [] : [`${w("settleWith", lang)}${colon} ${x.settleWith.join("; ")}`])]);
      }
      const causes = [...x.causes].sort((a, b) => b.share - a.share || (a.finding < b.finding ? -1 : a.finding > b.finding ? 1 : 0));
      return lines([`${w("rootCauses", lang)}${colon}`, ...causes.map((c) => findingName(byId.get(c.finding), c.finding, names, ` ${pct(c.share, 0)}`))]);
    })
    .with({ tag: "unreasonable-standard" }, (x) => lines(explains(x.explains).length === 0 ? ["–"] : explains(x.explains)))
    .with({ tag: "non-compliant-execution" }, (x) => {
      const parts: (string | Cell)[] = [];
      if (x.explainedBy.length > 0) parts.push(`${w("explainedBy", lang)}${colon}`, ...x.explainedBy.map((id) => findingName(byId.get(id), id, names)));
      parts.push(...explains(x.explains));
      return lines(parts.length === 0 ? ["–"] : parts);
    })
    .exhaustive();
}

/** The customer gaps a root cause explains, one line each with its share (an unexplained gap names itself). */
export function gapsOf(f: Finding, byId: ReadonlyMap<string, Finding>, names: Names): string[] {
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => [`${names.point(x.point)} (${names.lang === "zh" ? "未解释" : "unexplained"})`])
    .with({ tag: "unreasonable-standard" }, { tag: "non-compliant-execution" }, (x) => x.explains.map((e) => `${gapName(e.gap, byId, names)} ${pct(e.share, 0)}`))
    .exhaustive();
}
