import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, area, type Adapter } from '@confab/core';
import '../provider/define.js';
import { CTX, moderationSeed, openThread } from '../../test/ask-moderation.js';
import './define.js';
import type { ConfabAsk } from './ask.js';


const buttons = (el: ConfabAsk) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
const named = (el: ConfabAsk, name: string) => buttons(el).find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
const names = (el: ConfabAsk) => buttons(el).map((b) => b.textContent!.trim());
const within = (el: ConfabAsk, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`.answer[data-id="${id}"]`);
const live = (el: ConfabAsk) => el.shadowRoot!.querySelector('[data-confab-live]')!.textContent!.trim();
async function click(el: ConfabAsk, name: string, index = 0): Promise<void> {
  const found = buttons(el).filter((b) => b.textContent!.trim() === name);
  expect(found[index], `button "${name}"`).to.exist;
  found[index].click();
  await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'));
  await el.updateComplete;
}
function type(el: ConfabAsk, selector: string, value: string): void {
  const field = el.shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The widget's list (not a thread), once loaded. */
async function list(adapter: Adapter, context = CTX): Promise<ConfabAsk> {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-ask context=${context}></confab-ask></confab-provider>`);
  const el = wrapper.querySelector('confab-ask')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.list, [part="empty"]'), 'list did not load');
  await el.updateComplete;
  return el;
}
/** The list entry of a question, by title. */
const entry = (el: ConfabAsk, title: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.list .item')]
  .find((li) => li.querySelector('.title')!.textContent!.trim() === title);
/** The state line of a list entry ("" when it has none). */
const stateLine = (li: HTMLElement) => li.querySelector('[part="content-status"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

describe('<confab-ask> moderation (issue 13)', () => {
  it('offers each reader the actions they have: report others, edit and delete one\'s own, hide for moderators, nothing signed out', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    const member = await openThread(adapter, 'q-vpn');
    expect(names(member)).to.include.members(['Report question', 'Report answer', 'Edit answer', 'Delete answer']);
    expect(names(member)).not.to.include('Edit question');
    expect(names(member)).not.to.include('Hide answer');
    expect([...within(member, 'a-mine')!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Report answer');
    await expect(member).to.be.accessible();

    const moderator = await openThread(adapter.as('mod'), 'q-vpn');
    expect(names(moderator)).to.include.members(['Hide question', 'Hide answer', 'Edit question', 'Delete answer', 'Report answer']);

    const signedOut = await openThread(adapter.as(null), 'q-vpn');
    expect(names(signedOut).filter((n) => /^(Report|Edit|Delete|Hide|Restore) /.test(n))).to.deep.equal([]);
  });

  it('reports an answer: a reason, a note for Other, the thanks, and the refusal of a second report', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    const el = await openThread(adapter, 'q-vpn');
    await click(el, 'Report answer');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="radiogroup"]'), 'report form did not open');
    const group = el.shadowRoot!.querySelector('[role="radiogroup"]')!;
    expect(group.querySelector('legend')!.textContent).to.equal('Reason');
    expect([...group.querySelectorAll('label')].map((l) => l.textContent!.trim())).to.deep.equal(['Spam', 'Offensive', 'Off-topic', 'Other']);
    expect(el.shadowRoot!.activeElement?.id).to.match(/reason-spam$/);
    await expect(el).to.be.accessible();
    group.querySelectorAll<HTMLInputElement>('input')[3].click();
    await click(el, 'Send report');
    expect(el.shadowRoot!.textContent).to.include('Please add a note when the reason is Other.');
    type(el, 'textarea[id$="-note"]', 'Advertises a paid service.');
    await click(el, 'Send report');
    await waitUntil(() => live(el) === 'Thank you. A moderator will look at it.', 'no thanks announced');
    expect(el.shadowRoot!.querySelector('[role="radiogroup"]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Report answer');

    await click(el, 'Report answer');
    await waitUntil(() => el.shadowRoot!.querySelector('[role="radiogroup"]'));
    el.shadowRoot!.querySelector<HTMLInputElement>('[role="radiogroup"] input')!.click();
    await click(el, 'Send report');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('You already reported this.'), 'second report not refused');
  });

  it('lets the author edit their question: Save changes shows the text and "edited"; moderators see the earlier version', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    const el = await openThread(adapter, 'q-mine');
    await click(el, 'Edit question');
    await waitUntil(() => named(el, 'Save changes'), 'edit form did not open');
    expect(el.shadowRoot!.activeElement?.id).to.match(/-title$/);
    await expect(el).to.be.accessible();
    type(el, 'input[id$="-title"]', 'Where is the 2027 travel policy?');
    await click(el, 'Save changes');
    await waitUntil(() => el.shadowRoot!.querySelector('.content-edited'), 'no edited label');
    expect(el.shadowRoot!.querySelector('#ask-thread-title')!.textContent).to.include('Where is the 2027 travel policy?');
    expect(el.shadowRoot!.querySelector('.content-edited time')).to.exist;
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Edit question');
    const stored = await adapter.questions.getQuestion('q-mine');
    expect(stored.question.title).to.equal('Where is the 2027 travel policy?');

    const moderator = await openThread(adapter.as('mod'), 'q-mine');
    await click(moderator, 'Earlier versions');
    await waitUntil(() => moderator.shadowRoot!.querySelector('.content-versions li'), 'no versions');
    expect(moderator.shadowRoot!.querySelector('.content-versions')!.textContent).to.include('Where is the travel policy?');
    expect(moderator.shadowRoot!.querySelector('.content-versions')!.textContent).to.include('Version 1, by Mia Member');
    await expect(moderator).to.be.accessible();
  });

  it('deletes one\'s own answer after a confirm; another reader sees "Removed by its author" in its place, live, without vote or Accept', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    const reader = await openThread(adapter.as('other'), 'q-vpn');
    const el = await openThread(adapter, 'q-vpn');
    await click(el, 'Delete answer');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Delete this answer?'), 'no confirm');
    await expect(el).to.be.accessible();
    const confirm = buttons(el).filter((b) => b.textContent!.trim() === 'Delete').pop()!;
    confirm.click();
    await waitUntil(() => within(reader, 'a-mine')?.textContent?.includes('Removed by its author'), 'the reader did not see the tombstone live');
    expect(within(reader, 'a-mine')!.textContent).not.to.include('Ask the help desk.');
    expect(within(reader, 'a-mine')!.querySelector('[part="vote"], [part="accept"]'), 'a tombstone takes no votes and cannot be accepted').to.equal(null);
    expect(within(reader, 'a-other')!.querySelector('[part="accept"]'), 'the asker can still accept the others').to.exist;
    await expect(reader).to.be.accessible();
  });

  it('a moderator hides an answer with a reason: the author sees "Hidden" and why, another reader loses it live', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    const reader = await openThread(adapter.as('other'), 'q-vpn');
    const author = await openThread(adapter, 'q-vpn');
    const moderator = await openThread(adapter.as('mod'), 'q-vpn');
    const hide = [...within(moderator, 'a-mine')!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Hide answer')!;
    hide.click();
    await waitUntil(() => moderator.shadowRoot!.querySelector('textarea[id$="-reason"]'), 'no reason field');
    await click(moderator, 'Hide');
    expect(moderator.shadowRoot!.textContent).to.include('Please give a reason.');
    type(moderator, 'textarea[id$="-reason"]', 'Personal data in the text.');
    await click(moderator, 'Hide');
    await waitUntil(() => !within(reader, 'a-mine'), 'the reader still sees the hidden answer');
    await waitUntil(() => within(author, 'a-mine')?.textContent?.includes('Hidden'), 'the author does not see the label');
    expect(within(author, 'a-mine')!.textContent).to.include('Personal data in the text.');
    await expect(author).to.be.accessible();
    await waitUntil(() => named(moderator, 'Restore answer'), 'no Restore for the moderator');
    named(moderator, 'Restore answer')!.click();
    await waitUntil(() => within(reader, 'a-mine'), 'the restored answer did not come back live');
  });

  it('shows the thread\'s state line in the list: "Hidden" and why to the author, "edited" to everyone, nothing on the others', async () => {
    const adapter = new MemoryAdapter({ seed: moderationSeed() });
    await area(adapter.as('mod'), 'moderation').hide({ kind: 'question', id: 'q-mine' }, { reason: 'Personal data in the title.' });
    await area(adapter.as('other'), 'moderation').edit({ kind: 'question', id: 'q-vpn' }, { title: 'How do I reset my VPN password at home?' });
    const author = await list(adapter);
    const hidden = entry(author, 'Where is the travel policy?')!;
    expect(hidden, 'the author lists their hidden question').to.exist;
    expect(stateLine(hidden)).to.equal('Hidden Reason: Personal data in the title.');
    expect(stateLine(entry(author, 'How do I reset my VPN password at home?')!)).to.match(/^edited /);
    expect(entry(author, 'How do I reset my VPN password at home?')!.querySelector('.content-edited time')).to.exist;
    await expect(author).to.be.accessible();

    const reader = await list(adapter.as('other'));
    expect(entry(reader, 'Where is the travel policy?'), 'another reader does not list a hidden question').to.equal(undefined);
    expect(stateLine(entry(reader, 'How do I reset my VPN password at home?')!)).to.match(/^edited /);
    await area(adapter.as('mod'), 'moderation').restore({ kind: 'question', id: 'q-mine' });
    const restored = await list(adapter);
    expect(stateLine(entry(restored, 'Where is the travel policy?')!)).to.equal('');
  });

  it('holds a new person\'s first question: its author sees it with "Waiting for review", another member never sees it', async () => {
    const context = 'page:/held-question';
    const base = moderationSeed();
    base.people.push({ id: 'newbie', name: 'Nia New', roles: ['member'], joinedAt: new Date().toISOString() });
    const adapter = new MemoryAdapter({ seed: base, user: 'newbie', moderation: { holdFirstPosts: 1 } });
    const reader = await list(adapter.as('other'), context);
    const author = await list(adapter, context);
    type(author, '#ask-title', 'Is there a parking space for visitors?');
    author.shadowRoot!.querySelector<HTMLButtonElement>('[part="ask-button"]')!.click();
    await waitUntil(() => entry(author, 'Is there a parking space for visitors?'), 'the author does not see their question');
    expect(stateLine(entry(author, 'Is there a parking space for visitors?')!)).to.equal('Waiting for review');
    await expect(author).to.be.accessible();
    author.shadowRoot!.querySelector<HTMLElement>('.list .title')!.click();
    await waitUntil(() => author.shadowRoot!.querySelector('.thread article.question'), 'thread did not load');
    expect(author.shadowRoot!.querySelector('.thread article.question [part="content-status"]')!.textContent).to.include('Waiting for review');

    // A visible question asked afterwards arrives live; the held one never does.
    await adapter.as('me').questions.askQuestion({ context, title: 'Where do I pick up my badge?' });
    await waitUntil(() => entry(reader, 'Where do I pick up my badge?'), 'the later question did not arrive live');
    expect(entry(reader, 'Is there a parking space for visitors?')).to.equal(undefined);
    const later = await list(adapter.as('other'), context);
    expect([...later.shadowRoot!.querySelectorAll('.list .title')].map((t) => t.textContent!.trim())).to.deep.equal(['Where do I pick up my badge?']);
  });
});
