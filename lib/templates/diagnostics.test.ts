import { describe, expect, it } from "vitest";
import type { Template, TemplateButton, TemplateComponent } from "@/lib/nxcloud/schemas";
import {
  DIAGNOSTIC_IDS,
  type Diagnostic,
  type DiagnosticId,
  diagnoseTemplate,
  diagnosticMessageKey,
  LIMITS,
  sortDiagnostics,
  worstSeverity,
} from "./diagnostics";
import {
  authCopyCode,
  authStored,
  carouselTemplate,
  couponReminder,
  deliveryUpdate,
  limitedTimeOffer,
  makeTemplate,
  reservationConfirmation,
} from "./preview/fixtures";

const body = (text: string, example?: TemplateComponent["example"]): TemplateComponent =>
  example ? { type: "BODY", text, example } : { type: "BODY", text };
const buttons = (...list: TemplateButton[]): TemplateComponent => ({ type: "BUTTONS", buttons: list });
const qr = (text = "OK"): TemplateButton => ({ type: "QUICK_REPLY", text });
const link = (text = "Open"): TemplateButton => ({ type: "URL", text, url: "https://shop.test/" });
const phone = (): TemplateButton => ({ type: "PHONE_NUMBER", text: "Call", phone_number: "+8613800000000" });
const copy = (): TemplateButton => ({ type: "COPY_CODE", example: "SAVE10" });
const t = (...components: TemplateComponent[]) => makeTemplate({ components });
const ids = (template: Template) => diagnoseTemplate(template).map((d) => d.id);

const image = (example = true): TemplateComponent =>
  example
    ? { type: "HEADER", format: "IMAGE", example: { header_handle: ["https://cdn.test/a.png"] } }
    : { type: "HEADER", format: "IMAGE" };
const card = (...components: TemplateComponent[]) => ({ components });
const goodCard = () =>
  card(image(), body("Plant of the day is {{1}} for you.", { body_text: [["Aloe"]] }), buttons(qr("More")));
const carousel = (...cards: ReturnType<typeof card>[]): TemplateComponent => ({ type: "CAROUSEL", cards });
const LONG_TEXT = "word ".repeat(300);

/** Positive cases: each must produce the diagnostic with (at least) these fields. */
const POSITIVE: [DiagnosticId, Template, Partial<Diagnostic>][] = [
  [
    "danglingVariable",
    t(body("{{1}}, your order has shipped today.", { body_text: [["Ann"]] })),
    {
      component: "BODY",
      params: { position: "start", variable: "{{1}}" },
    },
  ],
  [
    "danglingVariable",
    t(body("Your order has shipped, {{1}}", { body_text: [["Ann"]] })),
    {
      params: { position: "end", variable: "{{1}}" },
    },
  ],
  [
    "adjacentVariables",
    t(body("Hello there {{1}}{{2}} and thank you for shopping", { body_text: [["a", "b"]] })),
    {
      severity: "error",
      params: { first: "{{1}}", second: "{{2}}", separator: "none" },
    },
  ],
  [
    "adjacentVariables",
    t(body("Hello there {{1}}  {{2}} and thank you for shopping", { body_text: [["a", "b"]] })),
    {
      severity: "error",
      params: { separator: "space" },
    },
  ],
  [
    "adjacentVariables",
    t(body("Hello there {{1}}, {{2}} and thank you for shopping", { body_text: [["a", "b"]] })),
    {
      severity: "warning",
      params: { first: "{{1}}", second: "{{2}}", separator: "punctuation" },
    },
  ],
  [
    "nonSequentialVariables",
    t(body("Hello {{1}} and welcome {{3}} to our lovely shop", { body_text: [["a", "b", "c"]] })),
    {
      params: { expected: 2, found: 3 },
    },
  ],
  [
    "nonSequentialVariables",
    t(body("Hello {{2}} and welcome to our lovely shop today", { body_text: [["a", "b"]] })),
    {
      params: { expected: 1, found: 2 },
    },
  ],
  [
    "mixedParameterFormats",
    t(body("Hello {{first_name}} and welcome {{1}} to our lovely shop", { body_text: [["a", "b"]] })),
    { component: "TEMPLATE", params: { named: "{{first_name}}", positional: "{{1}}" } },
  ],
  [
    "parameterFormatMismatch",
    makeTemplate({
      parameter_format: "NAMED",
      components: [body("Hello {{1}} and welcome to our lovely shop", { body_text: [["a"]] })],
    }),
    { severity: "warning", params: { declared: "NAMED", used: "POSITIONAL" } },
  ],
  [
    "invalidParameterName",
    t(body("Hello {{FirstName}} and welcome to our lovely shop")),
    {
      params: { variable: "{{FirstName}}" },
    },
  ],
  ["invalidParameterName", t(body("Hello {{first-name}} and welcome to our lovely shop")), {}],
  [
    "headerTooManyVariables",
    t(
      { type: "HEADER", format: "TEXT", text: "Hi {{1}} {{2}}", example: { header_text: ["a", "b"] } },
      body("Plain body text here."),
    ),
    { component: "HEADER", params: { count: 2, max: 1 } },
  ],
  [
    "tooManyVariables",
    t(body("Hi {{1}}, your order {{2}} ships {{3}}.", { body_text: [["a", "b", "c"]] })),
    {
      severity: "warning",
      params: { variables: 3, words: 4, minWords: 6 },
    },
  ],
  ["tooManyVariables", t(body("您好{{1}}，订单{{2}}已发{{3}}。", { body_text: [["a", "b", "c"]] })), {}],
  [
    "missingExample",
    t(body("Hello {{1}}, your order {{2}} has shipped today.")),
    {
      component: "BODY",
      params: { variables: "{{1}}, {{2}}", count: 2 },
    },
  ],
  [
    "missingExample",
    t({ type: "HEADER", format: "TEXT", text: "Hi {{1}}" }, body("Plain body text here.")),
    { component: "HEADER", params: { variables: "{{1}}", count: 1 } },
  ],
  [
    "missingExample",
    t(body("Plain body text here."), buttons({ type: "URL", text: "Go", url: "https://shop.test/{{1}}" })),
    { component: "BUTTONS", buttonIndex: 0, params: { variables: "{{1}}", count: 1, button: 1 } },
  ],
  [
    "missingExample",
    t(
      body("Hello {{name}}, your order has shipped today.", {
        body_text_named_params: [{ param_name: "other", example: "x" }],
      }),
    ),
    { params: { variables: "{{name}}", count: 1 } },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["Ann\nLee"]] })),
    {
      severity: "warning",
      params: { variable: "{{1}}", issue: "newline" },
    },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["a\tb"]] })),
    {
      params: { issue: "tab" },
    },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["a    b"]] })),
    {
      params: { issue: "spaces" },
    },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["#1"]] })),
    {
      severity: "info",
      params: { issue: "hash" },
    },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["$5"]] })),
    {
      params: { issue: "dollar" },
    },
  ],
  [
    "specialCharactersInExample",
    t(body("Hello {{1}}, your order has shipped today.", { body_text: [["5%"]] })),
    {
      params: { issue: "percent" },
    },
  ],
  [
    "specialCharactersInExample",
    t(
      body("Plain body text here."),
      buttons({ type: "URL", text: "Go", url: "https://s.test/{{1}}", example: ["a\nb"] }),
    ),
    { component: "BUTTONS", buttonIndex: 0, params: { issue: "newline" } },
  ],
  [
    "missingHeaderMedia",
    t(image(false), body("Plain body text here.")),
    {
      component: "HEADER",
      params: { format: "IMAGE" },
    },
  ],
  [
    "missingHeaderMedia",
    t({ type: "HEADER", format: "DOCUMENT", example: { header_handle: [""] } }, body("Plain body.")),
    {
      params: { format: "DOCUMENT" },
    },
  ],
  [
    "headerTooLong",
    t({ type: "HEADER", format: "TEXT", text: "h".repeat(61) }, body("Plain body text here.")),
    {
      params: { length: 61, max: 60 },
    },
  ],
  ["bodyTooLong", t(body("b".repeat(1025))), { params: { length: 1025, max: 1024 } }],
  [
    "bodyTooLong",
    t(image(), { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Offer" } }, body("b".repeat(601))),
    { params: { length: 601, max: 600 } },
  ],
  [
    "footerTooLong",
    t(body("Plain body text here."), { type: "FOOTER", text: "f".repeat(61) }),
    {
      component: "FOOTER",
      params: { length: 61, max: 60 },
    },
  ],
  [
    "buttonLabelTooLong",
    t(body("Plain body text here."), buttons(qr("q".repeat(26)))),
    {
      buttonIndex: 0,
      params: { length: 26, max: 25 },
    },
  ],
  [
    "urlTooLong",
    t(
      body("Plain body text here."),
      buttons({ type: "URL", text: "Go", url: `https://s.test/${"u".repeat(2000)}` }),
    ),
    { params: { length: 2015, max: 2000 } },
  ],
  [
    "phoneNumberTooLong",
    t(
      body("Plain body text here."),
      buttons({ type: "PHONE_NUMBER", text: "Call", phone_number: "+1".padEnd(21, "2") }),
    ),
    { params: { length: 21, max: 20 } },
  ],
  [
    "copyCodeTooLong",
    t(body("Plain body text here."), buttons({ type: "COPY_CODE", example: "C".repeat(16) })),
    {
      params: { length: 16, max: 15 },
    },
  ],
  [
    "offerTextTooLong",
    t(
      image(),
      { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "o".repeat(17) } },
      body("Plain body text here."),
    ),
    { component: "LIMITED_TIME_OFFER", params: { length: 17, max: 16 } },
  ],
  [
    "cardBodyTooLong",
    t(
      body("Plain body text here."),
      carousel(card(image(), body("c".repeat(161))), card(image(), body("Short card text here."))),
    ),
    { component: "CAROUSEL", cardIndex: 0, params: { length: 161, max: 160, card: 1 } },
  ],
  ["missingBody", t({ type: "HEADER", format: "TEXT", text: "Header only" }), { component: "BODY" }],
  ["missingBody", t(body("   ")), {}],
  [
    "duplicateComponent",
    t(body("Plain body text here."), body("Second body text here.")),
    {
      params: { type: "BODY", count: 2 },
    },
  ],
  [
    "tooManyButtons",
    t(body("Plain body text here."), buttons(...Array.from({ length: 11 }, (_, i) => qr(`Q${i}`)))),
    {
      params: { count: 11, max: 10 },
    },
  ],
  [
    "tooManyUrlButtons",
    t(body("Plain body text here."), buttons(link("a"), link("b"), link("c"))),
    {
      params: { count: 3, max: 2 },
    },
  ],
  [
    "tooManyPhoneButtons",
    t(body("Plain body text here."), buttons(phone(), phone())),
    { params: { count: 2, max: 1 } },
  ],
  [
    "tooManyCopyCodeButtons",
    t(body("Plain body text here."), buttons(copy(), copy())),
    { params: { count: 2, max: 1 } },
  ],
  [
    "quickRepliesNotGrouped",
    t(body("Plain body text here."), buttons(qr("a"), link(), qr("b"))),
    {
      component: "BUTTONS",
    },
  ],
  ["quickRepliesNotGrouped", t(body("Plain body text here."), buttons(link("a"), qr(), link("b"))), {}],
  [
    "buttonLabelMissing",
    t(body("Plain body text here."), buttons({ type: "QUICK_REPLY" })),
    {
      buttonIndex: 0,
      params: { type: "QUICK_REPLY" },
    },
  ],
  [
    "urlVariableNotAtEnd",
    t(
      body("Plain body text here."),
      buttons({ type: "URL", text: "Go", url: "https://s.test/{{1}}/x", example: ["a"] }),
    ),
    { params: { variable: "{{1}}" } },
  ],
  [
    "urlTooManyVariables",
    t(
      body("Plain body text here."),
      buttons({ type: "URL", text: "Go", url: "https://s.test/{{1}}/{{2}}", example: ["a"] }),
    ),
    { params: { count: 2, max: 1 } },
  ],
  [
    "unsafeButtonUrl",
    t(body("Plain body text here."), buttons({ type: "URL", text: "Go", url: "javascript:alert(1)" })),
    { severity: "error", buttonIndex: 0, params: { scheme: "javascript" } },
  ],
  [
    "unsafeButtonUrl",
    t(
      body("Plain body text here."),
      buttons({ type: "URL", text: "Go", url: "{{1}}", example: ["data:text/html,x"] }),
    ),
    {},
  ],
  [
    "footerInLimitedTimeOffer",
    t(
      image(),
      { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Offer" } },
      body("Plain body text."),
      {
        type: "FOOTER",
        text: "Footer",
      },
    ),
    { component: "FOOTER", severity: "error" },
  ],
  [
    "carouselCardCount",
    t(body("Plain body text here."), carousel(goodCard())),
    {
      params: { count: 1, min: 2, max: 10 },
    },
  ],
  [
    "carouselCardCount",
    t(body("Plain body text here."), carousel(...Array.from({ length: 11 }, goodCard))),
    { params: { count: 11 } },
  ],
  [
    "carouselCardsMismatch",
    t(
      body("Plain body text here."),
      carousel(
        goodCard(),
        card(image(), buttons(qr("More"))),
        card(image(), body("Plant {{1}} here.", { body_text: [["a"]] }), buttons(link())),
      ),
    ),
    {
      cardIndex: 1,
      params: {
        card: 2,
        expected: "BODY, BUTTONS(QUICK_REPLY), HEADER(IMAGE)",
        found: "BUTTONS(QUICK_REPLY), HEADER(IMAGE)",
      },
    },
  ],
  [
    "carouselCardsMismatch",
    t(
      body("Plain body text here."),
      carousel(
        goodCard(),
        card(
          { ...image(), format: "VIDEO" },
          goodCard().components[1] as TemplateComponent,
          buttons(qr("More")),
        ),
      ),
    ),
    { cardIndex: 1 },
  ],
  [
    "tooManyCardButtons",
    t(
      body("Plain body text here."),
      carousel(
        card(image(), buttons(qr("a"), qr("b"), qr("c"))),
        card(image(), buttons(qr("a"), qr("b"), qr("c"))),
      ),
    ),
    { cardIndex: 0, params: { count: 3, max: 2 } },
  ],
  [
    "codeExpirationOutOfRange",
    makeTemplate({
      category: "AUTHENTICATION",
      components: [{ type: "BODY" }, { type: "FOOTER", code_expiration_minutes: 91 }],
    }),
    { params: { minutes: 91, min: 1, max: 90 } },
  ],
  [
    "unknownComponent",
    t(body("Plain body text here."), { type: "HOLOGRAM" }),
    {
      severity: "info",
      params: { type: "HOLOGRAM" },
    },
  ],
  [
    "unknownButtonType",
    t(body("Plain body text here."), buttons({ type: "TELEPORT", text: "Go" })),
    {
      severity: "info",
      buttonIndex: 0,
      params: { type: "TELEPORT" },
    },
  ],
];

describe("diagnoseTemplate: positive cases", () => {
  it.each(POSITIVE.map(([id, template, expected], i) => [`${id} #${i}`, id, template, expected] as const))(
    "%s",
    (_, id, template, expected) => {
      const found = diagnoseTemplate(template).filter((d) => d.id === id);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toContainEqual(
        expect.objectContaining({ ...expected, params: expect.objectContaining(expected.params ?? {}) }),
      );
    },
  );

  it("covers every diagnostic id", () => {
    const covered = new Set(POSITIVE.map(([id]) => id));
    expect(DIAGNOSTIC_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe("diagnoseTemplate: clean templates", () => {
  const cleanCarousel = t(
    body("Rare succulents for sale, {{1}}! Each of these plants is on sale this week.", {
      body_text: [["Pablo"]],
    }),
    carousel(goodCard(), goodCard(), goodCard()),
  );

  it.each([
    ["couponReminder (positional, URL suffix, copy code)", couponReminder],
    ["deliveryUpdate (location header)", deliveryUpdate],
    ["limitedTimeOffer", limitedTimeOffer],
    ["authCopyCode (as created)", authCopyCode],
    ["authStored (as returned)", authStored],
    ["clean carousel", cleanCarousel],
    ["valid button groups QR,QR,URL", t(body("Plain body text here."), buttons(qr("a"), qr("b"), link()))],
    [
      "valid button groups URL,PHONE,QR,QR",
      t(body("Plain body text here."), buttons(link(), phone(), qr("a"), qr("b"))),
    ],
    [
      "ten quick replies",
      t(body("Plain body text here."), buttons(...Array.from({ length: 10 }, (_, i) => qr(`Q${i}`)))),
    ],
    [
      "exact limits",
      t(
        { type: "HEADER", format: "TEXT", text: "h".repeat(LIMITS.headerText) },
        body("b".repeat(LIMITS.bodyText)),
        { type: "FOOTER", text: "f".repeat(LIMITS.footerText) },
        buttons(qr("q".repeat(LIMITS.buttonLabel)), {
          type: "COPY_CODE",
          example: "C".repeat(LIMITS.copyCode),
        }),
      ),
    ],
    ["emoji count as one character", t(body("😃".repeat(LIMITS.bodyText)))],
    [
      "Chinese text with enough words per variable",
      t(
        body("您好{{1}}，您的订单{{2}}已发货，预计明天送达，请注意查收。", {
          body_text: [["张三", "A1001"]],
        }),
      ),
    ],
    [
      "formatting around variables is not dangling text",
      t(body("Dear customer, your code is *{{1}}* today.", { body_text: [["X1"]] })),
    ],
  ])("%s → no diagnostics", (_, template) => {
    expect(diagnoseTemplate(template)).toEqual([]);
  });

  it("Meta's reservation example only gets the punctuation-separated variables warning", () => {
    expect(diagnoseTemplate(reservationConfirmation)).toEqual([
      {
        id: "adjacentVariables",
        severity: "warning",
        component: "BODY",
        params: { first: "{{day}}", second: "{{date}}", separator: "punctuation" },
      },
    ]);
  });

  it("Meta's own carousel example only gets the informational % note", () => {
    expect(diagnoseTemplate(carouselTemplate)).toEqual([
      {
        id: "specialCharactersInExample",
        severity: "info",
        component: "BODY",
        params: { variable: "{{2}}", issue: "percent" },
      },
    ]);
  });
});

describe("details", () => {
  it("dangling check ignores formatting markers and whitespace at the edges", () => {
    expect(ids(t(body("  *{{1}}* is ready for pickup today.", { body_text: [["x"]] })))).toContain(
      "danglingVariable",
    );
    expect(ids(t(body("Ready for pickup today: {{1}}.", { body_text: [["x"]] })))).not.toContain(
      "danglingVariable",
    );
  });

  it("a body that is only one variable is reported once", () => {
    expect(
      diagnoseTemplate(t(body("{{1}}", { body_text: [["x"]] }))).filter((d) => d.id === "danglingVariable"),
    ).toHaveLength(1);
  });

  it("words between variables are not adjacent", () => {
    expect(
      ids(t(body("Hello {{1}} and {{2}} welcome to our shop today", { body_text: [["a", "b"]] }))),
    ).not.toContain("adjacentVariables");
  });

  it("repeating a variable is sequential", () => {
    expect(
      ids(t(body("Hello {{1}} and {{2}}, yes you {{1}}, welcome to the shop", { body_text: [["a", "b"]] }))),
    ).not.toContain("nonSequentialVariables");
  });

  it("authentication templates skip body rules that Meta's preset text would break", () => {
    expect(diagnoseTemplate(authStored)).toEqual([]);
  });

  it("carousel card problems carry the card index", () => {
    const d = diagnoseTemplate(
      t(
        body("Plain body text here."),
        carousel(
          goodCard(),
          card(image(false), body("Plant {{1}} today.", { body_text: [["a"]] }), buttons(qr("More"))),
        ),
      ),
    );
    expect(d).toContainEqual(
      expect.objectContaining({
        id: "missingHeaderMedia",
        component: "CAROUSEL",
        cardIndex: 1,
        params: { format: "IMAGE", card: 2 },
      }),
    );
  });

  it("sorts by component, then severity, and reports the worst severity", () => {
    const d = diagnoseTemplate(
      t(
        body("{{1}} text", { body_text: [["a\nb"]] }),
        { type: "HEADER", format: "IMAGE" },
        { type: "FOOTER", text: "f".repeat(61) },
        { type: "HOLOGRAM" },
      ),
    );
    expect(d.map((x) => x.component)).toEqual(
      [...d.map((x) => x.component)].sort((a, b) => order(a) - order(b)),
    );
    const bodyOnes = d.filter((x) => x.component === "BODY").map((x) => x.severity);
    expect(bodyOnes).toEqual([...bodyOnes].sort());
    expect(worstSeverity(d)).toBe("error");
    expect(worstSeverity([])).toBeNull();
    expect(sortDiagnostics([])).toEqual([]);
    function order(c: string) {
      return ["TEMPLATE", "HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"].indexOf(c);
    }
  });

  it("message keys are in the diagnostics namespace", () => {
    expect(diagnosticMessageKey({ id: "bodyTooLong" })).toBe("diagnostics.bodyTooLong");
  });

  it("diagnostics hold data only: params are strings or numbers", () => {
    for (const [, template] of POSITIVE) {
      for (const d of diagnoseTemplate(template)) {
        for (const v of Object.values(d.params)) expect(["string", "number"]).toContain(typeof v);
      }
    }
  });

  it("a long plain body is fine", () => {
    expect(ids(t(body(LONG_TEXT.slice(0, 1000))))).toEqual([]);
  });
});
