/**
 * An error a route handler answers with as JSON `{ error: { code, message, messageKey?, fields? } }`.
 * `messageKey` points into the `errors` i18n namespace so the browser can show it in the UI language.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { fields?: Record<string, string[]>; retryable?: boolean; messageKey?: string } = {},
  ) {
    super(message);
    this.name = "ApiProblem";
  }

  toJSON() {
    return {
      error: {
        code: this.code,
        message: this.message,
        messageKey: this.extra.messageKey ?? `errors.${this.code}`,
        ...(this.extra.retryable !== undefined ? { retryable: this.extra.retryable } : {}),
        ...(this.extra.fields ? { fields: this.extra.fields } : {}),
      },
    };
  }
}
