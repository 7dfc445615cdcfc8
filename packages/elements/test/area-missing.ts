import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** The English text of the missing-area message (`areaMissing` in common.strings.ts). */
export const AREA_MISSING = 'not available on this backend';

/**
 * Mounts `template` (a provider around one widget, e.g. built with `provide()`) and checks the
 * missing-area state of the widget `tag`: the visible "not available on this backend" message,
 * one console warning, no uncaught error or rejection, and no accessibility violation.
 *
 * @example
 * ```ts
 * await expectAreaMissing(provide(without(mem, 'ideas'), html`<confab-idea-card idea="i1"></confab-idea-card>`), 'confab-idea-card');
 * ```
 */
export async function expectAreaMissing(template: TemplateResult, tag: string): Promise<HTMLElement> {
  const warnings: unknown[][] = [];
  const failures: unknown[] = [];
  const original = console.warn;
  const onError = (e: ErrorEvent) => failures.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => failures.push(e.reason);
  console.warn = (...args: unknown[]) => warnings.push(args);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const root = await fixture<HTMLElement>(template);
    const el = root.localName === tag ? root : root.querySelector<HTMLElement>(tag);
    expect(el, `no <${tag}>`).to.exist;
    const message = () => el!.shadowRoot?.querySelector('[part~="message"]')?.textContent ?? '';
    await waitUntil(() => message().includes(AREA_MISSING), `<${tag}> shows no "${AREA_MISSING}" message`);
    await new Promise((r) => setTimeout(r, 50)); // a load that ran anyway would fail by now
    expect(message()).to.include(AREA_MISSING);
    expect(warnings.filter((w) => String(w[0]).includes(`<${tag}> needs the adapter area`)), 'one console warning').to.have.length(1);
    expect(failures, 'uncaught errors').to.deep.equal([]);
    await expect(el).to.be.accessible();
    return el!;
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
