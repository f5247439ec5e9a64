import { describe, expect, it, vi } from "vitest";
import { HEAP_GROWING_PERCENT, limitHeapGrowth } from "./heap-growth";

describe("limitHeapGrowth", () => {
  it("sets V8's heap growing percent when the command line does not", () => {
    const setFlags = vi.fn();
    expect(limitHeapGrowth(["--conditions=react-server"], setFlags)).toBe(true);
    expect(setFlags).toHaveBeenCalledWith(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it.each(["--heap-growing-percent=100", "--heap_growing_percent=20"])(
    "leaves the operator's own %s alone",
    (arg) => {
      const setFlags = vi.fn();
      expect(limitHeapGrowth([arg], setFlags)).toBe(false);
      expect(setFlags).not.toHaveBeenCalled();
    },
  );

  it("is not fooled by a flag that merely starts the same way", () => {
    const setFlags = vi.fn();
    expect(limitHeapGrowth(["--heap-growing-percentage-typo=1"], setFlags)).toBe(true);
  });
});
