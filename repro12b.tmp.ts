import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "/work/wt12/e2e/support/chromium";
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
const page = await ctx.newPage();
let html = "";
page.on("response", async (r) => { if (r.url().endsWith("/templates") && r.request().resourceType() === "document") html = await r.text(); });
await page.goto("http://127.0.0.1:3120/login");
await page.getByLabel(/^(User name|用户名)$/).fill("demo");
await page.getByLabel(/^(Password|密码)$/, { exact: true }).fill("demo");
await page.getByTestId("login-submit").click();
await page.waitForURL(/templates/);
await page.waitForTimeout(2000);
const diff = await page.evaluate(`(() => {
  const html = ${JSON.stringify(html)};
  function texts(root) { const out = []; const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); let n; while ((n = w.nextNode())) { const t = (n.textContent || "").trim(); if (t && !(n.parentElement && n.parentElement.closest("script,style"))) out.push(t); } return out; }
  const ssr = texts(new DOMParser().parseFromString(html, "text/html").body);
  const csr = texts(document.body);
  function count(xs) { const m = new Map(); for (const x of xs) m.set(x, (m.get(x) || 0) + 1); return m; }
  const a = count(ssr), b = count(csr);
  return { onlySsr: [...a].filter(([k, v]) => (b.get(k) || 0) < v).map(([k]) => k).slice(0, 30), onlyCsr: [...b].filter(([k, v]) => (a.get(k) || 0) < v).map(([k]) => k).slice(0, 30) };
})()`);
console.log(JSON.stringify(diff, null, 1));
await browser.close();
