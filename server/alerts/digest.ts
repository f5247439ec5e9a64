import type { Severity } from "@/lib/alerts/rule-schema";
import type { ChangeEvent } from "@/lib/history/change-event";
import { compareSeverity, type MatchableRule, matchEvents, severityOf } from "./match";

/**
 * Daily digests: when the next one is due ("HH:MM" in the rule's IANA time zone, via Intl — no
 * fixed offsets, so DST shifts move the UTC instant, not the local time), which period it covers,
 * and which events it lists. Pure.
 *
 * DST: a local time that does not exist that day (spring forward, e.g. 02:30 in Europe/Berlin on
 * the last Sunday of March) is sent at the same distance after the gap (03:30), like Temporal's
 * "compatible" disambiguation; a time that occurs twice (fall back) is sent at the first.
 */

const DAY = 86_400_000;

interface Wall {
  y: number;
  m: number;
  d: number;
  hh: number;
  mm: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallOf(ms: number, timeZone: string): Wall & { ss: number } {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return {
    y: get("year"),
    m: get("month"),
    d: get("day"),
    hh: get("hour") % 24,
    mm: get("minute"),
    ss: get("second"),
  };
}

/** Offset of the zone from UTC at an instant, in ms (whole seconds: sub-second is dropped by Intl). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallOf(ms, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.hh, w.mm, w.ss);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the zone's clock shows this wall time (see DST rules above). */
export function instantOf(wall: Wall, timeZone: string): number {
  const asUtc = Date.UTC(wall.y, wall.m - 1, wall.d, wall.hh, wall.mm);
  const before = asUtc - offsetAt(asUtc - DAY, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY, timeZone);
  const shows = (t: number) => {
    const w = wallOf(t, timeZone);
    return w.y === wall.y && w.m === wall.m && w.d === wall.d && w.hh === wall.hh && w.mm === wall.mm;
  };
  const valid = [before, after].filter(shows).sort((a, b) => a - b);
  // In a gap neither candidate shows the wall time; `before` lands just past the gap.
  return valid[0] ?? before;
}

export function parseDigestAt(digestAt: string): { hh: number; mm: number } {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(digestAt);
  if (!m) throw new RangeError(`digestAt must be HH:MM, got "${digestAt}"`);
  return { hh: Number(m[1]), mm: Number(m[2]) };
}

function atOnLocalDay(
  day: { y: number; m: number; d: number },
  offsetDays: number,
  at: { hh: number; mm: number },
  timeZone: string,
): number {
  const shifted = new Date(Date.UTC(day.y, day.m - 1, day.d + offsetDays));
  return instantOf(
    { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate(), ...at },
    timeZone,
  );
}

/** The first digest instant strictly after `afterMs`. */
export function nextDigestAt(digestAt: string, timeZone: string, afterMs: number): number {
  const at = parseDigestAt(digestAt);
  const today = wallOf(afterMs, timeZone);
  for (let i = 0; i <= 2; i++) {
    const t = atOnLocalDay(today, i, at, timeZone);
    if (t > afterMs) return t;
  }
  throw new Error("unreachable: a digest time occurs every day");
}

/** The last digest instant strictly before `beforeMs`. */
export function previousDigestAt(digestAt: string, timeZone: string, beforeMs: number): number {
  const at = parseDigestAt(digestAt);
  const today = wallOf(beforeMs, timeZone);
  for (let i = 0; i >= -2; i--) {
    const t = atOnLocalDay(today, i, at, timeZone);
    if (t < beforeMs) return t;
  }
  throw new Error("unreachable: a digest time occurs every day");
}

/** The period a digest due at `dueAt` covers: (previous digest instant, dueAt]. */
export function digestPeriod(
  digestAt: string,
  timeZone: string,
  dueAt: number,
): { from: number; to: number } {
  return { from: previousDigestAt(digestAt, timeZone, dueAt), to: dueAt };
}

/**
 * Digest instants that are due at `nowMs` since `lastDueAt` (the last one handled), oldest first.
 * After downtime this lists each missed day once (capped), so the worker can send or skip them.
 */
export function dueDigests(
  digestAt: string,
  timeZone: string,
  lastDueAt: number,
  nowMs: number,
  max = 7,
): number[] {
  const due: number[] = [];
  let t = nextDigestAt(digestAt, timeZone, lastDueAt);
  while (t <= nowMs && due.length < max) {
    due.push(t);
    t = nextDigestAt(digestAt, timeZone, t);
  }
  return due;
}

export interface DigestSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  byKind: Partial<Record<ChangeEvent["kind"], number>>;
  accounts: string[];
  templates: number;
}

/**
 * The events one digest lists: those the rule matches, observed in the period, most severe first,
 * then by account, template name and time. Null when there is nothing to report (nothing is sent).
 */
export function digestEvents(
  rule: MatchableRule,
  events: readonly ChangeEvent[],
  period: { from: number; to: number },
): { events: ChangeEvent[]; summary: DigestSummary } | null {
  const inPeriod = events.filter((e) => e.observedAt > period.from && e.observedAt <= period.to);
  const matched = matchEvents(rule, inPeriod).sort(
    (a, b) =>
      compareSeverity(severityOf(b), severityOf(a)) ||
      a.account.localeCompare(b.account) ||
      a.name.localeCompare(b.name) ||
      a.language.localeCompare(b.language) ||
      a.observedAt - b.observedAt,
  );
  if (matched.length === 0) return null;
  const summary: DigestSummary = {
    total: matched.length,
    bySeverity: { critical: 0, warning: 0, info: 0 },
    byKind: {},
    accounts: [...new Set(matched.map((e) => e.account))].sort(),
    templates: new Set(matched.map((e) => `${e.account}\u0000${e.templateId}`)).size,
  };
  for (const e of matched) {
    summary.bySeverity[severityOf(e)] += 1;
    summary.byKind[e.kind] = (summary.byKind[e.kind] ?? 0) + 1;
  }
  return { events: matched, summary };
}
