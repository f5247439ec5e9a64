import type { InlineRun, InlineStyle } from "@/lib/templates/preview/format-tokens";
import { cn } from "@/lib/utils/cn";
import { VariableText } from "./variable-text";

const STYLE_CLASSES: Record<InlineStyle, string> = {
  bold: "font-semibold",
  italic: "italic",
  strike: "line-through",
  code: "rounded-[3px] bg-black/[0.06] px-[3px] font-mono text-[0.9em] dark:bg-white/10",
  mono: "font-mono text-[0.92em]",
};

export function styleClasses(styles: readonly InlineStyle[]): string {
  return cn(styles.map((s) => STYLE_CLASSES[s]));
}

export interface InlineRunsProps {
  runs: readonly InlineRun[];
}

/** Text and variable runs as React text nodes: template text is never interpreted as markup. */
export function InlineRuns({ runs }: InlineRunsProps) {
  return (
    <>
      {runs.map((run, i) => {
        const className = styleClasses(run.styles) || undefined;
        // Runs are positional and never reordered: the index is a stable key.
        if (run.kind === "variable")
          // biome-ignore lint/suspicious/noArrayIndexKey: positional runs
          return <VariableText key={i} run={run} className={className} />;
        return className ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional runs
          <span key={i} className={className}>
            {run.text}
          </span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional runs
          <span key={i}>{run.text}</span>
        );
      })}
    </>
  );
}
