import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ForbiddenError, MemoryAdapter, UnavailableError, ValidationError, type Adapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabAsk } from './ask.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

const CTX = 'page:/handbook';
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[x](javascript:alert(1))',
  '![y](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+)',
  '<a href="javascript:alert(1)" onclick="alert(1)">click</a>',
  '<div><b>broken <i>html <svg><script>alert(1)</script>',
  '[ok](https://example.com/safe)',
].join('\n\n');

function seed(): Seed {
  return {
    currentUser: 'me',
    people: [
      { id: 'me', name: 'Mia Member', roles: ['member'], availability: 'available' },
      { id: 'other', name: 'Olu Other', roles: ['member'] },
      { id: 'kim', name: 'Kim Expert', roles: ['member'], skills: [{ name: 'vpn', endorsedBy: ['other'] }, 'security'] },
      { id: 'mod', name: 'Mo Moderator', roles: ['member', 'moderator'] },
    ],
    questions: [
      { id: 'q-vpn', context: CTX, title: 'How do I reset my VPN password?', body: 'The **VPN** client says it expired.', tags: ['vpn'], author: 'other', createdAt: '2026-01-01T09:00:00.000Z' },
      { id: 'q-travel', context: CTX, title: 'Where is the travel policy?', body: 'I need to book a flight.', tags: ['travel'], author: 'me', createdAt: '2026-01-02T09:00:00.000Z' },
      { id: 'q-evil', context: 'page:/evil', title: '<img src=x onerror="alert(1)"> title', body: HOSTILE, author: 'other', createdAt: '2026-01-03T09:00:00.000Z' },
    ],
    answers: [
      { id: 'a-vpn', questionId: 'q-vpn', body: 'Use the self-service portal.', author: 'kim', createdAt: '2026-01-01T10:00:00.000Z' },
      { id: 'a-evil', questionId: 'q-evil', body: HOSTILE, author: 'kim', createdAt: '2026-01-03T10:00:00.000Z' },
    ],
  };
}

async function mount(adapter: Adapter, attrs: { context?: string; tags?: string; limit?: number; sort?: string } = {}): Promise<ConfabAsk> {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-ask context=${attrs.context ?? CTX} tags=${attrs.tags ?? ''} limit=${attrs.limit ?? 10} sort=${attrs.sort ?? 'new'}></confab-ask>
  </confab-provider>`);
  const el = wrapper.querySelector('confab-ask')!;
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ConfabAsk, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
const $$ = (el: ConfabAsk, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (el: ConfabAsk) => $$(el, '.list .title').map((b) => b.textContent!.trim());
const listed = (el: ConfabAsk) => waitUntil(() => $(el, '.list') || $(el, '[part="empty"]'), 'list did not load');
const active = (el: ConfabAsk) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab (or Shift+Tab) until the focused element in the widget matches. */
async function tabTo(el: ConfabAsk, match: (e: HTMLElement) => boolean, back = false): Promise<HTMLElement> {
  for (let i = 0; i < 60; i++) {
    const a = active(el);
    if (a && match(a)) return a;
    await sendKeys({ press: back ? 'Shift+Tab' : 'Tab' });
  }
  throw new Error('focus never reached the element');
}

async function typeInto(el: ConfabAsk, selector: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, selector)!;
  field.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function threadLoaded(el: ConfabAsk): Promise<void> {
  await waitUntil(() => $(el, '.question h3'), 'thread did not load');
}

describe('<confab-ask>', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });
  afterEach(() => {
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it('lists the questions of its context with asker, age, votes, answers and the answered mark; axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: { ...seed(), questions: seed().questions!.map((q) => (q.id === 'q-vpn' ? { ...q, acceptedAnswerId: 'a-vpn' } : q)) } });
    const el = await mount(adapter);
    await listed(el);
    expect(titles(el)).to.deep.equal(['Where is the travel policy?', 'How do I reset my VPN password?']);
    const vpn = $(el, '[data-id="q-vpn"]')!;
    expect(vpn.textContent).to.contain('asked by Olu Other').and.contain('1 answer').and.contain('0 votes').and.contain('Answered');
    expect(vpn.querySelector('time')!.getAttribute('datetime')).to.equal('2026-01-01T09:00:00.000Z');
    expect($(el, '[data-id="q-travel"]')!.textContent).not.to.contain('Answered');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then the empty state "Be the first to ask"; both axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 300 });
    const el = await mount(adapter, { context: 'page:/nothing-here' });
    expect($(el, '[role="status"][aria-busy="true"]')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, '[part="empty"]'), 'no empty state', { timeout: 3000 });
    expect($(el, '[part="empty"]')!.textContent).to.contain('Be the first to ask');
    await expect(el).to.be.accessible();
  });

  it('shows an error with Retry, which recovers; axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.failNext(new UnavailableError('down'), 2);
    const el = await mount(adapter);
    await waitUntil(() => $(el, '[part="retry"]'), 'no retry');
    expect($(el, '[role="alert"]')!.textContent).to.contain('cannot be reached');
    await expect(el).to.be.accessible();
    $(el, '[part="retry"]')!.click();
    await waitUntil(() => $(el, '.list'), 'no recovery');
    expect(titles(el)).to.have.length(2);
  });

  it('keyboard only: ask → answer → accept', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await tabTo(el, (e) => e.id === 'ask-title');
    await sendKeys({ type: 'How do I order a new laptop?' });
    await sendKeys({ press: 'Tab' });
    await tabTo(el, (e) => e.id === 'ask-details');
    await sendKeys({ type: 'Mine is *five* years old.' });
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id).to.equal('ask-tags');
    await sendKeys({ type: 'hardware, it' });
    const asked = oneEvent(el, 'confab-question-asked');
    await tabTo(el, (e) => e.textContent!.trim() === 'Ask');
    await sendKeys({ press: 'Enter' });
    const { detail } = await asked;
    expect(detail.question).to.include({ title: 'How do I order a new laptop?', body: 'Mine is *five* years old.', context: CTX });
    expect(detail.question.tags).to.deep.equal(['hardware', 'it']);
    await waitUntil(() => titles(el).includes('How do I order a new laptop?'));
    expect($<HTMLInputElement>(el, '#ask-title')!.value).to.equal('');

    await tabTo(el, (e) => e.textContent!.trim() === 'How do I order a new laptop?');
    await sendKeys({ press: 'Enter' });
    await threadLoaded(el);
    expect(location.hash).to.equal(`#confab-q=${detail.question.id}`);
    await tabTo(el, (e) => e.id === 'ask-answer');
    await sendKeys({ type: 'Use the **IT shop**.' });
    const posted = oneEvent(el, 'confab-answer-posted');
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.textContent!.trim()).to.equal('Post answer');
    await sendKeys({ press: 'Enter' });
    const p = await posted;
    expect(p.detail.answer.body).to.equal('Use the **IT shop**.');
    expect(p.detail.question.id).to.equal(detail.question.id);
    await waitUntil(() => $(el, '[data-accept]'));

    const accepted = oneEvent(el, 'confab-answer-accepted');
    await tabTo(el, (e) => e.hasAttribute('data-accept'), true);
    await sendKeys({ press: 'Enter' });
    const a = await accepted;
    expect(a.detail.answer!.id).to.equal(p.detail.answer.id);
    expect(a.detail.question.acceptedAnswerId).to.equal(p.detail.answer.id);
    await waitUntil(() => $(el, '[part~="accepted-mark"]'));
    expect(active(el)!.getAttribute('data-accept')).to.equal(p.detail.answer.id);
    expect(active(el)!.textContent!.trim()).to.equal('Withdraw acceptance');
    await expect(el).to.be.accessible();
  });

  it('renders hostile input inert (scripts, event handlers, javascript: and data: URLs, broken HTML)', async () => {
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (m?: unknown) => void alerts.push(m);
    try {
      const adapter = new MemoryAdapter({ seed: seed() });
      const el = await mount(adapter, { context: 'page:/evil' });
      await listed(el);
      expect(titles(el)[0]).to.equal('<img src=x onerror="alert(1)"> title');
      $(el, '[data-open="q-evil"]')!.click();
      await threadLoaded(el);
      await waitUntil(() => $(el, '.markdown a[href="https://example.com/safe"]'), 'markdown not rendered');
      await aTimeout(50);
      const all = $$(el, '*');
      expect(all.filter((n) => n.localName === 'script'), 'script elements').to.have.length(0);
      expect(all.flatMap((n) => [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${n.localName}[${a.name}]`)), 'on* attributes').to.deep.equal([]);
      for (const n of all) {
        for (const attr of ['href', 'src', 'xlink:href']) {
          const v = (n.getAttribute(attr) ?? '').trim().toLowerCase();
          expect(v.startsWith('javascript:') || v.startsWith('data:'), `${n.localName}[${attr}]=${v}`).to.equal(false);
        }
      }
      const safe = $(el, '.markdown a[href="https://example.com/safe"]')!;
      expect(safe.getAttribute('rel')).to.equal('noopener noreferrer ugc');
      expect(alerts).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      window.alert = original;
    }
  });

  it('keeps a question typed while the adapter fails and sends it exactly once when back', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    adapter.offline = true;
    await typeInto(el, '#ask-title', 'Is the canteen open on Sunday?');
    const asked = oneEvent(el, 'confab-question-asked');
    $(el, '[part="ask-button"]')!.click();
    await waitUntil(() => $(el, '[part="pending"]'), 'not kept');
    expect($(el, '[part="pending"]')!.textContent).to.contain('Is the canteen open on Sunday?');
    await expect(el).to.be.accessible();
    let delivered = 0;
    el.addEventListener('confab-question-asked', () => delivered++);
    adapter.offline = false;
    adapter.failNext(new UnavailableError('still down'), 1);
    const askCalls = () => adapter.calls.filter((c) => c.method === 'askQuestion').length;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => askCalls() === 2);
    await aTimeout(20);
    expect($(el, '[part="pending"]'), 'kept after a second failure').to.exist;
    // Each "online" retries unless a retry is already under way.
    await waitUntil(() => { window.dispatchEvent(new Event('online')); return delivered > 0; }, 'never delivered', { interval: 50 });
    await asked;
    await waitUntil(() => !$(el, '[part="pending"]'));
    window.dispatchEvent(new Event('online'));
    await aTimeout(50);
    expect(delivered).to.equal(1);
    const all = await adapter.questions.listQuestions({ context: CTX, limit: 100 });
    expect(all.items.filter((q) => q.title === 'Is the canteen open on Sunday?')).to.have.length(1);
    expect(titles(el).filter((t) => t === 'Is the canteen open on Sunday?')).to.have.length(1);
  });

  it('keeps what was typed when the backend refuses a question, with the field message', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await typeInto(el, '#ask-title', 'A refused question');
    adapter.failNext(new ValidationError({ title: 'Too vague' }), 1);
    $(el, '[part="ask-button"]')!.click();
    await waitUntil(() => $(el, '#ask-title-error'));
    expect($(el, '#ask-title-error')!.textContent).to.contain('Too vague');
    expect($<HTMLInputElement>(el, '#ask-title')!.value).to.equal('A refused question');
    expect(localStorage.getItem(`confab:draft:ask:${CTX}:title`)).to.equal('A refused question');
  });

  it('shows someone else\'s question, answer and vote live without moving focus, and announces them', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const other = adapter.as('other');
    const el = await mount(adapter);
    await listed(el);
    await typeInto(el, '#ask-title', 'Half-typed');
    const input = $<HTMLInputElement>(el, '#ask-title')!;
    expect(active(el)).to.equal(input);
    await other.questions.askQuestion({ context: CTX, title: 'Who runs the Friday demo?' });
    await waitUntil(() => titles(el).includes('Who runs the Friday demo?'), 'live question missing');
    expect(active(el)).to.equal(input);
    expect(input.value).to.equal('Half-typed');
    await waitUntil(() => $(el, '.visually-hidden[role="status"]')!.textContent!.includes('Who runs the Friday demo?'));

    $(el, '[data-open="q-vpn"]')!.click();
    await threadLoaded(el);
    const vote = $<HTMLButtonElement>(el, '[data-vote="question:q-vpn"]')!;
    vote.focus();
    await other.questions.answerQuestion('q-vpn', { body: 'Ask the service desk.' });
    await other.votes.setVote({ kind: 'question', id: 'q-vpn' }, true);
    await waitUntil(() => $$(el, '.answer').length === 2, 'live answer missing');
    await waitUntil(() => vote.textContent!.includes('1 vote'), 'live vote missing');
    expect(vote.getAttribute('aria-pressed')).to.equal('false');
    expect(active(el)).to.equal(vote);
    expect(vote.isConnected).to.equal(true);
    await waitUntil(() => $(el, '.visually-hidden[role="status"]')!.textContent!.includes('Olu Other'));
    await other.questions.acceptAnswer('q-vpn', 'a-vpn');
    await waitUntil(() => $(el, '[part~="accepted-mark"]'));
    expect(active(el)).to.equal(vote);
  });

  it('suggests similar questions and experts while typing; ticked experts are notified', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await typeInto(el, '#ask-title', 'VPN password');
    await waitUntil(() => $(el, '[part="similar"]'), 'no similar questions');
    expect($(el, '[part="similar"]')!.textContent).to.contain('Already asked?').and.contain('How do I reset my VPN password?');
    await waitUntil(() => $(el, '[part="experts"]'), 'no experts');
    const box = $<HTMLInputElement>(el, '#ask-notify-kim')!;
    expect(el.shadowRoot!.querySelector('label[for="ask-notify-kim"]')!.textContent).to.equal('Notify Kim Expert');
    expect($(el, 'confab-expert-badge[person="kim"]')!.hasAttribute('compact')).to.equal(true);
    await expect(el).to.be.accessible();
    // Typing on while a look-up is in flight aborts the stale one.
    adapter.latency = 600;
    const similarCalls = () => adapter.calls.filter((c) => c.method === 'similarQuestions');
    const before = similarCalls().length;
    await sendKeys({ type: ' reset' });
    await waitUntil(() => similarCalls().length === before + 1);
    await sendKeys({ type: ' now' });
    await waitUntil(() => similarCalls().length === before + 2);
    const stale = similarCalls()[before].args[2] as { signal: AbortSignal };
    expect(stale.signal.aborted).to.equal(true);
    adapter.latency = 0;
    await aTimeout(700);
    box.click();
    await el.updateComplete;
    const asked = oneEvent(el, 'confab-question-asked');
    $(el, '[part="ask-button"]')!.click();
    const { detail } = await asked;
    expect(detail.question.routedTo.map((p: { id: string }) => p.id)).to.deep.equal(['kim']);
  });

  it('opens a similar question in place', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await typeInto(el, '#ask-title', 'travel policy');
    await waitUntil(() => $(el, '[part="similar"] a'));
    $(el, '[part="similar"] a')!.click();
    await threadLoaded(el);
    expect($(el, '.question h3')!.textContent).to.equal('Where is the travel policy?');
  });

  it('addresses the composer to an expert on confab-ask-expert, focusing the title', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    $(el, '[data-open="q-vpn"]')!.click();
    await threadLoaded(el);
    document.body.dispatchEvent(new CustomEvent('confab-ask-expert', { detail: { person: { id: 'kim', name: 'Kim Expert' } }, bubbles: true, composed: true }));
    await waitUntil(() => $(el, '#ask-notify-kim'));
    expect($<HTMLInputElement>(el, '#ask-notify-kim')!.checked).to.equal(true);
    await waitUntil(() => active(el)?.id === 'ask-title', 'title not focused');
    expect($(el, '.thread')).to.equal(null);
  });

  it('lets only the nearest (else the first) <confab-ask> react to confab-ask-expert', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
      <confab-ask context="page:/one"></confab-ask><section><confab-ask context="page:/two"></confab-ask></section>
    </confab-provider>`);
    const [first, second] = [...wrapper.querySelectorAll('confab-ask')];
    await listed(first);
    await listed(second);
    const ask = (target: EventTarget, id: string) => target.dispatchEvent(new CustomEvent('confab-ask-expert', { detail: { person: { id, name: id } }, bubbles: true, composed: true }));
    ask(second.parentElement!.appendChild(document.createElement('span')), 'kim');
    ask(second, 'other');
    await first.updateComplete;
    await second.updateComplete;
    expect($(first, '#ask-notify-kim'), 'outside every ask: the first on the page').to.exist;
    expect($(second, '#ask-notify-kim')).to.equal(null);
    expect($(first, '#ask-notify-other')).to.equal(null);
    expect($(second, '#ask-notify-other'), 'the event came from inside the second').to.exist;
    ask(document.body, 'mod');
    await first.updateComplete;
    await second.updateComplete;
    expect($(first, '#ask-notify-mod'), 'from outside: the first on the page').to.exist;
    expect($(second, '#ask-notify-mod')).to.equal(null);
  });

  it('opens a thread from the URL hash, clears it with Back, and follows history', async () => {
    history.replaceState(null, '', '#confab-q=q-vpn');
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await threadLoaded(el);
    expect($(el, '.question h3')!.textContent).to.equal('How do I reset my VPN password?');
    expect($$(el, '.answer')).to.have.length(1);
    await expect(el).to.be.accessible();
    $(el, '[part="back"]')!.click();
    await el.updateComplete;
    expect(location.hash).to.equal('');
    expect($(el, '.thread')).to.equal(null);
    await waitUntil(() => active(el)?.getAttribute('data-open') === 'q-vpn', 'focus not back on the question');
    history.replaceState(null, '', '#confab-q=q-travel');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await threadLoaded(el);
    expect($(el, '.question h3')!.textContent).to.equal('Where is the travel policy?');
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect($(el, '.thread')).to.equal(null);
  });

  it('toggles up-votes optimistically and rolls back visibly when refused', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    $(el, '[data-open="q-vpn"]')!.click();
    await threadLoaded(el);
    const vote = $<HTMLButtonElement>(el, '[data-vote="answer:a-vpn"]')!;
    expect(vote.textContent!.replace(/\s+/g, ' ')).to.match(/^Upvote Kim Expert's answer, ▲ 0 votes$/);
    expect($(el, '[data-vote="question:q-vpn"]')!.textContent).to.contain('Upvote question');
    vote.click();
    await el.updateComplete;
    expect(vote.getAttribute('aria-pressed')).to.equal('true');
    expect(vote.textContent).to.contain('1 vote');
    // A later call on the adapter answers after the vote did: the vote has passed the adapter.
    expect((await adapter.questions.getQuestion('q-vpn')).answers[0].myVote).to.equal(true);
    adapter.failNext(new ForbiddenError(), 1);
    vote.click();
    await el.updateComplete;
    expect(vote.getAttribute('aria-pressed')).to.equal('false');
    await waitUntil(() => $(el, '.thread [role="alert"]'), 'no rollback message');
    expect(vote.getAttribute('aria-pressed')).to.equal('true');
    expect(vote.textContent).to.contain('1 vote');
    expect($(el, '.thread [role="alert"]')!.textContent).to.contain('could not be saved');
    // Only the asker or a moderator sees Accept.
    expect($(el, '[data-accept]')).to.equal(null);
  });

  it('orders answers accepted first, then by votes, and offers Accept to a moderator', async () => {
    const base = seed();
    base.answers!.push(
      { id: 'a-old', questionId: 'q-vpn', body: 'Old answer.', author: 'other', createdAt: '2026-01-01T09:30:00.000Z' },
      { id: 'a-top', questionId: 'q-vpn', body: 'Voted answer.', author: 'me', createdAt: '2026-01-01T11:00:00.000Z' },
    );
    base.questions = base.questions!.map((q) => (q.id === 'q-vpn' ? { ...q, acceptedAnswerId: 'a-vpn' } : q));
    base.votes = [{ kind: 'answer', id: 'a-top', by: 'kim' }];
    const adapter = new MemoryAdapter({ seed: base, user: 'mod' });
    const el = await mount(adapter);
    await listed(el);
    $(el, '[data-open="q-vpn"]')!.click();
    await threadLoaded(el);
    expect($$(el, '.answer').map((a) => a.dataset.id)).to.deep.equal(['a-vpn', 'a-top', 'a-old']);
    expect($$(el, '[data-accept]')).to.have.length(3);
    expect($(el, '[data-accept="a-vpn"]')!.textContent!.trim()).to.equal('Withdraw acceptance');
  });

  it('keeps an answer written offline and sends it once when back', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    $(el, '[data-open="q-travel"]')!.click();
    await threadLoaded(el);
    await typeInto(el, '#ask-answer', 'On the HR pages.');
    expect(localStorage.getItem(`confab:draft:ask:${CTX}:answer:q-travel`)).to.equal('On the HR pages.');
    adapter.offline = true;
    $(el, '[part="post-answer"]')!.click();
    await waitUntil(() => $(el, '.thread [part="pending"]'));
    adapter.offline = false;
    const posted = oneEvent(el, 'confab-answer-posted');
    window.dispatchEvent(new Event('online'));
    await posted;
    await waitUntil(() => $$(el, '.answer').length === 1);
    const thread = await adapter.questions.getQuestion('q-travel');
    expect(thread.answers).to.have.length(1);
  });

  it('pages with "Show more", sorts, and falls back from bad attributes with a warning', async () => {
    const questions = Array.from({ length: 5 }, (_, i) => ({
      id: `q-${i}`, context: 'page:/many', title: `Question ${i}`, author: 'other', createdAt: `2026-02-0${i + 1}T09:00:00.000Z`,
    }));
    const adapter = new MemoryAdapter({ seed: { ...seed(), questions, votes: [{ kind: 'question', id: 'q-1', by: 'kim' }] } });
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...a: unknown[]) => void warnings.push(a);
    let el: ConfabAsk;
    try {
      el = await mount(adapter, { context: 'page:/many', limit: 2, sort: 'sideways' });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    await listed(el);
    expect(titles(el)).to.deep.equal(['Question 4', 'Question 3']);
    $(el, '[part="show-more"]')!.click();
    await waitUntil(() => titles(el).length === 4);
    $(el, '[part="show-more"]')!.click();
    await waitUntil(() => titles(el).length === 5);
    expect($(el, '[part="show-more"]')).to.equal(null);
    const select = $<HTMLSelectElement>(el, '#ask-sort')!;
    select.value = 'votes';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(el)[0] === 'Question 1');
    expect(el.sort).to.equal('votes');
  });

  it('shows the offline state and is axe-clean in the dark theme', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.offline = true;
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-ask theme="dark" context=${CTX}></confab-ask></confab-provider>`);
    const el = wrapper.querySelector('confab-ask')!;
    await waitUntil(() => $(el, '[part="retry"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('You are offline');
    await expect(el).to.be.accessible();
    adapter.offline = false;
    $(el, '[part="retry"]')!.click();
    await listed(el);
    await expect(el).to.be.accessible();
  });

  it('renders in Arabic, right to left', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><confab-provider .adapter=${adapter}><confab-ask context=${CTX}></confab-ask></confab-provider></div>`);
    const el = wrapper.querySelector('confab-ask')!;
    await listed(el);
    await el.updateComplete; // the Arabic table is its own module, loaded on first use
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect($(el, '[part="ask-button"]')!.textContent!.trim()).to.equal('اسأل');
    await expect(el).to.be.accessible();
  });


  it('says "not available on this backend" without the questions or votes area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    await expectAreaMissing(provide({ identity: adapter.identity }, html`<confab-ask context=${CTX}></confab-ask>`), 'confab-ask');
    await expectAreaMissing(provide(without(adapter, 'votes'), html`<confab-ask context=${CTX}></confab-ask>`), 'confab-ask');
    expect(adapter.calls).to.deep.equal([]);
  });

  it('works without the people and live areas: similar questions but no experts, and asking still works', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(without(adapter, 'people', 'live'));
    await listed(el);
    await typeInto(el, '#ask-title', 'VPN password');
    await waitUntil(() => $(el, '[part="similar"]'), 'no similar questions');
    await aTimeout(300);
    expect($(el, '[part="experts"]')).to.equal(null);
    expect(adapter.calls.some((c) => c.method === 'suggestExperts' || c.method === 'subscribe')).to.equal(false);
    const asked = oneEvent(el, 'confab-question-asked');
    $(el, '[part="ask-button"]')!.click();
    const { detail } = await asked;
    expect(detail.question.title).to.equal('VPN password');
    await expect(el).to.be.accessible();
  });

  it('follows the page: "Follow" in the list header turns "Following" (aria-pressed) and is stored', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await waitUntil(() => $(el, '.list-header button[part="follow"]'), 'no Follow button');
    const follow = $<HTMLButtonElement>(el, '.list-header button[part="follow"]')!;
    expect(follow.textContent!.trim()).to.equal('Follow');
    expect(follow.getAttribute('aria-pressed')).to.equal('false');
    follow.click();
    await waitUntil(() => follow.getAttribute('aria-pressed') === 'true', 'not pressed');
    expect(follow.textContent!.trim()).to.equal('Following');
    expect(await adapter.notifications.following({ kind: 'context', id: CTX })).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
