/**
 * The blueprint as Mermaid flowchart text (for Markdown, GitLab/GitHub, notebooks): one subgraph per layer,
 * steps with their owner post, hand-offs as `-->` (rework `-.->`, parallel labelled "∥"), findings as classDef
 * styles plus their letters (C, S, E) in the label, so they survive a renderer that drops colours.
 * @module
 */
import type { Study } from "../../model/study.js";
import { LAYERS } from "../../model/study.js";
import { safeNodeNames } from "./ids.js";
import { resolveBlueprint, type BlueprintOptions, type ResolvedBlueprint } from "./source.js";
import { MARK_TAGS, markStyle } from "./vocabulary.js";
import { blueprintWords } from "./words/index.js";

// Words with a meaning in flowchart syntax, and the lane subgraph ids, which step names must not take.
const MERMAID_RESERVED = [
  "end", "graph", "flowchart", "subgraph", "direction", "class", "classDef", "style", "linkStyle", "click",
  "call", "href", "default", "interpolate", "accTitle", "accDescr",
  ...LAYERS.map((l) => `L_${l}`),
];

const MERMAID_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["#", "#35;"],
  ['"', "#quot;"],
  ["&", "#amp;"],
  ["<", "#lt;"],
  [">", "#gt;"],
  ["`", "#96;"],
  ["%", "#37;"],
]);

/**
 * Escape text for a double-quoted Mermaid label: Mermaid's own entity codes (`#quot;`, `#lt;`, `#35;` …) replace
 * every character that could end the string, start an entity, open markup or a Markdown string; whitespace
 * runs (newlines included) become one space.
 *
 * @param text - A user label.
 * @returns Text safe between `"` and `"` in Mermaid.
 * @example
 * ```ts
 * escapeMermaid('Say "hi" <b>'); // "Say #quot;hi#quot; #lt;b#gt;"
 * ```
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[#"&<>`%]/g, (c) => MERMAID_ENTITIES.get(c) ?? c);
}

/**
 * Write a theme's blueprint as a Mermaid `flowchart LR`.
 *
 * @param study - The study.
 * @param themeId - The theme whose blueprint to write.
 * @param options - `lang` ("en" default, or "zh") and `marks` (findings overlay).
 * @returns Mermaid source text, deterministic for a given input.
 * @throws NotFoundError when the theme has no blueprint; UsageError when a mark names an unknown step.
 * @example
 * ```ts
 * toMermaid(study, "outage", { lang: "zh" });
 * // "flowchart LR\n  subgraph L_customer[\"外部客户\"]\n …"
 * ```
 */
export function toMermaid(study: Study, themeId: string, options?: BlueprintOptions): string {
  return mermaidFrom(resolveBlueprint(study, themeId, options, "toMermaid"));
}

function mermaidFrom(bp: ResolvedBlueprint): string {
  const words = blueprintWords(bp.lang);
  const names = safeNodeNames(
    bp.steps.map((s) => s.id),
    MERMAID_RESERVED,
  );
  const out: string[] = [];
  out.push(`%% ${escapeMermaid(`${words.blueprint} · ${bp.themeName}`)} (gaptrace)`);
  const mapped = bp.steps.filter((s) => names.get(s.id) !== s.id);
  for (const s of mapped) out.push(`%% ${names.get(s.id) ?? ""} = ${s.id}`);
  out.push("flowchart LR");
  for (const layer of LAYERS) {
    const steps = bp.steps.filter((s) => s.layer === layer);
    // Early termination: an empty subgraph renders as a stray box in Mermaid.
    if (steps.length === 0) continue;
    out.push(`  subgraph L_${layer}["${escapeMermaid(words.layerTitle[layer])}"]`);
    out.push("    direction LR");
    for (const s of steps) {
      const parts = [escapeMermaid(s.name)];
      if (s.owner !== undefined) parts.push(escapeMermaid(s.owner));
      const marks = bp.marks.get(s.id) ?? [];
      if (marks.length > 0) parts.push(marks.map((m) => `[${markStyle(m.tag).letter}]`).join(" "));
      out.push(`    ${names.get(s.id) ?? ""}["${parts.join("<br/>")}"]`);
    }
    out.push("  end");
  }
  const reworkLinks: number[] = [];
  const parallelLinks: number[] = [];
  bp.handoffs.forEach((h, i) => {
    const arrow = h.rework ? "-.->" : "-->";
    const text = [h.kind === "parallel" ? "∥" : "", h.label === undefined ? "" : escapeMermaid(h.label)].filter((t) => t !== "").join(" ");
    const label = text === "" ? "" : `|"${text}"|`;
    out.push(`  ${names.get(h.from) ?? ""} ${arrow}${label} ${names.get(h.to) ?? ""}`);
    if (h.rework) reworkLinks.push(i);
    else if (h.kind === "parallel") parallelLinks.push(i);
  });
  const used = new Set([...bp.marks.values()].flatMap((l) => l.map((m) => m.tag)));
  for (const tag of MARK_TAGS) {
    if (!used.has(tag)) continue;
    const st = markStyle(tag);
    out.push(`  classDef tag${st.letter} fill:${st.tint},stroke:${st.color},stroke-width:3px`);
    const ids = bp.steps.filter((s) => (bp.marks.get(s.id) ?? []).some((m) => m.tag === tag)).map((s) => names.get(s.id) ?? "");
    out.push(`  class ${ids.join(",")} tag${st.letter}`);
  }
  if (reworkLinks.length > 0) out.push(`  linkStyle ${reworkLinks.join(",")} stroke:#C05621,stroke-dasharray:6 4`);
  if (parallelLinks.length > 0) out.push(`  linkStyle ${parallelLinks.join(",")} stroke:#2B6CB0,stroke-width:2px`);
  return out.join("\n") + "\n";
}
