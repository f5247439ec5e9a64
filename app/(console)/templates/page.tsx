import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getTranslations } from "next-intl/server";
import { createLoader, type SearchParams } from "nuqs/server";
import { Suspense } from "react";
import { TemplatesView } from "@/components/templates/table/templates-view";
import { accountOptionsFor } from "@/lib/accounts/account-options";
import { getSessionUser } from "@/lib/auth/session";
import { getQueryClient } from "@/lib/query/query-client";
import { templateListOptions } from "@/lib/query/template-queries";
import { templateSearchParams, toListQuery } from "@/lib/templates/search-params";
import { listTemplates } from "@/lib/templates/service";

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
  const query = toListQuery(listState);
  if (user && accounts.length > 0 && query) {
    // The client's options with a direct call instead of the HTTP fetch: the same key hydrates.
    await queryClient.prefetchQuery({
      ...templateListOptions(listState),
      queryFn: () => listTemplates(user, query),
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
