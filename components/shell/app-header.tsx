import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { AccountSwitcher } from "./account-switcher";
import { LanguageSwitch } from "./language-switch";
import { Logo } from "./logo";
import { NavLinks } from "./nav-links";
import { ThemeSwitch } from "./theme-switch";
import { UserMenu } from "./user-menu";

export interface AppHeaderProps {
  accounts: AccountSummary[];
  userName: string | null;
}

export async function AppHeader({ accounts, userName }: AppHeaderProps) {
  const t = await getTranslations("common");
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-card/85 backdrop-blur supports-[backdrop-filter]:bg-card/70">
      <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-1 px-2 sm:gap-4 sm:px-6">
        <Link href="/templates" className="flex items-center gap-2 rounded-md font-semibold tracking-tight">
          <Logo className="size-6 sm:size-7" />
          <span className="sr-only md:not-sr-only">{t("productName")}</span>
        </Link>
        <Suspense>
          <NavLinks />
        </Suspense>
        <div className="ms-auto flex min-w-0 items-center gap-0.5 sm:gap-2">
          <Suspense>
            <AccountSwitcher accounts={accounts} />
          </Suspense>
          <LanguageSwitch />
          <ThemeSwitch />
          {userName && <UserMenu name={userName} />}
        </div>
      </div>
    </header>
  );
}
