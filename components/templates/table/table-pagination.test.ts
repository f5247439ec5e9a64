import { describe, expect, it } from "vitest";
import { pageWindow } from "./table-pagination";

describe("pageWindow", () => {
  it("shows every page when few", () => expect(pageWindow(2, 3)).toEqual([1, 2, 3]));
  it("keeps first, last and neighbours with gaps", () => {
    expect(pageWindow(6, 13)).toEqual([1, "gap", 5, 6, 7, "gap", 13]);
    expect(pageWindow(1, 13)).toEqual([1, 2, "gap", 13]);
    expect(pageWindow(13, 13)).toEqual([1, "gap", 12, 13]);
  });
  it("handles a single page", () => expect(pageWindow(1, 1)).toEqual([1]));
});
