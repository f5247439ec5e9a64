import {
  createParser,
  createSerializer,
  type inferParserType,
  parseAsArrayOf,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import {
  ALL_ACCOUNTS,
  FACET_KEYS,
  formatSort,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  parseSort,
  VIEWS,
} from "./list-constants";

/** A whole number within [min, max]; anything else reads as absent (the default). */
const intWithin = (min: number, max: number) =>
  createParser({
    parse: (raw) => (/^\d{1,9}$/.test(raw) && Number(raw) >= min && Number(raw) <= max ? Number(raw) : null),
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
  parse: (raw) => (/^[\w.-]{1,64}$/.test(raw) ? raw : null),
  serialize: (value: string) => value,
});

/**
 * The one parser map for the templates table's URL state (DESIGN.md, decision 7). Imported by the
 * server page, the client hooks and the React Query key factory, so all three agree.
 * Parsers are forgiving: a value the API would refuse (page 0, pageSize 500, an unknown sort) reads
 * as absent, so a hand-edited or stale link shows the default view instead of an error. The API
 * route validates strictly with `templateListQuerySchema` and answers 400 naming the field.
 */
export const templateSearchParams = {
  account: accountParser.withDefault(ALL_ACCOUNTS),
  q: parseAsString.withDefault(""),
  status: parseAsArrayOf(parseAsString, ",").withDefault([]),
  category: parseAsArrayOf(parseAsString, ",").withDefault([]),
  language: parseAsArrayOf(parseAsString, ",").withDefault([]),
  quality: parseAsArrayOf(parseAsString, ",").withDefault([]),
  view: parseAsStringLiteral(VIEWS),
  sort: sortParser.withDefault("name"),
  page: intWithin(1, 1_000_000).withDefault(1),
  pageSize: intWithin(PAGE_SIZE_MIN, PAGE_SIZE_MAX).withDefault(PAGE_SIZE_DEFAULT),
  /** The template open in the drawer. */
  template: parseAsString,
};

export type TemplateSearchState = inferParserType<typeof templateSearchParams>;

/** Builds `/templates?...` links (views, overview segments) with defaults left out. */
export const serializeTemplateSearch = createSerializer(templateSearchParams, { clearOnDefault: true });

/** The query string the API gets: everything except the drawer state. */
export function toApiSearch(state: Partial<TemplateSearchState>): string {
  const { template: _drawer, ...rest } = state;
  return serializeTemplateSearch(rest);
}

/** Whether any filter narrows the list (text, a view, or a facet value): "clear filters" applies. */
export function hasActiveFilters(
  state: Pick<TemplateSearchState, "q" | "view" | (typeof FACET_KEYS)[number]>,
): boolean {
  return state.q !== "" || state.view !== null || FACET_KEYS.some((facet) => state[facet].length > 0);
}
