import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../packages/elements/src/notifications/define.js';
import { provide, stateStories } from './support/provide.js';

const PAGE = 'https://intranet.example/it/vpn';

/** Ben asked a question and wrote an idea; Ana, Mo and Lin answer, review and comment. */
function seed(): Seed {
  return {
    currentUser: 'ben',
    people: [
      { id: 'ben', name: 'Ben Okafor', roles: ['member'] },
      { id: 'ana', name: 'Ana Costa', roles: ['member'] },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'] },
      { id: 'lin', name: 'Lin Chen', roles: ['member'] },
    ],
    questions: [{ id: 'q1', context: PAGE, title: 'How do I reset my VPN password?', body: 'The client says it expired.', author: 'ben' }],
    ideas: [{ id: 'i1', campaignId: null, title: 'Bike racks at the north entrance', body: 'There is never a free one.', author: 'ben' }],
    feedback: [{ id: 'f1', subject: PAGE, rating: 1, reason: 'Outdated', author: 'ben' }],
  };
}

/** Writes by others that tell Ben something, then `read` of them marked read. */
async function withNotifications(adapter: MemoryAdapter, count = 4, read = 0): Promise<MemoryAdapter> {
  const writes = [
    () => adapter.as('ana').questions.askQuestion({ context: PAGE, title: 'Which VPN profile do contractors use?', notify: ['ben'] }),
    () => adapter.as('ana').questions.answerQuestion('q1', { body: 'Use the **self-service portal**: Account → VPN → Reset.' }),
    () => adapter.as('mo').ideas.changeIdeaStatus('i1', { status: 'planned', note: 'Facilities will add ten racks in May.' }),
    () => adapter.as('lin').ideas.addComment('i1', { body: 'Yes please, cc @[Ben Okafor](person:ben)' }),
    () => adapter.as('mo').feedback.respondToFeedback('f1', { body: 'Thanks, the page is up to date again.' }),
  ];
  for (const write of writes.slice(0, count)) await write();
  if (read) {
    const page = await adapter.notifications.list({ limit: 100 });
    await adapter.notifications.markRead(page.items.slice(-read).map((n) => n.id));
  }
  return adapter;
}

interface Args {
  open: boolean;
  pageSize: number;
}

const bell = (args: Args) => html`<div style="min-height:34rem">
  <confab-notifications ?open=${args.open} page-size=${args.pageSize}></confab-notifications></div>`;

/** The widget once the writes are done (live updates would bring them too, one by one). */
const after = (ready: Promise<MemoryAdapter>, args: Args): TemplateResult =>
  html`${until(ready.then((adapter) => provide(adapter, bell(args))), html`<p>…</p>`)}`;

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: seed() }),
  widget: (args) => bell(args),
  missing: 'notifications',
});

/**
 * `<confab-notifications>`: the bell for the page header. It is named "Notifications, N unread"
 * and opens a panel with the notifications newest first (unread ones marked), each linking to
 * where it happened, "Mark all as read" and "Preferences". New ones arrive live.
 */
const meta = {
  title: 'Widgets/Notifications',
  component: 'confab-notifications',
  args: { open: true, pageSize: 20 },
  argTypes: {
    open: { control: 'boolean' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => after(withNotifications(new MemoryAdapter({ seed: seed() }), 5, 2), args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Open, three unread notifications above two read ones. */
export const Default: Story = {};

/** Closed: the bell with its unread count. */
export const Closed: Story = { args: { open: false } };

/** Everything read: no count on the bell, no marks. */
export const AllRead: Story = { render: (args) => after(withNotifications(new MemoryAdapter({ seed: seed() }), 5, 5), args) };

/** Two at a time, with "Show more". */
export const Paged: Story = { args: { pageSize: 2 } };

/** Signed out: the panel asks to sign in. */
export const SignedOut: Story = { render: (args) => provide(new MemoryAdapter({ seed: seed() }).as(null), bell(args)) };

/** Preferences: for each type, in the page, in the e-mail digest, e-mail at once or off; the digest daily or weekly; auto-follow. */
export const Preferences: Story = {
  play: async ({ canvasElement }) => {
    // Opens the view as a reader would: "Preferences" in the open panel (tried until the panel is ready).
    const root = () => canvasElement.querySelector('confab-notifications')?.shadowRoot;
    for (let i = 0; i < 50 && !root()?.querySelector('[part="preferences"]'); i++) {
      const toggle = root()?.querySelector<HTMLButtonElement>('#prefs-toggle');
      if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
      await new Promise((r) => setTimeout(r, 100));
    }
  },
};

/** Live: a new answer arrives every few seconds and is announced politely. */
export const Live: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    let n = 0;
    const timer = setInterval(() => {
      if (++n > 5) return clearInterval(timer);
      void adapter.as('ana').questions.answerQuestion('q1', { body: `Another idea, number ${n}.` });
    }, 3000);
    return provide(adapter, bell(args));
  },
};

export const Loading: Story = states.Loading;
/** No notifications yet. */
export const Empty: Story = states.Empty;
export const ErrorState: Story = states.ErrorState;
export const Offline: Story = states.Offline;
export const NoAdapter: Story = states.NoAdapter;
export const AreaMissing: Story = states.AreaMissing;
