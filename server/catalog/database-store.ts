import "server-only";
import type { Kysely, Transaction } from "kysely";
import * as z from "zod";
import type { ChangeEvent } from "@/lib/history/contracts";
import type { Template } from "@/lib/nxcloud/schemas";
import type { Database } from "@/server/db/schema";
import { contentHash, diffSnapshots, factsOf, rememberContentHash, sha1Hex16 } from "@/server/history/diff";
import type { OnChangesRecorded } from "@/server/history/hooks";
import { countSnapshot, dayOf } from "@/server/history/rollup";
import type { CatalogSnapshot, CatalogStore, ExclusiveWait, PageSpan } from "./store";

/**
 * The persisted catalog store (DESIGN.md, decisions 3 and 4): the last complete snapshot of every
 * account in the database, the diff of every swap in the change log, in ONE transaction.
 *
 * - `get` answers from memory; the first `get` of an account after a start loads it from the
 *   database (one indexed read, ~6,000 JSON parses for the largest account) — this is what makes
 *   a restart serve the full table before any upstream call.
 * - `set` diffs against the held snapshot, then in one transaction: rewrites only the template rows
 *   whose hash changed (plus deletes), the account row, the change events (ids are deterministic:
 *   writing the same diff twice writes it once), the day's roll-up, and `onChangesRecorded`. A sync
 *   without change writes 2 rows (account + roll-up); k changes write O(k). A crash before commit
 *   leaves the previous snapshot intact.
 * - `runExclusive` is an in-process lock; with several instances (issue 14) `exclusive` adds the
 *   cross-instance part behind it (server/cluster/exclusive.ts: only the account's leader walks).
 * - `reload` re-reads an account from the database when another instance committed a newer
 *   version (followers; server/cluster/replication.ts).
 */
export interface DatabaseCatalogStoreOptions {
  db: Kysely<Database>;
  onChangesRecorded?: OnChangesRecorded;
  /** Called after commit with what was recorded (logs, metrics). Must not throw. */
  onRecorded?: (account: string, events: readonly ChangeEvent[], rowsWritten: number) => void;
  /** Extra statements inside the sync transaction, after everything else (the commit notification). */
  afterWrite?: (trx: Transaction<Database>, account: string, next: CatalogSnapshot) => Promise<void>;
  /** Cross-instance exclusivity, run inside the in-process lock (leader election). */
  exclusive?: <T>(account: string, fn: () => Promise<T>, wait?: ExclusiveWait) => Promise<T>;
}

export interface DatabaseCatalogStore extends CatalogStore {
  /**
   * Loads the account from the database when its stored version differs from the one held;
   * answers the swap, or null when nothing changed.
   */
  reload(account: string): Promise<{ previous: CatalogSnapshot | undefined; next: CatalogSnapshot } | null>;
  /** The stored version of every account (one small query; the followers' poll). */
  storedVersions(): Promise<Map<string, number>>;
}

export interface Held {
  snapshot: CatalogSnapshot;
  /** template id → hash of the whole template, as stored. */
  hashes: Map<string, string>;
}

const INSERT_CHUNK = 400;

const pageSpansSchema = z.array(
  z.object({
    fingerprint: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
  }),
);

/** The stored spans, or none when absent or unreadable (a sync then reads every page). */
function readPageSpans(json: string | null): PageSpan[] | undefined {
  if (!json) return undefined;
  try {
    const parsed = pageSpansSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const templateHashes = new WeakMap<Template, string>();

/**
 * Hash of the whole template, memoised per object (an unchanged template is not re-hashed). Unlike
 * the content hash it is NOT canonical: it hashes the JSON as the object holds it, which native
 * JSON.stringify gives ~3× faster than sorting keys. Key order cannot cause a spurious change:
 * `hashesFor` compares a template with the held one structurally first and keeps the stored hash
 * when they are equal, so this hash is only computed for templates that are new or really changed.
 */
export function templateHash(t: Template): string {
  let hash = templateHashes.get(t);
  if (hash === undefined) {
    hash = sha1Hex16(JSON.stringify(t));
    templateHashes.set(t, hash);
  }
  return hash;
}

/**
 * Hashes of `next`'s templates, and structural sharing with the held snapshot: a template whose
 * JSON equals the held one's (the common case: a sync without change) is replaced IN `next` by the
 * held object, with its stored hash. A structural comparison allocates nothing and costs a
 * fraction of canonicalJson + sha1; keeping the held object also keeps everything memoised on it
 * (content hash, facts), makes the diff's identity check succeed, and lets the freshly parsed copy
 * die young instead of being promoted by the garbage collector beside the old one. Equal JSON
 * means equal data (key order aside), so readers cannot tell the difference. `next` must be the
 * walk's own array, not yet published.
 */
export function hashesFor(next: Template[], previous: Held | undefined): Map<string, string> {
  const before = previous && new Map(previous.snapshot.templates.map((t) => [t.id, t]));
  const hashes = new Map<string, string>();
  for (let i = 0; i < next.length; i++) {
    const t = next[i] as Template;
    const old = before?.get(t.id);
    const oldHash = old && previous?.hashes.get(t.id);
    if (old && oldHash && sameJson(old, t)) {
      next[i] = old;
      hashes.set(t.id, oldHash);
    } else {
      hashes.set(t.id, templateHash(t));
    }
  }
  return hashes;
}

/** Equal as JSON (key order ignored, `undefined` members as absent); for parsed JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const key in x) {
    const v = x[key];
    if (v === undefined) continue;
    count += 1;
    if (!sameJson(v, y[key])) return false;
  }
  for (const key in y) if (y[key] !== undefined) count -= 1;
  return count === 0;
}

export function createDatabaseCatalogStore(options: DatabaseCatalogStoreOptions): DatabaseCatalogStore {
  const { db } = options;
  const held = new Map<string, Held>();
  const loading = new Map<string, Promise<Held | undefined>>();
  const locks = new Map<string, Promise<unknown>>();

  async function load(account: string): Promise<Held | undefined> {
    const header = await db
      .selectFrom("catalog_accounts")
      .selectAll()
      .where("account", "=", account)
      .executeTakeFirst();
    if (!header) return undefined;
    const rows = await db
      .selectFrom("catalog_templates")
      .select(["template_id", "hash", "content_hash", "raw"])
      .where("account", "=", account)
      .execute();
    const byId = new Map(rows.map((r) => [r.template_id, r]));
    const order = JSON.parse(header.order_json) as string[];
    const templates: Template[] = [];
    const hashes = new Map<string, string>();
    // The stored hashes are seeded into the memos: the first sync after a restart re-hashes nothing.
    const push = (row: (typeof rows)[number]) => {
      const t = JSON.parse(row.raw) as Template;
      templateHashes.set(t, row.hash);
      rememberContentHash(t, row.content_hash);
      templates.push(t);
      hashes.set(row.template_id, row.hash);
    };
    for (const id of order) {
      const row = byId.get(id);
      if (!row) continue;
      byId.delete(id);
      push(row);
    }
    // Rows missing from the order (should not happen) are still served, last.
    const inOrder = byId.size === 0 && templates.length === order.length;
    for (const row of byId.values()) push(row);
    // Spans are positions: valid only when the rows are exactly where the walk put them.
    const pageSpans = inOrder ? readPageSpans(header.page_spans_json) : undefined;
    return {
      snapshot: {
        templates,
        ...(pageSpans ? { pageSpans } : {}),
        fetchedAt: header.fetched_at,
        pagesFetched: header.pages,
        pageSize: header.page_size,
        version: header.version,
      },
      hashes,
    };
  }

  async function ensure(account: string): Promise<Held | undefined> {
    const current = held.get(account);
    if (current) return current;
    let pending = loading.get(account);
    if (!pending) {
      pending = load(account).finally(() => loading.delete(account));
      loading.set(account, pending);
    }
    const loaded = await pending;
    // A set() may have landed while we loaded: the newer one wins.
    if (loaded && !held.has(account)) held.set(account, loaded);
    return held.get(account);
  }

  async function writeSnapshot(
    trx: Transaction<Database>,
    account: string,
    previous: Held | undefined,
    next: CatalogSnapshot,
    hashes: Map<string, string>,
    events: readonly ChangeEvent[],
  ): Promise<number> {
    const at = next.fetchedAt;
    const changed: Template[] = [];
    for (const t of next.templates) {
      if (previous?.hashes.get(t.id) !== hashes.get(t.id)) changed.push(t);
    }
    const removed = previous ? [...previous.hashes.keys()].filter((id) => !hashes.has(id)) : [];
    let rows = 0;
    for (let i = 0; i < changed.length; i += INSERT_CHUNK) {
      const chunk = changed.slice(i, i + INSERT_CHUNK).map((t) => {
        const f = factsOf(t);
        return {
          account,
          template_id: t.id,
          hash: hashes.get(t.id) as string,
          content_hash: f.contentHash,
          name: t.name,
          language: t.language,
          status: f.status,
          category: f.category,
          quality: f.quality,
          rejected_reason: f.rejectedReason,
          raw: JSON.stringify(t),
          first_seen_at: at,
          updated_at: at,
        };
      });
      await trx
        .insertInto("catalog_templates")
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(["account", "template_id"]).doUpdateSet((eb) => ({
            hash: eb.ref("excluded.hash"),
            content_hash: eb.ref("excluded.content_hash"),
            name: eb.ref("excluded.name"),
            language: eb.ref("excluded.language"),
            status: eb.ref("excluded.status"),
            category: eb.ref("excluded.category"),
            quality: eb.ref("excluded.quality"),
            rejected_reason: eb.ref("excluded.rejected_reason"),
            raw: eb.ref("excluded.raw"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
      rows += chunk.length;
    }
    // The content versions, for the History tab's diff: only new content (a new template, or a
    // content change), stored once per content hash — a status change writes none.
    const previousById =
      changed.length > 0 && previous ? new Map(previous.snapshot.templates.map((t) => [t.id, t])) : null;
    const newContent = changed.filter((t) => {
      const before = previousById?.get(t.id);
      return !before || factsOf(before).contentHash !== factsOf(t).contentHash;
    });
    for (let i = 0; i < newContent.length; i += INSERT_CHUNK) {
      const versions = newContent.slice(i, i + INSERT_CHUNK).map((t) => ({
        account,
        template_id: t.id,
        content_hash: factsOf(t).contentHash,
        components_json: JSON.stringify(t.components ?? []),
        first_seen_at: at,
      }));
      await trx
        .insertInto("template_versions")
        .values(versions)
        .onConflict((oc) => oc.columns(["account", "template_id", "content_hash"]).doNothing())
        .execute();
      rows += versions.length;
    }
    for (let i = 0; i < removed.length; i += INSERT_CHUNK) {
      const ids = removed.slice(i, i + INSERT_CHUNK);
      await trx
        .deleteFrom("catalog_templates")
        .where("account", "=", account)
        .where("template_id", "in", ids)
        .execute();
      rows += ids.length;
    }
    const header = {
      version: next.version,
      fetched_at: at,
      pages: next.pagesFetched,
      page_size: next.pageSize,
      template_count: next.templates.length,
      order_json: JSON.stringify(next.templates.map((t) => t.id)),
      page_spans_json: next.pageSpans ? JSON.stringify(next.pageSpans) : null,
    };
    await trx
      .insertInto("catalog_accounts")
      .values({ account, ...header, baseline_at: at })
      .onConflict((oc) => oc.column("account").doUpdateSet(header))
      .execute();
    rows += 1;
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      const chunk = events.slice(i, i + INSERT_CHUNK).map((e) => ({
        id: e.id,
        account: e.account,
        template_id: e.templateId,
        name: e.name,
        language: e.language,
        kind: e.kind,
        from_value: e.from,
        to_value: e.to,
        observed_at: e.observedAt,
        previous_observed_at: e.previousObservedAt,
      }));
      await trx
        .insertInto("change_events")
        .values(chunk)
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
      rows += chunk.length;
    }
    const counts = JSON.stringify(countSnapshot(next.templates));
    await trx
      .insertInto("daily_rollups")
      .values({ account, day: dayOf(at), counts_json: counts, updated_at: at })
      .onConflict((oc) => oc.columns(["account", "day"]).doUpdateSet({ counts_json: counts, updated_at: at }))
      .execute();
    rows += 1;
    return rows;
  }

  return {
    async get(account) {
      return (await ensure(account))?.snapshot;
    },
    async set(account, next) {
      const previous = await ensure(account);
      // The walk's own array, not yet published (see hashesFor).
      const hashes = hashesFor(next.templates as Template[], previous);
      const events = diffSnapshots({
        account,
        previous: previous && {
          templates: previous.snapshot.templates,
          observedAt: previous.snapshot.fetchedAt,
        },
        next: { templates: next.templates, observedAt: next.fetchedAt },
        unchanged: (o, n) => previous?.hashes.get(o.id) === hashes.get(n.id),
      });
      const rows = await db.transaction().execute(async (trx) => {
        const written = await writeSnapshot(trx, account, previous, next, hashes, events);
        await options.onChangesRecorded?.(trx, events, {
          account,
          observedAt: next.fetchedAt,
          baseline: !previous,
        });
        await options.afterWrite?.(trx, account, next);
        return written;
      });
      held.set(account, { snapshot: next, hashes });
      try {
        options.onRecorded?.(account, events, rows);
      } catch {
        // reporting must never break the store
      }
    },
    prepareFirstWalkPage(templates) {
      // The per-template work of a first commit (every template is new), done while the walk
      // waits for its next page: a 6,000-template first commit then spends no time hashing.
      for (const t of templates) {
        templateHash(t);
        contentHash(t);
      }
    },
    async delete(account) {
      held.delete(account);
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("catalog_templates").where("account", "=", account).execute();
        await trx.deleteFrom("catalog_accounts").where("account", "=", account).execute();
      });
    },
    async reload(account) {
      const row = await db
        .selectFrom("catalog_accounts")
        .select("version")
        .where("account", "=", account)
        .executeTakeFirst();
      const current = held.get(account);
      if (!row || row.version === current?.snapshot.version) return null;
      const loaded = await load(account);
      if (!loaded) return null;
      // A set() of this process may have landed meanwhile: keep whichever is held now if newer.
      const now = held.get(account);
      if (now !== current) return null;
      held.set(account, loaded);
      return { previous: current?.snapshot, next: loaded.snapshot };
    },
    async storedVersions() {
      const rows = await db.selectFrom("catalog_accounts").select(["account", "version"]).execute();
      return new Map(rows.map((r) => [r.account, r.version]));
    },
    runExclusive<T>(account: string, fn: () => Promise<T>, wait?: ExclusiveWait): Promise<T> {
      const previous = locks.get(account) ?? Promise.resolve();
      const exclusive = options.exclusive;
      const guarded = exclusive ? () => exclusive(account, fn, wait) : fn;
      const run = previous.then(guarded, guarded);
      const tail = run.then(
        () => undefined,
        () => undefined,
      );
      locks.set(account, tail);
      void tail.then(() => {
        if (locks.get(account) === tail) locks.delete(account);
      });
      return run;
    },
  };
}
