import type * as z from "zod";

/** A start-up configuration problem (bad env variable, invalid data file). main.ts prints it and exits 1. */
export class SimConfigError extends Error {
  override name = "SimConfigError";
}

/** `accounts[0].templates[3].components` style path for a zod issue. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

export function formatIssues(issues: readonly z.core.$ZodIssue[], max = 10): string {
  const lines = issues.slice(0, max).map((i) => `  - ${issuePath(i.path)}: ${i.message}`);
  if (issues.length > max) lines.push(`  - … and ${issues.length - max} more`);
  return lines.join("\n");
}
