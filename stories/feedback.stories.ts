import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type Seed, type SeedFeedback } from '@confab/core';
import '../packages/elements/src/feedback/define.js';
import { provide, stateStories } from './support/provide.js';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

/** A travel-policy page with some feedback from colleagues; `mine` adds the reader's own. */
function seed(subject: string, mine: Partial<SeedFeedback> | null = null): Seed {
  return {
    currentUser: 'mia',
    people: [
      { id: 'mia', name: 'Mia Schneider', roles: ['member'] },
      { id: 'lin', name: 'Lin Chen', roles: ['member', 'moderator'], title: 'HR partner' },
      { id: 'omar', name: 'Omar Haddad', roles: ['member'] },
      { id: 'ana', name: 'Ana Costa', roles: ['member'] },
    ],
    feedback: [
      { id: 'f-1', subject, rating: 5, author: 'omar', createdAt: hoursAgo(50) },
      { id: 'f-2', subject, rating: 1, reason: 'Outdated', comment: 'The per-diem table is from 2024.', author: 'ana', createdAt: hoursAgo(30) },
      { id: 'f-3', subject, rating: 5, author: 'lin', createdAt: hoursAgo(20) },
      { id: 'f-4', subject, variant: 'stars', rating: 4, author: 'omar', createdAt: hoursAgo(10) },
      { id: 'f-5', subject, variant: 'stars', rating: 5, author: 'ana', createdAt: hoursAgo(9) },
      ...(mine ? [{ id: 'f-mine', subject, rating: 1, author: 'mia', createdAt: hoursAgo(26), ...mine }] : []),
    ],
  };
}

interface Args {
  subject: string;
  variant: 'helpful' | 'stars';
  reasons: string | undefined;
  anonymous: boolean;
  showSummary: boolean;
}

const widget = (args: Args, theme?: string) => html`<confab-feedback subject=${args.subject} variant=${args.variant} .reasons=${args.reasons}
  ?anonymous=${args.anonymous} ?show-summary=${args.showSummary} theme=${theme ?? 'auto'}></confab-feedback>`;

const states = stateStories<Args>({ adapter: (args) => new MemoryAdapter({ seed: seed(args.subject) }), widget: (args) => widget(args), missing: 'feedback' });

/** Clears what earlier visits of a story left in localStorage (drafts, kept writes) for its subject. */
const fresh = (subject: string) => {
  for (const key of Object.keys(localStorage)) if (key.includes(`feedback:${subject}`)) localStorage.removeItem(key);
};

type Canvas = { canvasElement: HTMLElement };
/** Waits for the widget to render its rating controls, then runs `steps` on its shadow root. */
const play = (steps: (root: ShadowRoot, el: HTMLElement) => void | Promise<void>) => async ({ canvasElement }: Canvas) => {
  const el = canvasElement.querySelector('confab-feedback');
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('fieldset'); i++) await new Promise((r) => setTimeout(r, 20));
  await steps(el.shadowRoot!, el);
  await el.updateComplete;
};
const adapterOf = (el: HTMLElement) => el.closest('confab-provider')!.adapter as MemoryAdapter;
const click = (root: ShadowRoot, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name)?.click();
const typeComment = async (root: ShadowRoot, el: HTMLElement, text: string) => {
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  const box = root.querySelector('textarea');
  if (!box) return;
  box.value = text;
  box.dispatchEvent(new Event('input'));
};

/**
 * `<confab-feedback>`: "Was this page helpful?" with reasons and a comment; the reader later
 * sees the page owner's response, live. Feedback sent offline is kept and delivered later.
 */
const meta = {
  title: 'Widgets/Feedback',
  component: 'confab-feedback',
  args: { subject: 'story:/travel-policy', variant: 'helpful', reasons: undefined, anonymous: false, showSummary: true },
  argTypes: {
    variant: { control: 'inline-radio', options: ['helpful', 'stars'] },
    reasons: { control: 'text', description: '`A|B|C` (after a negative answer) or `{"yes":[…],"no":[…]}`; empty: no chips' },
  },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.subject), latency: 150 }), widget(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** The question with "Yes" and "No", and how others answered. */
export const Default: Story = {};

/** 1–5 stars as a radio group (arrow keys). */
export const Stars: Story = { args: { variant: 'stars', subject: 'story:/stars' } };

/** After "No": reason chips, the comment box (with its character count), "Send" and "Skip". */
export const FollowUp: Story = {
  args: { subject: 'story:/follow-up' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play((root) => click(root, 'No')),
};

/** Reason chips from the `reasons` attribute, per answer, as JSON. */
export const CustomReasons: Story = {
  args: { subject: 'story:/reasons', reasons: '{"yes":["Found the form"],"no":["Form missing","Wrong contact","Link broken"]}' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play((root) => click(root, 'No')),
};

/** Anonymous: the note says the owner will not see the reader's name. */
export const Anonymous: Story = {
  args: { subject: 'story:/anonymous', anonymous: true },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play((root) => click(root, 'Yes')),
};

/** Sending: the backend takes an hour to answer. */
export const Sending: Story = {
  args: { subject: 'story:/sending' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play(async (root, el) => {
    click(root, 'No');
    await typeComment(root, el, 'The hotel limits for Zurich are missing.');
    adapterOf(el).latency = 3_600_000;
    click(root, 'Send');
  }),
};

/** Thanks: what was sent, and that the owner has not responded yet. */
export const Thanks: Story = {
  args: { subject: 'story:/thanks' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play(async (root, el) => {
    click(root, 'No');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    click(root, 'Outdated');
    await typeComment(root, el, 'The per-diem table is from 2024.');
    click(root, 'Send');
  }),
};

/** Already answered: the reader's earlier feedback, not yet responded to. */
export const AlreadyAnswered: Story = {
  args: { subject: 'story:/answered' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.subject, { reason: 'Unclear', comment: 'Which form do I use abroad?' }) }), widget(args)),
};

/** Responded: the owner's answer, with who responded and when. */
export const Responded: Story = {
  args: { subject: 'story:/responded' },
  render: (args) => provide(new MemoryAdapter({
    seed: seed(args.subject, { reason: 'Unclear', comment: 'Which form do I use abroad?', response: { body: 'Use form T-2; the page now says so. Thanks!', by: 'lin', at: hoursAgo(2) } }),
  }), widget(args)),
};

/** Live: the owner responds five seconds after the page loads, and the response appears in place. */
export const LiveResponse: Story = {
  args: { subject: 'story:/live' },
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed(args.subject, { comment: 'The booking link is broken.' }) });
    setTimeout(() => void adapter.as('lin').feedback.respondToFeedback('f-mine', { body: 'Fixed the link, thank you for telling us.' }), 5000);
    return provide(adapter, widget(args));
  },
};

/** Loading: the adapter answers after an hour. */
export const Loading: Story = { ...states.Loading, args: { subject: 'story:/loading' } };

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = { ...states.ErrorState, args: { subject: 'story:/error' } };

/** No adapter: outside any `<confab-provider>`, the prompt says it is not connected. */
export const NoAdapter: Story = { ...states.NoAdapter, args: { subject: 'story:/no-adapter' } };

/** Area missing: the backend offers no feedback, and the prompt says "not available on this backend". */
export const AreaMissing: Story = { ...states.AreaMissing, args: { subject: 'story:/area-missing' } };

/** Offline: the feedback is kept and sent when the connection is back ("Send now" tries at once). */
export const Offline: Story = {
  args: { subject: 'story:/offline' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args));
  },
  play: play(async (root, el) => {
    click(root, 'No');
    await typeComment(root, el, 'Written on the train without a connection.');
    adapterOf(el).offline = true;
    click(root, 'Send');
  }),
};

/** Long text: a long earlier comment and response wrap; hostile text stays text. */
export const LongText: Story = {
  args: { subject: 'story:/long' },
  render: (args) => provide(new MemoryAdapter({
    seed: seed(args.subject, {
      reason: 'Missing information',
      comment: `${'The section about international travel does not explain which insurance applies to private extensions of business trips. '.repeat(6)}<img src=x onerror=alert(1)>`,
      response: { body: `${'We are updating the section together with the insurance team and will publish it next week. '.repeat(5)}<script>alert(1)</script>`, by: 'lin', at: hoursAgo(1) },
    }),
  }), widget(args), (t) => html`<div style="max-width: 28rem">${t}</div>`),
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: { subject: 'story:/rtl' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** Arabic stars, right to left. */
export const RightToLeftStars: Story = {
  args: { subject: 'story:/rtl-stars', variant: 'stars' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  args: { subject: 'story:/de' },
  render: (args) => provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme, after "No". */
export const Dark: Story = {
  args: { subject: 'story:/dark' },
  render: (args) => {
    fresh(args.subject);
    return provide(new MemoryAdapter({ seed: seed(args.subject) }), widget(args, 'dark'), (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`);
  },
  play: play((root) => click(root, 'No')),
};
