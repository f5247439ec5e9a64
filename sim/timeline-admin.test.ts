import { afterEach, describe, expect, it } from "vitest";
import { generateDataset } from "./dataset/generate";
import { type RunningSimulator, startSimulator } from "./server";
import { createTimeline } from "./timeline";

/**
 * A runtime change through the admin API on a simulator with a timeline (the demo's). The
 * timeline moves only when a walk starts; a change that came first used to land on the data as it
 * stood at the timeline's origin, and 90 days of replayed history then diverged from what the
 * console had recorded: its next walk showed thousands of changes at once.
 */
const HOUR = 3_600_000;
let sim: RunningSimulator | undefined;
afterEach(() => sim?.close());

describe("simulator timeline and admin changes", () => {
  it("a change made before any walk lands on today's data: everything else is what the timeline says", async () => {
    const now = Date.UTC(2026, 10, 20, 12);
    const origin = now - 30 * 24 * HOUR;
    sim = await startSimulator({ port: 0, seed: 42, timeline: { origin, liveFrom: now, clock: () => now } });
    const acme = sim.dataset.accounts.find((a) => a.id === "acme");
    const target = acme?.templates.find((t) => t.status === "APPROVED");
    if (!acme || !target) throw new Error("no approved acme template");

    // Nothing has walked this simulator yet: the admin change comes first.
    const res = await fetch(`${sim.url}/__sim/accounts/acme/templates/${target.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ category: "MARKETING_E2E" }),
    });
    expect(res.status).toBe(200);

    const expected = generateDataset({ seed: 42, mediaBaseUrl: sim.url });
    createTimeline(expected, { seed: 42, origin, liveFrom: now }).advanceTo(now);
    for (const account of expected.accounts) {
      const served = sim.dataset.accounts.find((a) => a.id === account.id);
      const others = (list: typeof account.templates) =>
        list.filter((t) => t.id !== target.id).map((t) => JSON.stringify(t));
      expect(others(served?.templates ?? []), account.id).toEqual(others(account.templates));
    }
    expect(acme.templates.find((t) => t.id === target.id)?.category).toBe("MARKETING_E2E");
  });
});
