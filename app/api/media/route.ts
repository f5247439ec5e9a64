import { withApi } from "@/lib/api/handler";
import { ApiProblem } from "@/lib/api/problem";
import { getEnv } from "@/lib/config/env";
import { fetchMedia } from "@/lib/media/fetch-media";

/**
 * GET /api/media?url=<http(s) URL> — a template's example media, fetched server-side (see
 * lib/media/fetch-media.ts) so the browser never contacts the third-party host. Signed-in users
 * only. In demo mode the simulator (NXCLOUD_BASE_URL) is allowed although it is on loopback.
 */
export const GET = withApi(async (request) => {
  const raw = new URL(request.url).searchParams.get("url");
  if (!raw || raw.length > 4096)
    throw new ApiProblem(400, "invalid_query", "url is required (an http(s) URL).");
  const env = getEnv();
  const allowedOrigins = env.DEMO_MODE ? [new URL(env.NXCLOUD_BASE_URL).origin] : [];
  const result = await fetchMedia(raw, { allowedOrigins });
  if (!result.ok) {
    return new Response(null, {
      status: result.status,
      headers: { "cache-control": "private, max-age=60", "x-media-refused": result.reason },
    });
  }
  return new Response(new Uint8Array(result.body), {
    status: 200,
    headers: {
      "content-type": result.contentType,
      "content-length": String(result.body.length),
      // Short and private: example media rarely changes, and it is only for this user's browser.
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "content-disposition": "inline",
    },
  });
});
