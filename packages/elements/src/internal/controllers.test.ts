import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryAdapter, ValidationError, scopes, type Adapter, type ChangeEvent } from '@confab/core';
import { DraftController } from './draft-controller.js';
import { OutboxController } from './outbox-controller.js';
import { LiveController } from './live-controller.js';
import { ShowMoreController } from './show-more.js';

class DraftHost extends LitElement {
  static override properties = { context: {} };
  context = 'page-1';
  readonly draft = new DraftController(this, () => `test:${this.context}:comment`);
}
customElements.define('confab-draft-host', DraftHost);

describe('DraftController', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a draft across a new element for the same context and forgets it when cleared', async () => {
    const first = await fixture<DraftHost>(html`<confab-draft-host></confab-draft-host>`);
    first.draft.set('half-written thought');
    first.remove();
    const second = await fixture<DraftHost>(html`<confab-draft-host></confab-draft-host>`);
    expect(second.draft.value).to.equal('half-written thought');
    second.context = 'page-2';
    await second.updateComplete;
    expect(second.draft.value).to.equal('');
    second.context = 'page-1';
    await second.updateComplete;
    second.draft.clear();
    const third = await fixture<DraftHost>(html`<confab-draft-host></confab-draft-host>`);
    expect(third.draft.value).to.equal('');
  });
});

class OutboxHost extends LitElement {
  adapter = new MemoryAdapter();
  delivered: string[] = [];
  refused: unknown[] = [];
  readonly outbox = new OutboxController<{ body: string }, string>(this, {
    storageKey: () => 'test',
    ready: () => true,
    send: async (payload, key) => (await this.adapter.feedback.sendFeedback({ subject: 's', variant: 'helpful', rating: 5, comment: payload.body }, { idempotencyKey: key })).id,
    delivered: (id) => this.delivered.push(id),
    refused: (error) => this.refused.push(error),
  });
}
customElements.define('confab-outbox-host', OutboxHost);

describe('OutboxController', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a write made offline and delivers it once when back online', async () => {
    const host = await fixture<OutboxHost>(html`<confab-outbox-host></confab-outbox-host>`);
    const adapter = host.adapter as MemoryAdapter;
    adapter.offline = true;
    expect(await host.outbox.submit({ body: 'kept' })).to.equal('queued');
    expect(host.outbox.pending).to.have.length(1);
    adapter.offline = false;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => host.delivered.length === 1);
    await host.outbox.flush();
    const summary = await adapter.feedback.feedbackSummary('s');
    expect(summary.count).to.equal(1);
    expect(host.outbox.pending).to.have.length(0);
  });

  it('passes errors that retrying cannot fix to the caller and keeps nothing', async () => {
    const host = await fixture<OutboxHost>(html`<confab-outbox-host></confab-outbox-host>`);
    (host.adapter as MemoryAdapter).failNext(new ValidationError({ comment: 'Too long' }));
    let caught: unknown;
    await host.outbox.submit({ body: 'x' }).catch((e) => (caught = e));
    expect((caught as ValidationError).code).to.equal('validation');
    expect(host.outbox.pending).to.have.length(0);
  });

  it('sends writes left from an earlier page load when connected', async () => {
    localStorage.setItem('confab:outbox:test', JSON.stringify([{ key: 'k-1', payload: { body: 'from before' }, at: new Date().toISOString() }]));
    const host = await fixture<OutboxHost>(html`<confab-outbox-host></confab-outbox-host>`);
    await waitUntil(() => host.delivered.length === 1, 'pending write was not re-sent');
    expect(host.outbox.pending).to.have.length(0);
  });
});

class LiveHost extends LitElement {
  static override properties = { scope: {}, adapter: { attribute: false } };
  scope = scopes.question('1');
  adapter?: Adapter;
  events: ChangeEvent[] = [];
  resets = 0;
  readonly live = new LiveController(this, {
    adapter: () => this.adapter, scopes: () => [this.scope], onChange: (e) => this.events.push(e), onReset: () => this.resets++,
  });
}
customElements.define('confab-live-host', LiveHost);

describe('LiveController', () => {
  it('follows changes while connected, stops when removed and resumes when re-inserted', async () => {
    const adapter = new MemoryAdapter();
    const host = await fixture<LiveHost>(html`<confab-live-host .adapter=${adapter} scope=${scopes.context('page')}></confab-live-host>`);
    await adapter.questions.askQuestion({ context: 'page', title: 'First question?' });
    await waitUntil(() => host.events.length === 1);
    const parent = host.parentElement!;
    host.remove();
    await adapter.questions.askQuestion({ context: 'page', title: 'Second question?' });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.events).to.have.length(1);
    parent.append(host);
    await adapter.questions.askQuestion({ context: 'page', title: 'Third question?' });
    await waitUntil(() => host.events.length === 2, 'a re-inserted element went deaf');
    host.scope = scopes.context('other');
    await host.updateComplete;
    await adapter.questions.askQuestion({ context: 'page', title: 'Fourth question?' });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.events).to.have.length(2);
  });

  it('subscribes to nothing, without failing, when the adapter has no live area', async () => {
    const full = new MemoryAdapter();
    const adapter: Adapter = { identity: full.identity, questions: full.questions };
    const host = await fixture<LiveHost>(html`<confab-live-host .adapter=${adapter} scope=${scopes.context('page')}></confab-live-host>`);
    await full.questions.askQuestion({ context: 'page', title: 'Nobody hears this?' });
    await new Promise((r) => setTimeout(r, 20));
    expect(host.events).to.have.length(0);
    host.adapter = full;
    await host.updateComplete;
    await full.questions.askQuestion({ context: 'page', title: 'Now heard?' });
    await waitUntil(() => host.events.length === 1, 'did not subscribe once the adapter offered live');
  });

  it("passes the stream's reset on, so the widget reloads what it shows", async () => {
    const full = new MemoryAdapter();
    let reset: (() => void) | undefined;
    const adapter: Adapter = { identity: full.identity, live: { subscribe: (_scopes, _listener, options) => { reset = options?.onReset; return () => {}; } } };
    const host = await fixture<LiveHost>(html`<confab-live-host .adapter=${adapter}></confab-live-host>`);
    expect(reset, 'subscribed with an onReset').to.be.a('function');
    reset!();
    expect(host.resets).to.equal(1);
  });
});

type Row = { id: string };

class ShowMoreHost extends LitElement {
  items: Row[] = [{ id: 'a' }, { id: 'b' }];
  /** The pages the fetch answers with, by cursor; a cursor without one fails. */
  pages = new Map<string, { items: Row[]; nextCursor: string | null }>();
  asked: { cursor: string; signal: AbortSignal }[] = [];
  gate?: Promise<void>;
  shown: { fresh: string[]; first: number }[] = [];
  readonly more = new ShowMoreController<Row>(this, {
    fetch: async (cursor, signal) => {
      this.asked.push({ cursor, signal });
      await this.gate;
      const page = this.pages.get(cursor);
      if (!page) throw new ValidationError({ cursor: 'unknown' });
      return page;
    },
    items: () => this.items,
    set: (items) => { this.items = items; },
    shown: (fresh, first) => this.shown.push({ fresh: fresh.map((r) => r.id), first }),
  });
}
customElements.define('confab-show-more-host', ShowMoreHost);

describe('ShowMoreController', () => {
  it('appends the next page without items already shown, one load at a time, and says where the new ones start', async () => {
    const host = await fixture<ShowMoreHost>(html`<confab-show-more-host></confab-show-more-host>`);
    host.more.reset('c1');
    host.pages.set('c1', { items: [{ id: 'b' }, { id: 'c' }, { id: 'd' }], nextCursor: 'c2' });
    let open!: () => void;
    host.gate = new Promise((resolve) => { open = resolve; });
    const first = host.more.load();
    void host.more.load(); // a second click while the page is on its way does nothing
    expect(host.more.busy).to.equal(true);
    open();
    await first;
    expect(host.asked.map((a) => a.cursor)).to.deep.equal(['c1']);
    expect(host.items.map((r) => r.id)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(host.shown).to.deep.equal([{ fresh: ['c', 'd'], first: 2 }]);
    expect([host.more.cursor, host.more.busy, host.more.error]).to.deep.equal(['c2', false, undefined]);
  });

  it('keeps the error until the next try, and drops a load under way when the list starts over', async () => {
    const host = await fixture<ShowMoreHost>(html`<confab-show-more-host></confab-show-more-host>`);
    host.more.reset('missing');
    await host.more.load();
    expect(host.more.error).to.be.instanceOf(ValidationError);
    expect([host.more.cursor, host.items.length]).to.deep.equal(['missing', 2], 'nothing lost: "Show more" can be tried again');
    host.pages.set('late', { items: [{ id: 'z' }], nextCursor: null });
    host.more.reset('late');
    expect(host.more.error).to.equal(undefined);
    let open!: () => void;
    host.gate = new Promise((resolve) => { open = resolve; });
    const load = host.more.load();
    host.items = [{ id: 'new-first-page' }];
    host.more.reset('other');
    expect(host.asked.at(-1)!.signal.aborted).to.equal(true);
    open();
    await load;
    expect(host.items.map((r) => r.id)).to.deep.equal(['new-first-page'], 'the old page is not appended to the new list');
    expect([host.more.cursor, host.more.busy]).to.deep.equal(['other', false]);
  });
});
