import { createHmac } from "node:crypto";
import { type AlertContent, type AlertItem, changeText, fitItems } from "../content";
import {
  type ChannelResponse,
  type DeliveryOutcome,
  excerpt,
  httpOutcome,
  jsonRequest,
  neutralizeMarkdown as md,
  type OutgoingRequest,
  parseJsonObject,
  SEVERITY_COLOR,
  safeLinkUrl,
  truncate,
  unexpectedAnswer,
  utf8Bytes,
} from "./common";

/**
 * Feishu / Lark custom bot: `msg_type: interactive` card (JSON 1.0 form, shown by every client):
 * a coloured header, one lark_md block per change, URL buttons. With a secret, the body carries
 * `timestamp` (seconds, as a string) and `sign` = base64(HMAC-SHA256(key = timestamp + "\n" +
 * secret, msg = "")) — the string is the key, not the message (signing DingTalk-style gives 19021).
 * The whole request body must stay ≤ 20 KB. Failures: `code` ≠ 0 in the body. alert-channels.md §3.
 */

export const FEISHU_BODY_MAX_BYTES = 20_000;
export const FEISHU_MAX_ITEMS = 20;

type PlainText = { tag: "plain_text"; content: string };
type FeishuElement =
  | { tag: "div"; text: { tag: "lark_md"; content: string } }
  | { tag: "hr" }
  | { tag: "note"; elements: PlainText[] }
  | {
      tag: "action";
      actions: { tag: "button"; type: "primary" | "default"; text: PlainText; url: string }[];
    };

export interface FeishuCard {
  config: { wide_screen_mode: true };
  header: { template: string; title: PlainText };
  elements: FeishuElement[];
}
export interface FeishuPayload {
  timestamp?: string;
  sign?: string;
  msg_type: "interactive";
  card: FeishuCard;
}

function itemElement(item: AlertItem, c: AlertContent): FeishuElement {
  const lines = [
    `**${md(truncate(item.templateName, 120))}** · ${md(truncate(item.accountLabel, 60))} · ${md(truncate(item.language, 20))}`,
    md(truncate(changeText(item), 200)),
    `${md(c.labels.observed)}${md(item.window)}`,
  ];
  if (item.guidance) lines.push(md(truncate(item.guidance, 300)));
  lines.push(`[${md(c.labels.openTemplate)}](${safeLinkUrl(item.link)})`);
  return { tag: "div", text: { tag: "lark_md", content: lines.join("\n") } };
}

export function renderFeishuCard(c: AlertContent, shown: AlertItem[], hidden: number): FeishuCard {
  const elements: FeishuElement[] = [
    { tag: "note", elements: [{ tag: "plain_text", content: truncate(c.labels.rule, 120) }] },
  ];
  if (c.intro) elements.push({ tag: "div", text: { tag: "lark_md", content: md(c.intro) } });
  shown.forEach((item, i) => {
    if (i > 0) elements.push({ tag: "hr" });
    elements.push(itemElement(item, c));
  });
  if (hidden > 0) elements.push({ tag: "div", text: { tag: "lark_md", content: md(c.moreText(hidden)) } });
  elements.push({
    tag: "action",
    actions: [
      hidden > 0
        ? {
            tag: "button",
            type: "primary",
            text: { tag: "plain_text", content: c.labels.openActivity },
            url: safeLinkUrl(c.activityLink),
          }
        : {
            tag: "button",
            type: "primary",
            text: { tag: "plain_text", content: c.labels.openConsole },
            url: safeLinkUrl(c.consoleLink),
          },
    ],
  });
  elements.push({ tag: "note", elements: [{ tag: "plain_text", content: c.footer }] });
  return {
    config: { wide_screen_mode: true },
    // plain_text is shown as is (no markup), so the title needs no neutralizing.
    header: {
      template: SEVERITY_COLOR[c.severity].feishu,
      title: { tag: "plain_text", content: `${c.severityLabel} · ${c.title}` },
    },
    elements,
  };
}

/** Room for `timestamp` and `sign` added at send time. */
const SIGNATURE_ROOM = 100;

export function buildFeishu(c: AlertContent): FeishuPayload {
  const card = fitItems(
    c,
    FEISHU_MAX_ITEMS,
    (shown, hidden) => renderFeishuCard(c, shown, hidden),
    (card) =>
      utf8Bytes(JSON.stringify({ msg_type: "interactive", card })) + SIGNATURE_ROOM <= FEISHU_BODY_MAX_BYTES,
  );
  return { msg_type: "interactive", card };
}

/** base64(HMAC-SHA256(key = timestamp + "\n" + secret, msg = "")). */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");
}

export function prepareFeishuRequest(
  url: string,
  secret: string | undefined,
  payload: FeishuPayload,
  nowMs: number,
): OutgoingRequest {
  const ts = Math.floor(nowMs / 1000);
  const body = secret ? { timestamp: String(ts), sign: feishuSign(secret, ts), ...payload } : payload;
  return jsonRequest(url, body);
}

export function interpretFeishuResponse(res: ChannelResponse): DeliveryOutcome {
  // Feishu's HTTP status per error is undocumented: read a code from the body whatever the status.
  const json = parseJsonObject(res.body);
  const code =
    typeof json?.code === "number"
      ? json.code
      : typeof json?.StatusCode === "number"
        ? json.StatusCode
        : null;
  if (code === null) {
    const http = httpOutcome(res);
    return http ?? unexpectedAnswer(res);
  }
  if (code === 0 && res.status >= 200 && res.status < 300)
    return { ok: true, httpStatus: res.status, detail: "code 0" };
  const msg = excerpt(String(json?.msg ?? json?.StatusMessage ?? ""), 200);
  const hints: Record<number, string> = {
    19021: " (signature mismatch or clock more than 1 hour off: check the secret)",
    19022: " (IP not in the bot's allow-list)",
    19024: " (keyword missing: add a keyword that appears in every message)",
    9499: " (bad request: format or the 20 KB limit)",
  };
  const rateLimited = code === 11232 || res.status === 429;
  return {
    ok: false,
    retryable: rateLimited || res.status >= 500,
    httpStatus: res.status,
    code: String(code),
    error: `code ${code}: ${msg}${hints[code] ?? ""}`,
    ...(rateLimited ? { retryAfterMs: 60_000 } : {}),
  };
}
