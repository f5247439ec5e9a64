import { getTranslations } from "next-intl/server";
import { AlertsView } from "@/components/alerts/alerts-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("alerts") };
}

/** Alert rules, their editor with a live preview, and the delivery log. Viewers read only. */
export default async function AlertsPage() {
  const user = await getSessionUser();
  return <AlertsView accounts={accountOptionsFor(user)} canEdit={user?.role === "admin"} />;
}
