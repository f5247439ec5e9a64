import { describe, expect, it } from "vitest";
import { createRetryBudget } from "./retry-budget";

describe("createRetryBudget", () => {
  it("hands out at most `retries` retries for the whole walk", () => {
    const budget = createRetryBudget({ retries: 2 });
    expect([budget.take("other"), budget.take("other"), budget.take("other")]).toEqual([true, true, false]);
    expect(budget.remaining()).toBe(0);
  });

  it("allows fewer retries after timeouts: a slow upstream gets fewer requests", () => {
    const budget = createRetryBudget({ retries: 3, timeoutRetries: 1 });
    expect(budget.take("timeout")).toBe(true);
    expect(budget.take("timeout")).toBe(false);
    // Other transient errors still have what is left of the budget.
    expect(budget.take("other")).toBe(true);
    expect(budget.remaining()).toBe(1);
  });
});
