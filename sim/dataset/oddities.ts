import type { MediaUrl } from "./media-refs";

/**
 * The fourth demo account: templates shaped like those found in real account dumps, recorded Graph
 * responses and BSP fixtures rather than like Meta documents them. Each one exercises one oddity the
 * console must survive (issue 12): it is listed, marked when it cannot be fully read, and never
 * empties the account. Written by hand for this project; served exactly as written.
 *
 * `expect` documents what the console should make of each template (used by the e2e spec):
 * - `listed: false` — no usable id or name, so it is skipped and only counted;
 * - `issues` — field paths reported as "could not be fully read" (empty: read completely).
 */
export interface OddityCase {
  template: Record<string, unknown>;
  expect: { listed: boolean; issues: string[]; status?: string; category?: string };
}

export const ODDITIES_PROFILE = {
  id: "oddities",
  label: "Oddities (real-world data)",
  appkey: "ak-oddities-3c5a71",
  business_phone: "5511987650000",
  waba_id: "104857600000404",
} as const;

const body = (text: string, example?: unknown) =>
  example === undefined ? { type: "BODY", text } : { type: "BODY", text, example };

export function odditiesCases(media: MediaUrl): OddityCase[] {
  let next = 1_810_000_000_000_000;
  const id = () => {
    next += 7_919;
    return String(next);
  };
  return [
    {
      template: {
        id: id(),
        name: "order_shipped_no_status",
        language: "en_US",
        category: "UTILITY",
        components: [body("Your order {{1}} has shipped.", { body_text: [["#1042"]] })],
      },
      expect: { listed: true, issues: ["status"], status: "UNKNOWN" },
    },
    {
      template: {
        id: id(),
        name: "welcome_no_category",
        language: "pt_BR",
        status: "APPROVED",
        components: [body("Bem-vindo, {{1}}!", { body_text: [["Ana"]] })],
      },
      expect: { listed: true, issues: ["category"], category: "UNKNOWN" },
    },
    {
      template: {
        id: id(),
        name: "login_code_string_booleans",
        language: "en",
        category: "AUTHENTICATION",
        status: "APPROVED",
        quality_score: { score: "GREEN", date: "1735689600" },
        message_send_ttl_seconds: "600",
        components: [
          { type: "BODY", text: "{{1}} is your verification code.", add_security_recommendation: "True" },
          { type: "FOOTER", text: "This code expires in 10 minutes.", code_expiration_minutes: "10" },
          {
            type: "BUTTONS",
            buttons: [
              {
                type: "URL",
                text: "Copy code",
                url: "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}",
                example: ["https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp123456"],
              },
            ],
          },
        ],
      },
      expect: { listed: true, issues: [] },
    },
    {
      template: {
        id: id(),
        name: "carousel_flat_body_text",
        language: "en_US",
        category: "MARKETING",
        status: "APPROVED",
        components: [
          body("Hi {{1}}, our {{2}} picks are here.", { body_text: ["Sam", "summer"] }),
          {
            type: "CAROUSEL",
            cards: [
              {
                components: [
                  { type: "HEADER", format: "IMAGE", example: { header_handle: media("product-1.png") } },
                  body("Sandals from {{1}}", { body_text: ["$19"] }),
                ],
              },
              {
                components: [
                  { type: "HEADER", format: "IMAGE", example: { header_handle: [media("product-2.png")] } },
                  body("Hats from {{1}}", { body_text: [["$9"]] }),
                ],
              },
            ],
          },
        ],
      },
      expect: { listed: true, issues: [] },
    },
    {
      template: {
        id: id(),
        name: "lowercase_enums_approved",
        language: "en_GB",
        category: "marketing",
        status: "approved",
        quality_score: { score: "green" },
        components: [
          { type: "header", format: "text", text: "Weekend sale" },
          body("Everything is 20% off this weekend."),
          {
            type: "buttons",
            buttons: [
              { type: "quick_reply", text: "Show me" },
              { type: "url", text: "Shop", url: "https://shop.oddities.example/sale" },
            ],
          },
        ],
      },
      expect: { listed: true, issues: [], status: "APPROVED", category: "MARKETING" },
    },
    {
      template: {
        id: id(),
        name: "lowercase_enums_rejected",
        language: "es",
        category: "Utility",
        status: "rejected",
        rejected_reason: "invalid_format",
        components: [body("{{1}}{{2}}")],
      },
      expect: { listed: true, issues: [], status: "REJECTED", category: "UTILITY" },
    },
    {
      template: {
        id: id(),
        name: "status_locked",
        language: "en_US",
        category: "UTILITY",
        status: "LOCKED",
        components: [body("Your appointment is confirmed.")],
      },
      expect: { listed: true, issues: [], status: "LOCKED" },
    },
    {
      template: {
        id: id(),
        name: "status_reinstated",
        language: "en_US",
        category: "MARKETING",
        status: "REINSTATED",
        quality_score: { score: "YELLOW" },
        components: [body("New arrivals every Friday.")],
      },
      expect: { listed: true, issues: [], status: "REINSTATED" },
    },
    {
      template: {
        id: id(),
        name: "status_flagged",
        language: "en_US",
        category: "MARKETING",
        status: "FLAGGED",
        quality_score: { score: "RED" },
        components: [body("Last chance: 50% off!")],
      },
      expect: { listed: true, issues: [], status: "FLAGGED" },
    },
    ...(
      [
        "TRANSACTIONAL",
        "TICKET_UPDATE",
        "SHIPPING_UPDATE",
        "ISSUE_RESOLUTION",
        "ALERT_UPDATE",
        "AUTO_REPLY",
        "ACCOUNT_UPDATE",
        "PAYMENT_UPDATE",
        "PERSONAL_FINANCE_UPDATE",
        "RESERVATION_UPDATE",
        "APPOINTMENT_UPDATE",
        "OTP",
      ] as const
    ).map(
      (category): OddityCase => ({
        template: {
          id: id(),
          name: `legacy_${category.toLowerCase()}`,
          language: "en_US",
          category,
          status: "APPROVED",
          namespace: "b7f3c2a1_8d4e_4f0a_9c21_5e6f7a8b9c0d",
          components: [body(`A ${category.toLowerCase().replace(/_/g, " ")} message from 2021.`)],
        },
        expect: { listed: true, issues: [], category },
      }),
    ),
    {
      template: {
        id: id(),
        name: "extra_fields",
        language: "fr",
        category: "UTILITY",
        status: "APPROVED",
        sub_category: "ORDER_STATUS",
        previous_category: "ACCOUNT_UPDATE",
        namespace: "9a8b7c6d_5e4f_3a2b_1c0d_e9f8a7b6c5d4",
        library_template_name: "order_status_update_1",
        message_send_ttl_seconds: 3600,
        cta_url_link_tracking_opted_out: "true",
        bid_spec: { bid_strategy: "DEFAULT" },
        components: [
          body("Votre commande {{1}} est en route.", { body_text: [["#77"]] }),
          {
            type: "BUTTONS",
            buttons: [
              {
                type: "URL",
                text: "Suivre",
                url: "https://track.oddities.example/{{1}}",
                example: "https://track.oddities.example/77",
              },
            ],
          },
        ],
      },
      expect: { listed: true, issues: [] },
    },
    {
      template: {
        id: id(),
        name: "header_handle_string",
        language: "de",
        category: "MARKETING",
        status: "PENDING",
        components: [
          { type: "HEADER", format: "IMAGE", example: { header_handle: media("product-3.png") } },
          body("Neu im Shop."),
        ],
      },
      expect: { listed: true, issues: [] },
    },
    {
      template: {
        id: Number(id()),
        name: "numeric_id",
        language: "it",
        category: "UTILITY",
        status: "PAUSED",
        quality_score: { score: "RED", date: 1735689600 },
        components: [body("Il tuo pacco è in consegna.")],
      },
      expect: { listed: true, issues: [] },
    },
    {
      template: {
        id: id(),
        name: "broken_button_and_components",
        language: "en_US",
        category: "MARKETING",
        status: "APPROVED",
        rejected_reason: 0,
        components: [
          body("Tap below to see today's deals."),
          {
            type: "BUTTONS",
            buttons: [{ text: "Button without a type" }, { type: "QUICK_REPLY", text: "Deals" }],
          },
          { text: "component without a type" },
        ],
      },
      expect: {
        listed: true,
        issues: ["rejected_reason", "components[1].buttons[0].type", "components[2].type"],
      },
    },
    {
      template: {
        id: id(),
        name: "components_not_an_array",
        status: "approved",
        category: "utility",
        components: { type: "BODY", text: "Hello" },
      },
      expect: { listed: true, issues: ["language", "components"], status: "APPROVED" },
    },
    {
      template: {
        id: id(),
        name: "quality_as_string",
        language: "en_US",
        category: "MARKETING",
        status: "APPROVED",
        quality_score: "GREEN",
        components: [body("Thanks for shopping with us.")],
      },
      expect: { listed: true, issues: ["quality_score"] },
    },
    {
      template: {
        name: "no_id_at_all",
        language: "en_US",
        category: "UTILITY",
        status: "APPROVED",
        components: [body("This template has no id.")],
      },
      expect: { listed: false, issues: [] },
    },
    {
      template: {
        id: id(),
        language: "en_US",
        category: "UTILITY",
        status: "APPROVED",
        components: [body("This template has no name.")],
      },
      expect: { listed: false, issues: [] },
    },
  ];
}
