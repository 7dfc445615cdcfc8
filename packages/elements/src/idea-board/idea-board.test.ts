import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, UnavailableError } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaBoard } from './idea-board.js';
import type { ConfabIdeaCard } from '../idea-card/idea-card.js';
import { ideaSeed, largeIdeaSeed } from '../../../../stories/fixtures/idea-seed.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

async function mount(adapter: MemoryAdapter, attrs: { campaign?: string; sort?: string; status?: string } = { campaign: 'c1' }): Promise<ConfabIdeaBoard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-board campaign=${attrs.campaign ?? ''}
    sort=${attrs.sort ?? 'top'} status=${attrs.status ?? ''}></confab-idea-board></confab-provider>`);
  const board = provider.querySelector('confab-idea-board')!;
  await waitUntil(() => board.shadowRoot!.querySelector('h2:not(.visually-hidden)') && !board.shadowRoot!.querySelector('.message[role="status"]'), 'board loaded');
  await Promise.all(cards(board).map((c) => c.updateComplete));
  return board;
}

const $ = <T extends Element = HTMLElement>(root: Element, sel: string) => root.shadowRoot!.querySelector<T>(sel)!;
const cards = (board: ConfabIdeaBoard) => [...board.shadowRoot!.querySelectorAll<ConfabIdeaCard>('confab-idea-card')];
const titles = (board: ConfabIdeaBoard) => cards(board).map((c) => c.shadowRoot!.querySelector('h3')?.textContent);
const count = (card: ConfabIdeaCard) => card.shadowRoot!.querySelector('.count')!.textContent!.trim();

function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function tabTo(sel: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (deepActive()?.matches(sel)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not tab to ${sel}`);
}

beforeEach(() => localStorage.clear());

describe('<confab-idea-board>', () => {
  it('shows the campaign, its purpose, the form and a page of cards without a request per card', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    expect($(board, 'h2').textContent).to.equal('Greener offices');
    expect($(board, '[part="purpose"]').textContent).to.contain('Why we ask').and.contain('halve the energy');
    expect($(board, 'header .chip').textContent).to.equal('Open for ideas');
    expect($(board, 'input[name="title"]')).to.exist;
    expect(titles(board)).to.deep.equal(['Motion sensors for meeting room lights', 'Turn off monitors at night', 'Solar panels on the car park roof']);
    const methods = adapter.calls.map((c) => c.method).filter((m) => m !== 'subscribe');
    expect(methods.filter((m) => m === 'getIdea' || m === 'currentUser').length).to.be.at.most(1);
    await expect(board).to.be.accessible();
  });

  it('submits an idea with the keyboard only', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    await tabTo('input[name="title"]');
    await sendKeys({ type: 'Bike racks in the garage' });
    await tabTo('textarea[name="description"]');
    await sendKeys({ type: 'Room for **twenty** bikes.' });
    await tabTo('input[name="tags"]');
    await sendKeys({ type: 'bikes, parking' });
    await tabTo('.form button[type="submit"]');
    expect(deepActive()!.textContent).to.equal('Submit idea');
    const submitted = oneEvent(board, 'confab-idea-submitted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await submitted;
    expect(detail.idea).to.include({ title: 'Bike racks in the garage', body: 'Room for **twenty** bikes.', campaignId: 'c1' });
    expect(detail.idea.tags).to.deep.equal(['bikes', 'parking']);
    await board.updateComplete;
    expect(titles(board)[0]).to.equal('Bike racks in the garage');
    expect($<HTMLInputElement>(board, 'input[name="title"]').value).to.equal('');
    expect($(board, '#form-status').textContent).to.contain('submitted');
    await expect(board).to.be.accessible();
  });

  it('refuses an idea without a title and says why', async () => {
    const board = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    $<HTMLButtonElement>(board, '.form button[type="submit"]').click();
    await waitUntil(() => $(board, '#idea-title-help .field-error'));
    expect($(board, '#idea-title-help').textContent).to.contain('Give your idea a title');
    expect($(board, 'input[name="title"]').getAttribute('aria-invalid')).to.equal('true');
    expect(board.shadowRoot!.activeElement?.id).to.equal('idea-title');
    await expect(board).to.be.accessible();
  });

  it('shows similar ideas while the title is typed, each with a vote button', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), latency: 20 });
    const board = await mount(adapter);
    $<HTMLInputElement>(board, 'input[name="title"]').focus();
    await sendKeys({ type: 'motion sensor lights' });
    await waitUntil(() => $(board, '[part="similar"]'), 'similar ideas shown', { timeout: 3000 });
    const similar = $(board, '[part="similar"]');
    expect(similar.textContent).to.contain('Motion sensors for meeting room lights');
    const calls = adapter.calls.filter((c) => c.method === 'similarIdeas');
    expect(calls.length).to.be.lessThan(4); // debounced, not one per key
    expect(calls.at(-1)!.args[0]).to.equal('motion sensor lights');
    const vote = similar.querySelector<HTMLButtonElement>('button.vote')!;
    expect(vote.textContent).to.contain('Vote for Motion sensors');
    expect(vote.getAttribute('aria-pressed')).to.equal('false');
    vote.click();
    await waitUntil(() => $(board, '[part="similar"] button.vote').getAttribute('aria-pressed') === 'true');
    expect((await adapter.ideas.getIdea('i1')).myVote).to.equal(true);
    await expect(board).to.be.accessible();
  });

  it('sends a vote on a similar idea kept offline on an earlier visit, before anything is typed', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const key = 'confab:outbox:idea-board:c1:votes';
    localStorage.setItem(key, JSON.stringify([
      { key: 'earlier-visit-vote', payload: { target: { kind: 'idea', id: 'i1' }, on: true }, at: '2026-12-02T08:00:00.000Z' },
    ]));
    try {
      await mount(adapter);
      await waitUntil(() => localStorage.getItem(key) === null, 'the kept vote was sent', { timeout: 3000 });
      expect((await adapter.ideas.getIdea('i1')).myVote).to.equal(true);
    } finally {
      localStorage.removeItem(key);
    }
  });

  it('aborts a stale similar-ideas look-up', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), latency: 400 });
    const board = await mount(adapter);
    adapter.latency = 400;
    const input = $<HTMLInputElement>(board, 'input[name="title"]');
    input.value = 'solar panels';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => adapter.calls.some((c) => c.method === 'similarIdeas'), 'first look-up started', { timeout: 2000 });
    input.value = 'monitors at night';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => $(board, '[part="similar"]'), 'similar shown', { timeout: 3000 });
    expect($(board, '[part="similar"]').textContent).to.contain('Turn off monitors').and.not.contain('Solar');
  });

  it('sorts and filters by status', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    const sort = $<HTMLSelectElement>(board, '#sort');
    sort.value = 'new';
    sort.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(board)[0] === 'Solar panels on the car park roof', 'sorted by newest');
    expect(board.sort).to.equal('new');
    const status = $<HTMLSelectElement>(board, '#status-filter');
    status.value = 'planned';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(board).length === 1, 'filtered');
    expect(titles(board)).to.deep.equal(['Motion sensors for meeting room lights']);
    status.value = 'declined';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => cards(board).length === 0 && $(board, '.message:not([role])'), 'empty');
    expect(board.shadowRoot!.textContent).to.contain('No ideas with this status');
    await expect(board).to.be.accessible();
  });

  it('shows a closed campaign without a submit form', async () => {
    const board = await mount(new MemoryAdapter({ seed: ideaSeed() }), { campaign: 'c2' });
    expect($(board, 'header .chip').textContent).to.equal('Closed');
    expect(board.shadowRoot!.querySelector('form')).to.equal(null);
    expect(board.shadowRoot!.textContent).to.contain('closed and takes no new ideas');
    expect(titles(board)).to.deep.equal(['A barbecue on the roof']);
    await expect(board).to.be.accessible();
  });

  it('without a campaign shows and takes ideas that belong to none', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter, {});
    expect($(board, 'h2').textContent).to.equal('Ideas');
    expect(titles(board)).to.deep.equal(['Standing desks for everyone']);
    const input = $<HTMLInputElement>(board, 'input[name="title"]');
    input.value = 'Quiet room';
    input.dispatchEvent(new Event('input'));
    const submitted = oneEvent(board, 'confab-idea-submitted');
    $<HTMLButtonElement>(board, '.form button[type="submit"]').click();
    expect((await submitted).detail.idea.campaignId).to.equal(null);
    await expect(board).to.be.accessible();
  });

  it('keeps an idea submitted offline and sends it once when back online', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    adapter.offline = true;
    const input = $<HTMLInputElement>(board, 'input[name="title"]');
    input.value = 'Offline idea';
    input.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(board, '.form button[type="submit"]').click();
    await waitUntil(() => $(board, '[part="pending"]'), 'kept as pending');
    expect($(board, '[part="pending"]').textContent).to.contain('Offline idea');
    expect($(board, '#form-status').textContent).to.contain('offline');
    await expect(board).to.be.accessible();
    adapter.offline = false;
    const submitted = oneEvent(board, 'confab-idea-submitted');
    window.dispatchEvent(new Event('online'));
    await submitted;
    await waitUntil(() => titles(board)[0] === 'Offline idea', 'shown after delivery');
    expect(board.shadowRoot!.querySelector('[part="pending"]')).to.equal(null);
    await new Promise((r) => setTimeout(r, 2500)); // past the first retry timer
    const all = await adapter.ideas.listIdeas({ campaign: 'c1', limit: 100 });
    expect(all.items.filter((i) => i.title === 'Offline idea').length).to.equal(1);
  });

  it('applies live votes and status changes in place, keeping focus and scroll', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    const [first, second] = cards(board);
    const vote = second!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="vote"]')!;
    vote.focus();
    const scroll = window.scrollY;
    const other = adapter.as('mod');
    await other.votes.setVote({ kind: 'idea', id: 'i2' }, true);
    await other.votes.setVote({ kind: 'idea', id: 'i2' }, true);
    await adapter.as('me').votes.setVote({ kind: 'idea', id: 'i3' }, true);
    await waitUntil(() => count(second!) === '2', 'live vote shown');
    expect(deepActive()).to.equal(vote);
    expect(titles(board)[1]).to.equal('Turn off monitors at night'); // not re-sorted under the reader
    await other.ideas.changeIdeaStatus('i1', { status: 'in-progress', note: 'Work started.' });
    await waitUntil(() => first!.shadowRoot!.querySelector('[part="status"]')!.textContent!.includes('In progress'), 'live status');
    expect(deepActive()).to.equal(vote);
    expect(window.scrollY).to.equal(scroll);
  });

  it('announces new ideas by others with a button instead of shifting the list', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter, { campaign: 'c1', sort: 'new' });
    const before = titles(board);
    await adapter.as('ana').ideas.submitIdea({ campaign: 'c1', title: 'Heat pumps' });
    await waitUntil(() => $(board, '[part="new-ideas"]'), 'new ideas announced');
    expect($(board, '[part="new-ideas"]').textContent).to.contain('1 new idea');
    expect(titles(board)).to.deep.equal(before);
    await expect(board).to.be.accessible();
    $<HTMLButtonElement>(board, '[part="new-ideas"]').click();
    await waitUntil(() => titles(board)[0] === 'Heat pumps', 'new idea shown');
    expect(board.shadowRoot!.activeElement).to.equal(board.shadowRoot!.querySelector('.ideas > li'));
  });

  it('pages with Show more', async () => {
    const board = await mount(new MemoryAdapter({ seed: largeIdeaSeed(45) }));
    expect(cards(board).length).to.equal(20);
    $<HTMLButtonElement>(board, '[part="show-more"]').click();
    await waitUntil(() => cards(board).length === 40);
    $<HTMLButtonElement>(board, '[part="show-more"]').click();
    await waitUntil(() => cards(board).length === 45);
    expect(board.shadowRoot!.querySelector('[part="show-more"]')).to.equal(null);
    await waitUntil(() => board.shadowRoot!.activeElement === board.shadowRoot!.querySelectorAll('.ideas > li')[40], 'focus kept on the list');
    await waitUntil(() => $(board, '[data-confab-live]').textContent!.includes('Showing 45 ideas'), 'not announced');
    expect(new Set(cards(board).map((c) => c.data!.id)).size).to.equal(45);
  });

  it('shows loading, error with Retry, empty and offline states accessibly', async () => {
    const adapter = new MemoryAdapter({ seed: { people: [{ id: 'me', name: 'Me' }], campaigns: [{ id: 'c1', title: 'Empty', purpose: 'Why' }] }, latency: 100 });
    adapter.failNext(new UnavailableError(), 3); // campaign, current user, ideas
    const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-board campaign="c1"></confab-idea-board></confab-provider>`);
    const board = provider.querySelector('confab-idea-board')!;
    await waitUntil(() => $(board, '[role="status"].message'), 'loading shown');
    expect($(board, '[role="status"].message').textContent).to.contain('Loading');
    await expect(board).to.be.accessible();
    await waitUntil(() => board.shadowRoot!.querySelectorAll('[role="alert"]').length === 2, 'errors shown', { timeout: 3000 });
    expect($(board, '[role="alert"]').textContent).to.contain('cannot be reached');
    await expect(board).to.be.accessible();
    adapter.latency = 0;
    for (const b of board.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="alert"] button')) b.click();
    await waitUntil(() => board.shadowRoot!.textContent!.includes('No ideas yet'), 'empty shown');
    await expect(board).to.be.accessible();
    adapter.offline = true;
    board.sort = 'new';
    await waitUntil(() => $(board, '[role="alert"]'), 'offline shown');
    expect($(board, '[role="alert"]').textContent).to.contain('offline');
    await expect(board).to.be.accessible();
  });

  it('renders hostile input inert', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const board = await mount(adapter);
    const input = $<HTMLInputElement>(board, 'input[name="title"]');
    input.value = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    input.dispatchEvent(new Event('input'));
    const body = $<HTMLTextAreaElement>(board, 'textarea[name="description"]');
    body.value = '[x](javascript:window.__pwned=1) <svg onload="window.__pwned=1"></svg>';
    body.dispatchEvent(new Event('input'));
    const submitted = oneEvent(board, 'confab-idea-submitted');
    $<HTMLButtonElement>(board, '.form button[type="submit"]').click();
    await submitted;
    await board.updateComplete;
    const card = cards(board)[0]!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="body"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('.markdown'), 'markdown');
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.contain('<img');
    expect(card.shadowRoot!.querySelectorAll('img, script, [onerror], [onload]').length).to.equal(0);
    for (const a of card.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/javascript:/i);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('falls back to defaults for bad attributes with a warning', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => { warnings.push(String(args[0])); };
    try {
      const board = await mount(new MemoryAdapter({ seed: ideaSeed() }), { campaign: 'c1', sort: 'loudest', status: 'maybe' });
      expect(board.sort).to.equal('top');
      expect(board.status).to.equal('');
      expect(cards(board).length).to.equal(3);
      expect(warnings.some((w) => w.includes('sort="loudest"'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });

  it('is accessible in dark theme and in Arabic, with similar ideas shown', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const el = await fixture(html`<div>
      <div style="background:#0d1117"><confab-provider .adapter=${adapter}><confab-idea-board campaign="c1" theme="dark"></confab-idea-board></confab-provider></div>
      <div lang="ar" dir="rtl"><confab-provider .adapter=${adapter}><confab-idea-board></confab-idea-board></confab-provider></div></div>`);
    const boards = [...el.querySelectorAll('confab-idea-board')];
    await waitUntil(() => boards[0]!.shadowRoot!.querySelectorAll('confab-idea-card').length === 3
      && boards[1]!.shadowRoot!.querySelectorAll('confab-idea-card').length === 1, 'boards loaded');
    await boards[1]!.updateComplete; // waits for the Arabic tables too
    await waitUntil(() => boards[1]!.shadowRoot!.querySelector('.form button[type="submit"]')!.textContent === 'أرسل الفكرة', 'the form in Arabic');
    for (const [b, text] of [[boards[0]!, 'motion sensors'], [boards[1]!, 'standing desks']] as const) {
      const input = b.shadowRoot!.querySelector<HTMLInputElement>('input[name="title"]')!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    await waitUntil(() => boards.every((b) => b.shadowRoot!.querySelector('[part="similar"]')), 'similar shown');
    await expect(el).to.be.accessible();
  });


  it('says "not available on this backend" without the ideas or votes area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    await expectAreaMissing(provide({ identity: adapter.identity }, html`<confab-idea-board campaign="c1"></confab-idea-board>`), 'confab-idea-board');
    await expectAreaMissing(provide(without(adapter, 'ideas'), html`<confab-idea-board campaign="c1"></confab-idea-board>`), 'confab-idea-board');
    expect(adapter.calls).to.deep.equal([]);
  });
});
