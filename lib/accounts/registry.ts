import "server-only";
import { getEnv } from "@/lib/config/env";
import type { AccountConfig } from "@/lib/config/env-schema";

/** The configured NxCloud accounts (numbers), in configuration order. Includes credentials: server only. */
export function getAccounts(): readonly AccountConfig[] {
  return getEnv().NXCLOUD_ACCOUNTS;
}

export function findAccount(id: string): AccountConfig | undefined {
  return getAccounts().find((a) => a.id === id);
}
