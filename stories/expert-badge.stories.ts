import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../packages/elements/src/expert-badge/define.js';
import { directorySeed, expertSeed } from './fixtures/expert-seed.js';
import { provide, stateStories } from './support/provide.js';

interface Args {
  person: string;
  compact: boolean;
}

const badge = (args: Args, theme = 'auto') =>
  html`<confab-expert-badge person=${args.person} ?compact=${args.compact} theme=${theme}></confab-expert-badge>`;

const states = stateStories<Args>({ adapter: () => new MemoryAdapter({ seed: expertSeed() }), widget: (args) => badge(args), missing: 'people' });

type Canvas = { canvasElement: HTMLElement };
/** Waits for the first badge's chip, then opens its profile card. */
const openCard = async ({ canvasElement }: Canvas) => {
  const el = canvasElement.querySelector('confab-expert-badge');
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#chip'); i++) await new Promise((r) => setTimeout(r, 20));
  el.shadowRoot?.querySelector<HTMLButtonElement>('#chip')?.click();
};

/**
 * `<confab-expert-badge>`: a person chip (avatar or initials, name, two top skills, availability)
 * that opens a profile card on click, Enter/Space or hover: skills with endorsements, evidence
 * from accepted answers, "Ask <first name>" and "Endorse". Signed in as Sam Taylor.
 */
const meta = {
  title: 'Widgets/Expert badge',
  component: 'confab-expert-badge',
  args: { person: 'ana', compact: false },
  argTypes: {
    person: { control: 'select', options: ['ana', 'ben', 'carla', 'dev', 'me', 'long', 'hostile', 'nobody'] },
  },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed(), latency: 150 }), html`<p>Ask ${badge(args)} about travel.</p>`),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The chip inline in running text. */
export const Default: Story = {};

/** The profile card, open: title, department, location, skills with endorsements, evidence, Ask and Endorse. */
export const ProfileCard: Story = { args: { person: 'ben' }, play: openCard };

/** `compact`: avatar and name only. */
export const Compact: Story = { args: { person: 'ben', compact: true } };

/** Your own profile: no "Endorse" and no "Ask". */
export const OwnProfile: Story = { args: { person: 'me' }, play: openCard };

/** A person who listed no skills and answered nothing yet. */
export const NoSkills: Story = { args: { person: 'dev' }, play: openCard };

/** A very long name and title: the chip truncates with an ellipsis (full name in its title). */
export const LongName: Story = {
  args: { person: 'long' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), html`<div style="max-width: 18rem">${badge(args)}</div>`),
};

/** Hostile name, title and skill: shown as text; a `javascript:` avatar URL is refused. */
export const HostileText: Story = { args: { person: 'hostile' }, play: openCard };

/** An id the backend does not know. */
export const UnknownPerson: Story = { args: { person: 'nobody' } };

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: the person cannot be loaded. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the badge says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no people, and the badge says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

/** A directory of 200 badges: one `getPeople` request loads them all. */
export const Directory: Story = {
  render: () => provide(new MemoryAdapter({ seed: directorySeed(200), latency: 300 }), html`<div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    ${Array.from({ length: 200 }, (_, i) => html`<confab-expert-badge person=${`p${i}`} compact></confab-expert-badge>`)}
  </div>`),
};

/** Live: someone else endorses Carla's Kubernetes skill three seconds after the page loads. */
export const Live: Story = {
  args: { person: 'carla' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    setTimeout(() => void adapter.as('ines').people.endorse('carla', 'Kubernetes', true), 3000);
    return provide(adapter, badge(args));
  },
  play: openCard,
};

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: { person: 'ben' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), html`<p>اسأل ${badge(args)} عن Kubernetes.</p>`, (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
  play: openCard,
};

/** Dark theme. */
export const Dark: Story = {
  args: { person: 'ben' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), badge(args, 'dark'), (t) => html`<div style="background: #0d1117; padding: 1rem">${t}</div>`),
  play: openCard,
};
