import {
  createSerializer,
  type inferParserType,
  parseAsArrayOf,
  parseAsInteger,
  parseAsString,
  parseAsStringLiteral,
} from "nuqs/server";
import { ALL_ACCOUNTS, PAGE_SIZE_DEFAULT, VIEWS } from "./list-constants";

/**
 * The one parser map for the templates table's URL state (DESIGN.md, decision 7). Imported by the
 * server page, the client hooks and the React Query key factory, so all three agree.
 * Parsers are forgiving (a bad value falls back to its default in the UI); the API route validates
 * strictly with `templateListQuerySchema` and answers 400 naming the field.
 */
export const templateSearchParams = {
  account: parseAsString.withDefault(ALL_ACCOUNTS),
  q: parseAsString.withDefault(""),
  status: parseAsArrayOf(parseAsString, ",").withDefault([]),
  category: parseAsArrayOf(parseAsString, ",").withDefault([]),
  language: parseAsArrayOf(parseAsString, ",").withDefault([]),
  quality: parseAsArrayOf(parseAsString, ",").withDefault([]),
  view: parseAsStringLiteral(VIEWS),
  sort: parseAsString.withDefault("name"),
  page: parseAsInteger.withDefault(1),
  pageSize: parseAsInteger.withDefault(PAGE_SIZE_DEFAULT),
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
