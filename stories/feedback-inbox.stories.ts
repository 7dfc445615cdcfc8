import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, area, type Seed, type SeedFeedback } from '@confab/core';
import '../packages/elements/src/feedback/define.js';
import '../packages/elements/src/feedback-inbox/define.js';
import { prepared, provide, stateStories } from './support/provide.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const TRAVEL = 'https://intranet.example/policies/travel';
const EXPENSES = 'https://intranet.example/policies/expenses';

const FEEDBACK: SeedFeedback[] = [
  { id: 'f-1', subject: TRAVEL, rating: 1, reason: 'Outdated', comment: 'The per-diem table is from 2024.', author: 'ana', createdAt: hoursAgo(50) },
  { id: 'f-2', subject: TRAVEL, rating: 5, author: 'omar', createdAt: hoursAgo(40) },
  { id: 'f-3', subject: TRAVEL, rating: 1, reason: 'Unclear', comment: 'Which form do I use abroad?', author: 'mia', createdAt: hoursAgo(26), response: { body: 'Use form T-2; the page now says so.', by: 'lin', at: hoursAgo(2) } },
  { id: 'f-4', subject: TRAVEL, variant: 'stars', rating: 2, comment: 'Hard to find the booking tool.', author: 'omar', anonymous: true, createdAt: hoursAgo(8) },
  { id: 'f-5', subject: EXPENSES, rating: 1, reason: 'Missing information', comment: 'Nothing about mileage for e-bikes.', author: 'ana', createdAt: hoursAgo(3) },
  { id: 'f-6', subject: EXPENSES, rating: 5, reason: 'Solved my problem', author: 'mia', createdAt: hoursAgo(1), state: 'actioned' },
  { id: 'f-7', subject: TRAVEL, rating: 1, reason: 'Incorrect', comment: 'Spam?', author: 'omar', createdAt: hoursAgo(0.5), state: 'dismissed' },
];

/** Lin (moderator) owns the policy pages; Mia, Omar and Ana are readers. */
function seed(feedback: SeedFeedback[] = FEEDBACK, currentUser = 'lin'): Seed {
  return {
    currentUser,
    people: [
      { id: 'lin', name: 'Lin Chen', roles: ['member', 'moderator'], title: 'HR partner' },
      { id: 'mia', name: 'Mia Schneider', roles: ['member'] },
      { id: 'omar', name: 'Omar Haddad', roles: ['member'] },
      { id: 'ana', name: 'Ana Costa', roles: ['member'] },
    ],
    feedback,
  };
}

interface Args {
  subject: string;
  state: 'open' | 'actioned' | 'dismissed' | 'all';
  pageSize: number;
}

const inbox = (args: Args, theme = 'auto') => html`<confab-feedback-inbox .subject=${args.subject || undefined} state=${args.state}
  page-size=${args.pageSize} theme=${theme}></confab-feedback-inbox>`;

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: seed() }),
  widget: (args) => inbox(args),
  missing: 'feedback',
  empty: { adapter: () => new MemoryAdapter({ seed: seed([]) }) },
});

/**
 * `<confab-feedback-inbox>`: the page owner's side of `<confab-feedback>`. Review feedback,
 * respond (the reader sees it in their widget), mark it actioned or dismissed, reopen it.
 */
const meta = {
  title: 'Widgets/Feedback inbox',
  component: 'confab-feedback-inbox',
  args: { subject: '', state: 'open', pageSize: 20 },
  argTypes: {
    state: { control: 'select', options: ['open', 'actioned', 'dismissed', 'all'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
    subject: { control: 'text', description: 'Empty: every subject, with a subject filter' },
  },
  render: (args) => provide(new MemoryAdapter({ seed: seed(), latency: 150 }), inbox(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Open feedback on every subject, newest first, with summary figures and a subject filter. */
export const Default: Story = {};

/** One subject. */
export const OneSubject: Story = { args: { subject: TRAVEL } };

/** Every state: open, actioned and dismissed, each with "Reopen" where it applies. */
export const AllStates: Story = { args: { state: 'all' } };

/** Two at a time, with "Show more". */
export const Paging: Story = { args: { state: 'all', pageSize: 2 } };

/** A member sees a clear "not allowed" message, not an empty list. */
export const NotAllowed: Story = { render: (args) => provide(new MemoryAdapter({ seed: seed(FEEDBACK, 'mia') }), inbox(args)) };

/** Nobody signed in. */
export const SignedOut: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.actAs(null);
    return provide(adapter, inbox(args));
  },
};

/** Empty: no feedback yet. */
export const Empty: Story = states.Empty;

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: nothing loads; "Retry" (or coming back online) loads again. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the inbox says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no feedback, and the inbox says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

/** Long text and hostile strings stay text and wrap. */
export const LongText: Story = {
  render: (args) => provide(new MemoryAdapter({
    seed: seed([
      {
        id: 'long', subject: `${TRAVEL}/${'very-long-path-segment/'.repeat(8)}`, rating: 1, reason: 'Missing information',
        comment: `${'The section about international travel does not explain which insurance applies to private extensions of business trips. '.repeat(8)}<img src=x onerror=alert(1)><script>alert(1)</script>`,
        author: 'ana', createdAt: hoursAgo(4),
        response: { body: 'We are on it. '.repeat(30), by: 'lin', at: hoursAgo(1) },
      },
      ...FEEDBACK,
    ]),
  }), inbox(args), (t) => html`<div style="max-width: 36rem">${t}</div>`),
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), inbox(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), inbox(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), inbox(args, 'dark'), (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`),
};

/**
 * The whole loop on one page: Mia's widget (left) and Lin's inbox (right) share one store.
 * Respond to Mia's feedback in the inbox and watch the response appear in her widget.
 */
export const CloseTheLoop: Story = {
  args: { subject: TRAVEL },
  render: (args) => {
    const owner = new MemoryAdapter({ seed: seed() });
    return html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:1rem;align-items:start">
      ${provide(owner.as('mia'), html`<confab-feedback subject=${TRAVEL}></confab-feedback>`)}
      ${provide(owner, inbox(args))}
    </div>`;
  },
};

/**
 * Issue 13, the comments' states as the page owner (a moderator) sees them: Ana edited hers
 * ("edited"), Lin hid one with a reason ("Hidden" and why), and Ana removed another ("Removed by
 * its author"; a moderator still reads it).
 */
export const ModeratedComments: Story = {
  args: { state: 'all' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const ana = area(adapter.as('ana'), 'moderation');
    return prepared((async () => {
      await ana.edit({ kind: 'feedback', id: 'f-1' }, { body: 'The per-diem table is from 2024; Germany changed in January.' });
      await area(adapter, 'moderation').hide({ kind: 'feedback', id: 'f-4' }, { reason: 'Names a colleague.' });
      await ana.remove({ kind: 'feedback', id: 'f-5' });
      return provide(adapter, inbox(args));
    })());
  },
};
