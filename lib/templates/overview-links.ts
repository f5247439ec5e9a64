import { serializeTemplateSearch, type TemplateSearchState } from "./search-params";

/**
 * Links from the overview into the templates table, built with the table's own URL serializer so a
 * segment, a legend item or a list entry opens exactly the filtered view whose total it shows.
 * `account` "all" is the default and drops out of the URL.
 */
export type TableFilter = Partial<
  Pick<TemplateSearchState, "status" | "category" | "quality" | "language" | "q" | "view" | "sort">
>;

export function tableHref(account: string, filter: TableFilter = {}): string {
  return serializeTemplateSearch("/templates", { account, ...filter });
}

/** Opens the template's drawer in the table of its own account. */
export function templateHref(account: string, id: string): string {
  return serializeTemplateSearch("/templates", { account, template: id });
}

/** The overview of one account (or all). */
export function overviewHref(account: string): string {
  return serializeTemplateSearch("/overview", { account });
}
