import { NO_QUALITY, type Template } from "@/lib/nxcloud/schemas";
import type {
  FacetCounts,
  LastChange,
  TemplateFilterQuery,
  TemplateListItem,
  TemplateListQuery,
} from "./list-contract";
import { componentsOfType, toListItem } from "./projection";
import { ATTENTION_QUALITIES, compareQualityBestFirst } from "./quality-scale";
import { isIncomplete } from "./read-notes";
import {
  ATTENTION_STATUSES,
  CHANGED_WINDOW_MS,
  type ChangedWindow,
  changedRange,
  FACET_KEYS,
  type FacetKey,
  PAGE_SIZE_MAX,
  PAGE_SIZE_MIN,
  RELATIVE_CHANGED_WINDOWS,
  type SortField,
  type SortSpec,
  type View,
} from "./url-grammar";

/**
 * Filter, search, sort, paginate and count facets over catalog rows — pure functions.
 *
 * Everything that does not depend on the request is computed once per rows array and memoized on
 * its identity (a WeakMap): the folded search text of each row, facet value codes, sibling counts,
 * list items, and one sorted order per sort key. The catalog hands out the same `templates` array
 * until its next swap, and `rowsOf` / `combineRows` turn that into the same rows array, so a
 * request costs one linear pass (filter + facet counts) plus a walk over a cached order — no sort.
 */

export interface CatalogRow {
  readonly accountId: string;
  readonly template: Template;
}

/** The list query without the account selector (the route resolves accounts to rows). */
export type TemplateQuery = Omit<TemplateListQuery, "account">;
/** The filter part (export, overview): no pagination. */
export type TemplateFilter = Omit<TemplateFilterQuery, "account">;

export type TemplateFacets = Record<FacetKey, FacetCounts> & { changed?: FacetCounts };

/**
 * What the change log knows about the rows: each template's last recorded change, keyed by
 * `lastChangeKey`. The same map object until the log changes (the list caches it per account and
 * snapshot version), so what is derived from it is derived once per map.
 */
export interface RowHistory {
  lastChanges: ReadonlyMap<string, LastChange>;
  /** "Now" for the relative windows (24 h, 7 days, 30 days). */
  now: number;
}

export function lastChangeKey(accountId: string, templateId: string): string {
  return `${accountId}\u0000${templateId}`;
}

/** The "changed within" part of a query. */
export type ChangedFilter = { changed?: ChangedWindow; since?: string; until?: string };

export interface TemplateQueryResult {
  items: TemplateListItem[];
  /** Rows matching every filter and the text query. */
  total: number;
  page: number;
  pageSize: number;
  facets: TemplateFacets;
}

// ---------------------------------------------------------------------------------------------
// Rows

const rowsCache = new WeakMap<readonly Template[], Map<string, readonly CatalogRow[]>>();

/** The rows of one account's templates; the same array for the same templates array. */
export function rowsOf(accountId: string, templates: readonly Template[]): readonly CatalogRow[] {
  let byAccount = rowsCache.get(templates);
  if (!byAccount) {
    byAccount = new Map();
    rowsCache.set(templates, byAccount);
  }
  let rows = byAccount.get(accountId);
  if (!rows) {
    rows = templates.map((template) => ({ accountId, template }));
    byAccount.set(accountId, rows);
  }
  return rows;
}

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
const combined = new Map<string, readonly CatalogRow[]>();
const COMBINED_CACHE_SIZE = 16;

function objectId(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(value, id);
  }
  return id;
}

/**
 * Several accounts' rows as one array (the all-accounts view); the same array for the same parts,
 * so its index is built once per combination of snapshots. A small LRU bounds what it keeps alive.
 */
export function combineRows(parts: readonly (readonly CatalogRow[])[]): readonly CatalogRow[] {
  if (parts.length === 1 && parts[0]) return parts[0];
  const key = parts.map(objectId).join(",");
  const hit = combined.get(key);
  if (hit) {
    combined.delete(key);
    combined.set(key, hit);
    return hit;
  }
  const rows = parts.flat();
  combined.set(key, rows);
  if (combined.size > COMBINED_CACHE_SIZE) {
    const oldest = combined.keys().next().value;
    if (oldest !== undefined) combined.delete(oldest);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Text folding and search

const ARABIC_MARKS = /[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/gu;
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range, on purpose
const ASCII_ONLY = /^[\u0000-\u007F]*$/;

/**
 * Case- and width-insensitive form used on both sides of a search: NFKC (full-width "ＯＴＰ" → "otp",
 * Arabic presentation forms → base letters), Unicode lower case, Arabic harakat and tatweel removed
 * (a vowelled and an unvowelled spelling match), emoji variation selectors removed ("❤" finds "❤️").
 */
export function foldText(text: string): string {
  // ASCII is already NFKC and has no marks to strip; its lower case is the same in every locale.
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKC")
    .toLocaleLowerCase("und")
    .replace(ARABIC_MARKS, "")
    .replace(VARIATION_SELECTORS, "");
}

/** Whitespace-separated terms of a query, folded; all must match (AND). */
export function searchTerms(q: string): string[] {
  const terms = foldText(q).split(/\s+/u).filter(Boolean);
  return [...new Set(terms)];
}

/** Every text a user may search for: name, id, header/body/footer, buttons, carousel cards, offer. */
export function searchableTexts(template: Template): string[] {
  const out: string[] = [template.name, template.id];
  const visit = (components: Template["components"]) => {
    for (const c of components) {
      if (c.text) out.push(c.text);
      if (c.limited_time_offer?.text) out.push(c.limited_time_offer.text);
      for (const b of c.buttons ?? []) {
        if (b.text) out.push(b.text);
        if (b.url) out.push(b.url);
        if (b.phone_number) out.push(b.phone_number);
      }
      for (const card of c.cards ?? []) visit(card.components);
    }
  };
  visit(template.components);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Facet values, siblings

/** The quality facet value of a template: its score, or NO_QUALITY without quality_score. */
export function qualityFacetValue(template: Template): string {
  return template.quality_score?.score?.trim() || NO_QUALITY;
}

function facetValue(key: FacetKey, template: Template): string {
  switch (key) {
    case "status":
      return template.status;
    case "category":
      return template.category;
    case "language":
      return template.language;
    case "quality":
      return qualityFacetValue(template);
  }
}

export function siblingKey(accountId: string, name: string): string {
  return `${accountId}\u0000${name}`;
}

/** For each (account, name): how many OTHER languages exist. Keyed by `siblingKey`. */
export function siblingCounts(rows: readonly CatalogRow[]): Map<string, number> {
  const languages = new Map<string, Set<string>>();
  for (const { accountId, template } of rows) {
    const key = siblingKey(accountId, template.name);
    let set = languages.get(key);
    if (!set) {
      set = new Set();
      languages.set(key, set);
    }
    set.add(template.language);
  }
  const counts = new Map<string, number>();
  for (const [key, set] of languages) counts.set(key, set.size - 1);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Index per rows array

interface FacetColumn {
  /** code → value */
  values: string[];
  /** upper-cased value → codes (filters match case-insensitively) */
  byUpper: Map<string, number[]>;
  /** row → code */
  codes: Uint32Array;
}

interface RowIndex {
  rows: readonly CatalogRow[];
  /** Folded searchable text per row; built on the first text query. */
  haystacks: string[] | null;
  facets: Record<FacetKey, FacetColumn>;
  siblings: Uint32Array;
  items: (TemplateListItem | undefined)[];
  /** Tiebreak order: name, language, id, account, position. row → rank */
  baseRank: Uint32Array | null;
  orders: Map<string, Uint32Array>;
  /** folded terms → row matches; small LRU (concurrent users often share a query) */
  textCache: Map<string, Uint8Array>;
  /** Query results by query (small LRU; see queryTemplates). */
  results: Map<string, HeldResult>;
  /** The last-change times (NaN: none) and orders for ONE history map (the latest seen). */
  history: {
    map: ReadonlyMap<string, LastChange>;
    at: Float64Array;
    orders: Map<string, Uint32Array>;
  } | null;
}

interface HeldResult {
  result: TemplateQueryResult;
  /** The history map it was computed with (undefined: none). */
  lastChanges: ReadonlyMap<string, LastChange> | undefined;
  /** The `now` it was computed at, and the latest `now` it stays right for. */
  now: number;
  validUntil: number;
}

const TEXT_CACHE_SIZE = 32;
const RESULT_CACHE_SIZE = 16;
const indexes = new WeakMap<readonly CatalogRow[], RowIndex>();

function indexFor(rows: readonly CatalogRow[]): RowIndex {
  let index = indexes.get(rows);
  if (!index) {
    index = buildIndex(rows);
    indexes.set(rows, index);
  }
  return index;
}

function buildIndex(rows: readonly CatalogRow[]): RowIndex {
  const n = rows.length;
  const facets = {} as Record<FacetKey, FacetColumn>;
  for (const key of FACET_KEYS) {
    const values: string[] = [];
    const codeOf = new Map<string, number>();
    const byUpper = new Map<string, number[]>();
    const codes = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const value = facetValue(key, (rows[i] as CatalogRow).template);
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codeOf.set(value, code);
        const upper = value.toUpperCase();
        const list = byUpper.get(upper);
        if (list) list.push(code);
        else byUpper.set(upper, [code]);
      }
      codes[i] = code;
    }
    facets[key] = { values, byUpper, codes };
  }
  const counts = siblingCounts(rows);
  const siblings = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const { accountId, template } = rows[i] as CatalogRow;
    siblings[i] = counts.get(siblingKey(accountId, template.name)) ?? 0;
  }
  return {
    rows,
    haystacks: null,
    facets,
    siblings,
    items: new Array(n),
    baseRank: null,
    orders: new Map(),
    textCache: new Map(),
    results: new Map(),
    history: null,
  };
}

/** Per row: when its last change was observed (NaN when none), for one history map. */
function historyOf(index: RowIndex, map: ReadonlyMap<string, LastChange>): NonNullable<RowIndex["history"]> {
  if (index.history?.map === map) return index.history;
  const at = new Float64Array(index.rows.length);
  for (let i = 0; i < index.rows.length; i++) {
    const { accountId, template } = index.rows[i] as CatalogRow;
    at[i] = map.get(lastChangeKey(accountId, template.id))?.observedAt ?? Number.NaN;
  }
  index.history = { map, at, orders: new Map() };
  return index.history;
}

function haystacksOf(index: RowIndex): string[] {
  if (index.haystacks) return index.haystacks;
  // "\n" separates fields so a term never matches across two of them (terms contain no whitespace).
  const haystacks = index.rows.map(({ template }) => foldText(searchableTexts(template).join("\n")));
  index.haystacks = haystacks;
  return haystacks;
}

function textMatches(index: RowIndex, terms: string[]): Uint8Array {
  const key = terms.join("\u0000");
  const hit = index.textCache.get(key);
  if (hit) {
    index.textCache.delete(key);
    index.textCache.set(key, hit);
    return hit;
  }
  const haystacks = haystacksOf(index);
  const out = new Uint8Array(haystacks.length);
  for (let i = 0; i < haystacks.length; i++) {
    const h = haystacks[i] as string;
    let ok = 1;
    for (const term of terms) {
      if (!h.includes(term)) {
        ok = 0;
        break;
      }
    }
    out[i] = ok;
  }
  index.textCache.set(key, out);
  if (index.textCache.size > TEXT_CACHE_SIZE) {
    const oldest = index.textCache.keys().next().value;
    if (oldest !== undefined) index.textCache.delete(oldest);
  }
  return out;
}

function itemAt(index: RowIndex, i: number): TemplateListItem {
  let item = index.items[i];
  if (!item) {
    const { accountId, template } = index.rows[i] as CatalogRow;
    item = toListItem(template, accountId, index.siblings[i] ?? 0);
    index.items[i] = item;
  }
  return item;
}

// ---------------------------------------------------------------------------------------------
// Sorting

const collator = new Intl.Collator("und", { numeric: true, sensitivity: "variant" });
const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCollator = (a: string, b: string) => collator.compare(a, b) || ordinal(a, b);

/** Numeric-aware id comparison: "9" < "10" < "100"; non-numeric ids after numeric ones. */
export function compareIds(a: string, b: string): number {
  const an = /^\d+$/.test(a);
  const bn = /^\d+$/.test(b);
  if (an && bn) {
    const at = a.replace(/^0+(?=\d)/, "");
    const bt = b.replace(/^0+(?=\d)/, "");
    return at.length - bt.length || ordinal(at, bt) || ordinal(a, b);
  }
  if (an !== bn) return an ? -1 : 1;
  return byCollator(a, b);
}

/** row → rank of its value under `compare` (equal values share a rank). */
function ranks(
  n: number,
  valueAt: (i: number) => string,
  compare: (a: string, b: string) => number,
): Uint32Array {
  const values = new Array<string>(n);
  for (let i = 0; i < n; i++) values[i] = valueAt(i);
  const unique = [...new Set(values)].sort(compare);
  const rankOf = new Map<string, number>();
  for (let r = 0; r < unique.length; r++) rankOf.set(unique[r] as string, r);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = rankOf.get(values[i] as string) ?? 0;
  return out;
}

function sortedIndices(n: number, compare: (a: number, b: number) => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort(compare);
}

function baseRankOf(index: RowIndex): Uint32Array {
  if (index.baseRank) return index.baseRank;
  const { rows } = index;
  const n = rows.length;
  const t = (i: number) => (rows[i] as CatalogRow).template;
  const name = ranks(n, (i) => t(i).name, byCollator);
  const language = ranks(n, (i) => t(i).language, ordinal);
  const id = ranks(n, (i) => t(i).id, compareIds);
  const account = ranks(n, (i) => (rows[i] as CatalogRow).accountId, ordinal);
  const order = sortedIndices(
    n,
    (a, b) =>
      (name[a] as number) - (name[b] as number) ||
      (language[a] as number) - (language[b] as number) ||
      (id[a] as number) - (id[b] as number) ||
      (account[a] as number) - (account[b] as number) ||
      a - b,
  );
  const baseRank = new Uint32Array(n);
  for (let r = 0; r < n; r++) baseRank[order[r] as number] = r;
  index.baseRank = baseRank;
  return baseRank;
}

function primaryRanks(
  index: RowIndex,
  field: SortField,
  changedAt: Float64Array | null,
): { rank: Uint32Array; last?: Uint8Array } {
  const { rows } = index;
  const n = rows.length;
  const t = (i: number) => (rows[i] as CatalogRow).template;
  switch (field) {
    case "lastChange": {
      // Without history every row is "no change": all last, in the tiebreak order.
      const last = new Uint8Array(n);
      const rank = new Uint32Array(n);
      if (!changedAt) return { rank, last: last.fill(1) };
      const times = [...new Set(Array.from(changedAt).filter((v) => !Number.isNaN(v)))].sort((a, b) => a - b);
      const rankOf = new Map(times.map((v, r) => [v, r]));
      for (let i = 0; i < n; i++) {
        const v = changedAt[i] as number;
        if (Number.isNaN(v)) last[i] = 1;
        else rank[i] = rankOf.get(v) ?? 0;
      }
      return { rank, last };
    }
    case "name":
      return { rank: ranks(n, (i) => t(i).name, byCollator) };
    case "language":
      return { rank: ranks(n, (i) => t(i).language, ordinal) };
    case "category":
      return { rank: ranks(n, (i) => t(i).category, ordinal) };
    case "status":
      return { rank: ranks(n, (i) => t(i).status, ordinal) };
    case "id":
      return { rank: ranks(n, (i) => t(i).id, compareIds) };
    case "account":
      return { rank: ranks(n, (i) => (rows[i] as CatalogRow).accountId, ordinal) };
    case "quality": {
      const last = new Uint8Array(n);
      for (let i = 0; i < n; i++) last[i] = t(i).quality_score?.score?.trim() ? 0 : 1;
      return {
        rank: ranks(n, (i) => t(i).quality_score?.score?.trim() ?? "", compareQualityBestFirst),
        last,
      };
    }
  }
}

/**
 * Row positions in the order of `sort`, cached per rows array and sort key. Only the primary key
 * follows the direction; ties always fall back to name, language, id, account ascending, so the
 * order is total and deterministic. Templates without quality sort last in both directions.
 */
function orderFor(index: RowIndex, sort: SortSpec, history?: RowHistory): Uint32Array {
  const key = `${sort.desc ? "-" : ""}${sort.field}`;
  const byHistory = sort.field === "lastChange" && history ? historyOf(index, history.lastChanges) : null;
  const orders = byHistory ? byHistory.orders : index.orders;
  const cached = orders.get(key);
  if (cached) return cached;
  const base = baseRankOf(index);
  const { rank, last } = primaryRanks(index, sort.field, byHistory?.at ?? null);
  const dir = sort.desc ? -1 : 1;
  const order = sortedIndices(
    index.rows.length,
    (a, b) =>
      (last ? (last[a] as number) - (last[b] as number) : 0) ||
      dir * ((rank[a] as number) - (rank[b] as number)) ||
      (base[a] as number) - (base[b] as number),
  );
  orders.set(key, order);
  return order;
}

// ---------------------------------------------------------------------------------------------
// Query

const TEXT_FAIL = 1 << FACET_KEYS.length;
const CHANGED_FAIL = 1 << (FACET_KEYS.length + 1);

interface Evaluated {
  index: RowIndex;
  /** row → bit set of failed filters (0 = match) */
  fail: Uint8Array;
  facets: TemplateFacets;
  /** The same filter gives the same result until `history.now` passes this (see validUntil). */
  validUntil: number;
}

const ATTENTION_STATUS_SET = new Set<string>(ATTENTION_STATUSES);
const ATTENTION_QUALITY_SET = new Set<string>(ATTENTION_QUALITIES);

/** The `view=attention` rule (also the overview's): rejected, paused or disabled, or rated red/yellow. */
export function needsAttention(template: Template): boolean {
  return (
    ATTENTION_STATUS_SET.has(template.status.toUpperCase()) ||
    ATTENTION_QUALITY_SET.has(qualityFacetValue(template))
  );
}

/** Rows in a predefined view (see VIEWS); like the text query, a view narrows every facet. */
function viewMatches(rows: readonly CatalogRow[], view: View): Uint8Array {
  const out = new Uint8Array(rows.length);
  if (view === "attention") {
    for (let i = 0; i < rows.length; i++) out[i] = needsAttention((rows[i] as CatalogRow).template) ? 1 : 0;
  } else if (view === "partial") {
    for (let i = 0; i < rows.length; i++) out[i] = isIncomplete((rows[i] as CatalogRow).template) ? 1 : 0;
  }
  return out;
}

function evaluate(
  rows: readonly CatalogRow[],
  filter: Pick<TemplateFilter, "q" | "view" | FacetKey> & ChangedFilter,
  history?: RowHistory,
): Evaluated {
  const index = indexFor(rows);
  // "Changed within": the range selected, and per row its last change time (NaN: none).
  const changedAt = history ? historyOf(index, history.lastChanges).at : null;
  const now = history?.now ?? 0;
  const range = changedRange(filter, now);
  const windowFrom = Float64Array.from(RELATIVE_CHANGED_WINDOWS, (w) => now - CHANGED_WINDOW_MS[w]);
  const windowCounts = new Uint32Array(RELATIVE_CHANGED_WINDOWS.length);
  const terms = searchTerms(filter.q ?? "");
  const textOnly = terms.length > 0 ? textMatches(index, terms) : null;
  const inView = filter.view ? viewMatches(rows, filter.view) : null;
  const text =
    inView === null
      ? textOnly
      : textOnly === null
        ? inView
        : inView.map((v, i) => (v && textOnly[i] ? 1 : 0));

  const columns = FACET_KEYS.map((key) => index.facets[key]);
  // Per facet: code → selected? (null when the facet is not filtered)
  const selected = FACET_KEYS.map((key, f) => {
    const wanted = filter[key] ?? [];
    if (wanted.length === 0) return null;
    const column = columns[f] as FacetColumn;
    const flags = new Uint8Array(column.values.length);
    for (const value of wanted) {
      for (const code of column.byUpper.get(value.toUpperCase()) ?? []) flags[code] = 1;
    }
    return flags;
  });
  const counts = columns.map((c) => new Uint32Array(c.values.length));

  const fail = new Uint8Array(rows.length);
  const times = filterPass({
    text,
    selected,
    codes: columns.map((c) => c.codes),
    counts,
    changedAt,
    windowFrom,
    windowCounts,
    range,
    fail,
  });

  const facets = {} as TemplateFacets;
  FACET_KEYS.forEach((key, f) => {
    const column = columns[f] as FacetColumn;
    const c = counts[f] as Uint32Array;
    const entries: [string, number][] = [];
    for (let code = 0; code < column.values.length; code++) {
      const count = c[code] as number;
      if (count > 0 || selected[f]?.[code]) entries.push([column.values[code] as string, count]);
    }
    // Selected values the catalog does not hold still show, with 0.
    for (const value of filter[key] ?? []) {
      if (!column.byUpper.has(value.toUpperCase())) entries.push([value, 0]);
    }
    entries.sort((a, b) => b[1] - a[1] || ordinal(a[0], b[0]));
    facets[key] = Object.fromEntries(entries);
  });

  if (history) {
    facets.changed = Object.fromEntries(
      RELATIVE_CHANGED_WINDOWS.map((w, k) => [w, windowCounts[k] as number]),
    );
  }
  return { index, fail, facets, validUntil: history ? validUntil(filter, times) : Number.POSITIVE_INFINITY };
}

/**
 * The latest "now" for which a result computed with this history stays exactly the same. Only
 * the relative windows depend on the clock, and only by shrinking: a change leaves the 24-hour
 * window when now passes its time + 24 h, and nothing can enter one (times are in the past, and a
 * new change is a new history map). So the result holds until the oldest change a window counted,
 * or the relative range let through, ages out of it.
 */
function validUntil(filter: ChangedFilter, times: PassTimes): number {
  let until = Number.POSITIVE_INFINITY;
  RELATIVE_CHANGED_WINDOWS.forEach((w, k) => {
    until = Math.min(until, (times.windowOldest[k] as number) + CHANGED_WINDOW_MS[w]);
  });
  if (filter.changed && filter.changed !== "custom")
    until = Math.min(until, times.rangeOldest + CHANGED_WINDOW_MS[filter.changed]);
  return until;
}

/** The inputs of one filter pass; typed arrays only, so each loop stays monomorphic. */
interface PassInput {
  /** row → passes the text query and view (null: no text query, no view) */
  text: Uint8Array | null;
  /** per facet: code → selected? (null: facet not filtered) */
  selected: (Uint8Array | null)[];
  /** per facet: row → code */
  codes: Uint32Array[];
  /** per facet: code → rows counted (out) */
  counts: Uint32Array[];
  /** row → last change time, NaN when none (null: no history) */
  changedAt: Float64Array | null;
  /** per relative window: its start */
  windowFrom: Float64Array;
  /** per relative window: matching rows changed within it (out) */
  windowCounts: Uint32Array;
  /** the "changed within" range (null: not filtered by it) */
  range: { from: number; to: number } | null;
  /** row → bit set of failed filters, 0 = match (out) */
  fail: Uint8Array;
}

/** What a pass learned about time: the oldest change each window counted, and the range kept. */
interface PassTimes {
  /** per relative window: the earliest change time it counted (+∞: none) */
  windowOldest: Float64Array;
  /** the earliest change time the "changed within" range let through (+∞: none) */
  rangeOldest: number;
}

/**
 * The linear part of a query, one small loop per concern: which rows fail which filter (a bit per
 * facet, or TEXT_FAIL / CHANGED_FAIL, which exclude a row from every count), the facet counts and
 * the "changed within" window counts. Each count ignores its own filter: a row failing only that
 * facet still counts there, and the windows count rows matching everything but the range.
 * Separate tight loops over typed arrays run about twice as fast as one loop doing everything.
 */
function filterPass(p: PassInput): PassTimes {
  const { text, selected, codes, counts, changedAt, windowFrom, windowCounts, range, fail } = p;
  for (let f = 0; f < codes.length; f++) {
    const flags = selected[f];
    if (flags) markFacetFails(fail, codes[f] as Uint32Array, flags, 1 << f);
  }
  if (text !== null) markTextFails(fail, text);
  const windowOldest = new Float64Array(windowFrom.length).fill(Number.POSITIVE_INFINITY);
  if (changedAt !== null)
    for (let w = 0; w < windowFrom.length; w++) {
      const window = countChangedSince(fail, changedAt, windowFrom[w] as number);
      windowCounts[w] = window.count;
      windowOldest[w] = window.oldest;
    }
  const rangeOldest = range
    ? markRangeFails(fail, changedAt, range.from, range.to)
    : Number.POSITIVE_INFINITY;
  for (let f = 0; f < codes.length; f++)
    countFacet(fail, codes[f] as Uint32Array, counts[f] as Uint32Array, selected[f] ? 1 << f : 0);
  return { windowOldest, rangeOldest };
}

function markFacetFails(fail: Uint8Array, codes: Uint32Array, flags: Uint8Array, bit: number): void {
  for (let i = 0, n = fail.length; i < n; i++)
    if (flags[codes[i] as number] === 0) fail[i] = (fail[i] as number) | bit;
}

/** A row outside the text query or view is out of everything, whatever else it failed. */
function markTextFails(fail: Uint8Array, text: Uint8Array): void {
  for (let i = 0, n = fail.length; i < n; i++) if (text[i] === 0) fail[i] = TEXT_FAIL;
}

/** Rows matching every filter so far and changed at or after `from`, and the earliest such change. */
function countChangedSince(fail: Uint8Array, at: Float64Array, from: number) {
  let count = 0;
  let oldest = Number.POSITIVE_INFINITY;
  for (let i = 0, n = fail.length; i < n; i++) {
    const t = at[i] as number;
    if (fail[i] === 0 && t >= from) {
      count++;
      if (t < oldest) oldest = t;
    }
  }
  return { count, oldest };
}

/** Marks rows whose last change is outside [from, to]; returns the earliest change kept. */
function markRangeFails(fail: Uint8Array, at: Float64Array | null, from: number, to: number): number {
  let oldest = Number.POSITIVE_INFINITY;
  for (let i = 0, n = fail.length; i < n; i++) {
    if (fail[i] === TEXT_FAIL) continue;
    const t = at === null ? Number.NaN : (at[i] as number);
    // NaN (no change recorded) fails both comparisons: never "changed within"
    if (t >= from && t <= to) {
      if (t < oldest) oldest = t;
    } else fail[i] = CHANGED_FAIL;
  }
  return oldest;
}

/** Counts the rows that match everything, or everything but this facet (`ownBit`; 0: unfiltered). */
function countFacet(fail: Uint8Array, codes: Uint32Array, counts: Uint32Array, ownBit: number): void {
  for (let i = 0, n = fail.length; i < n; i++) {
    const m = fail[i] as number;
    if (m === 0 || m === ownBit) {
      const c = codes[i] as number;
      counts[c] = (counts[c] as number) + 1;
    }
  }
}

export function clampPageSize(pageSize: number): number {
  if (!Number.isFinite(pageSize)) return PAGE_SIZE_MIN;
  return Math.min(PAGE_SIZE_MAX, Math.max(PAGE_SIZE_MIN, Math.trunc(pageSize)));
}

/**
 * Filtered, searched, sorted, paginated rows plus facet counts. The result is shared: a repeated
 * query (the next reader of the same page, a poll) gets the same frozen object back while the
 * rows, the history map and the windows' counts are unchanged, so it costs a lookup, not a pass.
 */
export function queryTemplates(
  rows: readonly CatalogRow[],
  query: TemplateQuery,
  history?: RowHistory,
): TemplateQueryResult {
  const index = indexFor(rows);
  const key = JSON.stringify(query);
  const now = history?.now ?? 0;
  const held = index.results.get(key);
  if (held && held.lastChanges === history?.lastChanges && now >= held.now && now <= held.validUntil) {
    index.results.delete(key);
    index.results.set(key, held);
    return held.result;
  }
  const evaluated = evaluate(rows, query, history);
  const result = pageOf(evaluated, query, history);
  index.results.set(key, {
    result,
    lastChanges: history?.lastChanges,
    now,
    validUntil: evaluated.validUntil,
  });
  if (index.results.size > RESULT_CACHE_SIZE) {
    const oldest = index.results.keys().next().value;
    if (oldest !== undefined) index.results.delete(oldest);
  }
  return result;
}

function countMatches(fail: Uint8Array): number {
  let total = 0;
  for (let i = 0, n = fail.length; i < n; i++) if (fail[i] === 0) total++;
  return total;
}

function pageOf(
  { index, fail, facets }: Evaluated,
  query: TemplateQuery,
  history: RowHistory | undefined,
): TemplateQueryResult {
  const page = Number.isFinite(query.page) ? Math.max(1, Math.trunc(query.page)) : 1;
  const pageSize = clampPageSize(query.pageSize);
  const order = orderFor(index, query.sort, history);
  const start = (page - 1) * pageSize;
  const end = start + pageSize;
  const items: TemplateListItem[] = [];
  // Walks the sorted order only as far as the page's end; the total is counted on its own.
  let seen = 0;
  for (let k = 0; k < order.length && seen < end; k++) {
    const i = order[k] as number;
    if (fail[i] !== 0) continue;
    if (seen >= start) {
      const item = itemAt(index, i);
      if (history) {
        const { accountId, template } = index.rows[i] as CatalogRow;
        items.push({
          ...item,
          lastChange: history.lastChanges.get(lastChangeKey(accountId, template.id)) ?? null,
        });
      } else items.push(item);
    }
    seen++;
  }
  const total = countMatches(fail);
  // Shared by every reader of this query (and by its encoded JSON): frozen, so a caller that
  // mutated it would fail loudly instead of changing other users' answers.
  for (const item of items) Object.freeze(item);
  for (const counts of Object.values(facets)) Object.freeze(counts);
  Object.freeze(facets);
  return Object.freeze({ items: Object.freeze(items) as TemplateListItem[], total, page, pageSize, facets });
}

export interface TemplateMatch {
  item: TemplateListItem;
  row: CatalogRow;
}

/**
 * Every matching row with its list item, in sort order (CSV export with full texts). With the
 * change log, "changed within" and the last-change sort apply as in the table.
 */
export function selectMatches(
  rows: readonly CatalogRow[],
  filter: TemplateFilter & ChangedFilter,
  history?: RowHistory,
): TemplateMatch[] {
  const { index, fail } = evaluate(rows, filter, history);
  const order = orderFor(index, filter.sort, history);
  const out: TemplateMatch[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (fail[i] === 0) out.push({ item: itemAt(index, i), row: index.rows[i] as CatalogRow });
  }
  return out;
}

/** Every matching row as a list item, in sort order. */
export function selectItems(rows: readonly CatalogRow[], filter: TemplateFilter): TemplateListItem[] {
  return selectMatches(rows, filter).map((m) => m.item);
}

/** Total pages for a result (at least 1), for clamping a page beyond the end. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / clampPageSize(pageSize)));
}

/** The body text of a template, for callers that want more than the excerpt. */
export function bodyText(template: Template): string {
  return componentsOfType(template, "BODY")[0]?.text ?? "";
}
