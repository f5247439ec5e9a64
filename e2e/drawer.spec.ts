import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./support/test";

/**
 * The template detail drawer and its WhatsApp preview, against the simulator's "acme" account
 * (a hand-written showcase of every template kind). Template ids are looked up through the API by
 * name and language, never hard-coded.
 */

interface ListItem {
  id: string;
  name: string;
  language: string;
}

const ids = new Map<string, string>();

/** The id of an acme template by name and language (waits for the catalog to be walked). */
async function templateId(request: APIRequestContext, name: string, language = "en_US"): Promise<string> {
  const cacheKey = `${name}|${language}`;
  const cached = ids.get(cacheKey);
  if (cached) return cached;
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const res = await request.get(
          `/api/templates?account=acme&pageSize=100&q=${encodeURIComponent(name)}`,
        );
        if (!res.ok()) return undefined;
        const body = (await res.json()) as { items: ListItem[] };
        id = body.items.find((i) => i.name === name && i.language === language)?.id;
        return id;
      },
      { timeout: 30_000, message: `acme template ${name} (${language})` },
    )
    .toBeTruthy();
  ids.set(cacheKey, id as string);
  return id as string;
}

async function openDeepLink(page: Page, id: string) {
  await page.goto(`/templates?account=acme&template=${id}`);
  const drawer = page.getByRole("dialog");
  await expect(drawer.getByTestId("drawer-content")).toHaveAttribute("data-template-id", id, {
    timeout: 30_000,
  });
  return drawer;
}

test.describe("opening and closing", () => {
  test("click a row opens the drawer; Esc closes it and focus returns to the row", async ({
    page,
    request,
  }) => {
    const id = await templateId(request, "order_confirmation");
    await page.goto("/templates?account=acme&q=order_confirmation");
    const row = page.locator(`tbody tr[data-template-id="${id}"]`);
    await expect(row).toBeVisible({ timeout: 30_000 });
    await row.click();

    const drawer = page.getByRole("dialog", { name: "order_confirmation" });
    await expect(drawer).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`template=${id}`));
    await expect(drawer).toHaveAttribute("aria-modal", "true");
    await expect(drawer.getByTestId("whatsapp-preview")).toBeVisible();
    // Focus is inside the dialog (trapped), not on the page behind it.
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))))
      .toBe(true);

    await page.keyboard.press("Escape");
    await expect(drawer).toBeHidden();
    await expect(page).not.toHaveURL(/template=/);
    await expect(row).toBeFocused();
  });

  test("Enter on a focused row opens it; the close button closes it", async ({ page, request }) => {
    const id = await templateId(request, "summer_sale_2025");
    await page.goto("/templates?account=acme&q=summer_sale_2025");
    const row = page.locator(`tbody tr[data-template-id="${id}"]`);
    await expect(row).toBeVisible({ timeout: 30_000 });
    await row.focus();
    await page.keyboard.press("Enter");
    const drawer = page.getByRole("dialog", { name: "summer_sale_2025" });
    await expect(drawer).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`template=${id}`));
    await drawer.getByTestId("drawer-close").click();
    await expect(drawer).toBeHidden();
    await expect(row).toBeFocused();
  });

  test("a cold deep link opens the drawer directly; the overlay closes it", async ({ page, request }) => {
    const id = await templateId(request, "invoice_ready");
    const drawer = await openDeepLink(page, id);
    await expect(drawer).toHaveAccessibleName("invoice_ready");
    await expect(drawer.getByTestId("document-header")).toContainText("invoice.pdf");
    await expect(drawer.getByTestId("template-id")).toHaveText(id);
    // Click the dimmed page beside the sheet.
    await page.mouse.click(20, 400);
    await expect(drawer).toBeHidden();
    await expect(page).not.toHaveURL(/template=/);
  });

  test("an unknown id shows an error with a retry, not a blank drawer", async ({
    page,
    request,
    consoleErrors,
  }) => {
    // The browser logs the 404 of the unknown id this test asks for.
    consoleErrors.allow(
      /\/api\/templates\/999999999\?account=acme: Failed to load resource: .* status of 404/,
    );
    await templateId(request, "order_confirmation"); // the catalog is complete
    await page.goto("/templates?account=acme&template=999999999");
    const drawer = page.getByRole("dialog");
    await expect(drawer.getByTestId("drawer-error")).toBeVisible({ timeout: 30_000 });
    await expect(drawer.getByRole("button", { name: "Try again" })).toBeVisible();
  });

  test("other languages open in the same drawer; Copy link and Raw JSON", async ({
    page,
    request,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const en = await templateId(request, "order_confirmation");
    const es = await templateId(request, "order_confirmation", "es");
    const drawer = await openDeepLink(page, en);
    await drawer.getByTestId("sibling-languages").getByRole("button", { name: "Spanish" }).click();
    await expect(page).toHaveURL(new RegExp(`template=${es}`));
    await expect(drawer.getByTestId("drawer-content")).toHaveAttribute("data-template-id", es);
    await expect(drawer.getByTestId("detail-language")).toContainText("es");

    await drawer.getByTestId("copy-link").click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`template=${es}`);

    await drawer.getByRole("tab", { name: "Raw JSON" }).click();
    const json = drawer.getByTestId("raw-json");
    await expect(json).toContainText(`"id": "${es}"`);
    expect(JSON.parse((await json.textContent()) ?? "")).toMatchObject({ id: es, language: "es" });
  });
});

test.describe("the WhatsApp preview", () => {
  test("toggling to variables turns the example into a {{1}} chip", async ({ page, request }) => {
    const drawer = await openDeepLink(page, await templateId(request, "order_confirmation"));
    const variable = drawer.getByTestId("message-bubble").locator('[data-variable="1"]').first();
    await expect(variable).toHaveText("Emily");
    await drawer.getByTestId("preview-mode-placeholders").click();
    await expect(drawer.getByTestId("preview-mode-placeholders")).toHaveAttribute("aria-pressed", "true");
    await expect(variable).toHaveText("{{1}}");
    await drawer.getByTestId("preview-mode-examples").click();
    await expect(variable).toHaveText("Emily");
  });

  test("buttons: at most three rows, 'See all options' lists every one with its detail", async ({
    page,
    request,
  }) => {
    const drawer = await openDeepLink(page, await templateId(request, "store_services_menu"));
    const rows = drawer.getByTestId("bubble-buttons").getByTestId("bubble-button");
    await expect(rows).toHaveCount(2);
    const seeAll = drawer.getByTestId("see-all-options");
    await expect(seeAll).toHaveAttribute("aria-expanded", "false");
    await seeAll.click();
    await expect(seeAll).toHaveAttribute("aria-expanded", "true");
    const items = drawer.getByTestId("all-options-item");
    await expect(items).toHaveCount(10);
    await expect(items.nth(1)).toContainText("/repairs/AC-10482");
    await expect(items.nth(3)).toContainText("WELCOME10");
    // A safe URL button is a real link that opens in a new tab without an opener.
    const link = rows.first();
    await expect(link).toHaveAttribute("href", /^https:\/\//);
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  });

  test("a carousel scrolls sideways to its next card", async ({ page, request }) => {
    const drawer = await openDeepLink(page, await templateId(request, "new_collection_carousel"));
    const carousel = drawer.getByRole("region", { name: /^Carousel, \d+ cards$/ });
    await expect(carousel).toBeVisible();
    const cards = carousel.getByTestId("carousel-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(2);
    expect(await carousel.evaluate((el) => el.scrollLeft)).toBe(0);
    await drawer.getByRole("button", { name: "Next card" }).click();
    await expect.poll(() => carousel.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    await expect(cards.nth(1)).toBeInViewport({ ratio: 0.9 });
    // Keyboard: the region is focusable and scrolls with the arrow keys.
    await carousel.focus();
    const before = await carousel.evaluate((el) => el.scrollLeft);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => carousel.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  });

  test("Arabic text is drawn right-to-left", async ({ page, request }) => {
    const drawer = await openDeepLink(page, await templateId(request, "appointment_reminder", "ar"));
    await expect(drawer.getByTestId("bubble-content")).toHaveAttribute("dir", "rtl");
    await expect(drawer.getByTestId("bubble-buttons")).toHaveAttribute("dir", "rtl");
    const en = await openDeepLink(page, await templateId(request, "appointment_reminder"));
    await expect(en.getByTestId("bubble-content")).toHaveAttribute("dir", "ltr");
  });

  test("media that fails to load shows a placeholder; unknown components show raw JSON", async ({
    page,
    request,
    consoleErrors,
  }) => {
    // The simulator deliberately does not serve this image; the console's media route (which
    // fetches it server-side) answers 502 for it, and the browser logs that.
    consoleErrors.allow(/discontinued-banner\.png: Failed to load resource: .* status of 502/);
    const drawer = await openDeepLink(page, await templateId(request, "clearance_banner"));
    await expect(drawer.getByTestId("media-unavailable")).toBeVisible();

    const tracker = await openDeepLink(page, await templateId(request, "order_tracker_beta"));
    const block = tracker.getByTestId("not-previewable");
    await expect(block).toContainText("Not previewable: ORDER_TRACKER");
    await block.getByText("Raw JSON").click();
    await expect(block.getByRole("region", { name: "Raw JSON" })).toContainText('"current": "shipped"');
  });
});

test("a rejected template shows the reason, the fix and the diagnostics", async ({ page, request }) => {
  const drawer = await openDeepLink(page, await templateId(request, "refund_processed"));
  const card = drawer.getByTestId("rejection-card");
  await expect(card).toBeVisible();
  await expect(card.getByTestId("rejection-reason")).toHaveText("Invalid format");
  await expect(card.getByTestId("rejection-fix")).not.toBeEmpty();
  await expect(
    card.getByTestId("rejection-causes").locator('[data-diagnostic="danglingVariable"]'),
  ).toHaveCount(2);
  const diagnostics = drawer.getByTestId("diagnostics");
  await expect(
    diagnostics.locator('[data-severity="error"] [data-diagnostic="danglingVariable"]'),
  ).toHaveCount(2);
  await expect(diagnostics).toContainText("starts with the variable {{1}}");
  await expect(drawer.getByTestId("detail-can-send")).toContainText("No");
});

test("template text with markup and a javascript: URL renders as inert text", async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: boolean; alert: (m?: unknown) => void };
    w.__xss = false;
    w.alert = () => {
      w.__xss = true;
    };
  });
  const drawer = await openDeepLink(page, await templateId(request, "security_probe_markup"));
  const bubble = drawer.getByTestId("message-bubble");
  await expect(bubble.getByTestId("header-text")).toHaveText("<img src=x onerror=alert(1)>");
  await expect(bubble).toContainText("<script>alert(1)</script>");
  await expect(bubble).toContainText('<b onmouseover="alert(1)">Emily</b>');
  await expect(bubble.getByTestId("bubble-footer")).toContainText("<iframe src=javascript:alert(1)>");
  await bubble.getByText('<b onmouseover="alert(1)">Emily</b>').hover();

  // The javascript: button is not a link, anywhere in the drawer.
  await expect(drawer.getByRole("link", { name: /Open link/ })).toHaveCount(0);
  await expect(bubble.getByTestId("bubble-button").first()).toContainText("Open link");
  await drawer.getByTestId("preview-mode-placeholders").click();
  await drawer.getByRole("tab", { name: "Raw JSON" }).click();
  await expect(drawer.getByTestId("raw-json")).toContainText("javascript:alert(1)");

  const injected = await page.evaluate(() => ({
    imgWithOnerror: document.querySelectorAll("img[onerror]").length,
    anyOnAttribute: Array.from(document.querySelectorAll('[role="dialog"] *')).filter((el) =>
      Array.from(el.attributes).some((a) => a.name.startsWith("on")),
    ).length,
    javascriptLinks: Array.from(document.querySelectorAll("a[href]")).filter((a) =>
      (a.getAttribute("href") ?? "").trim().toLowerCase().startsWith("javascript:"),
    ).length,
    scriptsInDialog: document.querySelectorAll(
      '[role="dialog"] script, [role="dialog"] iframe, [role="dialog"] svg[onload]',
    ).length,
    xss: (window as unknown as { __xss: boolean }).__xss,
  }));
  expect(injected).toEqual({
    imgWithOnerror: 0,
    anyOnAttribute: 0,
    javascriptLinks: 0,
    scriptsInDialog: 0,
    xss: false,
  });
  expect(dialogs).toEqual([]);
});

test("on a phone the drawer is a bottom sheet with the preview first", async ({ page, request }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  const drawer = await openDeepLink(page, await templateId(request, "summer_sale_2025"));
  const box = await drawer.boundingBox();
  expect(box?.width).toBe(375);
  expect(box?.height).toBeGreaterThan(812 * 0.85);
  expect(box?.y).toBeGreaterThan(0);
  const preview = await drawer.getByTestId("drawer-preview").boundingBox();
  const tabs = await drawer.getByRole("tablist").boundingBox();
  expect((preview?.y ?? 0) < (tabs?.y ?? 0)).toBe(true);
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no violations with the drawer open (${theme})`, async ({ page, request }) => {
    await page.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
    const names = [
      "store_services_menu",
      "refund_processed",
      "new_collection_carousel",
      "flash_deal_lto",
      "vip_discount_symbols",
    ];
    for (const name of names) {
      const drawer = await openDeepLink(page, await templateId(request, name));
      await expect(page.locator("html")).toHaveClass(theme === "dark" ? /dark/ : /^(?!.*dark)/);
      if (name === "store_services_menu") await drawer.getByTestId("see-all-options").click();
      if (name === "refund_processed") await drawer.getByTestId("preview-mode-placeholders").click();
      // Let the slide-in transition finish so colours are measured at full opacity.
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`),
        `${name} (${theme})`,
      ).toEqual([]);
    }
  });
}
