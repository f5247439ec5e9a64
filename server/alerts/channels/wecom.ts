import { type AlertContent, type AlertItem, changeText, fitItems } from "../content";
import {
  type ChannelResponse,
  type DeliveryOutcome,
  interpretErrcodeAnswer,
  jsonRequest,
  neutralizeMarkdown as md,
  type OutgoingRequest,
  SEVERITY_COLOR,
  safeLinkUrl,
  truncate,
  utf8Bytes,
} from "./common";

/**
 * WeCom (企业微信) group robot: `msgtype: markdown`, content ≤ 4096 bytes UTF-8. The subset:
 * headings, **bold**, [links](url), `>` quotes, <font color="info|comment|warning">. The key in the
 * URL is the only credential (no signing). Answers: errcode 0 = sent, even on HTTP 200 a non-zero
 * errcode is a failure. Reference: /work/shared/reference/alert-channels.md §1.
 */

export const WECOM_MARKDOWN_MAX_BYTES = 4096;
export const WECOM_MAX_ITEMS = 20;

export interface WecomPayload {
  msgtype: "markdown";
  markdown: { content: string };
}

function itemLines(item: AlertItem, c: AlertContent): string[] {
  const color = SEVERITY_COLOR[item.severity].wecom;
  const lines = [
    `**${md(truncate(item.templateName, 120))}** · ${md(truncate(item.accountLabel, 60))} · ${md(truncate(item.language, 20))}`,
    `> <font color="${color}">${md(truncate(changeText(item), 200))}</font>`,
    `> <font color="comment">${md(c.labels.observed)}${md(item.window)}</font>`,
  ];
  if (item.guidance) lines.push(`> ${md(truncate(item.guidance, 300))}`);
  lines.push(`> [${md(c.labels.openTemplate)}](${safeLinkUrl(item.link)})`);
  return lines;
}

export function renderWecomMarkdown(c: AlertContent, shown: AlertItem[], hidden: number): string {
  const color = SEVERITY_COLOR[c.severity].wecom;
  const parts = [
    `## <font color="${color}">${md(c.severityLabel)}</font> ${md(c.title)}`,
    `<font color="comment">${md(truncate(c.labels.rule, 120))}</font>`,
  ];
  if (c.intro) parts.push(md(c.intro));
  for (const item of shown) parts.push(itemLines(item, c).join("\n"));
  if (hidden > 0)
    parts.push(`${md(c.moreText(hidden))} · [${md(c.labels.openActivity)}](${safeLinkUrl(c.activityLink)})`);
  else parts.push(`[${md(c.labels.openConsole)}](${safeLinkUrl(c.consoleLink)})`);
  parts.push(`<font color="comment">${md(c.footer)}</font>`);
  return parts.join("\n\n");
}

export function buildWecom(c: AlertContent): WecomPayload {
  const content = fitItems(
    c,
    WECOM_MAX_ITEMS,
    (shown, hidden) => renderWecomMarkdown(c, shown, hidden),
    (text) => utf8Bytes(text) <= WECOM_MARKDOWN_MAX_BYTES,
  );
  return { msgtype: "markdown", markdown: { content } };
}

export function prepareWecomRequest(url: string, payload: WecomPayload): OutgoingRequest {
  return jsonRequest(url, payload);
}

/** -1 busy and 45009 frequency limit are transient; 93000 (invalid webhook URL) and the rest are not. */
const RETRYABLE = new Set([-1, 45009]);

export function interpretWecomResponse(res: ChannelResponse): DeliveryOutcome {
  return interpretErrcodeAnswer(res, (code) => ({
    retryable: RETRYABLE.has(code),
    ...(code === 45009 ? { retryAfterMs: 60_000 } : {}),
  }));
}
