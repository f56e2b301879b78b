/** Tests of Johnson's relative weights: the shared driver contract, plus the published rwa example. */
import { describe, expect, it } from "vitest";
import { relativeWeights } from "../../../src/stats/drivers/relative-weights.js";
import { driverContract, ok } from "./driver-contract.js";
import { driverData, maxAbsDiff, R_CASES } from "./fixture.js";

driverContract("relativeWeights", relativeWeights, "relative-weights", "relativeWeights");

describe("relativeWeights, published example", () => {
  it("reproduces the rwa package's mtcars example (mpg on cyl, disp, hp, wt) to the printed digits", () => {
    // Chan, M. rwa (R package), vignette "Regression methods", rwa_multiregress(mtcars, "mpg", c("cyl", "disp", "hp", "wt")).
    const r = ok(relativeWeights(driverData(R_CASES.mtcars!)));
    expect(maxAbsDiff(r.drivers.map((d) => d.raw), [0.2096904, 0.1883043, 0.179959, 0.2706812])).toBeLessThan(5e-8);
    expect(maxAbsDiff(r.drivers.map((d) => d.share * 100), [24.70914, 22.18908, 2.12057e1, 31.89607])).toBeLessThan(5e-6);
    expect(r.drivers.every((d) => d.correlation < 0)).toBe(true); // the rwa "Sign" column: all "-"
  });
});
