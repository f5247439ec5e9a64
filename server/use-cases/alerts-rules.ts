import "server-only";
import { allowedAccounts } from "@/lib/accounts/access";
import type { RulesResponse, RuleView, TestResponse } from "@/lib/alerts/contracts";
import { type AlertRule, alertRuleSchema, describeRuleIssues } from "@/lib/alerts/rule-schema";
import { requireAdmin } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { StoredRule } from "@/server/alerts/rule-store";
import { mergeChannelUpdate, redactChannel } from "@/server/alerts/secret-box";
import { checkTarget, SendError } from "@/server/alerts/send";
import { type AlertsDeps, alertsOf } from "./alerts-deps";

/** Rules: everyone reads (redacted), admins write (403 otherwise). */

export function ruleView(stored: StoredRule): RuleView {
  const { rule } = stored;
  return {
    id: stored.id,
    name: rule.name,
    enabled: rule.enabled,
    accounts: rule.accounts === "*" ? "*" : [...rule.accounts],
    events: [...rule.events],
    ...(rule.filters ? { filters: rule.filters } : {}),
    mode: rule.mode,
    ...(rule.digestAt ? { digestAt: rule.digestAt } : {}),
    timeZone: rule.timeZone,
    locale: rule.locale,
    channel: redactChannel(stored.channel),
    createdBy: stored.createdBy,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

export async function listRules(deps: AlertsDeps, user: SessionUser): Promise<RulesResponse> {
  const { alerts } = alertsOf(deps);
  return { rules: (await alerts.rules.list()).map(ruleView), canEdit: user.role === "admin" };
}

function parseRule(body: unknown): AlertRule {
  const parsed = alertRuleSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = describeRuleIssues(parsed.error);
  const fields: Record<string, string[]> = {};
  for (const i of issues) {
    const key = i.field || "body";
    fields[key] = [...(fields[key] ?? []), i.message];
  }
  throw new ApiProblem(400, "invalid_rule", issues.map((i) => `${i.field}: ${i.message}`).join(" · "), {
    fields,
  });
}

function invalidField(field: string, message: string): ApiProblem {
  return new ApiProblem(400, "invalid_rule", `${field}: ${message}`, { fields: { [field]: [message] } });
}

/**
 * A rule reaches only accounts its editor can see: an unknown or forbidden account id, or "every
 * account" from an editor limited to some, is a 400 naming them (else the chat would receive
 * changes of accounts the editor may not read).
 */
function checkRuleAccounts(deps: AlertsDeps, user: SessionUser, rule: AlertRule): void {
  if (rule.accounts === "*") {
    if (user.accounts !== "*")
      throw invalidField("accounts", `every account ("*") needs access to every account; choose among yours`);
    return;
  }
  const visible = new Set(allowedAccounts(deps.accounts, user).map((a) => a.id));
  const refused = rule.accounts.filter((id) => !visible.has(id));
  if (refused.length > 0)
    throw invalidField("accounts", `unknown or not among your accounts: ${refused.join(", ")}`);
}

/** Transport rules known at save time (https in production, no private targets): a 400 now, not a dead delivery later. */
async function checkChannelTarget(deps: AlertsDeps, rule: AlertRule): Promise<void> {
  if (rule.channel.type === "email") {
    if (!alertsOf(deps).alerts.emailConfigured)
      throw invalidField("channel.to", "email is not set up on this server (SMTP_URL and SMTP_FROM)");
    return;
  }
  try {
    await checkTarget(rule.channel.url, alertsOf(deps).alerts.send);
  } catch (error) {
    // A name that does not resolve now may resolve later: only refuse what is wrong by policy.
    if (error instanceof SendError && error.code !== "dns_failed")
      throw invalidField("channel.url", error.message);
  }
}

export async function createRule(deps: AlertsDeps, user: SessionUser, body: unknown): Promise<RuleView> {
  requireAdmin(user);
  const { alerts } = alertsOf(deps);
  const rule = parseRule(body);
  checkRuleAccounts(deps, user, rule);
  await checkChannelTarget(deps, rule);
  return ruleView(await alerts.rules.create(rule, user.name));
}

async function findRule(deps: AlertsDeps, id: string): Promise<StoredRule> {
  const stored = await alertsOf(deps).alerts.rules.get(id);
  if (!stored) throw new ApiProblem(404, "rule_not_found", "There is no alert rule with this id.");
  return stored;
}

/**
 * An edit from the editor, which never had the secret nor the full URL: the masked URL and an
 * absent secret keep the stored ones (mergeChannelUpdate); any field left out keeps its value.
 */
export async function updateRule(
  deps: AlertsDeps,
  user: SessionUser,
  id: string,
  body: Record<string, unknown>,
): Promise<RuleView> {
  requireAdmin(user);
  const { alerts } = alertsOf(deps);
  const stored = await findRule(deps, id);
  const previousChannel = alerts.rules.open(stored);
  const incoming = body.channel as Parameters<typeof mergeChannelUpdate>[1] | undefined;
  const channel = incoming ? mergeChannelUpdate(previousChannel, incoming) : previousChannel;
  const rule = parseRule({ ...stored.rule, ...body, channel });
  checkRuleAccounts(deps, user, rule);
  await checkChannelTarget(deps, rule);
  const updated = await alerts.rules.update(id, rule);
  if (!updated) throw new ApiProblem(404, "rule_not_found", "There is no alert rule with this id.");
  return ruleView(updated);
}

export async function deleteRule(deps: AlertsDeps, user: SessionUser, id: string): Promise<void> {
  requireAdmin(user);
  if (!(await alertsOf(deps).alerts.rules.delete(id)))
    throw new ApiProblem(404, "rule_not_found", "There is no alert rule with this id.");
}

export async function testRule(deps: AlertsDeps, user: SessionUser, id: string): Promise<TestResponse> {
  requireAdmin(user);
  const { alerts } = alertsOf(deps);
  const stored = await findRule(deps, id);
  const { deliveryId, outcome } = await alerts.sendTest(stored);
  return {
    deliveryId,
    ok: outcome.ok,
    httpStatus: outcome.httpStatus,
    code: outcome.ok ? null : outcome.code,
    detail: outcome.ok ? outcome.detail : outcome.error,
  };
}
