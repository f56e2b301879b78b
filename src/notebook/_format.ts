/**
 * Internal helpers of the notebook views: byte-stable number formatting (no locale, no `-0`), display width of
 * mixed Latin/CJK text for aligned plain-text tables, deterministic ids, option checks, and names of study
 * items looked up through `Map`s (user ids are untrusted).
 * @module
 */
import { UsageError } from "../core/errors.js";
import { labelText, type Label, type Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import { isLang } from "../reports/blueprint/words/index.js";

/**
 * A number with a fixed count of decimals, a minus sign (U+2212) for negatives, never `-0`, `NaN` as "–".
 * Locale-independent, so output is the same on every machine.
 */
export function num(v: number | undefined, digits = 1): string {
  if (v === undefined || !Number.isFinite(v)) return "–";
  const s = v.toFixed(digits);
  if (/^-0(\.0*)?$/.test(s)) return s.slice(1);
  // A true minus sign: "−24.3" reads better than "-24.3", above all inside a range such as "−25.3–−23.4".
  return s.startsWith("-") ? `\u2212${s.slice(1)}` : s;
}

/** A number with at most `digits` decimals and no trailing zeros: `25`, `0.5`, `1.25`. */
export function short(v: number, digits = 2): string {
  const s = num(v, digits);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}

/** A 0–1 share as a percentage, e.g. `0.762` → `"76.2%"`. */
export function pct(v: number | undefined, digits = 1): string {
  return v === undefined || !Number.isFinite(v) ? "–" : `${num(v * 100, digits)}%`;
}

/** A whole count with comma grouping (`12,345`), the same in every locale. */
export function count(n: number): string {
  const s = String(Math.trunc(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// East Asian wide and fullwidth ranges (CJK ideographs, kana, hangul, fullwidth forms, CJK punctuation): two
// columns in a monospaced terminal or <pre>.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Whether one character takes two columns. */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/** Columns a string takes in a monospaced font (wide characters count 2). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** FNV-1a (32-bit) of a string, as 8 hex digits: a short deterministic id. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * `Array.isArray` without its type guard: the guard narrows a typed readonly array to `any[]`, which would
 * silently switch off type checking after an argument check.
 */
export function isList(x: unknown): boolean {
  return Array.isArray(x);
}

/** Check a `lang` option. */
export function checkLang(lang: unknown, fn: string): Lang {
  if (lang === undefined) return "en";
  if (!isLang(lang)) {
    throw new UsageError(fn, `options.lang must be "en" or "zh", got ${JSON.stringify(lang)}.`, 'Pass lang: "en" or lang: "zh".');
  }
  return lang;
}

/** Check that the first argument looks like a study (a user may pass a report or a path by mistake). */
export function checkStudy(study: unknown, fn: string): Study {
  const s = study as Partial<Study> | undefined;
  if (typeof s !== "object" || s === null || !isList(s.blueprints) || typeof s.organisation !== "object") {
    throw new UsageError(
      fn,
      "expecting a validated study as the study argument.",
      "Pass report.study from loadStudyFile(…) (check report.ok first), or the study from parseStudy(…).",
    );
  }
  return s as Study;
}

/** Names of a study's items in one language, found by id; unknown ids print as themselves. */
export class Names {
  readonly lang: Lang;
  readonly #steps = new Map<string, { name: Label; layer: string; theme: string; owner: string | undefined }>();
  readonly #posts = new Map<string, { name: Label; department: string }>();
  readonly #departments = new Map<string, Label>();
  readonly #themes = new Map<string, Label>();
  readonly #standards = new Map<string, Label>();
  readonly #points = new Map<string, Label>();
  readonly #events = new Map<string, Label>();
  readonly #persons = new Map<string, Label>();

  constructor(study: Study, lang: Lang) {
    this.lang = lang;
    for (const bp of study.blueprints)
      for (const s of bp.steps) if (!this.#steps.has(s.id)) this.#steps.set(s.id, { name: s.name, layer: s.layer, theme: bp.theme, owner: s.owner });
    for (const p of study.organisation.posts) if (!this.#posts.has(p.id)) this.#posts.set(p.id, { name: p.name, department: p.department });
    for (const d of study.organisation.departments) if (!this.#departments.has(d.id)) this.#departments.set(d.id, d.name);
    for (const p of study.organisation.persons) if (!this.#persons.has(p.id)) this.#persons.set(p.id, p.name);
    for (const t of study.themeMap.themes) if (!this.#themes.has(t.id)) this.#themes.set(t.id, t.name);
    for (const s of study.standards) if (!this.#standards.has(s.id)) this.#standards.set(s.id, s.text);
    for (const p of study.evaluationPoints) if (!this.#points.has(p.id)) this.#points.set(p.id, p.name);
    for (const e of study.events) if (!this.#events.has(e.id)) this.#events.set(e.id, e.name);
  }

  #text(map: ReadonlyMap<string, Label>, id: string | undefined): string {
    if (id === undefined) return "";
    const label = map.get(id);
    return label === undefined ? id : labelText(label, this.lang) || id;
  }

  step(id: string | undefined): string {
    const s = id === undefined ? undefined : this.#steps.get(id);
    return s === undefined ? (id ?? "") : labelText(s.name, this.lang) || (id ?? "");
  }
  post(id: string | undefined): string {
    const p = id === undefined ? undefined : this.#posts.get(id);
    return p === undefined ? (id ?? "") : labelText(p.name, this.lang) || (id ?? "");
  }
  department(id: string | undefined): string {
    return this.#text(this.#departments, id);
  }
  departmentOfPost(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.#posts.get(id)?.department;
  }
  person(id: string): string {
    return this.#text(this.#persons, id);
  }
  theme(id: string | undefined): string {
    return this.#text(this.#themes, id);
  }
  standard(id: string | undefined): string {
    return this.#text(this.#standards, id);
  }
  point(id: string | undefined): string {
    return this.#text(this.#points, id);
  }
  event(id: string | undefined): string {
    return this.#text(this.#events, id);
  }
}
