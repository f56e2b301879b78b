import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../../src/core/errors.js";
import { escapeMermaid, toMermaid } from "../../../src/reports/blueprint/mermaid.js";
import { outageMarks, outageStudy, tinyStudy } from "./fixtures.js";

/** Node name → label, from `name["label"]` lines. */
function nodes(text: string): Map<string, string> {
  return new Map([...text.matchAll(/^ {4}([A-Za-z][\w]*)\["([^"]*)"\]$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}
/** Edges as `from arrow to`, labels dropped. */
function edges(text: string): string[] {
  return [...text.matchAll(/^ {2}([A-Za-z]\w*) (-->|-\.->)(?:\|"[^"]*"\|)? ([A-Za-z]\w*)$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
}

describe("toMermaid", () => {
  const study = outageStudy();
  const text = toMermaid(study, "outage", { lang: "zh", marks: outageMarks });
  const names = new Map([...text.matchAll(/^%% (n\d+) = (.+)$/gm)].map((m) => [m[2] ?? "", m[1] ?? ""]));

  it("is a left-to-right flowchart with one subgraph per layer", () => {
    expect(text.split("\n").find((l) => !l.startsWith("%%"))).toBe("flowchart LR");
    expect([...text.matchAll(/^ {2}subgraph (\w+)\["([^"]+)"\]$/gm)].map((m) => [m[1], m[2]])).toEqual([
      ["L_customer", "外部客户"],
      ["L_frontline", "一线接触层"],
      ["L_backoffice", "后台支撑层"],
      ["L_support", "支持流程"],
    ]);
    expect(text.match(/^ {2}end$/gm)).toHaveLength(4);
  });

  it("has every step, with its owner, under a safe deterministic name", () => {
    const n = nodes(text);
    expect(n.size).toBe(20);
    // Ids with "-" are mapped to n0, n1, … in id order and listed in comments.
    expect(names.get("b-assess")).toBe("n0");
    expect(n.get(names.get("b-dispatch") ?? "")).toBe("派发抢修工单<br/>抢修调度员<br/>[E]");
    expect(n.get(names.get("c-notice") ?? "")).toBe("发现停电");
  });

  it("has every hand-off: --> forward, -.-> rework, ∥ on parallel ones", () => {
    const e = edges(text);
    expect(e).toHaveLength(28);
    const nm = (id: string): string => names.get(id) ?? "?";
    expect(e).toContain(`${nm("b-close")} -.-> ${nm("f-repair")}`);
    expect(e).toContain(`${nm("f-accept")} --> ${nm("b-dispatch")}`);
    expect(text).toContain(`${nm("b-dispatch")} -->|"∥"| ${nm("s-fleet")}`);
    expect(text).toContain(`${nm("s-info")} -->|"停电信息"| ${nm("f-reply")}`);
    const defined = new Set(nodes(text).keys());
    for (const line of e) for (const end of [line.split(" ")[0], line.split(" ")[2]]) expect(defined.has(end ?? "")).toBe(true);
  });

  it("styles marked steps with one classDef per tag", () => {
    expect(text).toMatch(/classDef tagC fill:#FBE3D3,stroke:#D55E00,stroke-width:3px/);
    expect(text).toContain(`class ${names.get("c-wait")},${names.get("f-sms")} tagC`);
    expect(text).toContain(`class ${names.get("f-survey")} tagS`);
    expect(text).toMatch(/linkStyle \d+,\d+ stroke:#C05621/);
    expect(toMermaid(study, "outage")).not.toContain("classDef");
  });

  it("escapes labels with Mermaid entity codes and keeps safe ids", () => {
    expect(escapeMermaid('Say "hi" <b> & #1; `md` 50%\nnext')).toBe("Say #quot;hi#quot; #lt;b#gt; #amp; #35;1; #96;md#96; 50#37; next");
    const t = toMermaid(tinyStudy({ a: '"]; click a call alert() %% <script>' }), "t");
    const n = nodes(t);
    expect(n.get("a")).toBe("#quot;]; click a call alert() #37;#37; #lt;script#gt;");
    expect(t).not.toContain("<script");
    expect(edges(t)).toEqual(["a --> b", "b --> c", "c -.-> b"]);
  });

  it("maps keyword ids and ids shaped like generated names", () => {
    const s = tinyStudy();
    const bp = s.blueprints[0];
    if (bp === undefined) throw new Error("no blueprint");
    const renamed = {
      ...s,
      blueprints: [
        {
          ...bp,
          steps: bp.steps.map((st, i) => ({ ...st, id: ["end", "n0", "L_customer"][i] ?? st.id })),
          handoffs: [{ from: "end", to: "n0", kind: "serial" as const, rework: false }, { from: "n0", to: "L_customer", kind: "serial" as const, rework: false }],
        },
      ],
    };
    const t = toMermaid(renamed, "t");
    expect([...nodes(t).keys()].sort()).toEqual(["n0", "n1", "n2"]);
    expect(t).toContain("%% n1 = end");
    expect(edges(t)).toEqual(["n1 --> n2", "n2 --> n0"]);
  });

  it("reports an unknown theme or mark step under its own name", () => {
    expect(() => toMermaid(study, "nope")).toThrow(NotFoundError);
    expect(() => toMermaid(study, "outage", { marks: [{ step: "x", tag: "unreasonable-standard" }] })).toThrow(/^gaptrace\/toMermaid:/);
    expect(() => toMermaid(study, "outage", { marks: [{ step: "x", tag: "unreasonable-standard" }] })).toThrow(UsageError);
  });

  it("is deterministic", () => {
    expect(toMermaid(study, "outage", { lang: "zh", marks: [...outageMarks].reverse() })).toBe(text);
  });
});
