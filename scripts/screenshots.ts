// Screenshots of the history screens (issue 15) on a running demo, every locale × theme × width:
//
//   PORT=3401 SIM_PORT=4401 DATA_DIR=/tmp/wth-demo npm run demo        # in one terminal
//   CONSOLE_URL=http://127.0.0.1:3401 SIM_URL=http://127.0.0.1:4401 DATA_DIR=/tmp/wth-demo \
//     npx tsx scripts/screenshots.ts
//
// PNGs go to SHOTS_DIR (default `.screenshots/`, git-ignored); the curated ones in docs/screenshots/
// are copies of some of them. With DATA_DIR, the demo user's "last visit" is set to two days ago
// first, so the table shows the "since your last visit" banner as a returning manager sees it.
// ONLY=activity,overview limits the screens; LOCALES=en, THEMES=dark, WIDTHS=375 limit the rest.
// ONLY=empty shoots the empty faces instead (activity, no match, trends, History tab): run it on a
// demo without history (DEMO_HISTORY=0 npm run demo).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium";
import { SCREENSHOT_STYLE } from "../e2e/support/screenshot-style";
import { type ChangeEvent, changesResponseSchema } from "../lib/history/contracts";
import { LOCALE_COOKIE } from "../lib/i18n/locales";

const base = (process.env.CONSOLE_URL ?? "http://127.0.0.1:3401").replace(/\/+$/, "");
const outDir = path.resolve(process.env.SHOTS_DIR ?? ".screenshots");
const list = (name: string, all: string[]) => process.env[name]?.split(",").filter(Boolean) ?? all;
const locales = list("LOCALES", ["en", "zh-CN"]);
const themes = list("THEMES", ["light", "dark"]);
const widths = list("WIDTHS", ["1440", "375"]).map(Number);
const only = list("ONLY", ["templates", "changed-filter", "drawer", "activity", "overview"]);
const DAY = 86_400_000;
/** With the simulator's URL, a template is paused a second time when the history holds none. */
const simUrl = process.env.SIM_URL?.replace(/\/+$/, "");

/** The demo user comes back after two days: the marker of "since your last visit" moves back. */
function setLastVisit(dataDir: string, user: string) {
  const db = new Database(path.join(dataDir, "console.db"));
  const at = Date.now() - 2 * DAY;
  db.prepare(
    `INSERT INTO user_visits (user_name, seen_at, active_at) VALUES (?, ?, ?)
     ON CONFLICT (user_name) DO UPDATE SET seen_at = excluded.seen_at, active_at = excluded.active_at`,
  ).run(user, at, at);
  db.close();
}

async function signIn(context: BrowserContext) {
  const res = await context.request.post(`${base}/api/auth/login`, {
    form: { user: process.env.DEMO_USER ?? "demo", password: process.env.DEMO_PASSWORD ?? "demo" },
    headers: { origin: base },
    maxRedirects: 0,
  });
  if (res.status() >= 400) throw new Error(`sign-in failed: ${res.status()}`);
}

/** The templates worth showing in the History tab, found in the demo's change log. */
async function findExamples(context: BrowserContext) {
  const events: ChangeEvent[] = [];
  for (let page = 1; page <= 20; page++) {
    const res = await context.request.get(`${base}/api/changes?account=all&pageSize=500&page=${page}`);
    const body = changesResponseSchema.parse(await res.json());
    events.push(...body.items);
    if (body.items.length < 500) break;
  }
  const key = (e: ChangeEvent) => `${e.account}/${e.templateId}`;
  const pauses = new Map<string, number>();
  const status = new Map<string, string | null>();
  // newest first: the first status change seen of a template is its current status
  for (const e of events.filter((e) => e.kind === "status_changed")) {
    if (!status.has(key(e))) status.set(key(e), e.to);
    if (e.to === "PAUSED") pauses.set(key(e), (pauses.get(key(e)) ?? 0) + 1);
  }
  // a template paused for the second time now (the tracker shows on a paused template)
  let pausedTwice = [...pauses].find(([k, n]) => n === 2 && status.get(k) === "PAUSED")?.[0];
  const once = [...pauses].find(([k, n]) => n === 1 && status.get(k) === "APPROVED")?.[0];
  if (!pausedTwice && once && simUrl) {
    // none in the history: pause one that was paused once before, as Meta would, and sync
    await pauseOnSimulator(context, once);
    pausedTwice = once;
  }
  const rejected = [...status].find(([, s]) => s === "REJECTED")?.[0];
  const edited = events.find((e) => e.kind === "content_changed");
  return { pausedTwice, rejected, edited: edited && key(edited) };
}

async function pauseOnSimulator(context: BrowserContext, key: string) {
  const [account, id] = key.split("/") as [string, string];
  const patched = await fetch(`${simUrl}/__sim/accounts/${account}/templates/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ status: "PAUSED" }),
  });
  if (!patched.ok) throw new Error(`the simulator refused the pause: ${patched.status}`);
  for (let tries = 0; tries < 20; tries++) {
    await context.request.post(`${base}/api/catalog/refresh`, {
      data: { account },
      headers: { origin: base },
    });
    await new Promise((r) => setTimeout(r, 3_000));
    const res = await context.request.get(
      `${base}/api/changes?account=${account}&q=${id}&kind=status_changed`,
    );
    if (changesResponseSchema.parse(await res.json()).items[0]?.to === "PAUSED") return;
  }
  throw new Error("the console did not observe the pause");
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page
    .locator('[role="status"]:has-text("Loading"), [role="status"]:has-text("正在加载")')
    .first()
    .waitFor({ state: "detached", timeout: 20_000 })
    .catch(() => undefined);
  await page.waitForTimeout(600);
}

async function shoot(page: Page, name: string, fullPage = true) {
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`  ${path.relative(process.cwd(), file)}`);
}

/**
 * A part of the page with a margin, from the whole page: the sticky header is put back in the flow
 * for the shot, so it never lies over the part (the defect of the first alerts previews).
 */
async function shootSection(page: Page, part: Locator, name: string) {
  const box = await part.boundingBox();
  if (!box) throw new Error(`${name}: not on screen`);
  const scrollY = await page.evaluate(() => window.scrollY);
  const margin = 16;
  const file = path.join(outDir, `${name}.png`);
  await page.screenshot({
    path: file,
    fullPage: true,
    style: SCREENSHOT_STYLE,
    clip: {
      x: Math.max(0, box.x - margin),
      y: Math.max(0, box.y + scrollY - margin),
      width: Math.min(box.width + 2 * margin, page.viewportSize()?.width ?? box.width),
      height: box.height + 2 * margin,
    },
  });
  console.log(`  ${path.relative(process.cwd(), file)}`);
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  if (process.env.DATA_DIR) setLastVisit(process.env.DATA_DIR, process.env.DEMO_USER ?? "demo");
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const probe = await browser.newContext();
  await signIn(probe);
  const examples = await findExamples(probe);
  await probe.close();
  console.log("examples:", examples);
  const drawerOf = (k: string | undefined) => {
    if (!k) return null;
    const [account, id] = k.split("/");
    return `/templates?account=${account}&template=${id}&tab=history`;
  };

  for (const locale of locales)
    for (const theme of themes)
      for (const width of widths) {
        const tag = `${locale}-${theme}-${width}`;
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 812 : 900 },
          deviceScaleFactor: 1,
          colorScheme: theme === "dark" ? "dark" : "light",
        });
        await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: base }]);
        await context.addInitScript((t) => window.localStorage.setItem("theme", t), theme);
        await signIn(context);
        const page = await context.newPage();
        const go = async (url: string) => {
          await page.goto(`${base}${url}`);
          await settle(page);
        };

        if (only.includes("templates")) {
          await go("/templates?sort=-lastChange");
          await shoot(page, `templates-last-change-${tag}`, false);
        }
        if (only.includes("changed-filter")) {
          const from = new Date(Date.now() - 14 * DAY).toISOString().slice(0, 10);
          const to = new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10);
          await go(`/templates?changed=custom&since=${from}&until=${to}&sort=-lastChange`);
          await page.getByTestId("filter-changed").click();
          await page.getByTestId("changed-custom").waitFor();
          await page.waitForTimeout(300);
          await shoot(page, `templates-changed-filter-${tag}`, false);
        }
        if (only.includes("drawer")) {
          for (const [what, k] of [
            ["paused-twice", examples.pausedTwice],
            ["content-diff", examples.edited],
            ["rejected", examples.rejected],
          ] as const) {
            const url = drawerOf(k);
            if (!url) {
              console.log(`  (no ${what} template in the demo history)`);
              continue;
            }
            await go(url);
            await page.getByTestId("history-tab").waitFor({ timeout: 30_000 });
            if (what === "content-diff") {
              await page.getByTestId("toggle-diff").first().click();
              await page.waitForTimeout(300);
            }
            // on a phone the tabs sit below the preview: bring them to the top of the sheet
            if (width < 600) {
              await page
                .getByRole("tablist")
                .first()
                .evaluate((el) => el.scrollIntoView({ block: "start" }));
              await page.waitForTimeout(300);
            }
            await shoot(page, `drawer-history-${what}-${tag}`, false);
          }
        }
        if (only.includes("activity")) {
          await go("/activity");
          await shoot(page, `activity-${tag}`, false);
        }
        if (only.includes("empty")) {
          await go("/activity");
          await shoot(page, `empty-activity-${tag}`, false);
          await go("/activity?q=no-such-template");
          await shoot(page, `empty-activity-no-match-${tag}`, false);
          await go("/overview");
          await page.locator("section#trends").scrollIntoViewIfNeeded();
          await settle(page);
          await shootSection(page, page.locator("section#trends"), `empty-trends-${tag}`);
          const first = await context.request.get(`${base}/api/templates?account=acme&pageSize=10`);
          const id = ((await first.json()) as { items: { id: string }[] }).items[0]?.id;
          await go(`/templates?account=acme&template=${id}&tab=history`);
          await page.getByTestId("history-tab").waitFor({ timeout: 30_000 });
          if (width < 600)
            await page
              .getByRole("tablist")
              .first()
              .evaluate((el) => el.scrollIntoView({ block: "start" }));
          await shoot(page, `empty-history-${tag}`, false);
        }
        if (only.includes("overview")) {
          await go("/overview");
          const trends = page.locator("section#trends");
          await trends.scrollIntoViewIfNeeded();
          await page.getByTestId("trend-quality").locator(".recharts-surface").waitFor({ timeout: 30_000 });
          await page.waitForTimeout(800);
          await shootSection(page, trends, `overview-trends-${tag}`);
        }
        await context.close();
      }
  await browser.close();
}

await main();
