import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Adapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaCard } from './idea-card.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';

async function mount(adapter: Adapter, id = 'i1'): Promise<ConfabIdeaCard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea=${id}></confab-idea-card></confab-provider>`);
  const card = provider.querySelector('confab-idea-card')!;
  await waitUntil(() => card.shadowRoot!.querySelector('[part="title"]'), 'idea rendered');
  await card.updateComplete;
  return card;
}

const names = (card: ConfabIdeaCard) => [...card.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
const button = (card: ConfabIdeaCard, name: string) => [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);
const comment = (card: ConfabIdeaCard, id: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part="comment"][data-id="${id}"]`);
async function openComments(card: ConfabIdeaCard): Promise<void> {
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part="comments-toggle"]')!.click();
  await waitUntil(() => card.shadowRoot!.querySelector('[part="comment"]'), 'comments did not load');
}

beforeEach(() => localStorage.clear());

describe('<confab-idea-card> moderation (issue 13)', () => {
  it('names the actions per viewer: report the idea, edit and delete one\'s own comment, hide for moderators', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter);
    await openComments(card);
    expect(names(card)).to.include.members(['Report idea', 'Edit comment', 'Delete comment']);
    expect(names(card)).not.to.include('Edit idea');
    expect(names(card)).not.to.include('Hide idea');
    await expect(card).to.be.accessible();

    const moderator = await mount(adapter.as('mod'));
    await openComments(moderator);
    expect(names(moderator)).to.include.members(['Hide idea', 'Edit idea', 'Delete idea', 'Hide comment', 'Report comment']);
  });

  it('edits one\'s own comment optimistically, and "edited" shows; a moderator\'s hide removes it live for others', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const other = await mount(adapter.as('ana'));
    await openComments(other);
    const card = await mount(adapter);
    await openComments(card);
    button(card, 'Edit comment')!.click();
    await waitUntil(() => button(card, 'Save changes'), 'edit form did not open');
    const field = card.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[id$="-body"]')!;
    expect(card.shadowRoot!.activeElement).to.equal(field);
    await expect(card).to.be.accessible();
    field.value = 'Yes please, floors 3 and 4 too.';
    field.dispatchEvent(new Event('input'));
    button(card, 'Save changes')!.click();
    await waitUntil(() => comment(card, 'k1')?.textContent?.includes('floors 3 and 4'), 'not shown at once');
    await waitUntil(() => comment(other, 'k1')?.textContent?.includes('floors 3 and 4'), 'not replaced live for others');
    expect(comment(card, 'k1')!.querySelector('.content-edited')).to.exist;

    const moderator = await mount(adapter.as('mod'));
    await openComments(moderator);
    button(moderator, 'Hide comment')!.click();
    await waitUntil(() => moderator.shadowRoot!.querySelector('textarea[id$="-reason"]'), 'no reason field');
    const reason = moderator.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[id$="-reason"]')!;
    reason.value = 'Off topic for this idea.';
    reason.dispatchEvent(new Event('input'));
    button(moderator, 'Hide')!.click();
    await waitUntil(() => !comment(other, 'k1'), 'the hidden comment stayed for another reader');
    await waitUntil(() => comment(card, 'k1')?.textContent?.includes('Hidden'), 'its author does not see "Hidden"');
    expect(comment(card, 'k1')!.textContent).to.include('Off topic for this idea.');
    await expect(card).to.be.accessible();
  });

  it('the author deletes their idea: others see "Removed by its author" in place of it, with no vote button and no comment composer', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const other = await mount(adapter.as('ana'), 'i2');
    const card = await mount(adapter, 'i2');
    button(card, 'Delete idea')!.click();
    await waitUntil(() => card.shadowRoot!.textContent!.includes('Delete this idea?'), 'no confirm');
    [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent!.trim() === 'Delete').pop()!.click();
    await waitUntil(() => other.shadowRoot!.querySelector('[part="title"]')?.textContent?.includes('Removed by its author'), 'no tombstone for others');
    expect(other.shadowRoot!.textContent).not.to.include('A reminder at 6 pm.');
    expect(other.shadowRoot!.querySelector('[part="vote"]'), 'a removed idea takes no votes').to.equal(null);
    other.shadowRoot!.querySelector<HTMLButtonElement>('[part="comments-toggle"]')!.click();
    await waitUntil(() => other.shadowRoot!.querySelector('[part="thread"]') && !other.shadowRoot!.querySelector('[part="thread"]')!.textContent!.includes('Loading'), 'the thread did not open');
    expect(other.shadowRoot!.querySelector('[part="composer"]'), 'a removed idea takes no comments').to.equal(null);
    await expect(other).to.be.accessible();
  });
});
