import "server-only";
import type { OnChangesRecorded } from "@/server/history/hooks";
import { type ComposeContext, composeMessage, stableDeliveryId } from "./compose";
import { matchEvents } from "./match";
import { insertDelivery, insertDigestEvents } from "./outbox";
import { rowToRule } from "./rule-store";

/**
 * The sync transaction's alert step (server/history/hooks.ts): reads the enabled rules, and for
 * each one that matches some of this sync's changes, queues ONE delivery listing all of them
 * (immediate rules) or keeps them for the rule's next daily digest (digest rules). It runs inside
 * the transaction that records the changes: both commit together or neither does, so a change is
 * never lost between the change log and the outbox, nor alerted without being recorded.
 */
export function createAlertEnqueuer(ctx: ComposeContext & { now: () => number }): OnChangesRecorded {
  return async (trx, events, { account, observedAt, baseline }) => {
    // The first walk of an account is its baseline: everything is "new", nothing changed.
    if (baseline || events.length === 0) return;
    const rows = await trx.selectFrom("alert_rules").selectAll().where("enabled", "=", 1).execute();
    for (const row of rows) {
      const stored = rowToRule(row);
      const matched = matchEvents(stored.rule, events);
      if (matched.length === 0) continue;
      if (stored.rule.mode === "digest") {
        await insertDigestEvents(trx, stored.id, matched);
        continue;
      }
      const deliveryId = stableDeliveryId(stored.id, account, observedAt);
      const composed = composeMessage(ctx, {
        ruleId: stored.id,
        rule: stored.rule,
        channelType: stored.channel.type,
        events: matched,
        context: events,
        mode: "immediate",
        deliveryId,
      });
      await insertDelivery(trx, {
        id: deliveryId,
        ruleId: stored.id,
        kind: "immediate",
        message: composed.message,
        title: composed.title,
        eventCount: matched.length,
        at: ctx.now(),
      });
    }
  };
}
