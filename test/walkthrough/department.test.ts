import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/core/errors.js";
import { departmentWalkthrough } from "../../src/walkthrough/department.js";
import { copy, headings, section, training, utility } from "./fixture.js";

describe("departmentWalkthrough", () => {
  it("lists the hand-offs crossing into and out of the department", () => {
    const md = departmentWalkthrough(training, "marketing");
    expect(headings(md, 1)).toEqual(["Department walkthrough: Marketing department"]);
    const into = section(md, "### Hand-offs into the department").filter((l) => l.startsWith("| “"));
    expect(into).toEqual([
      "| “Cashier takes the payment” (Business-hall cashier) | Customer service centre | “payment record” | “Arrears settled in the system” (Billing clerk) |",
      "| “Billing system” (Systems engineer) | Information centre | work | “Arrears settled in the system” (Billing clerk) |",
    ]);
    const outOf = section(md, "### Hand-offs out of the department").filter((l) => l.startsWith("| “"));
    expect(outOf).toHaveLength(1);
    expect(outOf[0]).toContain("the customer");
    // Hand-offs inside the department are not crossings.
    expect(md).not.toContain("crosses out to Marketing department");
    expect(md).toContain("- [ ] Walk the hand-off of “payment record” from “Cashier takes the payment” (Business-hall cashier) to “Arrears settled in the system” (Billing clerk)");
  });

  it("walks the department's steps in process order", () => {
    const md = departmentWalkthrough(training, "marketing");
    expect(headings(md, 4)).toEqual([
      "1. “Arrears settled in the system” `settle`",
      "2. “Supply reconnected” `reconnect_supply`",
      "3. “Technician confirms supply with the customer” `confirm_supply`",
    ]);
  });

  it("flags standards the department sets that another department executes", () => {
    const md = departmentWalkthrough(utility, "marketing_dept");
    const owns = section(md, "## Standards the department owns").join("\n");
    expect(owns).toContain("`std_arrival_urban_45min`");
    expect(owns).toContain("Executed by: Repair dispatcher (Dispatch and control centre) **(another department executes it)**");
    // The reconnection standard is set and executed inside marketing.
    const reconnect = owns.split("\n- ").find((b) => b.includes("`std_reconnect_24h`")) ?? "";
    expect(reconnect).toContain("Executed by: Metering and connection technician (Marketing department)");
    expect(reconnect).not.toContain("another department");
  });

  it("lists standards set elsewhere and internal questions across the boundary", () => {
    const md = departmentWalkthrough(utility, "materials_dept");
    expect(section(md, "## Standards the department owns").join("\n")).toContain("`std_parts_30min`");
    const asked = section(md, "## Internal questions other departments answer about this department").join("\n");
    expect(asked).toContain("Repair crew leader · Operations and maintenance department (repair centre)");
    expect(asked).toContain("`q_or_parts_timely_i`");
    const ops = departmentWalkthrough(utility, "ops_maintenance");
    expect(section(ops, "## Standards set elsewhere that govern the department's steps").join("\n")).toContain("`std_arrival_urban_45min`");
    expect(section(ops, "## Internal questions the department's posts answer about other departments").join("\n")).toContain("`q_or_parts_timely_i`");
  });

  it("writes Chinese", () => {
    const md = departmentWalkthrough(utility, "materials_dept", { lang: "zh" });
    expect(md.startsWith("# 部门穿越：物资部\n")).toBe(true);
    expect(md).toContain("### 跨入本部门的交接");
    expect(md).toContain("「应急备件领料申请后30分钟内发放」 `std_parts_30min`：不超过30分钟，达标率不低于95%");
    expect(md).toContain("**从运维检修部（配电抢修中心）跨入**");
  });

  it("throws NotFoundError for an unknown department and escapes labels", () => {
    expect(() => departmentWalkthrough(training, "hr")).toThrow(NotFoundError);
    const s = copy(training);
    s.organisation.departments[1]!.name = "Marketing **dept**";
    const md = departmentWalkthrough(s, "marketing");
    expect(md).toContain("# Department walkthrough: Marketing \\*\\*dept\\*\\*");
    expect(departmentWalkthrough(s, "marketing")).toBe(md);
  });
});
