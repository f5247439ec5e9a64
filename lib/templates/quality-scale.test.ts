import { describe, expect, it } from "vitest";
import {
  ATTENTION_QUALITIES,
  compareQualityBestFirst,
  orderQualities,
  QUALITY_ORDER,
  qualitySeverity,
} from "./quality-scale";

describe("quality scale", () => {
  it("sorts best first: GREEN, UNKNOWN, a score Meta may add, YELLOW, RED", () => {
    const sorted = ["RED", "PURPLE", "yellow", "UNKNOWN", "GREEN", "AMBER"].sort(compareQualityBestFirst);
    expect(sorted).toEqual(["GREEN", "UNKNOWN", "AMBER", "PURPLE", "yellow", "RED"]);
  });

  it("shows the scale in display order, other values after it alphabetically", () => {
    expect(QUALITY_ORDER).toEqual(["GREEN", "YELLOW", "RED", "UNKNOWN", "NONE"]);
    expect(orderQualities(["ZED", "NONE", "RED", "AMBER", "GREEN"])).toEqual([
      "GREEN",
      "RED",
      "NONE",
      "AMBER",
      "ZED",
    ]);
  });

  it("needs attention exactly for the ratings worse than pending", () => {
    const worse = QUALITY_ORDER.filter((q) => qualitySeverity(q) > qualitySeverity("UNKNOWN"));
    expect([...ATTENTION_QUALITIES].sort()).toEqual(worse.sort());
  });
});
