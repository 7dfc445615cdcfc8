import { html, nothing, type TemplateResult } from 'lit';

/**
 * The one pattern for invalid fields, in every widget: the field gets `aria-invalid="true"`,
 * its message is linked with `aria-describedby` (`describedBy()` with `fieldError()`'s id), and
 * after a refused submit focus moves to the first invalid field (`focusFirstInvalid()`), where a
 * screen reader reads the field and its message.
 *
 * @example
 * ```ts
 * html`<input id="title" aria-invalid=${invalid(e.title)} aria-describedby=${describedBy(e.title && 'title-error', 'title-hint')} />
 *   ${fieldError('title-error', e.title)}`
 * ```
 */
export function fieldError(id: string, message: string | undefined | null): TemplateResult | typeof nothing {
  return message ? html`<p id=${id} class="field-error">${message}</p>` : nothing;
}

/** `aria-invalid` for a field with `error` (any truthy value). */
export function invalid(error: unknown): 'true' | 'false' {
  return error ? 'true' : 'false';
}

/** An `aria-describedby` value from the ids given, skipping falsy ones. */
export function describedBy(...ids: (string | false | null | undefined | '')[]): string {
  return ids.filter(Boolean).join(' ');
}

/** Focuses the first `[aria-invalid="true"]` field under `root` after `updated` resolves; true when one was found. */
export async function focusFirstInvalid(root: ParentNode, updated: Promise<unknown>, within = ''): Promise<boolean> {
  await updated;
  const field = root.querySelector<HTMLElement>(`${within} [aria-invalid="true"]`.trim());
  field?.focus();
  return !!field;
}
