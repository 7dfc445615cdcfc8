import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabFeedback } from './feedback.js';

async function mountStars(lang = 'en'): Promise<ConfabFeedback> {
  const adapter = new MemoryAdapter({ seed: { currentUser: 'me', people: [{ id: 'me', name: 'Mia Reader' }] } });
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><confab-provider .adapter=${adapter}>
    <confab-feedback subject="page:stars-shape" variant="stars"></confab-feedback></confab-provider></div>`);
  const el = wrapper.querySelector<ConfabFeedback>('confab-feedback')!;
  await waitUntil(() => el.shadowRoot!.querySelector('input[type="radio"]'), 'stars');
  return el;
}

/** The star glyph each label shows (what a sighted reader sees, apart from colour). */
const glyphs = (el: ConfabFeedback) => [...el.shadowRoot!.querySelectorAll('.stars label [aria-hidden="true"]')].map((g) => g.textContent);

describe('<confab-feedback variant="stars">: not by colour alone', function () {
  this.timeout(30_000);

  it('shows unselected stars as outlines and the rating as text, "2 of 5"', async () => {
    const el = await mountStars();
    expect(glyphs(el)).to.deep.equal(['☆', '☆', '☆', '☆', '☆']);
    el.shadowRoot!.querySelector<HTMLInputElement>('#star-2')!.click();
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stars-value"]')?.textContent?.trim(), 'rating text');
    expect(glyphs(el)).to.deep.equal(['★', '★', '☆', '☆', '☆']);
    const value = el.shadowRoot!.querySelector<HTMLElement>('[part="stars-value"]')!;
    expect(value.textContent!.trim()).to.contain('2 of 5');
    expect(value.getClientRects().length, 'the text is shown').to.be.greaterThan(0);
    expect(value.getBoundingClientRect().width).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('says the rating in the reader’s language', async () => {
    const el = await mountStars('de');
    el.shadowRoot!.querySelector<HTMLInputElement>('#star-4')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="stars-value"]')?.textContent?.includes('4 von 5'), 'German rating text');
  });
});
