import enActivity from "@/messages/en/activity.json";
import enAlerts from "@/messages/en/alerts.json";
import enAuth from "@/messages/en/auth.json";
import enCommon from "@/messages/en/common.json";
import enDiagnostics from "@/messages/en/diagnostics.json";
import enDrawer from "@/messages/en/drawer.json";
import enErrors from "@/messages/en/errors.json";
import enOverview from "@/messages/en/overview.json";
import enPreview from "@/messages/en/preview.json";
import enStatus from "@/messages/en/status.json";
import enTemplateHistory from "@/messages/en/templateHistory.json";
import enTemplates from "@/messages/en/templates.json";
import zhActivity from "@/messages/zh-CN/activity.json";
import zhAlerts from "@/messages/zh-CN/alerts.json";
import zhAuth from "@/messages/zh-CN/auth.json";
import zhCommon from "@/messages/zh-CN/common.json";
import zhDiagnostics from "@/messages/zh-CN/diagnostics.json";
import zhDrawer from "@/messages/zh-CN/drawer.json";
import zhErrors from "@/messages/zh-CN/errors.json";
import zhOverview from "@/messages/zh-CN/overview.json";
import zhPreview from "@/messages/zh-CN/preview.json";
import zhStatus from "@/messages/zh-CN/status.json";
import zhTemplateHistory from "@/messages/zh-CN/templateHistory.json";
import zhTemplates from "@/messages/zh-CN/templates.json";
import type { Locale } from "./locales";

/**
 * One JSON file per namespace and language (messages/<locale>/<namespace>.json), so each part of
 * the console owns its strings. Imported statically: the build fails if a file goes missing.
 */
export const MESSAGES = {
  en: {
    common: enCommon,
    templates: enTemplates,
    drawer: enDrawer,
    overview: enOverview,
    auth: enAuth,
    errors: enErrors,
    preview: enPreview,
    diagnostics: enDiagnostics,
    status: enStatus,
    alerts: enAlerts,
    activity: enActivity,
    templateHistory: enTemplateHistory,
  },
  "zh-CN": {
    common: zhCommon,
    templates: zhTemplates,
    drawer: zhDrawer,
    overview: zhOverview,
    auth: zhAuth,
    errors: zhErrors,
    preview: zhPreview,
    diagnostics: zhDiagnostics,
    status: zhStatus,
    alerts: zhAlerts,
    activity: zhActivity,
    templateHistory: zhTemplateHistory,
  },
} satisfies Record<Locale, Record<string, unknown>>;

export function messagesFor(locale: Locale) {
  return MESSAGES[locale];
}
