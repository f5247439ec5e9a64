import {
  createParser,
  createSerializer,
  type inferParserType,
  parseAsArrayOf,
  parseAsString,
} from "nuqs/server";
import { ACCOUNT_PARAM_MAX, ACCOUNT_PARAM_PATTERN, ALL_ACCOUNTS } from "@/lib/accounts/account-scope";
import { CHANGE_KINDS, type ChangeKind } from "./change-kinds";
import { SEVERITIES, type Severity } from "./severity";

/**
 * The grammar of the activity URL (`/activity?…`), written once: the page's nuqs parsers, the
 * query it sends to `GET /api/changes` (and `/export`), and the links into it (the alerts'
 * `activityHref`, the overview's charts, the weekly summary) all derive from here.
 *
 *   account   an account id or `all` (default)
 *   kind      change kinds, comma-separated (CHANGE_KINDS)
 *   severity  critical, warning, info (lib/history/severity.ts)
 *   category  categories, comma-separated (current category, or the one a recategorisation set)
 *   language  language codes, comma-separated
 *   q         template name (substring) or id
 *   from, to  epoch milliseconds, inclusive bounds on when the change was observed
 *   page      1-based
 *
 * Parsers are forgiving (an unknown kind is dropped, a bad number reads as absent); the API is strict.
 */

export const ACTIVITY_PAGE_SIZE = 50;

const accountParser = createParser({
  parse: (raw) => (raw.length <= ACCOUNT_PARAM_MAX && ACCOUNT_PARAM_PATTERN.test(raw) ? raw : null),
  serialize: (v: string) => v,
});

const epochMs = createParser({
  parse: (raw) => (/^\d{1,15}$/.test(raw) ? Number(raw) : null),
  serialize: (v: number) => String(Math.trunc(v)),
});

const pageParser = createParser({
  parse: (raw) => (/^\d{1,6}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : null),
  serialize: String,
});

const oneOf = <T extends string>(allowed: readonly T[]) =>
  createParser({
    parse: (raw) => ((allowed as readonly string[]).includes(raw) ? (raw as T) : null),
    serialize: (v: T) => v,
  });

const codeParser = createParser({
  parse: (raw) => (raw.length <= 64 && /^[\w.@-]+$/.test(raw) ? raw : null),
  serialize: (v: string) => v,
});

export const activitySearchParams = {
  account: accountParser.withDefault(ALL_ACCOUNTS),
  kind: parseAsArrayOf(oneOf<ChangeKind>(CHANGE_KINDS), ",").withDefault([]),
  severity: parseAsArrayOf(oneOf<Severity>(SEVERITIES), ",").withDefault([]),
  category: parseAsArrayOf(codeParser, ",").withDefault([]),
  language: parseAsArrayOf(codeParser, ",").withDefault([]),
  q: parseAsString.withDefault(""),
  from: epochMs,
  to: epochMs,
  page: pageParser.withDefault(1),
};

export type ActivityState = inferParserType<typeof activitySearchParams>;

/** Any subset of the state; absent keys take their defaults. */
export type ActivityLink = { [K in keyof ActivityState]?: ActivityState[K] | null };

const serialize = createSerializer(activitySearchParams);

/** `/activity?…` for a state; defaults drop out of the URL. */
export function activityUrl(state: ActivityLink): string {
  return serialize("/activity", { ...state, page: state.page === 1 ? null : (state.page ?? null) });
}

/** The query of GET /api/changes (and /api/changes/export) for a state. */
export function changesApiQuery(state: ActivityState, pageSize = ACTIVITY_PAGE_SIZE): URLSearchParams {
  const p = new URLSearchParams({ account: state.account });
  if (state.kind.length > 0) p.set("kind", state.kind.join(","));
  if (state.severity.length > 0) p.set("severity", state.severity.join(","));
  if (state.category.length > 0) p.set("category", state.category.join(","));
  if (state.language.length > 0) p.set("language", state.language.join(","));
  if (state.q.trim()) p.set("q", state.q.trim().slice(0, 200));
  if (state.from !== null) p.set("since", String(state.from));
  if (state.to !== null) p.set("until", String(state.to));
  p.set("page", String(state.page));
  p.set("pageSize", String(pageSize));
  return p;
}

/** The template drawer on its History tab (the templates URL grammar's `tab` parameter). */
export function templateHistoryHref(account: string, templateId: string): string {
  const p = new URLSearchParams({ account, template: templateId, tab: "history" });
  return `/templates?${p}`;
}
