/**
 * BPMN in: real files from public repositories (test/fixtures/bpmn/SOURCES.md) and small hand-written ones become
 * study drafts; every unsupported construct is reported at its element id and line; a filled mapping makes the
 * draft a valid study; bad input gets located problems, never a throw.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { draftProblemsNotCovered, importBpmn, type BpmnImport } from "../../src/bpmn/index.js";
import { INVOICE_MAPPING } from "./invoice-mapping.js";
import { problemText } from "../../src/core/problem.js";
import { UsageError } from "../../src/core/errors.js";
import { locateElement } from "../../src/bpmn/ids.js";

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../fixtures/bpmn/${name}`, import.meta.url)), "utf8");
const codes = (r: BpmnImport, code: string): string[] => r.problems.filter((p) => p.code === code).map((p) => String(p.path[1]));

/** A BPMN file around one process body. */
const bpmn = (body: string, extra = ""): string => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="x">
${extra}
  <bpmn:process id="P" name="Repair">
${body}
  </bpmn:process>
</bpmn:definitions>`;

const blueprint = (r: BpmnImport, i = 0): { steps: Record<string, unknown>[]; handoffs: Record<string, unknown>[] } =>
  (r.draft?.["blueprints"] as { steps: Record<string, unknown>[]; handoffs: Record<string, unknown>[] }[])[i]!;

describe("importBpmn on Camunda's invoice process (lanes, gateways, a loop, a data store)", () => {
  const xml = fixture("camunda-invoice-v2.bpmn");

  it("turns lanes into posts, activities and events into steps, flows through gateways into hand-offs", async () => {
    const r = await importBpmn(xml, { file: "invoice.bpmn" });
    const bp = blueprint(r);
    expect(bp.steps.map((s) => s["id"])).toEqual(["approveInvoice", "prepareBankTransfer", "assignApprover", "StartEvent_1", "invoiceNotProcessed", "invoiceProcessed", "archiveInvoice", "invoiceClarification"]);
    expect(bp.steps.find((s) => s["id"] === "prepareBankTransfer")).toMatchObject({ name: "Prepare Bank Transfer", owner: "Accountant", description: "Prepare the bank transfer." });
    const pairs = bp.handoffs.map((h) => `${String(h["from"])}>${String(h["to"])}${h["rework"] === true ? " rework" : ""}${h["label"] === undefined ? "" : ` (${String(h["label"])})`}`);
    expect(pairs.sort()).toEqual(
      [
        "StartEvent_1>assignApprover",
        "approveInvoice>invoiceClarification (no)",
        "approveInvoice>prepareBankTransfer (yes)",
        "archiveInvoice>invoiceProcessed",
        "assignApprover>approveInvoice",
        "invoiceClarification>approveInvoice rework (yes)",
        "invoiceClarification>invoiceNotProcessed (no)",
        "prepareBankTransfer>archiveInvoice",
      ].sort(),
    );
  });

  it("reports what BPMN lacks and what it does not import, at the element's line in the file", async () => {
    const r = await importBpmn(xml, { file: "invoice.bpmn" });
    expect(r.ok).toBe(false);
    expect(codes(r, "bpmn/lane-layer")).toEqual(["Approver", "teamAssistant", "Accountant"]);
    expect(codes(r, "bpmn/post-department")).toEqual(["Approver", "teamAssistant", "Accountant"]);
    expect(codes(r, "bpmn/theme-items")).toEqual(["invoice"]);
    expect(codes(r, "bpmn/unsupported")).toEqual(["DataStoreReference_1", "Association_1"]);
    const store = r.problems.find((p) => p.path[1] === "DataStoreReference_1");
    expect(store?.location).toEqual({ file: "invoice.bpmn", line: 74, column: 25 });
    expect(xml.split("\n")[73]?.slice(24, 52)).toBe('id="DataStoreReference_1" na');
    const loop = r.problems.find((p) => p.code === "bpmn/guessed" && p.path[1] === "clarificationSuccessful");
    expect(loop?.severity).toBe("info");
    expect(problemText(loop!, "zh").message).toContain("返工");
  });

  it("lists every lane, step and guessed rework flow in the mapping it returns", async () => {
    const r = await importBpmn(xml);
    expect(r.mapping?.lanes.map((l) => [l.lane, l.name, l.layer, l.post])).toEqual([
      ["Approver", "Approver", undefined, "Approver"],
      ["teamAssistant", "Team Assistant", undefined, "teamAssistant"],
      ["Accountant", "Accountant", undefined, "Accountant"],
    ]);
    expect(r.mapping?.steps).toHaveLength(8);
    expect(r.mapping?.flows).toEqual([{ flow: "clarificationSuccessful", rework: true }]);
    expect(r.mapping?.themes).toEqual([{ process: "invoice", theme: "collaboration_3", name: "Invoice Receipt", items: [] }]);
  });

  it("gives a valid study once the mapping fills what BPMN lacks", async () => {
    const mapping = INVOICE_MAPPING;
    const r = await importBpmn(xml, { mapping });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.report?.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.ok).toBe(true);
    const study = r.report?.study;
    expect(study?.blueprints[0]?.theme).toBe("invoice_receipt");
    expect(study?.blueprints[0]?.steps.find((s) => s.id === "invoice_received")).toMatchObject({ layer: "frontline", owner: "team_assistant" });
    expect(study?.blueprints[0]?.steps.find((s) => s.id === "archiveInvoice")).toMatchObject({ layer: "support", owner: "accountant" });
  });

  it("locates the draft's validation problems about steps and hand-offs at their BPMN elements", async () => {
    const r = await importBpmn(xml, { file: "invoice.bpmn", mapping: { ...INVOICE_MAPPING, lanes: [{ lane: "teamAssistant", layer: "customer" }, ...INVOICE_MAPPING.lanes!.slice(1)] } });
    const visibility = r.report?.problems.find((p) => p.code.startsWith("visibility/"));
    expect(visibility?.path.slice(0, 2)).toEqual(["blueprints", 0]);
    expect(visibility?.location?.file).toBe("invoice.bpmn");
    const line = xml.split("\n")[(visibility?.location?.line ?? 0) - 1] ?? "";
    expect(line).toMatch(/<sequenceFlow id="[^"]+"/);
  });

  it("warns about mapping entries that name elements the file does not have", async () => {
    const r = await importBpmn(xml, { mapping: { gaptraceBpmn: 1, lanes: [{ lane: "Approverr", layer: "backoffice" }], flows: [{ flow: "gone", rework: true }] } });
    expect(r.problems.filter((p) => p.code === "bpmn/mapping-unknown").map((p) => p.path)).toEqual([
      ["mapping", "lanes", 0],
      ["mapping", "flows", 0],
    ]);
  });
});

describe("importBpmn on other real files", () => {
  it("takes a process without lanes as one performer (Camunda's forms quick start)", async () => {
    const r = await importBpmn(fixture("camunda-invoice-approval-forms.bpmn"), {
      mapping: { gaptraceBpmn: 1, lanes: [{ lane: "camundaFormsQuickstart", layer: "backoffice", post: "clerk" }] },
    });
    const bp = blueprint(r);
    expect(bp.steps.map((s) => [s["id"], s["layer"], s["owner"]])).toEqual([
      ["StartEvent_1", "backoffice", "clerk"],
      ["EndEvent_1", "backoffice", "clerk"],
      ["UserTask_1", "backoffice", "clerk"],
    ]);
    expect(bp.handoffs.map((h) => `${String(h["from"])}>${String(h["to"])}`)).toEqual(["StartEvent_1>UserTask_1", "UserTask_1>EndEvent_1"]);
    expect(codes(r, "bpmn/lane-layer")).toEqual([]);
  });

  it("joins pools by message flows between steps and reports message flows that end at a whole pool (bpmn-js)", async () => {
    const r = await importBpmn(fixture("bpmn-js-collaboration-message-flows.bpmn"));
    expect(blueprint(r).handoffs).toEqual([{ from: "Task_1", to: "StartEvent_1", kind: "serial", rework: false }]);
    expect(codes(r, "bpmn/unsupported")).toEqual(["MessageFlow_1", "MessageFlow_2", "MessageFlow_5"]);
    expect(r.problems.filter((p) => p.code === "bpmn/unsupported").every((p) => p.params && (p.params as { reason: string }).reason === "pool-end")).toBe(true);
    expect(codes(r, "bpmn/guessed")).toEqual(["Task_1", "EndEvent_1", "StartEvent_1"]);
    // Two pools of one collaboration are one service: one theme.
    expect((r.draft?.["blueprints"] as unknown[]).length).toBe(1);
  });
});

describe("importBpmn on a Bizagi export (empty lane sets, an empty pool, unnamed events)", () => {
  it("takes a pool with an empty lane set as one performer, and asks nothing of the empty pool", async () => {
    const r = await importBpmn(fixture("bizagi-nested-ns-definition.bpmn"));
    const bp = blueprint(r);
    expect(bp.steps.map((s) => s["name"])).toEqual(["Id_8582749e-b374-4721-b307-743d473e76db", "Aufgabe 1", "Id_e673ec36-e00a-4857-b74d-bcd82c4eeff5"]);
    expect(new Set(bp.steps.map((s) => s["owner"]))).toEqual(new Set(["Id_f5303751-594f-4be3-bfba-9ed026dbb78c"]));
    expect(bp.handoffs).toHaveLength(2);
    expect(codes(r, "bpmn/lane-layer")).toEqual(["Id_f5303751-594f-4be3-bfba-9ed026dbb78c"]);
    expect(r.mapping?.themes.map((t) => t.name)).toEqual(["Diagramm 1", "Diagramm 1"]);
    expect(codes(r, "bpmn/guessed")).toHaveLength(2);
  });
});

describe("importBpmn on constructs", () => {
  it("makes paths through a parallel gateway parallel hand-offs, and exclusive ones serial", async () => {
    const r = await importBpmn(
      bpmn(`<bpmn:task id="a" name="A"/><bpmn:parallelGateway id="g"/><bpmn:exclusiveGateway id="x"/>
<bpmn:task id="b" name="B"/><bpmn:task id="c" name="C"/><bpmn:task id="d" name="D"/>
<bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="g"/><bpmn:sequenceFlow id="f2" sourceRef="g" targetRef="b"/>
<bpmn:sequenceFlow id="f3" sourceRef="g" targetRef="x"/><bpmn:sequenceFlow id="f4" name="ok" sourceRef="x" targetRef="c"/>
<bpmn:sequenceFlow id="f5" sourceRef="b" targetRef="x"/><bpmn:sequenceFlow id="f6" sourceRef="x" targetRef="d"/>`),
    );
    expect(blueprint(r).handoffs).toEqual([
      { from: "a", to: "b", kind: "parallel", rework: false },
      { from: "a", to: "c", kind: "parallel", label: "ok", rework: false },
      { from: "a", to: "d", kind: "parallel", rework: false },
      { from: "b", to: "c", kind: "serial", label: "ok", rework: false },
      { from: "b", to: "d", kind: "serial", rework: false },
    ]);
  });

  it("walks a chain of 40 split-and-join gateway pairs once, not 2^40 times", async () => {
    const pairs = Array.from({ length: 40 }, (_, i) => i);
    const gateways = pairs.map((i) => `<bpmn:exclusiveGateway id="s${i}"/><bpmn:exclusiveGateway id="j${i}"/>`).join("");
    const flows = pairs
      .map((i) => `<bpmn:sequenceFlow id="u${i}" sourceRef="s${i}" targetRef="j${i}"/><bpmn:sequenceFlow id="d${i}" sourceRef="s${i}" targetRef="j${i}"/><bpmn:sequenceFlow id="n${i}" sourceRef="j${i}" targetRef="${i === 39 ? "b" : `s${i + 1}`}"/>`)
      .join("");
    const r = await importBpmn(bpmn(`<bpmn:task id="a" name="A"/><bpmn:task id="b" name="B"/>${gateways}<bpmn:sequenceFlow id="f0" sourceRef="a" targetRef="s0"/>${flows}`));
    expect(blueprint(r).handoffs).toEqual([{ from: "a", to: "b", kind: "serial", rework: false }]);
  });

  it("imports a sub-process as one step and reports each element inside it", async () => {
    const r = await importBpmn(bpmn(`<bpmn:subProcess id="sp" name="Repair"><bpmn:task id="in1" name="Inner"/><bpmn:dataObject id="do1"/></bpmn:subProcess>`));
    expect(blueprint(r).steps.map((s) => s["id"])).toEqual(["sp"]);
    expect(r.problems.filter((p) => p.code === "bpmn/unsupported").map((p) => [p.path[1], (p.params as { reason: string }).reason])).toEqual([
      ["in1", "inside-sub-process"],
      ["do1", "inside-sub-process"],
    ]);
  });

  it("reports the data an activity reads and writes (data associations) at their ids", async () => {
    const r = await importBpmn(
      bpmn(`<bpmn:dataObjectReference id="dor" dataObjectRef="do"/><bpmn:dataObject id="do"/>
<bpmn:task id="t" name="Write"><bpmn:dataOutputAssociation id="out1"><bpmn:targetRef>dor</bpmn:targetRef></bpmn:dataOutputAssociation></bpmn:task>`),
    );
    expect(r.problems.filter((p) => p.code === "bpmn/unsupported").map((p) => [p.path[1], (p.params as { type: string }).type])).toEqual([
      ["dor", "dataObjectReference"],
      ["do", "dataObject"],
      ["out1", "dataOutputAssociation"],
    ]);
  });

  it("hands off from an activity to the boundary event attached to it", async () => {
    const r = await importBpmn(bpmn(`<bpmn:task id="t" name="Wait"/><bpmn:boundaryEvent id="late" name="Too late" attachedToRef="t"/>`));
    expect(blueprint(r).handoffs).toEqual([{ from: "t", to: "late", kind: "serial", rework: false }]);
  });

  it("reports gateways that loop to themselves instead of running forever", async () => {
    const r = await importBpmn(
      bpmn(`<bpmn:task id="a" name="A"/><bpmn:exclusiveGateway id="g1"/><bpmn:exclusiveGateway id="g2"/>
<bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="g1"/><bpmn:sequenceFlow id="f2" sourceRef="g1" targetRef="g2"/><bpmn:sequenceFlow id="f3" sourceRef="g2" targetRef="g1"/>`),
    );
    expect(r.problems.filter((p) => p.code === "bpmn/unsupported").map((p) => (p.params as { reason: string }).reason)).toEqual(["gateway-loop"]);
    expect(blueprint(r).handoffs).toEqual([]);
  });

  it("takes a lane named for the customer as the customer layer, with no owner, and says so", async () => {
    const r = await importBpmn(
      bpmn(`<bpmn:laneSet id="ls"><bpmn:lane id="L1" name="Customer"><bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane><bpmn:lane id="L2" name="客户经理"><bpmn:flowNodeRef>u</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
<bpmn:task id="t" name="Call"/><bpmn:task id="u" name="Answer"/><bpmn:task id="v" name="Nowhere"/>`),
    );
    expect(blueprint(r).steps[0]).toEqual({ id: "t", name: "Call", layer: "customer" });
    expect(codes(r, "bpmn/guessed")).toEqual(["L1", "L2"]);
    expect(codes(r, "bpmn/no-lane")).toEqual(["v"]);
  });

  it("makes an id gaptrace cannot take into one it can, and says so", async () => {
    const long = `t${"x".repeat(140)}`;
    const r = await importBpmn(bpmn(`<bpmn:task id="${long}" name="Long"/>`));
    expect(blueprint(r).steps[0]?.["id"]).toBe(long.slice(0, 128));
    expect(codes(r, "bpmn/id")).toEqual([long]);
  });

  it("reports a file with no process at all", async () => {
    const r = await importBpmn(bpmn("").replace(/<bpmn:process[\s\S]*<\/bpmn:process>/, ""));
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([["bpmn/unsupported", "error"]]);
    expect(r.ok).toBe(false);
  });
});

describe("importBpmn on lanes within lanes and entity tricks", () => {
  it("takes the deepest lanes as the posts", async () => {
    const r = await importBpmn(
      bpmn(`<bpmn:laneSet id="s"><bpmn:lane id="outer" name="Repair centre"><bpmn:flowNodeRef>t</bpmn:flowNodeRef><bpmn:flowNodeRef>u</bpmn:flowNodeRef>
<bpmn:childLaneSet id="cs"><bpmn:lane id="inner1" name="Dispatcher"><bpmn:flowNodeRef>t</bpmn:flowNodeRef></bpmn:lane><bpmn:lane id="inner2" name="Crew"><bpmn:flowNodeRef>u</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet>
<bpmn:task id="t" name="T"/><bpmn:task id="u" name="U"/>`),
    );
    expect(blueprint(r).steps.map((s) => s["owner"])).toEqual(["inner1", "inner2"]);
    expect(r.mapping?.lanes.map((l) => l.lane)).toEqual(["inner1", "inner2"]);
  });

  it("does not expand entities a DOCTYPE declares (no billion laughs)", async () => {
    const entities = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const r = await importBpmn(bpmn(`<bpmn:task id="t" name="&c;"/>`).replace("?>", `?>${entities}`));
    expect(blueprint(r).steps[0]?.["name"]).toBe("&c;");
  });
});

describe("importBpmn on bad input", () => {
  it("locates text that is not XML", async () => {
    const r = await importBpmn("<bpmn:definitions>\n  <oops", { file: "bad.bpmn" });
    expect(r.ok).toBe(false);
    expect(r.draft).toBeUndefined();
    expect(r.problems.map((p) => p.code)).toEqual(["bpmn/xml"]);
    expect(r.problems[0]?.params).toMatchObject({ line: expect.any(Number) });
    expect(r.problems[0]?.location).toEqual({ file: "bad.bpmn" });
  });

  it("refuses XML that is not BPMN, and a value that is not text", async () => {
    const notBpmn = await importBpmn('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(notBpmn.problems.map((p) => p.code)).toEqual(["bpmn/xml"]);
    const notText = await importBpmn(42 as unknown as string);
    expect(notText.problems[0]?.message).toContain("got number instead of text");
  });

  it("reports a malformed mapping at its path, before reading the BPMN", async () => {
    const r = await importBpmn(bpmn(`<bpmn:task id="t" name="T"/>`), { mapping: { gaptraceBpmn: 1, lanes: [{ lane: "L", layer: "middle" }], colour: 1 } });
    expect(r.draft).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["bpmn/mapping", "mapping.lanes.0.layer"],
      ["bpmn/mapping", "mapping"],
    ]);
  });

  it("passes on the reader's warnings (a flow to an element that does not exist) and drops only that flow", async () => {
    const r = await importBpmn(bpmn(`<bpmn:task id="a" name="A"/><bpmn:task id="b" name="B"/><bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="ghost"/><bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="b"/>`));
    expect(r.problems.filter((p) => p.code === "bpmn/xml-warning").map((p) => p.message)).toEqual([expect.stringContaining("ghost")]);
    expect(blueprint(r).handoffs).toEqual([{ from: "a", to: "b", kind: "serial", rework: false }]);
  });

  it("treats hostile ids in the file as data (no prototype keys leak)", async () => {
    const r = await importBpmn(bpmn(`<bpmn:task id="__proto__" name="P"/><bpmn:task id="constructor" name="C"/><bpmn:sequenceFlow id="f" sourceRef="__proto__" targetRef="constructor"/>`));
    expect(blueprint(r).handoffs).toEqual([{ from: "__proto__", to: "constructor", kind: "serial", rework: false }]);
  });
});

describe("locateElement", () => {
  it("finds an element's id attribute, not an attribute whose name ends in id", () => {
    const xml = '<a processid="t1">\n  <task id="t0"/>\n\t<task name="x" id="t1"/>';
    expect(locateElement(xml, "t1", "x.bpmn")).toEqual({ file: "x.bpmn", line: 3, column: 17 });
    expect(locateElement(xml, "t0", undefined)).toEqual({ line: 2, column: 9 });
    expect(locateElement(xml, "nope", "x.bpmn")).toEqual({ file: "x.bpmn" });
    expect(locateElement("<task id='q&amp;'/>", "q&amp;", undefined)).toEqual({ line: 1, column: 7 });
  });
});

describe("importBpmn's options and order", () => {
  it("refuses malformed options with a usage error", async () => {
    await expect(importBpmn("<x/>", { file: 3 } as never)).rejects.toThrow(/gaptrace\/importBpmn: file must be a file name/);
    await expect(importBpmn("<x/>", { maping: {} } as never)).rejects.toThrow(UsageError);
  });

  it("lists errors first, then warnings, then notes", async () => {
    const r = await importBpmn(fixture("camunda-invoice-v2.bpmn"));
    const ranks = r.problems.map((p) => ["error", "warning", "info"].indexOf(p.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
  });

  it("names the theme of several pools after the collaboration or the file, not one pool", async () => {
    const r = await importBpmn(readFileSync(fileURLToPath(new URL("../../examples/bpmn/meter-complaint.bpmn", import.meta.url)), "utf8"));
    expect(r.mapping?.themes.map((t) => [t.process, t.theme, t.name])).toEqual([
      ["process_customer", "complaint_collaboration", "Meter reading complaint"],
      ["process_utility", "complaint_collaboration", "Meter reading complaint"],
    ]);
  });
});

describe("the draft's problems beside the BPMN side's", () => {
  it("leaves out what the BPMN side already names (lanes without a layer, posts without a department, themes without items), nothing else", async () => {
    const r = await importBpmn(fixture("camunda-invoice-v2.bpmn"), { file: "invoice.bpmn" });
    const codes = (ps: readonly { code: string }[]): string[] => [...new Set(ps.map((p) => p.code))].sort();
    const all = r.report?.problems ?? [];
    expect(codes(all)).toEqual(expect.arrayContaining(["post/no-department", "schema/missing", "schema/too-small"]));
    const shown = draftProblemsNotCovered(r);
    expect(shown.filter((p) => p.code === "post/no-department" || p.code === "schema/too-small" || (p.code === "schema/missing" && p.path.at(-1) === "layer"))).toEqual([]);
    for (const p of shown) expect(all).toContain(p);
    // Once the mapping fills the lanes, departments and items, nothing is left out: there is nothing to cover.
    const filled = await importBpmn(fixture("camunda-invoice-v2.bpmn"), { file: "invoice.bpmn", mapping: INVOICE_MAPPING });
    expect(draftProblemsNotCovered(filled)).toEqual(filled.report?.problems ?? []);
  });
});
