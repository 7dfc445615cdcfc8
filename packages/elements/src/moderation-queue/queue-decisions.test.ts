// <confab-moderation-queue>: the order of entries, "Keep" and "Approve" through the buttons, and
// the stories' filled queue (tests that reuse the stories). See moderation-queue.test.ts for the
// rest of the widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, area, type Adapter, type ModerationPolicy, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabModerationQueue } from './moderation-queue.js';
import { provide } from '../../../../stories/support/provide.js';
import meta, { Default, LongText } from '../../../../stories/moderation-queue.stories.js';

/** Mo is a moderator; Ben, Cyd, Dee and Eve are members. */
function seed(currentUser = 'mo'): Seed {
  return {
    currentUser,
    people: [
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'] },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'] },
      { id: 'cyd', name: 'Cyd Lin', roles: ['member'] },
      { id: 'dee', name: 'Dee Park', roles: ['member'] },
      { id: 'eve', name: 'Eve Stone', roles: ['member'] },
    ],
  };
}

const memory = (moderation: Partial<ModerationPolicy> = {}) => new MemoryAdapter({ seed: seed(), moderation });
const mod = (adapter: Adapter) => area(adapter, 'moderation');

async function mount(content: ReturnType<typeof html>): Promise<ConfabModerationQueue> {
  const wrapper = await fixture<HTMLElement>(content);
  await waitUntil(() => wrapper.querySelector('confab-moderation-queue'), 'no queue', { timeout: 5000 });
  const el = wrapper.querySelector<ConfabModerationQueue>('confab-moderation-queue')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="message"], [part="list"]') && !el.shadowRoot!.textContent!.includes('Loading'), 'did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const entries = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="entry"]')];
const titles = (el: Element) => entries(el).map((e) => e.querySelector('.entry-title')!.textContent!.trim());
const button = (scope: ParentNode, name: string) => {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const live = (el: Element) => root(el).querySelector('[data-confab-live]')!;

describe('<confab-moderation-queue> decisions', function () {
  this.timeout(30_000); // several helpers share two cores: a budget, not a timing assertion
  it('lists entries oldest first (by their first open report), each with its reports and reasons', async () => {
    const adapter = memory();
    const ben = adapter.as('ben');
    const first = await ben.questions.askQuestion({ context: 'ctx', title: 'Reported first', body: 'One', tags: [] });
    const second = await adapter.as('eve').questions.askQuestion({ context: 'ctx', title: 'Reported second', body: 'Two', tags: [] });
    // Asked first, reported second: the queue orders by the first open report, not by posting.
    await mod(adapter.as('cyd')).report({ kind: 'question', id: second.id }, { reason: 'off-topic' });
    await mod(adapter.as('dee')).report({ kind: 'question', id: first.id }, { reason: 'offensive' });
    await mod(adapter.as('cyd')).report({ kind: 'question', id: first.id }, { reason: 'other', note: 'Rude to the team' });
    const el = await mount(provide(adapter, html`<confab-moderation-queue></confab-moderation-queue>`));
    expect(titles(el)).to.deep.equal(['Question: Reported second', 'Question: Reported first']);
    const [a, b] = entries(el).map((e) => e.textContent!.replace(/\s+/g, ' '));
    expect(a).to.contain('1 report');
    expect(a).to.contain('Off-topic, reported by Cyd Lin');
    expect(b).to.contain('2 reports');
    // Reports oldest first too.
    expect(b!.indexOf('Offensive, reported by Dee Park')).to.be.greaterThan(-1);
    expect(b!.indexOf('Offensive, reported by Dee Park')).to.be.lessThan(b!.indexOf('Other, reported by Cyd Lin'));
    expect(b).to.contain('Rude to the team');
    await expect(el).to.be.accessible();
  });

  it('"Keep" dismisses the reports: the entry leaves, it is announced, focus moves on, and the item stays visible', async () => {
    const adapter = memory();
    const q1 = await adapter.as('ben').questions.askQuestion({ context: 'ctx', title: 'Keep me', body: 'Fine really', tags: [] });
    const q2 = await adapter.as('eve').questions.askQuestion({ context: 'ctx', title: 'Look at me later', body: 'Also fine', tags: [] });
    await mod(adapter.as('cyd')).report({ kind: 'question', id: q1.id }, { reason: 'spam' });
    await mod(adapter.as('dee')).report({ kind: 'question', id: q2.id }, { reason: 'spam' });
    const el = await mount(provide(adapter, html`<confab-moderation-queue></confab-moderation-queue>`));
    expect(titles(el)).to.deep.equal(['Question: Keep me', 'Question: Look at me later']);
    button(entries(el)[0]!, 'Keep').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 1, 'kept entry did not leave');
    expect(titles(el)).to.deep.equal(['Question: Look at me later']);
    await waitUntil(() => live(el).textContent === 'Kept: the reports were dismissed.', 'not announced');
    await waitUntil(() => root(el).activeElement === entries(el)[0], 'focus did not move to the next entry');
    const queue = await mod(adapter).queue({});
    expect(queue.items.map((e) => e.target.id)).to.deep.equal([q2.id]);
    expect((await adapter.as('dee').questions.getQuestion(q1.id)).question.moderation?.state ?? 'visible').to.equal('visible');
    // The dismissed report counts against the reporter's record (their later reports weigh less).
    expect((await mod(adapter).record('cyd')).reportsDismissed).to.equal(1);
    expect((await mod(adapter).record('dee')).reportsDismissed).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('"Keep" on an item the community hid makes it visible again', async () => {
    const adapter = memory({ autoHideScore: 2 });
    const q = await adapter.as('ben').questions.askQuestion({ context: 'ctx', title: 'Unpopular opinion', body: 'Meetings are fine', tags: [] });
    await mod(adapter.as('cyd')).report({ kind: 'question', id: q.id }, { reason: 'offensive' });
    await mod(adapter.as('dee')).report({ kind: 'question', id: q.id }, { reason: 'offensive' });
    expect((await adapter.as('dee').questions.listQuestions({ context: 'ctx' })).items, 'hidden from members').to.have.length(0);
    const el = await mount(provide(adapter, html`<confab-moderation-queue></confab-moderation-queue>`));
    const [entry] = entries(el);
    expect(entry!.textContent).to.contain('Hidden');
    await expect(el).to.be.accessible();
    button(entry!, 'Keep').click();
    await waitUntil(() => text(el).includes('Nothing to review'), 'entry did not leave');
    expect((await adapter.as('dee').questions.listQuestions({ context: 'ctx' })).items.map((x) => x.id)).to.deep.equal([q.id]);
  });

  it('offers "Approve" (not "Keep") on a held first post with no reports; approving shows it to everyone; axe-clean', async () => {
    const adapter = memory({ holdFirstPosts: 1 });
    const held = await adapter.as('eve').questions.askQuestion({ context: 'ctx', title: 'Hello from Eve', body: 'My first post', tags: [] });
    expect((await adapter.as('ben').questions.listQuestions({ context: 'ctx' })).items, 'members do not see a held post').to.have.length(0);
    const el = await mount(provide(adapter, html`<confab-moderation-queue></confab-moderation-queue>`));
    const [entry] = entries(el);
    expect(entry!.textContent).to.contain('Waiting for review');
    expect(entry!.textContent).to.contain('No reports: a first post waiting for approval.');
    expect(() => button(entry!, 'Keep')).to.throw();
    await expect(el).to.be.accessible();
    button(entry!, 'Approve').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Nothing to review'), 'approved entry did not leave');
    await waitUntil(() => live(el).textContent === 'Approved: everyone can see it now.', 'not announced');
    expect((await adapter.as('ben').questions.listQuestions({ context: 'ctx' })).items.map((x) => x.id)).to.deep.equal([held.id]);
    await expect(el).to.be.accessible();
  });

  it('the Default story fills the queue: the hidden answer, the reported question, the held first post, oldest first', async () => {
    const el = await mount(html`<div>${(Default.render ?? meta.render)!({ ...meta.args, ...(Default as { args?: object }).args } as never, {} as never)}</div>`);
    await waitUntil(() => entries(el).length === 3, 'the story did not fill the queue', { timeout: 5000 });
    expect(titles(el)).to.deep.equal(['Answer: Which form do I use for travel?', 'Question: Why is the canteen so bad?', 'Question: My first question here']);
    const [answer, , held] = entries(el);
    expect(answer!.textContent).to.contain('Hidden');
    expect(held!.textContent).to.contain('Waiting for review');
    await expect(el).to.be.accessible();
  });

  it('the LongText story: the long title fits the limits, and the hostile Markdown stays inert', async () => {
    const el = await mount(html`<div>${LongText.render!({ ...meta.args } as never, {} as never)}</div>`);
    await waitUntil(() => entries(el).length === 3, 'the story did not fill the queue', { timeout: 5000 });
    const [answer] = entries(el);
    await waitUntil(() => answer!.querySelector('.markdown strong'), 'Markdown not rendered');
    expect(answer!.querySelector('script')).to.equal(null);
    expect([...answer!.querySelectorAll('img')].map((img) => img.getAttribute('onerror'))).to.deep.equal([null]);
    expect(titles(el)[0]).to.contain('international rail and ferry');
  });
});
