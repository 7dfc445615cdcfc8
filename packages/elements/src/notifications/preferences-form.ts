import { html, nothing, type TemplateResult } from 'lit';
import { NOTIFICATION_CHANNELS, NOTIFICATION_TYPES, type NotificationChannel, type NotificationPreferences, type NotificationType } from '@confab/core';
import type { NotificationsStrings } from './notifications.strings.js';

/** What the preferences form needs from `<confab-notifications>`. */
export interface PreferencesView {
  s: NotificationsStrings;
  prefs: NotificationPreferences;
  busy: boolean;
  error: string;
  /** Changes the preferences shown (not yet saved), from the current ones. */
  change(update: (current: NotificationPreferences) => NotificationPreferences): void;
  save(): void;
}

/**
 * The preferences: for each type of notification, where it goes (in the page, in the e-mail
 * digest, e-mail at once, or off), how often the digest comes, and what is followed automatically.
 */
export function renderPreferences(v: PreferencesView): TemplateResult {
  const { s, prefs } = v;
  const setChannel = (type: NotificationType, channel: NotificationChannel) => v.change((p) => ({ ...p, channels: { ...p.channels, [type]: channel } }));
  return html`<form part="preferences" class="prefs" @submit=${(e: Event) => { e.preventDefault(); v.save(); }}>
    <div class="channels">
      ${NOTIFICATION_TYPES.map((type) => html`<div class="pref">
        <label for=${`channel-${type}`}>${s.types[type]}</label>
        <select id=${`channel-${type}`} .value=${prefs.channels[type]}
          @change=${(e: Event) => setChannel(type, (e.target as HTMLSelectElement).value as NotificationChannel)}>
          ${NOTIFICATION_CHANNELS.map((c) => html`<option value=${c} ?selected=${prefs.channels[type] === c}>${s.channels[c]}</option>`)}
        </select>
      </div>`)}
    </div>
    <div class="pref">
      <label for="digest">${s.digestLabel}</label>
      <select id="digest" .value=${prefs.digest} @change=${(e: Event) => v.change((p) => ({ ...p, digest: (e.target as HTMLSelectElement).value as 'daily' | 'weekly' }))}>
        <option value="daily" ?selected=${prefs.digest === 'daily'}>${s.digest.daily}</option>
        <option value="weekly" ?selected=${prefs.digest === 'weekly'}>${s.digest.weekly}</option>
      </select>
    </div>
    <fieldset>
      <legend>${s.autoFollowLegend}</legend>
      ${(['write', 'vote', 'comment'] as const).map((key) => html`<label class="check">
        <input type="checkbox" .checked=${prefs.autoFollow[key]}
          @change=${(e: Event) => v.change((p) => ({ ...p, autoFollow: { ...p.autoFollow, [key]: (e.target as HTMLInputElement).checked } }))} />
        ${s.autoFollow[key]}
      </label>`)}
    </fieldset>
    ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
    <button type="submit" class="primary" aria-disabled=${v.busy}>${s.save}</button>
  </form>`;
}
