import { type Template, type TemplateInput, templateSchema } from "@/lib/nxcloud/schemas";

/**
 * Templates shaped like Meta documents them (reference §3.12), parsed through `templateSchema`
 * exactly as the console receives them. Used by the unit tests; handy for component stories too.
 */

export function makeTemplate(input: Partial<TemplateInput> & Pick<TemplateInput, "components">): Template {
  return templateSchema.parse({
    id: "1",
    name: "sample_template",
    language: "en_US",
    category: "MARKETING",
    status: "APPROVED",
    ...input,
  });
}

/** (a) IMAGE header, NAMED parameters, URL + phone + quick reply (Meta GET example). */
export const reservationConfirmation = makeTemplate({
  name: "reservation_confirmation",
  category: "UTILITY",
  parameter_format: "NAMED",
  components: [
    {
      type: "HEADER",
      format: "IMAGE",
      example: { header_handle: ["https://scontent.whatsapp.net/v/t61.29466-34/reservation.jpg"] },
    },
    {
      type: "BODY",
      text: "*You're all set!*\n\nYour reservation for {{number_of_guests}} at Lucky Shrub Eatery on {{day}}, {{date}}, at {{time}}, is confirmed. See you then!",
      example: {
        body_text_named_params: [
          { param_name: "number_of_guests", example: "4" },
          { param_name: "day", example: "Saturday" },
          { param_name: "date", example: "August 30th, 2025" },
          { param_name: "time", example: "7:30 pm" },
        ],
      },
    },
    { type: "FOOTER", text: "Lucky Shrub Eatery: The Luckiest Eatery in Town!" },
    {
      type: "BUTTONS",
      buttons: [
        { type: "URL", text: "Change reservation", url: "https://www.luckyshrubeater.com/reservations" },
        { type: "PHONE_NUMBER", text: "Call us", phone_number: "+16467043595" },
        { type: "QUICK_REPLY", text: "Cancel reservation" },
      ],
    },
  ],
});

/** Positional TEXT header + body (Meta `coupon_expiration_reminder_number_vars`). */
export const couponReminder = makeTemplate({
  name: "coupon_expiration_reminder_number_vars",
  sub_category: "CUSTOM",
  components: [
    { type: "HEADER", format: "TEXT", text: "Act fast, {{1}}!", example: { header_text: ["Pablo"] } },
    {
      type: "BODY",
      text: "Your coupon *{{1}}* expires in only {{2}} days! Use it before it is gone.\n\nHappy shopping! 😃",
      example: { body_text: [["SUMMER20", "10"]] },
    },
    {
      type: "BUTTONS",
      buttons: [
        {
          type: "URL",
          text: "Shop now",
          url: "https://www.luckyshrub.com/shop?promo={{1}}",
          example: ["summer2023"],
        },
        { type: "COPY_CODE", example: "SUMMER20" },
      ],
    },
  ],
});

/** (b) Carousel creation payload (lower-case types), 2 cards. */
export const carouselTemplate = makeTemplate({
  name: "carousel_template_media_cards_v1",
  category: "marketing",
  components: [
    {
      type: "body",
      text: "Rare succulents for sale! {{1}}, add these unique plants to your collection. Each of these rare succulents are {{2}} if you checkout using code {{3}}. Shop now and add some unique and beautiful plants to your collection!",
      example: { body_text: [["Pablo", "30%", "30OFF"]] },
    },
    {
      type: "carousel",
      cards: [
        {
          components: [
            {
              type: "header",
              format: "image",
              example: { header_handle: ["https://cdn.example.com/elf.png"] },
            },
            {
              type: "body",
              text: "The *Blue Elf* is {{1}} today.",
              example: { body_text: [["on sale"]] },
            },
            {
              type: "buttons",
              buttons: [
                { type: "quick_reply", text: "Send me more like this!" },
                {
                  type: "url",
                  text: "Shop",
                  url: "https://www.luckyshrub.com/rare-succulents/{{1}}",
                  example: ["BLUE_ELF"],
                },
              ],
            },
          ],
        },
        {
          components: [
            { type: "header", format: "image", example: { header_handle: ["4::an..."] } },
            {
              type: "body",
              text: "The *Buddha* is {{1}} today.",
              example: { body_text: [["half price"]] },
            },
            {
              type: "buttons",
              buttons: [
                { type: "quick_reply", text: "Send me more like this!" },
                {
                  type: "url",
                  text: "Shop",
                  url: "https://www.luckyshrub.com/rare-succulents/{{1}}",
                  example: ["https://www.luckyshrub.com/rare-succulents/BUDDHA"],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
});

/** (c) Authentication, copy code, as created (no body/footer text). */
export const authCopyCode = makeTemplate({
  name: "authentication_code_copy_code_button",
  category: "AUTHENTICATION",
  components: [
    { type: "BODY", add_security_recommendation: true },
    { type: "FOOTER", code_expiration_minutes: 10 },
    { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy Code" }] },
  ],
});

/** (c) Authentication as stored/returned: preset text and the OTP button turned into a URL button. */
export const authStored = makeTemplate({
  name: "auth_stored",
  category: "AUTHENTICATION",
  components: [
    { type: "BODY", text: "*{{1}}* is your verification code. For your security, do not share this code." },
    { type: "FOOTER", text: "This code expires in 10 minutes." },
    {
      type: "BUTTONS",
      buttons: [
        {
          type: "URL",
          text: "Copy Code",
          url: "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}",
        },
      ],
    },
  ],
});

/** (d) LOCATION header + quick reply (UTILITY). */
export const deliveryUpdate = makeTemplate({
  name: "order_delivery_update",
  category: "UTILITY",
  components: [
    { type: "HEADER", format: "LOCATION" },
    {
      type: "BODY",
      text: "Good news {{1}}! Your order #{{2}} is on its way to the location above. Thank you for your order!",
      example: { body_text: [["Mark", "566701"]] },
    },
    { type: "FOOTER", text: "To stop receiving delivery updates, tap the button below." },
    { type: "BUTTONS", buttons: [{ type: "QUICK_REPLY", text: "Stop Delivery Updates" }] },
  ],
});

/** (e) Limited-time offer. */
export const limitedTimeOffer = makeTemplate({
  name: "limited_time_offer_caribbean_pkg_2023",
  components: [
    {
      type: "HEADER",
      format: "IMAGE",
      example: { header_handle: ["https://cdn.example.com/caribbean.jpg"] },
    },
    { type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Expiring offer!", has_expiration: true } },
    {
      type: "BODY",
      text: "Good news, {{1}}! Use code {{2}} to get 25% off all Caribbean Destination packages!",
      example: { body_text: [["Pablo", "CARIBE25"]] },
    },
    {
      type: "BUTTONS",
      buttons: [
        { type: "COPY_CODE", example: "CARIBE25" },
        {
          type: "URL",
          text: "Book now!",
          url: "https://awesomedestinations.com/offers?code={{1}}",
          example: ["https://awesomedestinations.com/offers?code=n3mtql"],
        },
      ],
    },
  ],
});
