import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { MemoryAdapter, area, type ModerationPolicy, type Seed } from '@confab/core';
import '../packages/elements/src/moderation-queue/define.js';
import { provide, stateStories, type Wrap } from './support/provide.js';

/** Ada is an admin, Mo a moderator; the others are members. */
function seed(currentUser = 'mo'): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Okonkwo', roles: ['member', 'admin'], title: 'Intranet owner' },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager' },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'], title: 'Network engineer' },
      { id: 'mia', name: 'Mia Schneider', roles: ['member'], title: 'Controller' },
      { id: 'yuki', name: 'Yuki Tanaka', roles: ['member'], title: 'Designer' },
      { id: 'new', name: 'Noor Haddad', roles: ['member'], title: 'New starter' },
    ],
  };
}

/** A memory adapter with the moderation settings given. */
function memory(user = 'mo', moderation: Partial<ModerationPolicy> = {}): MemoryAdapter {
  return new MemoryAdapter({ seed: seed(user), moderation });
}

/** Fills the queue through the adapter: a reported answer (hidden by reports), a reported question, a held first post. */
async function fill(adapter: MemoryAdapter, longText = false): Promise<MemoryAdapter> {
  const ben = adapter.as('ben');
  const mo = area(adapter.as('mo'), 'moderation');
  const title = longText ? `Which form do I use for ${'international rail and ferry '.repeat(5)}travel?` : 'Which form do I use for travel?';
  const q = await ben.questions.askQuestion({ context: 'travel', title, body: 'The intranet lists two.', tags: ['travel'] });
  // Ben's and Mia's first posts are held while first posts are held: a moderator approved them.
  if (q.moderation?.state === 'held') await mo.approve({ kind: 'question', id: q.id });
  const a = await ben.questions.answerQuestion(q.id, { body: longText ? `**Cheap** tickets at https://spam.example/${'x'.repeat(120)} <img src="data:," onerror="alert(1)"> <script>alert(2)</script>` : 'Buy **cheap** tickets at https://spam.example' });
  for (const who of ['mia', 'yuki', 'mo']) {
    await area(adapter.as(who), 'moderation').report({ kind: 'answer', id: a.id }, who === 'yuki' ? { reason: 'other', note: 'An advert, not an answer' } : { reason: 'spam' });
  }
  const q2 = await adapter.as('mia').questions.askQuestion({ context: 'travel', title: 'Why is the canteen so bad?', body: 'Seriously.', tags: [] });
  if (q2.moderation?.state === 'held') await mo.approve({ kind: 'question', id: q2.id });
  await area(adapter.as('yuki'), 'moderation').report({ kind: 'question', id: q2.id }, { reason: 'off-topic' });
  await adapter.as('new').questions.askQuestion({ context: 'travel', title: 'My first question here', body: 'Hello, everyone!', tags: [] });
  return adapter;
}

interface Args {
  context: string;
  campaign: string;
  pageSize: number;
}

const queue = (args: Args, theme = 'auto') => html`<confab-moderation-queue context=${args.context || ''} campaign=${args.campaign || ''}
  page-size=${args.pageSize} theme=${theme}></confab-moderation-queue>`;

/** The queue over a filled adapter (filled before the widget mounts). */
function filled(args: Args, make = () => memory('mo', { holdFirstPosts: 1 }), wrap: Wrap = (t) => t, theme = 'auto', longText = false): TemplateResult {
  return html`${until(fill(make(), longText).then((adapter) => provide(adapter, queue(args, theme), wrap)), html`<p>…</p>`)}`;
}

const states = stateStories<Args>({
  adapter: () => memory(),
  widget: (args) => queue(args),
  missing: 'moderation',
});

/**
 * `<confab-moderation-queue>`: moderators review reported items and held first posts, oldest
 * first. Each entry shows the item, its reports with reasons, notes and weights, the score, the
 * author's record and earlier moderation, staff notes, and the actions: Keep, Hide, Delete,
 * Restore, Approve (held posts) and Restrict author. "History" lists the audit log (admins).
 */
const meta = {
  title: 'Widgets/Moderation queue',
  component: 'confab-moderation-queue',
  args: { context: '', campaign: '', pageSize: 20 },
  argTypes: {
    context: { control: 'text', description: 'Only items of this context (questions, answers) or subject (feedback)' },
    campaign: { control: 'text', description: 'Only items of this campaign (ideas, comments)' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => filled(args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** A hidden answer, a reported question and a held first post, oldest first. */
export const Default: Story = {};

/** One at a time, with "Show more". */
export const Paging: Story = { args: { pageSize: 1 } };

/** An admin: "History" shows the audit log. */
export const Admin: Story = { render: (args) => filled(args, () => memory('ada', { holdFirstPosts: 1 })) };

/** A member sees "Only moderators can see the moderation queue." */
export const NotAllowed: Story = { render: (args) => provide(memory('ben'), queue(args)) };

/** Empty: "Nothing to review". */
export const Empty: Story = states.Empty;

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: nothing loads; "Retry" (or coming back online) loads again. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the widget says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no moderation. */
export const AreaMissing: Story = states.AreaMissing;

/** Long titles and bodies wrap; hostile strings stay text. */
export const LongText: Story = { render: (args) => filled(args, undefined, (t) => html`<div style="max-width: 24rem">${t}</div>`, 'auto', true) };

/** Arabic, right to left. */
export const RightToLeft: Story = { render: (args) => filled(args, undefined, (t) => html`<div lang="ar" dir="rtl">${t}</div>`) };

/** Hebrew, right to left. */
export const Hebrew: Story = { render: (args) => filled(args, undefined, (t) => html`<div lang="he" dir="rtl">${t}</div>`) };

/** German. */
export const German: Story = { render: (args) => filled(args, undefined, (t) => html`<div lang="de">${t}</div>`) };

/** Dark theme. */
export const Dark: Story = { render: (args) => filled(args, undefined, (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`, 'dark') };
