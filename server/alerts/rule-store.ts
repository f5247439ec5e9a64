import "server-only";
import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import type { AlertChannel, AlertRule } from "@/lib/alerts/rule-schema";
import type { AlertRulesTable, Database } from "@/server/db/schema";
import { openChannel, type SecretBox, type StoredChannel, sealChannel } from "./secret-box";

/**
 * Alert rules in the database. The channel is stored sealed (URL and secret, bound to the rule id),
 * with the masked URL next to it for display; `open` is the only way to get the real channel back,
 * and only the worker and "Send test" call it.
 */

/** The rule without its channel. */
export type RuleCore = Omit<AlertRule, "channel">;

export interface StoredRule {
  id: string;
  rule: RuleCore;
  channel: StoredChannel;
  digestLastDueAt: number | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

export function rowToRule(row: AlertRulesTable): StoredRule {
  return {
    id: row.id,
    rule: JSON.parse(row.rule_json) as RuleCore,
    channel: JSON.parse(row.channel_json) as StoredChannel,
    digestLastDueAt: row.digest_last_due_at === null ? null : Number(row.digest_last_due_at),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function coreOf(rule: AlertRule): RuleCore {
  const { channel: _channel, ...core } = rule;
  return core;
}

export interface RuleStore {
  list(): Promise<StoredRule[]>;
  get(id: string): Promise<StoredRule | undefined>;
  create(rule: AlertRule, user: string): Promise<StoredRule>;
  update(id: string, rule: AlertRule): Promise<StoredRule | undefined>;
  delete(id: string): Promise<boolean>;
  /** The real channel (secrets decrypted): for sending only, never for a response. */
  open(stored: StoredRule): AlertChannel;
  count(): Promise<number>;
}

export function createRuleStore(db: Kysely<Database>, box: SecretBox, now: () => number): RuleStore {
  const get = async (id: string) => {
    const row = await db.selectFrom("alert_rules").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? rowToRule(row) : undefined;
  };
  return {
    async list() {
      const rows = await db
        .selectFrom("alert_rules")
        .selectAll()
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(rowToRule);
    },
    get,
    async create(rule, user) {
      const id = `r_${randomUUID()}`;
      const at = now();
      await db
        .insertInto("alert_rules")
        .values({
          id,
          name: rule.name,
          enabled: rule.enabled ? 1 : 0,
          mode: rule.mode,
          rule_json: JSON.stringify(coreOf(rule)),
          channel_json: JSON.stringify(sealChannel(box, rule.channel, id)),
          // A new digest rule reports what happens from now on.
          digest_last_due_at: rule.mode === "digest" ? at : null,
          created_by: user,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return (await get(id)) as StoredRule;
    },
    async update(id, rule) {
      const before = await get(id);
      if (!before) return undefined;
      const at = now();
      const digestChanged =
        rule.mode === "digest" &&
        (before.rule.mode !== "digest" ||
          before.rule.digestAt !== rule.digestAt ||
          before.rule.timeZone !== rule.timeZone);
      await db
        .updateTable("alert_rules")
        .set({
          name: rule.name,
          enabled: rule.enabled ? 1 : 0,
          mode: rule.mode,
          rule_json: JSON.stringify(coreOf(rule)),
          channel_json: JSON.stringify(sealChannel(box, rule.channel, id)),
          ...(digestChanged ? { digest_last_due_at: at } : {}),
          updated_at: at,
        })
        .where("id", "=", id)
        .execute();
      return get(id);
    },
    async delete(id) {
      const result = await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("alert_digest_events").where("rule_id", "=", id).execute();
        // Queued deliveries of a deleted rule have nowhere to go: they end as dead, kept in the log.
        await trx
          .updateTable("alert_deliveries")
          .set({
            status: "dead",
            last_error: "the rule was deleted",
            last_code: "rule_deleted",
            updated_at: now(),
          })
          .where("rule_id", "=", id)
          .where("status", "=", "pending")
          .execute();
        return trx.deleteFrom("alert_rules").where("id", "=", id).executeTakeFirst();
      });
      return Number(result.numDeletedRows) > 0;
    },
    open(stored) {
      return openChannel(box, stored.channel, stored.id);
    },
    async count() {
      const row = await db
        .selectFrom("alert_rules")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
