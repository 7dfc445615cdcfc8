import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { MemoryAdapter, UnavailableError } from '@confab/core';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/expert-finder/define.js';
import { directorySeed, expertSeed } from '../packages/elements/src/expert-badge/expert-seed.js';

interface Args {
  skill: string;
  query: string;
}

const finder = (args: Args, theme = 'auto') =>
  html`<confab-expert-finder skill=${args.skill} query=${args.query} theme=${theme}></confab-expert-finder>`;

const provide = (adapter: MemoryAdapter, content: TemplateResult) =>
  html`<confab-provider .adapter=${adapter}>${content}</confab-provider>`;

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
export const Empty: Story = { args: { query: 'Underwater basket weaving' } };

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
export const Loading: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => provide(new MemoryAdapter({ seed: expertSeed(), latency: 3_600_000 }), finder(args)),
};

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = {
  name: 'Error',
  args: { skill: 'Kubernetes' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    adapter.failNext(new UnavailableError('Service unavailable'), 1);
    return provide(adapter, finder(args));
  },
};

/** Offline. */
export const Offline: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    adapter.offline = true;
    return provide(adapter, finder(args));
  },
};

/** Right to left, in Arabic. */
export const RightToLeft: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => html`<div lang="ar" dir="rtl">${provide(new MemoryAdapter({ seed: expertSeed() }), finder(args))}</div>`,
};

/** Dark theme. */
export const Dark: Story = {
  args: { skill: 'Kubernetes' },
  render: (args) => html`<div style="background: #0d1117; padding: 1rem">${provide(new MemoryAdapter({ seed: expertSeed() }), finder(args, 'dark'))}</div>`,
};
