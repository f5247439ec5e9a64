import { getLocale } from "next-intl/server";
import { findAccount } from "@/lib/accounts/registry";
import { parseQuery, withApi } from "@/lib/api/handler";
import { csvFileName, toCsv } from "@/lib/templates/csv";
import { templateFilterQuerySchema } from "@/lib/templates/list-contract";
import { bodyText, selectMatches } from "@/lib/templates/query";
import { loadScope } from "@/lib/templates/service";

/**
 * CSV of EVERY template matching the filters (not just the visible page), full body text,
 * UTF-8 with BOM for Excel, named after the account and the day.
 */
export const GET = withApi(async (request, { user }) => {
  const { account, ...filter } = parseQuery(templateFilterQuerySchema, request.url);
  const scope = await loadScope(user, account, request.signal);
  const matches = selectMatches(scope.rows, filter);
  const accountLabels = Object.fromEntries(
    Object.keys(scope.accounts).map((id) => [id, findAccount(id)?.label ?? id]),
  );
  const csv = toCsv(
    matches.map(({ item, row }) => ({ ...item, body: bodyText(row.template) })),
    undefined,
    await getLocale(),
    { accountLabels },
  );
  const label = account === "all" ? "all-accounts" : (accountLabels[account] ?? account);
  const fileName = csvFileName(label, new Date());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
      // Lets the browser know whether the catalog was still loading when the file was made.
      "x-catalog-complete": String(scope.catalog.complete),
    },
  });
});
