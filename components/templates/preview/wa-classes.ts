/**
 * WhatsApp's secondary text on tinted boxes (offer banner, document row, map label): one step
 * stronger than `text-wa-meta` so it keeps 4.5:1 contrast on the tint in both looks.
 */
export const WA_META_ON_TINT = "text-[#54656f] dark:text-[#aebac1]";
