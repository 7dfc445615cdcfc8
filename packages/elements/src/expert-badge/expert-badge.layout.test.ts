import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertBadge } from './expert-badge.js';
import { expertSeed } from '../../../../stories/fixtures/expert-seed.js';
import { spillsOut, truncated } from '../../test/layout.js';

const chipOf = (b: ConfabExpertBadge) => b.shadowRoot!.querySelector<HTMLElement>('#chip');
const shownSkills = (b: ConfabExpertBadge) => [...b.shadowRoot!.querySelectorAll<HTMLElement>('[part="skill"]')].filter((k) => k.getClientRects().length > 0);

/** Badges of `people` laid out by `layout` (a box of some width around them). */
async function mount(layout: (badges: TemplateResult) => TemplateResult, people: string[]) {
  const box = await fixture<HTMLElement>(layout(html`<confab-provider .adapter=${new MemoryAdapter({ seed: expertSeed() })}>
    ${people.map((p) => html`<confab-expert-badge person=${p}></confab-expert-badge> `)}</confab-provider>`));
  const badges = [...box.querySelectorAll<ConfabExpertBadge>('confab-expert-badge')];
  await waitUntil(() => badges.every(chipOf), 'chips');
  return { box, badges };
}

describe('<confab-expert-badge> in a narrow container', function () {
  this.timeout(30_000);
  const people = ['long', 'ana', 'ben'];

  it('stays inside a 200 px box, in running text and in a flex row', async () => {
    for (const layout of [
      (b: TemplateResult) => html`<div style="width: 200px">${b}</div>`,
      (b: TemplateResult) => html`<p style="width: 200px">Ask ${b} about travel.</p>`,
      (b: TemplateResult) => html`<div style="width: 200px; display: flex; flex-wrap: wrap; gap: 4px"><span>By</span>${b}</div>`,
    ]) {
      const { box } = await mount(layout, people);
      expect(spillsOut(box)).to.deep.equal([]);
    }
  });

  it('in a narrow widget, keeps the name whole and drops the skill chips', async () => {
    const { badges } = await mount((b) => html`<div style="width: 375px; container-type: inline-size">${b}</div>`, ['carla', 'ben']);
    for (const badge of badges) {
      expect(truncated(badge.shadowRoot!.querySelector<HTMLElement>('[part="name"]')!), 'name cut').to.equal(false);
      expect(shownSkills(badge).map((k) => k.textContent)).to.deep.equal([]);
    }
  });

  it('with room, shows the top skills', async () => {
    const { badges } = await mount((b) => html`<div style="width: 800px; container-type: inline-size">${b}</div>`, ['carla']);
    expect(shownSkills(badges[0]!).map((k) => k.textContent)).to.deep.equal(['Kubernetes', 'Observability']);
  });
});
