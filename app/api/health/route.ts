import { sql } from "kysely";
import { getContainer } from "@/server/container";

export const dynamic = "force-dynamic";

// One probe per second at most: balancers and benches call this route in tight loops.
let probe: { at: number; ok: Promise<boolean> } | null = null;

/**
 * Liveness for load balancers and the test harness. No auth, no secrets (no URL, no credentials),
 * no upstream call. Reports database connectivity and, with several instances on one PostgreSQL,
 * this instance's role per account (leader walks it, followers serve what it committed). A database
 * that does not answer makes it 503, so a balancer takes the instance out.
 */
export async function GET() {
  const time = new Date().toISOString();
  const headers = { "cache-control": "no-store" };
  let container: Awaited<ReturnType<typeof getContainer>>;
  try {
    container = await getContainer();
  } catch {
    return Response.json(
      { status: "error", service: "template-console", time, database: { ok: false } },
      { status: 503, headers },
    );
  }
  const database = container.database;
  let ok = true;
  if (database) {
    if (!probe || Date.now() - probe.at > 1_000) {
      probe = {
        at: Date.now(),
        ok: sql`select 1`.execute(database.db).then(
          () => true,
          () => false,
        ),
      };
    }
    ok = await probe.ok;
  }
  const cluster = container.cluster;
  return Response.json(
    {
      status: ok ? "ok" : "error",
      service: "template-console",
      time,
      database: database ? { ok, dialect: database.dialect } : null,
      instance: cluster
        ? {
            id: cluster.instanceId,
            coordinated: cluster.connected(),
            roles: Object.fromEntries(container.accounts.map((a) => [a.id, cluster.role(a.id)])),
          }
        : null,
    },
    { status: ok ? 200 : 503, headers },
  );
}
