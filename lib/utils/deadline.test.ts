import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { settleWithin } from "./deadline";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("settleWithin", () => {
  it("answers with the value when the work finishes in time", async () => {
    const result = settleWithin(Promise.resolve(42), 3_000);
    await expect(result).resolves.toEqual({ done: true, value: 42 });
  });

  it("gives up at the deadline without cancelling the work", async () => {
    let finish!: (v: string) => void;
    const work = new Promise<string>((r) => {
      finish = r;
    });
    const result = settleWithin(work, 3_000);
    vi.advanceTimersByTime(3_000);
    await expect(result).resolves.toEqual({ done: false });
    finish("later");
    await expect(work).resolves.toBe("later");
  });

  it("reports a failure in time as a failure", async () => {
    await expect(settleWithin(Promise.reject(new Error("x")), 3_000)).rejects.toThrow("x");
  });
});
