import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabAsk } from './ask.js';

const CTX = 'page:/a11y';

function seed(currentUser = 'me'): Seed {
  return {
    currentUser,
    people: [
      { id: 'me', name: 'Mia Member', roles: ['member'] },
      { id: 'kwame', name: 'Kwame Mensah', roles: ['member'] },
    ],
    questions: [
      { id: 'q-vpn', context: CTX, title: 'How do I reset my VPN password?', author: 'me', createdAt: '2026-01-01T09:00:00.000Z' },
      ...Array.from({ length: 3 }, (_, i) => ({ id: `q-${i}`, context: CTX, title: `Older question ${i}`, author: 'kwame', createdAt: `2025-12-0${i + 1}T09:00:00.000Z` })),
    ],
    answers: [{ id: 'a-1', questionId: 'q-vpn', body: 'Use the self-service portal.', author: 'kwame', createdAt: '2026-01-01T10:00:00.000Z' }],
  };
}

async function mount(adapter: MemoryAdapter, attrs = ''): Promise<ConfabAsk> {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-ask context=${CTX} limit="2" heading-level=${attrs || '2'}></confab-ask></confab-provider>`);
  const el = wrapper.querySelector('confab-ask')!;
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: ConfabAsk, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const active = (el: ConfabAsk) => el.shadowRoot!.activeElement as HTMLElement | null;
const live = (el: ConfabAsk) => el.shadowRoot!.querySelector<HTMLElement>('[data-confab-live]')!;
const listed = (el: ConfabAsk) => waitUntil(() => $(el, '.list'), 'list did not load');

/** Everything the widget's live region said while `run` ran. */
async function heard(el: ConfabAsk, run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const region = live(el);
  const observer = new MutationObserver(() => { if (region.textContent) said.push(region.textContent); });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  try {
    await run();
    await aTimeout(50);
  } finally {
    observer.disconnect();
  }
  return said;
}

async function type(el: ConfabAsk, selector: string, text: string): Promise<void> {
  $(el, selector)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function openThread(el: ConfabAsk, id = 'q-vpn'): Promise<void> {
  $(el, `[data-open="${id}"]`)!.click();
  await waitUntil(() => $(el, '.question'), 'thread did not load');
}

describe('<confab-ask> focus, announcements and honest states', () => {
  beforeEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('keeps focus on "Ask" while busy, then moves it to the question posted', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 50 });
    const el = await mount(adapter);
    await listed(el);
    await type(el, '#ask-title', 'Who runs the Friday demo?');
    const button = $<HTMLButtonElement>(el, '[part="ask-button"]')!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.disabled, 'never disabled').to.equal(false);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(active(el)).to.equal(button);
    await waitUntil(() => active(el)?.matches('.list a[data-open]'), 'focus did not move to the question posted');
    expect(active(el)!.textContent).to.equal('Who runs the Friday demo?');
    expect(document.activeElement).to.equal(el);
  });

  it('moves focus to the answer posted', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 20 });
    const el = await mount(adapter);
    await listed(el);
    await openThread(el);
    await type(el, '#ask-answer', 'Or call the help desk.');
    const post = $<HTMLButtonElement>(el, '[part="post-answer"]')!;
    post.focus();
    post.click();
    await el.updateComplete;
    expect(post.disabled).to.equal(false);
    await waitUntil(() => active(el)?.matches('li.answer'), 'focus did not move to the answer');
    expect(active(el)!.textContent).to.contain('Or call the help desk.');
  });

  it('moves focus to the first new question after "Show more"', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 20 });
    const el = await mount(adapter);
    await listed(el);
    const more = $<HTMLButtonElement>(el, '[part="show-more"]')!;
    more.focus();
    more.click();
    await el.updateComplete;
    expect(more.disabled).to.equal(false);
    await waitUntil(() => active(el)?.matches('.list a[data-open]'), 'focus did not move');
    expect(active(el)!.textContent).to.equal('Older question 1');
  });

  it('focuses, marks and describes the invalid field on an empty "Ask"', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    await listed(el);
    const button = $<HTMLButtonElement>(el, '[part="ask-button"]')!;
    button.focus();
    button.click();
    const title = $<HTMLInputElement>(el, '#ask-title')!;
    await waitUntil(() => active(el) === title, 'focus stayed on the button');
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    const message = el.shadowRoot!.getElementById(title.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('error'))!);
    expect(message!.textContent).to.contain('Please write your question.');
  });

  it('announces "Already asked?" suggestions, which sit after the details field', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    await listed(el);
    const said = await heard(el, async () => {
      await type(el, '#ask-title', 'VPN password');
      await waitUntil(() => $(el, '[part="similar"]'), 'no suggestions');
    });
    expect(said.join(' ')).to.contain('1 similar question found');
    $(el, '#ask-title')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)!.id, 'Tab goes from the title to the details').to.equal('ask-details');
  });

  it('does not announce the reader\'s own question from the offline queue as new, and says it went out', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.offline = true; // also: who is signed in is not known yet
    const el = await mount(adapter);
    await waitUntil(() => $(el, '[part="retry"]'));
    await type(el, '#ask-title', 'Is the canteen open on Sunday?');
    $(el, '[part="ask-button"]')!.click();
    await waitUntil(() => $(el, '[part="pending"]'), 'not queued');
    const said = await heard(el, async () => {
      adapter.offline = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !$(el, '[part="pending"]'), 'not delivered');
      await waitUntil(() => live(el).textContent, 'nothing said');
    });
    expect(said.join(' ')).to.contain('Your question was posted.');
    expect(said.join(' ')).not.to.contain('New question');
  });

  it('names controls with whose item they are for', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    await listed(el);
    await openThread(el);
    const accept = $(el, '[data-accept="a-1"]')!;
    expect(accept.getAttribute('aria-label')).to.equal("Accept Kwame Mensah's answer");
    expect(accept.textContent!.trim()).to.equal('Accept');
    const vote = $(el, '[data-vote="answer:a-1"]')!;
    expect(vote.textContent!.replace('▲', '').replace(/\s+/g, ' ').trim()).to.equal("Upvote Kwame Mensah's answer, 0 votes");
  });

  it('queues a vote made offline: pressed, "Will count when you are back online", then counted', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    await openThread(el);
    adapter.offline = true;
    const vote = $<HTMLButtonElement>(el, '[data-vote="answer:a-1"]')!;
    vote.click();
    await waitUntil(() => vote.getAttribute('aria-describedby'), 'no note');
    expect(vote.getAttribute('aria-pressed')).to.equal('true');
    const note = el.shadowRoot!.getElementById(vote.getAttribute('aria-describedby')!)!;
    expect(note.textContent).to.equal('Will count when you are back online');
    expect(note.closest('.actions'), 'next to the control').to.equal(vote.closest('.actions'));
    expect(el.shadowRoot!.textContent).not.to.contain('could not be saved');
    const said = await heard(el, async () => {
      adapter.offline = false;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => !vote.getAttribute('aria-describedby'), 'never delivered');
    });
    expect(said.join(' ')).to.contain('Your vote was counted.');
    expect(vote.getAttribute('aria-pressed')).to.equal('true');
    expect((await adapter.questions.getQuestion('q-vpn')).answers[0]!.votes).to.equal(1);
  });

  it('does not let people vote on their own answer, and says why', async () => {
    const adapter = new MemoryAdapter({ seed: seed('kwame') });
    const el = await mount(adapter);
    await listed(el);
    await openThread(el);
    const vote = $<HTMLButtonElement>(el, '[data-vote="answer:a-1"]')!;
    expect(vote.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.getElementById(vote.getAttribute('aria-describedby')!)!.textContent).to.equal('You cannot vote on your own answer.');
    vote.click();
    await aTimeout(20);
    expect(adapter.calls.some((c) => c.method === 'setVote')).to.equal(false);
    expect(vote.getAttribute('aria-pressed')).to.equal('false');
  });

  it('says what is true when a thread is opened offline, and loads it when back', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await listed(el);
    adapter.offline = true;
    $(el, '[data-open="q-vpn"]')!.click();
    await waitUntil(() => $(el, '.thread [role="alert"]'));
    expect($(el, '.thread [role="alert"]')!.textContent).to.contain('You are offline; this will load when you are back');
    expect($(el, '.thread')!.textContent).not.to.contain('What you wrote is kept');
    adapter.offline = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $(el, '.question'), 'did not load when back');
  });

  it('makes question titles links, and "Back to questions" adds no history entry that reopens the thread', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    await listed(el);
    const link = $<HTMLAnchorElement>(el, '[data-open="q-vpn"]')!;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('#confab-q=q-vpn');
    const before = history.length;
    await openThread(el);
    expect(history.length).to.equal(before + 1);
    $(el, '.back')!.click();
    await el.updateComplete;
    expect(history.length, 'no new entry').to.equal(before + 1);
    expect(location.hash).to.equal('');
    history.back();
    await aTimeout(100);
    expect($(el, '.thread'), 'Back does not reopen the thread').to.equal(null);
  });

  it('takes its heading levels from heading-level', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }), '3');
    await listed(el);
    expect($(el, '[part="heading"]')!.localName).to.equal('h3');
    expect($(el, '#ask-list-h')!.localName).to.equal('h4');
    expect($(el, '#ask-composer-h')!.localName).to.equal('h4');
    await openThread(el);
    expect($(el, '#ask-thread-title')!.localName).to.equal('h4');
    expect($(el, '#ask-answers-h')!.localName).to.equal('h5');
  });
});
