import { NextIntlClientProvider } from "next-intl";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { buildDingtalk } from "@/server/alerts/channels/dingtalk";
import { buildEmail } from "@/server/alerts/channels/email";
import { buildFeishu } from "@/server/alerts/channels/feishu";
import { buildSlack } from "@/server/alerts/channels/slack";
import { buildWecom } from "@/server/alerts/channels/wecom";
import { buildAlertContent } from "@/server/alerts/content";
import { event, rule } from "@/server/alerts/fixtures";
import { DingtalkPreview } from "./dingtalk-preview";
import { EmailPreview } from "./email-preview";
import { FeishuPreview } from "./feishu-preview";
import { SlackPreview } from "./slack-preview";
import { WecomPreview } from "./wecom-preview";

const EVIL = 'evil](http://x.test) <font color="info">fake</font> <img src=x onerror=alert(1)>';

function html(locale: "en" | "zh-CN", node: ReactElement): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      {node}
    </NextIntlClientProvider>,
  );
}

function content(locale: "en" | "zh-CN", name = "order_update") {
  return buildAlertContent({
    rule: rule({ locale }),
    events: [event({ name })],
    mode: "immediate",
    deliveryId: "d-1",
    publicUrl: "https://console.example.com",
  });
}

describe("alert previews", () => {
  it.each(["en", "zh-CN"] as const)("render each app's message (%s)", (locale) => {
    const c = content(locale);
    const wecom = html(locale, <WecomPreview payload={buildWecom(c)} />);
    expect(wecom).toContain("<strong>order_update</strong>");
    expect(wecom).toContain('href="https://console.example.com/templates?account=acme&amp;template=1001"');
    expect(wecom).toMatch(/<span class="text-\[#fa5151\][^"]*">/);
    expect(wecom).toContain(locale === "en" ? "Template Console" : "模板控制台");
    expect(html(locale, <DingtalkPreview payload={buildDingtalk(c)} />)).toContain("<li");
    const feishu = html(locale, <FeishuPreview payload={buildFeishu(c)} />);
    expect(feishu).toContain("bg-[#f54a45]");
    expect(feishu).toContain(locale === "en" ? "Open the console" : "打开控制台");
    const slack = html(locale, <SlackPreview payload={buildSlack(c)} />);
    expect(slack).toContain("<strong>order_update</strong>");
    const email = html(
      locale,
      <EmailPreview message={buildEmail(c)} from="alerts@example.com" to={["ops@example.com"]} />,
    );
    expect(email).toContain('sandbox=""');
    expect(email).toContain("ops@example.com");
  });

  it("never turns a template name into markup", () => {
    const c = content("en", EVIL);
    for (const out of [
      html("en", <WecomPreview payload={buildWecom(c)} />),
      html("en", <DingtalkPreview payload={buildDingtalk(c)} />),
      html("en", <FeishuPreview payload={buildFeishu(c)} />),
      html("en", <SlackPreview payload={buildSlack(c)} />),
    ]) {
      expect(out).not.toContain("<img");
      expect(out).not.toContain('href="http://x.test');
      expect(out).not.toMatch(/text-\[#07c160\][^>]*>fake/);
    }
  });

  it("alerts messages exist in both languages with the same keys", () => {
    const keys = (o: unknown, p = ""): string[] =>
      o && typeof o === "object" ? Object.entries(o).flatMap(([k, v]) => keys(v, `${p}${k}.`)) : [p];
    expect(keys(MESSAGES["zh-CN"].alerts).sort()).toEqual(keys(MESSAGES.en.alerts).sort());
  });
});
