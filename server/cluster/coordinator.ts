import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { type Kysely, sql, type Transaction } from "kysely";
import pg from "pg";
import { z } from "zod";
import { createKeyedMutex } from "@/lib/auth/keyed-mutex";
import type { Database } from "@/server/db/schema";

/**
 * Several console instances on one PostgreSQL (issue 14): who walks which account, and telling the
 * others when a walk committed.
 *
 * Leader election: a SESSION advisory lock per account (`pg_try_advisory_lock(CLASS,
 * hashtext(account))`) taken on ONE dedicated connection of this instance — not a pooled one,
 * because a session lock belongs to the connection that took it. Chosen over a lease row because
 * PostgreSQL releases it by itself when the holder's connection ends (crash, kill -9, network
 * loss): no expiry to tune, no clock comparison between instances, no renewal writes, and nothing
 * to clean up; a follower's next `tryLead` simply succeeds. Leadership is sticky: the holder keeps
 * the lock until it stops, so the same instance walks the account every interval.
 *
 * Notifications: the same connection LISTENs on one channel. Messages are small JSON:
 * - `committed` — sent INSIDE the leader's sync transaction (`pg_notify` is delivered on commit, and
 *   never for a rollback): followers reload the snapshot from the database;
 * - `sync` — a follower asks the leader of an account to sync it (a Refresh click, or an expired
 *   snapshot seen by a follower);
 * - `done` — the leader answers after that sync (walked or not, with its error if any).
 * A lost notification costs latency only: followers also poll the versions (`versionCheckMs`).
 *
 * Every query on the dedicated connection goes through one mutex (keyed-mutex.ts): lock attempts,
 * notifications and the final unlock are issued concurrently by their callers (start-up claims
 * every account at once), and node-postgres deprecates overlapping queries on one client.
 */
export const LOCK_CLASS = 7_311_302;
export const CHANNEL = "template_console";

const messageSchema = z.discriminatedUnion("t", [
  z.object({ t: z.literal("committed"), account: z.string(), version: z.number(), from: z.string() }),
  z.object({ t: z.literal("sync"), account: z.string(), force: z.boolean(), from: z.string() }),
  z.object({
    t: z.literal("done"),
    account: z.string(),
    from: z.string(),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        messageKey: z.string().optional(),
        retryable: z.boolean().optional(),
      })
      .nullable(),
  }),
]);
export type ClusterMessage = z.infer<typeof messageSchema>;

export type Role = "leader" | "follower";

export interface Coordinator {
  /** host:pid:random — appears in logs and /api/health, never a secret. */
  readonly instanceId: string;
  /** Connects the dedicated connection and starts listening. */
  start(): Promise<void>;
  /** True when this instance holds the account's lock; takes it when free. False while disconnected. */
  tryLead(account: string): Promise<boolean>;
  /** The role as of the last `tryLead` (no query). */
  role(account: string): Role;
  readonly connected: boolean;
  /** Sends a message to every instance (this one included: handlers ignore their own). */
  publish(message: DistributiveOmit<ClusterMessage, "from">): Promise<void>;
  /** The `committed` message, written inside the sync transaction (delivered on commit). */
  publishInTransaction(
    trx: Transaction<Database> | Kysely<Database>,
    account: string,
    version: number,
  ): Promise<void>;
  /** Messages from OTHER instances. Returns unsubscribe. */
  onMessage(handler: (message: ClusterMessage) => void): () => void;
  /** Called after the dedicated connection was re-established (locks were lost with the old one). */
  onReconnect(handler: () => void): () => void;
  /** Releases every lock and closes the connection (graceful shutdown). */
  close(): Promise<void>;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CoordinatorOptions {
  connectionString: string;
  instanceId?: string;
  onError?: (error: unknown, what: string) => void;
  /** First reconnect delay; doubles up to 30 s. Default 500 ms. */
  reconnectMs?: number;
}

export function createCoordinator(options: CoordinatorOptions): Coordinator {
  const instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const leading = new Set<string>();
  const handlers = new Set<(message: ClusterMessage) => void>();
  const reconnectHandlers = new Set<() => void>();
  let client: pg.Client | null = null;
  let connecting: Promise<void> | null = null;
  let closed = false;
  let delay = options.reconnectMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let everConnected = false;
  const oneAtATime = createKeyedMutex();
  /** The one way to query the dedicated connection: one query at a time, in call order. */
  const query = <R extends pg.QueryResultRow>(c: pg.Client, text: string, values?: unknown[]) =>
    oneAtATime(["connection"], () => c.query<R>(text, values));

  function report(error: unknown, what: string) {
    options.onError?.(error, what);
  }

  function onNotification(n: pg.Notification) {
    if (n.channel !== CHANNEL || !n.payload) return;
    let parsed: ClusterMessage;
    try {
      parsed = messageSchema.parse(JSON.parse(n.payload));
    } catch {
      return;
    }
    if (parsed.from === instanceId) return;
    for (const h of [...handlers]) {
      try {
        h(parsed);
      } catch (error) {
        report(error, "cluster message handler");
      }
    }
  }

  function lost(c: pg.Client) {
    if (client !== c) return;
    client = null;
    // The session ended: PostgreSQL released every lock this instance held.
    leading.clear();
    c.end().catch(() => undefined);
    if (closed) return;
    timer = setTimeout(() => {
      timer = null;
      connect().catch((error: unknown) => report(error, "cluster reconnect"));
    }, delay);
    timer.unref?.();
    delay = Math.min(delay * 2, 30_000);
  }

  function connect(): Promise<void> {
    if (client || closed) return Promise.resolve();
    connecting ??= (async () => {
      const c = new pg.Client({
        connectionString: options.connectionString,
        application_name: "template-console/coordinator",
      });
      c.on("error", (error) => {
        report(error, "cluster connection");
        lost(c);
      });
      c.on("end", () => lost(c));
      c.on("notification", onNotification);
      try {
        await c.connect();
        await query(c, `listen ${CHANNEL}`);
      } catch (error) {
        c.removeAllListeners("end");
        await c.end().catch(() => undefined);
        if (!closed) {
          timer = setTimeout(() => {
            timer = null;
            connect().catch((e: unknown) => report(e, "cluster reconnect"));
          }, delay);
          timer.unref?.();
          delay = Math.min(delay * 2, 30_000);
        }
        throw error;
      }
      client = c;
      delay = options.reconnectMs ?? 500;
      if (everConnected) for (const h of [...reconnectHandlers]) h();
      everConnected = true;
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    instanceId,
    start: connect,
    async tryLead(account) {
      if (leading.has(account)) return true;
      const c = client;
      if (!c) return false;
      try {
        const result = await query<{ ok: boolean }>(
          c,
          "select pg_try_advisory_lock($1, hashtext($2)) as ok",
          [LOCK_CLASS, account],
        );
        const ok = result.rows[0]?.ok === true;
        // Still the same session: a lock taken on a connection that died meanwhile is gone.
        if (ok && client === c) leading.add(account);
        return ok && client === c;
      } catch (error) {
        report(error, "leader election");
        return false;
      }
    },
    role: (account) => (leading.has(account) ? "leader" : "follower"),
    get connected() {
      return client !== null;
    },
    async publish(message) {
      const c = client;
      if (!c) return;
      await query(c, "select pg_notify($1, $2)", [CHANNEL, JSON.stringify({ ...message, from: instanceId })]);
    },
    async publishInTransaction(trx, account, version) {
      const payload = JSON.stringify({ t: "committed", account, version, from: instanceId });
      await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(trx);
    },
    onMessage(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    onReconnect(handler) {
      reconnectHandlers.add(handler);
      return () => reconnectHandlers.delete(handler);
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await connecting?.catch(() => undefined);
      const c = client;
      client = null;
      leading.clear();
      if (!c) return;
      // Explicit unlock first (the next leader need not wait for the TCP close), then the session.
      await query(c, "select pg_advisory_unlock_all()").catch(() => undefined);
      await c.end().catch(() => undefined);
    },
  };
}
