import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pgReachable, TEST_PG_URL } from "@/server/db/testing";
import { type Coordinator, createCoordinator } from "./coordinator";

/**
 * The dedicated connection (its session holds the advisory locks) gets one query at a time: pg 8
 * warns that overlapping `client.query` calls will be refused by pg 9. Against a real PostgreSQL;
 * account names are random, so parallel runs never contend for the same locks.
 */
const skip = !(await pgReachable()) && !process.env.CI;

describe.skipIf(skip)("coordinator connection", () => {
  const opened: Coordinator[] = [];
  afterEach(async () => {
    vi.restoreAllMocks();
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });

  it("serializes concurrent lock attempts and notifications on its one connection, without a warning", async () => {
    const warnings: unknown[] = [];
    vi.spyOn(process, "emitWarning").mockImplementation((warning: string | Error) => {
      warnings.push(warning);
    });
    let active = 0;
    let maxActive = 0;
    const query = pg.Client.prototype.query;
    vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
      active++;
      maxActive = Math.max(maxActive, active);
      const result = (query as (...a: unknown[]) => Promise<unknown>).apply(this, args);
      return result.finally(() => {
        active--;
      }) as never;
    });
    const coordinator = createCoordinator({ connectionString: TEST_PG_URL, instanceId: "test-a" });
    opened.push(coordinator);
    await coordinator.start();
    const prefix = `serial-${randomBytes(4).toString("hex")}`;
    const accounts = Array.from({ length: 6 }, (_, i) => `${prefix}-${i}`);
    // Start-up claims every account at once, while a notification goes out.
    const [leads] = await Promise.all([
      Promise.all(accounts.map((a) => coordinator.tryLead(a))),
      coordinator.publish({ t: "sync", account: accounts[0] as string, force: false }),
    ]);
    expect(leads).toEqual(accounts.map(() => true));
    expect(warnings).toEqual([]);
    expect(maxActive).toBe(1);

    // The locks are session locks of that connection: another instance cannot take them.
    const other = createCoordinator({ connectionString: TEST_PG_URL, instanceId: "test-b" });
    opened.push(other);
    await other.start();
    expect(await Promise.all(accounts.map((a) => other.tryLead(a)))).toEqual(accounts.map(() => false));
  });
});
