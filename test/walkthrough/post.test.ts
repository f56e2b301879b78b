import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../src/core/errors.js";
import { postWalkthrough } from "../../src/walkthrough/post.js";
import { copy, headings, section, training, utility } from "./fixture.js";

describe("postWalkthrough", () => {
  it("walks the metering technician's steps in process order, with supplier, standard and the question it answers", () => {
    const md = postWalkthrough(training, "meter_tech");
    expect(headings(md, 1)).toEqual(["Post walkthrough: Metering technician"]);
    expect(headings(md, 3)).toEqual(["1. “Supply reconnected” `reconnect_supply`", "2. “Technician confirms supply with the customer” `confirm_supply`"]);
    expect(md).toContain("- Internal suppliers (they hand work to you): Billing clerk (Marketing department)");
    const step1 = section(md, "### 1. “Supply reconnected” `reconnect_supply`").join("\n");
    expect(step1).toContain("Receives from: “Arrears settled in the system” (Billing clerk) — “reconnection order”");
    expect(step1).toContain("Set by: Marketing department");
    expect(step1).toContain("#### As the internal customer of “Arrears settled in the system” (Billing clerk), you answer");
    expect(step1).toContain("`q_order_prompt`");
    expect(step1).toContain("- [ ] Check that “reconnection order” from “Arrears settled in the system” (Billing clerk) arrives complete and on time.");
    const step2 = section(md, "### 2. “Technician confirms supply with the customer” `confirm_supply`").join("\n");
    expect(step2).toContain("`q_timely` (satisfaction, 5-point scale) — asked of customers");
  });

  it("names the questions asked about a post's step and who answers them", () => {
    const md = postWalkthrough(utility, "materials_clerk");
    expect(headings(md, 3)).toEqual(["1. “Materials clerk issues spare parts” `or_bo_parts_issue`"]);
    expect(md).toContain("“Spare parts reach my crew in time.” `q_or_parts_timely_i` (satisfaction, 5-point scale) — asked of Repair crew leader");
    expect(md).toContain("Internal suppliers (they hand work to you): Repair crew leader (Operations and maintenance department (repair centre)), Emergency-stock warehouse keeper (Materials department)");
    expect(md).toContain("“Emergency spare parts issued within 30 minutes of the request” `std_parts_30min`: at most 30 min, in at least 95% of cases");
  });

  it("walks a post across themes in theme order, each in process order", () => {
    const md = postWalkthrough(utility, "hotline_agent");
    expect(headings(md, 2).filter((h) => h.startsWith("Theme"))).toEqual([
      "Theme: Outages and fault repair",
      "Theme: Payment and reconnection after arrears",
      "Theme: Customer information, complaints and enquiries",
    ]);
    const outage = section(md, "## Theme: Outages and fault repair").filter((l) => l.startsWith("### "));
    expect(outage.map((l) => /`([a-z_]+)`/.exec(l)?.[1])).toEqual(["or_fl_take_call", "or_fl_create_order", "or_fl_inform_outage", "or_fl_callback"]);
    // Contributions count too: the agent contributes to the reconnection notice.
    expect(md).toContain("“Customer told that supply is back” `pr_fl_reconnect_notice`");
    expect(md).toContain("contributes (accountable: Meter-reading and collection officer)");
  });

  it("lists the standards a post sets even when it executes no step", () => {
    const md = postWalkthrough(utility, "dispatch_supervisor");
    expect(md).toContain("This post owns and contributes to no step of any blueprint.");
    expect(section(md, "## Standards this post sets").join("\n")).toContain("`std_dispatch_5min`");
    expect(md).toContain("Clock: from “Repair order created” to “Order dispatched to a crew”");
    expect(md).toContain("- [ ] Compare “Orders dispatched within 5 minutes of being created” `std_dispatch_5min` with what customers expect");
  });

  it("writes Chinese", () => {
    const md = postWalkthrough(training, "billing_clerk", { lang: "zh" });
    expect(headings(md, 1)).toEqual(["岗位穿越：电费账务员"]);
    expect(md).toContain("- 内部供方（向本岗位交付工作）：营业厅收费员（客户服务中心）、系统运维工程师（信通公司）");
    expect(md).toContain("- 内部客户（本岗位向其交付工作）：装表接电工（营销部）");
    expect(md).toContain("「缴费后复电工单及时到达。」 `q_order_prompt` （满意度，5级量表） — 问装表接电工");
    expect(md).toContain("- [ ] 核对交给「复电」（装表接电工）的「复电工单」是否满足其开展工作的需要。");
  });

  it("throws NotFoundError for an unknown post, even one named like an Object member", () => {
    expect(() => postWalkthrough(training, "nobody")).toThrow(NotFoundError);
    expect(() => postWalkthrough(training, "constructor")).toThrow(/no post with id "constructor"/);
  });

  it("escapes labels and is deterministic", () => {
    const s = copy(training);
    s.organisation.posts[2]!.name = "Tech | <i>one</i>";
    const a = postWalkthrough(s, "meter_tech");
    expect(a).toContain("# Post walkthrough: Tech \\| &lt;i&gt;one&lt;/i&gt;");
    expect(a).not.toContain("<i>");
    expect(postWalkthrough(s, "meter_tech")).toBe(a);
  });
});
