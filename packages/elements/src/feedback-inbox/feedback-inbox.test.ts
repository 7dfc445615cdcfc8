import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LIMITS, MemoryAdapter, UnavailableError, type Seed, type SeedFeedback } from '@confab/core';
import '../provider/define.js';
import '../feedback/define.js';
import './define.js';
import type { ConfabFeedbackInbox } from './feedback-inbox.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

const HOSTILE = '<img src=x onerror=alert(1)><script>window.__pwned = 1</script>';

function seed(feedback: SeedFeedback[] = []): Seed {
  return {
    currentUser: 'owner',
    people: [
      { id: 'owner', name: 'Omar Owner', roles: ['moderator'] },
      { id: 'me', name: 'Mia Reader', roles: ['member'] },
      { id: 'other', name: 'Olga Other', roles: ['member'] },
      { id: 'newcomer', name: 'Nia New', roles: ['member'] },
    ],
    feedback,
  };
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
const FEEDBACK: SeedFeedback[] = [
  { id: 'f1', subject: 'https://intranet.example/travel', rating: 1, reason: 'Outdated', comment: 'Old phone numbers', author: 'me', createdAt: at(30) },
  { id: 'f2', subject: 'https://intranet.example/travel', rating: 5, author: 'other', anonymous: true, comment: 'Great page', createdAt: at(20) },
  { id: 'f3', subject: 'https://intranet.example/travel', variant: 'stars', rating: 4, author: 'other', createdAt: at(10), state: 'actioned' },
  { id: 'f4', subject: 'https://intranet.example/expenses', rating: 1, reason: 'Unclear', author: 'me', createdAt: at(5) },
];

async function mount(adapter: MemoryAdapter, attrs: { subject?: string; state?: string; pageSize?: number } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-feedback-inbox .subject=${attrs.subject} state=${attrs.state ?? 'open'} page-size=${attrs.pageSize ?? 20}></confab-feedback-inbox>
  </confab-provider>`);
  const el = wrapper.querySelector('confab-feedback-inbox')!;
  await waitUntil(() => !el.shadowRoot!.textContent!.includes('Loading'), 'inbox did not load');
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const figures = (el: Element) =>
  [...root(el).querySelectorAll('[part="summary"] div')].map((d) => `${d.querySelector('dt')!.textContent}: ${d.querySelector('dd')!.textContent}`);
const items = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part="item"]')];
function button(scope: ParentNode, name: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
async function tabTo(el: Element, predicate: (active: Element) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement;
    if (active && predicate(active)) return active;
  }
  throw new Error('focus never reached the target');
}
async function type(el: ConfabFeedbackInbox, item: Element, value: string) {
  const box = item.querySelector('textarea')!;
  box.value = value;
  box.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

describe('<confab-feedback-inbox>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('confab:')) localStorage.removeItem(key);
  });

  it('tells a member clearly that they are not allowed, without listing anything', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK), user: 'me' });
    const el = await mount(adapter);
    expect(text(el)).to.contain('Only moderators and page owners can see this feedback.');
    expect(adapter.calls.some((c) => c.method === 'listFeedback')).to.be.false;
    await expect(el).to.be.accessible();
    adapter.actAs(null);
    const signedOut = await mount(adapter);
    expect(text(signedOut)).to.contain('Sign in as a moderator');
  });

  it('lists open feedback for a subject newest first, with summary figures, axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK), latency: 50 });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
      <confab-feedback-inbox subject="https://intranet.example/travel"></confab-feedback-inbox></confab-provider>`);
    const el = wrapper.querySelector('confab-feedback-inbox')!;
    await el.updateComplete;
    expect(text(el)).to.contain('Loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => items(el).length === 2);
    expect(items(el)[0].textContent).to.contain('Great page');
    expect(items(el)[0].textContent).to.contain('Anonymous');
    expect(items(el)[0].textContent).to.contain('Helpful: yes');
    expect(items(el)[1].textContent).to.contain('Mia Reader');
    expect(items(el)[1].textContent).to.contain('Outdated');
    expect(items(el)[1].textContent).to.contain('30 minutes ago');
    expect(figures(el)).to.deep.equal(['Feedback: 3', 'Open: 2', 'Found it helpful: 1 of 2', 'Average rating: 4 of 5 (1 rating)']);
    await expect(el).to.be.accessible();
  });

  it('responds with the keyboard alone; the reader sees the response live', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <confab-provider .adapter=${adapter.as('me')}><confab-feedback subject="https://intranet.example/travel"></confab-feedback></confab-provider>
      <confab-provider .adapter=${adapter}><confab-feedback-inbox subject="https://intranet.example/travel"></confab-feedback-inbox></confab-provider>
    </div>`);
    const reader = wrapper.querySelector('confab-feedback')!;
    const el = wrapper.querySelector('confab-feedback-inbox')!;
    await waitUntil(() => items(el).length === 2 && root(reader).textContent!.includes('has not responded yet'));
    await tabTo(el, (a) => a.classList.contains('toggle') && a.closest('li')!.id === 'item-f1');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'response-f1', 'focus did not move into the response box');
    const box = root(el).activeElement!;
    expect((box as HTMLTextAreaElement).labels![0].textContent!.toLowerCase()).to.contain('response');
    await sendKeys({ type: 'Fixed the numbers, thank you!' });
    await tabTo(el, (a) => a.textContent!.trim() === 'Respond' && a.closest('li')!.id === 'item-f1');
    const responded = oneEvent(el, 'confab-feedback-responded');
    await sendKeys({ press: 'Enter' });
    const { detail } = await responded;
    expect(detail.feedback.id).to.equal('f1');
    expect(detail.response).to.include({ body: 'Fixed the numbers, thank you!' });
    expect(detail.response.by.name).to.equal('Omar Owner');
    await waitUntil(() => root(reader).textContent!.includes('Fixed the numbers, thank you!'));
    expect(root(reader).textContent).to.contain('Response from Omar Owner');
    await el.updateComplete;
    expect(items(el)[1].querySelector('[part="response"]')!.textContent).to.contain('Fixed the numbers');
    expect(items(el)[1].querySelector('textarea')!.value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('marks feedback actioned, dismissed and reopens it', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const el = await mount(adapter, { subject: 'https://intranet.example/travel' });
    const item = () => root(el).querySelector('#item-f1')!;
    expect(() => button(item(), 'Reopen')).to.throw();
    button(item(), 'Mark actioned').click();
    await waitUntil(() => item().querySelector('.state')!.textContent === 'Actioned');
    expect(root(el).activeElement).to.equal(item());
    expect(text(el)).to.contain('Marked as actioned.');
    button(item(), 'Dismiss').click();
    await waitUntil(() => item().querySelector('.state')!.textContent === 'Dismissed');
    button(item(), 'Reopen').click();
    await waitUntil(() => item().querySelector('.state')!.textContent === 'Open');
    expect((await adapter.feedback.listFeedback({ state: 'open' })).items.map((f) => f.id)).to.include('f1');
    await expect(el).to.be.accessible();
  });

  it('filters by state and by subject', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const el = await mount(adapter);
    expect(items(el).map((i) => i.id)).to.deep.equal(['item-f4', 'item-f2', 'item-f1']);
    expect(text(el)).to.contain('On: https://intranet.example/expenses');
    expect(root(el).querySelector<HTMLAnchorElement>('#item-f4 a')!.getAttribute('href')).to.equal('https://intranet.example/expenses');
    const select = root(el).querySelector('select')!;
    select.value = 'actioned';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => items(el).length === 1 && items(el)[0].id === 'item-f3');
    expect(el.state).to.equal('actioned');
    el.state = 'all';
    await waitUntil(() => items(el).length === 4);
    const subject = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    subject.value = 'https://intranet.example/expenses';
    subject.dispatchEvent(new Event('change'));
    await waitUntil(() => items(el).length === 1 && items(el)[0].id === 'item-f4');
    await expect(el).to.be.accessible();
  });

  it('pages with "Show more"', async () => {
    const many: SeedFeedback[] = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, subject: 'page:many', rating: 5, comment: `comment ${i}`, author: 'me', createdAt: at(50 - i) }));
    const adapter = new MemoryAdapter({ seed: seed(many) });
    const el = await mount(adapter, { subject: 'page:many', pageSize: 2 });
    expect(items(el).map((i) => i.id)).to.deep.equal(['item-p4', 'item-p3']);
    button(root(el), 'Show more').click();
    await waitUntil(() => items(el).length === 4);
    expect(root(el).activeElement).to.equal(items(el)[2]);
    button(root(el), 'Show more').click();
    await waitUntil(() => items(el).length === 5);
    expect(() => button(root(el), 'Show more')).to.throw();
  });

  it('shows new feedback live, at the top', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const el = await mount(adapter, { subject: 'https://intranet.example/travel' });
    await adapter.as('newcomer').feedback.sendFeedback({ subject: 'https://intranet.example/travel', variant: 'helpful', rating: 1, comment: 'Just arrived' });
    await waitUntil(() => items(el).length === 3);
    expect(items(el)[0].textContent).to.contain('Just arrived');
    await waitUntil(() => text(el).includes('New feedback arrived.'), 'not announced');
    await waitUntil(() => figures(el)[0] === 'Feedback: 4');
  });

  it('shows hostile text as text', async () => {
    const adapter = new MemoryAdapter({ seed: seed([{ id: 'x', subject: HOSTILE, rating: 1, reason: HOSTILE, comment: HOSTILE, author: 'me' }]) });
    const el = await mount(adapter);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(text(el).split(HOSTILE).length - 1).to.equal(3);
    await type(el, items(el)[0], HOSTILE);
    button(items(el)[0], 'Respond').click();
    await waitUntil(() => items(el)[0].querySelector('[part="response"]'));
    expect(root(el).querySelector('img, script')).to.be.null;
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('asks for a response and enforces its length limit', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const el = await mount(adapter, { subject: 'https://intranet.example/travel' });
    const item = items(el)[0];
    button(item, 'Respond').click();
    await el.updateComplete;
    expect(item.querySelector('[role="alert"]')!.textContent).to.equal('Write a response first.');
    expect(root(el).activeElement).to.equal(item.querySelector('textarea'));
    await type(el, item, 'y'.repeat(LIMITS.note + 1));
    expect(item.textContent).to.contain(`Too long: ${(LIMITS.note + 1).toLocaleString('en')} of at most ${LIMITS.note.toLocaleString('en')} characters.`); // numbers via Intl
    button(item, 'Respond').click();
    await el.updateComplete;
    expect(adapter.calls.some((c) => c.method === 'respondToFeedback')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('keeps a response typed offline and sends it once when retried', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    const el = await mount(adapter, { subject: 'https://intranet.example/travel' });
    const item = items(el)[1];
    await type(el, item, 'Sent after the outage');
    adapter.offline = true;
    button(item, 'Respond').click();
    await waitUntil(() => item.querySelector('[role="alert"]'));
    expect(item.querySelector('[role="alert"]')!.textContent).to.contain('You are offline');
    expect(item.querySelector('textarea')!.value).to.equal('Sent after the outage');
    adapter.offline = false;
    button(item, 'Respond').click();
    await waitUntil(() => item.querySelector('[part="response"]'));
    const writes = adapter.calls.filter((c) => c.method === 'respondToFeedback');
    const keys = writes.map((c) => (c.args.at(-1) as { idempotencyKey: string }).idempotencyKey);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('shows a load error with a Retry button that works', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    adapter.failNext(new UnavailableError(), 1);
    const el = await mount(adapter);
    expect(text(el)).to.contain('The service cannot be reached right now.');
    await expect(el).to.be.accessible();
    button(root(el), 'Retry').click();
    await waitUntil(() => items(el).length === 3);
  });

  it('shows an empty inbox and stays axe-clean in the dark theme and in Arabic', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><confab-provider .adapter=${adapter}>
      <confab-feedback-inbox theme="dark"></confab-feedback-inbox></confab-provider></div>`);
    const el = wrapper.querySelector('confab-feedback-inbox')!;
    await waitUntil(() => text(el).includes('لا توجد ملاحظات هنا.'));
    expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });


  it('says "not available on this backend" without the feedback area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed: seed(FEEDBACK) });
    await expectAreaMissing(provide({ identity: adapter.identity }, html`<confab-feedback-inbox></confab-feedback-inbox>`), 'confab-feedback-inbox');
    await expectAreaMissing(provide(without(adapter, 'feedback'), html`<confab-feedback-inbox subject="https://intranet.example/travel"></confab-feedback-inbox>`), 'confab-feedback-inbox');
    expect(adapter.calls).to.deep.equal([]);
  });
});
