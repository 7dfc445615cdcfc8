import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertFinder } from './expert-finder.js';
import { directorySeed } from '../../../../stories/fixtures/expert-seed.js';

describe('<confab-expert-finder> live region', () => {
  it('keeps one polite live region for every state and says each state through it', async () => {
    const el = await fixture<HTMLElement>(html`<confab-provider .adapter=${new MemoryAdapter({ seed: directorySeed(20) })}>
      <confab-expert-finder></confab-expert-finder></confab-provider>`);
    const finder = el.querySelector<ConfabExpertFinder>('confab-expert-finder')!;
    await finder.updateComplete;
    const regions = () => [...finder.shadowRoot!.querySelectorAll('[role="status"], [aria-live]')];
    const region = regions();
    expect(region).to.have.length(1);
    finder.query = 'kubernetes';
    await waitUntil(() => region[0]!.textContent!.includes('found'), 'results not said');
    expect(regions()).to.deep.equal(region);
    finder.query = 'Underwater basket weaving';
    await waitUntil(() => region[0]!.textContent!.includes('No experts found'), 'empty state not said');
    expect(regions()).to.deep.equal(region);
  });
});
