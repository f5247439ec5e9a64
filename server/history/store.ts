import "server-only";
import { type Kysely, sql } from "kysely";
import type { ChangeEvent, ChangeKind, DailyCounts } from "@/lib/history/contracts";
import { SEVERITIES, type Severity, severityOf } from "@/lib/history/severity";
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

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Kinds whose severity does not depend on from/to (see severityOf). */
const SEVERITY_BY_KIND: Partial<Record<ChangeKind, Severity>> = {
  added: severityOf({ kind: "added", from: null, to: null }),
  removed: severityOf({ kind: "removed", from: null, to: null }),
  content_changed: severityOf({ kind: "content_changed", from: null, to: null }),
};

/** Each event with its template's current category (absent once the template is gone). */
async function withCategories(db: Kysely<Database>, events: ChangeEvent[]): Promise<ChangeEvent[]> {
  if (events.length === 0) return events;
  const rows = await db
    .selectFrom("catalog_templates")
    .select(["account", "template_id", "category"])
    .where("account", "in", [...new Set(events.map((e) => e.account))])
    .where("template_id", "in", [...new Set(events.map((e) => e.templateId))])
    .execute();
  const category = new Map(rows.map((r) => [`${r.account}\u0000${r.template_id}`, r.category]));
  return events.map((e) => {
    const c = category.get(`${e.account}\u0000${e.templateId}`);
    return c === undefined ? e : { ...e, category: c };
  });
}

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
        .selectAll()
        .orderBy("observed_at", "desc")
        .orderBy("account")
        .orderBy("name")
        .orderBy("language")
        .orderBy("kind")
        .limit(f.pageSize)
        .offset((f.page - 1) * f.pageSize)
        .execute();
      return { items: await withCategories(db, rows.map(toEvent)), total: Number(totalRow?.n ?? 0) };
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
