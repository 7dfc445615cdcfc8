import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../packages/elements/src/profile/define.js';
import '../packages/elements/src/expert-badge/define.js';
import { profileSeed, refusingAdapter } from './fixtures/profile-seed.js';
import { provide, stateStories } from './support/provide.js';

interface Args {
  person: string;
  user: string;
}

const profile = (args: Args, theme = 'auto') => html`<confab-profile person=${args.person} theme=${theme}></confab-profile>`;

const states = stateStories<Args>({
  adapter: (args) => new MemoryAdapter({ seed: profileSeed(args.user) }),
  widget: (args) => profile(args),
  missing: 'people',
  empty: { adapter: () => new MemoryAdapter({ seed: { currentUser: 'new', people: [{ id: 'new', name: 'New Starter' }] } }) },
});

/**
 * `<confab-profile>`: people keep their own profile — title, department, location, "About"
 * (Markdown, previewed sanitised), availability with an "until" date, and skills suggested from
 * the ones others list (type "k8s": the vocabulary offers Kubernetes).
 */
const meta = {
  title: 'Widgets/Profile',
  component: 'confab-profile',
  args: { person: '', user: 'me' },
  argTypes: {
    person: { control: 'text', description: 'Whose profile (admins only); empty: your own' },
    user: { control: 'select', options: ['me', 'ada', 'ben'], description: 'Who is signed in (demo)' },
  },
  render: (args) => provide(new MemoryAdapter({ seed: profileSeed(args.user), latency: 150 }), profile(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Your own profile. */
export const Default: Story = {};

/** An admin edits someone else's profile, the name included. */
export const AdminEditsAnyone: Story = { args: { user: 'ada', person: 'ben' } };

/** Someone who is not an admin opens another person's profile: read-only, with a clear message. */
export const NotAllowed: Story = { args: { user: 'me', person: 'ben' } };

/** Hostile About text renders as sanitised Markdown; the script and handler are gone. */
export const HostileAbout: Story = { args: { user: 'hostile' } };

/** A save the backend refuses: the error is shown, the stored profile comes back, "Restore my changes" offers the edits again. */
export const SaveRefused: Story = {
  render: (args) => {
    return provide(refusingAdapter(new MemoryAdapter({ seed: profileSeed(args.user) })), profile(args));
  },
};

/** The entry point: your own badge's card offers "Edit profile" (a link with `profile-url`). */
export const BadgeEntryPoint: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: profileSeed(args.user) }), html`<p>
    <confab-expert-badge person="me" profile-url="#my-profile"></confab-expert-badge>
    <confab-expert-badge person="ben"></confab-expert-badge></p>`),
};

/** Right to left. */
export const Arabic: Story = { render: (args) => provide(new MemoryAdapter({ seed: profileSeed(args.user) }), profile(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`) };

/** Dark theme. */
export const Dark: Story = { render: (args) => provide(new MemoryAdapter({ seed: profileSeed(args.user) }), profile(args, 'dark')) };

export const Loading: Story = states.Loading;
/** A person who arrived through SSO with a name and nothing else. */
export const Empty: Story = states.Empty;
export const ErrorState: Story = states.ErrorState;
export const Offline: Story = states.Offline;
export const NoAdapter: Story = states.NoAdapter;
export const AreaMissing: Story = states.AreaMissing;
