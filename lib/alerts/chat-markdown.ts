/**
 * The small markdown subsets chat apps render (WeCom/DingTalk/Feishu "markdown", Slack "mrkdwn"),
 * parsed into a tree — so the editor's previews (React elements) and the simulator's chat sink
 * (escaped HTML) show a message as the app would, without ever injecting markup. Pure, isomorphic,
 * dependency-free (the simulator imports it by relative path).
 *
 * Supported: headings `#`…`######`, `>` quotes, `-` / `1.` list items (indent = depth), blank-line
 * paragraphs; inline **bold**, *italic*, `code`, [text](url), <font color="info|comment|warning">
 * (WeCom) — or, for Slack, *bold*, _italic_, ~strike~, `code`, <url|text>, &lt; &gt; &amp;.
 * Links keep only http(s) targets; anything else stays text.
 */

export type ChatDialect = "markdown" | "slack";

export type Inline =
  | { type: "text"; text: string }
  | { type: "bold" | "italic" | "strike" | "code"; children: Inline[] }
  | { type: "link"; href: string; children: Inline[] }
  | { type: "font"; color: "info" | "comment" | "warning"; children: Inline[] };

export type Block =
  | { type: "heading"; level: number; children: Inline[] }
  | { type: "quote"; lines: Inline[][] }
  | { type: "list"; items: { depth: number; ordered: boolean; children: Inline[] }[] }
  | { type: "paragraph"; lines: Inline[][] };

const SAFE_HREF = /^https?:\/\/[^\s]+$/i;

function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export function parseInline(src: string, dialect: ChatDialect, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buf = "";
  const flush = () => {
    if (buf) out.push({ type: "text", text: dialect === "slack" ? decodeSlackEntities(buf) : buf });
    buf = "";
  };
  const nested = (s: string) =>
    depth > 8 ? [{ type: "text" as const, text: s }] : parseInline(s, dialect, depth + 1);
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    let m: RegExpExecArray | null = /^`([^`\n]+)`/.exec(rest);
    if (m) {
      flush();
      out.push({ type: "code", children: [{ type: "text", text: m[1] ?? "" }] });
      i += m[0].length;
      continue;
    }
    if (dialect === "markdown") {
      m = /^\*\*(.+?)\*\*/.exec(rest);
      if (m) {
        flush();
        out.push({ type: "bold", children: nested(m[1] ?? "") });
        i += m[0].length;
        continue;
      }
      m = /^\[([^\]\n]+)\]\(([^)\s]+)\)/.exec(rest);
      if (m) {
        flush();
        const href = m[2] ?? "";
        if (SAFE_HREF.test(href)) out.push({ type: "link", href, children: nested(m[1] ?? "") });
        else out.push(...nested(m[1] ?? ""));
        i += m[0].length;
        continue;
      }
      m = /^<font color="(info|comment|warning)">([\s\S]*?)<\/font>/.exec(rest);
      if (m) {
        flush();
        out.push({
          type: "font",
          color: m[1] as "info" | "comment" | "warning",
          children: nested(m[2] ?? ""),
        });
        i += m[0].length;
        continue;
      }
      m = /^\*([^*\n]+)\*/.exec(rest);
      if (m) {
        flush();
        out.push({ type: "italic", children: nested(m[1] ?? "") });
        i += m[0].length;
        continue;
      }
    } else {
      m = /^<(https?:\/\/[^|>\s]+)(?:\|([^>]+))?>/.exec(rest);
      if (m) {
        flush();
        const href = m[1] ?? "";
        out.push({ type: "link", href, children: nested(m[2] ?? href) });
        i += m[0].length;
        continue;
      }
      const pairs: [RegExp, "bold" | "italic" | "strike"][] = [
        [/^\*([^*\n]+)\*/, "bold"],
        [/^_([^_\n]+)_/, "italic"],
        [/^~([^~\n]+)~/, "strike"],
      ];
      const hit = pairs.map(([re, type]) => [re.exec(rest), type] as const).find(([r]) => r !== null);
      if (hit?.[0]) {
        flush();
        out.push({ type: hit[1], children: nested(hit[0][1] ?? "") });
        i += hit[0][0].length;
        continue;
      }
    }
    buf += src[i];
    i += 1;
  }
  flush();
  return out;
}

export function parseChatMarkdown(text: string, dialect: ChatDialect = "markdown"): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "") {
      close();
      continue;
    }
    const heading = dialect === "markdown" ? /^(#{1,6})\s+(.*)$/.exec(line) : null;
    if (heading) {
      close();
      blocks.push({
        type: "heading",
        level: heading[1]?.length ?? 1,
        children: parseInline(heading[2] ?? "", dialect),
      });
      continue;
    }
    const quote = /^(?:>|&gt;)\s?(.*)$/.exec(line);
    if (quote) {
      const c = current as Block | null;
      if (c?.type !== "quote") {
        close();
        current = { type: "quote", lines: [] };
      }
      (current as unknown as { lines: Inline[][] }).lines.push(parseInline(quote[1] ?? "", dialect));
      continue;
    }
    const item = /^(\s*)(?:[-*•]|(\d+)\.)\s+(.*)$/.exec(line);
    if (item) {
      const c = current as Block | null;
      if (c?.type !== "list") {
        close();
        current = { type: "list", items: [] };
      }
      (current as unknown as { items: { depth: number; ordered: boolean; children: Inline[] }[] }).items.push(
        {
          depth: Math.floor((item[1]?.length ?? 0) / 2),
          ordered: item[2] !== undefined,
          children: parseInline(item[3] ?? "", dialect),
        },
      );
      continue;
    }
    const c = current as Block | null;
    if (c?.type !== "paragraph") {
      close();
      current = { type: "paragraph", lines: [] };
    }
    (current as unknown as { lines: Inline[][] }).lines.push(parseInline(line, dialect));
  }
  close();
  return blocks;
}

/** Plain text of inlines (for titles, tests and accessibility labels). */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((n) => (n.type === "text" ? n.text : inlineText(n.children))).join("");
}
