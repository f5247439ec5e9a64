import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics";
import { makeTemplate } from "./fixtures";
import { buildButton, buildPreviewModel } from "./model";
import {
  avatarInitial,
  buttonDetailRef,
  buttonUrlText,
  categoryChange,
  diagnosticPlace,
  documentType,
  formatClock,
  groupDiagnostics,
  isUnknownButton,
  looksLikeImage,
  placeholderText,
  prettyJson,
  previewNotes,
  qualityDate,
  unknownButtons,
  variableDisplay,
  variablePlace,
} from "./presentation";

describe("variableDisplay", () => {
  it("examples mode shows the example value as text", () => {
    expect(variableDisplay({ name: "1", value: "Emily" }, "examples")).toEqual({
      kind: "value",
      text: "Emily",
    });
  });

  it("examples mode without a value: a missing chip", () => {
    expect(variableDisplay({ name: "first_name", value: null }, "examples")).toEqual({
      kind: "chip",
      text: "{{first_name}}",
      missing: true,
    });
  });

  it("placeholders mode: every variable is a chip, not marked missing", () => {
    expect(variableDisplay({ name: "1", value: "Emily" }, "placeholders")).toEqual({
      kind: "chip",
      text: "{{1}}",
      missing: false,
    });
    expect(variableDisplay({ name: "2", value: null }, "placeholders")).toMatchObject({ missing: false });
  });

  it("an empty-string example is still a value (what would be sent)", () => {
    expect(variableDisplay({ name: "1", value: "" }, "examples")).toEqual({ kind: "value", text: "" });
  });

  it("placeholderText wraps in double braces", () => {
    expect(placeholderText("order_id")).toBe("{{order_id}}");
  });
});

describe("small formatting helpers", () => {
  it("documentType: extension upper-cased, PDF by default", () => {
    expect(documentType("invoice.pdf")).toBe("PDF");
    expect(documentType("menu.Docx")).toBe("DOCX");
    expect(documentType(undefined)).toBe("PDF");
    expect(documentType("no-extension")).toBe("PDF");
  });

  it("avatarInitial: first grapheme, upper-cased; ? when empty", () => {
    expect(avatarInitial("acme Store")).toBe("A");
    expect(avatarInitial("  牛信云 ")).toBe("牛");
    expect(avatarInitial("👩‍👩‍👧 Family")).toBe("👩‍👩‍👧");
    expect(avatarInitial("")).toBe("?");
    expect(avatarInitial(null)).toBe("?");
  });

  it("formatClock: 24-hour HH:mm in the given zone", () => {
    const date = new Date("2025-06-01T17:05:00Z");
    expect(formatClock(date, "en", "UTC")).toBe("17:05");
    expect(formatClock(date, "zh-CN", "Asia/Shanghai")).toBe("01:05");
    // An invalid locale falls back instead of throwing.
    expect(formatClock(date, "not a locale!!", "UTC")).toMatch(/^\d\d:\d\d$/);
  });

  it("prettyJson: 2-space JSON, never throws", () => {
    expect(prettyJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(typeof prettyJson(loop)).toBe("string");
    expect(prettyJson(undefined)).toBe("undefined");
  });

  it("qualityDate: unix seconds → Date; null when missing", () => {
    expect(qualityDate({ quality_score: { score: "GREEN", date: 1_748_736_000 } })?.toISOString()).toBe(
      "2025-06-01T00:00:00.000Z",
    );
    expect(qualityDate({ quality_score: { score: "GREEN" } })).toBeNull();
    expect(qualityDate({ quality_score: null })).toBeNull();
    expect(qualityDate({ quality_score: { score: "GREEN", date: -1 } })).toBeNull();
  });
});

describe("buttons", () => {
  it("URL: final URL text and an 'opens' sentence", () => {
    const b = buildButton(
      { type: "URL", text: "Pay", url: "https://s.test/pay/{{1}}", example: ["INV-1"] },
      0,
    );
    expect(buttonUrlText(b)).toBe("https://s.test/pay/INV-1");
    expect(buttonDetailRef(b)).toEqual({
      key: "preview.button.opensLink",
      params: { url: "https://s.test/pay/INV-1" },
    });
  });

  it("URL without example: the stored template and the 'filled when sending' sentence", () => {
    const b = buildButton({ type: "URL", text: "Pay", url: "https://s.test/pay/{{1}}" }, 0);
    expect(buttonUrlText(b)).toBe("https://s.test/pay/{{1}}");
    expect(buttonDetailRef(b)).toEqual({
      key: "preview.button.linkWithVariable",
      params: { url: "https://s.test/pay/{{1}}" },
    });
  });

  it("unsafe URL: a warning, never an 'opens' sentence", () => {
    const b = buildButton({ type: "URL", text: "x", url: "javascript:alert(1)" }, 0);
    expect(buttonDetailRef(b)).toEqual({ key: "preview.button.unsafeLink" });
    expect(buttonUrlText(b)).toBe("javascript:alert(1)");
  });

  it("phone, copy code, OTP, flow", () => {
    expect(
      buttonDetailRef(buildButton({ type: "PHONE_NUMBER", text: "Call", phone_number: "+1555" }, 0)),
    ).toEqual({
      key: "preview.button.callsNumber",
      params: { phone: "+1555" },
    });
    expect(buttonDetailRef(buildButton({ type: "COPY_CODE", example: "SAVE10" }, 0))).toEqual({
      key: "preview.button.copiesCode",
      params: { code: "SAVE10" },
    });
    expect(buttonDetailRef(buildButton({ type: "COPY_CODE" }, 0))).toEqual({
      key: "preview.button.noExampleCode",
    });
    expect(buttonDetailRef(buildButton({ type: "OTP", otp_type: "ONE_TAP" }, 0))).toEqual({
      key: "preview.otpType.ONE_TAP",
    });
    expect(buttonDetailRef(buildButton({ type: "OTP", otp_type: "HOLO_TAP" }, 0))).toEqual({
      key: "preview.otpType.UNKNOWN",
      params: { type: "HOLO_TAP" },
    });
    expect(buttonDetailRef(buildButton({ type: "FLOW", text: "Book", flow_id: 42 }, 0))).toEqual({
      key: "preview.button.opensFlow",
      params: { name: "42" },
    });
    expect(buttonDetailRef(buildButton({ type: "FLOW", text: "Book" }, 0))).toBeNull();
    expect(buttonDetailRef(buildButton({ type: "QUICK_REPLY", text: "Yes" }, 0))).toBeNull();
  });

  it("unknown button types are recognised and their raw JSON kept", () => {
    expect(isUnknownButton(buildButton({ type: "SCHEDULE_PICKUP", text: "x" }, 0))).toBe(true);
    expect(isUnknownButton(buildButton({ type: "QUICK_REPLY", text: "x" }, 0))).toBe(false);
    const t = makeTemplate({
      components: [
        { type: "BODY", text: "Hi" },
        {
          type: "BUTTONS",
          buttons: [
            { type: "QUICK_REPLY", text: "a" },
            { type: "SCHEDULE_PICKUP", text: "b", slots_url: "https://x.test" },
          ],
        },
      ],
    });
    expect(unknownButtons(t)).toEqual([
      {
        index: 1,
        type: "SCHEDULE_PICKUP",
        raw: { type: "SCHEDULE_PICKUP", text: "b", slots_url: "https://x.test" },
      },
    ]);
  });
});

describe("diagnostics and variables", () => {
  const d = (
    id: Diagnostic["id"],
    severity: Diagnostic["severity"],
    extra: Partial<Diagnostic> = {},
  ): Diagnostic => ({
    id,
    severity,
    component: "BODY",
    params: {},
    ...extra,
  });

  it("groups by severity, errors first, empty groups left out", () => {
    const groups = groupDiagnostics([
      d("missingExample", "warning"),
      d("danglingVariable", "error"),
      d("tooManyVariables", "warning"),
    ]);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning"]);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(["missingExample", "tooManyVariables"]);
    expect(groupDiagnostics([])).toEqual([]);
  });

  it("names the component, card and button, 1-based", () => {
    expect(diagnosticPlace({ component: "BUTTONS", buttonIndex: 0 })).toEqual([
      { key: "diagnostics.component.BUTTONS" },
      { key: "diagnostics.location.button", params: { button: 1 } },
    ]);
    expect(diagnosticPlace({ component: "CAROUSEL", cardIndex: 2, buttonIndex: 1 })).toEqual([
      { key: "diagnostics.component.CAROUSEL" },
      { key: "diagnostics.location.card", params: { card: 3 } },
      { key: "diagnostics.location.button", params: { button: 2 } },
    ]);
  });

  it("places card variables inside the carousel", () => {
    expect(variablePlace({ component: "BODY" })).toEqual([{ key: "diagnostics.component.BODY" }]);
    expect(variablePlace({ component: "BUTTONS", cardIndex: 0, buttonIndex: 1 })).toEqual([
      { key: "diagnostics.component.CAROUSEL" },
      { key: "diagnostics.location.card", params: { card: 1 } },
      { key: "diagnostics.component.BUTTONS" },
      { key: "diagnostics.location.button", params: { button: 2 } },
    ]);
  });

  it("every variable of a model has a place", () => {
    const model = buildPreviewModel(
      makeTemplate({
        components: [
          { type: "BODY", text: "Hi {{1}}, see {{2}}", example: { body_text: [["a", "b"]] } },
          { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url: "https://s.test/{{1}}" }] },
        ],
      }),
    );
    expect(model.variables.map((v) => variablePlace(v)[0]?.key)).toEqual([
      "diagnostics.component.BODY",
      "diagnostics.component.BODY",
      "diagnostics.component.BUTTONS",
    ]);
  });
});

describe("categoryChange", () => {
  it("pending when correct_category differs", () => {
    expect(categoryChange({ category: "UTILITY", correct_category: "MARKETING" })).toEqual({
      kind: "pending",
      from: "UTILITY",
      to: "MARKETING",
    });
  });

  it("changed when previous_category differs", () => {
    expect(categoryChange({ category: "marketing", previous_category: "utility" })).toEqual({
      kind: "changed",
      from: "UTILITY",
      to: "MARKETING",
    });
  });

  it("none when equal, empty or missing", () => {
    expect(categoryChange({ category: "UTILITY", correct_category: "UTILITY" })).toBeNull();
    expect(categoryChange({ category: "UTILITY", correct_category: "", previous_category: null })).toBeNull();
    expect(categoryChange({ category: "UTILITY" })).toBeNull();
  });
});

describe("looksLikeImage", () => {
  it("by the path's extension, ignoring query strings", () => {
    expect(looksLikeImage("https://c.test/media/video-poster.png")).toBe(true);
    expect(looksLikeImage("https://c.test/a.JPG?x=1")).toBe(true);
    expect(looksLikeImage("https://c.test/clip.mp4")).toBe(false);
    expect(looksLikeImage("https://c.test/media?file=a.png")).toBe(false);
    expect(looksLikeImage(null)).toBe(false);
    expect(looksLikeImage("not a url.png")).toBe(false);
  });
});

describe("previewNotes", () => {
  const keys = (t: Parameters<typeof buildPreviewModel>[0]) =>
    previewNotes(buildPreviewModel(t)).map((n) => n.key);

  it("plain text template: no notes", () => {
    expect(keys(makeTemplate({ components: [{ type: "BODY", text: "Hello there" }] }))).toEqual([]);
  });

  it("missing media, location, LTO, auth and desktop button limits", () => {
    expect(
      keys(
        makeTemplate({
          components: [
            { type: "HEADER", format: "VIDEO" },
            { type: "BODY", text: "x" },
          ],
        }),
      ),
    ).toEqual(["preview.mediaUnavailableHint"]);
    expect(
      keys(
        makeTemplate({
          components: [
            { type: "HEADER", format: "LOCATION" },
            { type: "BODY", text: "x" },
          ],
        }),
      ),
    ).toEqual(["preview.locationHint"]);
    expect(
      keys(
        makeTemplate({
          components: [
            { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Deal", has_expiration: true } },
            { type: "BODY", text: "x" },
          ],
        }),
      ),
    ).toEqual(["preview.offer.expires", "preview.offer.notOnDesktop"]);
    expect(
      keys(
        makeTemplate({
          category: "AUTHENTICATION",
          components: [
            { type: "BODY", add_security_recommendation: true },
            { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE" }] },
          ],
        }),
      ),
    ).toEqual(["preview.auth.presetText", "preview.auth.securityLine"]);
    const qr = { type: "QUICK_REPLY", text: "q" };
    expect(
      keys(
        makeTemplate({
          components: [
            { type: "BODY", text: "x" },
            { type: "BUTTONS", buttons: [qr, qr, qr] },
          ],
        }),
      ),
    ).toEqual([]);
    expect(
      keys(
        makeTemplate({
          components: [
            { type: "BODY", text: "x" },
            { type: "BUTTONS", buttons: [qr, { type: "URL", text: "u", url: "https://x.test" }] },
          ],
        }),
      ),
    ).toEqual(["preview.buttonsNotOnDesktop"]);
  });
});
