import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ConflictError, MemoryAdapter, type Seed } from '@confab/core';
import '../packages/elements/src/people-admin/define.js';
import { provide, stateStories } from './support/provide.js';

/** Ada is the only admin; Mo moderates; the others are members. */
function seed(currentUser = 'ada', extra: Seed['people'] = []): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Okonkwo', roles: ['member', 'admin'], title: 'Intranet owner', department: 'Communications' },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager', department: 'HR' },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'], title: 'Network engineer', department: 'IT' },
      { id: 'mia', name: 'Mia Schneider', roles: ['member'], title: 'Controller', department: 'Finance' },
      { id: 'yuki', name: 'Yuki Tanaka', roles: ['member'], title: 'Designer', department: 'Marketing' },
      ...extra,
    ],
  };
}

interface Args {
  query: string;
  pageSize: number;
}

const admin = (args: Args, theme = 'auto') => html`<confab-people-admin query=${args.query} page-size=${args.pageSize} theme=${theme}></confab-people-admin>`;

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: seed() }),
  widget: (args) => admin(args),
  missing: 'people',
  empty: { adapter: () => new MemoryAdapter({ seed: seed() }), args: { query: 'nobody-here' } },
});

/**
 * `<confab-people-admin>`: admins grant and revoke moderator and admin. Search people, see their
 * roles, press a toggle per role; a refused change rolls back with the reason.
 */
const meta = {
  title: 'Widgets/People admin',
  component: 'confab-people-admin',
  args: { query: '', pageSize: 20 },
  argTypes: {
    query: { control: 'text', description: 'The search to start with; empty lists everyone' },
    pageSize: { control: { type: 'number', min: 1, max: 100 } },
  },
  render: (args) => provide(new MemoryAdapter({ seed: seed(), latency: 150 }), admin(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Everyone by name, each with their roles and a toggle per role. */
export const Default: Story = {};

/** A search for a department. */
export const Searched: Story = { args: { query: 'Finance' } };

/** Two at a time, with "Show more people". */
export const Paging: Story = { args: { pageSize: 2 } };

/** Every change is refused (as for the last admin): the toggle rolls back and says why. */
export const Refused: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.people.setRoles = async () => { throw new ConflictError('Refused'); };
    return provide(adapter, admin(args));
  },
};

/** A moderator sees a clear "not allowed" message. */
export const NotAllowed: Story = { render: (args) => provide(new MemoryAdapter({ seed: seed('mo') }), admin(args)) };

/** Nobody signed in. */
export const SignedOut: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.actAs(null);
    return provide(adapter, admin(args));
  },
};

/** Empty: nobody matches the search. */
export const Empty: Story = states.Empty;

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: nothing loads; "Retry" (or coming back online) loads again. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the widget says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no people, and the widget says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

/** Long names and titles wrap; hostile strings stay text. */
export const LongText: Story = {
  render: (args) => provide(new MemoryAdapter({
    seed: seed('ada', [{
      id: 'long', name: `Maximiliana Konstantinopoulou-Wittgenstein ${'von und zu '.repeat(4)}<img src=x onerror=alert(1)>`,
      roles: ['member'], title: 'Senior principal staff engineer for cross-functional platform enablement '.repeat(2), department: 'Engineering',
    }]),
  }), admin(args), (t) => html`<div style="max-width: 24rem">${t}</div>`),
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), admin(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** Hebrew, right to left. */
export const Hebrew: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), admin(args), (t) => html`<div lang="he" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), admin(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: seed() }), admin(args, 'dark'), (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`),
};
