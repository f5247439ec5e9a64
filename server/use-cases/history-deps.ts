import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import type { Container } from "@/server/container";
import type { HistoryStore } from "@/server/history/store";

export type HistoryDeps = Pick<Container, "accounts" | "history" | "now">;

/** The history store, or a 503 when this server runs without a database (never in production). */
export function historyOf(deps: HistoryDeps): HistoryStore {
  if (!deps.history)
    throw new ApiProblem(
      503,
      "history_unavailable",
      "This server keeps no history (no database configured).",
    );
  return deps.history;
}
