import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import '../expert-badge/define.js';
import './define.js';
import type { ConfabIdeaBoard } from './idea-board.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';
import { LONG_NAME } from '../../../../stories/fixtures/expert-seed.js';
import { deepElements, spillsOut } from '../../test/layout.js';

/** A board in a box of `width` pixels, with an idea by someone with a very long name. */
async function mountAt(width: number): Promise<{ box: HTMLElement; board: ConfabIdeaBoard }> {
  const seed = ideaSeed();
  seed.people.push({ id: 'long', name: LONG_NAME.replace(/[ -]/g, ''), availability: 'available', skills: ['Stakeholder management'] });
  seed.ideas!.push({ id: 'i9', campaignId: 'c1', title: 'Bike racks by the entrance', body: 'Covered ones.', author: 'long', createdAt: new Date().toISOString(), tags: ['mobility'] });
  const box = await fixture<HTMLElement>(html`<div style="width: ${width}px"><confab-provider .adapter=${new MemoryAdapter({ seed })}>
    <confab-idea-board campaign="c1"></confab-idea-board></confab-provider></div>`);
  const board = box.querySelector('confab-idea-board')!;
  await waitUntil(() => board.shadowRoot!.querySelectorAll('confab-idea-card').length === 4, 'cards');
  await waitUntil(() => deepElements(board.shadowRoot!).filter((e) => e.localName === 'confab-expert-badge').every((b) => b.shadowRoot?.querySelector('#chip')), 'author chips');
  return { box, board };
}

describe('<confab-idea-board> on a narrow screen', function () {
  this.timeout(30_000);

  it('fits 375 px: nothing scrolls sideways or reaches outside, even with a very long author name', async () => {
    const { box, board } = await mountAt(375);
    expect(board.getBoundingClientRect().width).to.be.at.most(375);
    expect(spillsOut(box)).to.deep.equal([]);
  });

  it('cuts a long author chip inside the card instead of widening it', async () => {
    const { box, board } = await mountAt(375);
    const card = [...board.shadowRoot!.querySelectorAll('confab-idea-card')].find((c) => c.data?.author.id === 'long')!;
    const chip = card.shadowRoot!.querySelector('confab-expert-badge')!.shadowRoot!.querySelector<HTMLElement>('#chip')!;
    expect(card.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
    expect(chip.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right + 0.5);
    expect(chip.title).to.contain('Maximiliane');
  });
});
