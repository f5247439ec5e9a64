import { describe, expect, it } from "vitest";
import { createHashQueue } from "./hash-queue";

describe("createHashQueue", () => {
  it("runs at most `concurrency` jobs at once and refuses beyond the queue", async () => {
    const queue = createHashQueue({ concurrency: 2, maxQueued: 2 });
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const job = () =>
      new Promise<void>((resolve) => {
        running += 1;
        peak = Math.max(peak, running);
        releases.push(() => {
          running -= 1;
          resolve();
        });
      });
    const accepted = [1, 2, 3, 4].map(() => queue.run(job));
    await expect(queue.run(job)).rejects.toMatchObject({ code: "hash_queue_full" });
    expect(queue.stats()).toEqual({ running: 2, queued: 2 });
    while (releases.length || queue.stats().running) {
      releases.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    await Promise.all(accepted);
    expect(peak).toBe(2);
  });
});
