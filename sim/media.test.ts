import { inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEDIA_FILES } from "./dataset/media-refs";
import { getMedia, MEDIA_FILE_NAMES } from "./media";
import { promoBadgeFrames } from "./media-art";
import { crc32, encodeGif } from "./media-encode";
import { type RunningSimulator, startSimulator } from "./server";

/** Minimal GIF reader for tests: first frame's palette indices (standard variable-width LZW). */
function decodeFirstGifFrame(buf: Buffer): { width: number; height: number; indices: Uint8Array } {
  const width = buf.readUInt16LE(6);
  const height = buf.readUInt16LE(8);
  let p = 13 + ((buf[10] as number & 0x80) ? 3 * 2 ** (((buf[10] as number) & 7) + 1) : 0);
  while (buf[p] === 0x21) {
    p += 2;
    while (buf[p] !== 0) p += (buf[p] as number) + 1;
    p++;
  }
  expect(buf[p]).toBe(0x2c);
  p += 10;
  const minSize = buf[p++] as number;
  const data: number[] = [];
  while (buf[p] !== 0) {
    const n = buf[p] as number;
    data.push(...buf.subarray(p + 1, p + 1 + n));
    p += n + 1;
  }
  const clear = 1 << minSize;
  const eoi = clear + 1;
  let size = minSize + 1;
  let dict: number[][] = [];
  const reset = () => {
    dict = Array.from({ length: clear + 2 }, (_, i) => [i]);
    size = minSize + 1;
  };
  reset();
  const out: number[] = [];
  let prev: number[] | null = null;
  let bitPos = 0;
  for (;;) {
    let code = 0;
    for (let i = 0; i < size; i++, bitPos++)
      code |= (((data[bitPos >> 3] as number) >> (bitPos & 7)) & 1) << i;
    if (code === clear) {
      reset();
      prev = null;
      continue;
    }
    if (code === eoi) break;
    let entry: number[];
    if (code < dict.length) entry = dict[code] as number[];
    else if (prev) entry = [...prev, prev[0] as number];
    else throw new Error("bad LZW stream");
    out.push(...entry);
    if (prev) dict.push([...prev, entry[0] as number]);
    if (dict.length === 1 << size && size < 12) size++;
    prev = entry;
  }
  return { width, height, indices: Uint8Array.from(out) };
}

describe("media encoders", () => {
  it("PNGs are valid: signature, IHDR size, chunk CRCs and inflatable pixel data", () => {
    for (const file of MEDIA_FILE_NAMES.filter((f) => f.endsWith(".png"))) {
      const png = getMedia(file)?.body as Buffer;
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      let p = 8;
      const idat: Buffer[] = [];
      let width = 0;
      let height = 0;
      for (;;) {
        const len = png.readUInt32BE(p);
        const type = png.toString("latin1", p + 4, p + 8);
        const chunk = png.subarray(p + 4, p + 8 + len);
        expect(png.readUInt32BE(p + 8 + len), `${file} ${type} crc`).toBe(crc32(chunk));
        if (type === "IHDR") {
          width = png.readUInt32BE(p + 8);
          height = png.readUInt32BE(p + 12);
        }
        if (type === "IDAT") idat.push(png.subarray(p + 8, p + 8 + len));
        p += 12 + len;
        if (type === "IEND") break;
      }
      expect(inflateSync(Buffer.concat(idat)).length).toBe((width * 3 + 1) * height);
    }
  });

  it("the GIF decodes back to the frame it encodes", () => {
    const { palette, frames } = promoBadgeFrames(60, 30, 2);
    const gif = encodeGif(60, 30, palette, frames, 25);
    expect(gif.toString("latin1", 0, 6)).toBe("GIF89a");
    const decoded = decodeFirstGifFrame(gif);
    expect([decoded.width, decoded.height]).toEqual([60, 30]);
    expect(decoded.indices).toEqual(frames[0]);
    expect(gif[gif.length - 1]).toBe(0x3b);
  });

  it("the PDF has a correct cross-reference table", () => {
    const asset = getMedia(MEDIA_FILES.pdf);
    if (!asset) throw new Error("invoice.pdf missing");
    const pdf = asset.body.toString("latin1");
    expect(pdf.startsWith("%PDF-1.4")).toBe(true);
    expect(pdf.trimEnd().endsWith("%%EOF")).toBe(true);
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe("xref");
    const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBe(7);
    offsets.forEach((off, i) => {
      expect(pdf.startsWith(`${i + 1} 0 obj\n`, off)).toBe(true);
    });
    const len = Number(/\/Length (\d+)/.exec(pdf)?.[1]);
    const streamStart = pdf.indexOf("stream\n") + 7;
    expect(pdf.slice(streamStart + len, streamStart + len + 10)).toBe("\nendstream");
  });
});

describe("GET /media/*", () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ port: 0 });
  });
  afterAll(() => sim.close());

  it.each([
    ["product-1.png", "image/png"],
    ["product.svg", "image/svg+xml"],
    ["video-poster.png", "image/png"],
    ["promo.gif", "image/gif"],
    ["invoice.pdf", "application/pdf"],
    ["map-tile.png", "image/png"],
  ])("%s is served as %s with cache headers and no CORS", async (file, type) => {
    const res = await fetch(`${sim.url}/media/${file}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]+"$/);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get("content-length"))).toBe(body.length);
    expect(body.length).toBeGreaterThan(500);
  });

  it("answers 304 to a matching If-None-Match and supports HEAD", async () => {
    const first = await fetch(`${sim.url}/media/product-2.png`);
    const etag = first.headers.get("etag") as string;
    await first.arrayBuffer();
    const again = await fetch(`${sim.url}/media/product-2.png`, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${sim.url}/media/product-2.png`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(0);
  });

  it("the deliberately missing banner, unknown files and traversal attempts are 404", async () => {
    for (const p of [MEDIA_FILES.missing, "nope.png", "..%2Fserver.ts", "../package.json", "constructor"]) {
      expect((await fetch(`${sim.url}/media/${p}`)).status, p).toBe(404);
    }
  });
});
