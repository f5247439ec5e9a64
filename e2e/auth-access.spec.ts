import type { APIRequestContext } from "@playwright/test";
import { E2E_USERS } from "../playwright.config";
import { signIn } from "./global-setup";
import { expect, test } from "./support/test";

/**
 * Issue 7, per-account access: alice may see only `acme`. Every way to reach another account's
 * data answers 403, `all` means "all of alice's accounts", and the UI offers only hers.
 */

test.use({ storageState: { cookies: [], origins: [] } });

let alice: APIRequestContext;
let demo: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  const base = baseURL ?? "";
  alice = await playwright.request.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
  demo = await playwright.request.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
  await signIn(alice, base, E2E_USERS.alice);
  await signIn(demo, base, E2E_USERS.demo);
});

test.afterAll(async () => {
  await alice?.dispose();
  await demo?.dispose();
});

async function complete(api: APIRequestContext, query: string) {
  let body:
    | {
        total: number;
        items: { id: string; account: string }[];
        accounts: Record<string, unknown>;
        catalog: { complete: boolean };
      }
    | undefined;
  await expect
    .poll(
      async () => {
        const res = await api.get(`/api/templates?${query}`);
        expect(res.status()).toBe(200);
        body = await res.json();
        return body?.catalog.complete;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  if (!body) throw new Error("no body");
  return body;
}

test("alice gets 403 for every way to reach globex", async ({ baseURL }) => {
  const globexId = (await complete(demo, "account=globex&pageSize=10")).items[0]?.id;
  expect(globexId).toBeTruthy();
  const forbidden = [
    await alice.get("/api/templates?account=globex"),
    await alice.get(`/api/templates/${globexId}?account=globex`),
    await alice.get("/api/templates/export?account=globex"),
    await alice.post("/api/catalog/refresh", {
      data: { account: "globex" },
      headers: { origin: baseURL ?? "" },
    }),
  ];
  for (const res of forbidden) {
    expect(res.status(), res.url()).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: "forbidden", messageKey: "errors.forbidden" });
  }
  // An account that does not exist looks the same to her (ids cannot be probed).
  expect((await alice.get("/api/templates?account=no-such-account")).status()).toBe(403);
  // Her own account works.
  expect((await alice.get("/api/templates?account=acme")).status()).toBe(200);
  expect(
    (
      await alice.post("/api/catalog/refresh", {
        data: { account: "acme" },
        headers: { origin: baseURL ?? "" },
      })
    ).status(),
  ).toBe(202);
});

test("`all` for alice means acme only: rows, accounts and export", async () => {
  const mine = await complete(alice, "account=all&pageSize=100");
  const acme = await complete(demo, "account=acme&pageSize=100");
  expect(Object.keys(mine.accounts)).toEqual(["acme"]);
  expect(mine.total).toBe(acme.total);
  expect(mine.items.length).toBeGreaterThan(0);
  expect(new Set(mine.items.map((i) => i.account))).toEqual(new Set(["acme"]));

  const accounts = await (await alice.get("/api/accounts")).json();
  expect(accounts.accounts.map((a: { id: string }) => a.id)).toEqual(["acme"]);

  const csv = await alice.get("/api/templates/export?account=all");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  const globexNames = (await complete(demo, "account=globex&pageSize=100")).items.map((i) => i.id);
  for (const id of globexNames.slice(0, 20)) expect(text).not.toContain(id);
});

test("the account switcher offers alice only acme", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signIn(context.request, baseURL ?? "", E2E_USERS.alice);
  const page = await context.newPage();
  await page.goto("/templates");
  const switcher = page.getByTestId("account-switcher");
  await expect(switcher).toContainText(/Acme/);
  await switcher.click();
  const options = page.getByRole("menuitemradio");
  await expect(options).toHaveCount(1);
  await expect(options.first()).toContainText(/Acme/);
  await expect(page.getByRole("menu")).not.toContainText(/Globex|Initech/);
  await page.keyboard.press("Escape");
  await page.getByTestId("user-menu").click();
  await expect(page.getByRole("menu")).toContainText("alice");

  // Typing another account into the address shows no-access, never its data.
  const res = await page.request.get("/api/templates?account=initech");
  expect(res.status()).toBe(403);
  await context.close();
});

test("alice's all-accounts view (one account) offers no Account column that could never turn on", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signIn(context.request, baseURL ?? "", E2E_USERS.alice);
  const page = await context.newPage();
  await page.goto("/templates");
  await expect(page.locator("tbody tr[data-row]").first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId("column-menu").click();
  await expect(page.getByRole("menuitemcheckbox", { name: "ID" })).toBeVisible();
  await expect(page.getByRole("menuitemcheckbox", { name: "Account" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Account" })).toHaveCount(0);
  await context.close();
});
