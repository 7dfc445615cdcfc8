import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaBoard } from './idea-board.js';
import type { ConfabIdeaCard } from '../idea-card/idea-card.js';
import { ideaSeed, largeIdeaSeed } from '../../../../stories/fixtures/idea-seed.js';

async function mount(adapter: MemoryAdapter, level = 2, campaign = 'c1'): Promise<ConfabIdeaBoard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}>
    <confab-idea-board campaign=${campaign} heading-level=${level}></confab-idea-board></confab-provider>`);
  const board = provider.querySelector('confab-idea-board')!;
  await waitUntil(() => board.shadowRoot!.querySelector('confab-idea-card'), 'board loaded');
  await Promise.all(cards(board).map((c) => c.updateComplete));
  return board;
}

const $ = <T extends HTMLElement = HTMLElement>(board: ConfabIdeaBoard, sel: string) => board.shadowRoot!.querySelector<T>(sel)!;
const cards = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll<ConfabIdeaCard>('confab-idea-card')];
const active = (board: ConfabIdeaBoard) => board.shadowRoot!.activeElement as HTMLElement | null;

/** Everything the board's live region said while `run` ran. */
async function heard(board: ConfabIdeaBoard, run: () => Promise<void>): Promise<string> {
  const said: string[] = [];
  const region = $(board, '[data-confab-live]');
  const observer = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await run();
    await aTimeout(80);
  } finally {
    observer.disconnect();
  }
  return said.join(' | ');
}

async function submit(board: ConfabIdeaBoard, title: string): Promise<void> {
  const input = $<HTMLInputElement>(board, 'input[name="title"]');
  input.value = title;
  input.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(board, '.form button[type="submit"]').click();
}

describe('<confab-idea-board> own actions, headings and tab stops', () => {
  beforeEach(() => localStorage.clear());

  it('does not announce the reader\'s own idea as "1 new idea — show"', async () => {
    const board = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    const said = await heard(board, async () => {
      await submit(board, 'Bike racks in the garage');
      await waitUntil(() => cards(board)[0]?.shadowRoot!.querySelector('[part="title"]')?.textContent === 'Bike racks in the garage', 'own idea not on top');
    });
    expect(said).not.to.contain('new idea');
    expect($(board, '[part="new-ideas"]')).to.equal(null);
  });

  it('does not announce an idea sent from the offline queue as someone else\'s', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    adapter.offline = true;
    await submit(board, 'Heat pumps');
    await waitUntil(() => $(board, '[part="pending"]'), 'not kept');
    const said = await heard(board, async () => {
      adapter.offline = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !$(board, '[part="pending"]'), 'not delivered');
    });
    expect(said).not.to.contain('new idea');
    expect($(board, '[part="new-ideas"]')).to.equal(null);
    expect($(board, '#form-status').textContent).to.contain('submitted');
  });

  it('heads its cards one level below the board', async () => {
    let board = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    expect($(board, '#heading').localName).to.equal('h2');
    expect(cards(board)[0]!.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h3');
    board = await mount(new MemoryAdapter({ seed: ideaSeed() }), 3);
    expect($(board, '#heading').localName).to.equal('h3');
    expect($(board, '#form-heading').localName).to.equal('h4');
    expect(cards(board)[0]!.shadowRoot!.querySelector('[part="title"]')!.localName).to.equal('h4');
  });

  it('lets keyboard users skip a board of 20 cards in two key presses', async () => {
    const board = await mount(new MemoryAdapter({ seed: largeIdeaSeed(45) }));
    expect(cards(board)).to.have.length(20);
    $(board, '#status-filter').focus();
    await sendKeys({ press: 'Tab' });
    expect(active(board)!.getAttribute('part')).to.equal('skip');
    expect(active(board)!.textContent).to.equal('Skip past the ideas');
    await sendKeys({ press: 'Enter' });
    await board.updateComplete;
    expect(active(board)!.getAttribute('part')).to.equal('show-more');
  });

  it('moves focus to the first new idea after "Show more"', async () => {
    const board = await mount(new MemoryAdapter({ seed: largeIdeaSeed(45) }));
    const more = $<HTMLButtonElement>(board, '[part="show-more"]');
    more.focus();
    more.click();
    await waitUntil(() => active(board) === board.shadowRoot!.querySelectorAll('.ideas > li')[20], 'focus not on the first new idea');
    expect(more.disabled).to.equal(false);
  });

  it('keeps similar ideas from sitting between the title and the description, and announces them', async () => {
    const board = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    const title = $<HTMLInputElement>(board, 'input[name="title"]');
    const said = await heard(board, async () => {
      title.focus();
      await sendKeys({ type: 'Motion sensors' });
      await waitUntil(() => $(board, '[part="similar"]'), 'similar ideas shown', { timeout: 3000 });
    });
    expect(said).to.contain('similar');
    title.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(board)!.getAttribute('name')).to.equal('description');
  });
});
