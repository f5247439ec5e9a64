import { describe, expect, it } from "vitest";
import { isColumnVisible, nextSort, pageCountOf, sortDirectionOf } from "./templates-table-state";

describe("nextSort (a header click)", () => {
  it("sorts an unsorted column ascending, then descending, then back to the default", () => {
    expect(nextSort("name", "quality", false)).toBe("quality");
    expect(nextSort("quality", "quality", false)).toBe("-quality");
    expect(nextSort("-quality", "quality", false)).toBe("name");
    expect(nextSort("name", "name", false)).toBe("-name");
    expect(nextSort("-name", "name", false)).toBe("name");
  });

  it("with Shift, an unsorted column joins after the current sort, which the URL keeps alone", () => {
    expect(nextSort("-quality", "status", true)).toBe("-quality");
    expect(nextSort("quality", "quality", true)).toBe("-quality");
    expect(nextSort("-quality", "quality", true)).toBe("name");
  });

  it("falls back to the default for a column that is no sort field", () => {
    expect(nextSort("status", "rejectedReason", false)).toBe("name");
  });
});

describe("sortDirectionOf", () => {
  it("says the direction of the sorted column only", () => {
    expect(sortDirectionOf("-quality", "quality")).toBe("desc");
    expect(sortDirectionOf("quality", "quality")).toBe("asc");
    expect(sortDirectionOf("quality", "name")).toBe(false);
  });
});

describe("isColumnVisible", () => {
  it("shows a column unless it is stored as hidden", () => {
    expect(isColumnVisible({ id: false, header: true }, "id")).toBe(false);
    expect(isColumnVisible({ id: false, header: true }, "header")).toBe(true);
    expect(isColumnVisible({ id: false }, "name")).toBe(true);
  });
});

describe("pageCountOf", () => {
  it("counts whole pages, none without rows", () => {
    expect(pageCountOf(0, 25)).toBe(0);
    expect(pageCountOf(25, 25)).toBe(1);
    expect(pageCountOf(26, 25)).toBe(2);
  });
});
