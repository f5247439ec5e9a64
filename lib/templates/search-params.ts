import {
  createParser,
  createSerializer,
  type inferParserType,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { ACCOUNT_PARAM_PATTERN } from "@/lib/accounts/account-scope";
import type { TemplateListQuery } from "./list-contract";
import {
  CHANGED_WINDOWS,
  DRAWER_TABS,
  FACET_KEYS,
  formatSort,
  isIntWithin,
  isUrlDay,
  parseSort,
  sortSpecOf,
  URL_DEFAULTS,
  URL_LIMITS,
  VIEWS,
} from "./url-grammar";

/** A whole number within [min, max]; anything else reads as absent (the default). */
const intWithin = (bounds: { min: number; max: number }) =>
  createParser({
    parse: (raw) => (isIntWithin(raw, bounds) ? Number(raw) : null),
    serialize: String,
  });

/** `name` / `-quality`: a known field, optionally descending. */
const sortParser = createParser({
  parse: (raw) => {
    const sort = parseSort(raw);
    return sort ? formatSort(sort) : null;
  },
  serialize: (value: string) => value,
});

const accountParser = createParser({
  parse: (raw) => (raw.length <= URL_LIMITS.account.max && ACCOUNT_PARAM_PATTERN.test(raw) ? raw : null),
  serialize: (value: string) => value,
});

/** A UTC day, YYYY-MM-DD; anything else reads as absent. */
const dayParser = createParser({
  parse: (raw) => (isUrlDay(raw) ? raw : null),
  serialize: (value: string) => value,
});

const facetList = () => parseAsArrayOf(parseAsString, ",").withDefault([]);

/**
 * The one parser map for the templates table's URL state (DESIGN.md, decision 10), derived from
 * the grammar in `url-grammar.ts`. Imported by the server page, the client hooks and the React
 * Query options, so all three agree.
 * Parsers are forgiving: a value the API would refuse (page 0, pageSize 500, an unknown sort) reads
 * as absent, so a hand-edited or stale link shows the default view instead of an error. The API
 * route validates strictly with `templateListQuerySchema` and answers 400 naming the field.
 */
export const templateSearchParams = {
  account: accountParser.withDefault(URL_DEFAULTS.account),
  q: parseAsString.withDefault(URL_DEFAULTS.q),
  status: facetList(),
  category: facetList(),
  language: facetList(),
  quality: facetList(),
  view: parseAsStringLiteral(VIEWS),
  /** "Changed within" (24h, 7d, 30d, or custom with since/until). */
  changed: parseAsStringLiteral(CHANGED_WINDOWS),
  since: dayParser,
  until: dayParser,
  sort: sortParser.withDefault(URL_DEFAULTS.sort),
  page: intWithin(URL_LIMITS.page).withDefault(URL_DEFAULTS.page),
  pageSize: intWithin(URL_LIMITS.pageSize).withDefault(URL_DEFAULTS.pageSize),
  /** The template open in the drawer. */
  template: parseAsString,
  /** The drawer's tab (details by default). */
  tab: parseAsStringLiteral(DRAWER_TABS),
};

export type TemplateSearchState = inferParserType<typeof templateSearchParams>;
/** The state of the list itself: everything except the drawer. */
export type TemplateListState = Omit<TemplateSearchState, "template" | "tab">;

/** Builds `/templates?...` links (views, overview segments) with defaults left out. */
export const serializeTemplateSearch = createSerializer(templateSearchParams, { clearOnDefault: true });

/** The query string the API gets: everything except the drawer state. */
export function toApiSearch(state: Partial<TemplateSearchState>): string {
  const { template: _drawer, tab: _tab, ...rest } = state;
  return serializeTemplateSearch(rest);
}

/**
 * The typed query of the list, straight from the URL state (the server page prefetches with it).
 * Null where the strict grammar of the API refuses what the forgiving parsers let through (an
 * over-long text or facet list, a custom window ending before it starts): the API answers those
 * with a 400, and the client shows it.
 */
export function toListQuery(state: TemplateListState): TemplateListQuery | null {
  const q = state.q.trim();
  if (state.q.length > URL_LIMITS.q.max) return null;
  const facets = {} as Record<(typeof FACET_KEYS)[number], string[]>;
  for (const key of FACET_KEYS) {
    const values = [...new Set(state[key].map((v) => v.trim()).filter(Boolean))];
    const { rawMax, valueMax, count } = URL_LIMITS.list;
    if (state[key].join(",").length > rawMax || values.length > count) return null;
    if (values.some((v) => v.length > valueMax)) return null;
    facets[key] = values;
  }
  // a reversed custom window: the API refuses it (400 naming `until`)
  if (state.since && state.until && state.since > state.until) return null;
  return {
    account: state.account,
    view: state.view ?? undefined,
    changed: state.changed ?? undefined,
    since: state.since ?? undefined,
    until: state.until ?? undefined,
    q,
    ...facets,
    sort: sortSpecOf(state.sort),
    page: state.page,
    pageSize: state.pageSize,
  };
}

/** Whether any filter narrows the list (text, a view, or a facet value): "clear filters" applies. */
export function hasActiveFilters(
  state: Pick<TemplateSearchState, "q" | "view" | (typeof FACET_KEYS)[number]> &
    Partial<Pick<TemplateSearchState, "changed">>,
): boolean {
  return (
    state.q !== "" ||
    state.view !== null ||
    (state.changed ?? null) !== null ||
    FACET_KEYS.some((facet) => state[facet].length > 0)
  );
}
