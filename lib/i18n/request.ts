import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "./locales";
import { messagesFor } from "./messages";

// No locale segment in URLs (links stay shareable across languages): the remembered choice in a
// cookie wins, then the browser's Accept-Language.
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale)
    ? cookieLocale
    : localeFromAcceptLanguage((await headers()).get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});
