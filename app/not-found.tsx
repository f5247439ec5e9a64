import { FileQuestion } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main className="grid min-h-dvh place-items-center px-6">
      <div className="max-w-md text-center">
        <FileQuestion aria-hidden className="mx-auto mb-4 size-12 text-muted-foreground" />
        <p className="font-mono text-sm text-muted-foreground">404</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted-foreground">{t("body")}</p>
        {/* A plain link, not next/link: this boundary's code loads with every page (~3 kB gzip of
            router link code), and leaving a 404 needs no client-side transition. */}
        <a href="/templates" className={`${buttonClasses("default")} mt-6`}>
          {t("back")}
        </a>
      </div>
    </main>
  );
}
