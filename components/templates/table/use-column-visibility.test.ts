import { describe, expect, it } from "vitest";
import { showsAccountColumn } from "./use-column-visibility";

describe("showsAccountColumn", () => {
  it("only in the all-accounts view of several accounts", () => {
    expect(showsAccountColumn("all", 3)).toBe(true);
    expect(showsAccountColumn("all", 2)).toBe(true);
    // A user with one account: "all" lists one account, the column would say nothing.
    expect(showsAccountColumn("all", 1)).toBe(false);
    expect(showsAccountColumn("acme", 3)).toBe(false);
  });
});
