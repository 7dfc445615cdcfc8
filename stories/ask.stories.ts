import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, area, type Seed } from '@confab/core';
import '../packages/elements/src/ask/define.js';
import { prepared, provide, stateStories } from './support/provide.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** An intranet handbook page with a few questions, answers, votes and experts. */
function seed(context: string): Seed {
  return {
    currentUser: 'mia',
    people: [
      { id: 'mia', name: 'Mia Schneider', roles: ['member'], title: 'Accountant', department: 'Finance', availability: 'available' },
      { id: 'omar', name: 'Omar Haddad', roles: ['member'], title: 'Network engineer', department: 'IT', availability: 'busy', skills: [{ name: 'vpn', endorsedBy: ['mia', 'lin'] }, 'security'] },
      { id: 'lin', name: 'Lin Chen', roles: ['member'], title: 'HR partner', department: 'HR', availability: 'available', skills: ['travel', 'expenses'] },
      { id: 'mod', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager', department: 'HR' },
    ],
    questions: [
      { id: 'q-vpn', context, title: 'How do I reset my VPN password?', body: 'The VPN client says my password **expired**. The [self-service portal](https://example.com/portal) does not load.', tags: ['vpn', 'security'], author: 'mia', createdAt: hoursAgo(30), acceptedAnswerId: 'a-vpn-2' },
      { id: 'q-travel', context, title: 'Where is the travel policy for 2026?', body: 'I need to book a flight to the Berlin office.', tags: ['travel'], author: 'omar', createdAt: hoursAgo(5) },
      { id: 'q-expenses', context, title: 'Can I expense a train upgrade on long trips?', body: '', tags: ['travel', 'expenses'], author: 'lin', createdAt: hoursAgo(1) },
    ],
    answers: [
      { id: 'a-vpn-1', questionId: 'q-vpn', body: 'Try restarting the client first.', author: 'lin', createdAt: hoursAgo(29) },
      { id: 'a-vpn-2', questionId: 'q-vpn', body: 'Use the portal from the office network, or call the service desk on **4444**:\n\n1. Choose *Reset*\n2. Confirm with your token', author: 'omar', createdAt: hoursAgo(28) },
      { id: 'a-travel', questionId: 'q-travel', body: 'It is on the HR pages under *Policies*.', author: 'lin', createdAt: hoursAgo(4) },
    ],
    votes: [
      { kind: 'question', id: 'q-vpn', by: 'omar' }, { kind: 'question', id: 'q-vpn', by: 'lin' }, { kind: 'answer', id: 'a-vpn-2', by: 'mia' },
      { kind: 'question', id: 'q-travel', by: 'mia' },
    ],
  };
}

interface Args {
  context: string;
  tags: string;
  limit: number;
  sort: 'new' | 'votes' | 'unanswered';
}

const widget = (args: Args) => html`<confab-ask context=${args.context} tags=${args.tags} limit=${args.limit} sort=${args.sort}></confab-ask>`;

const states = stateStories<Args>({
  adapter: (args) => new MemoryAdapter({ seed: seed(args.context) }),
  widget,
  missing: 'questions',
  failures: 2,
  empty: { args: { context: 'story:/empty-page' }, adapter: () => new MemoryAdapter({ seed: seed('story:/elsewhere') }) },
});

/** Opens a question's thread once the widget has rendered (without touching the URL); a `prepared()` story mounts it a little later. */
const openThread = (id: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  let el = canvasElement.querySelector('confab-ask');
  for (let i = 0; i < 50 && !el; i++) {
    await new Promise((r) => setTimeout(r, 20));
    el = canvasElement.querySelector('confab-ask');
  }
  if (!el) return;
  await el.updateComplete;
  el.open(id, false);
};

/**
 * `<confab-ask>`: ask a question where it arises, find it was already asked, notify the people
 * who may know, answer, vote and accept — live, and usable offline.
 */
const meta = {
  title: 'Widgets/Ask',
  component: 'confab-ask',
  args: { context: 'story:/handbook', tags: '', limit: 10, sort: 'new' },
  argTypes: {
    sort: { control: 'select', options: ['new', 'votes', 'unanswered'] },
    limit: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.context), latency: 150 }), widget(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The questions of a page, newest first; the answered one is marked. */
export const Default: Story = {};

/** Most voted first, two per page with "Show more". */
export const SortedByVotes: Story = { args: { sort: 'votes', limit: 2, context: 'story:/votes' } };

/** Loading: the adapter answers after an hour. */
export const Loading: Story = { ...states.Loading, args: { context: 'story:/loading' } };

/** Empty: nobody asked here yet. */
export const Empty: Story = states.Empty;

/** Error: the backend is down; Retry recovers. */
export const ErrorState: Story = { ...states.ErrorState, args: { context: 'story:/error' } };

/** Offline: nothing loads, but a question written now is kept and sent once the connection is back. */
export const Offline: Story = { ...states.Offline, args: { context: 'story:/offline' } };

/** No adapter: outside any `<confab-provider>`, the widget says it is not connected. */
export const NoAdapter: Story = { ...states.NoAdapter, args: { context: 'story:/no-adapter' } };

/** Area missing: the backend offers no questions, and the widget says "not available on this backend". */
export const AreaMissing: Story = { ...states.AreaMissing, args: { context: 'story:/area-missing' } };

/** A question's thread: answers accepted first, up-votes, and the answer composer. */
export const Thread: Story = { args: { context: 'story:/thread' }, play: openThread('q-vpn') };

/** The asker sees "Accept" on each answer. */
export const ThreadAsAsker: Story = {
  args: { context: 'story:/thread-asker' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.context), user: 'omar' }), widget(args)),
  play: openThread('q-travel'),
};

/** The composer while typing: "Already asked?" and "People who may know" (the title is a saved draft). */
export const ComposerWithSuggestions: Story = {
  args: { context: 'story:/suggest' },
  render: (args) => {
    localStorage.setItem(`confab:draft:ask:${args.context}:title`, 'VPN password expired');
    return provide(new MemoryAdapter({ seed: seed(args.context) }), widget(args));
  },
};

/** Long titles, bodies and names wrap; hostile Markdown renders inert. */
export const LongText: Story = {
  args: { context: 'story:/long' },
  render: (args) => {
    const long = 'Is there any documented, officially sanctioned procedure for requesting a temporary exception to the standard laptop configuration when working on-site at a customer? '.repeat(2);
    const base = seed(args.context);
    base.questions!.unshift({
      id: 'q-long', context: args.context, title: long.trim().slice(0, 200), author: 'mod', tags: ['laptops', 'exceptions', 'customer-sites'],
      body: `${'A very long paragraph without many breaks. '.repeat(30)}\n\n<script>alert(1)</script> [click](javascript:alert(1)) <b onmouseover="alert(1)">bold</b>`,
      createdAt: hoursAgo(0.2),
    });
    return provide(new MemoryAdapter({ seed: base }), widget(args));
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: { context: 'story:/rtl' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.context) }), widget(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  args: { context: 'story:/de' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.context) }), widget(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  args: { context: 'story:/dark' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.context) }), html`<confab-ask theme="dark" context=${args.context}></confab-ask>`,
    (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`),
};

/** Live: another person asks and votes every few seconds; the list updates in place and announces it. */
export const Live: Story = {
  args: { context: 'story:/live' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed(args.context) });
    const other = adapter.as('lin');
    let n = 0;
    const timer = setInterval(() => {
      if (!document.querySelector(`confab-ask[context="${args.context}"]`)) return clearInterval(timer);
      n += 1;
      void other.questions.askQuestion({ context: args.context, title: `Live question number ${n} from Lin` });
    }, 4000);
    return provide(adapter, widget(args));
  },
};

/** Issue 13, the moderation area of the story's adapter acting as `who`. */
const moderation = (adapter: MemoryAdapter, who: string) => area(adapter.as(who), 'moderation');

/** Edited: Omar edited his question and Lin her answer; everyone sees "edited" with the time (a moderator also sees the earlier versions). */
export const Edited: Story = {
  args: { context: 'story:/edited' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed(args.context) });
    return prepared((async () => {
      await moderation(adapter, 'omar').edit({ kind: 'question', id: 'q-travel' }, { body: 'I need to book a flight to the Berlin office in **March**.' });
      await moderation(adapter, 'lin').edit({ kind: 'answer', id: 'a-travel' }, { body: 'It is on the HR pages under *Policies → Travel*.' });
      return provide(adapter, widget(args));
    })());
  },
  play: openThread('q-travel'),
};

/** Removed: Lin deleted her answer; a reader sees "Removed by its author" in its place, without the text. */
export const Removed: Story = {
  args: { context: 'story:/removed' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed(args.context) });
    return prepared(moderation(adapter, 'lin').remove({ kind: 'answer', id: 'a-vpn-1' }).then(() => provide(adapter, widget(args))));
  },
  play: openThread('q-vpn'),
};

/** Hidden: a moderator hid Mia's question; in her list she sees "Hidden" and why (others no longer see it). */
export const Hidden: Story = {
  args: { context: 'story:/hidden' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed(args.context) });
    return prepared(moderation(adapter, 'mod').hide({ kind: 'question', id: 'q-vpn' }, { reason: 'It shows a colleague\'s phone number; please edit it out.' })
      .then(() => provide(adapter, widget(args))));
  },
};

/** Held: first posts wait for a moderator; Noor, new here, sees her first question "Waiting for review" (nobody else sees it yet). */
export const Held: Story = {
  args: { context: 'story:/held' },
  render: (args) => {
    const base = seed(args.context);
    base.people.push({ id: 'noor', name: 'Noor Haddad', roles: ['member'], title: 'New starter', joinedAt: new Date().toISOString() });
    const adapter = new MemoryAdapter({ seed: base, user: 'noor', moderation: { holdFirstPosts: 1 } });
    return prepared(adapter.questions.askQuestion({ context: args.context, title: 'Is there a parking space for visitors?', body: 'My first week; a guest comes on Friday.' })
      .then(() => provide(adapter, widget(args))));
  },
};
