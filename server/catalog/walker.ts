import type { RetryBudget } from "@/lib/nxcloud/retry-budget";
import type { Template, TemplatePage, UnreadTemplatePage } from "@/lib/nxcloud/schemas";
import type { ApiError } from "@/lib/templates/list-contract";
import type { PageSpan } from "./store";

/**
 * The upstream half of the catalog: walks every page of one account, cursor by cursor, with the
 * largest page size the upstream accepts. Knows nothing of snapshots, TTLs or callers; the cache
 * (cache.ts) decides when to walk and what to do with the result.
 *
 * O(n) in the number of templates: rows are pushed into ONE array; a reader that needs the rows
 * fetched so far gets them through `onPage` as a length into that array (the cache copies only
 * when somebody actually reads a partial walk).
 *
 * Pipelined: as soon as a page's cursor is known, the next page is requested, and this page's
 * templates are read (and handed to `onPage`) while that request is on the wire. Reading costs a
 * few ms per 100 templates; over a 60-page walk that was ~0.3 s added to the round-trips.
 */

export type FetchPage = (args: {
  after?: string;
  limit: number;
  signal?: AbortSignal;
  /** One per walk: every page's retries come out of it (retry-budget.ts). */
  retryBudget?: RetryBudget;
  // An unread page lets the walk send the next request before reading this one's templates.
}) => Promise<TemplatePage | UnreadTemplatePage>;

export type CatalogWalkErrorCode =
  | "catalog_cursor_loop"
  | "catalog_too_many_pages"
  | "catalog_cursor_missing";

const WALK_ERROR_TEXT: Record<CatalogWalkErrorCode, string> = {
  catalog_cursor_loop:
    "NxCloud returned a page cursor it had already returned, so the template list cannot be read to the end.",
  catalog_too_many_pages: "The account has more template pages than the console reads in one walk.",
  catalog_cursor_missing: "NxCloud announced a next page without a cursor to fetch it.",
};

/** A walk that the upstream answered but that cannot be completed. Same surface as NxCloudError. */
export class CatalogWalkError extends Error {
  readonly code: CatalogWalkErrorCode;
  readonly retryable = false;
  readonly httpStatus = 502;
  readonly messageKey: string;

  constructor(code: CatalogWalkErrorCode, detail?: string) {
    super(detail ? `${WALK_ERROR_TEXT[code]} (${detail})` : WALK_ERROR_TEXT[code]);
    this.name = "CatalogWalkError";
    this.code = code;
    this.messageKey = code;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, messageKey: this.messageKey, retryable: this.retryable };
  }
}

/**
 * The upstream refused the page size (NxCloud 1002 "bad parameter" / 9000 "parameter exception").
 * Only consulted for the FIRST page of a walk asked with a limit above the fallback.
 */
export function isPageSizeRejection(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as Record<string, unknown>;
  if (e.code === "nxcloud_bad_parameter" || e.code === "nxcloud_missing_fields") return true;
  return e.upstreamCode === 9000 || e.upstreamCode === 1002;
}

/** The `after` cursor of a Graph `next` URL, for upstreams that send `next` without `cursors`. */
export function cursorFromNextUrl(next: string): string | undefined {
  try {
    return new URL(next).searchParams.get("after") ?? undefined;
  } catch {
    return undefined;
  }
}

export interface WalkOptions {
  fetchPage: FetchPage;
  /** Page size asked for first. */
  limit: number;
  /** Used when the upstream rejects `limit` on the first page. */
  fallbackPageSize: number;
  maxPages: number;
  signal?: AbortSignal;
  /** Retries for the whole walk, shared by its pages. */
  retryBudget?: RetryBudget;
  /** The page size that worked for the first page (remember it for the next walk). */
  onPageSizeSettled?: (limit: number) => void;
  /**
   * After every page: `templates` is the walk's own array (do not keep it across calls without
   * copying `templates.slice(0, count)`), `last` tells whether this was the final page.
   */
  /**
   * The templates an earlier walk read from a page with this fingerprint (page-memo.ts), if it
   * still has them: used instead of reading the page again.
   */
  known?: (fingerprint: string) => PageRead | undefined;
  onPage?: (progress: {
    templates: readonly Template[];
    count: number;
    pages: number;
    /** Templates the upstream sent without a usable id or name, so far. */
    skipped: number;
    last: boolean;
  }) => void;
}

export interface PageRead {
  data: readonly Template[];
  skipped: number;
}

export interface WalkResult {
  templates: Template[];
  /**
   * The fingerprinted pages whose templates all made it into `templates` (a page that repeated a
   * template of an earlier page is left out: its span would not be the whole page).
   */
  spans: PageSpan[];
  pages: number;
  /** Templates without a usable id or name (left out, counted). */
  skipped: number;
  pageSize: number;
}

type AnyPage = TemplatePage | UnreadTemplatePage;

function readPage(page: AnyPage, known: WalkOptions["known"]): PageRead {
  if (!("read" in page)) return { data: page.data, skipped: page.skipped ?? 0 };
  return (page.fingerprint && known?.(page.fingerprint)) || page.read();
}

/** Lets pending I/O callbacks run: the request just started goes out before we use the CPU. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function walkTemplates(options: WalkOptions): Promise<WalkResult> {
  const { fetchPage, fallbackPageSize, maxPages, signal, retryBudget } = options;
  let limit = options.limit;
  const templates: Template[] = [];
  const ids = new Set<string>();
  const cursors = new Set<string>();
  const spans: PageSpan[] = [];
  let pages = 0;
  let skipped = 0;
  const request = (after: string | undefined) =>
    fetchPage({
      ...(after === undefined ? {} : { after }),
      limit,
      signal,
      ...(retryBudget ? { retryBudget } : {}),
    });

  let page: AnyPage;
  for (;;) {
    if (maxPages <= 0) throw new CatalogWalkError("catalog_too_many_pages", `more than ${maxPages} pages`);
    try {
      page = await request(undefined);
      break;
    } catch (error) {
      if (limit > fallbackPageSize && isPageSizeRejection(error)) {
        limit = fallbackPageSize;
        continue;
      }
      throw error;
    }
  }
  // Remember the smaller size only once it actually worked: a 1002/9000 with another cause
  // (a wrong appkey, a passing glitch) must not pin the account to small pages for good.
  options.onPageSizeSettled?.(limit);

  for (;;) {
    pages += 1;
    // Where the walk goes after this page: the next request, or why it cannot continue. An error
    // is thrown only after this page's rows are handed over (they are kept as partial progress).
    const next = page.paging?.next;
    let nextPage: Promise<AnyPage> | null = null;
    let stop: CatalogWalkError | null = null;
    if (next) {
      const cursor = page.paging?.cursors?.after || cursorFromNextUrl(next);
      if (!cursor) stop = new CatalogWalkError("catalog_cursor_missing", `after page ${pages}`);
      else if (cursors.has(cursor)) stop = new CatalogWalkError("catalog_cursor_loop", `after page ${pages}`);
      else if (pages >= maxPages)
        stop = new CatalogWalkError("catalog_too_many_pages", `more than ${maxPages} pages`);
      else {
        cursors.add(cursor);
        nextPage = request(cursor);
        // Settled below, or abandoned when reading this page throws: never an unhandled rejection.
        nextPage.catch(() => undefined);
        await yieldToIo();
      }
    }
    const read = readPage(page, options.known);
    skipped += read.skipped;
    const start = templates.length;
    // A template seen on an earlier page (the list shifted under the cursor) is kept once.
    for (const t of read.data) {
      if (ids.has(t.id)) continue;
      ids.add(t.id);
      templates.push(t);
    }
    const fingerprint = "read" in page ? page.fingerprint : undefined;
    if (fingerprint && templates.length - start === read.data.length)
      spans.push({ fingerprint, start, end: templates.length, skipped: read.skipped });
    options.onPage?.({ templates, count: templates.length, pages, skipped, last: !next });
    if (stop) throw stop;
    if (!nextPage) break;
    page = await nextPage;
  }
  return { templates, spans, pages, skipped, pageSize: limit };
}
