import type { ChangeEvent } from "./change-event";

/**
 * The pause tracker of a paused template (pure). Meta pauses a template whose quality drops:
 * the first pause lasts 3 hours, the second 6 hours, a third low-quality event disables it
 * (reference, §3.3). The console only sees snapshots, so a pause is known to have started
 * somewhere in its observation window (`previousObservedAt` → `observedAt`); the expected
 * automatic unpause is that window shifted by the pause's length. Counts are lower bounds: a pause
 * that began and ended between two walks was never observed.
 */

export const PAUSE_DURATIONS_MS = [3 * 3_600_000, 6 * 3_600_000] as const;

export interface ObservedPause {
  /** When the console first saw the template paused. */
  observedAt: number;
  /** The walk before, when it was not paused yet (null when unknown). */
  previousObservedAt: number | null;
}

export type PauseState =
  /** Not paused now. */
  | "not_paused"
  /** Paused, and the automatic unpause window has not passed yet. */
  | "waiting"
  /** Paused past the end of the window: most likely paused by pacing, to unpause by hand. */
  | "overdue"
  /** Paused for a third time or more as far as the console saw: no automatic unpause is expected. */
  | "beyond_rules";

export interface PauseTracker {
  state: PauseState;
  /** Pauses the console observed (a lower bound), oldest first. */
  pauses: ObservedPause[];
  /** The pause in progress (the last one) when paused now. */
  current: ObservedPause | null;
  /** 1 for the first observed pause, 2 for the second… (a lower bound). */
  ordinal: number;
  /** The expected automatic unpause: between `from` and `to` (epoch ms); null without a rule. */
  unpauseWindow: { from: number; to: number } | null;
  /** Whether the next low-quality event should disable the template (two pauses already seen). */
  nextDisables: boolean;
}

const isPauseStart = (e: ChangeEvent) =>
  e.kind === "status_changed" && e.to?.toUpperCase() === "PAUSED" && e.from?.toUpperCase() !== "PAUSED";

/**
 * @param events the template's events, any order
 * @param status the template's status now
 * @param firstSeenAt when the console first stored the template: a template already paused at its
 *   first walk counts as one pause observed then, with an unknown start
 */
export function trackPauses(input: {
  events: readonly ChangeEvent[];
  status: string;
  now: number;
  firstSeenAt?: number | null;
}): PauseTracker {
  const sorted = [...input.events].sort((a, b) => a.observedAt - b.observedAt);
  const first = firstSight(sorted, input.status, input.firstSeenAt);
  const pauses: ObservedPause[] = sorted
    .filter(isPauseStart)
    .map((e) => ({ observedAt: e.observedAt, previousObservedAt: e.previousObservedAt }));
  if (
    first &&
    first.status?.toUpperCase() === "PAUSED" &&
    !pauses.some((p) => p.observedAt <= first.observedAt) &&
    // seen paused at the first walk, and no later event says when that pause began
    !sorted.some((e) => e.kind === "status_changed" && e.observedAt <= first.observedAt)
  ) {
    pauses.unshift({ observedAt: first.observedAt, previousObservedAt: null });
  }
  const paused = input.status.toUpperCase() === "PAUSED";
  const ordinal = pauses.length;
  const nextDisables = ordinal >= 2;
  if (!paused)
    return { state: "not_paused", pauses, current: null, ordinal, unpauseWindow: null, nextDisables };

  const current = pauses[pauses.length - 1] ?? null;
  const duration = PAUSE_DURATIONS_MS[Math.max(0, ordinal - 1)];
  if (!current || duration === undefined) {
    return {
      state: ordinal > PAUSE_DURATIONS_MS.length ? "beyond_rules" : "waiting",
      pauses,
      current,
      ordinal: Math.max(ordinal, 1),
      unpauseWindow: null,
      nextDisables,
    };
  }
  const unpauseWindow = {
    from: (current.previousObservedAt ?? current.observedAt) + duration,
    to: current.observedAt + duration,
  };
  return {
    state: input.now > unpauseWindow.to ? "overdue" : "waiting",
    pauses,
    current,
    ordinal,
    unpauseWindow,
    nextDisables,
  };
}

/**
 * The template as the console first saw it: when, and its status then (the `from` of its first
 * status change, or its status now when it never changed). Null when unknown.
 */
export function firstSight(
  sortedEvents: readonly ChangeEvent[],
  statusNow: string,
  firstSeenAt: number | null | undefined,
): { observedAt: number; status: string | null } | null {
  if (firstSeenAt === null || firstSeenAt === undefined) return null;
  const firstStatus = sortedEvents.find((e) => e.kind === "status_changed");
  return { observedAt: firstSeenAt, status: firstStatus ? firstStatus.from : statusNow };
}
