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
import { settleWithin } from "@/lib/utils/deadline";
import { getContainer } from "@/server/container";
import { listTemplates } from "@/server/use-cases/list";

export async function generateMetadata() {
  const t = await getTranslations("common.nav");
  return { title: t("templates") };
}

const loadSearch = createLoader(templateSearchParams);

/**
 * A cold catalog waits for NxCloud's first page, which a hung upstream can stretch to tens of
 * seconds. Past this deadline the page ships without rows: the client shows its loading state
 * and fetches (and polls) on its own, while the walk started here goes on.
 */
const SERVER_RENDER_DEADLINE_MS = 3_000;

/**
 * Reads the view from the URL with the same parser map as the client and renders the first page
 * on the server, so the table arrives with its rows instead of a skeleton — within a deadline.
 * Anything that goes wrong here (403, an upstream outage, a slow first page) is left to the
 * client, which shows it with its own states.
 */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await getSessionUser();
  const accounts = accountOptionsFor(user);
  const { template: _drawer, ...listState } = loadSearch(await searchParams);
  const queryClient = getQueryClient();
  const query = toListQuery(listState);
  if (user && accounts.length > 0 && query) {
    // The client's options with a direct call instead of the HTTP fetch: the same key hydrates.
    // A pending query is not dehydrated, so past the deadline the client starts from loading.
    await settleWithin(
      queryClient.prefetchQuery({
        ...templateListOptions(listState),
        queryFn: async () => listTemplates(await getContainer(), user, query),
      }),
      SERVER_RENDER_DEADLINE_MS,
    );
  }
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <Suspense>
        <TemplatesView accounts={accounts} />
      </Suspense>
    </HydrationBoundary>
  );
}
