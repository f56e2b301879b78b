import { describe, expect, it } from "vitest";
import { safeNodeNames } from "../../../src/reports/blueprint/ids.js";

describe("safeNodeNames", () => {
  it("keeps safe ids and maps the others to n0, n1, … in id order", () => {
    const m = safeNodeNames(["dispatch", "c-call", "end", "派工", "n3", "a.b"], ["end"]);
    expect(m.get("dispatch")).toBe("dispatch");
    expect([m.get("a.b"), m.get("c-call"), m.get("end"), m.get("n3"), m.get("派工")]).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    expect(new Set(m.values()).size).toBe(m.size);
  });

  it("does not depend on input order", () => {
    const ids = ["x-1", "y", "z:2", "END"];
    expect([...safeNodeNames(ids, ["end"])].sort()).toEqual([...safeNodeNames([...ids].reverse(), ["end"])].sort());
  });
});
