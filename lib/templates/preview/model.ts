import type { Template, TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";
import {
  buttonsOf,
  findComponent,
  hasUnsafeScheme,
  isAuthenticationCategory,
  isKnownComponentType,
  normalizeType,
  type OtpKind,
  otpKind,
  otpTypeOf,
  safeHttpUrl,
} from "./components";
import {
  type FormatBlock,
  type InlineRun,
  parsePlain,
  parseWhatsAppText,
  type VariableRun,
} from "./format-tokens";
import type { MessageRef } from "./message-ref";
import {
  buttonExample,
  componentResolver,
  detectParameterFormat,
  type ParameterFormat,
  resolveUrlButton,
} from "./variables";

/**
 * The preview render model: everything a component needs to draw a template the way WhatsApp
 * shows it, as plain data. Components only draw it — no parsing, no URL checks, no HTML.
 * `buildPreviewModel` never throws for anything `templateSchema` accepts.
 */

export type MediaKind = "image" | "video" | "gif" | "document";

export type PreviewHeader =
  | { kind: "none" }
  /** Header text is never formatted (Meta: no markdown in headers); runs are text + variables. */
  | { kind: "text"; runs: InlineRun[] }
  | {
      kind: MediaKind;
      /** Example media, http(s) only; null → draw `preview.mediaUnavailable` / `preview.documentFallback`. */
      url: string | null;
      /** Documents: file name taken from the example URL when it has one. */
      fileName?: string;
    }
  /** Location is chosen at send time; draw a map placeholder (`preview.location`). */
  | { kind: "location" }
  /** A format this console does not know; draw `preview.header.unknown` with {format}. */
  | { kind: "unknown"; format: string };

export type ButtonIcon =
  | "reply"
  | "link"
  | "phone"
  | "copy"
  | "flow"
  | "catalog"
  | "call"
  | "product"
  | "otp"
  | "unknown";

export type ButtonDetail =
  | {
      kind: "url";
      /** As stored, e.g. `https://shop.example/p?promo={{1}}`. */
      template: string;
      /** Final URL with the example suffix filled; null when the suffix has no example. Display as text. */
      url: string | null;
      /** Safe link target: set only for absolute http(s) URLs. Never link anything else. */
      href: string | null;
      /** The URL uses another scheme (javascript:, data:, …): show a warning, never a link. */
      unsafe: boolean;
      variable: VariableRun | null;
    }
  | { kind: "phone"; phoneNumber: string }
  | { kind: "copyCode"; code: string | null }
  | {
      kind: "otp";
      /** Raw `otp_type` (COPY_CODE, ONE_TAP, ZERO_TAP or a newer value). */
      otpType: string;
      otpKind: OtpKind | null;
      /** ONE_TAP/ZERO_TAP: label of the autofill button (falls back to `preview.autofill`). */
      autofillText: string | null;
    }
  | {
      kind: "flow";
      flowId: string | null;
      flowName: string | null;
      flowAction: string | null;
      navigateScreen: string | null;
    };

export interface PreviewButton {
  /** Position in the template's button list (0-based), as diagnostics' `buttonIndex`. */
  index: number;
  /** Upper-case type: QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP, FLOW, CATALOG, MPM, SPM, VOICE_CALL, … */
  type: string;
  /** The button's own text; null when it has none — then draw `fallbackLabel`. */
  label: string | null;
  /** What WhatsApp shows when the text is missing (e.g. `preview.buttonLabel.CATALOG` "View catalog"). */
  fallbackLabel: MessageRef;
  /** Name of the button type for badges/tooltips (`preview.buttonType.<TYPE>`). */
  typeLabel: MessageRef;
  icon: ButtonIcon;
  detail?: ButtonDetail;
}

/**
 * WhatsApp shows up to 3 buttons; with more, the first 2 plus a "See all options" entry that opens
 * the full list.
 */
export interface ButtonLayout {
  visible: PreviewButton[];
  /** Non-null when the "See all options" entry must be drawn after `visible`. */
  overflow: { label: MessageRef; hiddenCount: number } | null;
  all: PreviewButton[];
}

export interface UnknownComponent {
  /** Type as written (not normalised), for "Not previewable: {type}". */
  type: string;
  raw: Record<string, unknown>;
}

export interface PreviewCard {
  index: number;
  header: PreviewHeader;
  body: FormatBlock[];
  buttons: PreviewButton[];
  unknown: UnknownComponent[];
}

export interface PreviewOffer {
  /** The offer banner text (≤16 chars), null when missing. */
  text: string | null;
  /** Draw a countdown/expiry line (`preview.offer.expires`); the time is given at send time. */
  hasExpiration: boolean;
  /** The COPY_CODE button's example code, if any. */
  code: string | null;
}

export interface PreviewAuth {
  securityRecommendation: boolean;
  expiryMinutes: number | null;
  otpKind: OtpKind | null;
  /** The body is WhatsApp's preset text synthesised here (the template stores none). */
  bodySynthesized: boolean;
  /** The footer is the synthesised "This code expires in N minutes." */
  footerSynthesized: boolean;
}

export interface PreviewVariable {
  component: "HEADER" | "BODY" | "FOOTER" | "BUTTONS";
  cardIndex?: number;
  buttonIndex?: number;
  name: string;
  value: string | null;
}

export interface PreviewModel {
  name: string;
  language: string;
  direction: "ltr" | "rtl";
  parameterFormat: ParameterFormat;
  header: PreviewHeader;
  body: FormatBlock[];
  /** Footer text as runs (plain + variables), or null. */
  footer: InlineRun[] | null;
  buttons: PreviewButton[];
  buttonLayout: ButtonLayout;
  carousel: { cards: PreviewCard[] } | null;
  offer: PreviewOffer | null;
  auth: PreviewAuth | null;
  /** Components this console cannot draw; show "Not previewable: {type}" for each. */
  unknown: UnknownComponent[];
  /** Every variable with its example value (null = missing), for a "variables" table. */
  variables: PreviewVariable[];
}

export const MAX_VISIBLE_BUTTONS = 3;
const RTL_LANGUAGES = new Set(["ar", "he", "iw", "fa", "ur"]);

/** "rtl" for Arabic, Hebrew, Persian and Urdu in any region (ar, ar_EG, he-IL); else "ltr". */
export function textDirection(language: string | null | undefined): "ltr" | "rtl" {
  const primary = (language ?? "").trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}

const MEDIA_FORMATS: Record<string, MediaKind> = {
  IMAGE: "image",
  VIDEO: "video",
  GIF: "gif",
  DOCUMENT: "document",
};

function mediaUrl(component: TemplateComponent): string | null {
  // NxCloud: custom_header_handle_url wins over header_handle when both are set.
  const ex = component.example;
  return safeHttpUrl(ex?.custom_header_handle_url) ?? safeHttpUrl(ex?.header_handle?.[0]);
}

function fileNameOf(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const last = new URL(url).pathname.split("/").filter(Boolean).at(-1);
    if (!last) return undefined;
    const name = decodeURIComponent(last);
    return /\.[a-z0-9]{1,8}$/i.test(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

export function buildHeader(component: TemplateComponent | undefined): PreviewHeader {
  if (!component) return { kind: "none" };
  const format = normalizeType(component.format) || (typeof component.text === "string" ? "TEXT" : "");
  if (format === "TEXT") {
    if (!component.text) return { kind: "none" };
    return { kind: "text", runs: parsePlain(component.text, { resolve: componentResolver(component) }) };
  }
  if (format === "") return { kind: "none" };
  if (format === "LOCATION") return { kind: "location" };
  const media = MEDIA_FORMATS[format];
  if (media) {
    const url = mediaUrl(component);
    const fileName = media === "document" ? fileNameOf(url) : undefined;
    return fileName ? { kind: media, url, fileName } : { kind: media, url };
  }
  return { kind: "unknown", format: component.format ?? "" };
}

const BUTTON_ICONS: Record<string, ButtonIcon> = {
  QUICK_REPLY: "reply",
  URL: "link",
  PHONE_NUMBER: "phone",
  COPY_CODE: "copy",
  OTP: "otp",
  FLOW: "flow",
  CATALOG: "catalog",
  MPM: "product",
  SPM: "product",
  VOICE_CALL: "call",
};

/** Button types with their own `preview.buttonType.*` / `preview.buttonLabel.*` messages. */
export const KNOWN_BUTTON_TYPES = Object.keys(BUTTON_ICONS);

function typeLabel(type: string): MessageRef {
  return type in BUTTON_ICONS
    ? { key: `preview.buttonType.${type}` }
    : { key: "preview.buttonType.UNKNOWN", params: { type: type || "?" } };
}

function textOrNull(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function stringOrNull(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  return textOrNull(value);
}

export function buildButton(button: TemplateButton, index: number): PreviewButton {
  const type = normalizeType(button.type);
  const label = textOrNull(button.text);
  const base = {
    index,
    type,
    label,
    typeLabel: typeLabel(type),
  };

  const otpType = otpTypeOf(button);
  if (otpType !== null) {
    const kind = otpKind(otpType);
    const autofill = kind === "one_tap" || kind === "zero_tap";
    return {
      ...base,
      icon: kind === "copy_code" ? "copy" : "otp",
      fallbackLabel: { key: autofill ? "preview.autofill" : "preview.copyCode" },
      detail: { kind: "otp", otpType, otpKind: kind, autofillText: textOrNull(button.autofill_text) },
    };
  }

  const icon = BUTTON_ICONS[type] ?? "unknown";
  const fallbackLabel: MessageRef =
    type in BUTTON_ICONS
      ? { key: `preview.buttonLabel.${type}` }
      : { key: "preview.buttonLabel.UNKNOWN", params: { type: type || "?" } };

  switch (type) {
    case "URL": {
      const resolved = resolveUrlButton(button);
      const href = safeHttpUrl(resolved.filled);
      const unsafe =
        href === null && (hasUnsafeScheme(resolved.filled ?? "") || hasUnsafeScheme(resolved.template));
      const variable: VariableRun | null = resolved.variable ? { ...resolved.variable, styles: [] } : null;
      return {
        ...base,
        icon,
        fallbackLabel,
        detail: { kind: "url", template: resolved.template, url: resolved.filled, href, unsafe, variable },
      };
    }
    case "PHONE_NUMBER":
    case "VOICE_CALL": {
      const phone = textOrNull(button.phone_number);
      return phone
        ? { ...base, icon, fallbackLabel, detail: { kind: "phone", phoneNumber: phone } }
        : { ...base, icon, fallbackLabel };
    }
    case "COPY_CODE":
      return { ...base, icon, fallbackLabel, detail: { kind: "copyCode", code: buttonExample(button) } };
    case "FLOW":
      return {
        ...base,
        icon,
        fallbackLabel,
        detail: {
          kind: "flow",
          flowId: stringOrNull(button.flow_id),
          flowName: textOrNull(button.flow_name),
          flowAction: textOrNull(button.flow_action),
          navigateScreen: textOrNull(button.navigate_screen),
        },
      };
    default:
      return { ...base, icon, fallbackLabel };
  }
}

export function layoutButtons(buttons: PreviewButton[]): ButtonLayout {
  if (buttons.length <= MAX_VISIBLE_BUTTONS) return { visible: buttons, overflow: null, all: buttons };
  const visible = buttons.slice(0, MAX_VISIBLE_BUTTONS - 1);
  return {
    visible,
    overflow: { label: { key: "preview.seeAllOptions" }, hiddenCount: buttons.length - visible.length },
    all: buttons,
  };
}

function offerCode(buttons: readonly PreviewButton[]): string | null {
  for (const b of buttons) if (b.detail?.kind === "copyCode" && b.detail.code !== null) return b.detail.code;
  return null;
}

function unknownOf(component: TemplateComponent): UnknownComponent {
  return { type: component.type, raw: { ...component } };
}

function buildCard(components: readonly TemplateComponent[] | undefined, index: number): PreviewCard {
  const list = Array.isArray(components) ? components : [];
  const body = findComponent(list, "BODY");
  return {
    index,
    header: buildHeader(findComponent(list, "HEADER")),
    body: parseWhatsAppText(body?.text, { resolve: componentResolver(body) }),
    buttons: buttonsOf(list).map(buildButton),
    unknown: list
      .filter((c) => !["HEADER", "BODY", "BUTTONS"].includes(normalizeType(c.type)))
      .map(unknownOf),
  };
}

export const AUTH_BODY_TEXT = "*{{1}}* is your verification code.";
export const AUTH_SECURITY_TEXT = "For your security, do not share this code.";

export function authFooterText(minutes: number): string {
  return `This code expires in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

function expiryMinutes(footer: TemplateComponent | undefined): number | null {
  const minutes = footer?.code_expiration_minutes;
  if (typeof minutes === "number" && Number.isFinite(minutes)) return minutes;
  const fromText = /expires in (\d{1,4}) minutes?/i.exec(footer?.text ?? "")?.[1];
  return fromText ? Number(fromText) : null;
}

function collectVariables(model: Omit<PreviewModel, "variables">): PreviewVariable[] {
  const out: PreviewVariable[] = [];
  const seen = new Set<string>();
  const add = (v: PreviewVariable) => {
    const id = `${v.component}|${v.cardIndex ?? ""}|${v.buttonIndex ?? ""}|${v.name}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push(v);
  };
  const fromRuns = (runs: readonly InlineRun[], where: Omit<PreviewVariable, "name" | "value">) => {
    for (const r of runs) if (r.kind === "variable") add({ ...where, name: r.name, value: r.value });
  };
  const fromBlocks = (blocks: readonly FormatBlock[], where: Omit<PreviewVariable, "name" | "value">) => {
    for (const b of blocks) {
      if (b.kind === "line") fromRuns(b.runs, where);
      else if (b.kind === "bulletList" || b.kind === "numberedList")
        for (const it of b.items) fromRuns(it.runs, where);
      else for (const l of b.lines) fromRuns(l, where);
    }
  };
  const fromButtons = (buttons: readonly PreviewButton[], cardIndex?: number) => {
    for (const b of buttons) {
      if (b.detail?.kind === "url" && b.detail.variable) {
        add({
          component: "BUTTONS",
          ...(cardIndex === undefined ? {} : { cardIndex }),
          buttonIndex: b.index,
          name: b.detail.variable.name,
          value: b.detail.variable.value,
        });
      }
    }
  };
  if (model.header.kind === "text") fromRuns(model.header.runs, { component: "HEADER" });
  fromBlocks(model.body, { component: "BODY" });
  if (model.footer) fromRuns(model.footer, { component: "FOOTER" });
  fromButtons(model.buttons);
  for (const card of model.carousel?.cards ?? []) {
    if (card.header.kind === "text")
      fromRuns(card.header.runs, { component: "HEADER", cardIndex: card.index });
    fromBlocks(card.body, { component: "BODY", cardIndex: card.index });
    fromButtons(card.buttons, card.index);
  }
  return out;
}

export function buildPreviewModel(template: Template): PreviewModel {
  const components: TemplateComponent[] = Array.isArray(template.components) ? template.components : [];

  const headerComponent = findComponent(components, "HEADER");
  const bodyComponent = findComponent(components, "BODY");
  const footerComponent = findComponent(components, "FOOTER");
  const rawButtons = buttonsOf(components);
  const buttons = rawButtons.map(buildButton);

  // Authentication: the body and footer carry no text at creation; WhatsApp shows preset text.
  const otpButton = buttons.find((b) => b.detail?.kind === "otp");
  const isAuth = isAuthenticationCategory(template) || otpButton !== undefined;
  let auth: PreviewAuth | null = null;
  let bodyText = bodyComponent?.text ?? "";
  let footerText = footerComponent?.text ?? "";
  if (isAuth) {
    const securityRecommendation =
      bodyComponent?.add_security_recommendation === true || /do not share this code/i.test(bodyText);
    const minutes = expiryMinutes(footerComponent);
    const bodySynthesized = bodyText.trim() === "";
    const footerSynthesized = footerText.trim() === "" && minutes !== null;
    if (bodySynthesized) {
      bodyText = securityRecommendation ? `${AUTH_BODY_TEXT} ${AUTH_SECURITY_TEXT}` : AUTH_BODY_TEXT;
    }
    if (footerSynthesized && minutes !== null) footerText = authFooterText(minutes);
    auth = {
      securityRecommendation,
      expiryMinutes: minutes,
      otpKind: otpButton?.detail?.kind === "otp" ? otpButton.detail.otpKind : null,
      bodySynthesized,
      footerSynthesized,
    };
  }

  const body = parseWhatsAppText(bodyText, { resolve: componentResolver(bodyComponent) });
  const footer =
    footerText.trim() === "" ? null : parsePlain(footerText, { resolve: componentResolver(undefined) });

  const carouselComponent = findComponent(components, "CAROUSEL");
  const carousel = carouselComponent
    ? {
        cards: (Array.isArray(carouselComponent.cards) ? carouselComponent.cards : []).map((card, i) =>
          buildCard(card?.components, i),
        ),
      }
    : null;

  const ltoComponent = findComponent(components, "LIMITED_TIME_OFFER");
  const offer: PreviewOffer | null = ltoComponent
    ? {
        text: textOrNull(ltoComponent.limited_time_offer?.text),
        hasExpiration: ltoComponent.limited_time_offer?.has_expiration === true,
        code: offerCode(buttons),
      }
    : null;

  const unknown = components.filter((c) => !isKnownComponentType(normalizeType(c.type))).map(unknownOf);

  const partial: Omit<PreviewModel, "variables"> = {
    name: template.name,
    language: template.language,
    direction: textDirection(template.language),
    parameterFormat: detectParameterFormat(template),
    header: buildHeader(headerComponent),
    body,
    footer,
    buttons,
    buttonLayout: layoutButtons(buttons),
    carousel,
    offer,
    auth,
    unknown,
  };
  return { ...partial, variables: collectVariables(partial) };
}
