import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertBadge } from './expert-badge.js';
import { expertSeed } from '../../../../stories/fixtures/expert-seed.js';
import { inViewport, wordsBrokenAcrossLines } from '../../test/layout.js';

const card = (b: ConfabExpertBadge) => b.shadowRoot!.querySelector<HTMLElement>('#card')!;

/** A badge of `person` placed by `layout`, with its card opened from the keyboard. */
async function open(person: string, layout: (badge: TemplateResult) => TemplateResult = (b) => b): Promise<ConfabExpertBadge> {
  const seed = expertSeed();
  // Long words, as German compounds are: "Reisekostenabrechnung" must not become "Reisekostenabrech / nung".
  seed.people.push({ id: 'greta', name: 'Greta Vogel', availability: 'available', skills: [{ name: 'Reisekostenabrechnung', endorsedBy: ['ana', 'ben'] }, 'Expense reporting', 'Umsatzsteuervoranmeldung'] });
  const root = await fixture<HTMLElement>(layout(html`<confab-provider .adapter=${new MemoryAdapter({ seed })}>
    <confab-expert-badge person=${person}></confab-expert-badge></confab-provider>`));
  const badge = root.querySelector<ConfabExpertBadge>('confab-expert-badge')!;
  await waitUntil(() => badge.shadowRoot!.querySelector('#chip'), 'chip');
  badge.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => card(badge).matches(':popover-open') && card(badge).querySelector('[part="endorse"]'), 'card open');
  await badge.updateComplete;
  return badge;
}

/** Tabs through the open card; returns each control focused, with whether it was in the viewport. */
async function tabThrough(badge: ConfabExpertBadge): Promise<{ control: string; visible: boolean }[]> {
  const seen: { control: string; visible: boolean }[] = [];
  for (let i = 0; i < 12; i++) {
    await sendKeys({ press: 'Tab' });
    const active = badge.shadowRoot!.activeElement;
    if (!active || !card(badge).contains(active)) break;
    seen.push({ control: active.getAttribute('aria-label') ?? active.textContent!.trim(), visible: inViewport(active) });
  }
  return seen;
}

describe('the profile card on small screens and at 200% zoom', function () {
  this.timeout(30_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('at 200% zoom (640 × 360), keeps every focused control of the card in view (WCAG 2.4.11)', async () => {
    await setViewport({ width: 640, height: 360 });
    const badge = await open('ana', (b) => html`<div style="padding-top: 200px">${b}</div>`);
    const seen = await tabThrough(badge);
    expect(seen.length).to.be.greaterThan(2);
    expect(seen.filter((s) => !s.visible).map((s) => s.control), 'controls out of view').to.deep.equal([]);
  });

  it('in a narrow widget, shows the card as a bottom sheet with its controls in view', async () => {
    await setViewport({ width: 800, height: 600 });
    const badge = await open('long', (b) => html`<div style="width: 375px; container-type: inline-size; padding-top: 300px">${b}</div>`);
    const r = card(badge).getBoundingClientRect();
    expect(Math.round(r.bottom)).to.equal(window.innerHeight);
    expect(Math.round(r.left)).to.equal(0);
    expect(Math.round(r.right)).to.equal(document.documentElement.clientWidth);
    const seen = await tabThrough(badge);
    expect(seen.filter((s) => !s.visible).map((s) => s.control), 'controls out of view').to.deep.equal([]);
  });

  it('on a phone (375 px), shows a bottom sheet too', async () => {
    await setViewport({ width: 375, height: 667 });
    const badge = await open('ben');
    const r = card(badge).getBoundingClientRect();
    expect(Math.round(r.bottom)).to.equal(window.innerHeight);
    expect(Math.round(r.width)).to.equal(document.documentElement.clientWidth);
  });

  it('wraps skill names between words only (no "Expense s"), in a card 360 px wide', async () => {
    await setViewport({ width: 360, height: 640 });
    for (const [person, lang] of [['greta', 'en'], ['greta', 'de'], ['long', 'en'], ['ana', 'ar']]) {
      const badge = await open(person!, (b) => html`<div lang=${lang!}>${b}</div>`);
      const names = [...card(badge).querySelectorAll('.skill-name')];
      expect(names.length).to.be.greaterThan(1);
      for (const name of names) expect(wordsBrokenAcrossLines(name), `${person} (${lang}): ${name.textContent}`).to.deep.equal([]);
    }
  });
});
