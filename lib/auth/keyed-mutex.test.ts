import { describe, expect, it } from "vitest";
import { createKeyedMutex } from "./keyed-mutex";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("createKeyedMutex", () => {
  it("runs calls sharing a key one at a time, in order", async () => {
    const run = createKeyedMutex();
    let active = 0;
    let maxActive = 0;
    const order: number[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        run(["user:a", "ip:1"], async () => {
          active++;
          maxActive = Math.max(maxActive, active);
          await tick();
          order.push(i);
          active--;
        }),
      ),
    );
    expect(maxActive).toBe(1);
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("lets unrelated keys run together, and a failure does not block the next caller", async () => {
    const run = createKeyedMutex();
    let active = 0;
    let maxActive = 0;
    const work = async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      await tick();
      active--;
    };
    await Promise.all([run(["user:a"], work), run(["user:b"], work)]);
    expect(maxActive).toBe(2);
    await expect(run(["user:a"], async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(run(["user:a"], async () => "ok")).resolves.toBe("ok");
  });
});
