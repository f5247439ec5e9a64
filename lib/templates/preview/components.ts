import type { Template, TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";

/**
 * Small shared helpers over raw template components: case-insensitive type lookup, button type
 * normalisation, OTP detection and the http(s)-only URL check. Used by the preview model and the
 * diagnostics so both read a template the same way.
 */

/** Meta creates with lower case (`header`, `quick_reply`) and answers GETs in upper case. */
export function normalizeType(type: string | null | undefined): string {
  return (type ?? "")
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
}

export const KNOWN_COMPONENT_TYPES = [
  "HEADER",
  "BODY",
  "FOOTER",
  "BUTTONS",
  "CAROUSEL",
  "LIMITED_TIME_OFFER",
] as const;
export type KnownComponentType = (typeof KNOWN_COMPONENT_TYPES)[number];

export function isKnownComponentType(type: string): type is KnownComponentType {
  return (KNOWN_COMPONENT_TYPES as readonly string[]).includes(type);
}

/** All components of one type, in order. */
export function componentsOfType(
  components: readonly TemplateComponent[] | undefined,
  type: KnownComponentType,
): TemplateComponent[] {
  return (components ?? []).filter((c) => normalizeType(c.type) === type);
}

/** The first component of a type (Meta allows at most one of each). */
export function findComponent(
  components: readonly TemplateComponent[] | undefined,
  type: KnownComponentType,
): TemplateComponent | undefined {
  return componentsOfType(components, type)[0];
}

/** Every button of every BUTTONS component, in order (normally there is exactly one component). */
export function buttonsOf(components: readonly TemplateComponent[] | undefined): TemplateButton[] {
  return componentsOfType(components, "BUTTONS").flatMap((c) => c.buttons ?? []);
}

export function isAuthenticationCategory(template: Pick<Template, "category">): boolean {
  return normalizeType(template.category) === "AUTHENTICATION";
}

export type OtpKind = "copy_code" | "one_tap" | "zero_tap";

/**
 * Authentication buttons are created as `OTP` but Meta stores and returns them as `URL` buttons
 * pointing at `https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}` (reference
 * §3.8). Returns the raw otp type (upper case) for both shapes, or null for any other button.
 */
export function otpTypeOf(button: TemplateButton): string | null {
  const type = normalizeType(button.type);
  if (type === "OTP") return normalizeType(button.otp_type) || "COPY_CODE";
  if (type === "URL" && typeof button.url === "string") {
    const match = /^https?:\/\/(?:www\.)?whatsapp\.com\/otp\/code\/?\?(?:[^#]*&)?otp_type=([A-Za-z_]+)/i.exec(
      button.url.trim(),
    );
    if (match?.[1]) return normalizeType(match[1]);
  }
  return null;
}

export function otpKind(otpType: string | null): OtpKind | null {
  switch (otpType) {
    case "COPY_CODE":
      return "copy_code";
    case "ONE_TAP":
      return "one_tap";
    case "ZERO_TAP":
      return "zero_tap";
    default:
      return null;
  }
}

/**
 * The URL itself (normalised by the WHATWG parser) when it is an absolute http(s) URL; null for
 * anything else: `javascript:`, `data:`, relative strings, upload handles such as `4::aW1h…`.
 * The parser strips tabs and newlines exactly as a browser would, so `java\nscript:` is caught too.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}

/** True when the string carries a scheme other than http(s) (javascript:, data:, vbscript:, …). */
export function hasUnsafeScheme(value: string): boolean {
  if (safeHttpUrl(value) !== null) return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop C0 controls before reading a scheme
  const squashed = value.replace(/[\u0000-\u0020]+/g, "");
  return /^[a-z][a-z0-9+.-]*:/i.test(squashed);
}

/** Length as a person counts it: code points, so an emoji is one character, not two. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
