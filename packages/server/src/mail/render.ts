/**
 * Renders a mail (immediate or digest) as plain text and HTML from the locale layer's strings.
 * Every user text (titles, excerpts, names) is HTML-escaped; links are used only when http(s).
 */
import type { NotificationType } from '@confab/core';
import { RTL, mailStrings, type MailLanguage } from './templates/index.js';

/** One notification as the mail shows it. */
export interface MailItem {
  type: NotificationType;
  title: string;
  excerpt: string;
  actorName: string | null;
  url: string | null;
  at: string;
}

/** A rendered mail, stored in the outbox as JSON so a retry sends exactly the same message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe URL (RFC 8058), also linked in the footer. */
  unsubscribe: string;
  /** Unsubscribe from all mail, linked in the footer. */
  unsubscribeAll: string;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The URL if it is http(s), else null: no `javascript:` link ever reaches a mail. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Subject lines are one line of at most 200 characters. */
const oneLine = (s: string, max = 200) => s.replace(/[\r\n\t]+/g, ' ').slice(0, max);

interface Recipient { name: string; email: string; lang: MailLanguage }

function itemText(lang: MailLanguage, item: MailItem): string {
  const s = mailStrings(lang);
  const url = safeUrl(item.url);
  return [s.headline[item.type](oneLine(item.title)), item.excerpt ? `  ${oneLine(item.excerpt, 300)}` : '', url ? `  ${s.open}: ${url}` : '']
    .filter(Boolean).join('\n');
}

function itemHtml(lang: MailLanguage, item: MailItem): string {
  const s = mailStrings(lang);
  const url = safeUrl(item.url);
  const head = escapeHtml(s.headline[item.type](oneLine(item.title)));
  return `<li style="margin:0 0 16px"><strong>${url ? `<a href="${escapeHtml(url)}">${head}</a>` : head}</strong>`
    + (item.excerpt ? `<br><span style="color:#444">${escapeHtml(oneLine(item.excerpt, 300))}</span>` : '') + '</li>';
}

function page(lang: MailLanguage, title: string, body: string): string {
  const dir = RTL.has(lang) ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`
    + `<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111;max-width:40em;margin:0 auto;padding:16px">${body}</body></html>`;
}

function footer(lang: MailLanguage, unsubscribeLabel: string, unsubscribe: string, unsubscribeAll: string): { text: string; html: string } {
  const s = mailStrings(lang);
  return {
    text: `\n--\n${s.why}\n${unsubscribeLabel}: ${unsubscribe}\n${s.unsubscribeAll}: ${unsubscribeAll}\n`,
    html: `<hr><p style="font-size:small;color:#555">${escapeHtml(s.why)}<br><a href="${escapeHtml(unsubscribe)}">${escapeHtml(unsubscribeLabel)}</a>`
      + ` · <a href="${escapeHtml(unsubscribeAll)}">${escapeHtml(s.unsubscribeAll)}</a></p>`,
  };
}

/** A mail for one notification sent at once. */
export function renderImmediate(to: Recipient, item: MailItem, links: { unsubscribe: string; unsubscribeAll: string }): MailMessage {
  const s = mailStrings(to.lang);
  const subject = oneLine(s.headline[item.type](item.title));
  const foot = footer(to.lang, s.unsubscribeType, links.unsubscribe, links.unsubscribeAll);
  return {
    to: to.email, subject, ...links,
    text: `${s.greeting(oneLine(to.name))}\n\n${itemText(to.lang, item)}\n${foot.text}`,
    html: page(to.lang, subject, `<p>${escapeHtml(s.greeting(oneLine(to.name)))}</p><ul style="padding-inline-start:1.2em">${itemHtml(to.lang, item)}</ul>${foot.html}`),
  };
}

/** A digest of several notifications, newest first; `more` when older ones were left out. */
export function renderDigest(to: Recipient, period: 'daily' | 'weekly', items: MailItem[], more: boolean, links: { unsubscribe: string; unsubscribeAll: string }): MailMessage {
  const s = mailStrings(to.lang);
  const intro = period === 'weekly' ? s.weeklyIntro : s.dailyIntro;
  const foot = footer(to.lang, s.unsubscribeDigest, links.unsubscribe, links.unsubscribeAll);
  return {
    to: to.email, subject: s.digestSubject, ...links,
    text: `${s.greeting(oneLine(to.name))}\n\n${intro}\n\n${items.map((i) => itemText(to.lang, i)).join('\n\n')}\n${more ? `\n${s.more}\n` : ''}${foot.text}`,
    html: page(to.lang, s.digestSubject, `<p>${escapeHtml(s.greeting(oneLine(to.name)))}</p><p>${escapeHtml(intro)}</p>`
      + `<ul style="padding-inline-start:1.2em">${items.map((i) => itemHtml(to.lang, i)).join('')}</ul>${more ? `<p>${escapeHtml(s.more)}</p>` : ''}${foot.html}`),
  };
}
