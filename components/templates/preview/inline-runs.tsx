import type { InlineRun } from "@/lib/templates/preview/format-tokens";
import { styleClasses } from "./inline-style-classes";
import { VariableText } from "./variable-text";

export interface InlineRunsProps {
  runs: readonly InlineRun[];
}

/** Text and variable runs as React text nodes: template text is never interpreted as markup. */
export function InlineRuns({ runs }: InlineRunsProps) {
  return (
    <>
      {runs.map((run, i) => {
        // Runs are positional and never reordered: the index is a stable key.
        if (run.kind === "variable")
          // biome-ignore lint/suspicious/noArrayIndexKey: positional runs
          return <VariableText key={i} run={run} styles={run.styles} />;
        const className = styleClasses(run.styles) || undefined;
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
