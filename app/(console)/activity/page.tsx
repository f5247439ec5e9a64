import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ActivityView } from "@/components/activity/activity-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("activity") };
}

/** Server shell: the accounts the user may see; the client view reads the filters from the URL. */
export default async function ActivityPage() {
  const accounts = accountOptionsFor(await getSessionUser());
  return (
    <Suspense>
      <ActivityView accounts={accounts} />
    </Suspense>
  );
}
