import { describe, expect, it } from "vitest";
import { logBeta } from "../../src/stats/log-beta.js";
import { expectClose } from "./_close.js";

describe("logBeta", () => {
  it("matches high-precision values in each branch (mpmath)", () => {
    expectClose(logBeta(2, 3), -2.4849066497880003, 1e-14); // both small
    expectClose(logBeta(0.5, 0.5), 1.1447298858494002, 1e-14); // ln π
    expectClose(logBeta(0.5, 1e6), -6.335390211057437, 1e-14); // one large
    expectClose(logBeta(20, 30), -33.968820791977383, 1e-14); // both ≥ 10
    expectClose(logBeta(1e4, 2e4), -19098.908538220892, 1e-14);
  });
  it("is symmetric", () => {
    expect(logBeta(3.5, 120)).toBe(logBeta(120, 3.5));
  });
  it("rejects non-positive shapes", () => {
    expect(() => logBeta(0, 1)).toThrow(/gaptrace\/logBeta/);
  });
});
