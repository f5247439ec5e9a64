import "server-only";
import type { DeliveriesQuery, DeliveriesResponse, DeliveryView } from "@/lib/alerts/contracts";
import { requireAdmin } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import { getDelivery, listDeliveries, requeueDelivery } from "@/server/alerts/outbox";
import { type AlertsDeps, alertsOf } from "./alerts-deps";

/** The delivery log (everyone reads; it holds no secret) and retry (admins). */
export async function listDeliveryLog(
  deps: AlertsDeps,
  _user: SessionUser,
  query: DeliveriesQuery,
): Promise<DeliveriesResponse> {
  const { db } = alertsOf(deps);
  const deliveries = await listDeliveries(db, {
    ruleId: query.rule,
    status: query.status,
    limit: query.limit,
  });
  return { deliveries };
}

export async function retryDelivery(deps: AlertsDeps, user: SessionUser, id: string): Promise<DeliveryView> {
  requireAdmin(user);
  const { db } = alertsOf(deps);
  const before = await getDelivery(db, id);
  if (!before) throw new ApiProblem(404, "delivery_not_found", "There is no delivery with this id.");
  if (before.kind === "test" || before.status === "sent")
    throw new ApiProblem(409, "delivery_not_retryable", "Only a failed delivery can be retried.");
  if (!(await alertsOf(deps).alerts.rules.get(before.ruleId)))
    throw new ApiProblem(409, "delivery_not_retryable", "The rule of this delivery was deleted.");
  await requeueDelivery(db, id, deps.now());
  return (await getDelivery(db, id)) as DeliveryView;
}
