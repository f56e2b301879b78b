import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../../src/core/errors.js";
import { escapeDot, toDot } from "../../../src/reports/blueprint/dot.js";
import { outageMarks, outageStudy, tinyStudy } from "./fixtures.js";

const STRING = /"(?:[^"\\]|\\.)*"/g;

/** Check DOT lexing: every string closes, braces and brackets balance outside strings. */
function checkSyntax(text: string): void {
  const code = text
    .split("\n")
    .filter((l) => !l.startsWith("//"))
    .join("\n")
    .replace(STRING, '""');
  expect(code.replace(/""/g, "")).not.toContain('"');
  for (const [open, close] of [["{", "}"], ["[", "]"]] as const) {
    let depth = 0;
    for (const c of code) {
      if (c === open) depth++;
      if (c === close) depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  }
}

describe("toDot", () => {
  const study = outageStudy();
  const text = toDot(study, "outage", { lang: "zh", marks: outageMarks });
  const names = new Map([...text.matchAll(/^\/\/ (n\d+) = (.+)$/gm)].map((m) => [m[2] ?? "", m[1] ?? ""]));
  const nm = (id: string): string => names.get(id) ?? "?";

  it("is a left-to-right digraph with one cluster per layer", () => {
    checkSyntax(text);
    expect(text).toMatch(/^digraph blueprint \{$/m);
    expect(text).toMatch(/rankdir=LR/);
    expect([...text.matchAll(/subgraph (cluster_\w+) \{\n\s+label="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ["cluster_customer", "外部客户"],
      ["cluster_frontline", "一线接触层"],
      ["cluster_backoffice", "后台支撑层"],
      ["cluster_support", "支持流程"],
    ]);
  });

  it("has every step with its owner, and every hand-off", () => {
    expect(text.match(/^ {4}\w+ \[label=/gm)).toHaveLength(20);
    expect(text).toContain(`${nm("b-dispatch")} [label="派发抢修工单\\n抢修调度员\\n[E]", penwidth=3, color="#8E3B8A"`);
    expect(text.match(/^ {2}\w+ -> \w+/gm)).toHaveLength(28);
    expect(text).toContain(`${nm("b-close")} -> ${nm("f-repair")} [label="退回补录", style=dashed, color="#C05621", constraint=false];`);
    expect(text).toContain(`${nm("b-dispatch")} -> ${nm("s-fleet")} [label="∥", color="#2B6CB0", penwidth=1.6];`);
    // Two different tags on one step: a neutral thick border.
    expect(text).toContain(`${nm("f-survey")} [label="现场故障查勘\\n抢修队员\\n[S] [E]", penwidth=3, color="#1A202C"`);
  });

  it("escapes quotes and backslashes so no user text can break out or inject Graphviz escapes", () => {
    expect(escapeDot('a "b" \\ c\nd \\N')).toBe('a \\"b\\" \\\\ c d \\\\N');
    const t = toDot(tinyStudy({ a: 'x"]; evil [shape=star]; "\\' }), "t");
    checkSyntax(t);
    expect(t).toContain('a [label="x\\"]; evil [shape=star]; \\"\\\\"];');
    expect(t).not.toMatch(/^\s*evil/m);
  });

  it("maps ids DOT cannot take bare", () => {
    expect(names.get("c-call")).toMatch(/^n\d+$/);
    const t = toDot(tinyStudy(), "t");
    expect(t).toMatch(/^ {2}a -> b;$/m);
  });

  it("reports an unknown theme or mark step under its own name", () => {
    expect(() => toDot(study, "nope")).toThrow(NotFoundError);
    expect(() => toDot(study, "outage", { marks: [{ step: "x", tag: "unreasonable-standard" }] })).toThrow(UsageError);
    expect(() => toDot(study, "outage", { marks: [{ step: "x", tag: "unreasonable-standard" }] })).toThrow(/^gaptrace\/toDot:/);
  });
});
