import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { LIMITS, area, type Adapter, type Campaign, type CampaignInput, type CampaignUpdate } from '@confab/core';
import { errorMessage, fieldErrors } from '../internal/error-message.js';
import { describedBy, fieldError, invalid } from '../internal/field-errors.js';
import type { CommonStrings } from '../internal/common.strings.js';
import { busy } from '../internal/busy.js';
import { heading } from '../internal/heading.js';
import type { LocalizeController } from '../internal/localize.js';
import type { CampaignStrings } from './campaign.strings.js';
import { campaignFormStrings } from './campaign-form.strings.js';
import { OwnerPicker } from './owner-picker.js';

/** What the campaign form needs from its board. */
export interface CampaignFormOptions {
  adapter: () => Adapter | undefined;
  announce: (message: string) => void;
  focus: (selector: string) => void;
  localize: LocalizeController;
  /** The board's per-instance string overrides (`campaignStrings`). */
  overrides: () => Partial<CampaignStrings> | undefined;
  /** The form saved a campaign (created or edited). */
  saved: (campaign: Campaign, created: boolean) => void;
  /** The form closed without saving; focus goes back to `opener`. */
  cancelled: (opener: string) => void;
}

/** Field errors of the campaign form, by field name. */
export interface CampaignErrors {
  title?: string;
  purpose?: string;
  description?: string;
  closesAt?: string;
  owners?: string;
  status?: string;
  form?: string;
}

/** `YYYY-MM-DD` of a time, in the reader's time zone (what `<input type="date">` shows). */
export function localDate(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The end of a `YYYY-MM-DD` day in the reader's time zone, as an ISO time; null for ''. */
export function endOfLocalDay(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 59, 999).toISOString();
}

/**
 * The admins' campaign form, inside `<confab-idea-board>`: title, the required purpose,
 * description, closing date and owners; "New campaign" opens it empty, "Edit campaign" with the
 * board's campaign (a closed campaign can be reopened from here). Errors are shown by field,
 * focus moves to the first invalid one; Escape or "Cancel" closes it and focus goes back to the
 * button that opened it.
 */
export class CampaignFormController {
  open = false;
  /** The campaign being edited, or null when creating. */
  editing: Campaign | null = null;
  title = '';
  purpose = '';
  description = '';
  closes = '';
  reopen = false;
  errors: CampaignErrors = {};
  saving = false;
  readonly owners: OwnerPicker;
  private opener = '';

  constructor(private readonly host: ReactiveControllerHost, private readonly options: CampaignFormOptions) {
    this.owners = new OwnerPicker(host, { adapter: options.adapter, announce: options.announce, focus: options.focus, strings: () => this.s });
  }

  /** Every campaign string (the form's own load with this module). */
  get s(): CampaignStrings {
    return this.options.localize.strings(campaignFormStrings, this.options.overrides());
  }

  /** Opens the form, empty (`campaign` null) or with a campaign to edit; `opener` is the selector focus returns to. */
  show(campaign: Campaign | null, opener: string): void {
    this.open = true;
    this.editing = campaign;
    this.opener = opener;
    this.title = campaign?.title ?? '';
    this.purpose = campaign?.purpose ?? '';
    this.description = campaign?.description ?? '';
    this.closes = localDate(campaign?.closesAt ?? null);
    this.reopen = false;
    this.errors = {};
    this.owners.reset(campaign?.owners ?? []);
    this.host.requestUpdate();
    this.options.focus('#campaign-title');
  }

  /** Closes the form without saving. */
  cancel(): void {
    if (!this.open) return;
    this.open = false;
    this.errors = {};
    this.host.requestUpdate();
    this.options.cancelled(this.opener);
  }

  private check(s: CampaignStrings, common: CommonStrings): CampaignErrors {
    const errors: CampaignErrors = {};
    const title = this.title.trim();
    const purpose = this.purpose.trim();
    if (!title) errors.title = s.titleRequired;
    else if (title.length > LIMITS.title) errors.title = common.tooLong(LIMITS.title, title.length);
    if (!purpose) errors.purpose = s.purposeRequired;
    else if (purpose.length > LIMITS.purpose) errors.purpose = common.tooLong(LIMITS.purpose, purpose.length);
    if (this.description.trim().length > LIMITS.campaignDescription) errors.description = common.tooLong(LIMITS.campaignDescription, this.description.trim().length);
    const closesAt = endOfLocalDay(this.closes);
    const changed = !this.editing || localDate(this.editing.closesAt) !== this.closes;
    if (closesAt && changed && Date.parse(closesAt) <= Date.now()) errors.closesAt = s.closesInPast;
    return errors;
  }

  /** Validates and saves. Resolves true when saved; `errors` says what to fix otherwise. */
  async save(common: CommonStrings): Promise<boolean> {
    const s = this.s;
    const adapter = this.options.adapter();
    if (this.saving || !adapter) return false;
    this.errors = this.check(s, common);
    if (Object.keys(this.errors).length) {
      this.host.requestUpdate();
      return false;
    }
    const base: CampaignInput = {
      title: this.title.trim(), purpose: this.purpose.trim(), description: this.description.trim(), owners: this.owners.chosen.map((o) => o.id),
    };
    const editing = this.editing;
    // An unchanged day keeps the exact stored time; a new day closes at its end in the reader's zone.
    const sameDay = editing && localDate(editing.closesAt) === this.closes;
    const closesAt = sameDay ? editing.closesAt : endOfLocalDay(this.closes);
    this.saving = true;
    this.host.requestUpdate();
    try {
      const ideas = area(adapter, 'ideas');
      const campaign = editing
        ? await ideas.updateCampaign(editing.id, { ...base, closesAt, ...(this.reopen ? { status: 'open' } : {}) } satisfies CampaignUpdate)
        : await ideas.createCampaign({ ...base, closesAt });
      this.open = false;
      this.options.saved(campaign, !editing);
      return true;
    } catch (error) {
      const fields = fieldErrors(error);
      const known = ['title', 'purpose', 'description', 'closesAt', 'owners', 'status'] as const;
      const mine: CampaignErrors = {};
      for (const key of known) if (fields[key]) mine[key] = fields[key];
      this.errors = Object.keys(mine).length ? mine : { form: errorMessage(error, common) };
      return false;
    } finally {
      this.saving = false;
      this.host.requestUpdate();
    }
  }

  /** The form; `onSubmit` runs `save()` and moves focus. */
  render(common: CommonStrings, level: number, onSubmit: (e: Event) => void): TemplateResult {
    const s = this.s;
    const e = this.errors;
    const closed = this.editing?.status === 'closed';
    const text = (id: string, name: keyof CampaignErrors, label: string, value: string, max: number, set: (v: string) => void, hint?: string, area = false) => {
      const describe = describedBy(e[name] && `${id}-error`, hint && `${id}-hint`);
      const input = (ev: Event) => {
        set((ev.target as HTMLInputElement).value);
        if (e[name]) this.errors = { ...this.errors, [name]: undefined };
        this.host.requestUpdate();
      };
      return html`<div>
        <label for=${id}>${label}</label>
        ${area
          ? html`<textarea id=${id} name=${name} maxlength=${max} .value=${value} aria-invalid=${invalid(e[name])}
              aria-describedby=${describe || nothing} ?required=${name === 'purpose'} @input=${input}></textarea>`
          : html`<input id=${id} name=${name} autocomplete="off" maxlength=${max} .value=${value} aria-invalid=${invalid(e[name])}
              aria-describedby=${describe || nothing} ?required=${name === 'title'} @input=${input} />`}
        ${fieldError(`${id}-error`, e[name])}
        ${hint ? html`<p id=${`${id}-hint`} class="hint muted">${hint}</p>` : nothing}
      </div>`;
    };
    return html`<form part="campaign-form" class="form campaign-form" novalidate aria-labelledby="campaign-form-heading"
        @submit=${onSubmit}
        @keydown=${(ev: KeyboardEvent) => { if (ev.key === 'Escape' && !ev.defaultPrevented) { ev.preventDefault(); this.cancel(); } }}>
      ${heading(level, this.editing ? s.editHeading : s.newHeading, { id: 'campaign-form-heading' })}
      <p class="hint">${s.formIntro}</p>
      ${text('campaign-title', 'title', s.titleLabel, this.title, LIMITS.title, (v) => { this.title = v; })}
      ${text('campaign-purpose', 'purpose', s.purposeLabel, this.purpose, LIMITS.purpose, (v) => { this.purpose = v; }, s.purposeHint, true)}
      ${text('campaign-description', 'description', s.descriptionLabel, this.description, LIMITS.campaignDescription, (v) => { this.description = v; }, s.descriptionHint, true)}
      <div>
        <label for="campaign-closes">${s.closesLabel}</label>
        <input id="campaign-closes" name="closesAt" type="date" .value=${this.closes} aria-invalid=${invalid(e.closesAt)}
          aria-describedby=${describedBy(e.closesAt && 'campaign-closes-error', 'campaign-closes-hint')}
          @input=${(ev: Event) => { this.closes = (ev.target as HTMLInputElement).value; this.errors = { ...this.errors, closesAt: undefined }; this.host.requestUpdate(); }} />
        ${fieldError('campaign-closes-error', e.closesAt)}
        <p id="campaign-closes-hint" class="hint muted">${s.closesHint}</p>
      </div>
      ${this.owners.render(s, e.owners)}
      ${closed ? html`<div class="check"><input id="campaign-reopen" name="status" type="checkbox" .checked=${this.reopen}
          aria-invalid=${invalid(e.status)} aria-describedby=${e.status ? 'campaign-reopen-error' : nothing}
          @change=${(ev: Event) => { this.reopen = (ev.target as HTMLInputElement).checked; }} />
          <label for="campaign-reopen">${s.reopenLabel}</label>${fieldError('campaign-reopen-error', e.status)}</div>` : nothing}
      ${e.form ? html`<p class="message error" role="alert">${e.form}</p>` : nothing}
      <div class="row">
        <button class="primary" type="submit" ${busy(this.saving)}>${this.editing ? s.saveSubmit : s.createSubmit}</button>
        <button type="button" @click=${() => this.cancel()}>${common.cancel}</button>
      </div>
    </form>`;
  }
}
