import { de, en_GB, en_US, es, fr, id, pt_BR } from "./copy-latin";
import type { CopyPack, LanguageCode } from "./copy-types";
import { ar, hi, ja, zh_CN, zh_HK } from "./copy-world";

export type { CopyPack, LanguageCode } from "./copy-types";
export { LANGUAGES } from "./copy-types";

export const COPY: Readonly<Record<LanguageCode, CopyPack>> = {
  en_US,
  zh_CN,
  es,
  pt_BR,
  id,
  hi,
  ar,
  en_GB,
  fr,
  de,
  ja,
  zh_HK,
};

/** Replaces `{brand}` (not a WhatsApp parameter: single braces). */
export function brandify(text: string, brand: string): string {
  return text.replaceAll("{brand}", brand);
}
