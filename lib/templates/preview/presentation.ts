import type { Template, TemplateButton } from "@/lib/nxcloud/schemas";
import type { Diagnostic, DiagnosticSeverity } from "../diagnostics";
import { buttonsOf, normalizeType } from "./components";
import type { VariableRun } from "./format-tokens";
import type { MessageRef } from "./message-ref";
import {
  KNOWN_BUTTON_TYPES,
  type PreviewButton,
  type PreviewHeader,
  type PreviewModel,
  type PreviewVariable,
} from "./model";

/**
 * Small pure decisions the drawer and the WhatsApp preview make while drawing a template: how a
 * variable shows in each preview mode, what a button's detail line says, which part of the
 * template a diagnostic points at, whether a category change is pending. Kept here (not in the
 * components) so they are unit-tested and the components stay drawing-only.
 */

/** The preview's variable toggle: example values (what the customer sees) or `{{name}}` chips. */
export type PreviewMode = "examples" | "placeholders";

export type VariableDisplay =
  /** Draw the example value as ordinary message text. */
  | { kind: "value"; text: string }
  /** Draw a `{{name}}` chip; `missing` = examples mode but the template has no example for it. */
  | { kind: "chip"; text: string; missing: boolean };

export function placeholderText(name: string): string {
  return `{{${name}}}`;
}

export function variableDisplay(
  run: Pick<VariableRun, "name" | "value">,
  mode: PreviewMode,
): VariableDisplay {
  if (mode === "examples" && run.value !== null) return { kind: "value", text: run.value };
  return { kind: "chip", text: placeholderText(run.name), missing: mode === "examples" };
}

/**
 * The type shown on a document card ("PDF"): the file name's extension when it has one. Template
 * document headers are PDF files (Meta accepts only PDF for DOCUMENT headers), hence the default.
 */
export function documentType(fileName: string | null | undefined): string {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName ?? "")?.[1];
  return ext ? ext.toUpperCase() : "PDF";
}

/** The avatar letter of the chat header: the first character (grapheme) of the business name. */
export function avatarInitial(label: string | null | undefined): string {
  const text = (label ?? "").trim();
  if (text === "") return "?";
  let first: string | undefined;
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    first = new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)[Symbol.iterator]().next()
      .value?.segment;
  }
  first ??= Array.from(text)[0];
  return (first ?? "?").toLocaleUpperCase();
}

/** "14:05": the bubble's timestamp, 24-hour like WhatsApp in most locales, in the viewer's time zone. */
export function formatClock(date: Date, locale: string, timeZone?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      ...(timeZone ? { timeZone } : {}),
    }).format(date);
  } catch {
    return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
  }
}

// ---------------------------------------------------------------- buttons

/** The text a URL button's detail shows: the final URL with the example filled, else as stored. */
export function buttonUrlText(button: PreviewButton): string | null {
  const d = button.detail;
  if (d?.kind !== "url") return null;
  return d.url ?? d.template;
}

/**
 * One sentence describing what a button does ("Opens https://…", "Calls +1 555…", "Copies the
 * code SAVE10", "One-tap autofill"), or null when there is nothing to add to the label.
 */
export function buttonDetailRef(button: PreviewButton): MessageRef | null {
  const d = button.detail;
  if (!d) return null;
  switch (d.kind) {
    case "url": {
      if (d.unsafe) return { key: "preview.button.unsafeLink" };
      if (d.url !== null) return { key: "preview.button.opensLink", params: { url: d.url } };
      return { key: "preview.button.linkWithVariable", params: { url: d.template } };
    }
    case "phone":
      return { key: "preview.button.callsNumber", params: { phone: d.phoneNumber } };
    case "copyCode":
      return d.code === null
        ? { key: "preview.button.noExampleCode" }
        : { key: "preview.button.copiesCode", params: { code: d.code } };
    case "otp": {
      const type = normalizeType(d.otpType);
      return ["COPY_CODE", "ONE_TAP", "ZERO_TAP"].includes(type)
        ? { key: `preview.otpType.${type}` }
        : { key: "preview.otpType.UNKNOWN", params: { type: d.otpType || "?" } };
    }
    case "flow": {
      const name = d.flowName ?? d.flowId;
      return name ? { key: "preview.button.opensFlow", params: { name } } : null;
    }
  }
}

/** A button this console cannot draw faithfully (a type Meta added after it was written). */
export function isUnknownButton(button: Pick<PreviewButton, "icon">): boolean {
  return button.icon === "unknown";
}

export interface RawButton {
  index: number;
  type: string;
  raw: TemplateButton;
}

/** The raw JSON of top-level buttons of unknown types, for "Not previewable: TYPE" blocks. */
export function unknownButtons(template: Pick<Template, "components">): RawButton[] {
  return buttonsOf(template.components)
    .map((raw, index) => ({ index, type: raw.type, raw }))
    .filter((b) => !KNOWN_BUTTON_TYPES.includes(normalizeType(b.type)));
}

// ---------------------------------------------------------------- diagnostics & variables

export interface DiagnosticGroup {
  severity: DiagnosticSeverity;
  items: Diagnostic[];
}

const SEVERITIES: DiagnosticSeverity[] = ["error", "warning", "info"];

/** Diagnostics by severity, errors first; empty groups are left out; order inside a group kept. */
export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  return SEVERITIES.map((severity) => ({
    severity,
    items: diagnostics.filter((d) => d.severity === severity),
  })).filter((g) => g.items.length > 0);
}

interface Place {
  component: string;
  cardIndex?: number;
  buttonIndex?: number;
}

/** "Carousel · Card 2 · Button 1": the parts of the template something points at, outermost first. */
function placeRefs(place: Place): MessageRef[] {
  const refs: MessageRef[] = [{ key: `diagnostics.component.${place.component}` }];
  if (place.cardIndex !== undefined)
    refs.push({ key: "diagnostics.location.card", params: { card: place.cardIndex + 1 } });
  if (place.buttonIndex !== undefined)
    refs.push({ key: "diagnostics.location.button", params: { button: place.buttonIndex + 1 } });
  return refs;
}

export function diagnosticPlace(
  diagnostic: Pick<Diagnostic, "component" | "cardIndex" | "buttonIndex">,
): MessageRef[] {
  return placeRefs(diagnostic);
}

/** Where a variable sits; variables inside carousel cards say "Carousel · Card N · Body". */
export function variablePlace(variable: Pick<PreviewVariable, "component" | "cardIndex" | "buttonIndex">) {
  if (variable.cardIndex === undefined) return placeRefs(variable);
  const refs: MessageRef[] = [
    { key: "diagnostics.component.CAROUSEL" },
    { key: "diagnostics.location.card", params: { card: variable.cardIndex + 1 } },
    { key: `diagnostics.component.${variable.component}` },
  ];
  if (variable.buttonIndex !== undefined)
    refs.push({ key: "diagnostics.location.button", params: { button: variable.buttonIndex + 1 } });
  return refs;
}

// ---------------------------------------------------------------- template facts

export type CategoryChange =
  /** `correct_category` differs: Meta will move the template to `to`. */
  | { kind: "pending"; from: string; to: string }
  /** `previous_category` differs: Meta already moved it from `from`. */
  | { kind: "changed"; from: string; to: string };

function upper(value: string | null | undefined): string {
  return (value ?? "").trim().toUpperCase();
}

export function categoryChange(
  template: Pick<Template, "category" | "previous_category" | "correct_category">,
): CategoryChange | null {
  const current = upper(template.category);
  const correct = upper(template.correct_category);
  if (correct !== "" && correct !== current) return { kind: "pending", from: current, to: correct };
  const previous = upper(template.previous_category);
  if (previous !== "" && previous !== current) return { kind: "changed", from: previous, to: current };
  return null;
}

/** `quality_score.date` (unix seconds) as a Date, or null when missing or nonsensical. */
export function qualityDate(template: Pick<Template, "quality_score">): Date | null {
  const seconds = template.quality_score?.date;
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000);
}

/** Pretty-printed JSON for the Raw JSON view (2-space indent; never throws). */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Whether a media URL points at a still image (by its file extension): a VIDEO header's example
 * can then be shown as a poster frame instead of loading the video itself.
 */
export function looksLikeImage(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    return /\.(png|jpe?g|webp|gif|avif|bmp|svg)$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- notes under the preview

function allHeaders(model: PreviewModel): PreviewHeader[] {
  return [model.header, ...(model.carousel?.cards.map((c) => c.header) ?? [])];
}

/**
 * Short explanations drawn under the phone: what the preview cannot know (media chosen at send
 * time, the offer's end, WhatsApp's preset authentication text) and where the message looks
 * different (desktop clients).
 */
export function previewNotes(model: PreviewModel): MessageRef[] {
  const notes: MessageRef[] = [];
  const headers = allHeaders(model);
  if (headers.some((h) => (h.kind === "image" || h.kind === "video" || h.kind === "gif") && h.url === null))
    notes.push({ key: "preview.mediaUnavailableHint" });
  if (headers.some((h) => h.kind === "location")) notes.push({ key: "preview.locationHint" });
  if (model.offer) {
    if (model.offer.hasExpiration) notes.push({ key: "preview.offer.expires" });
    notes.push({ key: "preview.offer.notOnDesktop" });
  }
  if (model.auth) {
    notes.push({ key: "preview.auth.presetText" });
    if (model.auth.securityRecommendation) notes.push({ key: "preview.auth.securityLine" });
  }
  const types = model.buttons.map((b) => b.type);
  const quickReplies = types.filter((t) => t === "QUICK_REPLY").length;
  if (types.length >= 4 || (quickReplies > 0 && quickReplies < types.length))
    notes.push({ key: "preview.buttonsNotOnDesktop" });
  return notes;
}
