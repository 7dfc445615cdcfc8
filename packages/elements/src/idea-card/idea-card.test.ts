import { fixture, html, expect, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ForbiddenError, MemoryAdapter, scopes, type Adapter, type ChangeEvent } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabIdeaCard } from './idea-card.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

async function mount(adapter: Adapter, id = 'i1'): Promise<ConfabIdeaCard> {
  const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea=${id}></confab-idea-card></confab-provider>`);
  const card = provider.querySelector('confab-idea-card')!;
  await waitUntil(() => card.shadowRoot!.querySelector('[part="title"]'), 'idea rendered');
  return card;
}

const $ = <T extends Element = HTMLElement>(card: ConfabIdeaCard, sel: string) => card.shadowRoot!.querySelector<T>(sel)!;
const voteButton = (card: ConfabIdeaCard) => $<HTMLButtonElement>(card, 'button[part="vote"]');
const count = (card: ConfabIdeaCard) => $(card, '.count').textContent!.trim();

/** Tabs until the shadow root's active element matches `sel`. */
async function tabTo(card: ConfabIdeaCard, sel: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (card.shadowRoot!.activeElement?.matches(sel)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not tab to ${sel}`);
}

beforeEach(() => localStorage.clear());

describe('<confab-idea-card>', () => {
  it('renders title, excerpt, author, age, tags, status note and is accessible', async () => {
    const card = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    expect($(card, '[part="title"]').textContent).to.equal('Motion sensors for meeting room lights');
    expect($(card, '.excerpt').textContent).to.contain('Lights stay on all night in half');
    // <confab-expert-badge> is not registered in this test: the author's name stands as text.
    expect(card.shadowRoot!.querySelectorAll('confab-expert-badge').length).to.equal(0);
    expect($(card, '.meta .name').textContent).to.equal('Ana Colleague');
    expect($(card, 'time').getAttribute('datetime')).to.be.a('string');
    expect([...card.shadowRoot!.querySelectorAll('.tags li')].map((li) => li.textContent)).to.deep.equal(['energy', 'facilities']);
    expect($(card, '[part="status"]').textContent).to.contain('Planned');
    expect($(card, '[part="status-note"]').textContent).to.contain('Budget approved').and.contain('Omar Moderator');
    expect(voteButton(card).textContent).to.contain('Vote for Motion sensors');
    expect(voteButton(card).getAttribute('aria-pressed')).to.equal('false');
    expect(count(card)).to.equal('2');
    await expect(card).to.be.accessible();
  });

  it('does not fetch when given .data', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const idea = await adapter.ideas.getIdea('i2');
    const user = await adapter.identity.currentUser();
    adapter.calls.length = 0;
    const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card .data=${idea} .viewer=${user}></confab-idea-card></confab-provider>`);
    const card = provider.querySelector('confab-idea-card')!;
    await card.updateComplete;
    expect($(card, '[part="title"]').textContent).to.equal('Turn off monitors at night');
    // Only the idea's campaign is looked up: its owners may change the status (a board passes it as `.campaignData`).
    expect(adapter.calls.filter((c) => c.method !== 'subscribe').map((c) => c.method)).to.deep.equal(['getCampaign']);
  });

  it('gives the owners of the idea\'s campaign the status control, and other members none', async () => {
    const seed = ideaSeed();
    const adapter = new MemoryAdapter({ seed });
    const idea = await adapter.ideas.getIdea('i2');
    const member = await adapter.identity.currentUser();
    const campaign = await adapter.ideas.getCampaign(idea.campaignId!);
    const owned = { ...campaign, owners: [{ id: member!.id, name: member!.name }] };
    const provider = await fixture(html`<confab-provider .adapter=${adapter}>
      <confab-idea-card id="owner" .data=${idea} .viewer=${member} .campaignData=${owned}></confab-idea-card>
      <confab-idea-card id="other" .data=${idea} .viewer=${member} .campaignData=${campaign}></confab-idea-card></confab-provider>`);
    const [owner, other] = [...provider.querySelectorAll('confab-idea-card')];
    await owner!.updateComplete;
    await other!.updateComplete;
    expect($(owner!, '#change-status'), 'owner').to.exist;
    expect(other!.shadowRoot!.querySelector('#change-status'), 'not an owner').to.equal(null);
  });

  it('expands the full Markdown body with Read more', async () => {
    const card = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    const more = $<HTMLButtonElement>(card, 'button[aria-controls="body"]');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await waitUntil(() => $(card, '.markdown strong'), 'markdown rendered');
    expect($(card, '.markdown a').getAttribute('href')).to.equal('https://example.com/report');
    expect($(card, 'button[aria-controls="body"]').getAttribute('aria-expanded')).to.equal('true');
    await expect(card).to.be.accessible();
  });

  it('votes with the keyboard, optimistically, and emits confab-vote-changed', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter);
    await tabTo(card, 'button[part="vote"]');
    const changed = oneEvent(card, 'confab-vote-changed');
    await sendKeys({ press: 'Enter' });
    expect(count(card)).to.equal('3');
    const { detail } = await changed;
    expect(detail).to.deep.equal({ target: { kind: 'idea', id: 'i1' }, votes: 3, myVote: true });
    expect(voteButton(card).getAttribute('aria-pressed')).to.equal('true');
    expect((await adapter.ideas.getIdea('i1')).myVote).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('rolls a refused vote back with a visible message', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter);
    adapter.failNext(new ForbiddenError());
    voteButton(card).click();
    await card.updateComplete;
    expect(count(card)).to.equal('3');
    await waitUntil(() => card.shadowRoot!.querySelector('[part="vote-note"][role="alert"]'), 'refusal shown');
    expect(count(card)).to.equal('2');
    expect(voteButton(card).getAttribute('aria-pressed')).to.equal('false');
    // Next to the control that failed, and linked to it.
    const note = $(card, '[part="vote-note"]');
    expect(note.textContent).to.contain('not saved').and.contain('not allowed');
    expect(voteButton(card).getAttribute('aria-describedby')).to.equal(note.id);
    expect(note.previousElementSibling).to.equal(voteButton(card));
    await expect(card).to.be.accessible();
  });

  it('applies a live vote by someone else and keeps focus', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter);
    voteButton(card).focus();
    await adapter.as('mod').votes.setVote({ kind: 'idea', id: 'i1' }, false);
    await waitUntil(() => count(card) === '1', 'live vote applied');
    expect(card.shadowRoot!.activeElement).to.equal(voteButton(card));
    expect(voteButton(card).getAttribute('aria-pressed')).to.equal('false');
  });

  it('takes "my vote" only from the reader\'s own live votes; others\' votes come without an actor', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i3');
    const seen: ChangeEvent[] = [];
    const off = adapter.live.subscribe([scopes.idea('i3')], (e) => seen.push(e));
    try {
      await adapter.as('mod').votes.setVote({ kind: 'idea', id: 'i3' }, true); // ana proposed i3: she cannot vote on it
      await waitUntil(() => count(card) === '1', 'live vote by another applied');
      expect(voteButton(card).getAttribute('aria-pressed')).to.equal('false');
      expect(seen.find((e) => e.type === 'vote.changed')?.actorId).to.equal(null);
      await adapter.as('me').votes.setVote({ kind: 'idea', id: 'i3' }, true); // the reader, in another tab
      await waitUntil(() => count(card) === '2', 'own live vote applied');
      expect(voteButton(card).getAttribute('aria-pressed')).to.equal('true');
      expect(seen.filter((e) => e.type === 'vote.changed').at(-1)?.actorId).to.equal('me');
    } finally {
      off();
    }
  });

  it('opens comments and posts one with the keyboard; the draft is kept until sent', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter);
    await tabTo(card, 'button[part="comments-toggle"]');
    expect(card.shadowRoot!.activeElement!.textContent).to.contain('1 comment');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(card, '[part="comment"]'), 'comments loaded');
    expect($(card, 'button[part="comments-toggle"]').getAttribute('aria-expanded')).to.equal('true');
    await expect(card).to.be.accessible();
    await tabTo(card, 'textarea[name="comment"]');
    await sendKeys({ type: 'Me too' });
    expect(localStorage.getItem('confab:draft:idea-card:i1:comment')).to.equal('Me too');
    await sendKeys({ press: 'Tab' });
    await tabTo(card, 'button[type="submit"]');
    const posted = oneEvent(card, 'confab-comment-posted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await posted;
    expect(detail.comment.body).to.equal('Me too');
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="comment"]').length === 2, 'comment shown');
    expect($(card, 'button[part="comments-toggle"]').textContent).to.contain('2 comments');
    expect(localStorage.getItem('confab:draft:idea-card:i1:comment')).to.equal(null);
    await expect(card).to.be.accessible();
  });

  it('pages through a long thread with "Show more comments"; focus moves to the first comment it brought', async () => {
    const base = ideaSeed();
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString();
    const comments = Array.from({ length: 52 }, (_, n) => ({ id: `long-${n}`, ideaId: 'i2', body: `Comment ${n}`, author: 'ana', createdAt: at(n) }));
    const adapter = new MemoryAdapter({ seed: { ...base, comments: [...(base.comments ?? []), ...comments] } });
    const card = await mount(adapter, 'i2');
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="comment"]').length === 50, 'the first 50');
    const more = [...card.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show more comments')!;
    more.click();
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="comment"]').length === 52, 'the rest');
    const shown = [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part="comment"]')].map((li) => li.dataset.id);
    expect(new Set(shown).size).to.equal(52);
    await waitUntil(() => card.shadowRoot!.activeElement === card.shadowRoot!.querySelectorAll('[part="comment"]')[50], 'focus on the first new comment');
    expect([...card.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Show more comments')).to.equal(false);
  });

  it('refuses an empty comment with a message', async () => {
    const card = await mount(new MemoryAdapter({ seed: ideaSeed() }));
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, 'form[part="composer"]'));
    $<HTMLButtonElement>(card, 'form[part="composer"] button[type="submit"]').click();
    await waitUntil(() => $(card, '.field-error'));
    expect($(card, '.field-error').textContent).to.contain('Write a comment');
    expect($(card, 'textarea[name="comment"]').getAttribute('aria-invalid')).to.equal('true');
    await expect(card).to.be.accessible();
  });

  it('lets a moderator change the status with a required note, by keyboard', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), user: 'mod' });
    const card = await mount(adapter, 'i2');
    await waitUntil(() => $(card, '#change-status'), 'moderator control');
    await tabTo(card, '#change-status');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(card, 'form[part="status-form"]'));
    await expect(card).to.be.accessible();
    await tabTo(card, '#status-select');
    await sendKeys({ press: 'ArrowDown' }); // new → under review
    expect($<HTMLSelectElement>(card, '#status-select').value).to.equal('under-review');
    await tabTo(card, 'form[part="status-form"] button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(card, '.field-error'), 'note required');
    expect($(card, '.field-error').textContent).to.contain('note');
    expect(card.shadowRoot!.activeElement!.id).to.equal('note');
    await expect(card).to.be.accessible();
    await sendKeys({ type: 'Facilities will look at it.' });
    const changed = oneEvent(card, 'confab-idea-status-changed');
    await tabTo(card, 'form[part="status-form"] button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    const { detail } = await changed;
    expect(detail.status).to.equal('under-review');
    expect(detail.note).to.equal('Facilities will look at it.');
    await card.updateComplete;
    expect($(card, '[part="status"]').textContent).to.contain('Under review');
    expect($(card, '[part="status-note"]').textContent).to.contain('Facilities will look at it.').and.contain('Omar Moderator');
    expect(card.shadowRoot!.activeElement!.id).to.equal('change-status');
    await expect(card).to.be.accessible();
  });

  it('shows no status control to members', async () => {
    const card = await mount(new MemoryAdapter({ seed: ideaSeed(), user: 'me' }));
    expect(card.shadowRoot!.querySelector('#change-status')).to.equal(null);
  });

  it('renders hostile input inert', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const hostile = '<script>window.__pwned=1</script><img src="x:y" onerror="window.__pwned=1"> [click](javascript:window.__pwned=1)';
    const idea = await adapter.ideas.submitIdea({ campaign: 'c1', title: `<img src=x onerror="window.__pwned=1">`, body: hostile });
    await adapter.ideas.addComment(idea.id, { body: hostile });
    const card = await mount(adapter, idea.id);
    expect($(card, '[part="title"]').textContent).to.contain('<img');
    $<HTMLButtonElement>(card, 'button[aria-controls="body"]').click();
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, '.markdown') && $(card, '[part="comment"] .markdown'), 'markdown rendered');
    const root = card.shadowRoot!;
    expect(root.querySelectorAll('script, [onerror], [onload]').length).to.equal(0);
    for (const a of root.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').not.to.match(/javascript:/i);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows loading, error with Retry, and the no-idea message', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), latency: 50 });
    const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="nope"></confab-idea-card></confab-provider>`);
    const card = provider.querySelector('confab-idea-card')!;
    expect($(card, '[role="status"]').textContent).to.contain('Loading');
    await expect(card).to.be.accessible();
    await waitUntil(() => $(card, '[role="alert"]'), 'error shown');
    expect($(card, '[role="alert"]').textContent).to.contain('no longer exists');
    expect($(card, '[role="alert"] button').textContent).to.equal('Retry');
    await expect(card).to.be.accessible();
    card.idea = undefined;
    await card.updateComplete;
    expect($(card, '[role="status"]').textContent).to.contain('No idea to show');
  });
});

describe('<confab-idea-card> offline and live', () => {
  it('keeps a comment written offline and posts it once when back online', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i2');
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, 'textarea[name="comment"]'));
    adapter.offline = true;
    const textarea = $<HTMLTextAreaElement>(card, 'textarea[name="comment"]');
    textarea.value = 'Written on the train';
    textarea.dispatchEvent(new Event('input'));
    $<HTMLButtonElement>(card, 'form[part="composer"] button[type="submit"]').click();
    await waitUntil(() => $(card, '.comments.pending'), 'kept as pending');
    expect($(card, '[part="message"]').textContent).to.contain('offline');
    await expect(card).to.be.accessible();
    adapter.offline = false;
    const posted = oneEvent(card, 'confab-comment-posted');
    window.dispatchEvent(new Event('online'));
    await posted;
    await waitUntil(() => !card.shadowRoot!.querySelector('.comments.pending'), 'delivered');
    const comments = await adapter.ideas.listComments('i2');
    expect(comments.items.filter((c) => c.body === 'Written on the train').length).to.equal(1);
    expect($(card, 'button[part="comments-toggle"]').textContent).to.contain('1 comment');
  });

  it('sends a comment kept offline on an earlier visit without the thread being opened', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    localStorage.setItem('confab:outbox:idea-card:i2:comments', JSON.stringify([
      { key: 'earlier-visit-key', payload: { idea: 'i2', body: 'Written yesterday on the train' }, at: '2026-12-02T08:00:00.000Z' },
    ]));
    try {
      const provider = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="i2"></confab-idea-card></confab-provider>`);
      const card = provider.querySelector('confab-idea-card')!;
      await oneEvent(card, 'confab-comment-posted');
      const comments = await adapter.ideas.listComments('i2');
      expect(comments.items.map((c) => c.body)).to.deep.equal(['Written yesterday on the train']);
      expect(localStorage.getItem('confab:outbox:idea-card:i2:comments')).to.equal(null);
      await waitUntil(() => $(card, 'button[part="comments-toggle"]')?.textContent?.includes('1 comment'), 'counted');
      expect($(card, 'button[part="comments-toggle"]').getAttribute('aria-expanded')).to.equal('false');
    } finally {
      localStorage.removeItem('confab:outbox:idea-card:i2:comments');
    }
  });

  it('shows comments and status changes by others live', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(adapter, 'i1');
    $<HTMLButtonElement>(card, 'button[part="comments-toggle"]').click();
    await waitUntil(() => $(card, '[part="comment"]'));
    await adapter.as('ana').ideas.addComment('i1', { body: 'Floor 4 as well' });
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[part="comment"]').length === 2, 'live comment');
    expect($(card, 'button[part="comments-toggle"]').textContent).to.contain('2 comments');
    await adapter.as('mod').ideas.changeIdeaStatus('i1', { status: 'implemented', note: 'Done on all floors.' });
    await waitUntil(() => $(card, '[part="status"]').textContent!.includes('Implemented'), 'live status');
    expect($(card, '[part="status-note"]').textContent).to.contain('Done on all floors.');
  });

  it('is accessible in dark theme, German and Arabic', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), user: 'mod' });
    const el = await fixture(html`<div>
      <div lang="de"><confab-provider .adapter=${adapter}><confab-idea-card idea="i1" theme="dark"></confab-idea-card></confab-provider></div>
      <div lang="ar" dir="rtl"><confab-provider .adapter=${adapter}><confab-idea-card idea="i1"></confab-idea-card></confab-provider></div></div>`);
    const [de, ar] = [...el.querySelectorAll('confab-idea-card')];
    await waitUntil(() => de!.shadowRoot!.querySelector('#change-status') && ar!.shadowRoot!.querySelector('#change-status'));
    await Promise.all([de, ar].map((card) => (card as ConfabIdeaCard).updateComplete)); // German and Arabic load on first use
    expect(de!.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Geplant');
    expect(de!.shadowRoot!.querySelector('button[part="vote"]')!.textContent).to.contain('stimmen');
    expect(ar!.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('مخطط لها');
    expect(ar!.shadowRoot!.querySelector('article')!.getAttribute('dir')).to.equal('rtl');
    for (const card of [de!, ar!]) card.shadowRoot!.querySelector<HTMLButtonElement>('#change-status')!.click();
    await Promise.all([de!.updateComplete, ar!.updateComplete]);
    await expect(el).to.be.accessible();
  });


  it('says "not available on this backend" without the ideas or votes area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    await expectAreaMissing(provide({ identity: adapter.identity }, html`<confab-idea-card idea="i1"></confab-idea-card>`), 'confab-idea-card');
    await expectAreaMissing(provide(without(adapter, 'votes'), html`<confab-idea-card idea="i1"></confab-idea-card>`), 'confab-idea-card');
    expect(adapter.calls).to.deep.equal([]);
  });

  it('works without the live area: no subscription, votes still work', async () => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const card = await mount(without(adapter, 'live'));
    const before = Number(count(card));
    voteButton(card).click();
    await waitUntil(() => Number(count(card)) === before + 1, 'vote not counted');
    expect(adapter.calls.some((c) => c.method === 'subscribe')).to.equal(false);
  });
});
