import { type Block, type ChatDialect, type Inline, parseChatMarkdown } from "../../lib/alerts/chat-markdown";
import type { SinkMessage } from "./store";

/**
 * The sink's page: received messages drawn roughly as each app shows them. Server-rendered,
 * every value HTML-escaped; markdown goes through the same subset parser as the console's previews.
 */

export function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const FONT = { info: "#07c160", comment: "#8a8a8a", warning: "#fa5151" } as const;

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case "text":
          return esc(n.text);
        case "bold":
          return `<strong>${inline(n.children)}</strong>`;
        case "italic":
          return `<em>${inline(n.children)}</em>`;
        case "strike":
          return `<s>${inline(n.children)}</s>`;
        case "code":
          return `<code>${inline(n.children)}</code>`;
        case "link":
          return `<a href="${esc(n.href)}" rel="noreferrer noopener" target="_blank">${inline(n.children)}</a>`;
        case "font":
          return `<span style="color:${FONT[n.color]}">${inline(n.children)}</span>`;
        default:
          return "";
      }
    })
    .join("");
}

function blocks(list: readonly Block[]): string {
  return list
    .map((b) => {
      switch (b.type) {
        case "heading":
          return `<div class="h h${b.level}">${inline(b.children)}</div>`;
        case "quote":
          return `<blockquote>${b.lines.map(inline).join("<br>")}</blockquote>`;
        case "list":
          return `<ul>${b.items.map((i) => `<li style="margin-left:${i.depth * 16}px">${inline(i.children)}</li>`).join("")}</ul>`;
        case "paragraph":
          return `<p>${b.lines.map(inline).join("<br>")}</p>`;
        default:
          return "";
      }
    })
    .join("");
}

export function markdownHtml(text: string, dialect: ChatDialect = "markdown"): string {
  return blocks(parseChatMarkdown(text, dialect));
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function feishuCard(payload: Json): string {
  const card = obj(payload.card);
  const header = obj(card.header);
  const color = str(header.template) || "blue";
  const colors: Record<string, string> = {
    red: "#f54a45",
    orange: "#ff8800",
    blue: "#3370ff",
    green: "#34c724",
    yellow: "#ffc60a",
    grey: "#8f959e",
  };
  const elements = arr(card.elements)
    .map((raw) => {
      const e = obj(raw);
      if (e.tag === "hr") return "<hr>";
      if (e.tag === "div") return `<div class="md">${markdownHtml(str(obj(e.text).content))}</div>`;
      if (e.tag === "note")
        return `<div class="note">${arr(e.elements)
          .map((x) => esc(str(obj(x).content)))
          .join(" ")}</div>`;
      if (e.tag === "action")
        return `<div>${arr(e.actions)
          .map((a) => {
            const href = str(obj(a).url);
            const label = esc(str(obj(obj(a).text).content));
            return /^https?:\/\//.test(href)
              ? `<a class="btn" href="${esc(href)}" target="_blank" rel="noreferrer noopener">${label}</a>`
              : `<span class="btn">${label}</span>`;
          })
          .join(" ")}</div>`;
      return "";
    })
    .join("");
  return `<div class="feishu"><div class="fhead" style="background:${colors[color] ?? "#3370ff"}">${esc(str(obj(header.title).content))}</div><div class="fbody">${elements}</div></div>`;
}

function slackBlocks(payload: Json): string {
  const list = arr(payload.blocks);
  if (list.length === 0) return `<div class="md">${markdownHtml(str(payload.text), "slack")}</div>`;
  return list
    .map((raw) => {
      const b = obj(raw);
      if (b.type === "header") return `<div class="h h3">${esc(str(obj(b.text).text))}</div>`;
      if (b.type === "divider") return "<hr>";
      if (b.type === "context")
        return `<div class="note">${arr(b.elements)
          .map((x) => markdownHtml(str(obj(x).text), "slack"))
          .join(" ")}</div>`;
      if (b.type === "section") {
        const acc = obj(b.accessory);
        const href = str(acc.url);
        const button =
          href && /^https?:\/\//.test(href)
            ? `<a class="btn" href="${esc(href)}" target="_blank" rel="noreferrer noopener">${esc(str(obj(acc.text).text))}</a>`
            : "";
        return `<div class="section"><div class="md">${markdownHtml(str(obj(b.text).text), "slack")}</div>${button}</div>`;
      }
      return "";
    })
    .join("");
}

function body(m: SinkMessage): string {
  const p = obj(m.payload);
  switch (m.channel) {
    case "wecom":
      return `<div class="md">${markdownHtml(str(obj(p.markdown).content) || str(obj(p.text).content))}</div>`;
    case "dingtalk":
      return `<div class="dtitle">${esc(str(obj(p.markdown).title))}</div><div class="md">${markdownHtml(str(obj(p.markdown).text))}</div>`;
    case "feishu":
      return feishuCard(p);
    case "slack":
      return slackBlocks(p);
    case "webhook":
      return `<pre>${esc(JSON.stringify(m.payload, null, 2))}</pre>`;
    case "email": {
      const html = str(p.html);
      // The HTML part runs in a sandboxed frame (no scripts, no same-origin): shown, never trusted.
      const frame = html ? `<iframe sandbox="" title="email" srcdoc="${esc(html)}"></iframe>` : "";
      return `<div class="mailhead"><b>${esc(str(p.subject))}</b><br>${esc(str(p.from))} → ${esc(arr(p.to).map(str).join(", "))}</div>${frame}<details><summary>text</summary><pre>${esc(str(p.text))}</pre></details>`;
    }
  }
}

const NAMES: Record<SinkMessage["channel"], string> = {
  wecom: "企业微信 WeCom",
  dingtalk: "钉钉 DingTalk",
  feishu: "飞书 Feishu",
  slack: "Slack",
  webhook: "Webhook",
  email: "Email",
};

export function renderPage(messages: readonly SinkMessage[], filter: string | null): string {
  const shown = [...messages].reverse().filter((m) => !filter || m.channel === filter);
  const cards = shown
    .map(
      (m) => `<article class="card ${m.channel}" data-channel="${m.channel}" data-seq="${m.seq}">
<header><span class="app">${esc(NAMES[m.channel])}</span>
<span class="badge ${m.accepted ? "ok" : "fail"}">${m.accepted ? "accepted" : "failed"} · ${m.status}</span>
<span class="badge sig-${m.signature}">signature: ${esc(m.signature)}</span>
<span class="meta">#${m.seq} · attempt ${m.attempt}${m.deliveryId ? ` · ${esc(m.deliveryId)}` : ""} · ${esc(new Date(m.receivedAt).toISOString())}</span></header>
<div class="bubble">${body(m)}</div>
${m.accepted ? "" : `<div class="answer">answer: ${esc(m.answer)}</div>`}
</article>`,
    )
    .join("\n");
  const tabs = ["all", "wecom", "dingtalk", "feishu", "slack", "webhook", "email"]
    .map(
      (c) =>
        `<a href="/${c === "all" ? "" : `?channel=${c}`}" class="${(filter ?? "all") === c ? "on" : ""}">${c}</a>`,
    )
    .join(" ");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="5"><title>Chat sink · Template Console demo</title>
<style>
body{font:14px/1.5 -apple-system,"Segoe UI",Roboto,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f2f3f5;color:#1f2329}
main{max-width:760px;margin:0 auto;padding:16px}h1{font-size:18px}nav a{margin-right:8px}nav a.on{font-weight:700}
.card{background:#fff;border-radius:8px;margin:12px 0;padding:12px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
.card header{display:flex;flex-wrap:wrap;gap:6px;align-items:center;font-size:12px;color:#646a73;margin-bottom:8px}
.app{font-weight:600;color:#1f2329}.badge{border-radius:4px;padding:0 6px;background:#eff0f1}.ok{background:#d9f5d6}.fail{background:#fde2e2}
.sig-valid{background:#d9f5d6}.sig-invalid{background:#fde2e2}
.bubble{border:1px solid #e5e6eb;border-radius:6px;padding:10px 12px;overflow-wrap:anywhere}
.wecom .bubble{border-left:3px solid #07c160}.dingtalk .bubble{border-left:3px solid #3296fa}.slack .bubble{border-left:3px solid #611f69}
.h{font-weight:700;margin:4px 0}.h1,.h2{font-size:17px}.h3,.h4{font-size:15px}
blockquote{margin:4px 0;padding-left:8px;border-left:3px solid #dee0e3;color:#3d4046}p{margin:6px 0}ul{margin:4px 0;padding-left:18px}
code{background:#f2f3f5;padding:0 4px;border-radius:3px}.note{font-size:12px;color:#8f959e;margin:6px 0}
.feishu{border-radius:8px;overflow:hidden;border:1px solid #dee0e3}.fhead{color:#fff;font-weight:600;padding:10px 12px}.fbody{padding:8px 12px}
.btn{display:inline-block;border:1px solid #3370ff;color:#3370ff;border-radius:6px;padding:2px 10px;margin:6px 0;text-decoration:none}
.section{display:flex;gap:12px;justify-content:space-between;align-items:flex-start;margin:8px 0}
.dtitle{font-size:12px;color:#8f959e}.answer{font-size:12px;color:#c02525;margin-top:6px}
iframe{width:100%;height:360px;border:1px solid #e5e6eb;border-radius:6px;background:#fff}pre{white-space:pre-wrap;margin:0;font-size:12px}
</style></head><body><main><h1>Chat sink — alerts received by the demo</h1><nav>${tabs}</nav>
<p class="note">${shown.length} message(s). JSON: <a href="/messages">/messages</a>. Refreshes every 5 s.</p>
${cards || '<p class="empty">Nothing received yet.</p>'}</main></body></html>`;
}
