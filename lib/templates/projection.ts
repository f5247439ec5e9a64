import type { Template, TemplateComponent } from "@/lib/nxcloud/schemas";
import type { TemplateListItem } from "./list-contract";
import { readIssuesOf } from "./read-notes";

/**
 * The table row of a template: a projection of the fields the list shows, not the component tree
 * (the drawer loads the full template). Tolerant like the schemas: component and button types are
 * compared case-insensitively and reported upper-cased; unknown component types show up in `kinds`.
 */

export const BODY_EXCERPT_MAX = 160;

/** Values that can appear in `TemplateListItem.kinds`. Unknown component types appear as themselves. */
export const TEMPLATE_KINDS = {
  carousel: "CAROUSEL",
  limitedTimeOffer: "LIMITED_TIME_OFFER",
  /** An authentication template with a one-time-password button (copy code, one-tap, zero-tap). */
  otp: "OTP",
} as const;

/** Component types rendered in the normal message layout; anything else is a "kind". */
const LAYOUT_TYPES = new Set(["HEADER", "BODY", "FOOTER", "BUTTONS"]);

const upper = (value: string) => value.trim().toUpperCase();

export function componentsOfType(template: Pick<Template, "components">, type: string): TemplateComponent[] {
  return template.components.filter((c) => upper(c.type) === type);
}

export function toListItem(template: Template, accountId: string, siblingsCount: number): TemplateListItem {
  const header = componentsOfType(template, "HEADER")[0];
  const body = componentsOfType(template, "BODY")[0];
  const buttons = componentsOfType(template, "BUTTONS").flatMap((c) =>
    (c.buttons ?? []).map((b) => upper(b.type)),
  );

  const kinds: string[] = [];
  for (const component of template.components) {
    const type = upper(component.type);
    if (type && !LAYOUT_TYPES.has(type) && !kinds.includes(type)) kinds.push(type);
  }
  if (buttons.includes("OTP")) kinds.push(TEMPLATE_KINDS.otp);

  const score = template.quality_score?.score?.trim();
  const reason = template.rejected_reason?.trim();

  return {
    id: template.id,
    account: accountId,
    name: template.name,
    language: template.language,
    category: template.category,
    status: template.status,
    quality: score ? score : null,
    qualityDate: template.quality_score?.date ?? null,
    rejectedReason: reason && upper(reason) !== "NONE" ? reason : null,
    headerFormat: header ? headerFormatOf(header) : null,
    buttons,
    kinds,
    bodyExcerpt: excerpt(body?.text ?? "", BODY_EXCERPT_MAX),
    otherLanguages: siblingsCount,
    ...readIssuesItem(template),
  };
}

function readIssuesItem(template: Template): Pick<TemplateListItem, "readIssues"> {
  const issues = readIssuesOf(template);
  return issues ? { readIssues: issues } : {};
}

function headerFormatOf(header: TemplateComponent): string | null {
  if (header.format?.trim()) return upper(header.format);
  return header.text !== undefined ? "TEXT" : null;
}

const graphemes =
  typeof Intl !== "undefined" && "Segmenter" in Intl
    ? new Intl.Segmenter(undefined, { granularity: "grapheme" })
    : null;

/**
 * Whitespace (including newlines) collapsed to single spaces, then cut to at most `max` characters
 * (UTF-16 units, the unit JSON and `maxLength` count in) with an ellipsis. Never splits an emoji or
 * a combining sequence: the cut happens on a grapheme boundary.
 */
export function excerpt(text: string, max: number): string {
  const single = text.replace(/\s+/gu, " ").trim();
  if (single.length <= max) return single;
  const budget = max - 1; // room for "…"
  let out = "";
  if (graphemes) {
    for (const { segment } of graphemes.segment(single)) {
      if (out.length + segment.length > budget) break;
      out += segment;
    }
  } else {
    for (const ch of single) {
      if (out.length + ch.length > budget) break;
      out += ch;
    }
  }
  return `${out.trimEnd()}…`;
}
