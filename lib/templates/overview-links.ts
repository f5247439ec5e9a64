import { serializeTemplateSearch, type TemplateSearchState } from "./search-params";
import { CHANGED_WINDOW_MS, RELATIVE_CHANGED_WINDOWS, type RelativeChangedWindow } from "./url-grammar";

/**
 * Links from the overview into the templates table, built with the table's own URL serializer so a
 * segment, a legend item or a list entry opens exactly the filtered view whose total it shows.
 * `account` "all" is the default and drops out of the URL.
 */
export type TableFilter = Partial<
  Pick<
    TemplateSearchState,
    "status" | "category" | "quality" | "language" | "q" | "view" | "sort" | "changed" | "since" | "until"
  >
>;

export function tableHref(account: string, filter: TableFilter = {}): string {
  return serializeTemplateSearch("/templates", { account, ...filter });
}

/**
 * The table's "changed within" for the last `days` days at `now`: the preset of that length when
 * there is one (24 hours, 7 or 30 days), else a custom window from the UTC day `days` days back.
 */
export function changedWithinDays(
  days: number,
  now: number,
): Pick<TableFilter, "changed" | "since" | "until"> {
  const ms = days * 86_400_000;
  const preset = RELATIVE_CHANGED_WINDOWS.find((w: RelativeChangedWindow) => CHANGED_WINDOW_MS[w] === ms);
  if (preset) return { changed: preset };
  return { changed: "custom", since: new Date(now - ms).toISOString().slice(0, 10) };
}

/** Opens the template's drawer in the table of its own account. */
export function templateHref(account: string, id: string): string {
  return serializeTemplateSearch("/templates", { account, template: id });
}

/** The overview of one account (or all). */
export function overviewHref(account: string): string {
  return serializeTemplateSearch("/overview", { account });
}
