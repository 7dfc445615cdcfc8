import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaCard } from './idea-card.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';

async function mount(adapter: MemoryAdapter, id = 'i1', level?: number): Promise<ConfabIdeaCard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}>
    <confab-idea-card idea=${id} heading-level=${level ?? 2}></confab-idea-card></confab-provider>`);
  const card = provider.querySelector('confab-idea-card')!;
  await waitUntil(() => card.shadowRoot!.querySelector('[part="title"]'), 'idea rendered');
  return card;
}

const $ = <T extends HTMLElement = HTMLElement>(card: ConfabIdeaCard, sel: string) => card.shadowRoot!.querySelector<T>(sel)!;
const vote = (card: ConfabIdeaCard) => $<HTMLButtonElement>(card, 'button[part="vote"]');
const live = (card: ConfabIdeaCard) => $(card, '[data-confab-live]');

async function comment(card: ConfabIdeaCard, text: string): Promise<void> {
  const textarea = $<HTMLTextAreaElement>(card, 'textarea[name="comment"]');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  $<HTMLButtonElement>(card, 'form[part="composer"] button[type="submit"]').click();
}

describe('<confab-idea-card> honest states, own content, headings', () => {
  beforeEach(() => localStorage.clear());

  it('queues a vote made offline, shows it pressed with "Will count when you are back online", then counts it', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i3');
    adapter.offline = true;
    vote(card).click();
    await waitUntil(() => vote(card).getAttribute('aria-describedby'), 'no note');
    expect(vote(card).getAttribute('aria-pressed')).to.equal('true');
    const note = card.shadowRoot!.getElementById(vote(card).getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.equal('Will count when you are back online');
    expect(card.shadowRoot!.textContent).not.to.contain('undone');
    adapter.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => live(card).textContent === 'Your vote was counted.', 'not announced');
    expect(vote(card).getAttribute('aria-pressed')).to.equal('true');
    expect(vote(card).hasAttribute('aria-describedby')).to.equal(false);
    expect((await adapter.ideas.getIdea('i3')).votes).to.equal(1);
  });

  it('does not let people vote on their own idea, and says why', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i2'); // proposed by the reader
    expect(vote(card).getAttribute('aria-disabled')).to.equal('true');
    expect(card.shadowRoot!.getElementById(vote(card).getAttribute('aria-describedby')!)!.textContent).to.equal('You cannot vote on your own idea.');
    vote(card).click();
    await aTimeout(20);
    expect(adapter.calls.some((c) => c.method === 'setVote')).to.equal(false);
  });

  it('says what is true when comments are opened offline, loads them when back, and lists a comment sent from the queue', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i1');
    adapter.offline = true;
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, '.thread [role="alert"]'), 'no offline message');
    expect($(card, '.thread [role="alert"]').textContent).to.contain('You are offline; this will load when you are back');
    expect($(card, '.thread [role="alert"]').textContent).not.to.contain('What you wrote is kept');
    await comment(card, 'Written on the train');
    await waitUntil(() => $(card, '.comments.pending'), 'not kept');
    adapter.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => !$(card, '.comments.pending') && !$(card, '.thread [role="alert"]'), 'stale state stayed');
    await waitUntil(() => [...card.shadowRoot!.querySelectorAll('[part="comment"]')].some((li) => li.textContent!.includes('Written on the train')), 'not in the list');
    expect($(card, '[part="message"]').textContent, 'no stale "kept" message').not.to.contain('offline');
  });

  it('moves focus to the comment posted', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i1');
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, '[part="comment"]'));
    $(card, 'textarea[name="comment"]').focus();
    await comment(card, 'Floor 4 as well.');
    await waitUntil(() => card.shadowRoot!.activeElement?.matches('[part="comment"]'), 'focus did not move to the comment');
    expect(card.shadowRoot!.activeElement!.textContent).to.contain('Floor 4 as well.');
  });

  it('heads itself at heading-level (default 2), its comments one level below', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i1');
    expect($(card, '[part="title"]').localName).to.equal('h2');
    card.headingLevel = 4;
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, '#thread-heading'));
    expect($(card, '[part="title"]').localName).to.equal('h4');
    expect($(card, '#thread-heading').localName).to.equal('h5');
  });
});
