/**
 * The command line's own sentences (ledgers, the findings' summary, files written) in English and Simplified
 * Chinese, chosen by `--lang`. Counts are written with thousands separators in both. Reason and finding ids stay as
 * they are (they are the codes users grep for and look up in docs/data.md).
 * @internal
 * @module
 */
import type { Lang } from "../../core/label.js";
import type { LedgerSummary } from "../../data/ledger.js";

const fmt = (n: number): string => n.toLocaleString("en-US");
const plural = (n: number, one: string, many = `${one}s`): string => `${fmt(n)} ${n === 1 ? one : many}`;

/** The sentences of the command line's output. */
export interface CliWords {
  /** "responses.csv: 1,000 rows read = 990 accepted + 10 rejected". */
  rows(path: string, read: number, accepted: number, rejected: number): string;
  /** "rejected (rows and values) by reason: out-of-range 9, non-numeric 2". */
  byReason(reasons: readonly (readonly [string, number])[]): string;
  /** The values line of a ledger. */
  values(v: LedgerSummary["values"]): string;
  /** How responses were linked to cases while loading. */
  links(k: NonNullable<LedgerSummary["links"]>): string;
  /** "(5 of 33 problems shown; …)". */
  shown(shown: number, total: number): string;
  /** "Wave 2026: 11 findings (…); 0 undecided." */
  wave(wave: string, counts: { readonly all: number; readonly customer: number; readonly standard: number; readonly execution: number; readonly undecided: number }): string;
  /** "(severity 0.11, q < 0.001)". */
  severity(severity: number, q: number): string;
  /** "Wrote a, b, c". */
  wrote(files: readonly string[]): string;
  /** "2025 → 2026: 40 figures compared; 3 significantly better, 1 significantly worse." */
  compared(before: string, after: string, figures: number, better: number, worse: number): string;
  /** "; its measured causes predict +1.2 from their change in exposure". */
  predicts(value: number): string;
  /** "Posts: 2 with findings resolved, 1 with new findings." */
  posts(resolved: number, added: number): string;
}

const signed = (v: number): string => `${v >= 0 ? "+" : "−"}${Math.abs(v).toFixed(1)}`;

const qText = (q: number): string => (q < 0.001 ? "< 0.001" : q.toFixed(3));

const EN: CliWords = {
  rows: (path, read, accepted, rejected) => `${path}: ${fmt(read)} rows read = ${fmt(accepted)} accepted + ${fmt(rejected)} rejected`,
  byReason: (reasons) => `rejected (rows and values) by reason: ${reasons.map(([r, n]) => `${r} ${fmt(n)}`).join(", ")}`,
  values: (v) => {
    const na = v.notApplicable ?? 0;
    return `values: ${fmt(v.read)} read = ${fmt(v.valid)} valid + ${fmt(v.missing)} missing + ${fmt(v.dontKnow)} don't know${na > 0 ? ` + ${fmt(na)} not applicable` : ""} + ${fmt(v.rejected)} rejected`;
  },
  links: (k) => {
    const ignored = k.internalIgnored > 0 ? `; ${plural(k.internalIgnored, "internal respondent")} named a case (ignored)` : "";
    return `case links: ${plural(k.linked, "external respondent")} linked + ${fmt(k.unlinked)} without a case; ${plural(k.conflicting, "row")} rejected for naming a second case${ignored}`;
  },
  shown: (shown, total) => `(${fmt(shown)} of ${fmt(total)} problems shown; the kept ones are in ledger.json when a report is written)`,
  wave: (wave, c) =>
    `Wave ${wave}: ${plural(c.all, "finding")} (${fmt(c.customer)} customer dissatisfaction, ${fmt(c.standard)} unreasonable standard, ${fmt(c.execution)} non-compliant execution); ${fmt(c.undecided)} undecided.`,
  severity: (severity, q) => `(severity ${severity.toFixed(2)}, q ${qText(q)})`,
  wrote: (files) => `Wrote ${files.join(", ")}`,
  compared: (before, after, figures, better, worse) => `${before} → ${after}: ${fmt(figures)} figures compared; ${fmt(better)} significantly better, ${fmt(worse)} significantly worse.`,
  predicts: (value) => `; its measured causes predict ${signed(value)} from their change in exposure`,
  posts: (resolved, added) => `Posts: ${fmt(resolved)} with findings resolved, ${fmt(added)} with new findings.`,
};

const ZH: CliWords = {
  rows: (path, read, accepted, rejected) => `${path}：读入${fmt(read)}行 = 接受${fmt(accepted)}行 + 拒绝${fmt(rejected)}行`,
  byReason: (reasons) => `按原因拒绝（行与取值）：${reasons.map(([r, n]) => `${r} ${fmt(n)}`).join("，")}`,
  values: (v) => {
    const na = v.notApplicable ?? 0;
    return `取值：读入${fmt(v.read)}个 = 有效${fmt(v.valid)}个 + 缺失${fmt(v.missing)}个 + 不知道${fmt(v.dontKnow)}个${na > 0 ? ` + 不适用${fmt(na)}个` : ""} + 拒绝${fmt(v.rejected)}个`;
  },
  links: (k) => {
    const ignored = k.internalIgnored > 0 ? `；${fmt(k.internalIgnored)}位内部受访者填写了工单（已忽略）` : "";
    return `工单关联：${fmt(k.linked)}位外部受访者已关联 + ${fmt(k.unlinked)}位无工单；${fmt(k.conflicting)}行因填写第二个工单被拒绝${ignored}`;
  },
  shown: (shown, total) => `（共${fmt(total)}个问题，显示${fmt(shown)}个；写报告时保留的问题在 ledger.json 中）`,
  wave: (wave, c) =>
    `调查批次 ${wave}：${fmt(c.all)}项发现（客户不满意${fmt(c.customer)}项，标准不合理${fmt(c.standard)}项，执行不合格${fmt(c.execution)}项）；待定${fmt(c.undecided)}项。`,
  severity: (severity, q) => `（严重度 ${severity.toFixed(2)}，q ${qText(q)}）`,
  wrote: (files) => `已写出 ${files.join("，")}`,
  compared: (before, after, figures, better, worse) => `${before} → ${after}：比较${fmt(figures)}项指标；显著改善${fmt(better)}项，显著变差${fmt(worse)}项。`,
  predicts: (value) => `；其已测量原因的暴露变化预测 ${signed(value)}`,
  posts: (resolved, added) => `岗位：${fmt(resolved)}个岗位有发现已解决，${fmt(added)}个岗位有新发现。`,
};

const TABLES: Readonly<Record<Lang, CliWords>> = { en: EN, zh: ZH };

/**
 * The command line's sentences in a language.
 *
 * @param lang - `"en"` or `"zh"`.
 * @returns the sentences.
 * @example
 * ```ts
 * cliWords("zh").rows("回访.csv", 10, 9, 1); // "回访.csv：读入10行 = 接受9行 + 拒绝1行"
 * ```
 */
export function cliWords(lang: Lang): CliWords {
  return TABLES[lang];
}
