import { describe, expect, it } from "vitest";
import { createSerialQueue } from "./serial";

describe("serial queue", () => {
  it("runs overlapping callers one at a time, in call order, past a failure", async () => {
    const queue = createSerialQueue();
    let active = 0;
    let maxActive = 0;
    const order: string[] = [];
    const gates: (() => void)[] = [];
    const task = (name: string, fail = false) =>
      queue.run(async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        order.push(name);
        await new Promise<void>((r) => gates.push(r));
        active--;
        if (fail) throw new Error(name);
        return name;
      });
    const results = [task("a"), task("b", true), task("c")];
    // Release each task as it starts; only one is ever waiting.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      expect(gates).toHaveLength(1);
      gates.shift()?.();
    }
    expect(await Promise.allSettled(results)).toEqual([
      { status: "fulfilled", value: "a" },
      { status: "rejected", reason: new Error("b") },
      { status: "fulfilled", value: "c" },
    ]);
    expect(order).toEqual(["a", "b", "c"]);
    expect(maxActive).toBe(1);
  });
});
