import type * as React from "react";
import type { FormatBlock } from "@/lib/templates/preview/format-tokens";
import { cn } from "@/lib/utils/cn";
import { InlineRuns } from "./inline-runs";

export interface FormattedTextProps {
  blocks: readonly FormatBlock[];
  /** Drawn at the end of the last line (the space the bubble's timestamp needs). */
  trailing?: React.ReactNode;
  className?: string;
}

/**
 * WhatsApp-formatted text, block by block: lines (an empty line keeps its height), bullet and
 * numbered lists, quotes and monospace blocks. Only draws the model; parsing is in lib.
 */
export function FormattedText({ blocks, trailing, className }: FormattedTextProps) {
  const lastIndex = blocks.length - 1;
  return (
    <div className={cn("whitespace-pre-wrap break-words [overflow-wrap:anywhere]", className)}>
      {blocks.map((block, i) => {
        const tail = i === lastIndex ? trailing : null;
        // Blocks are positional (one per source line group) and never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional blocks
        return <Block key={i} block={block} trailing={tail} />;
      })}
      {blocks.length === 0 && trailing}
    </div>
  );
}

function Block({ block, trailing }: { block: FormatBlock; trailing: React.ReactNode }) {
  switch (block.kind) {
    case "line":
      return (
        <div className="min-h-[1lh]">
          <InlineRuns runs={block.runs} />
          {trailing}
        </div>
      );
    case "bulletList":
      return (
        <ul className="list-disc ps-[1.4em] marker:text-wa-text">
          {block.items.map((item, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positional items
            <li key={j} className="ps-0.5">
              <InlineRuns runs={item.runs} />
              {j === block.items.length - 1 && trailing}
            </li>
          ))}
        </ul>
      );
    case "numberedList":
      return (
        <ol className="list-decimal ps-[1.6em] marker:text-wa-text">
          {block.items.map((item, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positional items
            <li key={j} value={item.number} className="ps-0.5">
              <InlineRuns runs={item.runs} />
              {j === block.items.length - 1 && trailing}
            </li>
          ))}
        </ol>
      );
    case "quote":
      return (
        <blockquote className="my-0.5 border-s-[3px] border-wa-meta/50 ps-2 text-wa-text/85">
          {block.lines.map((runs, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positional lines
            <div key={j} className="min-h-[1lh]">
              <InlineRuns runs={runs} />
              {j === block.lines.length - 1 && trailing}
            </div>
          ))}
        </blockquote>
      );
    case "monospace":
      return (
        <div className="my-0.5 font-mono text-[0.92em]">
          {block.lines.map((runs, j) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: positional lines
            <div key={j} className="min-h-[1lh]">
              <InlineRuns runs={runs} />
              {j === block.lines.length - 1 && trailing}
            </div>
          ))}
        </div>
      );
  }
}
