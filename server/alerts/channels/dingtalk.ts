import { createHmac } from "node:crypto";
import { type AlertContent, type AlertItem, changeText, fitItems } from "../content";
import {
  appendQuery,
  type ChannelResponse,
  type DeliveryOutcome,
  interpretErrcodeAnswer,
  jsonRequest,
  neutralizeMarkdown as md,
  type OutgoingRequest,
  safeLinkUrl,
  truncate,
  utf8Bytes,
} from "./common";

/**
 * DingTalk (钉钉) custom robot: `msgtype: markdown` with a plain `title` (the conversation list)
 * and `text` (headings, quotes, bold, links, lists; no font colour). With a secret ("SEC…"), the
 * request carries `timestamp` (ms) and `sign` = urlEncode(base64(HMAC-SHA256(secret,
 * timestamp + "\n" + secret))) as query parameters, encoded exactly once. Failures come back with
 * HTTP 200 and a non-zero errcode. DingTalk publishes no size limit; we keep the text under 18 KB
 * (Feishu's 20 KB minus room) and at most 20 items. Reference: alert-channels.md §2.
 */

export const DINGTALK_TEXT_MAX_BYTES = 18_000;
export const DINGTALK_MAX_ITEMS = 20;

export interface DingtalkPayload {
  msgtype: "markdown";
  markdown: { title: string; text: string };
  /** Idempotency key for retries (documented on the international host; harmless elsewhere). */
  msgUuid: string;
}

function itemBlock(item: AlertItem, c: AlertContent): string {
  const lines = [
    `- **${md(truncate(item.templateName, 120))}** · ${md(truncate(item.accountLabel, 60))} · ${md(truncate(item.language, 20))}`,
    `  - ${md(truncate(changeText(item), 200))}`,
    `  - ${md(c.labels.observed)}${md(item.window)}`,
  ];
  if (item.guidance) lines.push(`  - ${md(truncate(item.guidance, 300))}`);
  lines.push(`  - [${md(c.labels.openTemplate)}](${safeLinkUrl(item.link)})`);
  return lines.join("\n");
}

export function renderDingtalkText(c: AlertContent, shown: AlertItem[], hidden: number): string {
  const parts = [`### ${md(c.severityLabel)} · ${md(c.title)}`, `> ${md(truncate(c.labels.rule, 120))}`];
  if (c.intro) parts.push(md(c.intro));
  if (shown.length > 0) parts.push(shown.map((i) => itemBlock(i, c)).join("\n"));
  if (hidden > 0)
    parts.push(`${md(c.moreText(hidden))} · [${md(c.labels.openActivity)}](${safeLinkUrl(c.activityLink)})`);
  else parts.push(`[${md(c.labels.openConsole)}](${safeLinkUrl(c.consoleLink)})`);
  parts.push(md(c.footer));
  return parts.join("\n\n");
}

export function buildDingtalk(c: AlertContent): DingtalkPayload {
  const text = fitItems(
    c,
    DINGTALK_MAX_ITEMS,
    (shown, hidden) => renderDingtalkText(c, shown, hidden),
    (t) => utf8Bytes(t) <= DINGTALK_TEXT_MAX_BYTES,
  );
  return {
    msgtype: "markdown",
    // The title is plain text in the conversation list; keep it short and single-line.
    markdown: { title: truncate(`${c.severityLabel} · ${c.title}`.replace(/\s+/g, " "), 60), text },
    msgUuid: c.deliveryId,
  };
}

/** base64(HMAC-SHA256(key = secret, msg = timestamp + "\n" + secret)), not yet URL-encoded. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
}

export function prepareDingtalkRequest(
  url: string,
  secret: string | undefined,
  payload: DingtalkPayload,
  nowMs: number,
): OutgoingRequest {
  const target = secret
    ? appendQuery(url, `timestamp=${nowMs}&sign=${encodeURIComponent(dingtalkSign(secret, nowMs))}`)
    : url;
  return jsonRequest(target, payload);
}

/** -1 busy; 410100 / 130101 sending too fast (the robot is blocked for 10 minutes). */
const RATE_LIMITED = new Set([410100, 130101]);

export function interpretDingtalkResponse(res: ChannelResponse): DeliveryOutcome {
  return interpretErrcodeAnswer(res, (code, errmsg) => ({
    retryable: code === -1 || RATE_LIMITED.has(code),
    hint: code === 310000 ? securityCheckHint(errmsg) : "",
    ...(RATE_LIMITED.has(code) ? { retryAfterMs: 10 * 60_000 } : {}),
  }));
}

/** 310000 covers keyword, signature, timestamp and IP checks; say which one. */
function securityCheckHint(errmsg: string): string {
  if (/sign|签名/i.test(errmsg)) return " (signature mismatch: check the secret)";
  if (/keyword|关键词/i.test(errmsg))
    return " (keyword missing: add a keyword that appears in every message, e.g. the rule name)";
  if (/timestamp/i.test(errmsg)) return " (timestamp rejected: check the server clock)";
  if (/ip|whitelist|白名单/i.test(errmsg)) return " (IP not in the robot's allow-list)";
  return "";
}
