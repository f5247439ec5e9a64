/**
 * Renders the icons in public/ (web manifest icons, Apple touch icon, favicon.ico for clients that
 * ask for it without reading the page's links) from app/icon.svg, the
 * one drawing of the logo, with the system Chromium. Run after changing the SVG:
 * `npx tsx scripts/render-icons.ts`. The PNGs are committed; nothing runs this at build time.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";

const root = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(root, "app/icon.svg"), "utf8");
/** name → size in CSS pixels; `padded`: the maskable icon keeps the logo inside the safe zone. */
const ICONS = [
  { file: "icon-192.png", size: 192, padded: false },
  { file: "icon-512.png", size: 512, padded: false },
  { file: "icon-maskable-512.png", size: 512, padded: true },
  { file: "apple-touch-icon.png", size: 180, padded: false },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const { file, size, padded } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = padded ? Math.round(size * 0.8) : size;
    const background = padded ? "#0b7a5e" : "transparent";
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
        `<div style="width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body>`,
    );
    await page.screenshot({ path: path.join(root, "public", file), omitBackground: !padded });
    await page.close();
  }
  // favicon.ico: an ICO directory of PNG images (16, 32 and 48 px), which every browser reads.
  const images: Buffer[] = [];
  for (const size of [16, 32, 48]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body>`,
    );
    images.push(await page.screenshot({ omitBackground: true }));
    await page.close();
  }
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((png, i) => {
    const size = [16, 32, 48][i] ?? 0;
    const entry = 6 + 16 * i;
    header.writeUInt8(size, entry);
    header.writeUInt8(size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  writeFileSync(path.join(root, "public/favicon.ico"), Buffer.concat([header, ...images]));
} finally {
  await browser.close();
}
