/** NxCloud response envelope `{code, message, data}` and the codes the simulator answers. */

export const MESSAGES: Readonly<Record<number, string>> = {
  0: "Request successful",
  [-1]: "Request failed",
  1001: "Missing common parameters",
  1002: "Parameter error",
  1003: "Invalid signature",
  1004: "Timestamp expired",
  1005: "Insufficient permissions",
  9000: "Parameter exception",
  9001: "System business error",
  9002: "Merchant phone number error",
  9006: "WhatsApp number not bound to the application",
  9099: "WhatsApp error",
};

export interface MetaError {
  message: string;
  type: string;
  code: number;
  error_subcode?: number;
  fbtrace_id: string;
}

export const META_INVALID_PARAMETER = (fbtrace: string): MetaError => ({
  message: "(#100) Invalid parameter",
  type: "OAuthException",
  code: 100,
  error_subcode: 2388024,
  fbtrace_id: fbtrace,
});

export const META_RATE_LIMIT = (fbtrace: string): MetaError => ({
  message:
    "(#80008) There have been too many calls to this WhatsApp Business account. Wait a bit and try again.",
  type: "OAuthException",
  code: 80008,
  fbtrace_id: fbtrace,
});

/** Error envelope. `detail` is appended to the canonical message; 9099 carries Meta's nested error. */
export function errorEnvelope(code: number, detail?: string, metaError?: MetaError): string {
  const base = MESSAGES[code] ?? "Request failed";
  const message = detail ? `${base}: ${detail}` : base;
  const data = code === 9099 ? { error: metaError ?? META_RATE_LIMIT("AsimFaultInjected") } : null;
  return JSON.stringify({ code, message, data });
}
