import { maskPhone } from "@/lib/accounts/mask-phone";
import { withApi } from "@/lib/api/handler";
import { accountStates } from "@/lib/templates/service";

/** Accounts the signed-in user may see: id, label, masked number, catalog state. Never credentials. */
export const GET = withApi(async (_request, { user }) => {
  const list = await accountStates(user);
  return Response.json(
    {
      accounts: list.map(({ account, state }) => ({
        id: account.id,
        label: account.label,
        maskedPhone: maskPhone(account.business_phone),
        catalog: state,
      })),
    },
    { headers: { "cache-control": "no-store" } },
  );
});
