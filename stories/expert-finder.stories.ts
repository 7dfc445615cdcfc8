import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../packages/elements/src/expert-finder/define.js';
import { directorySeed, expertSeed } from './fixtures/expert-seed.js';
import { provide, stateStories } from './support/provide.js';

interface Args {
  skill: string;
  query: string;
}

const finder = (args: Args, theme = 'auto') =>
  html`<confab-expert-finder skill=${args.skill} query=${args.query} theme=${theme}></confab-expert-finder>`;

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: expertSeed() }),
  widget: (args) => finder(args),
  missing: 'people',
  empty: { args: { query: 'Underwater basket weaving' } },
});

/**
 * `<confab-expert-finder>`: search people by skill or topic, ranked by evidence — accepted
 * answers and endorsements in the matching skills, then declared skills — each result a badge
 * with the reason it ranks.
 */
const meta = {
  title: 'Widgets/Expert finder',
  component: 'confab-expert-finder',
  args: { skill: '', query: '' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed(), latency: 150 }), finder(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Before a search: the hint. */
export const Initial: Story = {};

/** By skill: Carla's 5 accepted answers outrank Ben's 8 endorsements. */
export const BySkill: Story = { args: { skill: 'Kubernetes' } };

/** By free text. */
export const ByTopic: Story = { args: { query: 'travel' } };

/** Nothing matches. */
export const Empty: Story = states.Empty;

/** "Show more" pages through 40 people. */
export const Paging: Story = {
  args: { skill: 'Travel' },
  render: (args) => provide(new MemoryAdapter({ seed: directorySeed(40), latency: 150 }), finder(args)),
};

/** Long names and skills in the results. */
export const LongText: Story = {
  args: { query: 'Protocol' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), html`<div style="max-width: 24rem">${finder(args)}</div>`),
};

/** Hostile names and skills: shown as text. */
export const HostileText: Story = { args: { query: '<img src=x onerror="window.__confabXss=1">' } };

/** Searching: the adapter answers after an hour. */
export const Loading: Story = { ...states.Loading, args: { skill: 'Kubernetes' } };

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = { ...states.ErrorState, args: { skill: 'Kubernetes' } };

/** Offline. */
export const Offline: Story = { ...states.Offline, args: { skill: 'Kubernetes' } };

/** No adapter: outside any `<confab-provider>`, the finder says it is not connected. */
export const NoAdapter: Story = { ...states.NoAdapter, args: { skill: 'Kubernetes' } };

/** Area missing: the backend offers no people, and the finder says "not available on this backend". */
export const AreaMissing: Story = { ...states.AreaMissing, args: { skill: 'Kubernetes' } };

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), finder(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed() }), finder(args, 'dark'), (t) => html`<div style="background: #0d1117; padding: 1rem">${t}</div>`),
};
