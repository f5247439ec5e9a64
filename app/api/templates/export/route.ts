import { getLocale } from "next-intl/server";
import { parseQuery, withApi } from "@/lib/api/handler";
import { templateTableFilterSchema } from "@/lib/templates/list-contract";
import { getContainer } from "@/server/container";
import { exportTemplates } from "@/server/use-cases/export";

/**
 * CSV of EVERY template matching the filters (not just the visible page), full body text,
 * UTF-8 with BOM for Excel, named after the account and the day. Takes every filter of the table
 * ("changed within" included); a bad value is a 400 naming the field.
 */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(templateTableFilterSchema, request.url);
  const input = { ...query, locale: await getLocale() };
  const { csv, fileName, complete } = await exportTemplates(
    await getContainer(),
    user,
    input,
    request.signal,
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
      // Lets the browser know whether the catalog was still loading when the file was made.
      "x-catalog-complete": String(complete),
    },
  });
});
