import { describe, expect, it } from "vitest";
import { ApiProblem } from "@/lib/api/problem";
import { allowedAccounts, resolveAccountScope } from "./access";

const all = [{ id: "a" }, { id: "b" }, { id: "c" }];

function status(fn: () => unknown): number | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof ApiProblem ? e.status : -1;
  }
}

describe("account access", () => {
  it("filters by grant", () => {
    expect(allowedAccounts(all, { accounts: "*" }).map((a) => a.id)).toEqual(["a", "b", "c"]);
    expect(allowedAccounts(all, { accounts: ["c", "a", "zzz"] }).map((a) => a.id)).toEqual(["a", "c"]);
  });

  it("'all' means all allowed", () => {
    expect(resolveAccountScope(all, { accounts: ["b"] }, "all").map((a) => a.id)).toEqual(["b"]);
  });

  it("403 for a forbidden or unknown id when the user has a list; 404 for unknown when all-seeing", () => {
    expect(status(() => resolveAccountScope(all, { accounts: ["a"] }, "b"))).toBe(403);
    expect(status(() => resolveAccountScope(all, { accounts: ["a"] }, "nope"))).toBe(403);
    expect(status(() => resolveAccountScope(all, { accounts: "*" }, "nope"))).toBe(404);
    expect(resolveAccountScope(all, { accounts: ["a"] }, "a")).toEqual([{ id: "a" }]);
  });
});
