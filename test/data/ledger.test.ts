import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Ledger, REJECT_REASONS, reasonHint } from "../../src/data/ledger.js";
import { expectBalanced } from "./helpers.js";

describe("Ledger", () => {
  it("accounts for accepted, rejected and revoked rows and values", () => {
    const l = new Ledger();
    l.row();
    l.acceptRow();
    l.validValue();
    l.row();
    l.rejectRow("invalid-weight", { file: "a.csv", line: 3 }, () => "weight -1", ["weight"]);
    l.row();
    l.acceptRow();
    l.validValue();
    l.missingValue();
    l.dontKnowValue();
    l.rejectValue("out-of-range", { line: 4 }, () => "9 on 1–5", ["q-sat"]);
    l.revokeRow("stop-before-start", { line: 2 }, () => "stop first");
    expectBalanced(l);
    expect(l.summary()).toMatchObject({ rowsRead: 3, accepted: 1, rejected: 2, values: { read: 5, valid: 2, missing: 1, dontKnow: 1, rejected: 1 } });
    expect(l.byReason()).toEqual([
      ["invalid-weight", 1],
      ["out-of-range", 1],
      ["stop-before-start", 1],
    ]);
    const p = l.problems("invalid-weight")[0];
    expect(p).toEqual({ code: "data/invalid-weight", severity: "warning", path: ["weight"], message: "weight -1", hint: reasonHint("invalid-weight"), params: { detail: "weight -1" }, location: { file: "a.csv", line: 3 } });
  });

  it("keeps at most N problems per reason and builds no message past the cap", () => {
    const l = new Ledger({ maxProblemsPerReason: 2 });
    let built = 0;
    for (let i = 0; i < 10; i++) {
      l.row();
      l.rejectRow("non-numeric", { line: i + 2 }, () => {
        built++;
        return "x";
      });
    }
    expect(l.count("non-numeric")).toBe(10);
    expect(l.problems()).toHaveLength(2);
    expect(built).toBe(2);
    expectBalanced(l);
  });

  it("refuses a bad cap", () => {
    expect(() => new Ledger({ maxProblemsPerReason: -1 })).toThrow(/gaptrace\/Ledger/);
  });

  it("has a hint for every reason", () => {
    for (const r of REJECT_REASONS) expect(reasonHint(r).length).toBeGreaterThan(15);
  });

  it("counts case links only when asked, and merges them", () => {
    expect(new Ledger().summary().links).toBeUndefined();
    const a = new Ledger({ links: true });
    expect(a.links).toEqual({ linked: 0, unlinked: 0, internalIgnored: 0 });
    a.links!.linked += 3;
    a.links!.unlinked += 1;
    a.row();
    a.rejectRow("conflicting-case-link", { file: "v.csv", line: 7 }, () => "second case", ["工单编号"]);
    expect(a.summary().links).toEqual({ linked: 3, unlinked: 1, internalIgnored: 0, conflicting: 1 });
    expect(a.problems("conflicting-case-link")[0]).toMatchObject({ code: "data/conflicting-case-link", location: { file: "v.csv", line: 7 }, hint: reasonHint("conflicting-case-link") });
    const b = new Ledger({ links: true });
    b.links!.internalIgnored = 2;
    const merged = Ledger.merge(a, b).summary();
    expect(merged.links).toEqual({ linked: 3, unlinked: 1, internalIgnored: 2, conflicting: 1 });
    expect(Ledger.fromSummary(JSON.parse(JSON.stringify(merged))).summary()).toEqual(merged);
    expect(Ledger.merge(new Ledger(), new Ledger()).summary().links).toBeUndefined();
    expectBalanced(merged);
  });

  it("merges and round-trips through its summary", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom(...REJECT_REASONS)), { maxLength: 40 }), fc.nat(40), (ops, cut) => {
        const build = (part: typeof ops): Ledger => {
          const l = new Ledger({ maxProblemsPerReason: 3 });
          part.forEach(([ok, reason], i) => {
            l.row();
            if (ok) {
              l.acceptRow();
              l.validValue();
            } else l.rejectRow(reason, { line: i + 2 }, () => reason);
          });
          return l;
        };
        const whole = build(ops);
        const merged = Ledger.merge(build(ops.slice(0, cut)), build(ops.slice(cut)));
        expectBalanced(merged);
        const a = whole.summary();
        const b = merged.summary();
        expect([b.rowsRead, b.accepted, b.rejected, b.byReason]).toEqual([a.rowsRead, a.accepted, a.rejected, a.byReason]);
        expect(Ledger.fromSummary(JSON.parse(JSON.stringify(a))).summary()).toEqual(a);
      }),
    );
  });
});
