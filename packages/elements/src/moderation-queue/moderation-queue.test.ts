import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, UnavailableError, area, type Adapter, type ModerationPolicy, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabModerationQueue } from './moderation-queue.js';
import { provide, without } from '../../../../stories/support/provide.js';

/** Ada is an admin, Mo a moderator; Ben, Cyd, Dee and Eve are members. */
function seed(currentUser = 'mo'): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Admin', roles: ['member', 'admin'] },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'] },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'] },
      { id: 'cyd', name: 'Cyd Lin', roles: ['member'] },
      { id: 'dee', name: 'Dee Park', roles: ['member'] },
      { id: 'eve', name: 'Eve Stone', roles: ['member'] },
    ],
  };
}

/** A memory adapter with the moderation settings given. */
function memory(user = 'mo', moderation: Partial<ModerationPolicy> = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: seed(user), moderation });
}

/** The moderation area of an adapter. */
const mod = (adapter: Adapter) => area(adapter, 'moderation');

/** Ben asks a question and answers it; Cyd and Dee report the answer (score 2, below the default 3). */
async function reported(adapter: MemoryAdapter): Promise<{ questionId: string; answerId: string }> {
  const ben = adapter.as('ben');
  const q = await ben.questions.askQuestion({ context: 'ctx', title: 'How do I book travel?', body: 'Which form do I use?', tags: [] });
  const a = await ben.questions.answerQuestion(q.id, { body: 'Buy **cheap** pills at spam.example' });
  await mod(adapter.as('cyd')).report({ kind: 'answer', id: a.id }, { reason: 'spam' });
  await mod(adapter.as('dee')).report({ kind: 'answer', id: a.id }, { reason: 'other', note: 'Looks like an advert' });
  return { questionId: q.id, answerId: a.id };
}

async function mount(adapter: Adapter, attrs = ''): Promise<ConfabModerationQueue> {
  const wrapper = await fixture<HTMLElement>(provide(adapter, attrs === 'campaign'
    ? html`<confab-moderation-queue campaign="c1"></confab-moderation-queue>`
    : html`<confab-moderation-queue></confab-moderation-queue>`));
  const el = wrapper.querySelector('confab-moderation-queue')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="message"], [part="list"]') && !el.shadowRoot!.textContent!.includes('Loading'), 'did not load');
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const entries = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="entry"]')];
/** Two reported items in a queue that shows one per page; resolves once the first page is shown. */
async function twoPages(): Promise<{ adapter: MemoryAdapter; el: ConfabModerationQueue }> {
  const adapter = memory();
  await reported(adapter);
  const q = await adapter.as('cyd').questions.askQuestion({ context: 'ctx', title: 'Off-topic question', body: 'Lunch?', tags: [] });
  await mod(adapter.as('ben')).report({ kind: 'question', id: q.id }, { reason: 'off-topic' });
  const wrapper = await fixture<HTMLElement>(provide(adapter, html`<confab-moderation-queue page-size="1"></confab-moderation-queue>`));
  const el = wrapper.querySelector('confab-moderation-queue')!;
  await waitUntil(() => entries(el).length === 1, 'first page not shown');
  return { adapter, el };
}

const button = (scope: ParentNode, name: string) => {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const field = (scope: ParentNode, label: string) => {
  const l = [...scope.querySelectorAll('label')].find((x) => x.textContent!.trim() === label);
  if (!l) throw new Error(`no field "${label}"`);
  return scope.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${CSS.escape(l.htmlFor)}`)!;
};
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
};

describe('<confab-moderation-queue>', () => {
  it('tells members and signed-out people that only moderators can see it; axe-clean', async () => {
    const el = await mount(memory('ben'));
    expect(text(el)).to.contain('Only moderators can see the moderation queue.');
    await expect(el).to.be.accessible();
    const out = memory('ben');
    out.actAs(null);
    expect(text(await mount(out))).to.contain('Only moderators can see the moderation queue.');
  });

  it('says "Nothing to review" when empty, "not available" without moderation, and recovers from an error', async () => {
    const empty = await mount(memory());
    expect(text(empty)).to.contain('Moderation queue');
    expect(text(empty)).to.contain('Nothing to review');
    await expect(empty).to.be.accessible();
    expect(text(await mount(without(memory(), 'moderation')))).to.contain('not available on this backend');
    const failing = memory();
    failing.failNext(new UnavailableError('down'), 1);
    const el = await mount(failing);
    expect(root(el).querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    button(root(el), 'Retry').click();
    await waitUntil(() => text(el).includes('Nothing to review'), 'did not recover');
  });

  it('lists a reported answer with its reports, score, author record and history; axe-clean', async () => {
    const adapter = memory();
    await reported(adapter);
    const el = await mount(adapter);
    const [entry] = entries(el);
    expect(entry).to.exist;
    const t = entry!.textContent!.replace(/\s+/g, ' ');
    expect(t).to.contain('Answer: How do I book travel?');
    expect(t).to.contain('2 reports · Score: 2');
    expect(t).to.contain('Spam, reported by Cyd Lin (weight 1)');
    expect(t).to.contain('Other, reported by Dee Park (weight 1)');
    expect(t).to.contain('Looks like an advert');
    expect(t).to.contain('Author: Ben Okafor');
    expect(t).to.contain('Reports agreed');
    expect(t).to.contain('History of Ben Okafor');
    await waitUntil(() => entry!.textContent!.includes('No staff notes yet.'), 'staff notes not loaded');
    await waitUntil(() => entry!.querySelector('.markdown strong'), 'Markdown not rendered');
    expect(['Keep', 'Hide', 'Delete', 'Restrict author'].map((n) => !!button(entry!, n))).to.deep.equal([true, true, true, true]);
    expect(() => button(entry!, 'Approve')).to.throw();
    expect(field(entry!, 'Note')).to.exist;
    expect(field(entry!, 'Days').getAttribute('type')).to.equal('number');
    expect(field(root(el), 'Kind').localName).to.equal('select');
    expect(field(root(el), 'Reason').localName).to.equal('select');
    expect([...(field(root(el), 'Show') as HTMLSelectElement).options].map((o) => o.textContent!.trim())).to.deep.equal(['Everything', 'Reported', 'Held']);
    await expect(el).to.be.accessible();
  });

  it('refuses Hide without a note (field error, focus on the note), then hides with the keyboard and focuses what follows', async () => {
    const adapter = memory();
    const { answerId } = await reported(adapter);
    const el = await mount(adapter);
    const [entry] = entries(el);
    button(entry!, 'Hide').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const note = field(entry!, 'Note');
    expect(note.getAttribute('aria-invalid')).to.equal('true');
    expect(entry!.textContent).to.contain('Write a note: Hide, Delete and Restrict author need one.');
    await waitUntil(() => root(el).activeElement === note, 'focus did not move to the note');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Advert for pills' });
    button(entry!, 'Hide').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el).includes('Nothing to review'), 'entry did not leave the queue');
    await waitUntil(() => root(el).activeElement?.classList.contains('empty'), 'focus did not move on');
    const thread = await adapter.as('ben').questions.getQuestion((await adapter.questions.listQuestions({ context: 'ctx' })).items[0]!.id);
    const answer = thread.answers.find((a) => a.id === answerId)!;
    expect(answer.moderation?.state).to.equal('hidden');
    expect(answer.moderation?.reason).to.equal('Advert for pills');
  });

  it('adds a staff note and restricts the author, updating the record', async () => {
    const adapter = memory();
    await reported(adapter);
    const el = await mount(adapter);
    const [entry] = entries(el);
    button(entry!, 'Add staff note').click();
    await el.updateComplete;
    button(entry!, 'Save note').click();
    await el.updateComplete;
    expect(entry!.textContent).to.contain('Write the staff note first.');
    type(field(entry!, 'Staff note') as HTMLTextAreaElement, 'Warned by mail on Monday');
    button(entry!, 'Save note').click();
    await waitUntil(() => entry!.querySelector('.notes')?.textContent?.includes('Warned by mail on Monday'), 'note not shown');
    expect((await mod(adapter).staffNotes('ben')).map((n) => n.body)).to.deep.equal(['Warned by mail on Monday']);
    type(field(entry!, 'Days') as HTMLInputElement, '3');
    button(entry!, 'Restrict author').click();
    await el.updateComplete;
    expect(field(entry!, 'Note').getAttribute('aria-invalid')).to.equal('true');
    type(field(entry!, 'Note') as HTMLTextAreaElement, 'Spam again');
    button(entry!, 'Restrict author').click();
    await waitUntil(async () => (await mod(adapter).record('ben')).restrictedUntil !== null, 'not restricted');
    await waitUntil(() => !entry!.textContent!.includes('Not restricted'), 'record not updated');
    await expect(el).to.be.accessible();
  });

  it('updates live: an item reported elsewhere arrives, and one dealt with by another moderator leaves', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    await reported(adapter);
    await waitUntil(() => entries(el).length === 1, 'reported item did not arrive live');
    const [entry] = entries(el);
    await mod(adapter.as('ada')).keep({ kind: entry!.dataset.kind as 'answer', id: entry!.dataset.id! });
    await waitUntil(() => entries(el).length === 0 && text(el).includes('Nothing to review'), 'kept item did not leave');
  });

  it('shows a held first post with "Approve"; approving makes it visible', async () => {
    const adapter = memory('mo', { holdFirstPosts: 1 });
    const q = await adapter.as('eve').questions.askQuestion({ context: 'ctx', title: 'My first question', body: 'Hello all', tags: [] });
    const el = await mount(adapter);
    (field(root(el), 'Show') as HTMLSelectElement).value = 'held';
    field(root(el), 'Show').dispatchEvent(new Event('change'));
    await waitUntil(() => entries(el).length === 1 && root(el).querySelector('[part="list"]')?.getAttribute('aria-busy') === 'false', 'held post not listed');
    const [entry] = entries(el);
    expect(entry!.textContent).to.contain('Waiting for review');
    button(entry!, 'Approve').click();
    await waitUntil(() => entries(el).length === 0, 'approved entry did not leave');
    expect((await adapter.as('ben').questions.getQuestion(q.id)).question.moderation?.state ?? 'visible').to.equal('visible');
  });

  it('"History" lists the audit log for admins and says why for moderators', async () => {
    const adapter = memory('ada');
    await reported(adapter);
    await mod(adapter).restrict('ben', { days: 2, note: 'Cooling off' });
    const el = await mount(adapter);
    button(root(el), 'History').click();
    await waitUntil(() => root(el).querySelector('[part="history"]'), 'no audit log');
    expect(root(el).querySelector('[part="history"]')!.textContent).to.contain('Ada Admin restricted');
    await expect(el).to.be.accessible();
    const modEl = await mount(memory('mo'));
    button(root(modEl), 'History').click();
    await waitUntil(() => text(modEl).includes('Only admins can read the audit log.'), 'no refusal');
  });

  it('pages with "Show more" (focus on the first new entry), and says so offline; axe-clean', async () => {
    const { el } = await twoPages();
    expect(entries(el)[0]!.textContent).to.contain('Answer: How do I book travel?');
    button(root(el), 'Show more').click();
    await waitUntil(() => entries(el).length === 2, 'second page not shown');
    expect(entries(el)[1]!.textContent).to.contain('Question: Off-topic question');
    await waitUntil(() => root(el).activeElement === entries(el)[1], 'focus not on the first new entry');
    const offline = memory();
    offline.offline = true;
    const off = await mount(offline);
    expect(text(off)).to.contain('You are offline; this will load when you are back.');
    await expect(off).to.be.accessible();
  });

  it('"Show more" that fails says why, keeps focus on the button and works on the next try', async () => {
    const { adapter, el } = await twoPages();
    const more = () => root(el).querySelector<HTMLButtonElement>('[part="more"]');
    adapter.failNext(new UnavailableError('Down'));
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="message"][role="alert"]'), 'no error');
    expect(root(el).querySelector('[part="message"][role="alert"]')!.textContent).to.equal('The service cannot be reached right now.');
    expect(root(el).activeElement).to.equal(more(), 'focus stays on "Show more"');
    expect(entries(el).length).to.equal(1);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => entries(el).length === 2, 'second page not shown');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null);
    await waitUntil(() => root(el).activeElement === entries(el)[1], 'focus not on the first new entry');
    expect(more()).to.equal(null);
  });

  it('"History" pages with "Show more": focus on the first entry it brought; axe-clean', async () => {
    const adapter = memory('ada');
    await mod(adapter).restrict('ben', { days: 2, note: 'Cooling off' });
    await mod(adapter).restrict('cyd', { days: 3, note: 'Heated thread' });
    const wrapper = await fixture<HTMLElement>(provide(adapter, html`<confab-moderation-queue page-size="1"></confab-moderation-queue>`));
    const el = wrapper.querySelector('confab-moderation-queue')!;
    await waitUntil(() => root(el).querySelector('[part="views"]'), 'did not load');
    button(root(el), 'History').click();
    const lines = () => [...root(el).querySelectorAll<HTMLElement>('[part="history"] > li')];
    await waitUntil(() => lines().length === 1, 'no audit log');
    expect(lines()[0]!.textContent).to.contain('Cyd Lin');
    const more = button(root(el), 'Show more');
    expect(more.getAttribute('part')).to.equal('more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lines().length === 2, 'second page not shown');
    expect(lines()[1]!.textContent).to.contain('Ben Okafor');
    await waitUntil(() => root(el).activeElement === lines()[1], 'focus not on the first new entry');
    expect(root(el).querySelector('[part="more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('speaks German', async () => {
    const adapter = memory();
    const wrapper = await fixture<HTMLElement>(html`<div lang="de">${provide(adapter, html`<confab-moderation-queue></confab-moderation-queue>`)}</div>`);
    const el = wrapper.querySelector('confab-moderation-queue')!;
    await waitUntil(() => text(el).includes('Nichts zu prüfen'), 'not German');
    expect(text(el)).to.contain('Moderationswarteschlange');
  });
});
