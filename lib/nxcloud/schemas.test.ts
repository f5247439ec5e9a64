import { describe, expect, it } from "vitest";
import { envelopeSchema, templatePageSchema } from "./schemas";

// The documented success example of getTemplate (reference §2.1), verbatim.
const documented = {
  code: 0,
  data: {
    data: [
      {
        components: [
          { format: "TEXT", text: "ni{{1}}hao", type: "HEADER", example: { header_text: ["AA"] } },
          { text: "hello{{1}}world{{2}}hahah", type: "BODY", example: { body_text: [["BB", "CC"]] } },
          { text: "I am footer", type: "FOOTER" },
          {
            buttons: [
              { text: "I am QR1", type: "QUICK_REPLY" },
              { text: "I am QR2", type: "QUICK_REPLY" },
            ],
            type: "BUTTONS",
          },
        ],
        rejected_reason: "INVALID_FORMAT",
        quality_score: { score: "UNKNOWN" },
        name: "normal_text3",
        language: "en_US",
        id: "15xxxx67",
        category: "OTP",
        status: "REJECTED",
      },
    ],
    paging: {
      next: "https://graph.facebook.com/v15.0/10xxx925/message_templates?limit=20&after=MTkZD",
      cursors: { before: "MAZDZD", after: "MTkZD" },
    },
  },
  message: "Request successful",
};

describe("template schemas", () => {
  it("parses the documented getTemplate example, keeping the legacy OTP category", () => {
    const env = envelopeSchema.parse(documented);
    const page = templatePageSchema.parse(env.data);
    expect(page.data[0]?.category).toBe("OTP");
    expect(page.data[0]?.components).toHaveLength(4);
    expect(page.paging?.cursors?.after).toBe("MTkZD");
  });

  it("keeps unknown component and button types with their raw fields", () => {
    const page = templatePageSchema.parse({
      data: [
        {
          id: 1,
          name: "x",
          language: "en",
          category: "MARKETING",
          status: "SOMETHING_NEW",
          components: [
            { type: "HOLOGRAM", beam: { colour: "blue" } },
            { type: "BUTTONS", buttons: [{ type: "TELEPORT", where: "mars" }] },
            {
              type: "CAROUSEL",
              cards: [{ components: [{ type: "HEADER", format: "IMAGE" }] }],
            },
          ],
        },
      ],
    });
    const t = page.data[0];
    expect(t?.id).toBe("1");
    expect(t?.components[0]).toMatchObject({ type: "HOLOGRAM", beam: { colour: "blue" } });
    expect(t?.components[1]?.buttons?.[0]).toMatchObject({ type: "TELEPORT", where: "mars" });
    expect(t?.components[2]?.cards?.[0]?.components[0]?.format).toBe("IMAGE");
  });

  it("rejects a structurally broken page", () => {
    expect(templatePageSchema.safeParse({ data: { name: 3 } }).success).toBe(false);
    expect(templatePageSchema.safeParse({ data: [], paging: { cursors: "x" } }).success).toBe(false);
    expect(templatePageSchema.safeParse({ items: [] }).success).toBe(false);
  });
});
