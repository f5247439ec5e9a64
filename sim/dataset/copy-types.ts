/**
 * Localised marketing/utility copy used to build templates. Placeholders:
 * - `{{n}}` / `{{name}}`: WhatsApp template parameters (kept verbatim in the template text);
 * - `{brand}`: replaced by the account's brand when the template is generated.
 * Limits (checked by tests): header ≤ 60, footer ≤ 60, button ≤ 25, card body ≤ 160, LTO text ≤ 16.
 */
export const LANGUAGES = [
  "en_US",
  "zh_CN",
  "es",
  "pt_BR",
  "id",
  "hi",
  "ar",
  "en_GB",
  "fr",
  "de",
  "ja",
  "zh_HK",
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

export interface CopyPack {
  lang: LanguageCode;
  /** Example parameter values, in this language's conventions. */
  ex: {
    name: string;
    total: string;
    carrier: string;
    date: string;
    time: string;
    service: string;
    amount: string;
    discount: string;
    code: string;
    window: string;
  };
  /** header {{1}} = order number; body {{1}} name, {{2}} order number, {{3}} total. */
  order: { header: string; body: string };
  /** body {{1}} name, {{2}} order, {{3}} carrier, {{4}} date; locationBody {{1}} name, {{2}} order. */
  shipping: { header: string; body: string; locationBody: string };
  /** Named parameters: {{first_name}}, {{order_id}}, {{delivery_window}}. */
  delivery: { body: string };
  /** AUTHENTICATION preset text (body with {{1}} = code) and footer for N minutes. */
  auth: { body: string; footer: (minutes: number) => string; copy: string; autofill: string };
  /** body {{1}} name, {{2}} discount, {{3}} code. */
  promo: { header: string; body: string };
  /** body {{1}} name, {{2}} service, {{3}} date, {{4}} time. */
  appointment: { header: string; body: string };
  /** body {{1}} name, {{2}} amount, {{3}} invoice number, {{4}} due date. */
  payment: { body: string };
  /** body {{1}} name, {{2}} order number. */
  feedback: { body: string };
  /** body {{1}} name; cards: product blurbs (≤ 160 chars each). */
  carousel: { body: string; cards: readonly string[] };
  /** text ≤ 16 chars; body {{1}} name, {{2}} code (≤ 600 chars, no footer). */
  lto: { text: string; body: string };
  catalog: { header: string; body: string };
  /** Marketing footer (opt-out) and utility footer. */
  footer: string;
  utilFooter: string;
  btn: {
    viewOrder: string;
    track: string;
    stopUpdates: string;
    shopNow: string;
    copyCode: string;
    confirm: string;
    reschedule: string;
    callUs: string;
    payNow: string;
    good: string;
    ok: string;
    bad: string;
    viewCatalog: string;
    viewItems: string;
    bookNow: string;
    callBusiness: string;
    unsubscribe: string;
    viewInvoice: string;
    startSurvey: string;
    viewProduct: string;
    moreLikeThis: string;
  };
}
