import type { Button, Component } from "./types";

/** Component and button builders producing Meta GET-shaped (uppercase) objects. */

export type MediaFormat = "IMAGE" | "VIDEO" | "DOCUMENT" | "GIF";

export const header = {
  text(text: string, example?: string): Component {
    return example === undefined
      ? { type: "HEADER", format: "TEXT", text }
      : { type: "HEADER", format: "TEXT", text, example: { header_text: [example] } };
  },
  textNamed(text: string, param: string, example: string): Component {
    return {
      type: "HEADER",
      format: "TEXT",
      text,
      example: { header_text_named_params: [{ param_name: param, example }] },
    };
  },
  media(format: MediaFormat, url?: string): Component {
    return url === undefined
      ? { type: "HEADER", format }
      : { type: "HEADER", format, example: { header_handle: [url] } };
  },
  location(): Component {
    return { type: "HEADER", format: "LOCATION" };
  },
};

/** BODY with positional examples (one row), or without examples when `examples` is omitted. */
export function body(text: string, examples?: readonly string[]): Component {
  return examples === undefined || examples.length === 0
    ? { type: "BODY", text }
    : { type: "BODY", text, example: { body_text: [[...examples]] } };
}

/** BODY with named examples (`{{first_name}}` …). */
export function bodyNamed(text: string, params: Readonly<Record<string, string>>): Component {
  return {
    type: "BODY",
    text,
    example: {
      body_text_named_params: Object.entries(params).map(([param_name, example]) => ({
        param_name,
        example,
      })),
    },
  };
}

export function footer(text: string): Component {
  return { type: "FOOTER", text };
}

export function buttons(...list: Button[]): Component {
  return { type: "BUTTONS", buttons: list };
}

export const btn = {
  quickReply: (text: string): Button => ({ type: "QUICK_REPLY", text }),
  url: (text: string, url: string, example?: string): Button =>
    example === undefined ? { type: "URL", text, url } : { type: "URL", text, url, example: [example] },
  phone: (text: string, phone_number: string): Button => ({ type: "PHONE_NUMBER", text, phone_number }),
  copyCode: (example: string, text = "Copy offer code"): Button => ({ type: "COPY_CODE", text, example }),
  flow: (text: string, flow_id: string, navigate_screen = "WELCOME_SCREEN"): Button => ({
    type: "FLOW",
    text,
    flow_id,
    flow_action: "navigate",
    navigate_screen,
  }),
  catalog: (text: string): Button => ({ type: "CATALOG", text }),
  mpm: (text: string): Button => ({ type: "MPM", text }),
  spm: (text: string): Button => ({ type: "SPM", text }),
  voiceCall: (text: string): Button => ({ type: "VOICE_CALL", text }),
  /** How Meta stores an authentication copy-code OTP button (created as OTP, returned as URL). */
  otpCopyCode: (text: string): Button => ({
    type: "URL",
    text,
    url: "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}",
  }),
  /** A raw OTP button as some proxies pass it through (one-tap autofill). */
  otpOneTap: (text: string, autofill_text: string): Button => ({
    type: "OTP",
    otp_type: "ONE_TAP",
    text,
    autofill_text,
    supported_apps: [{ package_name: "com.example.shop", signature_hash: "K8a/AINcGX7" }],
  }),
};

/** AUTHENTICATION body as returned by GET (preset text, security recommendation flag). */
export function authBody(text: string, example = "482913"): Component {
  return { type: "BODY", text, add_security_recommendation: true, example: { body_text: [[example]] } };
}

export function authFooter(text: string, minutes: number): Component {
  return { type: "FOOTER", text, code_expiration_minutes: minutes };
}

export function carousel(cards: Component[][]): Component {
  return { type: "CAROUSEL", cards: cards.map((components) => ({ components })) };
}

export function limitedTimeOffer(text: string): Component {
  return { type: "LIMITED_TIME_OFFER", limited_time_offer: { text, has_expiration: true } };
}

/** Cuts realistic copy to exactly `length` characters (UTF-16 units), ending with "." when possible. */
export function exactLength(source: string, length: number): string {
  let text = source;
  while (text.length < length) text += ` ${source}`;
  text = text.slice(0, length);
  return `${text
    .slice(0, length - 1)
    .trimEnd()
    .padEnd(length - 1, ".")}.`;
}
