import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type TemplateButton, type TemplateComponent, templateSchema } from "@/lib/nxcloud/schemas";
import { diagnoseTemplate } from "../diagnostics";
import {
  authCopyCode,
  authStored,
  carouselTemplate,
  couponReminder,
  deliveryUpdate,
  limitedTimeOffer,
  makeTemplate,
  reservationConfirmation,
} from "./fixtures";
import { blocksToText, runsToText } from "./format-tokens";
import { buildButton, buildPreviewModel, layoutButtons, type PreviewButton, textDirection } from "./model";

const withComponents = (...components: TemplateComponent[]) =>
  buildPreviewModel(makeTemplate({ components }));
const header = (c: Omit<TemplateComponent, "type">) => withComponents({ type: "HEADER", ...c }).header;
const button = (b: TemplateButton, index = 0) => buildButton(b, index);

describe("header", () => {
  it("none when absent", () => {
    expect(withComponents({ type: "BODY", text: "x" }).header).toEqual({ kind: "none" });
  });

  it("text with filled variables and no formatting", () => {
    expect(
      header({ format: "TEXT", text: "Act *fast*, {{1}}!", example: { header_text: ["Pablo"] } }),
    ).toEqual({
      kind: "text",
      runs: [
        { kind: "text", text: "Act *fast*, ", styles: [] },
        { kind: "variable", name: "1", value: "Pablo", styles: [] },
        { kind: "text", text: "!", styles: [] },
      ],
    });
  });

  it("text header without format, and TEXT header without text", () => {
    expect(header({ text: "Hello" }).kind).toBe("text");
    expect(header({ format: "TEXT" })).toEqual({ kind: "none" });
  });

  it.each([
    ["IMAGE", "image"],
    ["image", "image"],
    ["VIDEO", "video"],
    ["GIF", "gif"],
    ["DOCUMENT", "document"],
  ])("media %s → %s with an http(s) example URL", (format, kind) => {
    expect(header({ format, example: { header_handle: ["https://cdn.example.com/a/file"] } })).toEqual({
      kind,
      url: "https://cdn.example.com/a/file",
    });
  });

  it("media without a usable URL → url null", () => {
    expect(header({ format: "IMAGE" })).toEqual({ kind: "image", url: null });
    expect(header({ format: "IMAGE", example: { header_handle: [] } })).toEqual({ kind: "image", url: null });
    expect(header({ format: "IMAGE", example: { header_handle: ["4::aW1hZ2UvanBlZw=="] } })).toEqual({
      kind: "image",
      url: null,
    });
    expect(header({ format: "VIDEO", example: { header_handle: ["javascript:alert(1)"] } })).toEqual({
      kind: "video",
      url: null,
    });
    expect(header({ format: "IMAGE", example: { header_handle: ["data:image/png;base64,AAAA"] } })).toEqual({
      kind: "image",
      url: null,
    });
  });

  it("prefers custom_header_handle_url (NxCloud) and names documents", () => {
    expect(
      header({
        format: "DOCUMENT",
        example: {
          header_handle: ["https://cdn.example.com/other.pdf"],
          custom_header_handle_url: "https://cdn.example.com/docs/Price%20list.pdf",
        },
      }),
    ).toEqual({
      kind: "document",
      url: "https://cdn.example.com/docs/Price%20list.pdf",
      fileName: "Price list.pdf",
    });
  });

  it("location and unknown formats", () => {
    expect(header({ format: "LOCATION" })).toEqual({ kind: "location" });
    expect(header({ format: "location" })).toEqual({ kind: "location" });
    expect(header({ format: "HOLOGRAM" })).toEqual({ kind: "unknown", format: "HOLOGRAM" });
  });
});

describe("body and footer", () => {
  it("formats the body with named examples (any order)", () => {
    const model = buildPreviewModel(reservationConfirmation);
    expect(model.parameterFormat).toBe("NAMED");
    expect(model.body[0]).toEqual({
      kind: "line",
      runs: [{ kind: "text", text: "You're all set!", styles: ["bold"] }],
    });
    expect(blocksToText(model.body)).toContain(
      "Your reservation for 4 at Lucky Shrub Eatery on Saturday, August 30th, 2025, at 7:30 pm",
    );
    expect(model.footer && runsToText(model.footer)).toBe("Lucky Shrub Eatery: The Luckiest Eatery in Town!");
  });

  it("keeps variables without examples as null values", () => {
    const model = withComponents({
      type: "BODY",
      text: "Hi {{1}}, see {{2}}",
      example: { body_text: [["Ann"]] },
    });
    expect(model.variables).toEqual([
      { component: "BODY", name: "1", value: "Ann" },
      { component: "BODY", name: "2", value: null },
    ]);
  });

  it("footer variables and a missing body", () => {
    const model = withComponents({ type: "FOOTER", text: "Ref {{1}}" });
    expect(model.body).toEqual([]);
    expect(model.footer).toEqual([
      { kind: "text", text: "Ref ", styles: [] },
      { kind: "variable", name: "1", value: null, styles: [] },
    ]);
  });

  it("no footer when the footer text is empty", () => {
    expect(withComponents({ type: "FOOTER", text: "  " }).footer).toBeNull();
  });
});

describe("buttons", () => {
  it.each([
    ["QUICK_REPLY", "reply"],
    ["quick_reply", "reply"],
    ["URL", "link"],
    ["PHONE_NUMBER", "phone"],
    ["COPY_CODE", "copy"],
    ["FLOW", "flow"],
    ["CATALOG", "catalog"],
    ["MPM", "product"],
    ["SPM", "product"],
    ["VOICE_CALL", "call"],
    ["SEND_LOCATION", "unknown"],
    ["TELEPORT", "unknown"],
  ])("%s → icon %s", (type, icon) => {
    const b = button({ type, text: "Label" });
    expect(b.icon).toBe(icon);
    expect(b.type).toBe(type.toUpperCase());
    expect(b.label).toBe("Label");
  });

  it("labels: own text, else a fallback message per type", () => {
    expect(button({ type: "CATALOG" })).toMatchObject({
      label: null,
      fallbackLabel: { key: "preview.buttonLabel.CATALOG" },
      typeLabel: { key: "preview.buttonType.CATALOG" },
    });
    expect(button({ type: "teleport" })).toMatchObject({
      label: null,
      fallbackLabel: { key: "preview.buttonLabel.UNKNOWN", params: { type: "TELEPORT" } },
      typeLabel: { key: "preview.buttonType.UNKNOWN", params: { type: "TELEPORT" } },
    });
    expect(button({ type: "QUICK_REPLY", text: "   " }).label).toBeNull();
  });

  it("URL: fills the suffix and links only http(s)", () => {
    expect(
      button({
        type: "URL",
        text: "Shop",
        url: "https://www.luckyshrub.com/shop?promo={{1}}",
        example: ["summer2023"],
      }).detail,
    ).toEqual({
      kind: "url",
      template: "https://www.luckyshrub.com/shop?promo={{1}}",
      url: "https://www.luckyshrub.com/shop?promo=summer2023",
      href: "https://www.luckyshrub.com/shop?promo=summer2023",
      unsafe: false,
      variable: { kind: "variable", name: "1", value: "summer2023", styles: [] },
    });
  });

  it("URL without an example: placeholder, no link", () => {
    expect(button({ type: "URL", text: "Shop", url: "https://shop.test/{{1}}" }).detail).toMatchObject({
      url: null,
      href: null,
      unsafe: false,
      variable: { name: "1", value: null },
    });
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "javascript:{{1}}",
  ])("URL %j never becomes a link", (url) => {
    const detail = button({ type: "URL", text: "Go", url, example: ["alert(1)"] }).detail;
    expect(detail?.kind).toBe("url");
    if (detail?.kind !== "url") return;
    expect(detail.href).toBeNull();
    expect(detail.unsafe).toBe(true);
  });

  it("a safe prefix cannot be turned into a script by the example", () => {
    const detail = button({ type: "URL", text: "Go", url: "{{1}}", example: ["javascript:alert(1)"] }).detail;
    expect(detail).toMatchObject({ href: null, unsafe: true });
  });

  it("relative URLs are not linked either", () => {
    expect(button({ type: "URL", text: "Go", url: "www.shop.test/x" }).detail).toMatchObject({
      href: null,
      unsafe: false,
    });
  });

  it("phone, voice call, copy code and flow details", () => {
    expect(button({ type: "PHONE_NUMBER", text: "Call", phone_number: "+16467043595" }).detail).toEqual({
      kind: "phone",
      phoneNumber: "+16467043595",
    });
    expect(button({ type: "PHONE_NUMBER", text: "Call" }).detail).toBeUndefined();
    expect(button({ type: "VOICE_CALL", text: "Call us" }).detail).toBeUndefined();
    expect(button({ type: "COPY_CODE", example: "SUMMER20" }).detail).toEqual({
      kind: "copyCode",
      code: "SUMMER20",
    });
    expect(button({ type: "COPY_CODE", example: ["CARIBE25"] }).detail).toEqual({
      kind: "copyCode",
      code: "CARIBE25",
    });
    expect(button({ type: "COPY_CODE" }).detail).toEqual({ kind: "copyCode", code: null });
    expect(
      button({
        type: "FLOW",
        text: "Book",
        flow_id: 123,
        flow_action: "navigate",
        navigate_screen: "WELCOME",
      }).detail,
    ).toEqual({
      kind: "flow",
      flowId: "123",
      flowName: null,
      flowAction: "navigate",
      navigateScreen: "WELCOME",
    });
  });

  it.each([
    ["COPY_CODE", "copy_code", "copy", "preview.copyCode"],
    ["ONE_TAP", "one_tap", "otp", "preview.autofill"],
    ["ZERO_TAP", "zero_tap", "otp", "preview.autofill"],
    ["FUTURE_TAP", null, "otp", "preview.copyCode"],
  ])("OTP %s", (otpType, kind, icon, fallback) => {
    const b = button({ type: "OTP", otp_type: otpType, text: "Copy code", autofill_text: "Autofill" });
    expect(b).toMatchObject({ type: "OTP", icon, fallbackLabel: { key: fallback } });
    expect(b.detail).toEqual({ kind: "otp", otpType, otpKind: kind, autofillText: "Autofill" });
  });

  it("recognises the stored shape of an OTP button (URL to whatsapp.com/otp)", () => {
    const b = button({
      type: "URL",
      text: "Copy Code",
      url: "https://www.whatsapp.com/otp/code/?otp_type=ONE_TAP&code=otp{{1}}",
    });
    expect(b).toMatchObject({
      type: "URL",
      icon: "otp",
      detail: { kind: "otp", otpType: "ONE_TAP", otpKind: "one_tap" },
    });
  });
});

describe("button layout", () => {
  const many = (n: number): PreviewButton[] =>
    Array.from({ length: n }, (_, i) => button({ type: "QUICK_REPLY", text: `QR ${i + 1}` }, i));

  it.each([0, 1, 2, 3])("%i buttons: all visible", (n) => {
    const layout = layoutButtons(many(n));
    expect(layout.visible).toHaveLength(n);
    expect(layout.overflow).toBeNull();
    expect(layout.all).toHaveLength(n);
  });

  it.each([
    [4, 2],
    [10, 8],
  ])("%i buttons: first 2 plus “See all options” hiding %i", (n, hidden) => {
    const layout = layoutButtons(many(n));
    expect(layout.visible.map((b) => b.label)).toEqual(["QR 1", "QR 2"]);
    expect(layout.overflow).toEqual({ label: { key: "preview.seeAllOptions" }, hiddenCount: hidden });
    expect(layout.all).toHaveLength(n);
  });

  it("is part of the model", () => {
    const model = buildPreviewModel(reservationConfirmation);
    expect(model.buttons.map((b) => b.type)).toEqual(["URL", "PHONE_NUMBER", "QUICK_REPLY"]);
    expect(model.buttonLayout.visible).toHaveLength(3);
  });
});

describe("documented templates", () => {
  it("positional header, body, URL suffix and copy code", () => {
    const model = buildPreviewModel(couponReminder);
    expect(model.parameterFormat).toBe("POSITIONAL");
    expect(model.header.kind === "text" && runsToText(model.header.runs)).toBe("Act fast, Pablo!");
    expect(blocksToText(model.body)).toBe(
      "Your coupon SUMMER20 expires in only 10 days! Use it before it is gone.\n\nHappy shopping! 😃",
    );
    expect(model.buttons[0]?.detail).toMatchObject({
      href: "https://www.luckyshrub.com/shop?promo=summer2023",
    });
    expect(model.buttons[1]).toMatchObject({ icon: "copy", label: null, detail: { code: "SUMMER20" } });
    expect(model.variables.map((v) => [v.component, v.name, v.value])).toEqual([
      ["HEADER", "1", "Pablo"],
      ["BODY", "1", "SUMMER20"],
      ["BODY", "2", "10"],
      ["BUTTONS", "1", "summer2023"],
    ]);
  });

  it("carousel with lower-case types", () => {
    const model = buildPreviewModel(carouselTemplate);
    expect(model.carousel?.cards).toHaveLength(2);
    const [first, second] = model.carousel?.cards ?? [];
    expect(first?.header).toEqual({ kind: "image", url: "https://cdn.example.com/elf.png" });
    expect(second?.header).toEqual({ kind: "image", url: null });
    expect(first && blocksToText(first.body)).toBe("The Blue Elf is on sale today.");
    expect(first?.buttons.map((b) => b.icon)).toEqual(["reply", "link"]);
    expect(first?.buttons[1]?.detail).toMatchObject({
      href: "https://www.luckyshrub.com/rare-succulents/BLUE_ELF",
    });
    expect(second?.buttons[1]?.detail).toMatchObject({
      href: "https://www.luckyshrub.com/rare-succulents/BUDDHA",
    });
    expect(blocksToText(model.body)).toContain("Rare succulents for sale! Pablo,");
    expect(model.unknown).toEqual([]);
    expect(model.variables.filter((v) => v.cardIndex === 1).map((v) => v.value)).toEqual([
      "half price",
      "BUDDHA",
    ]);
  });

  it("location header", () => {
    expect(buildPreviewModel(deliveryUpdate).header).toEqual({ kind: "location" });
  });

  it("limited-time offer", () => {
    const model = buildPreviewModel(limitedTimeOffer);
    expect(model.offer).toEqual({ text: "Expiring offer!", hasExpiration: true, code: "CARIBE25" });
    expect(model.buttons[1]?.detail).toMatchObject({
      href: "https://awesomedestinations.com/offers?code=n3mtql",
    });
    expect(model.unknown).toEqual([]);
  });

  it("offer without text or expiry", () => {
    expect(withComponents({ type: "limited_time_offer" }).offer).toEqual({
      text: null,
      hasExpiration: false,
      code: null,
    });
  });
});

describe("authentication", () => {
  it("synthesises WhatsApp's preset body and footer", () => {
    const model = buildPreviewModel(authCopyCode);
    expect(model.auth).toEqual({
      securityRecommendation: true,
      expiryMinutes: 10,
      otpKind: "copy_code",
      bodySynthesized: true,
      footerSynthesized: true,
    });
    expect(model.body).toEqual([
      {
        kind: "line",
        runs: [
          { kind: "variable", name: "1", value: null, styles: ["bold"] },
          {
            kind: "text",
            text: " is your verification code. For your security, do not share this code.",
            styles: [],
          },
        ],
      },
    ]);
    expect(model.footer && runsToText(model.footer)).toBe("This code expires in 10 minutes.");
    expect(model.buttons[0]).toMatchObject({ type: "OTP", icon: "copy", label: "Copy Code" });
  });

  it("without security recommendation or expiry", () => {
    const model = withComponents(
      { type: "BODY" },
      { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "ONE_TAP", autofill_text: "Autofill" }] },
    );
    expect(blocksToText(model.body)).toBe("{{1}} is your verification code.");
    expect(model.footer).toBeNull();
    expect(model.auth).toMatchObject({
      securityRecommendation: false,
      expiryMinutes: null,
      otpKind: "one_tap",
    });
  });

  it("singular minute", () => {
    const model = buildPreviewModel(
      makeTemplate({
        category: "AUTHENTICATION",
        components: [{ type: "FOOTER", code_expiration_minutes: 1 }],
      }),
    );
    expect(model.footer && runsToText(model.footer)).toBe("This code expires in 1 minute.");
  });

  it("keeps stored text and reads the settings from it", () => {
    const model = buildPreviewModel(authStored);
    expect(model.auth).toEqual({
      securityRecommendation: true,
      expiryMinutes: 10,
      otpKind: "copy_code",
      bodySynthesized: false,
      footerSynthesized: false,
    });
    expect(blocksToText(model.body)).toBe(
      "{{1}} is your verification code. For your security, do not share this code.",
    );
    expect(model.buttons[0]).toMatchObject({ type: "URL", icon: "copy", detail: { kind: "otp" } });
  });

  it("no auth block for ordinary templates", () => {
    expect(buildPreviewModel(reservationConfirmation).auth).toBeNull();
  });
});

describe("unknown components and direction", () => {
  it("keeps unknown components raw, never throws", () => {
    const model = withComponents({ type: "HOLOGRAM", beam: { colour: "blue" } } as TemplateComponent, {
      type: "BODY",
      text: "x",
    });
    expect(model.unknown).toEqual([
      { type: "HOLOGRAM", raw: { type: "HOLOGRAM", beam: { colour: "blue" } } },
    ]);
  });

  it.each([
    ["ar", "rtl"],
    ["ar_EG", "rtl"],
    ["AR-sa", "rtl"],
    ["he", "rtl"],
    ["he_IL", "rtl"],
    ["fa", "rtl"],
    ["fa_IR", "rtl"],
    ["ur", "rtl"],
    ["ur_PK", "rtl"],
    ["en_US", "ltr"],
    ["zh_CN", "ltr"],
    ["arn", "ltr"],
    ["", "ltr"],
  ])("%s → %s", (language, direction) => {
    expect(textDirection(language)).toBe(direction);
    expect(buildPreviewModel(makeTemplate({ language, components: [] })).direction).toBe(direction);
  });
});

describe("odd shapes", () => {
  it("handles missing text, empty examples, buttons without text, cards without components", () => {
    const t = makeTemplate({
      components: [
        { type: "HEADER" },
        { type: "BODY", example: { body_text: [[]] } },
        { type: "FOOTER" },
        { type: "BUTTONS" },
        {
          type: "BUTTONS",
          buttons: [{ type: "URL" }, { type: "" }, { type: "PHONE_NUMBER" }, { type: "OTP" }],
        },
        { type: "CAROUSEL" },
        {
          type: "CAROUSEL",
          cards: [{ components: [] }, { components: [{ type: "HEADER", format: "VIDEO" }] }],
        },
        { type: "LIMITED_TIME_OFFER", limited_time_offer: {} },
        { type: "" },
      ],
    });
    const model = buildPreviewModel(t);
    expect(model.header).toEqual({ kind: "none" });
    // The OTP button makes it an authentication template: preset text replaces the empty body.
    expect(blocksToText(model.body)).toBe("{{1}} is your verification code.");
    expect(model.footer).toBeNull();
    expect(model.buttons.map((b) => b.icon)).toEqual(["link", "unknown", "phone", "copy"]);
    expect(model.carousel).toEqual({ cards: [] });
    expect(model.unknown).toEqual([{ type: "", raw: { type: "" } }]);
    expect(() => diagnoseTemplate(t)).not.toThrow();
  });

  it("a template with no components at all", () => {
    const model = buildPreviewModel(makeTemplate({ components: [] }));
    expect(model).toMatchObject({
      header: { kind: "none" },
      body: [],
      footer: null,
      buttons: [],
      carousel: null,
    });
  });

  const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null));
  const text = fc.oneof(
    fc.constantFrom("", "{{1}}", "*{{first_name}}*", "Hi {{1}}{{2}}", "javascript:alert(1)", "```\nx", "😃"),
    fc.string({ maxLength: 30 }),
  );
  const buttonArb = fc.record(
    {
      type: fc.constantFrom("QUICK_REPLY", "url", "PHONE_NUMBER", "COPY_CODE", "OTP", "FLOW", "MPM", "x", ""),
      text,
      url: text,
      phone_number: text,
      example: fc.oneof(fc.array(text, { maxLength: 2 }), text),
      otp_type: fc.constantFrom("COPY_CODE", "ONE_TAP", "ZERO_TAP", "?"),
      flow_id: fc.oneof(fc.string(), fc.integer()),
      extra: scalar,
    },
    { requiredKeys: ["type"] },
  );
  const exampleArb = fc.record(
    {
      header_handle: fc.array(text, { maxLength: 2 }),
      custom_header_handle_url: text,
      header_text: fc.array(text, { maxLength: 2 }),
      body_text: fc.array(fc.array(text, { maxLength: 3 }), { maxLength: 2 }),
      body_text_named_params: fc.array(
        fc.record({ param_name: text, example: text }, { requiredKeys: ["param_name"] }),
        {
          maxLength: 3,
        },
      ),
    },
    { requiredKeys: [] },
  );
  const leaf = fc.record(
    {
      type: fc.constantFrom("HEADER", "body", "FOOTER", "BUTTONS", "LIMITED_TIME_OFFER", "WHATEVER", ""),
      format: fc.constantFrom("TEXT", "IMAGE", "video", "DOCUMENT", "LOCATION", "GIF", "??"),
      text,
      example: exampleArb,
      buttons: fc.array(buttonArb, { maxLength: 12 }),
      limited_time_offer: fc.record({ text, has_expiration: fc.boolean() }, { requiredKeys: [] }),
      add_security_recommendation: fc.boolean(),
      code_expiration_minutes: fc.integer({ min: -5, max: 200 }),
    },
    { requiredKeys: ["type"] },
  );
  const componentArb = fc.oneof(
    leaf,
    fc.record({
      type: fc.constantFrom("CAROUSEL", "carousel"),
      cards: fc.array(fc.record({ components: fc.array(leaf, { maxLength: 4 }) }), { maxLength: 12 }),
    }),
  );
  const templateArb = fc.record({
    id: fc.oneof(fc.string(), fc.integer()),
    name: fc.string(),
    language: fc.constantFrom("en_US", "ar", "he_IL", "zh_CN", ""),
    category: fc.constantFrom("MARKETING", "UTILITY", "AUTHENTICATION", "OTP", "new"),
    status: fc.constantFrom("APPROVED", "REJECTED", "SOMETHING"),
    parameter_format: fc.constantFrom("NAMED", "positional", null, "x"),
    components: fc.array(componentArb, { maxLength: 7 }),
  });

  it("never throws on any input that passes templateSchema (model and diagnostics)", () => {
    fc.assert(
      fc.property(templateArb, (input) => {
        const parsed = templateSchema.safeParse(input);
        if (!parsed.success) return;
        const model = buildPreviewModel(parsed.data);
        for (const b of model.buttons) {
          if (b.detail?.kind === "url" && b.detail.href !== null)
            expect(b.detail.href).toMatch(/^https?:\/\//);
        }
        expect(Array.isArray(diagnoseTemplate(parsed.data))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
