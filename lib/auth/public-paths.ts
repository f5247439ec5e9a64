/** Reachable without a session. Everything else, including routes added later, needs one. */
const PUBLIC_PATHS = new Set(["/login", "/api/health", "/api/auth/login", "/api/auth/logout"]);
/** Framework assets and top-level static files (favicon, robots.txt, icons from public/). */
const PUBLIC_ASSET =
  /^\/(?:_next\/(?:static|image)\/|__nextjs|[^/]+\.(?:ico|png|svg|jpe?g|webp|txt|xml|webmanifest)$)/;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.has(pathname) || PUBLIC_ASSET.test(pathname);
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
