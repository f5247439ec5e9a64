"use client";

import { Activity, BellRing, LayoutGrid, PieChart } from "lucide-react";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils/cn";

const LINKS = [
  { href: "/templates", key: "templates", icon: LayoutGrid },
  { href: "/overview", key: "overview", icon: PieChart },
  { href: "/activity", key: "activity", icon: Activity },
  { href: "/alerts", key: "alerts", icon: BellRing },
] as const;

/** Main navigation. Keeps the chosen account when moving between pages. */
export function NavLinks() {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  const account = useSearchParams().get("account");
  return (
    <nav aria-label={t("main")} className="flex items-center sm:gap-1">
      {LINKS.map(({ href, key, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={href}
            href={account ? `${href}?account=${encodeURIComponent(account)}` : href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "inline-flex h-9 items-center gap-2 whitespace-nowrap rounded-md px-1.5 text-sm font-medium transition-colors sm:px-3",
              active
                ? "bg-accent text-foreground"
                : "text-muted-foreground hover:bg-accent hover:text-foreground",
            )}
          >
            <Icon aria-hidden className="size-4" />
            {/* Icons only on phones: the header must hold the account switcher too. */}
            <span className="sr-only sm:not-sr-only">{t(key)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
