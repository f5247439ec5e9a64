import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { AlertChannel } from "@/lib/alerts/rule-schema";

/**
 * Channel secrets at rest: AES-256-GCM, one random 96-bit IV per value, the 128-bit tag checked on
 * open. Stored as `v1.<base64url(iv ‖ tag ‖ ciphertext)>` — the version names both the format and
 * the key derivation, so a future key or algorithm can be added without guessing. An optional
 * context (e.g. the rule id) is bound as additional authenticated data: a ciphertext copied into
 * another rule's row does not open.
 *
 * The key: HKDF-SHA256 over ALERTS_SECRET_KEY (≥ 32 characters; `openssl rand -base64 32`).
 * Required in production. Elsewhere (development, tests, `npm run demo`) a fixed development key
 * is derived from a public constant, so local data survives restarts — it protects nothing and is
 * why production refuses to start without a real key. Changing the key makes stored secrets
 * unreadable: admins then re-enter them (openSecret throws SecretBoxError "undecryptable").
 */

const VERSION = "v1";
const INFO = "template-console/alerts/secret-box/v1";
const DEV_KEY_MATERIAL = "template-console-development-alerts-key (not secret)";

export class SecretBoxError extends Error {
  constructor(
    readonly code: "missing_key" | "weak_key" | "bad_format" | "undecryptable",
    message: string,
  ) {
    super(message);
    this.name = "SecretBoxError";
  }
}

export interface SecretBox {
  seal(plaintext: string, context?: string): string;
  open(sealed: string, context?: string): string;
  /** True when the key is the public development key. */
  readonly developmentKey: boolean;
}

export function createSecretBox(env: {
  NODE_ENV: string;
  DEMO_MODE?: boolean;
  ALERTS_SECRET_KEY?: string | undefined;
}): SecretBox {
  const configured = env.ALERTS_SECRET_KEY?.trim() ?? "";
  if (configured === "" && env.NODE_ENV === "production" && !env.DEMO_MODE)
    throw new SecretBoxError(
      "missing_key",
      "ALERTS_SECRET_KEY is required in production (encrypts alert channel secrets); generate one with: openssl rand -base64 32",
    );
  if (configured !== "" && configured.length < 32)
    throw new SecretBoxError("weak_key", "ALERTS_SECRET_KEY must be at least 32 characters");
  const material = configured === "" ? DEV_KEY_MATERIAL : configured;
  const key = Buffer.from(hkdfSync("sha256", Buffer.from(material, "utf8"), Buffer.alloc(0), INFO, 32));
  return {
    developmentKey: configured === "",
    seal(plaintext, context = "") {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const data = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), data]).toString("base64url")}`;
    },
    open(sealed, context = "") {
      const [version, payload, extra] = sealed.split(".");
      if (version !== VERSION || !payload || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(payload))
        throw new SecretBoxError("bad_format", "not a sealed secret of a known version");
      const raw = Buffer.from(payload, "base64url");
      if (raw.length < 28) throw new SecretBoxError("bad_format", "sealed secret is too short");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        throw new SecretBoxError(
          "undecryptable",
          "the secret cannot be decrypted with the current ALERTS_SECRET_KEY",
        );
      }
    },
  };
}

/**
 * A channel as stored: the URL (which is itself a credential for WeCom, DingTalk, Feishu and
 * Slack) and the signing secret sealed, plus the masked URL for display.
 */
export type StoredChannel =
  | {
      type: Exclude<AlertChannel["type"], "email">;
      urlSealed: string;
      urlMasked: string;
      secretSealed: string | null;
    }
  | { type: "email"; to: string | string[] };

export function sealChannel(box: SecretBox, channel: AlertChannel, context: string): StoredChannel {
  if (channel.type === "email") return { type: "email", to: channel.to };
  const secret = "secret" in channel ? channel.secret : undefined;
  return {
    type: channel.type,
    urlSealed: box.seal(channel.url, context),
    urlMasked: maskUrl(channel.url),
    secretSealed: secret ? box.seal(secret, context) : null,
  };
}

export function openChannel(box: SecretBox, stored: StoredChannel, context: string): AlertChannel {
  if (stored.type === "email") return { type: "email", to: stored.to };
  const url = box.open(stored.urlSealed, context);
  const secret = stored.secretSealed ? box.open(stored.secretSealed, context) : undefined;
  switch (stored.type) {
    case "wecom":
    case "slack":
      return { type: stored.type, url };
    default:
      return secret ? { type: stored.type, url, secret } : { type: stored.type, url };
  }
}

function mask(value: string): string {
  return value.length >= 12 ? `••••${value.slice(-4)}` : "••••";
}

/**
 * The URL with its credential parts hidden: every query value (WeCom `key`, DingTalk
 * `access_token`), token-like path segments (Slack's last segment, Feishu's hook id: 16+ letters,
 * digits, '-' or '_'), user:password and the fragment. Host and path shape stay, so an admin can
 * tell which robot it is.
 */
export function maskUrl(raw: string): string {
  if (!URL.canParse(raw)) return "••••";
  const url = new URL(raw);
  const path = url.pathname
    .split("/")
    .map((seg) =>
      /^[A-Za-z0-9_-]{16,}$/.test(seg) || /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(seg) ? mask(seg) : seg,
    )
    .join("/");
  const query = [...url.searchParams.keys()]
    .map((k) => `${encodeURIComponent(k)}=${mask(url.searchParams.get(k) ?? "")}`)
    .join("&");
  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ""}`;
}

export type RedactedChannel =
  | { type: Exclude<AlertChannel["type"], "email">; url: string; secretSet: boolean }
  | { type: "email"; to: string | string[]; secretSet: false };

export type RedactedRule<R extends { channel: AlertChannel | StoredChannel }> = Omit<R, "channel"> & {
  channel: RedactedChannel;
};

export function redactChannel(channel: AlertChannel | StoredChannel): RedactedChannel {
  if (channel.type === "email") return { type: "email", to: channel.to, secretSet: false };
  if ("urlSealed" in channel)
    return { type: channel.type, url: channel.urlMasked, secretSet: channel.secretSealed !== null };
  return {
    type: channel.type,
    url: maskUrl(channel.url),
    secretSet: "secret" in channel && Boolean(channel.secret),
  };
}

/** The rule as a browser may see it: no secret, no webhook key, only whether a secret is set. */
export function redactRule<R extends { channel: AlertChannel | StoredChannel }>(rule: R): RedactedRule<R> {
  return { ...rule, channel: redactChannel(rule.channel) };
}

/**
 * An edit from the browser, which never had the secret nor the full URL: an unchanged masked URL
 * keeps the stored URL; an absent secret keeps the stored secret (same type only);
 * `clearSecret` removes it.
 */
export function mergeChannelUpdate(
  previous: AlertChannel,
  incoming: {
    type: AlertChannel["type"];
    url?: string;
    secret?: string;
    to?: string | string[];
    clearSecret?: boolean;
  },
): Record<string, unknown> {
  if (incoming.type === "email") return { type: "email", to: incoming.to };
  const sameType = previous.type === incoming.type;
  const prevUrl = previous.type !== "email" ? previous.url : undefined;
  const url = sameType && prevUrl !== undefined && incoming.url === maskUrl(prevUrl) ? prevUrl : incoming.url;
  const prevSecret = sameType && "secret" in previous ? previous.secret : undefined;
  const secret = incoming.clearSecret ? undefined : (incoming.secret ?? prevSecret);
  const out: Record<string, unknown> = { type: incoming.type, url };
  if (secret !== undefined && incoming.type !== "wecom" && incoming.type !== "slack") out.secret = secret;
  return out;
}
