import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type ContentStatus } from '@confab/core';
import '../provider/define.js';
import { moderationSeed, openThread } from '../../test/ask-moderation.js';
import '../ask/define.js';
import '../idea-board/define.js';
import type { ConfabIdeaBoard } from '../idea-board/idea-board.js';
import type { ConfabIdeaCard } from '../idea-card/idea-card.js';
import { contentStatus } from './content-status.js';
import { contentStrings } from './content.strings.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';

// Issue 13: the shared content lifecycle pieces, through the widgets that use them.


const button = (root: ShadowRoot, name: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);
const live = (el: Element) => el.shadowRoot!.querySelector('[data-confab-live]')!.textContent!.trim();
function type(root: ShadowRoot, selector: string, value: string): void {
  const field = root.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => localStorage.clear());

describe('content labels (contentStatus)', () => {
  const s = contentStrings.en;
  function show(status: ContentStatus): HTMLElement {
    const div = document.createElement('div');
    render(contentStatus(status, s, 'en'), div);
    return div;
  }

  it('says who removed an item, why (where the backend sent a reason), and when it was edited', () => {
    expect(show({ state: 'deleted', by: 'author', reason: null, editedAt: null }).textContent!.trim()).to.equal('Removed by its author');
    const byModerator = show({ state: 'deleted', by: 'moderator', reason: 'Spam link.', editedAt: null });
    expect(byModerator.querySelector('.content-label')!.textContent).to.equal('Removed by a moderator');
    expect(byModerator.textContent).to.include('Spam link.');
    expect(show({ state: 'held', by: null, reason: null, editedAt: null }).textContent!.trim()).to.equal('Waiting for review');
    const edited = show({ state: 'visible', by: null, reason: null, editedAt: '2026-01-03T10:00:00.000Z' });
    expect(edited.textContent).to.include('edited');
    expect(edited.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-03T10:00:00.000Z');
    expect(show({ state: 'visible', by: null, reason: null, editedAt: null }).textContent!.trim()).to.equal('');
  });

  it('localises the reason of an item hidden by members\' reports instead of the backend\'s English text', () => {
    const hidden = show({ state: 'hidden', by: 'community', reason: 'Hidden pending review: reported by members (spam)', editedAt: null });
    expect(hidden.querySelector('.content-label')!.textContent).to.equal('Hidden');
    expect(hidden.textContent).to.include('Hidden pending review: reported by members.');
  });
});

describe('content actions in <confab-ask> (issue 13)', () => {
  it('is keyboard-complete: a member reports an answer with Enter, Space and Tab only', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed({ mine: false }) });
    const el = await openThread(adapter, 'q-vpn');
    const root = el.shadowRoot!;
    const report = [...root.querySelectorAll<HTMLButtonElement>('.answer button')].find((b) => b.textContent!.trim() === 'Report answer')!;
    report.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.activeElement?.id.endsWith('-reason-spam'), 'focus did not move into the report form');
    expect(report.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.match(/-note$/);
    await sendKeys({ type: 'Sells VPN accounts.' });
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent?.trim()).to.equal('Send report');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => live(el) === 'Thank you. A moderator will look at it.', 'no thanks announced');
    expect(root.activeElement?.textContent?.trim()).to.equal('Report answer');
    const queue = await adapter.as('mod').moderation!.queue();
    expect(queue.items.flatMap((e) => e.reports.map((r) => [e.item.item.id, r.reason, r.note]))).to.deep.equal([['a-other', 'spam', 'Sells VPN accounts.']]);
  });

  it('a moderator editing someone else\'s question must give a reason; the change is stored', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed({ mine: false }) });
    const el = await openThread(adapter.as('mod'), 'q-vpn');
    const root = el.shadowRoot!;
    button(root, 'Edit question')!.click();
    await waitUntil(() => button(root, 'Save changes'), 'edit form did not open');
    expect(root.querySelector<HTMLInputElement>('input[id$="-title"]')!.value).to.equal('How do I reset my VPN password?');
    type(root, 'input[id$="-title"]', 'How do I reset my VPN password? (staff)');
    button(root, 'Save changes')!.click();
    await waitUntil(() => root.textContent!.includes('Please give a reason.'), 'no reason asked for');
    expect(root.activeElement?.id).to.match(/-reason$/);
    await expect(el).to.be.accessible();
    type(root, 'textarea[id$="-reason"]', 'Clearer title.');
    button(root, 'Save changes')!.click();
    await waitUntil(() => live(el) === 'Changes saved.', 'not saved');
    expect((await adapter.questions.getQuestion('q-vpn')).question.title).to.equal('How do I reset my VPN password? (staff)');
  });

  it('rolls an optimistic edit back when it is refused, and keeps the draft in the form', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed({ mine: false }) });
    const el = await openThread(adapter, 'q-mine');
    const root = el.shadowRoot!;
    await adapter.as('mod').moderation!.restrict('me', { days: 3, note: 'Cooling off.' });
    button(root, 'Edit question')!.click();
    await waitUntil(() => button(root, 'Save changes'), 'edit form did not open');
    type(root, 'input[id$="-title"]', 'Where is the 2027 travel policy?');
    button(root, 'Save changes')!.click();
    await waitUntil(() => root.querySelector('[role="alert"]')?.textContent?.includes('Your changes were not saved'), 'no refusal shown');
    expect(root.querySelector('#ask-thread-title')!.textContent).to.include('Where is the travel policy?');
    expect(root.querySelector<HTMLInputElement>('input[id$="-title"]')!.value).to.equal('Where is the 2027 travel policy?');
    expect((await adapter.questions.getQuestion('q-mine')).question.title).to.equal('Where is the travel policy?');
    await expect(el).to.be.accessible();
  });

  it('"Cancel" closes a form and gives focus back to its button', async () => {
    const el = await openThread(new MemoryAdapter({ seed: moderationSeed({ mine: false }) }), 'q-mine');
    const root = el.shadowRoot!;
    button(root, 'Delete question')!.click();
    await waitUntil(() => root.textContent!.includes('Delete this question?'), 'no confirm');
    button(root, 'Cancel')!.click();
    await waitUntil(() => !root.textContent!.includes('Delete this question?'), 'not closed');
    await el.updateComplete;
    expect(root.activeElement?.textContent?.trim()).to.equal('Delete question');
  });
});

describe('content actions on <confab-idea-board> (issue 13)', () => {
  const cards = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll<ConfabIdeaCard>('confab-idea-card')];
  const titles = (board: ConfabIdeaBoard) => cards(board).map((c) => c.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim());

  it('each card has its actions row; an idea a moderator hides leaves another reader\'s board live', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter.as('ana')}><confab-idea-board campaign="c1"></confab-idea-board></confab-provider>`);
    const board = wrapper.querySelector('confab-idea-board')!;
    await waitUntil(() => titles(board).includes('Turn off monitors at night'), 'board did not load');
    await Promise.all(cards(board).map((c) => c.updateComplete));
    const mine = cards(board).find((c) => c.shadowRoot!.textContent!.includes('Motion sensors'))!;
    const theirs = cards(board).find((c) => c.shadowRoot!.textContent!.includes('Turn off monitors'))!;
    expect(button(mine.shadowRoot!, 'Edit idea')).to.exist;
    expect(button(mine.shadowRoot!, 'Report idea')).to.equal(undefined);
    expect(button(theirs.shadowRoot!, 'Report idea')).to.exist;
    expect(button(theirs.shadowRoot!, 'Hide idea')).to.equal(undefined);
    await expect(board).to.be.accessible();

    await adapter.as('mod').moderation!.hide({ kind: 'idea', id: 'i2' }, { reason: 'Duplicate of another idea.' });
    await waitUntil(() => !titles(board).includes('Turn off monitors at night'), 'the hidden idea stayed on the board');
    expect(titles(board)).to.include('Motion sensors for meeting room lights');
  });
});
