import { NO_QUALITY } from "@/lib/nxcloud/template-enums";
import { qualityTone } from "@/lib/templates/quality-scale";
import { statusInfo } from "@/lib/templates/status-info";
import type { Tone } from "@/lib/templates/tone";

/**
 * Chart colours from the theme tokens (CSS variables in app/globals.css), so light and dark both
 * read right. Values sharing a tone get lighter shades, mixed with the card colour (opaque, so a
 * segment never shows what lies behind it). The text beside every swatch carries the meaning;
 * colour only repeats it.
 */
const TONE_VAR: Record<Tone, string> = {
  success: "var(--success)",
  warning: "var(--warning)",
  danger: "var(--danger)",
  info: "var(--info)",
  neutral: "var(--neutral)",
};

const SHADES = [100, 62, 38];

function shade(tone: Tone, step: number): string {
  const pct = SHADES[Math.min(step, SHADES.length - 1)] ?? 100;
  const base = TONE_VAR[tone];
  return pct === 100 ? base : `color-mix(in srgb, ${base} ${pct}%, var(--card))`;
}

/** Colours for a list of values of one kind, in order: each tone's 1st value full, then lighter. */
function colorsFor(values: readonly string[], toneOf: (value: string) => Tone): Record<string, string> {
  const used = new Map<Tone, number>();
  const out: Record<string, string> = {};
  for (const value of values) {
    const tone = toneOf(value);
    const step = used.get(tone) ?? 0;
    used.set(tone, step + 1);
    out[value] = shade(tone, step);
  }
  return out;
}

export function statusColors(values: readonly string[]): Record<string, string> {
  return colorsFor(values, (v) => statusInfo(v).tone);
}

/** GREEN/YELLOW/RED their tones; UNKNOWN (pending) neutral, NONE (no rating) a pale neutral. */
export function qualityColor(value: string): string {
  if (value === NO_QUALITY) return shade("neutral", 2);
  if (value === "UNKNOWN") return shade("neutral", 1);
  return shade(qualityTone(value), 0);
}

export function qualityColors(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => [v, qualityColor(v)]));
}

/** Categories are not good or bad: one hue, current ones stronger than legacy ones. */
const CATEGORY_COLORS: Record<string, string> = {
  MARKETING: "var(--info)",
  UTILITY: "var(--primary)",
  AUTHENTICATION: "color-mix(in srgb, var(--info) 50%, var(--primary))",
};

export function categoryColors(values: readonly string[]): Record<string, string> {
  let legacy = 0;
  return Object.fromEntries(
    values.map((v) => [v, CATEGORY_COLORS[v] ?? shade("neutral", legacy++ % 2 === 0 ? 1 : 2)]),
  );
}
