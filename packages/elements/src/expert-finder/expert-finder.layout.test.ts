import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertFinder } from './expert-finder.js';
import { expertSeed } from '../../../../stories/fixtures/expert-seed.js';
import { spillsOut, truncated, wordsBrokenAcrossLines } from '../../test/layout.js';

async function mountAt(width: number, query: string) {
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><confab-provider .adapter=${new MemoryAdapter({ seed: expertSeed() })}>
    <confab-expert-finder query=${query}></confab-expert-finder></confab-provider></div>`);
  const finder = box.querySelector<ConfabExpertFinder>('confab-expert-finder')!;
  await waitUntil(() => finder.shadowRoot!.querySelectorAll('[part="result"]').length > 0, 'results');
  const badges = [...finder.shadowRoot!.querySelectorAll('confab-expert-badge')];
  await waitUntil(() => badges.every((b) => b.shadowRoot?.querySelector('#chip')), 'chips');
  return { box, finder, badges };
}

describe('<confab-expert-finder> on a narrow screen', function () {
  this.timeout(30_000);

  it('fits 375 px: no result reaches outside the finder', async () => {
    const { box } = await mountAt(375, 'Kubernetes');
    expect(spillsOut(box)).to.deep.equal([]);
  });

  for (const [query, width] of [['Kubernetes', 300], ['Protocol', 375]] as const) {
    it(`shows each result's name whole at ${width} px for "${query}": the skill chips give way`, async () => {
      const { box, badges } = await mountAt(width, query);
      expect(spillsOut(box)).to.deep.equal([]);
      for (const badge of badges) {
        const root = badge.shadowRoot!;
        const name = root.querySelector<HTMLElement>('[part="name"]')!;
        expect(truncated(name), `${name.textContent} is cut`).to.equal(false);
        expect(wordsBrokenAcrossLines(name), 'words broken').to.deep.equal([]);
        const skills = [...root.querySelectorAll<HTMLElement>('[part="skill"]')].filter((k) => k.getClientRects().length > 0);
        expect(skills.map((k) => k.textContent), 'skill chips shown').to.deep.equal([]);
      }
    });
  }

  it('keeps the skill chips where there is room', async () => {
    const { badges } = await mountAt(800, 'Kubernetes');
    const skills = badges[0]!.shadowRoot!.querySelectorAll<HTMLElement>('[part="skill"]');
    expect([...skills].filter((k) => k.getClientRects().length > 0)).to.have.length.greaterThan(0);
  });
});
