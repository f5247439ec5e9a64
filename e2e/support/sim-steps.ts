import type { APIRequestContext } from "@playwright/test";
import { expect } from "./test";

/**
 * Steps the history specs share: change a template on a simulator, wait for a catalog's first
 * walk, ask for a refresh. One definition each, so a change of the simulator's admin API or of
 * the refresh route is made in one place.
 */

/** Changes a template on the simulator at `simUrl` (its admin API); expects 200. */
export async function patchSimTemplate(simUrl: string, account: string, id: string, body: unknown) {
  const res = await fetch(`${simUrl}/__sim/accounts/${account}/templates/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `PATCH ${account}/${id}`).toBe(200);
}

/** Waits until the account's catalog is complete (its first walk has committed). */
export async function catalogComplete(request: APIRequestContext, account: string, timeout = 30_000) {
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/templates?account=${account}&pageSize=10`);
        return res.ok() && (await res.json()).catalog?.complete;
      },
      { timeout },
    )
    .toBe(true);
}

/** Asks the console at `consoleUrl` to sync the account now; expects 202 (accepted). */
export async function requestRefresh(request: APIRequestContext, consoleUrl: string, account: string) {
  const res = await request.post("/api/catalog/refresh", {
    data: { account },
    headers: { origin: consoleUrl },
  });
  expect(res.status(), `refresh ${account}`).toBe(202);
}
