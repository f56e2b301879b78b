/** Signed lags between two events of a case: the order of events, in the one clock's units. */
import { describe, expect, it } from "vitest";
import { caseView, type CaseRecord } from "../../../src/attribution/shared/inputs.js";

const H = 3_600_000;
const cases: CaseRecord[] = [
  { id: "a", events: [["paid", 0], ["settled", 2 * H]] },
  { id: "b", events: [["paid", 5 * H], ["settled", 2 * H]] }, // settled before paid: a negative lag, kept
  { id: "c", events: [["paid", 0]] }, // no second event: no lag
];

describe("caseView lags", () => {
  it("are signed, in the unit asked, for every case with both events", () => {
    const v = caseView(cases);
    expect([...(v.lags?.("paid", "settled", "h") ?? [])]).toEqual([2, -3]);
    expect([...(v.lags?.("paid", "settled", "min") ?? [])]).toEqual([120, -180]);
  });

  it("in working days become calendar days (a working calendar cannot sign a lag), never hours", () => {
    const v = caseView(cases);
    expect([...(v.lags?.("paid", "settled", "workday") ?? [])]).toEqual([2 / 24, -3 / 24]);
  });
});
