import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getTranslations } from "next-intl/server";
import { createLoader, type SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { TemplatesView } from "@/components/templates/table/templates-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";
import { getQueryClient } from "@/lib/query/query-client";
import { templateKeys } from "@/lib/query/template-keys";
import { templateListQuerySchema } from "@/lib/templates/list-contract";
import { templateSearchParams, toApiSearch } from "@/lib/templates/search-params";
import { getContainer } from "@/server/container";
import { listTemplates } from "@/server/use-cases/list";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("templates") };
}

const loadSearch = createLoader(templateSearchParams);

/**
 * Reads the view from the URL with the same parser map as the client and renders the first page
 * on the server, so the table arrives with its rows instead of a skeleton. Anything that goes
 * wrong here (403, an upstream outage) is left to the client, which shows it with its own states.
 */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await getSessionUser();
  const accounts = accountOptionsFor(user);
  const { template: _drawer, ...listState } = loadSearch(await searchParams);
  const queryClient = getQueryClient();
  const query = templateListQuerySchema.safeParse(
    Object.fromEntries(new URLSearchParams(toApiSearch(listState))),
  );
  if (user && accounts.length > 0 && query.success) {
    await queryClient.prefetchQuery({
      queryKey: templateKeys.list(listState),
      queryFn: async () => listTemplates(await getContainer(), user, query.data),
    });
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <TemplatesView accounts={accounts} />
      </Suspense>
    </HydrationBoundary>
  );
}
