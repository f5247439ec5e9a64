import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import type * as React from "react";
import { AppHeader } from "@/components/shell/app-header";
import { LanguageNamesProvider } from "@/components/shell/language-names";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";
import { LANGUAGE_NAMES } from "@/lib/i18n/language-names";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const t = await getTranslations("common");
  const accounts = accountOptionsFor(user);
  // The fixed language names of the UI language only, as data: no page bundles the whole table.
  const languageNames = LANGUAGE_NAMES[await getLocale()] ?? {};
  return (
    <LanguageNamesProvider names={languageNames}>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:start-3 focus:top-3 focus:z-50 focus:rounded-md focus:bg-card focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <AppHeader accounts={accounts} userName={user.name} />
      <main id="main" className="mx-auto w-full max-w-[1600px] px-3 pb-16 pt-4 sm:px-6 sm:pt-6">
        {children}
      </main>
    </LanguageNamesProvider>
  );
}
