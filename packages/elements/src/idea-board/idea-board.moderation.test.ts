import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { MemoryAdapter, type Adapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaBoard } from './idea-board.js';
import type { ConfabIdeaCard } from '../idea-card/idea-card.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';
import { provide } from '../../../../stories/support/provide.js';

async function mount(adapter: Adapter): Promise<ConfabIdeaBoard> {
  const provider = await fixture(provide(adapter, html`<confab-idea-board campaign="c1"></confab-idea-board>`));
  const board = provider.querySelector('confab-idea-board')!;
  await waitUntil(() => board.shadowRoot!.querySelector('h2:not(.visually-hidden)') && !board.shadowRoot!.querySelector('.message[role="status"]'), 'board loaded');
  await Promise.all(cards(board).map((c) => c.updateComplete));
  return board;
}

const cards = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll<ConfabIdeaCard>('confab-idea-card')];
const titles = (board: ConfabIdeaBoard) => cards(board).map((c) => c.shadowRoot!.querySelector('h3')?.textContent);
const card = (board: ConfabIdeaBoard, title: string) => cards(board).find((c) => c.shadowRoot!.querySelector('h3')?.textContent === title);
const stateLine = (c: ConfabIdeaCard) => c.shadowRoot!.querySelector('[part="content-status"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

beforeEach(() => localStorage.clear());

describe('<confab-idea-board> moderation (issue 13)', () => {
  it('holds a new person\'s first idea: its author sees it with "Waiting for review", another member never sees it', async () => {
    const seed = ideaSeed();
    seed.people.push({ id: 'newbie', name: 'Nia New', roles: ['member'], joinedAt: new Date().toISOString() });
    const adapter = new MemoryAdapter({ seed, user: 'newbie', moderation: { holdFirstPosts: 1 } });
    const reader = await mount(adapter.as('ana'));
    const author = await mount(adapter);
    const title = author.shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!;
    title.value = 'A bike repair stand in the garage';
    title.dispatchEvent(new Event('input'));
    const submitted = oneEvent(author, 'confab-idea-submitted');
    author.shadowRoot!.querySelector<HTMLButtonElement>('.form button[type="submit"]')!.click();
    expect((await submitted).detail.idea.moderation?.state).to.equal('held');
    await waitUntil(() => card(author, 'A bike repair stand in the garage'), 'the author does not see their idea');
    const held = card(author, 'A bike repair stand in the garage')!;
    await held.updateComplete;
    expect(stateLine(held)).to.equal('Waiting for review');
    expect(stateLine(card(author, 'Motion sensors for meeting room lights')!)).to.equal('');
    await expect(author).to.be.accessible();

    // An idea submitted afterwards by someone else is announced live; the held one never is.
    await adapter.as('me').ideas.submitIdea({ campaign: 'c1', title: 'Heat pumps for the old wing' });
    const fresh = () => reader.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-ideas"]');
    await waitUntil(() => fresh(), 'the later idea was not announced live');
    expect(fresh()!.textContent).to.contain('1 new idea');
    fresh()!.click();
    await waitUntil(() => titles(reader).includes('Heat pumps for the old wing'), 'the later idea was not shown');
    expect(titles(reader)).not.to.include('A bike repair stand in the garage');
    const later = await mount(adapter.as('ana'));
    expect(titles(later)).to.include('Heat pumps for the old wing');
    expect(titles(later)).not.to.include('A bike repair stand in the garage');
  });
});
