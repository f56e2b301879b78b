/** A filled mapping for Camunda's invoice process (test/fixtures/bpmn/camunda-invoice-v2.bpmn): layers, posts, a department, a theme. */
import type { BpmnMappingInput } from "../../src/bpmn/index.js";

export const INVOICE_MAPPING: BpmnMappingInput = {
  gaptraceBpmn: 1,
  study: { id: "invoice_study", name: "Supplier invoices" },
  themes: [{ process: "invoice", theme: "invoice_receipt", items: ["pay_suppliers"] }],
  lanes: [
    { lane: "teamAssistant", layer: "frontline", post: "team_assistant" },
    { lane: "Approver", layer: "backoffice", post: "approver" },
    { lane: "Accountant", layer: "support", post: "accountant" },
  ],
  steps: [{ element: "StartEvent_1", step: "invoice_received" }],
  organisation: {
    departments: [{ id: "finance", name: "Finance" }],
    posts: [
      { id: "team_assistant", name: "Team assistant", department: "finance" },
      { id: "approver", name: "Approver", department: "finance" },
      { id: "accountant", name: "Accountant", department: "finance" },
    ],
  },
  themeMap: { needs: [{ id: "paid_on_time", name: "Paid on time" }], items: [{ id: "pay_suppliers", name: "Supplier payment", needs: ["paid_on_time"] }] },
};
