import "server-only";
import { allowedAccounts, resolveAccountScope } from "@/lib/accounts/access";
import { findAccount, getAccounts } from "@/lib/accounts/registry";
import type { SessionUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/config/env";
import type { AccountConfig } from "@/lib/config/env-schema";
import { logger } from "@/lib/log/logger";
import { createCircuitBreaker } from "@/lib/nxcloud/circuit-breaker";
import { createNxCloudClient, type NxCloudClient } from "@/lib/nxcloud/client";
import { type Catalog, combineCatalogStates, createCatalog, toApiError } from "./catalog";
import type { CatalogState, TemplateListQuery, TemplateListResponse } from "./list-contract";
import { type CatalogRow, combineRows, queryTemplates, rowsOf } from "./query";

/**
 * The server's single catalog and NxCloud clients, created lazily from the validated config.
 * Kept on globalThis so every route module of the Next server shares one catalog (one walk per
 * account, whichever route asked first).
 */
interface Services {
  catalog: Catalog;
  clients: Map<string, NxCloudClient>;
}

const globalKey = Symbol.for("template-console.services");
type GlobalWithServices = typeof globalThis & { [globalKey]?: Services };

function clientFor(account: AccountConfig, clients: Map<string, NxCloudClient>): NxCloudClient {
  const env = getEnv();
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
  return client;
}

function services(): Services {
  const g = globalThis as GlobalWithServices;
  if (g[globalKey]) return g[globalKey];
  const env = getEnv();
  const clients = new Map<string, NxCloudClient>();
  const catalog = createCatalog({
    pageSize: env.NXCLOUD_PAGE_SIZE,
    ttlMs: env.CATALOG_TTL_MS,
    maxPages: env.CATALOG_MAX_PAGES,
    retriesPerWalk: env.NXCLOUD_RETRIES,
    breaker: createCircuitBreaker({
      threshold: env.CATALOG_BREAKER_FAILURES,
      pauseMs: env.CATALOG_BREAKER_PAUSE_MS,
    }),
    fetchPageFor: (accountId) => {
      const account = findAccount(accountId);
      if (!account) throw new Error(`unknown account ${accountId}`);
      const client = clientFor(account, clients);
      return ({ after, limit, signal, retryBudget }) =>
        client.getTemplates({
          appkey: account.appkey,
          businessPhone: account.business_phone,
          after,
          limit,
          signal,
          retryBudget,
        });
    },
    onWalkEnd: (report) =>
      (report.ok ? logger.info : logger.warn)("catalog walk finished", {
        account: report.accountId,
        ok: report.ok,
        pages: report.pages,
        templates: report.templates,
        pageSize: report.pageSize,
        durationMs: report.durationMs,
        errorCode: report.error?.code,
      }),
  });
  g[globalKey] = { catalog, clients };
  return g[globalKey];
}

export interface ScopedRows {
  rows: readonly CatalogRow[];
  /** Combined state (weakest of the accounts). */
  catalog: CatalogState;
  /** Per account id. */
  accounts: Record<string, CatalogState>;
}

/**
 * Rows of every account in scope, each answered from its catalog (fresh, stale or partial). In the
 * all-accounts view one failing account does not hide the others: its error rides in its state.
 * Only when every account in scope failed with nothing to show is the first error thrown.
 */
export async function loadScope(
  user: SessionUser,
  account: string,
  signal?: AbortSignal,
): Promise<ScopedRows> {
  const scope = resolveAccountScope(getAccounts(), user, account);
  const { catalog } = services();
  const settled = await Promise.allSettled(scope.map((a) => catalog.get(a.id, { signal })));
  const parts: (readonly CatalogRow[])[] = [];
  const accounts: Record<string, CatalogState> = {};
  let firstError: unknown = null;
  settled.forEach((result, i) => {
    const id = (scope[i] as AccountConfig).id;
    if (result.status === "fulfilled") {
      parts.push(rowsOf(id, result.value.templates));
      accounts[id] = result.value.state;
    } else {
      firstError ??= result.reason;
      accounts[id] = {
        complete: false,
        pagesFetched: 0,
        templatesFetched: 0,
        fetchedAt: null,
        stale: false,
        refreshing: false,
        error: toApiError(result.reason),
      };
    }
  });
  if (firstError && parts.length === 0 && scope.length > 0) throw firstError;
  return {
    rows: parts.length === 1 ? (parts[0] as readonly CatalogRow[]) : combineRows(parts),
    catalog: combineCatalogStates(Object.values(accounts)),
    accounts,
  };
}

/** Refresh requests closer together than this start no new walk (a held-down button, a script). */
const REFRESH_MIN_INTERVAL_MS = 3_000;
const lastRefreshAt = new Map<string, number>();

export async function refreshScope(
  user: SessionUser,
  account: string,
): Promise<Record<string, CatalogState>> {
  const scope = resolveAccountScope(getAccounts(), user, account);
  const { catalog } = services();
  const now = Date.now();
  const states = await Promise.all(
    scope.map((a) => {
      if (now - (lastRefreshAt.get(a.id) ?? 0) < REFRESH_MIN_INTERVAL_MS) return catalog.peekState(a.id);
      lastRefreshAt.set(a.id, now);
      return catalog.refresh(a.id);
    }),
  );
  return Object.fromEntries(scope.map((a, i) => [a.id, states[i] as CatalogState]));
}

/** Accounts the user may see, with their catalog state (no fetching, no secrets). */
export async function accountStates(user: SessionUser) {
  const { catalog } = services();
  const visible = allowedAccounts(getAccounts(), user);
  return Promise.all(visible.map(async (a) => ({ account: a, state: await catalog.peekState(a.id) })));
}

/** One page of the list with facets and catalog state: the body of GET /api/templates. */
export async function listTemplates(
  user: SessionUser,
  { account, ...query }: TemplateListQuery,
  signal?: AbortSignal,
): Promise<TemplateListResponse> {
  const scope = await loadScope(user, account, signal);
  return { ...queryTemplates(scope.rows, query), catalog: scope.catalog, accounts: scope.accounts };
}
