import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { OverviewView } from "@/components/overview/overview-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("overview") };
}

/** Server shell: the accounts the user may see; the client view reads `?account=` and fetches. */
export default async function OverviewPage() {
  const accounts = accountOptionsFor(await getSessionUser());
  return (
    <Suspense>
      <OverviewView accounts={accounts} />
    </Suspense>
  );
}
