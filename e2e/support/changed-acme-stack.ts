import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { changesResponseSchema } from "../../lib/history/contracts";
import { simAccount } from "./dataset";
import { startExtraStack } from "./extra-stack";
import { consolePortAt, simPortAt } from "./ports";
import { catalogComplete, patchSimTemplate, requestRefresh } from "./sim-steps";
import { expect, test } from "./test";

/**
 * A stack of its own where two acme templates changed after the first walk (one PAUSED, one
 * recategorised UTILITY → MARKETING) and the console recorded both: what the activity feed and
 * the overview's trends are checked against. Its ports: E2E_ACTIVITY_PORT / _SIM_PORT / _SINK_PORT
 * / _SMTP_PORT (the specs using it run one after the other).
 */
export interface ChangedAcmeStack {
  context: BrowserContext;
  request: APIRequestContext;
  stop: () => Promise<void>;
}

const approved = simAccount("acme").templates.filter((t) => t.status === "APPROVED");
/** The acme template paused on the simulator. */
export const PAUSED_TEMPLATE = approved.find((t) => t.category !== "UTILITY");
/** The acme template recategorised UTILITY → MARKETING on the simulator. */
export const RECATEGORISED_TEMPLATE = approved.find((t) => t.category === "UTILITY" && t !== PAUSED_TEMPLATE);

export async function startChangedAcmeStack(browser: Browser): Promise<ChangedAcmeStack> {
  const stack = await startExtraStack(
    consolePortAt("E2E_ACTIVITY_PORT", 41),
    simPortAt("E2E_ACTIVITY_SIM_PORT", 41),
    {
      NXCLOUD_RETRIES: "0",
      CATALOG_TTL_MS: "1000",
      SIM_SINK_PORT: String(simPortAt("E2E_ACTIVITY_SINK_PORT", 43)),
      SIM_SINK_SMTP_PORT: String(simPortAt("E2E_ACTIVITY_SMTP_PORT", 44)),
    },
  );
  const context = await stack.signedInContext(browser);
  const request = context.request;
  await catalogComplete(request, "acme");
  const paused = String(PAUSED_TEMPLATE?.id);
  const recategorised = String(RECATEGORISED_TEMPLATE?.id);
  await patchSimTemplate(stack.simUrl, "acme", paused, { status: "PAUSED" });
  await patchSimTemplate(stack.simUrl, "acme", recategorised, { category: "MARKETING" });
  await requestRefresh(request, stack.url, "acme");
  await expect
    .poll(
      async () =>
        changesResponseSchema
          .parse(await (await request.get("/api/changes?account=acme")).json())
          .items.map((e) => e.templateId),
      { timeout: 30_000 },
    )
    .toEqual(expect.arrayContaining([paused, recategorised]));
  return {
    context,
    request,
    stop: async () => {
      await context.close();
      await stack.stop();
    },
  };
}

/**
 * The stack for a whole spec file: started before its first test, stopped after its last. Read
 * `context` and `request` inside tests (they exist once the stack has started).
 */
export function changedAcmeStackForSpec(): {
  readonly context: BrowserContext;
  readonly request: APIRequestContext;
} {
  let stack: ChangedAcmeStack | undefined;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(120_000);
    stack = await startChangedAcmeStack(browser);
  });
  test.afterAll(async () => {
    await stack?.stop();
  });
  const started = () => {
    if (!stack) throw new Error("the changed-acme stack has not started");
    return stack;
  };
  return {
    get context() {
      return started().context;
    },
    get request() {
      return started().request;
    },
  };
}
