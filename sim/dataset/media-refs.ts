/** File names served under /media/ (see sim/media.ts) and referenced by template examples. */
export const PRODUCT_IMAGE_COUNT = 6;
export const MEDIA_FILES = {
  product: (n: number): string => `product-${((n - 1) % PRODUCT_IMAGE_COUNT) + 1}.png`,
  productSvg: "product.svg",
  /** The simulator has no real video: VIDEO headers point at this poster frame. */
  videoPoster: "video-poster.png",
  gif: "promo.gif",
  pdf: "invoice.pdf",
  mapTile: "map-tile.png",
  /** Deliberately NOT served (404) to exercise the console's media placeholder. */
  missing: "discontinued-banner.png",
} as const;

/** Builds absolute media URLs from the simulator's public base URL. */
export type MediaUrl = (file: string) => string;

export function mediaUrlFactory(baseUrl: string): MediaUrl {
  const base = baseUrl.replace(/\/+$/, "");
  return (file) => `${base}/media/${file}`;
}
