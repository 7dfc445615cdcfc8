import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../internal/heading.js';
import type { WebhooksAdminStrings } from './webhooks-admin.strings.js';

/** A secret shown once, after a create or a rotation; forgotten when hidden. */
export interface ShownSecret {
  endpointId: string;
  url: string;
  secret: string;
  /** How the last "Copy" went: copied, or the reader copies the selected text. */
  copy?: 'copied' | 'manual';
}

/**
 * Puts `secret` on the clipboard (`navigator.clipboard`, when the page may use it); else, or when
 * the browser refuses, selects the text of `field` so that the reader copies it.
 */
export async function copySecret(secret: string, field: HTMLInputElement | null): Promise<'copied' | 'manual'> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
    await navigator.clipboard.writeText(secret);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'manual';
  }
}

/**
 * The secret of an endpoint, shown once: a read-only field (its text selectable), "Copy secret",
 * the note that it will not be shown again, and "Hide secret", which takes it out of the page.
 */
export function renderSecret(v: { s: WebhooksAdminStrings; level: number; shown: ShownSecret; copy: () => void; hide: () => void }): TemplateResult {
  const { s, shown } = v;
  return html`<section part="secret" class="secret" aria-labelledby="secret-heading">
    ${heading(v.level, s.secretHeading(shown.url), { id: 'secret-heading', class: 'subheading' })}
    <p id="secret-note" class="secret-note">${s.secretOnce}</p>
    <label for="secret">${s.secretLabel}</label>
    <div class="secret-row">
      <input id="secret" class="secret-value" readonly .value=${shown.secret} dir="ltr" spellcheck="false" autocomplete="off"
        aria-describedby="secret-note" @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
      <button type="button" part="copy" @click=${v.copy}>${s.copy}</button>
    </div>
    ${shown.copy ? html`<p class="small copy-result">${shown.copy === 'copied' ? s.copied : s.copyManually}</p>` : nothing}
    <button type="button" part="hide-secret" @click=${v.hide}>${s.hideSecret}</button>
  </section>`;
}
