"use client";

import { Building2, ChevronsUpDown, Layers } from "lucide-react";
import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { AccountSummary } from "@/lib/accounts/account-summary";
import { templateSearchParams } from "@/lib/templates/search-params";

export interface AccountSwitcherProps {
  accounts: AccountSummary[];
}

/** Switches the account of the current page (kept in the URL); resets paging and the open drawer. */
export function AccountSwitcher({ accounts }: AccountSwitcherProps) {
  const t = useTranslations("common.account");
  const [{ account }, setState] = useQueryStates(
    {
      account: templateSearchParams.account,
      page: templateSearchParams.page,
      template: templateSearchParams.template,
    },
    { history: "push" },
  );
  if (accounts.length === 0) return <span className="text-sm text-muted-foreground">{t("none")}</span>;
  const current = accounts.find((a) => a.id === account);
  const showAll = accounts.length > 1;
  const label = current?.label ?? (showAll ? t("all") : (accounts[0]?.label ?? ""));
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="outline"
          size="sm"
          className="max-w-[30vw] sm:max-w-64"
          aria-label={`${t("switch")}: ${label}`}
          data-testid="account-switcher"
        >
          {current ? <Building2 aria-hidden /> : <Layers aria-hidden />}
          <span className="truncate">{label}</span>
          <ChevronsUpDown aria-hidden className="opacity-60" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-72">
        <DropdownMenuLabel>{t("label")}</DropdownMenuLabel>
        <DropdownMenuRadioGroup
          value={current ? current.id : ALL_ACCOUNTS}
          onValueChange={(value) => void setState({ account: value, page: null, template: null })}
        >
          {showAll && (
            <>
              <DropdownMenuRadioItem value={ALL_ACCOUNTS}>
                <Layers aria-hidden />
                <span className="flex flex-col">
                  <span>{t("all")}</span>
                  <span className="text-xs text-muted-foreground">
                    {t("allDescription", { count: accounts.length })}
                  </span>
                </span>
              </DropdownMenuRadioItem>
              <DropdownMenuSeparator />
            </>
          )}
          {accounts.map((a) => (
            <DropdownMenuRadioItem key={a.id} value={a.id}>
              <Building2 aria-hidden />
              <span className="flex min-w-0 flex-col">
                <span className="truncate">{a.label}</span>
                <span className="font-mono text-xs text-muted-foreground">{a.maskedPhone}</span>
              </span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
