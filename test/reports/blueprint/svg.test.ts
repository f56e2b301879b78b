import { describe, expect, it } from "vitest";
import { GaptraceError, NotFoundError, UsageError } from "../../../src/core/errors.js";
import { renderBlueprintSvg } from "../../../src/reports/blueprint/svg.js";
import { bigStudy, outageMarks, outageStudy, rng, tinyStudy } from "./fixtures.js";
import { findAll, parseXml, textOf, type XmlElement } from "./xml.js";

const attr = (e: XmlElement, name: string): string | undefined => e.attrs.get(name);
const byAttr = (root: XmlElement, name: string, value: string): XmlElement[] =>
  findAll(root, (e) => e.attrs.get(name) === value);
const texts = (root: XmlElement): string[] => findAll(root, (e) => e.name === "text").map(textOf);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const r = rng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("renderBlueprintSvg", () => {
  const study = outageStudy();
  const zh = renderBlueprintSvg(study, "outage", { lang: "zh", marks: outageMarks });
  const en = renderBlueprintSvg(study, "outage", { marks: outageMarks });

  it("is a well-formed, accessible SVG document", () => {
    for (const svg of [zh, en]) {
      const root = parseXml(svg);
      expect(root.name).toBe("svg");
      expect(attr(root, "xmlns")).toBe("http://www.w3.org/2000/svg");
      expect(attr(root, "role")).toBe("img");
      const [w, h] = [Number(attr(root, "width")), Number(attr(root, "height"))];
      expect(attr(root, "viewBox")).toBe(`0 0 ${w} ${h}`);
      const first = root.children.filter((c): c is XmlElement => typeof c !== "string");
      expect(first[0]?.name).toBe("title");
      expect(first[1]?.name).toBe("desc");
      // aria-labelledby points at the title and desc.
      for (const id of (attr(root, "aria-labelledby") ?? "").split(" ")) expect(byAttr(root, "id", id)).toHaveLength(1);
      const font = attr(root, "font-family") ?? "";
      for (const f of ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "sans-serif"]) expect(font).toContain(f);
      // Every marker a path refers to is defined.
      for (const p of findAll(root, (e) => e.attrs.has("marker-end"))) {
        const id = /^url\(#(.+)\)$/.exec(attr(p, "marker-end") ?? "")?.[1] ?? "";
        expect(byAttr(root, "id", id).map((e) => e.name)).toEqual(["marker"]);
      }
    }
    expect(textOf(parseXml(zh).children.find((c) => typeof c !== "string" && c.name === "title") ?? "")).toBe("服务蓝图 · 停电和故障抢修");
    expect(textOf(parseXml(en).children.find((c) => typeof c !== "string" && c.name === "desc") ?? "")).toMatch(/^Service blueprint of Outages and fault repair: 20 steps/);
  });

  it("draws one lane per layer with bilingual titles", () => {
    const lanes = byAttr(parseXml(en), "data-part", "lanes")[0] as XmlElement;
    const titles = findAll(lanes, (e) => e.name === "text").map((t) => findAll(t, (e) => e.name === "tspan").map(textOf).join(" "));
    expect(titles).toEqual(["Customer actions", "Front line (onstage)", "Back office (backstage)", "Support processes"]);
    const zhTexts = texts(parseXml(zh));
    for (const t of ["外部客户", "一线接触层", "后台支撑层", "支持流程"]) expect(zhTexts).toContain(t);
  });

  it("draws the three lines dashed, each differently, and names them on the drawing", () => {
    for (const [svg, names] of [
      [en, ["Line of interaction", "Line of visibility", "Line of internal interaction"]],
      [zh, ["交互线", "可视线", "内部交互线"]],
    ] as const) {
      const root = parseXml(svg);
      const dashes = new Set<string>();
      ["interaction", "visibility", "internal"].forEach((id, i) => {
        const line = byAttr(root, "data-line", id).filter((e) => e.name === "line");
        expect(line).toHaveLength(1);
        const dash = attr(line[0] as XmlElement, "stroke-dasharray");
        expect(dash).toBeDefined();
        dashes.add(dash ?? "");
        const labels = byAttr(root, "data-line", id).filter((e) => e.name === "text");
        expect(labels.length).toBeGreaterThan(0);
        for (const l of labels) expect(textOf(l)).toBe(names[i]);
      });
      expect(dashes.size).toBe(3);
    }
  });

  it("shows each step's name and owner post", () => {
    const root = parseXml(zh);
    const box = byAttr(root, "data-step", "b-dispatch")[0];
    expect(box).toBeDefined();
    const t = texts(box as XmlElement);
    expect(t).toContain("派发抢修工单");
    expect(t).toContain("抢修调度员");
    // Customer steps have no owner line.
    expect(texts(byAttr(root, "data-step", "c-notice")[0] as XmlElement)).toEqual(["发现停电"]);
  });

  it("draws hand-offs as arrows: rework dashed and curved, parallel with a ∥ badge", () => {
    const root = parseXml(en);
    const edges = findAll(root, (e) => e.name === "g" && e.attrs.has("data-from"));
    expect(edges).toHaveLength(28);
    const rework = edges.filter((e) => attr(e, "data-style") === "rework");
    expect(rework).toHaveLength(2);
    for (const g of rework) {
      const path = findAll(g, (e) => e.name === "path")[0] as XmlElement;
      expect(attr(path, "stroke-dasharray")).toBeDefined();
      expect(attr(path, "d")).toMatch(/ C/);
      expect(attr(path, "marker-end")).toBe("url(#gt-bp-arrow-rework)");
    }
    const parallel = edges.filter((e) => attr(e, "data-style") === "parallel");
    expect(parallel).toHaveLength(3);
    for (const g of parallel) expect(findAll(g, (e) => e.name === "circle")).toHaveLength(1);
    const serial = edges.filter((e) => attr(e, "data-style") === "serial");
    for (const g of serial) {
      const path = findAll(g, (e) => e.name === "path")[0] as XmlElement;
      expect(attr(path, "stroke-dasharray")).toBeUndefined();
      expect(attr(path, "marker-end")).toBe("url(#gt-bp-arrow-serial)");
    }
  });

  it("overlays marks: shape, letter and colour per tag, thick border, stacked badges, labels", () => {
    const root = parseXml(zh);
    const survey = byAttr(root, "data-step", "f-survey")[0] as XmlElement;
    const rect = findAll(survey, (e) => e.name === "rect")[0] as XmlElement;
    expect(Number(attr(rect, "stroke-width"))).toBe(3);
    // Two marks stack as two badges (triangle S, square E) at different x.
    const letters = findAll(survey, (e) => e.name === "text" && ["S", "E", "C"].includes(textOf(e))).map(textOf);
    expect(letters.sort()).toEqual(["E", "S"]);
    const triangle = findAll(survey, (e) => e.name === "polygon");
    expect(triangle.length).toBeGreaterThanOrEqual(1);
    expect(texts(survey)).toEqual(expect.arrayContaining(["18%的工单到达超时"]));
    const wait = byAttr(root, "data-step", "c-wait")[0] as XmlElement;
    expect(findAll(wait, (e) => e.name === "circle" && attr(e, "fill") === "#D55E00").length).toBeGreaterThanOrEqual(1);
    const stores = byAttr(root, "data-step", "s-stores")[0] as XmlElement;
    expect(findAll(stores, (e) => e.name === "text").map(textOf)).toContain("E");
    // Unmarked steps keep a thin border.
    const notice = byAttr(root, "data-step", "c-notice")[0] as XmlElement;
    expect(Number(attr(findAll(notice, (e) => e.name === "rect")[0] as XmlElement, "stroke-width"))).toBeLessThan(2);
  });

  it("stacks many marks on one step without losing count", () => {
    const marks = Array.from({ length: 9 }, (_, i) => ({
      step: "b",
      tag: (["customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution"] as const)[i % 3] ?? "customer-dissatisfaction",
      label: `finding ${i}`,
    }));
    const root = parseXml(renderBlueprintSvg(tinyStudy(), "t", { marks }));
    const box = byAttr(root, "data-step", "b")[0] as XmlElement;
    const t = texts(box);
    expect(t.filter((x) => /^[CSE]$/.test(x)).length + Number((t.find((x) => /^\+\d+$/.test(x)) ?? "+0").slice(1))).toBe(9);
    expect(t).toContain("+6 …");
  });

  it("has a legend of tags, hand-off styles and lines, in the chosen language", () => {
    for (const [svg, words] of [
      [en, ["Legend", "Customer dissatisfaction", "Unreasonable standard", "Non-compliant execution", "Parallel hand-off", "Rework (back upstream)", "Line of interaction", "Line of visibility", "Line of internal interaction"]],
      [zh, ["图例", "客户不满意点", "标准不合理点", "执行不合格点", "并行交接", "返工（退回上游）", "交互线", "可视线", "内部交互线"]],
    ] as const) {
      const legend = byAttr(parseXml(svg), "data-part", "legend")[0] as XmlElement;
      const t = texts(legend);
      for (const w of words) expect(t).toContain(w);
      // Tag swatches carry their letter, so the legend reads in greyscale too.
      for (const letter of ["C", "S", "E"]) expect(t).toContain(letter);
    }
  });

  it("escapes every label: a step named <script> is text, never markup", () => {
    const nasty = `<script>alert(1)</script>`;
    const svg = renderBlueprintSvg(tinyStudy({ a: nasty, b: `Tom & "Jerry's" <b>`, c: "]]> &amp; \u0001" }), "t", {
      marks: [{ step: "a", tag: "customer-dissatisfaction", label: "<img src=x onerror=alert(1)>" }],
    });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    expect(svg).toContain("&lt;script&gt;");
    const root = parseXml(svg);
    expect(findAll(root, (e) => e.name === "script" || e.name === "img" || e.name === "b")).toHaveLength(0);
    const all = texts(root).join("\n");
    expect(all).toContain(nasty);
    expect(all).toContain(`Tom & "Jerry's" <b>`);
    expect(all).toContain("]]> &amp; \uFFFD");
    expect(all).toContain("<img src=x");
  });

  it("is deterministic, whatever the order of steps, hand-offs and marks", () => {
    expect(renderBlueprintSvg(study, "outage", { lang: "zh", marks: outageMarks })).toBe(zh);
    const bp = study.blueprints[0];
    if (bp === undefined) throw new Error("no blueprint");
    for (const seed of [11, 12, 13]) {
      const other = { ...study, blueprints: [{ ...bp, steps: shuffled(bp.steps, seed), handoffs: shuffled(bp.handoffs, seed * 7) }] };
      expect(renderBlueprintSvg(other, "outage", { lang: "zh", marks: shuffled(outageMarks, seed) })).toBe(zh);
    }
  });

  it("renders a 100-step theme as a wide, well-formed picture", () => {
    const svg100 = renderBlueprintSvg(bigStudy(100, 7), "big");
    const svg40 = renderBlueprintSvg(bigStudy(40, 7), "big");
    const w = (s: string): number => Number(attr(parseXml(s), "width"));
    expect(w(svg100)).toBeGreaterThan(w(svg40));
    expect(findAll(parseXml(svg100), (e) => e.attrs.has("data-step"))).toHaveLength(100);
  });

  it("uses idPrefix for its ids and rejects an unusable one", () => {
    const svg = renderBlueprintSvg(tinyStudy(), "t", { idPrefix: "fig2-" });
    expect(byAttr(parseXml(svg), "id", "fig2-title")).toHaveLength(1);
    expect(svg).not.toContain("gt-bp-");
    expect(() => renderBlueprintSvg(tinyStudy(), "t", { idPrefix: '"><x' })).toThrow(UsageError);
  });

  it("reports user mistakes as gaptrace errors", () => {
    const unknownStep = (): string => renderBlueprintSvg(study, "outage", { marks: [{ step: "ghost", tag: "customer-dissatisfaction" }] });
    expect(unknownStep).toThrow(UsageError);
    expect(unknownStep).toThrow(/^gaptrace\/renderBlueprintSvg: options\.marks\[0\] names step "ghost"/);
    const badTag = (): string =>
      renderBlueprintSvg(study, "outage", { marks: [{ step: "c-wait", tag: "rude-staff" as "customer-dissatisfaction" }] });
    expect(badTag).toThrow(UsageError);
    expect(() => renderBlueprintSvg(study, "nope")).toThrow(NotFoundError);
    expect(() => renderBlueprintSvg(study, "nope")).toThrow(/^gaptrace\/renderBlueprintSvg: no theme with id "nope"/);
    expect(() => renderBlueprintSvg(study, "outage", { lang: "fr" as "en" })).toThrow(GaptraceError);
    const broken = { ...study, blueprints: [{ theme: "outage", steps: [], handoffs: [{ from: "x", to: "y", kind: "serial" as const, rework: false }] }] };
    expect(() => renderBlueprintSvg(broken, "outage")).toThrow(UsageError);
  });

  it("draws an empty blueprint as four empty lanes", () => {
    const empty = { ...study, blueprints: [{ theme: "outage", steps: [], handoffs: [] }] };
    const root = parseXml(renderBlueprintSvg(empty, "outage"));
    expect(findAll(root, (e) => e.attrs.has("data-step"))).toHaveLength(0);
    expect(findAll(root, (e) => e.name === "line" && e.attrs.has("data-line"))).toHaveLength(3);
  });
});
