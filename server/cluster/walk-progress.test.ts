import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest } from "@/server/db/migrate";
import { pgReachable, type TestDatabase, tempPostgres, tempSqlite } from "@/server/db/testing";
import { createWalkProgressBoard } from "./walk-progress";

/** Migration 0050 and the progress board on both databases (the table exists on SQLite too). */
const pgUp = await pgReachable();
const dialects = [
  { name: "sqlite", open: async () => tempSqlite(), skip: false },
  { name: "postgres", open: () => tempPostgres(), skip: !pgUp && !process.env.CI },
];

const progress = (pages: number) => ({ pages, templates: pages * 100, skipped: 0, startedAt: 1_000 });

for (const dialect of dialects) {
  describe.skipIf(dialect.skip)(`walk progress board (${dialect.name})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await dialect.open();
      await migrateToLatest(test.handle);
    });
    afterAll(async () => {
      await test?.drop();
    });

    it("keeps the latest progress per account, written in order, coalescing a burst", async () => {
      const errors: unknown[] = [];
      const board = createWalkProgressBoard({
        db: test.handle.db,
        instanceId: "a",
        onError: (e) => errors.push(e),
      });
      const writes = [1, 2, 3, 4, 5].map((n) => board.publish("acme", progress(n)));
      await Promise.all(writes);
      expect(await board.read("acme")).toEqual(progress(5));
      expect(await board.read("globex")).toBeNull();
      // Each account has its own row.
      await board.publish("globex", progress(1));
      expect((await board.read("globex"))?.pages).toBe(1);
      expect((await board.read("acme"))?.pages).toBe(5);
      expect(errors).toEqual([]);
    });

    it("is cleared by the commit transaction, and after a failure once pending writes landed", async () => {
      const board = createWalkProgressBoard({ db: test.handle.db, instanceId: "a" });
      await board.publish("acme", progress(2));
      await test.handle.db.transaction().execute((trx) => board.clearIn(trx, "acme"));
      expect(await board.read("acme")).toBeNull();

      // A write still pending when the walk fails never resurrects the row.
      void board.publish("acme", progress(3));
      void board.publish("acme", progress(4));
      await board.clear("acme");
      expect(await board.read("acme")).toBeNull();
    });

    it("marks a row its writer stopped updating for longer than the bound as stalled", async () => {
      const clock = { t: 50_000 };
      const writer = createWalkProgressBoard({ db: test.handle.db, instanceId: "a", now: () => clock.t });
      const reader = createWalkProgressBoard({
        db: test.handle.db,
        instanceId: "b",
        now: () => clock.t,
        staleAfterMs: 30_000,
      });
      await writer.publish("initech", progress(7));
      clock.t += 30_000;
      expect(await reader.read("initech")).toEqual(progress(7));
      // The writer died mid-walk: its row no longer moves.
      clock.t += 1;
      expect(await reader.read("initech")).toEqual({ ...progress(7), stalled: true });
      // A new writer's page makes it current again.
      await writer.publish("initech", progress(1));
      expect(await reader.read("initech")).toEqual(progress(1));
      await writer.clear("initech");
    });

    it("a rolled-back commit keeps the progress", async () => {
      const board = createWalkProgressBoard({ db: test.handle.db, instanceId: "a" });
      await board.publish("acme", progress(6));
      await expect(
        test.handle.db.transaction().execute(async (trx) => {
          await board.clearIn(trx, "acme");
          throw new Error("rollback");
        }),
      ).rejects.toThrow("rollback");
      expect((await board.read("acme"))?.pages).toBe(6);
    });
  });
}
