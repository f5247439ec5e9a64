import { deliveryIdSchema } from "@/lib/alerts/contracts";
import { parseParam, withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { retryDelivery } from "@/server/use-cases/alerts-deliveries";

/** Puts a failed or dead delivery back in the queue now, same deliveryId (admins). */
export const POST = withApi<{ params: Promise<{ id: string }> }>(async (_request, { user, params }) => {
  const id = parseParam(deliveryIdSchema, "id", (await params).id);
  const delivery = await retryDelivery(await getContainer(), user, id);
  return Response.json({ delivery }, { status: 202, headers: { "cache-control": "no-store" } });
});
