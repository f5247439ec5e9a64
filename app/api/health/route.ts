export const dynamic = "force-dynamic";

/** Liveness for load balancers and the test harness. No auth, no secrets, no upstream call. */
export function GET() {
  return Response.json(
    { status: "ok", service: "template-console", time: new Date().toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
}
