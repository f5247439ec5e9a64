import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Graph-like cursor paging.
 *
 * A cursor names one item position in the (optionally name-filtered) listing of one account. It is
 * base64url(`<index>:<tag>`) where tag = HMAC-SHA256 over (account id, dataset fingerprint, name
 * filter, index), truncated to 16 hex chars. A cursor is therefore only valid for the same account,
 * the same dataset content and the same `name` filter; anything else (garbage, tampered, from another
 * account, or from before a data change) is rejected. Like Graph:
 *   - `after=X`  → the items strictly after position X (X = cursors.after of the previous page);
 *   - `before=X` → the `limit` items strictly before position X (X = cursors.before of a page).
 * `cursors.before` = first item of the page, `cursors.after` = last item; `next`/`previous` URLs are
 * present only when there are more items in that direction.
 */

const CURSOR_KEY = "nxcloud-sim/cursor/v1";
const GRAPH_FIELDS = "id,category,language,name,status,components,rejected_reason,quality_score";

export interface CursorScope {
  accountId: string;
  /** Fingerprint of the account's templates (ids in listing order). */
  fingerprint: string;
  /** `name` filter, or null for the full listing. */
  name: string | null;
}

/** Stable fingerprint of an account's listing (changes when templates are added/removed/reordered). */
export function listingFingerprint(ids: readonly string[]): string {
  return createHash("sha256").update(ids.join(",")).digest("hex").slice(0, 24);
}

function tag(index: number, scope: CursorScope): string {
  return createHmac("sha256", CURSOR_KEY)
    .update(`${scope.accountId}|${scope.fingerprint}|${scope.name ?? ""}|${index}`)
    .digest("hex")
    .slice(0, 16);
}

export function encodeCursor(index: number, scope: CursorScope): string {
  return Buffer.from(`${index}:${tag(index, scope)}`, "utf8").toString("base64url");
}

/** The item index named by the cursor, or null if the cursor is not one of ours for this scope. */
export function decodeCursor(cursor: string, scope: CursorScope): number | null {
  if (cursor.length === 0 || cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const m = /^(\d{1,9}):([0-9a-f]{16})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!m) return null;
  const index = Number(m[1]);
  const expected = Buffer.from(tag(index, scope), "utf8");
  const got = Buffer.from(m[2] as string, "utf8");
  return timingSafeEqual(expected, got) ? index : null;
}

export interface PageWindow {
  start: number;
  /** Exclusive. */
  end: number;
}

/**
 * Resolves the page window, or null when a cursor is invalid (unknown, or pointing outside the list).
 * `after` and `before` must not both be set (the caller rejects that first).
 */
export function pageWindow(
  total: number,
  req: { after?: string; before?: string; limit: number },
  scope: CursorScope,
): PageWindow | null {
  if (req.after !== undefined) {
    const idx = decodeCursor(req.after, scope);
    if (idx === null || idx >= total) return null;
    const start = idx + 1;
    return { start, end: Math.min(total, start + req.limit) };
  }
  if (req.before !== undefined) {
    const idx = decodeCursor(req.before, scope);
    if (idx === null || idx >= total) return null;
    return { start: Math.max(0, idx - req.limit), end: idx };
  }
  return { start: 0, end: Math.min(total, req.limit) };
}

export interface Paging {
  cursors: { before: string; after: string };
  next?: string;
  previous?: string;
}

/** Paging object for a non-empty window (undefined for an empty page: Graph then omits paging). */
export function buildPaging(
  win: PageWindow,
  total: number,
  limit: number,
  scope: CursorScope,
  wabaId: string,
): Paging | undefined {
  if (win.end <= win.start) return undefined;
  const before = encodeCursor(win.start, scope);
  const after = encodeCursor(win.end - 1, scope);
  const base =
    `https://graph.facebook.com/v21.0/${wabaId}/message_templates?fields=${encodeURIComponent(GRAPH_FIELDS)}` +
    `&limit=${limit}${scope.name !== null ? `&name=${encodeURIComponent(scope.name)}` : ""}`;
  const paging: Paging = { cursors: { before, after } };
  if (win.end < total) paging.next = `${base}&after=${after}`;
  if (win.start > 0) paging.previous = `${base}&before=${before}`;
  return paging;
}
