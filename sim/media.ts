import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { MEDIA_FILES, PRODUCT_IMAGE_COUNT } from "./dataset/media-refs";
import { mapTile, productShot, promoBadgeFrames, videoPoster } from "./media-art";
import { encodeGif, encodePdf, encodePng } from "./media-encode";

/**
 * Sample media served by the simulator at GET/HEAD /media/<file>, generated in code on first use and
 * cached: product PNGs (product-1..6.png), product.svg, video-poster.png, promo.gif (animated),
 * invoice.pdf and map-tile.png. MEDIA_FILES.missing is deliberately absent (404).
 * Responses are plain (no CORS headers), with Content-Type, Content-Length, ETag and Cache-Control.
 */

export interface MediaAsset {
  type: string;
  body: Buffer;
  etag: string;
}

const LAST_MODIFIED = new Date(Date.UTC(2025, 5, 1)).toUTCString();

const PRODUCT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="418" viewBox="0 0 800 418">
<defs>
<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffe1cc"/><stop offset="1" stop-color="#c7a6ff"/></linearGradient>
<linearGradient id="bag" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="#5b47c7"/><stop offset="1" stop-color="#3a2b86"/></linearGradient>
<radialGradient id="glow" cx=".5" cy=".55" r=".45"><stop offset="0" stop-color="#fff" stop-opacity=".45"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
</defs>
<rect width="800" height="418" fill="url(#bg)"/>
<rect width="800" height="418" fill="url(#glow)"/>
<ellipse cx="400" cy="352" rx="135" ry="13" fill="#1e1e28" opacity=".22"/>
<path d="M345 150a55 55 0 0 1 110 0" fill="none" stroke="#2e2270" stroke-width="13" stroke-linecap="round"/>
<rect x="288" y="140" width="224" height="205" rx="16" fill="url(#bag)"/>
<circle cx="400" cy="242" r="40" fill="#fff7f0"/>
<text x="400" y="250" text-anchor="middle" font-family="system-ui,-apple-system,Segoe UI,sans-serif" font-size="22" font-weight="700" fill="#3a2b86">SALE</text>
</svg>
`;

const INVOICE_CONTENT = [
  "0.16 0.42 0.36 rg 0 767 595 75 re f",
  "BT 1 1 1 rg /F2 26 Tf 40 795 Td (INVOICE) Tj ET",
  "BT 1 1 1 rg /F1 11 Tf 420 800 Td (Acme Store) Tj 0 -14 Td (shop.acme.example) Tj ET",
  "BT 0.1 0.1 0.1 rg /F2 12 Tf 40 720 Td (Invoice INV-2025-0612) Tj ET",
  "BT 0.3 0.3 0.3 rg /F1 11 Tf 40 702 Td (Issued: June 6, 2025    Due: June 20, 2025) Tj 0 -16 Td (Bill to: Emily Clarke) Tj ET",
  "0.85 0.85 0.85 RG 40 650 m 555 650 l S",
  "BT 0.1 0.1 0.1 rg /F2 11 Tf 40 632 Td (Item) Tj 380 0 Td (Qty) Tj 80 0 Td (Amount) Tj ET",
  "BT 0.2 0.2 0.2 rg /F1 11 Tf 40 610 Td (Trail Runner 2, size 42) Tj 380 0 Td (1) Tj 80 0 Td ($84.90) Tj ET",
  "BT 0.2 0.2 0.2 rg /F1 11 Tf 40 592 Td (Insulated bottle 750 ml) Tj 380 0 Td (1) Tj 80 0 Td ($29.10) Tj ET",
  "BT 0.2 0.2 0.2 rg /F1 11 Tf 40 574 Td (Express shipping) Tj 380 0 Td (1) Tj 80 0 Td ($15.00) Tj ET",
  "0.85 0.85 0.85 RG 40 560 m 555 560 l S",
  "BT 0.1 0.1 0.1 rg /F2 13 Tf 380 538 Td (Total due: $129.00) Tj ET",
  "BT 0.5 0.5 0.5 rg /F1 9 Tf 40 60 Td (Sample document served by the NxCloud simulator. Not a real invoice.) Tj ET",
].join("\n");

const builders: Record<string, () => { type: string; body: Buffer }> = {
  [MEDIA_FILES.productSvg]: () => ({ type: "image/svg+xml", body: Buffer.from(PRODUCT_SVG, "utf8") }),
  [MEDIA_FILES.videoPoster]: () => ({ type: "image/png", body: encodePng(800, 450, videoPoster(800, 450)) }),
  [MEDIA_FILES.mapTile]: () => ({ type: "image/png", body: encodePng(256, 256, mapTile(256)) }),
  [MEDIA_FILES.pdf]: () => ({
    type: "application/pdf",
    body: encodePdf(INVOICE_CONTENT, "Invoice INV-2025-0612"),
  }),
  [MEDIA_FILES.gif]: () => {
    const { palette, frames } = promoBadgeFrames(240, 126, 4);
    return { type: "image/gif", body: encodeGif(240, 126, palette, frames, 25) };
  },
};
for (let n = 1; n <= PRODUCT_IMAGE_COUNT; n++) {
  builders[MEDIA_FILES.product(n)] = () => ({
    type: "image/png",
    body: encodePng(800, 418, productShot(800, 418, n)),
  });
}

const cache = new Map<string, MediaAsset>();

export const MEDIA_FILE_NAMES: readonly string[] = Object.keys(builders);

/** The asset for a file name, or undefined (→ 404). Built on first use, then cached for the process. */
export function getMedia(file: string): MediaAsset | undefined {
  const hit = cache.get(file);
  if (hit) return hit;
  const build = Object.hasOwn(builders, file) ? builders[file] : undefined;
  if (!build) return undefined;
  const { type, body } = build();
  const asset = { type, body, etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 20)}"` };
  cache.set(file, asset);
  return asset;
}

export function serveMedia(req: IncomingMessage, res: ServerResponse, file: string): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res
      .writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" })
      .end("Method not allowed\n");
    return;
  }
  const asset = getMedia(file);
  if (!asset) {
    res
      .writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" })
      .end(req.method === "HEAD" ? undefined : "Not found\n");
    return;
  }
  const headers: Record<string, string> = {
    "Content-Type": asset.type,
    "Cache-Control": "public, max-age=86400",
    ETag: asset.etag,
    "Last-Modified": LAST_MODIFIED,
    "X-Content-Type-Options": "nosniff",
  };
  if (asset.type === "image/svg+xml")
    headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'";
  if (req.headers["if-none-match"] === asset.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  headers["Content-Length"] = String(asset.body.length);
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : asset.body);
}
