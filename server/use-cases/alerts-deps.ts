import "server-only";
import { ApiProblem } from "@/lib/api/problem";
import type { Container } from "@/server/container";

export type AlertsDeps = Pick<Container, "alerts" | "database" | "now" | "accounts">;

/** The alert service, or 503 when this server runs without a database. */
export function alertsOf(deps: AlertsDeps) {
  if (!deps.alerts || !deps.database)
    throw new ApiProblem(503, "alerts_unavailable", "Alerts need the console's database.");
  return { alerts: deps.alerts, db: deps.database.db };
}
