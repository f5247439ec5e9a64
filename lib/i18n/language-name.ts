/** Names of template language codes in one UI language (one locale's slice of LANGUAGE_NAMES). */
export type LanguageNames = Readonly<Record<string, string>>;

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
 *
 * `fixed` (LANGUAGE_NAMES[uiLocale]) comes first: the same text on the server and in every browser
 * (no hydration mismatch). The browser gets it from the console layout (LanguageNamesProvider),
 * for its UI language only, instead of bundling the table of every language.
 */
export function languageName(code: string, uiLocale: string, fixed: LanguageNames): string {
  const name = fixed[code];
  if (name) return name;
  const tag = code.replace(/_/g, "-");
  try {
    return displayNames(uiLocale)?.of(tag) ?? code;
  } catch {
    return code;
  }
}
