import "server-only";
import { resolveAccountScope } from "@/lib/accounts/access";
import { ApiProblem } from "@/lib/api/problem";
import type { SessionUser } from "@/lib/auth/session";
import type { LastVisitAction, LastVisitResponse } from "@/lib/history/visit-contract";
import type { Container } from "@/server/container";
import { createVisitStore } from "@/server/history/visit-store";

export type LastVisitDeps = Pick<Container, "accounts" | "database" | "history" | "now">;

/**
 * "Since your last visit" of the signed-in user: read it (`action` undefined), record a visit, or
 * mark everything seen; with the number of changes recorded since, in the user's accounts.
 */
export async function lastVisit(
  deps: LastVisitDeps,
  user: SessionUser,
  action?: LastVisitAction,
): Promise<LastVisitResponse> {
  if (!deps.database || !deps.history)
    throw new ApiProblem(
      503,
      "history_unavailable",
      "This server keeps no history (no database configured).",
    );
  const visits = createVisitStore(deps.database.db);
  const now = deps.now();
  const seenAt =
    action === "visit"
      ? await visits.visit(user.name, now)
      : action === "seen"
        ? await visits.markSeen(user.name, now)
        : await visits.seenAt(user.name);
  if (seenAt === null) return { seenAt, changes: 0 };
  const accounts = resolveAccountScope(deps.accounts, user, "all").map((a) => a.id);
  return { seenAt, changes: await deps.history.countChangesSince(accounts, seenAt) };
}
