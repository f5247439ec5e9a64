import { generateDataset } from "../../sim/dataset/generate";
import type { SimAccount } from "../../sim/dataset/types";

/**
 * The simulator's dataset as the e2e stack serves it (default seed), so tests can count directly
 * what the console should report — an independent check of the catalog + query pipeline.
 */
const dataset = generateDataset({
  seed: Number(process.env.SIM_SEED ?? 42),
  mediaBaseUrl: "http://127.0.0.1",
});

export function simAccounts(): SimAccount[] {
  return dataset.accounts;
}

export function simAccount(id: string): SimAccount {
  const account = dataset.accounts.find((a) => a.id === id);
  if (!account) throw new Error(`simulator has no account ${id}`);
  return account;
}

type Tpl = SimAccount["templates"][number];

export function countBy(templates: readonly Tpl[], key: (t: Tpl) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of templates) {
    const k = key(t);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export const facetOf = {
  status: (t: Tpl) => t.status,
  category: (t: Tpl) => t.category,
  language: (t: Tpl) => t.language,
  quality: (t: Tpl) => t.quality_score?.score ?? "NONE",
} as const;

/**
 * Whether the console can list a simulator template at all: it needs a usable id and name
 * (written independently of the console's reader, from the rule). Others are skipped and
 * only counted.
 */
export function isListable(t: unknown): boolean {
  const o = t as { id?: unknown; name?: unknown };
  const id = typeof o.id === "number" || (typeof o.id === "string" && o.id.trim() !== "");
  return id && typeof o.name === "string" && o.name.trim() !== "";
}

/** How many templates of an account the console lists. */
export function listedCount(account: SimAccount): number {
  return account.templates.filter(isListable).length;
}
