import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, area } from '@confab/core';
import '../packages/elements/src/idea-card/define.js';
import { heldFirstIdea, ideaSeed } from './fixtures/idea-seed.js';
import { prepared, provide, stateStories } from './support/provide.js';

interface Args {
  idea: string;
  user: string;
}

const card = (args: Args, theme?: string) => html`<confab-idea-card idea=${args.idea} theme=${theme ?? 'auto'}></confab-idea-card>`;

const states = stateStories<Args>({
  adapter: (args) => new MemoryAdapter({ seed: ideaSeed(), user: args.user }),
  widget: (args) => card(args),
  missing: 'votes',
  empty: { args: { idea: '' } },
});

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
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed(), user: args.user, latency: 150 }), card(args)),
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
export const Loading: Story = states.Loading;

/** Empty: no idea attribute. */
export const Empty: Story = states.Empty;

/** Error: the backend is down; Retry recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: the idea cannot be loaded. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the card says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers ideas but no votes, and the card says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

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
    return provide(new MemoryAdapter({ seed }), card(args));
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), card(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), card(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), card(args, 'dark'), (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`),
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
      void other.votes.setVote({ kind: 'idea', id: args.idea }, on);
    }, 3000);
    return provide(adapter, card(args));
  },
  args: { idea: 'i2' },
};

/** Issue 13, the moderation area of the story's adapter acting as `who`. */
const moderation = (adapter: MemoryAdapter, who: string) => area(adapter.as(who), 'moderation');

/** Edited: Ana edited her idea; everyone sees "edited" with the time. */
export const Edited: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), user: args.user });
    return prepared(moderation(adapter, 'ana').edit({ kind: 'idea', id: 'i1' }, { title: 'Motion sensors for meeting room and corridor lights' })
      .then(() => provide(adapter, card(args))));
  },
};

/** Removed: a moderator deleted an idea; a reader sees "Removed by a moderator" in its place, without its text or the reason. */
export const Removed: Story = {
  args: { idea: 'i3' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), user: args.user });
    return prepared(moderation(adapter, 'mod').remove({ kind: 'idea', id: 'i3' }, { reason: 'A duplicate of an earlier idea.' })
      .then(() => provide(adapter, card(args))));
  },
};

/** Hidden: a moderator hid Mia's idea; she sees "Hidden" and why (others no longer see it). */
export const Hidden: Story = {
  args: { idea: 'i2' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed(), user: args.user });
    return prepared(moderation(adapter, 'mod').hide({ kind: 'idea', id: 'i2' }, { reason: 'Names a colleague; please keep it about the offices.' })
      .then(() => provide(adapter, card(args))));
  },
};

/** Held: first posts wait for a moderator; Noor, new here, sees her first idea "Waiting for review" (nobody else sees it yet). */
export const Held: Story = {
  render: (args) => prepared(heldFirstIdea().then(({ adapter, idea }) => provide(adapter, card({ ...args, idea: idea.id })))),
};
