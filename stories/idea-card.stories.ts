import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { MemoryAdapter, UnavailableError } from '@confab/core';
import '../packages/elements/src/provider/define.js';
import '../packages/elements/src/idea-card/define.js';
import { ideaSeed } from '../packages/elements/src/idea-board/idea-seed.js';

interface Args {
  idea: string;
  user: string;
}

const provide = (adapter: MemoryAdapter, args: Args, wrap: (t: TemplateResult) => TemplateResult = (t) => t) => wrap(html`
  <confab-provider .adapter=${adapter}><confab-idea-card idea=${args.idea}></confab-idea-card></confab-provider>`);

/** Opens the comment thread once the card has rendered. */
const openComments = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const card = canvasElement.querySelector('confab-idea-card');
  if (!card) return;
  for (let i = 0; i < 50 && !card.shadowRoot?.querySelector('[part="comments-toggle"]'); i++) await new Promise((r) => setTimeout(r, 20));
  card.shadowRoot?.querySelector<HTMLButtonElement>('[part="comments-toggle"]')?.click();
};

/**
 * `<confab-idea-card>`: one idea with votes, comments and where it stands in the review
 * pipeline — with the reviewer's note, who moved it and when.
 */
const meta = {
  title: 'Widgets/Idea card',
  component: 'confab-idea-card',
  args: { idea: 'i1', user: 'me' },
  argTypes: {
    idea: { control: 'select', options: ['i1', 'i2', 'i3', 'i4', 'i5'] },
    user: { control: 'select', options: ['me', 'mod', 'ana'] },
  },
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed(), user: args.user, latency: 150 }), args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** A planned idea with the reviewer's note, tags, votes and a comment. */
export const Default: Story = {};

/** A new idea without a description or tags. */
export const NewIdea: Story = { args: { idea: 'i3' } };

/** The comment thread open, with the composer. */
export const Comments: Story = { play: openComments };

/** A moderator sees "Change status", which needs a note. */
export const AsModerator: Story = { args: { user: 'mod', idea: 'i2' } };

/** Loading: the adapter answers after an hour. */
export const Loading: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed(), latency: 3_600_000 }), args),
};

/** Empty: no idea attribute. */
export const Empty: Story = { args: { idea: '' } };

/** Error: the backend is down; Retry recovers. */
export const ErrorState: Story = {
  name: 'Error',
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    adapter.failNext(new UnavailableError('Service unavailable'), 1);
    return provide(adapter, args);
  },
};

/** Offline: the idea cannot be loaded. */
export const Offline: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    adapter.offline = true;
    return provide(adapter, args);
  },
};

/** Long title, body and note wrap; hostile Markdown renders inert. */
export const LongText: Story = {
  args: { idea: 'long' },
  render: (args) => {
    const seed = ideaSeed();
    seed.ideas!.push({
      id: 'long', campaignId: 'c1', author: 'ana', tags: ['a-rather-long-tag-name', 'facilities', 'energy', 'people'], status: 'declined',
      title: 'Replace every single fluorescent tube in all of the buildings on the northern campus with dimmable LED panels '.repeat(2).trim().slice(0, 200),
      body: `${'A very long paragraph explaining the idea in much detail. '.repeat(25)}\n\n<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror="alert(1)">`,
      statusChange: { note: 'We looked at this carefully. '.repeat(12), by: 'mod' },
    });
    return provide(new MemoryAdapter({ seed }), args);
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), args, (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), args, (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) => html`<div style="background:#0d1117;padding:1rem">
    <confab-provider .adapter=${new MemoryAdapter({ seed: ideaSeed() })}>
      <confab-idea-card theme="dark" idea=${args.idea}></confab-idea-card>
    </confab-provider></div>`,
};

/** Live: a colleague toggles a vote every few seconds; the count updates in place. */
export const Live: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const other = adapter.as('ana');
    let on = false;
    const timer = setInterval(() => {
      if (!document.querySelector('confab-idea-card')) return clearInterval(timer);
      on = !on;
      void other.setVote({ kind: 'idea', id: args.idea }, on);
    }, 3000);
    return provide(adapter, args);
  },
  args: { idea: 'i2' },
};
