import "server-only";
import { maskPhone } from "@/lib/accounts/mask-phone";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { TemplateDetail } from "@/lib/templates/detail-contract";
import type { Container } from "@/server/container";
import { loadScope } from "./scope";

export type DetailDeps = Pick<Container, "accounts" | "catalog" | "findAccount">;

/** The full template (all components), its sibling languages and its account; 404 when absent. */
export async function templateDetail(
  deps: DetailDeps,
  user: SessionUser,
  input: { id: string; account: string },
  signal?: AbortSignal,
): Promise<TemplateDetail> {
  const { id, account } = input;
  const scope = await loadScope(deps, user, account, signal);
  const row = scope.rows.find((r) => r.template.id === id);
  if (!row) {
    const incomplete = !scope.catalog.complete;
    throw new ApiProblem(
      404,
      "not_found",
      incomplete
        ? `Template ${id} is not among the templates loaded so far; the catalog is still loading.`
        : `There is no template with id ${id} in this account.`,
      { retryable: incomplete },
    );
  }
  const config = deps.findAccount(row.accountId);
  const siblings = scope.rows
    .filter(
      (r) => r.accountId === row.accountId && r.template.name === row.template.name && r.template.id !== id,
    )
    .map((r) => ({ id: r.template.id, language: r.template.language, status: r.template.status }))
    .sort((a, b) => a.language.localeCompare(b.language));
  return {
    template: row.template,
    account: {
      id: row.accountId,
      label: config?.label ?? row.accountId,
      maskedPhone: config ? maskPhone(config.business_phone) : "",
    },
    siblings,
  };
}
