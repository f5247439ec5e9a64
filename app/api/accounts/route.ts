import { withApi } from "@/lib/api/handler";
import { getContainer } from "@/server/container";
import { listAccounts } from "@/server/use-cases/accounts";

/** Accounts the signed-in user may see: id, label, masked number, catalog state. Never credentials. */
export const GET = withApi(async (_request, { user }) => {
  const body = await listAccounts(await getContainer(), user);
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
