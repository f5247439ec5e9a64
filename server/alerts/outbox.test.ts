import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AlertRuleInput, alertRuleSchema } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import { migrateToLatest } from "@/server/db/migrate";
import { pgReachable, type TestDatabase, tempPostgres, tempSqlite } from "@/server/db/testing";
import { event } from "./fixtures";
import { claimDue, getDelivery, listDeliveries, requeueDelivery } from "./outbox";
import { createSecretBox } from "./secret-box";
import { type AlertService, createAlertService } from "./service";

/**
 * The outbox and its worker against real databases: deliveries are written in the caller's
 * transaction (rolled back with it), one per rule per sync, retried with backoff and the same
 * deliveryId, dead after the window; a hanging channel does not hold up another; on PostgreSQL two
 * claimers never take the same row.
 */

const pgUp = await pgReachable();
const DIALECTS = [
  { name: "sqlite", open: () => Promise.resolve(tempSqlite()), skip: false },
  { name: "postgres", open: () => tempPostgres(), skip: !pgUp && !process.env.CI },
];

interface Received {
  path: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A local receiver: `/fail/N/…` fails the first N requests of each delivery with a 503. */
function startReceiver(): Promise<{ url: string; received: Received[]; server: Server; hang: Set<string> }> {
  const received: Received[] = [];
  const failures = new Map<string, number>();
  const hang = new Set<string>();
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const path = req.url ?? "/";
      if ([...hang].some((h) => path.startsWith(h))) return; // never answers (timeout)
      received.push({ path, headers: req.headers, body });
      const fail = /^\/fail\/(\d+)\//.exec(path);
      const id = String(req.headers["x-template-console-delivery"]);
      const seen = (failures.get(id) ?? 0) + 1;
      failures.set(id, seen);
      if (fail && seen <= Number(fail[1])) res.writeHead(503).end("busy");
      else res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        received,
        server,
        hang,
      }),
    ),
  );
}

const SECRET = "outbox-test-webhook-secret-value";

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip)(`alert outbox (${dialect.name})`, () => {
    let test: TestDatabase;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    let service: AlertService;
    let clock: number;

    beforeAll(async () => {
      receiver = await startReceiver();
    });
    afterAll(async () => {
      receiver.server.closeAllConnections();
      await new Promise((r) => receiver.server.close(r));
    });

    beforeEach(async () => {
      test = await dialect.open();
      await migrateToLatest(test.handle);
      clock = Date.UTC(2026, 10, 29, 2, 0);
      receiver.received.length = 0;
      receiver.hang.clear();
      service = createAlertService(
        test.handle,
        [{ id: "acme", label: "Acme", appkey: "k", business_phone: "8613800000000" }],
        {
          box: createSecretBox({ NODE_ENV: "test" }),
          publicUrl: "https://console.example.com",
          send: { allowPrivateTargets: true, requireHttps: false, timeoutMs: 400 },
          smtp: null,
          retry: { baseMs: 1000, maxDelayMs: 60_000, windowMs: 3_600_000 },
          workerIntervalMs: 50,
        },
        () => clock,
      );
    });
    afterEach(async () => {
      await service.worker.stop();
      await test.drop();
    });

    const addRule = (path: string, over: Partial<AlertRuleInput> = {}) =>
      service.rules.create(
        alertRuleSchema.parse({
          name: `rule ${path}`,
          accounts: "*",
          events: ["status_changed"],
          channel: { type: "webhook", url: `${receiver.url}${path}`, secret: SECRET },
          mode: "immediate",
          ...over,
        }),
        "admin",
      );

    const sync = (events: ChangeEvent[], fail = false) =>
      test.handle.db
        .transaction()
        .execute(async (trx) => {
          await service.onChangesRecorded(trx, events, {
            account: "acme",
            observedAt: clock,
            baseline: false,
          });
          if (fail) throw new Error("sync failed after recording");
        })
        .catch((e: Error) => {
          if (!fail) throw e;
        });

    it("queues one delivery per matching rule per sync, in the sync's transaction", async () => {
      const a = await addRule("/a/");
      await addRule("/b/", { events: ["quality_changed"] });
      await addRule("/c/", { accounts: ["other"] });
      await sync([event({ id: "e1" }), event({ id: "e2", templateId: "1002", name: "second" })]);
      await sync([event({ id: "e3" })], true); // rolled back: no delivery
      const rows = await listDeliveries(test.handle.db, { limit: 10 });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ ruleId: a.id, status: "pending", eventCount: 2, attempts: 0 });
      // The same sync replayed does not queue a second copy.
      await sync([event({ id: "e1" })]);
      expect(await listDeliveries(test.handle.db, { limit: 10 })).toHaveLength(1);

      await service.worker.runOnce();
      expect(receiver.received).toHaveLength(1);
      const got = receiver.received[0] as Received;
      const body = JSON.parse(got.body) as { deliveryId: string; events: unknown[] };
      expect(body.deliveryId).toBe(rows[0]?.id);
      expect(body.events).toHaveLength(2);
      expect(got.headers["x-template-console-signature"]).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect((await getDelivery(test.handle.db, body.deliveryId))?.status).toBe("sent");
      await service.worker.runOnce();
      expect(receiver.received).toHaveLength(1);
    });

    it("retries with exponential backoff and the same deliveryId, then succeeds on the fourth try", async () => {
      await addRule("/fail/3/");
      await sync([event()]);
      const waits: number[] = [];
      for (let i = 0; i < 4; i++) {
        await service.worker.runOnce();
        const [row] = await listDeliveries(test.handle.db, { limit: 1 });
        if (row?.status === "pending" && row.nextAttemptAt !== null) {
          waits.push(row.nextAttemptAt - clock);
          // Not due yet: nothing is sent.
          await service.worker.runOnce();
          clock = row.nextAttemptAt;
        }
      }
      expect(waits).toEqual([1000, 2000, 4000]);
      const ids = receiver.received.map((r) => r.headers["x-template-console-delivery"]);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(1);
      const [row] = await listDeliveries(test.handle.db, { limit: 1 });
      expect(row).toMatchObject({ status: "sent", attempts: 4, lastHttpStatus: 200, lastError: null });
    });

    it("marks a delivery dead after the retry window, keeps the error, and requeues it on retry", async () => {
      await addRule("/fail/100/");
      await sync([event()]);
      for (let i = 0; i < 200; i++) {
        await service.worker.runOnce();
        const [row] = await listDeliveries(test.handle.db, { limit: 1 });
        if (row?.status !== "pending") break;
        clock = row.nextAttemptAt ?? clock;
      }
      const [dead] = await listDeliveries(test.handle.db, { limit: 1 });
      expect(dead).toMatchObject({ status: "dead", lastHttpStatus: 503 });
      expect(dead?.attempts).toBeGreaterThan(5);
      expect(dead?.lastError).toBeTruthy();
      expect(await requeueDelivery(test.handle.db, dead?.id as string, clock)).toBe(true);
      const requeued = await getDelivery(test.handle.db, dead?.id as string);
      // The log keeps when the change was alerted; the fresh window runs from the retry.
      expect(requeued).toMatchObject({ status: "pending", createdAt: dead?.createdAt, requeuedAt: clock });
      await service.worker.runOnce();
      const retried = await getDelivery(test.handle.db, dead?.id as string);
      expect(retried).toMatchObject({ status: "pending", attempts: (dead?.attempts ?? 0) + 1 });
    });

    it("does not let a hanging channel delay another one", async () => {
      await addRule("/slow/");
      await addRule("/fast/");
      receiver.hang.add("/slow/");
      await sync([event()]);
      service.worker.start();
      const started = Date.now();
      while (!receiver.received.some((r) => r.path.startsWith("/fast/")) && Date.now() - started < 5000)
        await new Promise((r) => setTimeout(r, 20));
      // Delivered well before the slow channel's 400 ms timeout ends.
      expect(Date.now() - started).toBeLessThan(350);
      await service.worker.stop();
      const rows = await listDeliveries(test.handle.db, { limit: 10 });
      const statuses = Object.fromEntries(
        await Promise.all(
          rows.map(async (r) => [(await service.rules.get(r.ruleId))?.rule.name, r.status] as const),
        ),
      );
      expect(statuses).toEqual({ "rule /fast/": "sent", "rule /slow/": "pending" });
    });

    it("a claim is exclusive: a second claimer (another instance) gets other rows", async () => {
      for (let i = 0; i < 6; i++) await addRule(`/r${i}/`);
      await sync([event()]);
      const [one, two] = await Promise.all([
        claimDue(test.handle.db, test.handle.dialect, {
          now: clock,
          leaseMs: 60_000,
          limit: 3,
          busy: new Set(),
        }),
        claimDue(test.handle.db, test.handle.dialect, {
          now: clock,
          leaseMs: 60_000,
          limit: 3,
          busy: new Set(),
        }),
      ]);
      const ids = [...one, ...two].map((d) => d.id);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
      // Leased: nothing left to claim until the lease ends (a crashed sender's rows come back then).
      expect(
        await claimDue(test.handle.db, test.handle.dialect, {
          now: clock,
          leaseMs: 60_000,
          limit: 9,
          busy: new Set(),
        }),
      ).toHaveLength(0);
      expect(
        await claimDue(test.handle.db, test.handle.dialect, {
          now: clock + 60_001,
          leaseMs: 60_000,
          limit: 9,
          busy: new Set(),
        }),
      ).toHaveLength(6);
    });

    it("sends one digest a day at the rule's time with what accumulated, and nothing when nothing happened", async () => {
      // 10:00 Asia/Shanghai is 02:00 UTC; the clock starts at 02:00 UTC (10:00 local).
      await addRule("/digest/", { mode: "digest", digestAt: "18:00", timeZone: "Asia/Shanghai" });
      clock += 60_000;
      await sync([
        event({ id: "d1", observedAt: clock }),
        event({ id: "d2", templateId: "9", observedAt: clock }),
      ]);
      await service.worker.runOnce();
      expect(receiver.received).toHaveLength(0);
      clock = Date.UTC(2026, 10, 29, 10, 0, 1); // 18:00:01 local
      await service.worker.runOnce();
      await service.worker.runOnce();
      expect(receiver.received).toHaveLength(1);
      const body = JSON.parse(receiver.received[0]?.body ?? "{}") as { mode: string; events: unknown[] };
      expect(body.mode).toBe("digest");
      expect(body.events).toHaveLength(2);
      clock += 86_400_000; // next day, nothing happened
      await service.worker.runOnce();
      expect(receiver.received).toHaveLength(1);
    });

    it("stores channel URLs and secrets sealed", async () => {
      await addRule("/sealed/?key=robot-key-that-is-a-credential");
      const row = await test.handle.db.selectFrom("alert_rules").selectAll().executeTakeFirstOrThrow();
      expect(row.channel_json).not.toContain(SECRET);
      expect(row.channel_json).not.toContain("robot-key-that-is-a-credential");
    });
  });
}
