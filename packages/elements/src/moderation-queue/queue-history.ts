import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { area, isConfabError, ROLES, type Adapter, type AuditEntry, type Role } from '@confab/core';
import type { CommonStrings } from '../internal/common.strings.js';
import { busy } from '../internal/busy.js';
import { loadErrorMessage } from '../internal/error-message.js';
import { formatDateTime, formatRelative } from '../internal/format.js';
import { ShowMoreController } from '../internal/show-more.js';
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

/** What the audit log needs from the queue. */
export interface AuditLogOptions {
  /** The adapter to read the log from. */
  adapter: () => Adapter | undefined;
  /** How many entries to load at a time. */
  pageSize: () => number;
  /** After "Show more": the first entry it brought, if any (focus moves there). */
  shown: (first: AuditEntry | undefined) => void;
}

/**
 * The audit log of the queue's "History" view: newest first, one page at a time. Admins read it;
 * for anyone else the backend refuses, and the view says "Only admins can read the audit log."
 */
export class AuditLog {
  items: AuditEntry[] = [];
  /** `idle` until first opened; `forbidden` when the backend refused (not an admin). */
  status: 'idle' | 'loading' | 'ready' | 'forbidden' | 'error' = 'idle';
  error?: unknown;
  /** "Show more": the next page of the log. */
  readonly more: ShowMoreController<AuditEntry>;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: AuditLogOptions) {
    this.more = new ShowMoreController<AuditEntry>(host, {
      fetch: (cursor, signal) => area(options.adapter()!, 'moderation').audit({ limit: options.pageSize(), cursor }, { signal }),
      items: () => this.items,
      set: (items) => { this.items = items; },
      shown: (fresh) => options.shown(fresh[0]),
    });
  }

  /** Loads the first page (again). */
  async load(): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) return;
    this.status = 'loading';
    this.more.reset(null);
    try {
      const page = await area(adapter, 'moderation').audit({ limit: this.options.pageSize() });
      this.items = page.items;
      this.more.reset(page.nextCursor);
      this.status = 'ready';
    } catch (error) {
      this.error = error;
      this.status = isConfabError(error) && (error.code === 'forbidden' || error.code === 'unauthenticated') ? 'forbidden' : 'error';
    }
    this.host.requestUpdate();
  }
}

/** The "History" view: the audit log, its refusal for non-admins, or its error with "Retry". */
export function renderHistory(v: {
  s: ModerationQueueStrings; common: CommonStrings; lang: string; log: AuditLog;
  retry: () => void;
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
        ${log.more.error !== undefined ? html`<p part="message" class="message error" role="alert">${loadErrorMessage(log.more.error, c)}</p>` : nothing}
        ${log.more.cursor ? html`<button type="button" part="more" ${busy(log.more.busy)} @click=${() => void log.more.load()}>${s.showMore}</button>` : nothing}`;
  }
}
