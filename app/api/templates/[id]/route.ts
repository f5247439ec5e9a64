import { maskPhone } from "@/lib/accounts/mask-phone";
import { findAccount } from "@/lib/accounts/registry";
import { parseQuery, withApi } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import {
  type TemplateDetail,
  templateDetailQuerySchema,
  templateIdSchema,
} from "@/lib/templates/detail-contract";
import { loadScope } from "@/lib/templates/service";

/** The full template (all components), its sibling languages and its account. */
export const GET = withApi<{ params: Promise<{ id: string }> }>(async (request, { user, params }) => {
  const idResult = templateIdSchema.safeParse((await params).id);
  if (!idResult.success)
    throw new ApiProblem(400, "invalid_query", `id: ${idResult.error.issues[0]?.message}`, {
      fields: { id: idResult.error.issues.map((i) => i.message) },
    });
  const id = idResult.data;
  const { account } = parseQuery(templateDetailQuerySchema, request.url);
  const scope = await loadScope(user, account, request.signal);
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
  const config = findAccount(row.accountId);
  const siblings = scope.rows
    .filter(
      (r) => r.accountId === row.accountId && r.template.name === row.template.name && r.template.id !== id,
    )
    .map((r) => ({ id: r.template.id, language: r.template.language, status: r.template.status }))
    .sort((a, b) => a.language.localeCompare(b.language));
  const body: TemplateDetail = {
    template: row.template,
    account: {
      id: row.accountId,
      label: config?.label ?? row.accountId,
      maskedPhone: config ? maskPhone(config.business_phone) : "",
    },
    siblings,
  };
  return Response.json(body, { headers: { "cache-control": "no-store" } });
});
