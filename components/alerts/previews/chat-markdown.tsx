import type { ReactNode } from "react";
import { type Block, type ChatDialect, type Inline, parseChatMarkdown } from "@/lib/alerts/chat-markdown";
import { cn } from "@/lib/utils/cn";

/** WeCom's three font colours, readable on light and dark bubbles. */
const FONT_CLASS = {
  info: "text-[#07c160] dark:text-[#2fd67f]",
  comment: "text-[#8a8a8a] dark:text-[#9a9a9a]",
  warning: "text-[#fa5151] dark:text-[#ff7070]",
} as const;

export interface ChatMarkdownProps {
  text: string;
  dialect?: ChatDialect;
  /** Link colour of the app being imitated. */
  linkClassName?: string;
  className?: string;
}

function renderInline(nodes: readonly Inline[], linkClassName: string, keyPrefix: string): ReactNode[] {
  return nodes.map((n, i) => {
    const key = `${keyPrefix}.${i}`;
    switch (n.type) {
      case "text":
        return n.text;
      case "bold":
        return <strong key={key}>{renderInline(n.children, linkClassName, key)}</strong>;
      case "italic":
        return <em key={key}>{renderInline(n.children, linkClassName, key)}</em>;
      case "strike":
        return <s key={key}>{renderInline(n.children, linkClassName, key)}</s>;
      case "code":
        return (
          <code key={key} className="rounded bg-black/5 px-1 font-mono text-[0.9em] dark:bg-white/10">
            {renderInline(n.children, linkClassName, key)}
          </code>
        );
      case "link":
        return (
          <a key={key} href={n.href} target="_blank" rel="noreferrer noopener" className={linkClassName}>
            {renderInline(n.children, linkClassName, key)}
          </a>
        );
      case "font":
        return (
          <span key={key} className={FONT_CLASS[n.color]}>
            {renderInline(n.children, linkClassName, key)}
          </span>
        );
      default:
        return null;
    }
  });
}

function lines(list: readonly Inline[][], linkClassName: string, key: string): ReactNode[] {
  return list.flatMap((line, i) => [
    // biome-ignore lint/suspicious/noArrayIndexKey: a parsed message is static; position is its identity.
    ...(i > 0 ? [<br key={`${key}.br${i}`} />] : []),
    ...renderInline(line, linkClassName, `${key}.${i}`),
  ]);
}

function renderBlock(b: Block, i: number, linkClassName: string): ReactNode {
  const key = `b${i}`;
  switch (b.type) {
    case "heading":
      return (
        <p key={key} className={cn("my-1 font-semibold", b.level <= 2 ? "text-base" : "text-[15px]")}>
          {renderInline(b.children, linkClassName, key)}
        </p>
      );
    case "quote":
      return (
        <blockquote
          key={key}
          className="my-1 border-l-[3px] border-black/15 pl-2 opacity-90 dark:border-white/20"
        >
          {lines(b.lines, linkClassName, key)}
        </blockquote>
      );
    case "list":
      return (
        <ul key={key} className="my-1 list-disc pl-5">
          {b.items.map((item, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity; the list is static.
            <li key={j} style={{ marginInlineStart: item.depth * 16 }}>
              {renderInline(item.children, linkClassName, `${key}.${j}`)}
            </li>
          ))}
        </ul>
      );
    case "paragraph":
      return (
        <p key={key} className="my-1">
          {lines(b.lines, linkClassName, key)}
        </p>
      );
    default:
      return null;
  }
}

/** A chat app's markdown subset as React elements (no HTML injection: the tree is parsed). */
export function ChatMarkdown({
  text,
  dialect = "markdown",
  linkClassName = "underline",
  className,
}: ChatMarkdownProps) {
  return (
    <div className={cn("break-words [overflow-wrap:anywhere]", className)}>
      {parseChatMarkdown(text, dialect).map((b, i) => renderBlock(b, i, linkClassName))}
    </div>
  );
}
