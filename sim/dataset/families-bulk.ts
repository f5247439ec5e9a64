import {
  authBody,
  authFooter,
  body,
  bodyNamed,
  btn,
  buttons,
  carousel,
  footer,
  header,
  limitedTimeOffer,
} from "./build";
import { brandify, type CopyPack } from "./copy";
import { MEDIA_FILES, type MediaUrl } from "./media-refs";
import type { Rng } from "./rng";
import type { Button, Component } from "./types";

/**
 * Template families for the large generated accounts. A family plans the structure of one template
 * group (header kind, buttons, example values…) once, then renders it in each language of the group,
 * so the same name in different languages has the same shape, like a real multi-language template.
 */

export interface BulkContext {
  brand: string;
  shop: string;
  phone: string;
  media: MediaUrl;
  /** When true, the group is stored without `example` values (some real templates lack them). */
  dropExamples: boolean;
}

export type Render = (c: CopyPack) => { components: Component[]; extra?: Record<string, unknown> };

export interface Family {
  key: string;
  weight: number;
  category: "UTILITY" | "MARKETING" | "AUTHENTICATION";
  /** Pre-2023 category used for a few old groups of this family. */
  legacy?: string;
  names: readonly string[];
  plan(rng: Rng, ctx: BulkContext): Render;
}

const maybe = (ctx: BulkContext, values: string[]): string[] | undefined =>
  ctx.dropExamples ? undefined : values;

const orderNo = (rng: Rng) => `${rng.pick(["AC", "GX", "IN", "WEB", "APP"])}-${rng.int(10_000, 99_999)}`;
const invoiceNo = (rng: Rng) => `INV-2025-${String(rng.int(1, 9999)).padStart(4, "0")}`;
const sku = (rng: Rng) =>
  `${rng.pick(["RUN", "PACK", "BOTTLE", "BUDS", "JACKET", "LAMP", "MUG", "DESK"])}-${rng.int(10, 999)}`;

function positional(rng: Rng): Record<string, unknown> | undefined {
  return rng.chance(0.25) ? { parameter_format: "POSITIONAL" } : undefined;
}

const order: Family = {
  key: "order",
  weight: 14,
  category: "UTILITY",
  legacy: "TRANSACTIONAL",
  names: [
    "order_confirmation",
    "order_confirmed",
    "order_received",
    "purchase_confirmation",
    "order_receipt",
  ],
  plan(rng, ctx) {
    const head = rng.weighted({ image: 4, text: 4, none: 2 });
    const btns = rng.weighted({ view: 4, viewPhone: 3, none: 2 });
    const withFooter = rng.chance(0.6);
    const no = orderNo(rng);
    const img = rng.int(1, 6);
    const extra = positional(rng);
    return (c) => {
      const comps: Component[] = [];
      if (head === "image") comps.push(header.media("IMAGE", ctx.media(MEDIA_FILES.product(img))));
      if (head === "text") comps.push(header.text(c.order.header, ctx.dropExamples ? undefined : no));
      comps.push(body(brandify(c.order.body, ctx.brand), maybe(ctx, [c.ex.name, no, c.ex.total])));
      if (withFooter) comps.push(footer(brandify(c.utilFooter, ctx.brand)));
      const view = btn.url(c.btn.viewOrder, `${ctx.shop}/orders/{{1}}`, ctx.dropExamples ? undefined : no);
      if (btns === "view") comps.push(buttons(view));
      if (btns === "viewPhone") comps.push(buttons(view, btn.phone(c.btn.callUs, ctx.phone)));
      return { components: comps, extra };
    };
  },
};

const shipping: Family = {
  key: "shipping",
  weight: 12,
  category: "UTILITY",
  legacy: "SHIPPING_UPDATE",
  names: [
    "shipping_update",
    "order_shipped",
    "shipment_notification",
    "parcel_dispatched",
    "delivery_update",
  ],
  plan(rng, ctx) {
    const head = rng.weighted({ text: 6, none: 2, image: 2 });
    const btns = rng.weighted({ trackStop: 4, track: 4, none: 2 });
    const no = orderNo(rng);
    const img = rng.int(1, 6);
    const extra = positional(rng);
    return (c) => {
      const comps: Component[] = [];
      if (head === "text") comps.push(header.text(c.shipping.header));
      if (head === "image") comps.push(header.media("IMAGE", ctx.media(MEDIA_FILES.product(img))));
      comps.push(body(c.shipping.body, maybe(ctx, [c.ex.name, no, c.ex.carrier, c.ex.date])));
      const track = btn.url(c.btn.track, `${ctx.shop}/track/{{1}}`, ctx.dropExamples ? undefined : no);
      if (btns === "trackStop") comps.push(buttons(track, btn.quickReply(c.btn.stopUpdates)));
      if (btns === "track") comps.push(buttons(track));
      return { components: comps, extra };
    };
  },
};

const shippingLocation: Family = {
  key: "shipping_location",
  weight: 4,
  category: "UTILITY",
  names: ["delivery_location", "courier_on_the_way", "driver_nearby"],
  plan(rng, ctx) {
    const stop = rng.chance(0.6);
    const no = orderNo(rng);
    return (c) => {
      const comps: Component[] = [
        header.location(),
        body(c.shipping.locationBody, maybe(ctx, [c.ex.name, no])),
      ];
      if (stop) comps.push(buttons(btn.quickReply(c.btn.stopUpdates)));
      return { components: comps };
    };
  },
};

const deliveryNamed: Family = {
  key: "delivery_named",
  weight: 6,
  category: "UTILITY",
  legacy: "SHIPPING_UPDATE",
  names: ["delivery_window", "delivery_today", "arriving_today"],
  plan(rng, ctx) {
    const declare = rng.chance(0.7);
    const no = orderNo(rng);
    const track = rng.chance(0.5);
    return (c) => {
      const text = c.delivery.body;
      const comps: Component[] = [
        ctx.dropExamples
          ? body(text)
          : bodyNamed(text, { first_name: c.ex.name, order_id: no, delivery_window: c.ex.window }),
      ];
      if (track) comps.push(buttons(btn.url(c.btn.track, `${ctx.shop}/track`)));
      return { components: comps, extra: declare ? { parameter_format: "NAMED" } : undefined };
    };
  },
};

const auth: Family = {
  key: "auth",
  weight: 8,
  category: "AUTHENTICATION",
  legacy: "OTP",
  names: [
    "verification_code",
    "login_code",
    "otp_code",
    "two_factor_code",
    "signup_verification",
    "password_reset_code",
  ],
  plan(rng) {
    const minutes = rng.pick([5, 10, 10, 15, 30]);
    const withFooter = rng.chance(0.8);
    const oneTap = rng.chance(0.1);
    const code = String(rng.int(100_000, 999_999));
    return (c) => {
      const comps: Component[] = [authBody(c.auth.body, code)];
      if (withFooter) comps.push(authFooter(c.auth.footer(minutes), minutes));
      comps.push(
        buttons(oneTap ? btn.otpOneTap(c.auth.copy, c.auth.autofill) : btn.otpCopyCode(c.auth.copy)),
      );
      return { components: comps };
    };
  },
};

const promo: Family = {
  key: "promo",
  weight: 16,
  category: "MARKETING",
  names: [
    "summer_sale",
    "summer_sale_reminder",
    "summer_sale_last_days",
    "summer_sale_members",
    "summer_sale_launch",
    "sale_announcement",
    "sale_early_access",
  ],
  plan(rng, ctx) {
    const head = rng.weighted({ image: 5, video: 2, gif: 1, text: 2, none: 1 });
    const btns = rng.weighted({ shopUnsub: 4, shopCopy: 3, copyShopUnsub: 2, unsub: 1, many: 2 });
    const withFooter = rng.chance(0.8);
    const img = rng.int(1, 6);
    const qrCount = rng.int(1, 6);
    const extra = rng.chance(0.05) ? { sub_category: "CUSTOM" } : positional(rng);
    return (c) => {
      const comps: Component[] = [];
      if (head === "image") comps.push(header.media("IMAGE", ctx.media(MEDIA_FILES.product(img))));
      if (head === "video") comps.push(header.media("VIDEO", ctx.media(MEDIA_FILES.videoPoster)));
      if (head === "gif") comps.push(header.media("GIF", ctx.media(MEDIA_FILES.gif)));
      if (head === "text") comps.push(header.text(c.promo.header));
      comps.push(body(c.promo.body, maybe(ctx, [c.ex.name, c.ex.discount, c.ex.code])));
      if (withFooter) comps.push(footer(brandify(c.footer, ctx.brand)));
      const shop = btn.url(c.btn.shopNow, `${ctx.shop}/sale?utm_source=whatsapp`);
      const copy = btn.copyCode(c.ex.code, c.btn.copyCode);
      const unsub = btn.quickReply(c.btn.unsubscribe);
      const list: Button[] =
        btns === "shopUnsub"
          ? [shop, unsub]
          : btns === "shopCopy"
            ? [shop, copy]
            : btns === "copyShopUnsub"
              ? [copy, shop, unsub]
              : btns === "unsub"
                ? [unsub]
                : [
                    shop,
                    btn.url(c.btn.viewCatalog, `${ctx.shop}/catalog`),
                    btn.phone(c.btn.callUs, ctx.phone),
                    copy,
                    ...[
                      c.btn.moreLikeThis,
                      c.btn.viewItems,
                      c.btn.viewProduct,
                      c.btn.bookNow,
                      c.btn.startSurvey,
                      c.btn.unsubscribe,
                    ]
                      .slice(0, qrCount)
                      .map(btn.quickReply),
                  ];
      comps.push(buttons(...list));
      return { components: comps, extra };
    };
  },
};

const appointment: Family = {
  key: "appointment",
  weight: 8,
  category: "UTILITY",
  legacy: "APPOINTMENT_UPDATE",
  names: [
    "appointment_reminder",
    "appointment_confirmation",
    "booking_reminder",
    "visit_reminder",
    "service_reminder",
  ],
  plan(rng, ctx) {
    const withHeader = rng.chance(0.7);
    const btns = rng.weighted({ qr2: 4, qr2phone: 3, flow: 1, none: 1 });
    const extra = positional(rng);
    return (c) => {
      const comps: Component[] = [];
      if (withHeader) comps.push(header.text(c.appointment.header));
      comps.push(body(c.appointment.body, maybe(ctx, [c.ex.name, c.ex.service, c.ex.date, c.ex.time])));
      comps.push(footer(brandify(c.utilFooter, ctx.brand)));
      const qr = [btn.quickReply(c.btn.confirm), btn.quickReply(c.btn.reschedule)];
      if (btns === "qr2") comps.push(buttons(...qr));
      if (btns === "qr2phone") comps.push(buttons(...qr, btn.phone(c.btn.callUs, ctx.phone)));
      if (btns === "flow") comps.push(buttons(btn.flow(c.btn.reschedule, "7720415932201188", "RESCHEDULE")));
      return { components: comps, extra };
    };
  },
};

const payment: Family = {
  key: "payment",
  weight: 8,
  category: "UTILITY",
  legacy: "PAYMENT_UPDATE",
  names: ["payment_reminder", "invoice_due", "invoice_available", "payment_due_soon", "bill_ready"],
  plan(rng, ctx) {
    const doc = rng.chance(0.7);
    const btns = rng.weighted({ payPhone: 4, pay: 3, invoice: 2, none: 1 });
    const inv = invoiceNo(rng);
    const extra = positional(rng);
    return (c) => {
      const comps: Component[] = [];
      if (doc) comps.push(header.media("DOCUMENT", ctx.media(MEDIA_FILES.pdf)));
      comps.push(body(c.payment.body, maybe(ctx, [c.ex.name, c.ex.amount, inv, c.ex.date])));
      const pay = btn.url(c.btn.payNow, `${ctx.shop}/pay/{{1}}`, ctx.dropExamples ? undefined : inv);
      if (btns === "payPhone") comps.push(buttons(pay, btn.phone(c.btn.callUs, ctx.phone)));
      if (btns === "pay") comps.push(buttons(pay));
      if (btns === "invoice") comps.push(buttons(btn.url(c.btn.viewInvoice, `${ctx.shop}/invoices`)));
      return { components: comps, extra };
    };
  },
};

const feedback: Family = {
  key: "feedback",
  weight: 6,
  category: "MARKETING",
  legacy: "ISSUE_RESOLUTION",
  names: ["feedback_request", "rate_your_order", "customer_survey", "review_request", "satisfaction_check"],
  plan(rng, ctx) {
    const image = rng.chance(0.4);
    const btns = rng.weighted({ qr3: 4, survey: 2, qr3url: 2, flow: 1 });
    const no = orderNo(rng);
    const img = rng.int(1, 6);
    return (c) => {
      const comps: Component[] = [];
      if (image) comps.push(header.media("IMAGE", ctx.media(MEDIA_FILES.product(img))));
      comps.push(body(c.feedback.body, maybe(ctx, [c.ex.name, no])));
      const qr = [btn.quickReply(c.btn.good), btn.quickReply(c.btn.ok), btn.quickReply(c.btn.bad)];
      const survey = btn.url(
        c.btn.startSurvey,
        `${ctx.shop}/survey/{{1}}`,
        ctx.dropExamples ? undefined : no,
      );
      if (btns === "qr3") comps.push(buttons(...qr));
      if (btns === "survey") comps.push(buttons(survey));
      if (btns === "qr3url") comps.push(buttons(...qr, survey));
      if (btns === "flow") comps.push(buttons(btn.flow(c.btn.startSurvey, "2051938475601122", "SURVEY")));
      return { components: comps };
    };
  },
};

const carouselFamily: Family = {
  key: "carousel",
  weight: 5,
  category: "MARKETING",
  names: [
    "product_carousel",
    "weekly_picks_carousel",
    "new_arrivals_carousel",
    "bestsellers_carousel",
    "recommended_for_you",
  ],
  plan(rng, ctx) {
    const cards = rng.int(2, 10);
    const video = rng.chance(0.2);
    const btns = rng.weighted({ qrUrl: 5, url: 3, qr: 1, urlPhone: 1 });
    const skus = Array.from({ length: cards }, () => sku(rng));
    const first = rng.int(1, 6);
    return (c) => {
      const list = skus.map((code, i) => {
        const head = video
          ? header.media("VIDEO", ctx.media(MEDIA_FILES.videoPoster))
          : header.media("IMAGE", ctx.media(MEDIA_FILES.product(first + i)));
        const url = btn.url(c.btn.viewProduct, `${ctx.shop}/p/{{1}}`, ctx.dropExamples ? undefined : code);
        const b =
          btns === "qrUrl"
            ? [btn.quickReply(c.btn.moreLikeThis), url]
            : btns === "url"
              ? [url]
              : btns === "qr"
                ? [btn.quickReply(c.btn.moreLikeThis)]
                : [url, btn.phone(c.btn.callUs, ctx.phone)];
        return [head, body(c.carousel.cards[i % c.carousel.cards.length] ?? ""), buttons(...b)];
      });
      return { components: [body(c.carousel.body, maybe(ctx, [c.ex.name])), carousel(list)] };
    };
  },
};

const lto: Family = {
  key: "lto",
  weight: 3,
  category: "MARKETING",
  names: ["limited_time_offer", "flash_deal", "expiring_coupon", "last_chance_offer"],
  plan(rng, ctx) {
    const video = rng.chance(0.25);
    const img = rng.int(1, 6);
    const code = `${rng.pick(["FLASH", "LAST", "HURRY", "DEAL"])}${rng.int(10, 50)}`;
    return (c) => ({
      components: [
        video
          ? header.media("VIDEO", ctx.media(MEDIA_FILES.videoPoster))
          : header.media("IMAGE", ctx.media(MEDIA_FILES.product(img))),
        limitedTimeOffer(c.lto.text),
        body(c.lto.body, maybe(ctx, [c.ex.name, code])),
        buttons(
          btn.copyCode(code, c.btn.copyCode),
          btn.url(c.btn.shopNow, `${ctx.shop}/offer?code={{1}}`, ctx.dropExamples ? undefined : code),
        ),
      ],
    });
  },
};

const catalog: Family = {
  key: "catalog",
  weight: 3,
  category: "MARKETING",
  names: ["catalog_showcase", "browse_catalog", "product_spotlight", "bundle_picks"],
  plan(rng, ctx) {
    const kind = rng.weighted({ catalog: 2, mpm: 2, spm: 1 });
    return (c) => ({
      components: [
        header.text(c.catalog.header),
        body(c.catalog.body),
        footer(brandify(c.footer, ctx.brand)),
        buttons(
          kind === "catalog"
            ? btn.catalog(c.btn.viewCatalog)
            : kind === "mpm"
              ? btn.mpm(c.btn.viewItems)
              : btn.spm(c.btn.viewProduct),
        ),
      ],
    });
  },
};

const voice: Family = {
  key: "voice",
  weight: 1,
  category: "UTILITY",
  names: ["call_us_on_whatsapp", "support_callback"],
  plan(_rng, ctx) {
    return (c) => ({
      components: [
        body(c.appointment.body, maybe(ctx, [c.ex.name, c.ex.service, c.ex.date, c.ex.time])),
        buttons(btn.voiceCall(c.btn.callBusiness)),
      ],
    });
  },
};

export const FAMILIES: readonly Family[] = [
  order,
  shipping,
  shippingLocation,
  deliveryNamed,
  auth,
  promo,
  appointment,
  payment,
  feedback,
  carouselFamily,
  lto,
  catalog,
  voice,
];

export const NAME_QUALIFIERS = [
  "",
  "v2",
  "v3",
  "2024",
  "2025",
  "express",
  "app",
  "web",
  "vip",
  "loyalty",
  "store_pickup",
  "same_day",
  "international",
  "b2b",
  "eu",
  "latam",
  "apac",
  "mena",
  "india",
  "weekend",
  "followup",
  "short",
  "rich",
  "plain",
] as const;
