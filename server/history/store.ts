import "server-only";
import { type Kysely, sql } from "kysely";
import type { ChangeEvent, ChangeKind, DailyCounts } from "@/lib/history/contracts";
import { SEVERITIES, type Severity, severityOf } from "@/lib/history/severity";
import type { LastChange } from "@/lib/templates/list-contract";
import type { Database } from "@/server/db/schema";

/**
 * Reads of the change log, sync runs and roll-ups, and retention. Writes of snapshots and events
 * happen in the catalog's database store (one transaction per sync); sync runs are recorded here.
 */
export interface ChangeFilter {
  accounts: readonly string[];
  kinds?: readonly ChangeKind[];
  since?: number;
  until?: number;
  q?: string;
  /** Template languages (exact codes). */
  languages?: readonly string[];
  /** The template's current category, or the category a `category_changed` event moved it to. */
  categories?: readonly string[];
  /** lib/history/severity.ts decides; empty = every severity. */
  severities?: readonly Severity[];
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface SyncRunRecord {
  id: string;
  account: string;
  startedAt: number;
  finishedAt: number;
  pages: number;
  templates: number;
  outcome: "ok" | "failed";
  errorCode: string | null;
  errorMessage: string | null;
  changes: number;
}

export interface HistoryStore {
  listChanges(filter: ChangeFilter): Promise<{ items: ChangeEvent[]; total: number }>;
  /** Every event of one template, newest first. */
  templateEvents(account: string, templateId: string): Promise<ChangeEvent[]>;
  /** When the template was first stored and its quality now; null when not in the snapshot. */
  templateNow(
    account: string,
    templateId: string,
  ): Promise<{ firstSeenAt: number; quality: string | null } | null>;
  /**
   * Each template's last recorded change (template id → change), one query for the account.
   * `removed` is left out (those templates are not in the table). When one walk recorded several
   * changes of a template, the most telling one is kept (status, then quality…) and `more` counts
   * the others.
   */
  lastChanges(account: string): Promise<Map<string, LastChange>>;
  /** Stored content versions of a template by content hash (components), for the given hashes. */
  templateVersions(
    account: string,
    templateId: string,
    hashes: readonly string[],
  ): Promise<Record<string, unknown[]>>;
  /** How many changes were recorded in the accounts since `since` (epoch ms, exclusive). */
  countChangesSince(accounts: readonly string[], since: number): Promise<number>;
  rollups(
    accounts: readonly string[],
    fromDay: string,
  ): Promise<{ account: string; day: string; counts: DailyCounts }[]>;
  /** Change events per UTC day (YYYY-MM-DD) observed at or after `since` (epoch ms). */
  changesPerDay(accounts: readonly string[], since: number): Promise<Map<string, number>>;
  recordSyncRun(run: SyncRunRecord): Promise<void>;
  recentSyncRuns(account: string, limit: number): Promise<SyncRunRecord[]>;
  /** Deletes events, runs and roll-ups older than `retentionDays`; returns rows deleted. */
  prune(retentionDays: number, now: number): Promise<number>;
}

type EventRow = Database["change_events"];

function toEvent(r: EventRow): ChangeEvent {
  return {
    id: r.id,
    account: r.account,
    templateId: r.template_id,
    name: r.name,
    language: r.language,
    kind: r.kind as ChangeKind,
    from: r.from_value,
    to: r.to_value,
    observedAt: r.observed_at,
    previousObservedAt: r.previous_observed_at,
  };
}

/** Which change of one walk the table shows first: the one a user acts on first. */
const LAST_CHANGE_PRIORITY: readonly ChangeKind[] = [
  "status_changed",
  "quality_changed",
  "rejected_reason_changed",
  "category_changed",
  "content_changed",
  "added",
];

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kinds whose severity does not depend on from/to (see severityOf). */
const SEVERITY_BY_KIND: Partial<Record<ChangeKind, Severity>> = {
  added: severityOf({ kind: "added", from: null, to: null }),
  removed: severityOf({ kind: "removed", from: null, to: null }),
  content_changed: severityOf({ kind: "content_changed", from: null, to: null }),
};

export function createHistoryStore(db: Kysely<Database>): HistoryStore {
  return {
    async listChanges(f) {
      if (f.accounts.length === 0) return { items: [], total: 0 };
      let query = db.selectFrom("change_events").where("account", "in", [...f.accounts]);
      if (f.kinds && f.kinds.length > 0) query = query.where("kind", "in", [...f.kinds]);
      if (f.since !== undefined) query = query.where("observed_at", ">=", f.since);
      if (f.until !== undefined) query = query.where("observed_at", "<=", f.until);
      const q = f.q?.trim().toLowerCase();
      if (q) {
        const pattern = `%${escapeLike(q)}%`;
        query = query.where((eb) =>
          eb.or([sql<boolean>`lower(name) like ${pattern} escape '\\'`, eb("template_id", "=", q)]),
        );
      }
      if (f.languages && f.languages.length > 0) query = query.where("language", "in", [...f.languages]);
      if (f.categories && f.categories.length > 0) {
        const categories = [...f.categories];
        query = query.where((eb) =>
          eb.or([
            eb.and([eb("kind", "=", "category_changed"), eb("to_value", "in", categories)]),
            eb.exists(
              eb
                .selectFrom("catalog_templates as ct")
                .select("ct.template_id")
                .whereRef("ct.account", "=", "change_events.account")
                .whereRef("ct.template_id", "=", "change_events.template_id")
                .where("ct.category", "in", categories),
            ),
          ]),
        );
      }
      const severities = new Set(f.severities ?? []);
      if (severities.size > 0 && severities.size < SEVERITIES.length) {
        // Severity is decided in TypeScript (one definition): the kinds that decide alone are
        // matched by kind, the others by the few distinct (kind, from, to) triples in range.
        const byKind = (Object.entries(SEVERITY_BY_KIND) as [ChangeKind, Severity][])
          .filter(([, s]) => severities.has(s))
          .map(([k]) => k);
        const triples = (
          await query
            .where("kind", "not in", Object.keys(SEVERITY_BY_KIND) as ChangeKind[])
            .select(["kind", "from_value", "to_value"])
            .distinct()
            .execute()
        ).filter((r) =>
          severities.has(severityOf({ kind: r.kind as ChangeKind, from: r.from_value, to: r.to_value })),
        );
        query = query.where((eb) =>
          eb.or([
            ...(byKind.length > 0 ? [eb("kind", "in", byKind)] : []),
            ...triples.map((r) =>
              eb.and([
                eb("kind", "=", r.kind),
                r.from_value === null ? eb("from_value", "is", null) : eb("from_value", "=", r.from_value),
                r.to_value === null ? eb("to_value", "is", null) : eb("to_value", "=", r.to_value),
              ]),
            ),
            // Nothing matches: keep the query valid and empty.
            ...(byKind.length === 0 && triples.length === 0 ? [sql<boolean>`1 = 0`] : []),
          ]),
        );
      }
      const totalRow = await query
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirst();
      const rows = await query
        .selectAll("change_events")
        // Each event with its template's current category, in the same query (none once the
        // template is gone: the log does not store categories).
        .select((eb) =>
          eb
            .selectFrom("catalog_templates as ct")
            .select("ct.category")
            .whereRef("ct.account", "=", "change_events.account")
            .whereRef("ct.template_id", "=", "change_events.template_id")
            .as("current_category"),
        )
        .orderBy("observed_at", "desc")
        .orderBy("account")
        .orderBy("name")
        .orderBy("language")
        .orderBy("kind")
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute();
      const items = rows.map(({ current_category, ...row }) => {
        const event = toEvent(row);
        return current_category == null ? event : { ...event, category: current_category };
      });
      return { items, total: Number(totalRow?.n ?? 0) };
    },
    async templateEvents(account, templateId) {
      const rows = await db
        .selectFrom("change_events")
        .selectAll()
        .where("account", "=", account)
        .where("template_id", "=", templateId)
        .orderBy("observed_at", "desc")
        .orderBy("kind")
        .execute();
      return rows.map(toEvent);
    },
    async lastChanges(account) {
      // The events at each template's latest observed_at: (account, template_id, observed_at) is
      // indexed, so this is one index walk per template, not a scan of the whole log.
      const rows = await db
        .selectFrom("change_events as e")
        .select([
          "e.template_id",
          "e.kind",
          "e.from_value",
          "e.to_value",
          "e.observed_at",
          "e.previous_observed_at",
        ])
        .where("e.account", "=", account)
        .where("e.kind", "!=", "removed")
        .where((eb) =>
          eb(
            "e.observed_at",
            "=",
            eb
              .selectFrom("change_events as l")
              .select((l) => l.fn.max("l.observed_at").as("m"))
              .whereRef("l.account", "=", "e.account")
              .whereRef("l.template_id", "=", "e.template_id")
              .where("l.kind", "!=", "removed"),
          ),
        )
        .execute();
      const out = new Map<string, LastChange>();
      const rank = (kind: string) => {
        const r = LAST_CHANGE_PRIORITY.indexOf(kind as ChangeKind);
        return r < 0 ? LAST_CHANGE_PRIORITY.length : r;
      };
      for (const r of rows) {
        const held = out.get(r.template_id);
        const change: LastChange = {
          kind: r.kind,
          from: r.from_value,
          to: r.to_value,
          observedAt: Number(r.observed_at),
          previousObservedAt: r.previous_observed_at === null ? null : Number(r.previous_observed_at),
          more: 0,
        };
        if (!held) out.set(r.template_id, change);
        else if (rank(r.kind) < rank(held.kind)) out.set(r.template_id, { ...change, more: held.more + 1 });
        else held.more++;
      }
      return out;
    },
    async templateVersions(account, templateId, hashes) {
      if (hashes.length === 0) return {};
      const rows = await db
        .selectFrom("template_versions")
        .select(["content_hash", "components_json"])
        .where("account", "=", account)
        .where("template_id", "=", templateId)
        .where("content_hash", "in", [...new Set(hashes)])
        .execute();
      const out: Record<string, unknown[]> = {};
      for (const r of rows) {
        try {
          const parsed = JSON.parse(r.components_json) as unknown;
          if (Array.isArray(parsed)) out[r.content_hash] = parsed;
        } catch {
          // an unreadable version is left out: the diff says the earlier version is unavailable
        }
      }
      return out;
    },
    async countChangesSince(accounts, since) {
      if (accounts.length === 0) return 0;
      const row = await db
        .selectFrom("change_events")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("account", "in", [...accounts])
        .where("observed_at", ">", since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async templateNow(account, templateId) {
      const row = await db
        .selectFrom("catalog_templates")
        .select(["first_seen_at", "quality"])
        .where("account", "=", account)
        .where("template_id", "=", templateId)
        .executeTakeFirst();
      return row ? { firstSeenAt: row.first_seen_at, quality: row.quality } : null;
    },
    async rollups(accounts, fromDay) {
      if (accounts.length === 0) return [];
      const rows = await db
        .selectFrom("daily_rollups")
        .selectAll()
        .where("account", "in", [...accounts])
        .where("day", ">=", fromDay)
        .orderBy("day")
        .execute();
      return rows.map((r) => ({
        account: r.account,
        day: r.day,
        counts: JSON.parse(r.counts_json) as DailyCounts,
      }));
    },
    async changesPerDay(accounts, since) {
      const perDay = new Map<string, number>();
      if (accounts.length === 0) return perDay;
      // Bucketed here, not in SQL: one day arithmetic for SQLite and PostgreSQL (UTC, like dayOf).
      const rows = await db
        .selectFrom("change_events")
        .select("observed_at")
        .where("account", "in", [...accounts])
        .where("observed_at", ">=", since)
        .execute();
      for (const r of rows) {
        const day = new Date(Number(r.observed_at)).toISOString().slice(0, 10);
        perDay.set(day, (perDay.get(day) ?? 0) + 1);
      }
      return perDay;
    },
    async recordSyncRun(run) {
      await db
        .insertInto("sync_runs")
        .values({
          id: run.id,
          account: run.account,
          started_at: run.startedAt,
          finished_at: run.finishedAt,
          pages: run.pages,
          templates: run.templates,
          outcome: run.outcome,
          error_code: run.errorCode,
          error_message: run.errorMessage,
          changes: run.changes,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    },
    async recentSyncRuns(account, limit) {
      const rows = await db
        .selectFrom("sync_runs")
        .selectAll()
        .where("account", "=", account)
        .orderBy("started_at", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        account: r.account,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        pages: r.pages,
        templates: r.templates,
        outcome: r.outcome,
        errorCode: r.error_code,
        errorMessage: r.error_message,
        changes: r.changes,
      }));
    },
    async prune(retentionDays, now) {
      const cutoff = now - retentionDays * 86_400_000;
      const cutoffDay = new Date(cutoff).toISOString().slice(0, 10);
      return db.transaction().execute(async (trx) => {
        const a = await trx.deleteFrom("change_events").where("observed_at", "<", cutoff).executeTakeFirst();
        const b = await trx.deleteFrom("sync_runs").where("started_at", "<", cutoff).executeTakeFirst();
        const c = await trx.deleteFrom("daily_rollups").where("day", "<", cutoffDay).executeTakeFirst();
        return [a, b, c].reduce((n, r) => n + Number(r.numDeletedRows), 0);
      });
    },
  };
}
