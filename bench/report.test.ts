import { describe, expect, it } from "vitest";
import { type BenchRow, compareRow, formatValue, passes } from "./report";

const row = (value: number | null, op: "<=" | ">=" = "<="): BenchRow => ({
  name: "x",
  value,
  unit: "ms",
  target: { op, value: 100 },
});

describe("bench report", () => {
  it("checks a figure against its target in the target's direction; n/a has no verdict", () => {
    expect(passes(row(100))).toBe(true);
    expect(passes(row(101))).toBe(false);
    expect(passes(row(99, ">="))).toBe(false);
    expect(passes(row(null))).toBeNull();
    expect(passes({ name: "x", value: 1, unit: "MB" })).toBeNull();
    expect(formatValue(row(null))).toBe("n/a");
  });

  it("says whether a figure got better or worse since the previous run, and by how much", () => {
    expect(compareRow(row(80), row(100))).toBe("better -20 ms (-20 %)");
    expect(compareRow(row(120), row(100))).toBe("worse +20 ms (+20 %)");
    expect(compareRow(row(120, ">="), row(100, ">="))).toBe("better +20 ms (+20 %)");
    expect(compareRow(row(100), row(100))).toBe("=");
    expect(compareRow(row(100), undefined)).toBe("new");
    expect(compareRow(row(null), row(100))).toBe("");
  });
});
