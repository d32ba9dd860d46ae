/**
 * Turns a MailMessage into an inline-styled, table-based HTML body with the account's branding and
 * a plain-text alternative. Pure: every value from a user or an account is escaped here.
 */

/** What a module asks to send; the layout and branding are added by the renderer. */
export type MailMessage = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
};

export type MailBranding = { accountName: string; logoUrl: string | null; brandColor: string };

export type RenderedMail = { subject: string; html: string; text: string };

export const DEFAULT_BRAND_COLOR = '#4f46e5';
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Only http(s) links are rendered as links; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Reads branding from `accounts.settings`; a relative logo path resolves against the base URL. */
export function brandingFromSettings(options: { accountName: string; settings: Record<string, unknown>; baseUrl?: string | undefined }): MailBranding {
  const { logoUrl, brandColor } = options.settings;
  const color = typeof brandColor === 'string' && HEX_COLOR.test(brandColor) ? brandColor : DEFAULT_BRAND_COLOR;
  return { accountName: options.accountName, logoUrl: resolveLogo(logoUrl, options.baseUrl), brandColor: color };
}

function resolveLogo(logoUrl: unknown, baseUrl: string | undefined): string | null {
  if (typeof logoUrl !== 'string' || logoUrl.trim() === '') return null;
  const absolute = safeHttpUrl(logoUrl);
  if (absolute) return absolute;
  if (!baseUrl || !logoUrl.startsWith('/') || logoUrl.startsWith('//')) return null;
  return safeHttpUrl(new URL(logoUrl, baseUrl).toString());
}

/** Renders both parts of a mail. */
export function renderMail(message: MailMessage, branding: MailBranding): RenderedMail {
  const subject = message.subject.replace(/[\r\n]+/g, ' ').trim();
  return { subject, html: renderHtml(message, branding), text: renderText(message, branding) };
}

function renderText(message: MailMessage, branding: MailBranding): string {
  const parts = [message.heading, '', ...message.paragraphs.flatMap((p) => [p, ''])];
  if (message.action) parts.push(`${message.action.label}: ${message.action.url}`, '');
  if (message.footnote) parts.push(message.footnote, '');
  parts.push('-- ', branding.accountName);
  return `${parts.join('\n')}\n`;
}

function renderHtml(message: MailMessage, branding: MailBranding): string {
  const color = escapeHtml(branding.brandColor);
  const paragraphs = message.paragraphs
    .map((p) => `<p style="margin:0 0 16px;font-size:15px;line-height:24px;color:#334155;">${escapeHtml(p)}</p>`)
    .join('\n');
  const footnote = message.footnote
    ? `<p style="margin:24px 0 0;font-size:13px;line-height:20px;color:#64748b;">${escapeHtml(message.footnote)}</p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(message.subject)}</title></head>
<body style="margin:0;padding:0;background-color:#f1f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f5f9;">
<tr><td align="center" style="padding:32px 16px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border-radius:8px;border-top:4px solid ${color};font-family:${FONT};">
<tr><td style="padding:24px 32px 0;">${renderHeader(branding)}</td></tr>
<tr><td style="padding:24px 32px 32px;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:30px;color:#0f172a;font-weight:600;">${escapeHtml(message.heading)}</h1>
${paragraphs}
${renderAction(message.action, color)}
${footnote}
</td></tr>
</table>
<p style="margin:16px 0 0;font-family:${FONT};font-size:12px;line-height:18px;color:#94a3b8;">${escapeHtml(branding.accountName)}</p>
</td></tr>
</table>
</body>
</html>
`;
}

function renderHeader(branding: MailBranding): string {
  const name = escapeHtml(branding.accountName);
  if (branding.logoUrl) {
    return `<img src="${escapeHtml(branding.logoUrl)}" alt="${name}" height="40" style="display:block;height:40px;max-width:200px;border:0;">`;
  }
  return `<span style="font-size:18px;line-height:24px;font-weight:700;color:${escapeHtml(branding.brandColor)};">${name}</span>`;
}

function renderAction(action: MailMessage['action'], color: string): string {
  if (!action) return '';
  const url = safeHttpUrl(action.url);
  const label = escapeHtml(action.label);
  if (!url) return `<p style="margin:0 0 16px;font-size:15px;line-height:24px;color:#334155;">${label}: ${escapeHtml(action.url)}</p>`;
  const href = escapeHtml(url);
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;"><tr>
<td style="border-radius:6px;background-color:${color};"><a href="${href}" style="display:inline-block;padding:12px 24px;font-size:15px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:6px;">${label}</a></td>
</tr></table>
<p style="margin:0 0 16px;font-size:13px;line-height:20px;color:#64748b;word-break:break-all;">${escapeHtml(action.label)}: <a href="${href}" style="color:${color};">${escapeHtml(url)}</a></p>`;
}
