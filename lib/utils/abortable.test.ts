import { describe, expect, it } from "vitest";
import { abortable } from "./abortable";

const never = new Promise<never>(() => {});

describe("abortable", () => {
  it("is the promise itself without a signal", () => {
    const p = Promise.resolve(1);
    expect(abortable(p, undefined)).toBe(p);
  });

  it("settles with the promise while the signal stays quiet", async () => {
    const controller = new AbortController();
    await expect(abortable(Promise.resolve("ok"), controller.signal)).resolves.toBe("ok");
    await expect(abortable(Promise.reject(new Error("boom")), controller.signal)).rejects.toThrow("boom");
  });

  it("rejects with the abort reason, even when the work ignores the signal", async () => {
    const controller = new AbortController();
    const pending = abortable(never, controller.signal);
    controller.abort(new Error("timeout"));
    await expect(pending).rejects.toThrow("timeout");
  });

  it("rejects at once (asynchronously) for a signal already aborted, with an AbortError by default", async () => {
    const controller = new AbortController();
    controller.abort();
    const pending = abortable(never, controller.signal);
    expect(pending).toBeInstanceOf(Promise);
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("stops listening once settled", async () => {
    const controller = new AbortController();
    await abortable(Promise.resolve(1), controller.signal);
    controller.abort(new Error("late"));
    // No unhandled rejection: the listener was removed with the settlement.
    await new Promise((r) => setTimeout(r, 0));
  });
});
