import { type AlertContent, type AlertItem, changeText, fitItems } from "../content";
import {
  type ChannelResponse,
  type DeliveryOutcome,
  excerpt,
  httpOutcome,
  jsonRequest,
  neutralizeMarkdown as md,
  type OutgoingRequest,
  safeLinkUrl,
  truncate,
} from "./common";

/**
 * Slack incoming webhook: top-level `text` (the notification fallback, always sent — a payload
 * without it answers `no_text`) plus Block Kit `blocks`: a header, one section per change with an
 * "Open" button, "and N more" with a link to the activity feed. Limits: ≤ 50 blocks, section text
 * ≤ 3000 chars, header ≤ 150, button text ≤ 75, `text` ≤ 4000 advised. Success is HTTP 200 `ok`;
 * errors are plain-text words with 4xx; 429 carries Retry-After. alert-channels.md §4.
 */

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_MAX_ITEMS = 20;
export const SLACK_SECTION_MAX = 3000;

type Text = { type: "plain_text"; text: string; emoji?: boolean } | { type: "mrkdwn"; text: string };
export type SlackBlock =
  | { type: "header"; text: { type: "plain_text"; text: string; emoji: false } }
  | { type: "context"; elements: Text[] }
  | { type: "divider" }
  | {
      type: "section";
      text: { type: "mrkdwn"; text: string };
      accessory?: {
        type: "button";
        action_id: string;
        text: { type: "plain_text"; text: string; emoji: false };
        url: string;
      };
    };

export interface SlackPayload {
  text: string;
  blocks: SlackBlock[];
}

/** `<url|label>` with the label made inert. */
function link(url: string, label: string): string {
  return `<${safeLinkUrl(url)}|${md(label)}>`;
}

function itemBlock(item: AlertItem, c: AlertContent, index: number): SlackBlock {
  const lines = [
    `*${md(truncate(item.templateName, 120))}* · ${md(truncate(item.accountLabel, 60))} · ${md(truncate(item.language, 20))}`,
    md(truncate(changeText(item), 200)),
    `${md(c.labels.observed)}${md(item.window)}`,
  ];
  if (item.guidance) lines.push(`_${md(truncate(item.guidance, 600))}_`);
  return {
    type: "section",
    text: { type: "mrkdwn", text: truncate(lines.join("\n"), SLACK_SECTION_MAX) },
    accessory: {
      type: "button",
      action_id: `open_template_${index}`,
      text: { type: "plain_text", text: truncate(c.labels.openTemplate, 75), emoji: false },
      url: safeLinkUrl(item.link),
    },
  };
}

export function renderSlack(c: AlertContent, shown: AlertItem[], hidden: number): SlackPayload {
  const blocks: SlackBlock[] = [
    {
      type: "header",
      text: { type: "plain_text", text: truncate(`${c.severityLabel} · ${c.title}`, 150), emoji: false },
    },
    { type: "context", elements: [{ type: "mrkdwn", text: md(truncate(c.labels.rule, 300)) }] },
  ];
  if (c.intro) blocks.push({ type: "section", text: { type: "mrkdwn", text: md(c.intro) } });
  for (const [i, item] of shown.entries()) blocks.push(itemBlock(item, c, i));
  blocks.push({
    type: "section",
    text: {
      type: "mrkdwn",
      text:
        hidden > 0
          ? `${md(c.moreText(hidden))} · ${link(c.activityLink, c.labels.openActivity)}`
          : link(c.consoleLink, c.labels.openConsole),
    },
  });
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: md(c.footer) }] });
  const text = truncate(
    [
      `${c.severityLabel} · ${c.title}`,
      ...shown.slice(0, 5).map((i) => `${i.templateName} (${i.accountLabel}): ${changeText(i)}`),
    ]
      .map(md)
      .join("\n"),
    3900,
  );
  return { text, blocks };
}

export function buildSlack(c: AlertContent): SlackPayload {
  return fitItems(
    c,
    SLACK_MAX_ITEMS,
    (shown, hidden) => renderSlack(c, shown, hidden),
    (p) => p.blocks.length <= SLACK_MAX_BLOCKS,
  );
}

export function prepareSlackRequest(url: string, payload: SlackPayload): OutgoingRequest {
  return jsonRequest(url, payload);
}

export function interpretSlackResponse(res: ChannelResponse): DeliveryOutcome {
  const http = httpOutcome(res);
  if (http) {
    if (http.ok) return http;
    // Slack's error is a single word (invalid_payload, no_team…): use it as the code.
    const word = /^[a-z_]{2,60}$/.test(res.body.trim()) ? res.body.trim() : null;
    return { ...http, code: word, error: word ? `HTTP ${res.status}: ${word}` : http.error };
  }
  const body = res.body.trim();
  return { ok: true, httpStatus: res.status, detail: body ? excerpt(body, 60) : null };
}
