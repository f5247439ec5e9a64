import { describe, expect, it } from "vitest";
import { type Template, templateSchema } from "@/lib/nxcloud/schemas";
import { templateListItemSchema } from "./list-contract";
import { BODY_EXCERPT_MAX, excerpt, toListItem } from "./projection";

const tpl = (input: Record<string, unknown>): Template =>
  templateSchema.parse({
    id: "1",
    name: "t",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    ...input,
  });

describe("toListItem", () => {
  it("projects the documented example", () => {
    const template = tpl({
      id: "15xxxx67",
      name: "normal_text3",
      category: "OTP",
      status: "REJECTED",
      rejected_reason: "INVALID_FORMAT",
      quality_score: { score: "UNKNOWN" },
      components: [
        { format: "TEXT", text: "ni{{1}}hao", type: "HEADER", example: { header_text: ["AA"] } },
        { text: "hello{{1}}world{{2}}hahah", type: "BODY" },
        { text: "I am footer", type: "FOOTER" },
        {
          type: "BUTTONS",
          buttons: [
            { text: "I am QR1", type: "QUICK_REPLY" },
            { text: "I am QR2", type: "QUICK_REPLY" },
          ],
        },
      ],
    });
    const item = toListItem(template, "acme", 2);
    expect(item).toEqual({
      id: "15xxxx67",
      account: "acme",
      name: "normal_text3",
      language: "en_US",
      category: "OTP",
      status: "REJECTED",
      quality: "UNKNOWN",
      qualityDate: null,
      rejectedReason: "INVALID_FORMAT",
      headerFormat: "TEXT",
      buttons: ["QUICK_REPLY", "QUICK_REPLY"],
      kinds: [],
      bodyExcerpt: "hello{{1}}world{{2}}hahah",
      otherLanguages: 2,
    });
    expect(templateListItemSchema.parse(item)).toEqual(item);
  });

  it("reports null quality, null NONE/missing rejection reasons and no header", () => {
    const item = toListItem(
      tpl({ rejected_reason: "NONE", components: [{ type: "BODY", text: "x" }] }),
      "a",
      0,
    );
    expect(item.quality).toBeNull();
    expect(item.rejectedReason).toBeNull();
    expect(item.headerFormat).toBeNull();
    expect(toListItem(tpl({}), "a", 0).rejectedReason).toBeNull();
    expect(toListItem(tpl({ quality_score: { score: "RED", date: 1700000000 } }), "a", 0)).toMatchObject({
      quality: "RED",
      qualityDate: 1700000000,
    });
  });

  it("lists top-level buttons only and carousel / offer / OTP kinds", () => {
    const carousel = tpl({
      components: [
        { type: "body", text: "Pick one" },
        {
          type: "CAROUSEL",
          cards: [
            {
              components: [
                { type: "HEADER", format: "IMAGE" },
                { type: "BUTTONS", buttons: [{ type: "URL", text: "Buy", url: "https://x" }] },
              ],
            },
          ],
        },
        { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Ends soon" } },
        { type: "buttons", buttons: [{ type: "quick_reply", text: "Stop" }] },
      ],
    });
    const item = toListItem(carousel, "a", 0);
    expect(item.buttons).toEqual(["QUICK_REPLY"]);
    expect(item.kinds).toEqual(["CAROUSEL", "LIMITED_TIME_OFFER"]);
    expect(item.bodyExcerpt).toBe("Pick one");

    const otp = tpl({
      category: "AUTHENTICATION",
      components: [
        { type: "BODY", text: "{{1}} is your code." },
        { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy" }] },
        { type: "CALL_PERMISSION_REQUEST" },
      ],
    });
    expect(toListItem(otp, "a", 0).kinds).toEqual(["CALL_PERMISSION_REQUEST", "OTP"]);
  });

  it("takes the header format, defaulting to TEXT for a text header without format", () => {
    expect(toListItem(tpl({ components: [{ type: "HEADER", format: "image" }] }), "a", 0).headerFormat).toBe(
      "IMAGE",
    );
    expect(toListItem(tpl({ components: [{ type: "HEADER", text: "Hi" }] }), "a", 0).headerFormat).toBe(
      "TEXT",
    );
  });
});

describe("excerpt", () => {
  it("single-lines the body and cuts at 160 with an ellipsis", () => {
    expect(excerpt("  Hello\n\n  *world*\t!  ", BODY_EXCERPT_MAX)).toBe("Hello *world* !");
    const long = "word ".repeat(100);
    const cut = excerpt(long, BODY_EXCERPT_MAX);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toContain("\n");
  });

  it("never splits an emoji or a combining sequence", () => {
    const family = "👨‍👩‍👧‍👦"; // 11 UTF-16 units
    const text = family.repeat(30);
    const cut = excerpt(text, BODY_EXCERPT_MAX);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.slice(0, -1)).toBe(family.repeat(Math.floor(159 / family.length)));
  });

  it("keeps short text as is, including Chinese and Arabic", () => {
    expect(excerpt("您的验证码是 {{1}}", 160)).toBe("您的验证码是 {{1}}");
    expect(excerpt("مرحبا {{1}}", 160)).toBe("مرحبا {{1}}");
  });
});
