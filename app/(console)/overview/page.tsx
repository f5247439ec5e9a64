import { getTranslations } from "next-intl/server";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("overview") };
}

export default async function OverviewPage() {
  const t = await getTranslations("common.nav");
  return <h1 className="text-xl font-semibold tracking-tight">{t("overview")}</h1>;
}
