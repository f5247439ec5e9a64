import "server-only";
import { createHash } from "node:crypto";
import type { ChannelType } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import { type AlertMode, buildAlertContent } from "./content";
import { type BuiltMessage, buildMessage } from "./deliver";
import type { RuleCore } from "./rule-store";

/**
 * One rule + events → the message the outbox stores. The same path for immediate batches, daily
 * digests, "Send test" and the editor's live preview, so what admins preview is what is sent.
 */

export interface ComposeContext {
  /** CONSOLE_PUBLIC_URL (or the demo's loopback URL). */
  publicUrl: string;
  accountLabels: Readonly<Record<string, string>>;
}

export interface Composed {
  message: BuiltMessage;
  title: string;
}

export function composeMessage(
  ctx: ComposeContext,
  input: {
    ruleId: string;
    rule: Pick<RuleCore, "name" | "locale" | "timeZone" | "events">;
    channelType: ChannelType;
    events: readonly ChangeEvent[];
    context?: readonly ChangeEvent[];
    mode: AlertMode;
    deliveryId: string;
  },
): Composed {
  const content = buildAlertContent({
    rule: input.rule,
    events: input.events,
    context: input.context,
    mode: input.mode,
    deliveryId: input.deliveryId,
    publicUrl: ctx.publicUrl,
    accountLabels: ctx.accountLabels,
  });
  return {
    message: buildMessage(input.channelType, content, { ruleId: input.ruleId, events: input.events }),
    title: content.title,
  };
}

/**
 * Stable ids: the same rule and the same sync (or digest instant) always give the same deliveryId,
 * so a transaction that is replayed cannot queue a second copy (insert … on conflict do nothing).
 */
export function stableDeliveryId(...parts: (string | number)[]): string {
  return `d_${createHash("sha256").update(parts.join("\u0000")).digest("base64url").slice(0, 24)}`;
}
