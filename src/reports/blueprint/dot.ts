/**
 * The blueprint as Graphviz DOT text: `rankdir=LR`, one cluster per layer, steps with their owner post,
 * hand-offs as edges (rework dashed and left out of the ranking, parallel labelled "∥"), findings as thick
 * coloured borders plus their letters (C, S, E) in the label.
 * @module
 */
import type { Study } from "../../model/study.js";
import { LAYERS } from "../../model/study.js";
import { safeNodeNames } from "./ids.js";
import { resolveBlueprint, type BlueprintOptions, type ResolvedBlueprint } from "./source.js";
import { markStyle } from "./vocabulary.js";
import { blueprintWords } from "./words/index.js";

const DOT_RESERVED = ["node", "edge", "graph", "digraph", "subgraph", "strict", ...LAYERS.map((l) => `cluster_${l}`)];
const LANE_FILL = { customer: "#EEF4FB", frontline: "#F1F7EE", backoffice: "#FBF6EC", support: "#F4F2FA" } as const;
const FONT = "Noto Sans CJK SC";

/**
 * Escape text for a double-quoted DOT string: `\` and `"` are backslash-escaped (so no user text can produce
 * Graphviz's `\n`, `\N`, `\G` escapes), whitespace runs become one space.
 *
 * @param text - A user label.
 * @returns Text safe between `"` and `"` in DOT.
 * @example
 * ```ts
 * escapeDot('a "b" \\ c'); // 'a \\"b\\" \\\\ c'
 * ```
 */
export function escapeDot(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\"]/g, (c) => `\\${c}`);
}

/**
 * Write a theme's blueprint as a Graphviz DOT digraph.
 *
 * @param study - The study.
 * @param themeId - The theme whose blueprint to write.
 * @param options - `lang` ("en" default, or "zh") and `marks` (findings overlay).
 * @returns DOT source text, deterministic for a given input (`dot -Tsvg` draws it).
 * @throws NotFoundError when the theme has no blueprint; UsageError when a mark names an unknown step.
 * @example
 * ```ts
 * toDot(study, "outage").startsWith("// "); // true; the graph follows: digraph blueprint { rankdir=LR; … }
 * ```
 */
export function toDot(study: Study, themeId: string, options?: BlueprintOptions): string {
  return dotFrom(resolveBlueprint(study, themeId, options, "toDot"));
}

function dotFrom(bp: ResolvedBlueprint): string {
  const words = blueprintWords(bp.lang);
  const names = safeNodeNames(
    bp.steps.map((s) => s.id),
    DOT_RESERVED,
  );
  const q = (s: string): string => `"${escapeDot(s)}"`;
  const out: string[] = [];
  const title = `${words.blueprint} · ${bp.themeName}`;
  out.push(`// ${escapeDot(title)} (gaptrace)`);
  for (const s of bp.steps.filter((s) => names.get(s.id) !== s.id)) out.push(`// ${names.get(s.id) ?? ""} = ${s.id}`);
  out.push("digraph blueprint {");
  out.push(`  graph [rankdir=LR, newrank=true, fontname=${q(FONT)}, label=${q(title)}, labelloc=t, nodesep=0.35, ranksep=0.6];`);
  out.push(`  node [shape=box, style="rounded,filled", fillcolor="#FFFFFF", color="#8A9BB0", fontname=${q(FONT)}, fontsize=11];`);
  out.push(`  edge [color="#4A5568", fontname=${q(FONT)}, fontsize=9, arrowsize=0.7];`);
  for (const layer of LAYERS) {
    const steps = bp.steps.filter((s) => s.layer === layer);
    // Early termination: an empty cluster is not drawn by Graphviz anyway.
    if (steps.length === 0) continue;
    out.push(`  subgraph cluster_${layer} {`);
    out.push(`    label=${q(words.layerTitle[layer])}; style=filled; fillcolor="${LANE_FILL[layer]}"; color="#A0AEC0";`);
    for (const s of steps) {
      const lines = [escapeDot(s.name)];
      if (s.owner !== undefined) lines.push(escapeDot(s.owner));
      const marks = bp.marks.get(s.id) ?? [];
      const attrs = [`label="${lines.join("\\n")}${marks.length > 0 ? `\\n${marks.map((m) => `[${markStyle(m.tag).letter}]`).join(" ")}` : ""}"`];
      if (marks.length > 0) {
        const tags = [...new Set(marks.map((m) => m.tag))];
        const first = markStyle(tags[0] ?? "customer-dissatisfaction");
        attrs.push(`penwidth=3`, `color="${tags.length === 1 ? first.color : "#1A202C"}"`, `fillcolor="${first.tint}"`);
      }
      out.push(`    ${names.get(s.id) ?? ""} [${attrs.join(", ")}];`);
    }
    out.push("  }");
  }
  for (const h of bp.handoffs) {
    const attrs: string[] = [];
    const text = [h.kind === "parallel" ? "∥" : "", h.label === undefined ? "" : escapeDot(h.label)].filter((t) => t !== "").join(" ");
    if (text !== "") attrs.push(`label="${text}"`);
    if (h.rework) attrs.push(`style=dashed`, `color="#C05621"`, `constraint=false`);
    else if (h.kind === "parallel") attrs.push(`color="#2B6CB0"`, `penwidth=1.6`);
    out.push(`  ${names.get(h.from) ?? ""} -> ${names.get(h.to) ?? ""}${attrs.length > 0 ? ` [${attrs.join(", ")}]` : ""};`);
  }
  out.push("}");
  return out.join("\n") + "\n";
}
