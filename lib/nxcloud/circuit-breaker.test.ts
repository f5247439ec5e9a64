import { describe, expect, it } from "vitest";
import { createCircuitBreaker } from "./circuit-breaker";

describe("createCircuitBreaker", () => {
  it("opens after `threshold` failures in a row, for `pauseMs`, per key", () => {
    let now = 1_000;
    const breaker = createCircuitBreaker({ threshold: 3, pauseMs: 60_000, now: () => now });
    breaker.failure("acme");
    breaker.failure("acme");
    expect(breaker.pausedUntil("acme")).toBeNull();
    breaker.failure("acme");
    expect(breaker.pausedUntil("acme")).toBe(61_000);
    expect(breaker.allows("acme")).toBe(false);
    expect(breaker.allows("globex")).toBe(true);
    now = 61_000;
    // Half-open: one trial is allowed; its failure re-opens at once.
    expect(breaker.allows("acme")).toBe(true);
    breaker.failure("acme");
    expect(breaker.pausedUntil("acme")).toBe(121_000);
  });

  it("a success closes it and resets the count", () => {
    let now = 0;
    const breaker = createCircuitBreaker({ threshold: 2, pauseMs: 1_000, now: () => now });
    breaker.failure("a");
    breaker.success("a");
    breaker.failure("a");
    expect(breaker.allows("a")).toBe(true);
    breaker.failure("a");
    expect(breaker.allows("a")).toBe(false);
    now = 1_000;
    breaker.success("a");
    expect(breaker.pausedUntil("a")).toBeNull();
    breaker.failure("a");
    expect(breaker.allows("a")).toBe(true);
  });
});
