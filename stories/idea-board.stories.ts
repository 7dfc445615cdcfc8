import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, area, type IdeaSort, type IdeaStatus } from '@confab/core';
import '../packages/elements/src/idea-board/define.js';
import '../packages/elements/src/expert-badge/define.js';
import { heldFirstIdea, ideaSeed, largeIdeaSeed } from './fixtures/idea-seed.js';
import { campaignSeed } from './fixtures/campaign-seed.js';
import { LONG_NAME } from './fixtures/expert-seed.js';
import { prepared, provide, stateStories } from './support/provide.js';

interface Args {
  campaign: string;
  sort: IdeaSort;
  status: IdeaStatus | '';
  user: string;
}

const board = (args: Args, theme?: string) => html`<confab-idea-board campaign=${args.campaign} sort=${args.sort} status=${args.status}
  theme=${theme ?? 'auto'}></confab-idea-board>`;

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: ideaSeed() }),
  widget: (args) => board(args),
  missing: 'ideas',
  failures: 3,
  empty: { adapter: () => new MemoryAdapter({ seed: { ...ideaSeed(), ideas: [], comments: [], votes: [] } }) },
});

/**
 * `<confab-idea-board>`: a campaign's purpose, a submit form that shows similar ideas while you
 * type, and its ideas sorted by votes, newest or trending — one page at a time, live.
 */
const meta = {
  title: 'Widgets/Idea board',
  component: 'confab-idea-board',
  args: { campaign: 'c1', sort: 'top', status: '', user: 'me' },
  argTypes: {
    campaign: { control: 'select', options: ['c1', 'c2', ''] },
    sort: { control: 'select', options: ['top', 'new', 'trending'] },
    status: { control: 'select', options: ['', 'new', 'under-review', 'planned', 'in-progress', 'implemented', 'declined'] },
    user: { control: 'select', options: ['me', 'mod', 'ana'] },
  },
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed(), user: args.user, latency: 150 }), board(args)),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** An open campaign: purpose, submit form, ideas by votes. */
export const Default: Story = {};

/** Newest first, only planned ideas. */
export const FilteredAndSorted: Story = { args: { sort: 'new', status: 'planned' } };

/** A closed campaign: no submit form, a clear message; ideas stay readable. */
export const Closed: Story = { args: { campaign: 'c2' } };

/** No campaign: ideas that belong to none. */
export const WithoutCampaign: Story = { args: { campaign: '' } };

/** Similar ideas while typing (the title is a saved draft). */
export const SimilarIdeas: Story = {
  render: (args) => {
    localStorage.setItem('confab:draft:idea-board:c1:title', 'Motion sensors for the lights');
    return provide(new MemoryAdapter({ seed: ideaSeed() }), board(args));
  },
};

/** 10,000 ideas: one page at a time with "Show more". */
export const TenThousandIdeas: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: largeIdeaSeed(10_000) }), board(args)),
};

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Empty: a campaign without ideas yet. */
export const Empty: Story = states.Empty;

/** Error: the backend is down; Retry recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: nothing loads; an idea submitted now is kept and sent once the connection is back. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the board says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no ideas, and the board says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

/** Long campaign title, purpose, idea text and author name wrap or are cut to fit; hostile input renders inert. */
export const LongText: Story = {
  render: (args) => {
    const seed = ideaSeed();
    seed.people.push({ id: 'long', name: LONG_NAME, availability: 'available', skills: ['Stakeholder management'] });
    seed.campaigns![0] = { ...seed.campaigns![0]!, title: 'Our company-wide programme to cut the energy use of every office building by half '.repeat(2).trim(), purpose: 'Energy is our second-largest cost after salaries. '.repeat(10) };
    seed.ideas!.push({
      id: 'long', campaignId: 'c1', author: 'long', createdAt: new Date().toISOString(),
      title: '<img src=x onerror="alert(1)"> A very long idea title that goes on and on to show how wrapping works in narrow columns',
      body: `${'Long description. '.repeat(40)}\n\n<script>alert(1)</script> [click](javascript:alert(1))`,
    });
    return provide(new MemoryAdapter({ seed }), board(args));
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), board(args), (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
};

/** German. */
export const German: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), board(args), (t) => html`<div lang="de">${t}</div>`),
};

/** Dark theme. */
export const Dark: Story = {
  render: (args) => provide(new MemoryAdapter({ seed: ideaSeed() }), board(args, 'dark'), (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`),
};

/** Live: a colleague submits an idea and votes every few seconds; the list announces new ideas instead of moving. */
export const Live: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    const other = adapter.as('ana');
    let n = 0;
    const timer = setInterval(() => {
      if (!document.querySelector('confab-idea-board')) return clearInterval(timer);
      n += 1;
      if (n % 2) void other.ideas.submitIdea({ campaign: 'c1', title: `Live idea number ${n} from Ana` });
      else void other.votes.setVote({ kind: 'idea', id: 'i2' }, n % 4 === 0);
    }, 3000);
    return provide(adapter, board(args));
  },
};

// Campaigns run by admins (`campaignSeed`: an admin `adm`, a campaign `c3` owned by Ana).
type Canvas = { canvasElement: HTMLElement };
/** Waits for the board's button `selector`, then presses it. */
const press = (selector: string) => async ({ canvasElement }: Canvas) => {
  const el = canvasElement.querySelector('confab-idea-board');
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 20));
  el.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
};

/** Pick a campaign: the open campaigns with their purpose (`campaigns`), as an admin with "New campaign". */
export const CampaignListing: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }),
    html`<confab-idea-board campaigns campaign-href="?campaign={id}"></confab-idea-board>`),
};

/** The listing as a member: entries are buttons that show the campaign on the same board. */
export const CampaignListingMember: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'me' }), html`<confab-idea-board campaigns></confab-idea-board>`),
};

/** The admin's view of a campaign: description, closing date, owners, "New campaign", "Edit campaign", "Close campaign". */
export const AdminView: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), html`<confab-idea-board campaign="c3"></confab-idea-board>`),
};

/** The campaign form, empty ("New campaign"): the purpose is required and the form says why. */
export const CampaignFormNew: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), html`<confab-idea-board campaigns></confab-idea-board>`),
  play: press('#new-campaign'),
};

/** The campaign form with a campaign ("Edit campaign"): owners picked with the people search. */
export const CampaignFormEdit: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), html`<confab-idea-board campaign="c3"></confab-idea-board>`),
  play: press('#edit-campaign'),
};

/** Editing a closed campaign offers to reopen it. */
export const CampaignFormReopen: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), html`<confab-idea-board campaign="c2"></confab-idea-board>`),
  play: press('#edit-campaign'),
};

/** The campaign form in Arabic, right to left. */
export const CampaignFormRightToLeft: Story = {
  render: () => provide(new MemoryAdapter({ seed: campaignSeed(), user: 'adm' }), html`<confab-idea-board campaign="c3"></confab-idea-board>`,
    (t) => html`<div lang="ar" dir="rtl">${t}</div>`),
  play: press('#edit-campaign'),
};

/** An owner of the campaign (Ana) moderates its ideas like a moderator. */
export const CampaignOwner: Story = {
  render: () => {
    const adapter = new MemoryAdapter({ seed: campaignSeed(), user: 'me' });
    void adapter.ideas.submitIdea({ campaign: 'c3', title: 'No meetings on Friday afternoons' });
    return provide(adapter.as('ana'), html`<confab-idea-board campaign="c3"></confab-idea-board>`);
  },
};

/** Issue 13, as Mia: a moderator hid her idea (she sees "Hidden" and why; others no longer see it), and Ana edited hers ("edited"). */
export const ModeratedIdeas: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: ideaSeed() });
    return prepared((async () => {
      await area(adapter.as('mod'), 'moderation').hide({ kind: 'idea', id: 'i2' }, { reason: 'Names a colleague; please keep it about the offices.' });
      await area(adapter.as('ana'), 'moderation').edit({ kind: 'idea', id: 'i1' }, { title: 'Motion sensors for meeting room and corridor lights' });
      return provide(adapter, board(args));
    })());
  },
};

/** Issue 13, held first posts: Noor, new here, sees her first idea "Waiting for review" on the board; nobody else sees it until a moderator approves it. */
export const Held: Story = {
  render: (args) => prepared(heldFirstIdea().then(({ adapter }) => provide(adapter, board(args)))),
};
