"use client";

import type { ColumnVisibilityState } from "@tanstack/react-table";
import { useCallback, useSyncExternalStore } from "react";

const STORAGE_KEY = "template-console.columns.v1";
const listeners = new Set<() => void>();

/** Hidden by default: useful for support staff, noise for everyone else. */
const DEFAULTS: ColumnVisibilityState = { id: false, header: true };

function read(): string {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

function parse(raw: string): ColumnVisibilityState {
  if (!raw) return DEFAULTS;
  try {
    const value = JSON.parse(raw) as unknown;
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return Object.fromEntries(
        Object.entries(value).filter(([, v]) => typeof v === "boolean"),
      ) as ColumnVisibilityState;
    }
  } catch {
    // A corrupted entry must not break the table: fall back to the defaults.
  }
  return DEFAULTS;
}

/**
 * Column visibility, remembered per browser (localStorage) rather than in the URL: it is a personal
 * preference, not part of a view someone shares. The all-accounts view shows the account column.
 */
export function useColumnVisibility(allAccounts: boolean) {
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
  // The account column only means something when several accounts are listed.
  const visibility: ColumnVisibilityState = { ...stored, account: allAccounts && stored.account !== false };
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
