import nodemailer from "nodemailer";
import { type AlertContent, type AlertItem, changeText, fitItems } from "../content";
import {
  type DeliveryOutcome,
  excerpt,
  escapeHtml as h,
  SEVERITY_COLOR,
  safeLinkUrl,
  truncate,
} from "./common";

/**
 * Email through SMTP (SMTP_URL, SMTP_FROM) with nodemailer: an HTML part (inline styles only, as
 * mail clients strip <style>) and a plain-text part. Every untrusted value is HTML-escaped in the
 * HTML part; the subject is single-line. SMTP answers 4xx (transient) or 5xx (permanent).
 */

export const EMAIL_MAX_ITEMS = 100;

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, " ");
}

function itemHtml(item: AlertItem, c: AlertContent): string {
  const color = SEVERITY_COLOR[item.severity].hex;
  const guidance = item.guidance ? `<div style="margin-top:4px;color:#5f6368">${h(item.guidance)}</div>` : "";
  return `<tr><td style="padding:12px 0;border-top:1px solid #e0e0e0">
<div><strong>${h(item.templateName)}</strong> · ${h(item.accountLabel)} · ${h(item.language)}</div>
<div style="margin-top:4px;color:${color}">${h(changeText(item))}</div>
<div style="margin-top:4px;color:#5f6368;font-size:13px">${h(c.labels.observed)}${h(item.window)}</div>
${guidance}<div style="margin-top:6px"><a href="${h(safeLinkUrl(item.link))}" style="color:#1a73e8">${h(c.labels.openTemplate)}</a></div>
</td></tr>`;
}

export function renderEmail(c: AlertContent, shown: AlertItem[], hidden: number): EmailMessage {
  const color = SEVERITY_COLOR[c.severity].hex;
  const more =
    hidden > 0
      ? `<p>${h(c.moreText(hidden))} · <a href="${h(safeLinkUrl(c.activityLink))}" style="color:#1a73e8">${h(c.labels.openActivity)}</a></p>`
      : `<p><a href="${h(safeLinkUrl(c.consoleLink))}" style="color:#1a73e8">${h(c.labels.openConsole)}</a></p>`;
  const html = `<!doctype html><html lang="${h(c.locale)}"><head><meta charset="utf-8"><title>${h(c.title)}</title></head>
<body style="margin:0;padding:24px;font-family:-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif;color:#202124;background:#ffffff">
<div style="max-width:640px;margin:0 auto">
<div style="border-left:4px solid ${color};padding-left:12px"><div style="color:${color};font-weight:600">${h(c.severityLabel)}</div>
<h1 style="font-size:20px;margin:4px 0">${h(c.title)}</h1><div style="color:#5f6368">${h(c.labels.rule)}</div></div>
${c.intro ? `<p>${h(c.intro)}</p>` : ""}
<table role="presentation" style="width:100%;border-collapse:collapse;margin-top:12px">${shown.map((i) => itemHtml(i, c)).join("\n")}</table>
${more}
<p style="color:#80868b;font-size:12px">${h(c.footer)}</p>
</div></body></html>`;
  const text = [
    `${c.severityLabel} · ${c.title}`,
    c.labels.rule,
    ...(c.intro ? ["", c.intro] : []),
    ...shown.flatMap((i) => [
      "",
      `${i.templateName} · ${i.accountLabel} · ${i.language}`,
      `  ${changeText(i)}`,
      `  ${c.labels.observed}${i.window}`,
      ...(i.guidance ? [`  ${i.guidance}`] : []),
      `  ${c.labels.openTemplate}${c.labels.colon}${i.link}`,
    ]),
    "",
    hidden > 0
      ? `${c.moreText(hidden)}${c.labels.colon}${c.activityLink}`
      : `${c.labels.openConsole}${c.labels.colon}${c.consoleLink}`,
    "",
    c.footer,
  ].join("\n");
  return { subject: oneLine(truncate(`[${c.severityLabel}] ${c.title} · ${c.ruleName}`, 200)), text, html };
}

export function buildEmail(c: AlertContent): EmailMessage {
  return fitItems(
    c,
    EMAIL_MAX_ITEMS,
    (shown, hidden) => renderEmail(c, shown, hidden),
    () => true,
  );
}

export interface SmtpConfig {
  /** SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465 or smtp://127.0.0.1:2525. */
  url: string;
  /** SMTP_FROM, e.g. "Template Console <alerts@example.com>". */
  from: string;
}

/** smtp(s)://[user:pass@]host[:port] → nodemailer options, with our 10 s timeouts. */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  return {
    host: u.hostname.replace(/^\[|\]$/g, ""),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 10_000,
  };
}

/** Sends one message; never throws — the outcome says whether to retry. */
export async function sendEmail(
  smtp: SmtpConfig,
  to: string | string[],
  message: EmailMessage,
  deliveryId: string,
): Promise<DeliveryOutcome> {
  const transport = nodemailer.createTransport(smtpOptions(smtp.url));
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      // Stable across retries, so mail systems and people can de-duplicate.
      messageId: `<${deliveryId.replace(/[^A-Za-z0-9._-]/g, "")}@template-console>`,
      headers: { "X-Template-Console-Delivery": deliveryId },
    });
    return { ok: true, httpStatus: null, detail: excerpt(String(info.response ?? ""), 120) || null };
  } catch (error) {
    const e = error as { responseCode?: number; code?: string; message?: string };
    const smtpCode = typeof e.responseCode === "number" ? e.responseCode : null;
    // 4xx SMTP replies and connection problems are transient; 5xx are permanent (bad address…).
    const retryable = smtpCode === null ? true : smtpCode < 500;
    return {
      ok: false,
      retryable,
      httpStatus: null,
      code: smtpCode !== null ? String(smtpCode) : (e.code ?? null),
      // nodemailer's message never includes the password from the URL.
      error: excerpt(e.message ?? "SMTP error", 300),
    };
  } finally {
    transport.close();
  }
}
