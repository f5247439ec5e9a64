"use client";

import { useCallback, useSyncExternalStore } from "react";
import { ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import type { ColumnVisibility } from "./templates-table-state";

const STORAGE_KEY = "template-console.columns.v1";
const listeners = new Set<() => void>();

/** Hidden by default: useful for support staff, noise for everyone else. */
const DEFAULTS: ColumnVisibility = { id: false, header: true };

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

function parse(raw: string): ColumnVisibility {
  if (!raw) return DEFAULTS;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return Object.fromEntries(
        Object.entries(value).filter(([, v]) => typeof v === "boolean"),
      ) as ColumnVisibility;
    }
  } catch {
    // A corrupted entry must not break the table: fall back to the defaults.
  }
  return DEFAULTS;
}

/**
 * The account column only means something when several accounts are listed: in the all-accounts
 * view of a user who sees more than one. Elsewhere it is neither shown nor offered.
 */
export function showsAccountColumn(account: string, accountCount: number): boolean {
  return account === ALL_ACCOUNTS && accountCount > 1;
}

/**
 * Column visibility, remembered per browser (localStorage) rather than in the URL: it is a personal
 * preference, not part of a view someone shares. The all-accounts view shows the account column.
 */
export function useColumnVisibility(accountColumn: boolean) {
  const raw = useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      window.addEventListener("storage", notify);
      return () => {
        listeners.delete(notify);
        window.removeEventListener("storage", notify);
      };
    },
    read,
    () => "",
  );
  const stored = parse(raw);
  const visibility: ColumnVisibility = { ...stored, account: accountColumn && stored.account !== false };
  /** Stores one column's choice over what is stored (never the values derived above). */
  const setColumnVisible = useCallback((id: string, visible: boolean) => {
    try {
      const current = parse(read());
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...current, [id]: visible }));
    } catch {
      // Private mode or full storage: the choice lasts for this page only.
    }
    for (const l of listeners) l();
  }, []);
  return [visibility, setColumnVisible] as const;
}
