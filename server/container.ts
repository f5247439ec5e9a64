import "server-only";
import { randomUUID } from "node:crypto";
import { getEnv } from "@/lib/config/env";
import type { AccountConfig, Env } from "@/lib/config/env-schema";
import { logger } from "@/lib/log/logger";
import { type CircuitBreaker, createCircuitBreaker } from "@/lib/nxcloud/circuit-breaker";
import { createNxCloudClient, type NxCloudClient } from "@/lib/nxcloud/client";
import {
  type AlertService,
  type AlertSettings,
  alertSettingsFromEnv,
  createAlertService,
} from "./alerts/service";
import { type Catalog, type CatalogWalkReport, createCatalog } from "./catalog/cache";
import { createDatabaseCatalogStore, type DatabaseCatalogStore } from "./catalog/database-store";
import { type CatalogEvents, createCatalogEvents } from "./catalog/events";
import { type CatalogStore, createMemoryCatalogStore, type WalkProgress } from "./catalog/store";
import type { FetchPage } from "./catalog/walker";
import { type Coordinator, createCoordinator, type Role } from "./cluster/coordinator";
import { clusterRunExclusive } from "./cluster/exclusive";
import { type Replication, startReplication } from "./cluster/replication";
import { createPgRefreshGate } from "./cluster/shared-security";
import { createWalkProgressBoard, type WalkProgressBoard } from "./cluster/walk-progress";
import { type DatabaseHandle, openDatabase } from "./db/connect";
import { migrateToLatest } from "./db/migrate";
import type { OnChangesRecorded } from "./history/hooks";
import { createHistoryStore, type HistoryStore } from "./history/store";
import { createRefreshGate, REFRESH_MIN_INTERVAL_MS, type RefreshGate } from "./sync/refresh-gate";
import { createScheduler, type Scheduler } from "./sync/scheduler";

/**
 * The composition root (DESIGN.md, "Layers"): everything the server runs on, built once from the
 * validated config. Use-cases receive it (or the slice they need) as their first argument; route
 * handlers get it from `getContainer()`. Tests call `createContainer` with their own accounts,
 * `fetchPageFor` (a fake upstream) and an in-memory or temporary database.
 */
export interface Container {
  readonly env: Pick<Env, "SYNC_INTERVAL_MS" | "HISTORY_RETENTION_DAYS" | "CATALOG_TTL_MS">;
  /** Configured accounts, with credentials: never hand these to a response. */
  readonly accounts: readonly AccountConfig[];
  findAccount(id: string): AccountConfig | undefined;
  readonly catalog: Catalog;
  /** `snapshotReplaced(account, previous, next)` after every swap (history, alerts, reloads). */
  readonly events: CatalogEvents;
  /** Null when the container runs without a database (some unit tests). */
  readonly database: DatabaseHandle | null;
  readonly history: HistoryStore | null;
  /** Alert rules, outbox and worker (issue 16); null without a database or alert settings. */
  readonly alerts: AlertService | null;
  readonly scheduler: Scheduler;
  /** Debounce of user-triggered refreshes. */
  readonly refreshGate: RefreshGate;
  /**
   * Several instances on one PostgreSQL (issue 14): this instance's id and its role per account.
   * Null on SQLite or without a database (one instance: it walks everything).
   */
  readonly cluster: { instanceId: string; connected(): boolean; role(account: string): Role } | null;
  now(): number;
  /** Graceful shutdown: stops the scheduler, lets a running write finish, releases locks, closes pools. */
  close(): Promise<void>;
}

export interface ContainerOptions {
  accounts: readonly AccountConfig[];
  /** The upstream of one account; production builds it from NxCloud clients (see below). */
  fetchPageFor: (account: AccountConfig) => FetchPage;
  /** Omit for a memory-only catalog (no persistence, no history). */
  database?: DatabaseHandle;
  pageSize?: number;
  ttlMs?: number;
  maxPages?: number;
  /** Retries for one whole walk (retry-budget.ts). */
  retriesPerWalk?: number;
  /** Pauses an account after repeated failed walks (circuit-breaker.ts). */
  breaker?: CircuitBreaker;
  syncIntervalMs?: number;
  retentionDays?: number;
  /** Extra work inside every sync transaction (issue 16's outbox). */
  onChangesRecorded?: OnChangesRecorded;
  /**
   * PostgreSQL only: coordinate with other instances on the same database (leader election per
   * account, reloads after another instance's sync, shared refresh debounce). Default true.
   */
  cluster?:
    | boolean
    | {
        versionCheckMs?: number;
        instanceId?: string;
        pollMs?: number;
        /** A first walk's progress row not updated for this long reads as stalled (walk-progress.ts). */
        progressStaleMs?: number;
      };
  /** Enables alerts (needs a database): their step joins every sync transaction. */
  alerts?: AlertSettings;
  now?: () => number;
}

/** Builds a container; applies pending migrations first when a database is given. */
export async function createContainer(options: ContainerOptions): Promise<Container> {
  const now = options.now ?? Date.now;
  const database = options.database ?? null;
  if (database) {
    const applied = await migrateToLatest(database);
    if (applied.length > 0) logger.info("database migrated", { applied, location: database.location });
  }
  const history = database ? createHistoryStore(database.db) : null;
  const alerts =
    database && options.alerts ? createAlertService(database, options.accounts, options.alerts, now) : null;
  const onChangesRecorded = chainHooks(options.onChangesRecorded, alerts?.onChangesRecorded);
  const events = createCatalogEvents((error) => logger.error("catalog event listener failed", { error }));
  const lastChanges = new Map<string, number>();
  const clusterOptions = typeof options.cluster === "object" ? options.cluster : {};
  const coordinator: Coordinator | null =
    database?.dialect === "postgres" && database.connectionString && options.cluster !== false
      ? createCoordinator({
          connectionString: database.connectionString,
          instanceId: clusterOptions.instanceId,
          onError: (error, what) => logger.warn("cluster coordination failed", { what, error }),
        })
      : null;
  if (coordinator) {
    await coordinator.start();
    // Claim leadership of free accounts now, so roles are known from the start (sticky afterwards).
    await Promise.all(options.accounts.map((a) => coordinator.tryLead(a.id)));
  }
  let replication: Replication | null = null;
  const progressBoard: WalkProgressBoard | null =
    coordinator && database
      ? createWalkProgressBoard({
          db: database.db,
          instanceId: coordinator.instanceId,
          now,
          staleAfterMs: clusterOptions.progressStaleMs,
          onError: (error) => logger.warn("walk progress not shared", { error }),
        })
      : null;
  const dbStore: DatabaseCatalogStore | null = database
    ? createDatabaseCatalogStore({
        db: database.db,
        onChangesRecorded,
        ...(coordinator
          ? {
              afterWrite: async (trx, account, next) => {
                await progressBoard?.clearIn(trx, account);
                await coordinator.publishInTransaction(trx, account, next.version);
              },
              exclusive: clusterRunExclusive({
                coordinator,
                reload: (account) => replication?.reload(account) ?? Promise.resolve(false),
                heldVersion: async (account) => (await dbStore?.get(account))?.version,
                readProgress: (account) => progressBoard?.read(account) ?? Promise.resolve(null),
                pollMs: clusterOptions.pollMs,
              }),
            }
          : {}),
        onRecorded: (account, recorded, rows) => {
          lastChanges.set(account, recorded.length);
          logger.info("snapshot stored", { account, changes: recorded.length, rows });
        },
      })
    : null;
  const store: CatalogStore = dbStore ?? createMemoryCatalogStore();
  const byId = new Map(options.accounts.map((a) => [a.id, a]));
  const catalog = createCatalog({
    store,
    events,
    now,
    // Versions stay unique across restarts (a loaded snapshot keeps the version it was stored with).
    versionBase: now(),
    // Browsers poll every 700 ms while a walk runs: rows newer than 250 ms add nothing for them.
    partialViewMs: 250,
    pageSize: options.pageSize,
    ttlMs: options.ttlMs,
    maxPages: options.maxPages,
    ...(options.retriesPerWalk === undefined ? {} : { retriesPerWalk: options.retriesPerWalk }),
    ...(options.breaker ? { breaker: options.breaker } : {}),
    fetchPageFor: (accountId) => {
      const account = byId.get(accountId);
      if (!account) throw new Error(`unknown account ${accountId}`);
      return options.fetchPageFor(account);
    },
    onWalkEnd: (report) => onWalkEnd(report),
    // Several instances: a first walk's rows are served by none until it commits; its progress by
    // all (the leader publishes it, followers read it while they wait).
    ...(progressBoard
      ? {
          rowsDuringFirstWalk: false,
          onFirstWalkProgress: (account: string, progress: WalkProgress) =>
            progressBoard.publish(account, progress),
        }
      : {}),
  });

  function onWalkEnd(report: CatalogWalkReport) {
    // A failed first walk leaves no progress behind for the others to show (a commit cleared it).
    if (!report.ok && progressBoard && coordinator?.role(report.accountId) === "leader") {
      void progressBoard.clear(report.accountId);
    }
    (report.ok ? logger.info : logger.warn)("catalog walk finished", {
      account: report.accountId,
      ok: report.ok,
      pages: report.pages,
      templates: report.templates,
      pageSize: report.pageSize,
      durationMs: report.durationMs,
      errorCode: report.error?.code,
    });
    const finishedAt = now();
    const stored = lastChanges.has(report.accountId);
    const changes = lastChanges.get(report.accountId) ?? 0;
    lastChanges.delete(report.accountId);
    // A follower's "walk" adopted the leader's snapshot (or relayed its error): the leader records
    // the run, once.
    if (coordinator && coordinator.role(report.accountId) !== "leader" && !stored) return;
    history
      ?.recordSyncRun({
        id: randomUUID(),
        account: report.accountId,
        startedAt: finishedAt - report.durationMs,
        finishedAt,
        pages: report.pages,
        templates: report.templates,
        outcome: report.ok ? "ok" : "failed",
        errorCode: report.error?.code ?? null,
        errorMessage: report.error?.message ?? null,
        changes: report.ok ? changes : 0,
      })
      .catch((error: unknown) => logger.warn("sync run not recorded", { error }));
  }

  const retentionDays = options.retentionDays ?? 400;
  const scheduler = createScheduler({
    intervalMs: options.syncIntervalMs ?? 300_000,
    accounts: () => options.accounts.map((a) => a.id),
    syncAccount: async (account) => {
      // Scheduler gate: only the account's leader walks; a follower (whose lock attempt failed)
      // just makes sure it serves what the leader last committed.
      if (coordinator && !(await coordinator.tryLead(account))) {
        await replication?.reload(account);
        return;
      }
      await catalog.refresh(account);
      await catalog.whenIdle(account);
    },
    prune: history
      ? async () => {
          const deleted = await history.prune(retentionDays, now());
          if (deleted > 0) logger.info("history pruned", { deleted, retentionDays });
        }
      : undefined,
    onError: (error, what) => logger.warn("scheduled work failed", { what, error }),
  });

  if (coordinator && dbStore) {
    replication = startReplication({
      coordinator,
      store: dbStore,
      catalog,
      events,
      accounts: () => options.accounts.map((a) => a.id),
      versionCheckMs: clusterOptions.versionCheckMs,
      onError: (error, what) => logger.warn("cluster replication failed", { what, error }),
    });
  }
  // A Refresh click on a follower asks the leader for a forced sync (the follower's own walk request
  // then waits for its commit); on the leader, or with the lock free, it is a local refresh.
  const servedCatalog: Catalog = coordinator
    ? {
        ...catalog,
        async refresh(account) {
          if (!(await coordinator.tryLead(account))) {
            await coordinator
              .publish({ t: "sync", account, force: true })
              .catch((error: unknown) => logger.warn("refresh request not sent", { account, error }));
          }
          return catalog.refresh(account);
        },
      }
    : catalog;

  return {
    env: {
      SYNC_INTERVAL_MS: options.syncIntervalMs ?? 300_000,
      HISTORY_RETENTION_DAYS: retentionDays,
      CATALOG_TTL_MS: options.ttlMs ?? 60_000,
    },
    accounts: options.accounts,
    findAccount: (id) => byId.get(id),
    catalog: servedCatalog,
    events,
    database,
    history,
    alerts,
    scheduler,
    refreshGate:
      coordinator && database
        ? createPgRefreshGate(database.db, REFRESH_MIN_INTERVAL_MS, now)
        : createRefreshGate(undefined, now),
    cluster: coordinator
      ? { instanceId: coordinator.instanceId, connected: () => coordinator.connected, role: coordinator.role }
      : null,
    now,
    async close() {
      scheduler.stop();
      await alerts?.worker.stop();
      replication?.stop();
      // Abort upstream calls; a sync already writing its transaction finishes it (bounded wait).
      catalog.close();
      await Promise.race([
        Promise.all(options.accounts.map((a) => catalog.whenIdle(a.id))),
        new Promise((r) => setTimeout(r, 10_000).unref?.()),
      ]);
      await coordinator?.close();
      await database?.close();
    },
  };
}

function chainHooks(...hooks: (OnChangesRecorded | undefined)[]): OnChangesRecorded | undefined {
  const list = hooks.filter((h): h is OnChangesRecorded => h !== undefined);
  if (list.length <= 1) return list[0];
  return async (trx, events, context) => {
    for (const hook of list) await hook(trx, events, context);
  };
}

/**
 * NxCloud clients per credential pair: an account's own access_key/access_secret when it has them,
 * the global ones otherwise. Accounts sharing credentials share one client.
 */
export function nxcloudFetchPageFor(env: Env): (account: AccountConfig) => FetchPage {
  const clients = new Map<string, NxCloudClient>();
  return (account) => {
    const accessKey = account.access_key ?? env.NXCLOUD_ACCESS_KEY;
    const cacheKey = `${accessKey}\u0000${account.access_secret ? account.id : "default"}`;
    let client = clients.get(cacheKey);
    if (!client) {
      client = createNxCloudClient({
        baseUrl: env.NXCLOUD_BASE_URL,
        accessKey,
        accessSecret: account.access_secret ?? env.NXCLOUD_ACCESS_SECRET,
        algorithm: env.NXCLOUD_SIGN_ALGORITHM,
        timeoutMs: env.NXCLOUD_TIMEOUT_MS,
        retries: env.NXCLOUD_RETRIES,
        maxResponseBytes: env.NXCLOUD_MAX_RESPONSE_BYTES,
      });
      clients.set(cacheKey, client);
    }
    const upstream = client;
    return ({ after, limit, signal, retryBudget }) =>
      upstream.getTemplatePage({
        appkey: account.appkey,
        businessPhone: account.business_phone,
        after,
        limit,
        signal,
        retryBudget,
      });
  };
}

/** The production container from the validated environment. */
export function containerFromEnv(env: Env = getEnv()): Promise<Container> {
  return createContainer({
    accounts: env.NXCLOUD_ACCOUNTS,
    fetchPageFor: nxcloudFetchPageFor(env),
    database: openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      poolSize: env.DATABASE_POOL_SIZE,
    }),
    pageSize: env.NXCLOUD_PAGE_SIZE,
    ttlMs: env.CATALOG_TTL_MS,
    maxPages: env.CATALOG_MAX_PAGES,
    retriesPerWalk: env.NXCLOUD_RETRIES,
    breaker: createCircuitBreaker({
      threshold: env.CATALOG_BREAKER_FAILURES,
      pauseMs: env.CATALOG_BREAKER_PAUSE_MS,
    }),
    syncIntervalMs: env.SYNC_INTERVAL_MS,
    retentionDays: env.HISTORY_RETENTION_DAYS,
    cluster: { progressStaleMs: env.WALK_PROGRESS_STALE_MS },
    alerts: alertSettingsFromEnv(env),
  });
}

// One slot on globalThis: every route module and instrumentation share one container (one
// catalog, one database pool, one scheduler), whichever bundle imported this file.
const slot = Symbol.for("template-console.container");
type GlobalWithContainer = typeof globalThis & { [slot]?: Promise<Container> };

export function getContainer(): Promise<Container> {
  const g = globalThis as GlobalWithContainer;
  g[slot] ??= containerFromEnv().catch((error: unknown) => {
    // A failed start (database unreachable) is retried by the next request, not cached forever.
    g[slot] = undefined;
    throw error;
  });
  return g[slot];
}
