import "server-only";
import type { PreviewBody } from "@/lib/alerts/contracts";
import { isTimeZone } from "@/lib/alerts/rule-schema";
import type { SessionUser } from "@/lib/auth/session";
import { composeMessage } from "@/server/alerts/compose";
import type { BuiltMessage } from "@/server/alerts/deliver";
import { sampleEvents } from "@/server/alerts/fixtures";
import { matchEvents } from "@/server/alerts/match";
import { type AlertsDeps, alertsOf } from "./alerts-deps";

/**
 * The editor's live preview: the draft rule's message for the sample changes, built by the same
 * code that builds real deliveries. The samples the draft matches are shown (all of them when it
 * matches none, so there is always something to look at).
 */
export async function previewRule(
  deps: AlertsDeps,
  _user: SessionUser,
  body: PreviewBody,
): Promise<{ message: BuiltMessage; title: string; matched: number }> {
  const { alerts } = alertsOf(deps);
  const samples = sampleEvents(deps.now());
  const matched = matchEvents(
    { enabled: true, accounts: "*", events: body.events, filters: body.filters },
    samples,
  );
  const events = matched.length > 0 ? matched : samples;
  const composed = composeMessage(alerts.compose, {
    ruleId: "preview",
    rule: {
      name: body.name || "—",
      locale: body.locale,
      timeZone: isTimeZone(body.timeZone) ? body.timeZone : "Asia/Shanghai",
      events: body.events,
    },
    channelType: body.channelType,
    events,
    context: samples,
    mode: body.mode,
    deliveryId: "d_preview",
  });
  return { ...composed, matched: matched.length };
}
