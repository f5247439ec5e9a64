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
  // One `now` per request, handed to the client provider: relative times ("updated 2 min ago") and
  // the preview clock render the same text on the server and during hydration (no React #418).
  return { locale, messages: messagesFor(locale), timeZone: "UTC", now: new Date() };
});
