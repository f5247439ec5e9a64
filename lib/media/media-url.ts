/**
 * Where the browser loads a template's example media from: always the console's own media route
 * (app/api/media/route.ts), never the third-party host — no tracking beacon when a drawer opens, no
 * mixed content, and the CSP can keep img-src to 'self'. Null when the URL is not absolute http(s).
 */
export const MEDIA_ROUTE = "/api/media";

export function mediaUrl(url: string | null | undefined): string | null {
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  } catch {
    return null;
  }
  return `${MEDIA_ROUTE}?url=${encodeURIComponent(url)}`;
}
