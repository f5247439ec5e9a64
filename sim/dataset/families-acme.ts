import type { TemplateInput } from "../../lib/nxcloud/schemas";
import type { AccountProfile } from "./accounts";
import {
  authBody,
  authFooter,
  body,
  bodyNamed,
  btn,
  buttons,
  carousel,
  exactLength,
  footer,
  header,
  limitedTimeOffer,
} from "./build";
import { brandify, COPY, type LanguageCode } from "./copy";
import { MEDIA_FILES, type MediaUrl } from "./media-refs";
import type { Component } from "./types";

/**
 * The small "Acme Store" account, written by hand: it is what people see first in the demo, so it
 * showcases every kind of template (and every status, quality score and rejection reason) once.
 * Listed in creation order (oldest first); ids are assigned by generate.ts.
 */

/** 2025-06-01T00:00:00Z, the reference "now" of the generated data (unix seconds). */
export const DATA_EPOCH = 1_748_736_000;

export function quality(score: string, daysAgo: number): NonNullable<TemplateInput["quality_score"]> {
  return { score, date: DATA_EPOCH - daysAgo * 86_400 };
}

interface Draft {
  name: string;
  language: LanguageCode | string;
  category: string;
  status: string;
  components: Component[];
  quality?: string | null;
  reason?: string | null;
  extra?: Record<string, unknown>;
}

function tpl(d: Draft, i: number): TemplateInput {
  const t: TemplateInput = {
    id: "",
    name: d.name,
    language: d.language,
    category: d.category,
    status: d.status,
    components: d.components,
  };
  if (d.reason !== null) t.rejected_reason = d.reason ?? "NONE";
  if (d.quality) t.quality_score = quality(d.quality, 3 + ((i * 7) % 40));
  return d.extra ? { ...t, ...d.extra } : t;
}

export function acmeTemplates(profile: AccountProfile, media: MediaUrl): TemplateInput[] {
  const brand = profile.brand;
  const shop = `https://${profile.domain}`;
  const phone = profile.supportPhone;
  const drafts: Draft[] = [];
  const add = (d: Draft) => drafts.push(d);

  // ── Legacy categories (created before Meta's 2023 category change) ──────────────────────────
  add({
    name: "shipment_dispatched",
    language: "en_US",
    category: "SHIPPING_UPDATE",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      header.text("Your package has shipped 📦"),
      body("Hi {{1}}, your package {{2}} has left our warehouse and is on its way to you.", [
        "Emily",
        "AC-09817",
      ]),
      footer(`${brand} Customer Care`),
    ],
  });
  add({
    name: "account_email_changed",
    language: "en_US",
    category: "ACCOUNT_UPDATE",
    status: "ARCHIVED",
    components: [
      body(
        "Hi {{1}}, the email address on your Acme account was changed on {{2}}. If this wasn't you, call us right away.",
        ["Emily", "March 3, 2022"],
      ),
      buttons(btn.phone("Call us", phone)),
    ],
  });
  add({
    name: "appointment_update",
    language: "es",
    category: "APPOINTMENT_UPDATE",
    status: "DISABLED",
    quality: "RED",
    components: [
      body("Hola, {{1}}. Tu cita para la prueba de talla se ha movido al {{2}}.", ["Lucía", "15 de marzo"]),
    ],
  });
  add({
    name: "payment_receipt",
    language: "en_US",
    category: "TRANSACTIONAL",
    status: "APPROVED",
    quality: "YELLOW",
    components: [
      header.media("DOCUMENT", media(MEDIA_FILES.pdf)),
      body("Thanks {{1}}! We received your payment of {{2}}. Your receipt is attached.", ["Emily", "$84.90"]),
      footer(`${brand} Billing`),
    ],
  });
  add({
    name: "login_otp",
    language: "en_US",
    category: "OTP",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    quality: "UNKNOWN",
    components: [
      header.text("Login code"),
      body("Your Acme login code is {{1}}", ["731905"]),
      buttons(btn.quickReply("Not me")),
    ],
  });

  // ── Order confirmation in five languages (same name, different ids) ─────────────────────────
  const orderLangs: [LanguageCode, string, string | null][] = [
    ["en_US", "APPROVED", "GREEN"],
    ["zh_CN", "APPROVED", "GREEN"],
    ["es", "APPROVED", "YELLOW"],
    ["ar", "APPROVED", "UNKNOWN"],
  ];
  for (const [lang, status, q] of orderLangs) {
    const c = COPY[lang];
    add({
      name: "order_confirmation",
      language: lang,
      category: "UTILITY",
      status,
      quality: q,
      components: [
        header.media("IMAGE", media(MEDIA_FILES.product(1))),
        body(brandify(c.order.body, brand), [c.ex.name, "AC-10482", c.ex.total]),
        footer(brandify(c.utilFooter, brand)),
        buttons(btn.url(c.btn.viewOrder, `${shop}/orders/{{1}}`, "AC-10482"), btn.phone(c.btn.callUs, phone)),
      ],
    });
  }

  // ── Shipping with a LOCATION header ─────────────────────────────────────────────────────────
  for (const [lang, status, q] of [
    ["en_US", "APPROVED", "GREEN"],
    ["id", "APPROVED", "GREEN"],
  ] as const) {
    const c = COPY[lang];
    add({
      name: "shipping_update",
      language: lang,
      category: "UTILITY",
      status,
      quality: q,
      components: [
        header.location(),
        body(c.shipping.locationBody, [c.ex.name, "AC-10482"]),
        footer(
          lang === "en_US"
            ? "To stop receiving delivery updates, tap the button below."
            : brandify(c.utilFooter, brand),
        ),
        buttons(btn.quickReply(c.btn.stopUpdates)),
      ],
    });
  }

  // ── Named parameters: with parameter_format, without it, and without examples ───────────────
  add({
    name: "delivery_today",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "GREEN",
    extra: { parameter_format: "NAMED", sub_category: "ORDER_STATUS" },
    components: [
      header.textNamed("It's delivery day, {{first_name}}!", "first_name", "Emily"),
      bodyNamed(COPY.en_US.delivery.body, {
        first_name: "Emily",
        order_id: "AC-10482",
        delivery_window: "2–4 PM",
      }),
      buttons(btn.url("Track parcel", `${shop}/track`), btn.quickReply("Reschedule delivery")),
    ],
  });
  add({
    name: "delivery_today",
    language: "fr",
    category: "UTILITY",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      bodyNamed(COPY.fr.delivery.body, {
        first_name: "Camille",
        order_id: "AC-10482",
        delivery_window: "14 h et 16 h",
      }),
      buttons(btn.url(COPY.fr.btn.track, `${shop}/track`)),
    ],
  });
  add({
    name: "delivery_today",
    language: "de",
    category: "UTILITY",
    status: "PENDING",
    extra: { parameter_format: "NAMED" },
    components: [body(COPY.de.delivery.body), buttons(btn.url(COPY.de.btn.track, `${shop}/track`))],
  });

  // ── Authentication: copy code (stored as URL) and one-tap (raw OTP button) ──────────────────
  for (const [lang, status, q] of [
    ["en_US", "APPROVED", "GREEN"],
    ["zh_CN", "APPROVED", "GREEN"],
    ["ar", "APPROVED", "GREEN"],
  ] as const) {
    const c = COPY[lang];
    add({
      name: "verification_code",
      language: lang,
      category: "AUTHENTICATION",
      status,
      quality: q,
      components: [
        authBody(c.auth.body),
        authFooter(c.auth.footer(10), 10),
        buttons(btn.otpCopyCode(c.auth.copy)),
      ],
    });
  }
  add({
    name: "login_code_autofill",
    language: "en_US",
    category: "AUTHENTICATION",
    status: "APPROVED",
    quality: "UNKNOWN",
    components: [
      authBody(COPY.en_US.auth.body, "905512"),
      authFooter(COPY.en_US.auth.footer(5), 5),
      buttons(btn.otpOneTap("Copy code", "Autofill")),
    ],
  });

  // ── Marketing: image promo with URL + COPY_CODE + QUICK_REPLY ───────────────────────────────
  for (const [lang, status, q] of [
    ["en_US", "APPROVED", "GREEN"],
    ["ja", "REJECTED", null],
  ] as const) {
    const c = COPY[lang];
    add({
      name: "summer_sale_2025",
      language: lang,
      category: "MARKETING",
      status,
      quality: q,
      reason: status === "REJECTED" ? "TAG_CONTENT_MISMATCH" : "NONE",
      components: [
        header.media("IMAGE", media(MEDIA_FILES.product(2))),
        body(c.promo.body, [c.ex.name, c.ex.discount, c.ex.code]),
        footer(brandify(c.footer, brand)),
        buttons(
          btn.url(c.btn.shopNow, `${shop}/sale?utm_source=whatsapp`),
          btn.copyCode(c.ex.code, c.btn.copyCode),
          btn.quickReply(c.btn.unsubscribe),
        ),
      ],
    });
  }

  // ── Carousels: image cards and video cards ──────────────────────────────────────────────────
  const cardsEn = COPY.en_US.carousel.cards.map((blurb, i) => [
    header.media("IMAGE", media(MEDIA_FILES.product(i + 3))),
    body(blurb),
    buttons(
      btn.quickReply("Send me more like this"),
      btn.url("Shop", `${shop}/p/{{1}}`, ["TRAIL-RUNNER-2", "DAYPACK-20", "BOTTLE-750", "EARBUDS-X"][i]),
    ),
  ]);
  add({
    name: "new_collection_carousel",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    components: [body(COPY.en_US.carousel.body, ["Emily"]), carousel(cardsEn)],
  });
  add({
    name: "video_lookbook_carousel",
    language: "zh_CN",
    category: "MARKETING",
    status: "APPROVED",
    quality: "YELLOW",
    components: [
      body(COPY.zh_CN.carousel.body, ["王芳"]),
      carousel(
        COPY.zh_CN.carousel.cards
          .slice(0, 2)
          .map((blurb, i) => [
            header.media("VIDEO", media(MEDIA_FILES.videoPoster)),
            body(blurb),
            buttons(btn.url("查看详情", `${shop}/cn/lookbook/{{1}}`, `look-${i + 1}`)),
          ]),
      ),
    ],
  });

  // ── Limited-time offer (no footer) ──────────────────────────────────────────────────────────
  for (const [lang, status, q] of [
    ["en_US", "APPROVED", "GREEN"],
    ["pt_BR", "PAUSED", "RED"],
  ] as const) {
    const c = COPY[lang];
    add({
      name: "flash_deal_lto",
      language: lang,
      category: "MARKETING",
      status,
      quality: q,
      components: [
        header.media("IMAGE", media(MEDIA_FILES.product(5))),
        limitedTimeOffer(c.lto.text),
        body(c.lto.body, [c.ex.name, "FLASH25"]),
        buttons(
          btn.copyCode("FLASH25", c.btn.copyCode),
          btn.url(c.btn.shopNow, `${shop}/flash?code={{1}}`, "FLASH25"),
        ),
      ],
    });
  }

  // ── Other media headers: VIDEO, GIF, DOCUMENT, TEXT with a variable ─────────────────────────
  add({
    name: "product_launch_video",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "UNKNOWN",
    components: [
      header.media("VIDEO", media(MEDIA_FILES.videoPoster)),
      body(
        "Meet the *Trail Runner 2* 👟 — lighter, faster and made from 60% recycled materials.\n\nWatch the 30-second film and be the first to try it, {{1}}.",
        ["Emily"],
      ),
      footer(brandify(COPY.en_US.footer, brand)),
      buttons(btn.url("Watch & shop", `${shop}/trail-runner-2`)),
    ],
  });
  add({
    name: "weekend_gif_promo",
    language: "en_US",
    category: "MARKETING",
    status: "PENDING",
    components: [
      header.media("GIF", media(MEDIA_FILES.gif)),
      body("This weekend only: *buy 2, get 1 free* on all socks 🧦 Mix and match any colours!"),
      buttons(btn.quickReply("Show me socks"), btn.quickReply("Stop promotions")),
    ],
  });
  add({
    name: "invoice_ready",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "GREEN",
    extra: { parameter_format: "POSITIONAL" },
    components: [
      header.media("DOCUMENT", media(MEDIA_FILES.pdf)),
      body(COPY.en_US.payment.body, ["Emily", "$129.00", "INV-2025-0612", "June 20"]),
      footer(`${brand} Billing`),
      buttons(btn.url("Pay now", `${shop}/pay/{{1}}`, "INV-2025-0612"), btn.phone("Call billing", phone)),
    ],
  });
  add({
    name: "payment_reminder",
    language: "hi",
    category: "UTILITY",
    status: "IN_APPEAL",
    reason: "PROMOTIONAL",
    quality: "UNKNOWN",
    components: [
      header.media("DOCUMENT", media(MEDIA_FILES.pdf)),
      body(COPY.hi.payment.body, ["प्रिया", "₹3,200", "INV-2025-0612", "20 जून"]),
      buttons(btn.url(COPY.hi.btn.payNow, `${shop}/pay/{{1}}`, "INV-2025-0612")),
    ],
  });

  // ── Appointment reminders (LTR and RTL), QR + PHONE ─────────────────────────────────────────
  for (const lang of ["en_US", "ar"] as const) {
    const c = COPY[lang];
    add({
      name: "appointment_reminder",
      language: lang,
      category: "UTILITY",
      status: "APPROVED",
      quality: "GREEN",
      components: [
        header.text(c.appointment.header),
        body(c.appointment.body, [
          c.ex.name,
          lang === "en_US" ? "personal styling" : "تنسيق الأزياء",
          c.ex.date,
          c.ex.time,
        ]),
        footer(brandify(c.utilFooter, brand)),
        buttons(
          btn.quickReply(c.btn.confirm),
          btn.quickReply(c.btn.reschedule),
          btn.phone(c.btn.callUs, phone),
        ),
      ],
    });
  }

  // ── One of each special button: FLOW, CATALOG, MPM, SPM, VOICE_CALL ─────────────────────────
  add({
    name: "book_a_fitting",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "UNKNOWN",
    components: [
      body(
        "Hi {{1}}! Book a free 20-minute fitting with one of our stylists. Pick a time that suits you 👇",
        ["Emily"],
      ),
      buttons(btn.flow("Book a fitting", "1342075320498921", "BOOKING")),
    ],
  });
  add({
    name: "catalog_spring_picks",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      header.text(COPY.en_US.catalog.header),
      body(COPY.en_US.catalog.body),
      footer(brandify(COPY.en_US.footer, brand)),
      buttons(btn.catalog("View catalog")),
    ],
  });
  add({
    name: "bundle_builder",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "YELLOW",
    components: [
      header.text("Build your summer bundle"),
      body(
        "Hi {{1}}, we've put together our best-selling summer essentials. Add your favourites to the cart in one go!",
        ["Emily"],
      ),
      buttons(btn.mpm("View items")),
    ],
  });
  add({
    name: "back_in_stock",
    language: "en_US",
    category: "MARKETING",
    status: "PENDING",
    components: [
      body("Good news {{1}}! The item on your wishlist is back in stock. Sizes are going fast ⚡", ["Emily"]),
      footer(brandify(COPY.en_US.footer, brand)),
      buttons(btn.spm("View product")),
    ],
  });
  add({
    name: "talk_to_a_stylist",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      body("Not sure what fits? Our stylists are online 9 am – 6 pm. Call us on WhatsApp, it's free 📞"),
      buttons(btn.voiceCall("Call us on WhatsApp")),
    ],
  });

  // ── Feedback: pending recategorisation (UTILITY → MARKETING) and already recategorised ─────
  add({
    name: "feedback_request",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "YELLOW",
    extra: { correct_category: "MARKETING" },
    components: [
      body(COPY.en_US.feedback.body, ["Emily", "AC-10482"]),
      buttons(
        btn.quickReply("Great 😀"),
        btn.quickReply("It was OK"),
        btn.quickReply("Not good"),
        btn.url("Write a review", `${shop}/review/{{1}}`, "AC-10482"),
      ),
    ],
  });
  add({
    name: "feedback_request",
    language: "es",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    extra: { previous_category: "UTILITY" },
    components: [
      body(COPY.es.feedback.body, ["Lucía", "AC-10482"]),
      buttons(
        btn.quickReply(COPY.es.btn.good),
        btn.quickReply(COPY.es.btn.ok),
        btn.quickReply(COPY.es.btn.bad),
      ),
    ],
  });

  // ── Ten buttons (CTA group then QUICK_REPLY group) and an invalid QR, URL, QR order ─────────
  add({
    name: "store_services_menu",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      header.text("How can we help today?"),
      body("Hi {{1}} 👋 Choose an option below and we'll take it from there.", ["Emily"]),
      footer(brandify(COPY.en_US.footer, brand)),
      buttons(
        btn.url("Find a store", `${shop}/stores`),
        btn.url("Book a repair", `${shop}/repairs/{{1}}`, "AC-10482"),
        btn.phone("Call the store", phone),
        btn.copyCode("WELCOME10", "Copy welcome code"),
        btn.quickReply("Opening hours"),
        btn.quickReply("Returns policy"),
        btn.quickReply("Gift cards"),
        btn.quickReply("Loyalty points"),
        btn.quickReply("Size guide"),
        btn.quickReply("Talk to an agent"),
      ),
    ],
  });
  add({
    name: "return_options",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    components: [
      body("Hi {{1}}, your return for order {{2}} has been approved. How would you like your refund?", [
        "Emily",
        "AC-10482",
      ]),
      buttons(
        btn.quickReply("Store credit"),
        btn.url("Print label", `${shop}/returns/label`),
        btn.quickReply("Original payment"),
      ),
    ],
  });

  // ── Formatting showcase: lists, quote, inline code, monospace, emoji ────────────────────────
  add({
    name: "care_instructions",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      body(
        "*How to care for your new {{1}}* 🧺\n\n1. Hand wash in cold water\n2. Dry flat, away from direct sunlight\n3. Iron on low heat\n\n- Use a mild detergent\n- ~No~ bleach, please!\n\n> Tip: a splash of `white vinegar` in the rinse keeps colours bright.\n\nCare code: ```LIN-30-DRY```\n_Questions?_ Just reply to this message.",
        ["linen shirt"],
      ),
      footer(`${brand} Customer Care`),
    ],
  });

  // ── Texts at the documented limits: header 60, body 1024, footer 60, button 25 ──────────────
  add({
    name: "loyalty_program_terms",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "UNKNOWN",
    components: [
      header.text(exactLength("Acme Rewards: your points, perks and member-only previews", 60)),
      body(
        exactLength(
          "Welcome to Acme Rewards, {{1}}! Every purchase earns points: 1 point per dollar in store and online, double points on your birthday month, and triple points during member weekends. Points can be redeemed for discounts at checkout, free express shipping, or early access to new collections before anyone else. Gold members also get free alterations and a dedicated stylist line. Points expire 12 months after they are earned, so keep an eye on your balance in the app. Refer a friend and you both receive 500 bonus points once their first order ships.",
          1024,
        ),
        ["Emily"],
      ),
      footer(exactLength("Acme Rewards terms apply. Reply STOP to opt out of messages", 60)),
      buttons(
        btn.url(exactLength("See my points balance now", 25), `${shop}/rewards`),
        btn.quickReply(exactLength("Tell me about Gold perks!", 25)),
      ),
    ],
  });

  // ── Rejected templates with deliberate problems (one per reason + unknown reason) ───────────
  add({
    name: "refund_processed",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    components: [
      body(
        "{{1}}, your refund of {{2}} has been processed and should arrive within 5–7 business days. Reference {{3}}",
        ["Emily", "$42.00", "RF-7781"],
      ),
    ],
  });
  add({
    name: "weekend_deals_adjacent",
    language: "en_US",
    category: "MARKETING",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    components: [body("Hi {{1}}{{2}}, don't miss our weekend deals on outdoor gear!", ["Emily", " Clarke"])],
  });
  add({
    name: "pickup_ready_numbering",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    components: [
      body("Hi {{1}}, your order {{3}} is ready for pickup at {{4}}.", [
        "Emily",
        "AC-10482",
        "Market Street",
      ]),
    ],
  });
  add({
    name: "vip_discount_symbols",
    language: "en_US",
    category: "MARKETING",
    status: "REJECTED",
    reason: "INVALID_FORMAT",
    components: [body("Hi {{1}}, save {{$amount}} today with code {{#2}} — 100% guaranteed!")],
  });
  add({
    name: "double_your_money",
    language: "en_US",
    category: "MARKETING",
    status: "REJECTED",
    reason: "SCAM",
    components: [
      body(
        "Congratulations {{1}}! Send {{2}} in gift cards today and we'll double it within 24 hours. Guaranteed returns 💸",
        ["Emily", "$200"],
      ),
    ],
  });
  add({
    name: "final_notice_collections",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "ABUSIVE_CONTENT",
    components: [
      body("{{1}}, pay {{2}} today or we will publish your name and contact your employer and family.", [
        "Emily",
        "$84.90",
      ]),
    ],
  });
  add({
    name: "weekly_deals_update",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "PROMOTIONAL",
    components: [
      body("Hi {{1}}, this week's deals: 30% off jackets and free shipping on everything! Shop now.", [
        "Emily",
      ]),
    ],
  });
  add({
    name: "signin_code_utility",
    language: "en_US",
    category: "UTILITY",
    status: "REJECTED",
    reason: "INCORRECT_CATEGORY",
    components: [body("Your Acme sign-in code is {{1}}. Do not share it with anyone.", ["551203"])],
  });
  add({
    name: "verification_code_regional",
    language: "id",
    category: "AUTHENTICATION",
    status: "REJECTED",
    reason: "CATEGORY_NOT_AVAILABLE",
    components: [authBody(COPY.id.auth.body), buttons(btn.otpCopyCode(COPY.id.auth.copy))],
  });
  add({
    name: "welcome_offer_mixed_language",
    language: "pt_BR",
    category: "MARKETING",
    status: "REJECTED",
    reason: "LOW_QUALITY_LANGUAGE",
    components: [
      body("Welcome {{1}}! Ganhe 10% off na primeira compra, use code HELLO10 no checkout.", ["João"]),
    ],
  });

  // ── Other statuses ──────────────────────────────────────────────────────────────────────────
  add({
    name: "black_friday_early_access",
    language: "en_US",
    category: "MARKETING",
    status: "LIMIT_EXCEEDED",
    components: [
      body("{{1}}, you're on the list! 🖤 Black Friday starts early for members: shop from {{2}}.", [
        "Emily",
        "Thursday 8 pm",
      ]),
      buttons(btn.url("Shop early", `${shop}/black-friday`)),
    ],
  });
  add({
    name: "spring_sale_2024",
    language: "en_US",
    category: "MARKETING",
    status: "PENDING_DELETION",
    quality: "YELLOW",
    components: [
      header.media("IMAGE", media(MEDIA_FILES.product(6))),
      body("Spring is here, {{1}} 🌷 Take 20% off new-season jackets until Sunday.", ["Emily"]),
      buttons(btn.url("Shop jackets", `${shop}/jackets`)),
    ],
  });
  add({
    name: "winter_clearance_2023",
    language: "en_US",
    category: "MARKETING",
    status: "DELETED",
    components: [body("Final winter clearance: everything must go, up to 70% off ❄️")],
  });
  add({
    name: "clearance_banner",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      header.media("IMAGE", media(MEDIA_FILES.missing)),
      body("Last chance, {{1}}: clearance prices end at midnight! 🛒", ["Emily"]),
      buttons(btn.url("Shop clearance", `${shop}/clearance`)),
    ],
  });

  // ── Security probes (XSS) and unknown component / button types ──────────────────────────────
  add({
    name: "security_probe_markup",
    language: "en_US",
    category: "UTILITY",
    status: "PENDING",
    components: [
      header.text("<img src=x onerror=alert(1)>"),
      body('Hello {{1}} <script>alert(1)</script> your order is "ready" & waiting.', [
        '<b onmouseover="alert(1)">Emily</b>',
      ]),
      footer("</div><iframe src=javascript:alert(1)>"),
      buttons(btn.url("Open link", "javascript:alert(1)"), btn.quickReply("<svg onload=alert(1)>")),
    ],
  });
  add({
    name: "order_tracker_beta",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "UNKNOWN",
    components: [
      body("Hi {{1}}, here is the live status of order {{2}}.", ["Emily", "AC-10482"]),
      {
        type: "ORDER_TRACKER",
        tracker: { steps: ["ordered", "packed", "shipped", "delivered"], current: "shipped" },
      },
    ],
  });
  add({
    name: "pickup_scheduler",
    language: "en_US",
    category: "UTILITY",
    status: "APPROVED",
    quality: "GREEN",
    components: [
      body("Hi {{1}}, your return is approved. Choose a pickup slot and our courier will collect it.", [
        "Emily",
      ]),
      buttons(
        { type: "SCHEDULE_PICKUP", text: "Schedule pickup", slots_url: `${shop}/pickup` },
        btn.quickReply("Drop it off myself"),
      ),
    ],
  });

  // Featured templates are created last so they are listed first (newest first, like Meta); the
  // diagnostics material (rejected, probes, legacy) sits further down the listing.
  const rank = (d: Draft) => FEATURED.indexOf(d.name);
  const others = drafts.filter((d) => rank(d) < 0);
  const featured = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => rank(d) >= 0)
    .sort((a, b) => rank(b.d) - rank(a.d) || b.i - a.i)
    .map(({ d }) => d);
  return [...others, ...featured].map(tpl);
}

/** Listing order of the showcase templates at the top of the acme account. */
const FEATURED = [
  "order_confirmation",
  "summer_sale_2025",
  "new_collection_carousel",
  "flash_deal_lto",
  "verification_code",
  "shipping_update",
  "appointment_reminder",
  "delivery_today",
  "invoice_ready",
  "product_launch_video",
  "store_services_menu",
  "care_instructions",
  "video_lookbook_carousel",
  "feedback_request",
  "book_a_fitting",
  "catalog_spring_picks",
  "bundle_builder",
  "talk_to_a_stylist",
  "login_code_autofill",
  "weekend_gif_promo",
];
