import { LANGUAGE_NAMES } from "./language-names";

const cache = new Map<string, Intl.DisplayNames | null>();

function displayNames(uiLocale: string): Intl.DisplayNames | null {
  if (!cache.has(uiLocale)) {
    try {
      cache.set(uiLocale, new Intl.DisplayNames([uiLocale], { type: "language", fallback: "none" }));
    } catch {
      cache.set(uiLocale, null);
    }
  }
  return cache.get(uiLocale) ?? null;
}

/**
 * Human name of a template language code in the UI language: "zh_CN" → "Chinese (China)" /
 * "中文（中国）". Meta uses underscores (en_US, pt_BR); Intl wants BCP 47 hyphens. Unknown or
 * malformed codes come back unchanged, so a new language never breaks the table.
 */
export function languageName(code: string, uiLocale: string): string {
  // The fixed table first: the same text on the server and in every browser (no hydration mismatch).
  const fixed = LANGUAGE_NAMES[uiLocale]?.[code];
  if (fixed) return fixed;
  const tag = code.replace(/_/g, "-");
  try {
    return displayNames(uiLocale)?.of(tag) ?? code;
  } catch {
    return code;
  }
}
