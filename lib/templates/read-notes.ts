import type { Template } from "@/lib/nxcloud/schemas";

/**
 * Helpers over the console's read note (`console_read`, see lib/nxcloud/template-tolerant.ts):
 * which templates could not be fully read, and why.
 */

/** Field paths that could not be read, or null when the template was read completely. */
export function readIssuesOf(template: Template): string[] | null {
  const issues = template.console_read?.issues;
  return issues && issues.length > 0 ? issues.map((i) => i.path) : null;
}

export function isIncomplete(template: Template): boolean {
  return (template.console_read?.issues.length ?? 0) > 0;
}

const memo = new WeakMap<readonly Template[], number>();

/** How many templates could not be fully read; memoized on the (immutable) snapshot array. */
export function countIncomplete(templates: readonly Template[]): number {
  let n = memo.get(templates);
  if (n === undefined) {
    n = 0;
    for (const t of templates) if (isIncomplete(t)) n += 1;
    memo.set(templates, n);
  }
  return n;
}
