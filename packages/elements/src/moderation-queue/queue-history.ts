import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, isConfabError, ROLES, type Adapter, type AuditEntry, type Role } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { busy } from '../internal/busy.js';
import { loadErrorMessage } from '../internal/error-message.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import type { ModerationQueueStrings } from './moderation-queue.strings.js';

/** One audit entry as a line: who did what, to which kind of item, about whom, why, and when. */
export function auditLine(s: ModerationQueueStrings, lang: string, entry: AuditEntry): TemplateResult {
  const details = entry.details ?? {};
  const extra: string[] = [];
  if (entry.target) extra.push(s.kinds[entry.target.kind]);
  if (entry.person) extra.push(s.about(entry.person.name));
  if (entry.action === 'restrict' && typeof details.days === 'number') extra.push(s.forDays(details.days));
  if (entry.action === 'roles' && Array.isArray(details.roles)) {
    const roles = (details.roles as unknown[]).filter((r): r is Role => ROLES.includes(r as Role));
    extra.push(s.rolesNow(roles.map((r) => s.roles[r]).join(', ')));
  }
  if (entry.action === 'policy' && typeof details.holdFirstPosts === 'number') extra.push(s.holdFirstPosts(details.holdFirstPosts));
  return html`<p class="small"><bdi>${entry.actor?.name ?? s.automatic}</bdi> ${s.actions[entry.action]}${extra.length ? html` · <span dir="auto">${extra.join(' · ')}</span>` : nothing}
      · <time datetime=${entry.at} title=${formatDateTime(lang, entry.at)}>${formatRelative(entry.at, lang)}</time></p>
    ${entry.reason ? html`<p class="text small" dir="auto">${s.reasonShown(entry.reason)}</p>` : nothing}`;
}

/**
 * The audit log of the queue's "History" view: newest first, one page at a time. Admins read it;
 * for anyone else the backend refuses, and the view says "Only admins can read the audit log."
 */
export class AuditLog {
  items: AuditEntry[] = [];
  cursor: string | null = null;
  /** `idle` until first opened; `forbidden` when the backend refused (not an admin). */
  status: 'idle' | 'loading' | 'ready' | 'forbidden' | 'error' = 'idle';
  error?: unknown;
  loadingMore = false;
  moreError?: unknown;

  constructor(private readonly host: ReactiveControllerHost, private readonly pageSize: () => number) {}

  /** Loads the first page (again). */
  async load(adapter: Adapter): Promise<void> {
    this.status = 'loading';
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await area(adapter, 'moderation').audit({ limit: this.pageSize() });
      this.items = page.items;
      this.cursor = page.nextCursor;
      this.status = 'ready';
    } catch (error) {
      this.error = error;
      this.status = isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated') ? 'forbidden' : 'error';
    }
    this.host.requestUpdate();
  }

  /** Loads the next page; resolves with the first entry added, if any. */
  async more(adapter: Adapter): Promise<AuditEntry | undefined> {
    if (!this.cursor || this.loadingMore) return undefined;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await area(adapter, 'moderation').audit({ limit: this.pageSize(), cursor: this.cursor });
      const known = new Set(this.items.map((e) => e.id));
      const fresh = page.items.filter((e) => !known.has(e.id));
      this.items = [...this.items, ...fresh];
      this.cursor = page.nextCursor;
      return fresh[0];
    } catch (error) {
      this.moreError = error;
      return undefined;
    } finally {
      this.loadingMore = false;
      this.host.requestUpdate();
    }
  }
}

/** The "History" view: the audit log, its refusal for non-admins, or its error with "Retry". */
export function renderHistory(v: {
  s: ModerationQueueStrings; common: CommonStrings; lang: string; log: AuditLog;
  retry: () => void; more: () => void;
}): TemplateResult {
  const { s, common: c, log } = v;
  switch (log.status) {
    case 'idle':
    case 'loading':
      return html`<p part="message" class="message" role="status">${c.loading}</p>`;
    case 'forbidden':
      return html`<p part="message" class="message" role="status">${s.historyForbidden}</p>`;
    case 'error':
      return html`<p part="message" class="message error" role="alert">${loadErrorMessage(log.error, c)}</p>
        <button type="button" @click=${v.retry}>${c.retry}</button>`;
    case 'ready':
      return html`${log.items.length
          ? html`<ol part="history" class="history">${log.items.map((e) => html`<li id="audit-${e.id}" tabindex="-1">${auditLine(s, v.lang, e)}</li>`)}</ol>`
          : html`<p part="message" class="message" role="status">${s.historyEmpty}</p>`}
        ${log.moreError ? html`<p part="message" class="message error" role="alert">${loadErrorMessage(log.moreError, c)}</p>` : nothing}
        ${log.cursor ? html`<button type="button" part="more" ${busy(log.loadingMore)} @click=${v.more}>${s.showMore}</button>` : nothing}`;
  }
}
