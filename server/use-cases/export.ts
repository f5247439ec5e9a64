import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { csvFileName, toCsv } from "@/lib/templates/csv";
import type { TemplateTableFilter } from "@/lib/templates/list-contract";
import { bodyText, selectMatches } from "@/lib/templates/query";
import type { Container } from "@/server/container";
import { type RowHistoryDeps, rowHistoryFor } from "./row-history";
import { loadScope } from "./scope";

export type ExportDeps = Pick<Container, "accounts" | "catalog" | "findAccount" | "now"> & RowHistoryDeps;

export interface CsvExport {
  csv: string;
  fileName: string;
  /** Whether the catalog was still loading when the file was made. */
  complete: boolean;
}

/**
 * CSV of EVERY template matching the filters (not just the visible page), full body text. Every
 * filter of the table applies, "changed within" included, so the file holds what the table lists.
 */
export async function exportTemplates(
  deps: ExportDeps,
  user: SessionUser,
  input: TemplateTableFilter & { locale: string },
  signal?: AbortSignal,
): Promise<CsvExport> {
  const { account, locale, ...filter } = input;
  const scope = await loadScope(deps, user, account, signal);
  const matches = selectMatches(scope.rows, filter, await rowHistoryFor(deps, scope.versions));
  const accountLabels = Object.fromEntries(
    Object.keys(scope.accounts).map((id) => [id, deps.findAccount(id)?.label ?? id]),
  );
  const csv = toCsv(
    matches.map(({ item, row }) => ({ ...item, body: bodyText(row.template) })),
    undefined,
    locale,
    { accountLabels },
  );
  const label = account === "all" ? "all-accounts" : (accountLabels[account] ?? account);
  return { csv, fileName: csvFileName(label, new Date(deps.now())), complete: scope.catalog.complete };
}
