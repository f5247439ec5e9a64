/**
 * Masks a business phone number for display: `8613800138000` → `+86 138****8000`.
 *
 * - Input may carry `+`, spaces, dashes, dots or parentheses; only digits count.
 * - The country calling code (1–3 digits, ITU-T E.164 zones) is kept and shown as `+cc`.
 * - Of the national number, the last 4 digits are kept and up to 3 leading digits, but never so
 *   many that fewer than 3 digits stay hidden; the hidden part is always shown as exactly four `*`,
 *   so the mask does not reveal the number's length.
 * - Short numbers: with fewer than 8 digits in all, or a national part shorter than 6 digits, there is
 *   no meaningful split; only the last 2 digits are shown (`****45`, `+65 ****67`). With 2 or fewer
 *   digits the result is `****`. No digits at all gives an empty string.
 */
export function maskPhone(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  if (digits.length === 0) return "";
  if (digits.length < 8) return `****${digits.length > 2 ? digits.slice(-2) : ""}`;
  const ccLength = countryCodeLength(digits);
  const cc = digits.slice(0, ccLength);
  const national = digits.slice(ccLength);
  if (national.length < 6) return `+${cc} ****${national.slice(-2)}`;
  const head = Math.max(0, Math.min(3, national.length - 4 - 3));
  return `+${cc} ${national.slice(0, head)}****${national.slice(-4)}`;
}

/** Two-digit calling codes; 1 and 7 are one digit; every other code is three digits. */
const TWO_DIGIT_CODES = new Set(
  "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(
    " ",
  ),
);

/** Length of the calling code at the start of an E.164 digit string. */
export function countryCodeLength(digits: string): number {
  const first = digits[0];
  if (first === "1" || first === "7") return 1;
  return TWO_DIGIT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
}
