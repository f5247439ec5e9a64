import { KNOWN_QUALITY_SCORES, NO_QUALITY } from "@/lib/nxcloud/template-enums";
import type { Tone } from "./tone";

/**
 * The quality scale of a template (Meta's `quality_score.score`), written once: display order,
 * severity, tone and icon of each rating, "no rating" (`NONE`, a console sentinel for templates
 * without a quality_score) and how a rating Meta may add later is treated. The table's sort, its
 * quality filter, the badges, the overview's charts and the "attention" view all read it here.
 */

export type QualityScore = (typeof KNOWN_QUALITY_SCORES)[number] | typeof NO_QUALITY;
/** A score as given: a string, the `quality_score` object, or nothing. */
export type QualityInput = string | { score?: string | null } | null | undefined;

interface QualityStep {
  /** Worst is highest; "no rating" is 0. */
  severity: number;
  tone: Tone;
  /** A lucide icon name. */
  icon: string;
}

/** In display order (legends, the quality filter): best to worst, then pending, then no rating. */
export const QUALITY_SCALE = {
  GREEN: { severity: 1, tone: "success", icon: "CircleCheck" },
  YELLOW: { severity: 3, tone: "warning", icon: "CircleAlert" },
  RED: { severity: 4, tone: "danger", icon: "CircleX" },
  UNKNOWN: { severity: 2, tone: "neutral", icon: "CircleDashed" },
  [NO_QUALITY]: { severity: 0, tone: "neutral", icon: "Minus" },
} as const satisfies Record<QualityScore, QualityStep>;

/** A score Meta may add later: not known to be good, so it weighs like UNKNOWN. */
const OTHER_QUALITY: QualityStep = {
  severity: QUALITY_SCALE.UNKNOWN.severity,
  tone: "neutral",
  icon: "CircleHelp",
};

/** The ratings in display order. */
export const QUALITY_ORDER = Object.keys(QUALITY_SCALE) as readonly QualityScore[];

/** The ratings that put a template on the "needs attention" lists (worst first, as in links). */
export const ATTENTION_QUALITIES = ["RED", "YELLOW"] as const;

function stepOf(score: string): QualityStep {
  return (QUALITY_SCALE as Record<string, QualityStep>)[score] ?? OTHER_QUALITY;
}

export function isKnownQualityScore(score: string): score is QualityScore {
  return Object.hasOwn(QUALITY_SCALE, score);
}

/**
 * GREEN/YELLOW/RED/UNKNOWN, `NONE` when the template carries no rating, or the raw (upper-cased)
 * value for a score Meta may add later. NxCloud's getPhone spells UNKNOWN as `UNKNOW`; accepted.
 */
export function normalizeQualityScore(input: QualityInput): string {
  const raw = typeof input === "object" && input !== null ? input.score : input;
  const s = (typeof raw === "string" ? raw : "").trim().toUpperCase();
  if (s === "" || s === NO_QUALITY) return NO_QUALITY;
  if (s === "UNKNOW") return "UNKNOWN";
  return s;
}

/**
 * Weight, worst first: RED 4 > YELLOW 3 > UNKNOWN 2 > GREEN 1 > none 0. An unrecognised score
 * weighs like UNKNOWN (it is not known to be good).
 */
export function qualitySeverity(score: QualityInput): number {
  return stepOf(normalizeQualityScore(score)).severity;
}

export function qualityTone(score: QualityInput): Tone {
  return stepOf(normalizeQualityScore(score)).tone;
}

export function qualityIcon(score: QualityInput): string {
  return stepOf(normalizeQualityScore(score)).icon;
}

/**
 * The table's quality sort, best first: GREEN, UNKNOWN, then scores Meta may add, YELLOW, RED —
 * by severity, a known rating before an unrecognised one of the same weight, then by value.
 * Compares raw scores (templates without a rating are put last by the sort itself).
 */
export function compareQualityBestFirst(a: string, b: string): number {
  const rank = (s: string) => {
    const upper = s.toUpperCase();
    const known = (KNOWN_QUALITY_SCORES as readonly string[]).includes(upper);
    return known ? stepOf(upper).severity * 2 : OTHER_QUALITY.severity * 2 + 1;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Values in display order: the scale's first, then any other value alphabetically. */
export function orderQualities(values: Iterable<string>): string[] {
  const set = new Set(values);
  const known = QUALITY_ORDER.filter((q) => set.has(q));
  const other = [...set].filter((q) => !isKnownQualityScore(q)).sort();
  return [...known, ...other];
}
