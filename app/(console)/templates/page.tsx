import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { TemplatesView } from "@/components/templates/table/templates-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("templates") };
}

export default async function TemplatesPage() {
  const accounts = accountOptionsFor(await getSessionUser());
  return (
    <Suspense>
      <TemplatesView accounts={accounts} />
    </Suspense>
  );
}
