import { describe, expect, it } from "vitest";
import { NotFoundError, UsageError } from "../../src/core/errors.js";
import { customerWalkthrough } from "../../src/walkthrough/customer.js";
import { copy, headings, section, training, utility } from "./fixture.js";

describe("customerWalkthrough on the training study", () => {
  const en = customerWalkthrough(training, "reconnect");
  const zh = customerWalkthrough(training, "reconnect", { lang: "zh" });

  it("walks the customer and front-line steps in process order", () => {
    expect(headings(en, 1)).toEqual(["Customer walkthrough: Reconnection after arrears"]);
    expect(headings(en, 2).filter((h) => h.startsWith("Stop"))).toEqual([
      "Stop 1 · “Customer pays the arrears” `pay`",
      "Stop 2 · “Cashier takes the payment” `take_payment`",
      "Stop 3 · “Technician confirms supply with the customer” `confirm_supply`",
      "Stop 4 · “Customer has power again” `power_back`",
    ]);
  });

  it("shows the back-office and support work behind the stop that sets it off", () => {
    const stop2 = section(en, "## Stop 2 · “Cashier takes the payment” `take_payment`").join("\n");
    expect(stop2).toContain("### Behind the line of visibility");
    const behind = section(en, "## Stop 2 · “Cashier takes the payment” `take_payment`").filter((l) => /^\d+\. /.test(l));
    expect(behind.map((l) => /`([a-z_]+)`/.exec(l)?.[1])).toEqual(["billing_system", "settle", "reconnect_supply"]);
    // The billing system runs in parallel with the cashier.
    expect(stop2).toContain("In parallel with: “Billing system” (Systems engineer)");
    expect(section(en, "## Stop 1 · “Customer pays the arrears” `pay`").join("\n")).not.toContain("Behind the line");
  });

  it("gives the standard the customer should experience, with its clock and the customer's clock", () => {
    const stop3 = section(en, "## Stop 3 · “Technician confirms supply with the customer” `confirm_supply`").join("\n");
    expect(stop3).toContain("“Supply restored within 24 hours of settlement” `reconnect_24h`: at most 24 h, in at least 95% of cases");
    expect(stop3).toContain("Clock: from “Arrears settled (结清)” to “Supply reconnected”");
    expect(stop3).toContain("Customers count from “Arrears paid (缴清)” to “Supply reconnected”");
    expect(stop3).toContain("Set by: Marketing department");
    expect(stop3).toContain("- [ ] Time it on the customer's clock too, from “Arrears paid (缴清)” to “Supply reconnected”");
  });

  it("lists the external questions at their stop, and no internal question", () => {
    const stop3 = section(en, "## Stop 3 · “Technician confirms supply with the customer” `confirm_supply`").join("\n");
    for (const q of ["q_timely", "q_timely_e", "q_hours"]) expect(stop3).toContain(`\`${q}\``);
    expect(stop3).toContain("- [ ] Ask: “Within how many hours of paying should supply be back?”");
    expect(en).not.toContain("q_order_prompt");
  });

  it("ends every stop with a check-list", () => {
    const stops = headings(en, 2).filter((h) => h.startsWith("Stop"));
    for (const h of stops) {
      const lines = section(en, `## ${h}`);
      expect(lines.some((l) => l.startsWith("- [ ] ")), h).toBe(true);
    }
    expect(section(en, "## Stop 1 · “Customer pays the arrears” `pay`")).toContain(
      "- [ ] Do it as the customer: “Customer pays the arrears”. Note what you had to do, how long it took and what you were told.",
    );
  });

  it("writes Simplified Chinese with the same structure", () => {
    expect(headings(zh, 1)).toEqual(["客户穿越：欠费复电"]);
    expect(headings(zh, 2).filter((h) => h.startsWith("环节"))).toEqual([
      "环节 1 · 「客户缴清电费」 `pay`",
      "环节 2 · 「营业厅收费」 `take_payment`",
      "环节 3 · 「现场确认复电」 `confirm_supply`",
      "环节 4 · 「客户恢复用电」 `power_back`",
    ]);
    expect(zh).toContain("### 可视分界线之后");
    expect(zh).toContain("「结清欠费后24小时内恢复供电」 `reconnect_24h`：不超过24小时，达标率不低于95%");
    expect(zh).toContain("客户的计时自「缴清」起至「恢复供电」止");
    expect(zh).toContain("- [ ] 提问：「缴清电费后应在几小时内复电？」");
    expect(zh.split("- [ ] ").length).toBe(en.split("- [ ] ").length);
  });

  it("is deterministic", () => {
    expect(customerWalkthrough(training, "reconnect")).toBe(en);
  });
});

describe("customerWalkthrough on the outage theme of the full study", () => {
  const md = customerWalkthrough(utility, "theme_outage_repair");
  const stops = headings(md, 2).filter((h) => h.startsWith("Stop"));

  it("numbers parallel front-line stops 4a and 4b and keeps process order", () => {
    expect(stops.map((h) => /`([a-z_]+)`/.exec(h)?.[1])).toEqual([
      "or_cust_notice_outage",
      "or_cust_report_fault",
      "or_fl_take_call",
      "or_fl_create_order",
      "or_fl_inform_outage",
      "or_cust_wait",
      "or_fl_crew_contact",
      "or_cust_meet_crew",
      "or_fl_callback",
      "or_cust_confirm_restoration",
      "or_cust_rate",
    ]);
    expect(stops[3]).toMatch(/^Stop 4a /);
    expect(stops[4]).toMatch(/^Stop 4b /);
    expect(md).toContain("- **4a** “Agent creates the repair work order” — front line (95598 hotline agent) [in parallel]");
  });

  it("puts the arrival standards where the customer meets the crew, with their scope", () => {
    const crew = section(md, `## ${stops[6]}`).join("\n");
    for (const id of ["std_arrival_urban_45min", "std_arrival_rural_90min", "std_arrival_remote_2h"]) expect(crew).toContain(`\`${id}\``);
    expect(crew).toContain("Applies to: area = urban");
    expect(crew).toContain("Set by: Service quality officer (Marketing department)");
    // The crew travel and the dispatch happen behind the stop where the order is created.
    const create = section(md, `## ${stops[3]}`).join("\n");
    expect(create).toContain("`or_bo_dispatch`");
    expect(create).toContain("`or_sp_vehicle_pool`");
  });

  it("mentions rework as a loop that is not followed", () => {
    expect(section(md, `## ${stops[3]}`).join("\n")).toContain(
      "Rework comes back from: “Agent calls the customer back after the repair” (95598 hotline agent) — “still no power” (a rework loop, not followed)",
    );
  });

  it("places every standard of the theme once", () => {
    const ids = utility.standards.filter((s) => s.steps.some((id) => id.startsWith("or_"))).map((s) => s.id);
    for (const id of ids) expect(md.split(`\`${id}\`:`).length - 1, id).toBe(1);
  });
});

describe("customerWalkthrough: errors and escaping", () => {
  it("throws NotFoundError for an unknown theme and UsageError for a bad language", () => {
    expect(() => customerWalkthrough(training, "nope")).toThrow(NotFoundError);
    expect(() => customerWalkthrough(training, "nope")).toThrow(/gaptrace\/customerWalkthrough: no theme with id "nope"/);
    expect(() => customerWalkthrough(training, "reconnect", { lang: "fr" as "en" })).toThrow(UsageError);
  });

  it("escapes every label for Markdown", () => {
    const s = copy(training);
    s.blueprints[0]!.steps[1]!.name = { en: "Cashier *takes* <b>the</b> [payment](http://x) | now\n# next", zh: "收费" };
    s.organisation.posts[0]!.name = "Cashier_`one`";
    s.blueprints[0]!.handoffs[1]!.label = "pay<script>alert(1)</script>";
    const md = customerWalkthrough(s, "reconnect");
    expect(md).not.toContain("*takes*");
    expect(md).not.toContain("<b>");
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/[^\\]\]\(http/);
    expect(md).not.toMatch(/\n# next/);
    expect(md).toContain("Cashier \\*takes\\* &lt;b&gt;the&lt;/b&gt; \\[payment\\](http://x) \\| now \\# next");
    expect(md).toContain("Cashier\\_\\`one\\`");
    expect(md).toContain("pay&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
