import { getLocale } from "next-intl/server";
import { parseQuery, withApi } from "@/lib/api/handler";
import { changesQuerySchema } from "@/lib/history/contracts";
import { getContainer } from "@/server/container";
import { exportChanges } from "@/server/use-cases/changes";

/** CSV of every change matching the activity feed's filters (same query as GET /api/changes). */
export const GET = withApi(async (request, { user }) => {
  const query = parseQuery(changesQuerySchema, request.url);
  const { csv, fileName, total, truncated } = await exportChanges(
    await getContainer(),
    user,
    query,
    await getLocale(),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "cache-control": "no-store",
      "x-total-count": String(total),
      "x-truncated": String(truncated),
    },
  });
});
