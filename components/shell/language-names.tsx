"use client";

import { useLocale } from "next-intl";
import { createContext, type ReactNode, useCallback, useContext } from "react";
import { type LanguageNames, languageName } from "@/lib/i18n/language-name";

const LanguageNamesContext = createContext<LanguageNames>({});

/** Given by the console layout (a server component): the UI language's names of template languages. */
export function LanguageNamesProvider({ names, children }: { names: LanguageNames; children: ReactNode }) {
  return <LanguageNamesContext.Provider value={names}>{children}</LanguageNamesContext.Provider>;
}

/** `languageName` in the UI language, from the names the console layout provides. */
export function useLanguageName(): (code: string) => string {
  const names = useContext(LanguageNamesContext);
  const locale = useLocale();
  return useCallback((code: string) => languageName(code, locale, names), [locale, names]);
}
