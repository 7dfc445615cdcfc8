import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { MemoryAdapter, type Seed, type WebhookDelivery } from '@confab/core';
import '../packages/elements/src/webhooks-admin/define.js';
import { prepared, provide, stateStories, type Wrap } from './support/provide.js';

/** Ada is the admin; Ben and Mo are not. */
function seed(currentUser = 'ada'): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Okonkwo', roles: ['member', 'admin'], title: 'Intranet owner', department: 'Communications' },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager', department: 'HR' },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'], title: 'Network engineer', department: 'IT' },
    ],
  };
}

interface Args {
  pageSize: number;
}

const admin = (args: Args, theme = 'auto') => html`<confab-webhooks-admin page-size=${args.pageSize} theme=${theme}></confab-webhooks-admin>`;

const CRM = 'https://crm.northwind.example/hooks/confab';
const CHAT = 'https://chat.northwind.example/incoming/b7e2';
const WAREHOUSE = 'https://warehouse.northwind.example/ingest/confab';
/** The reason the reference server's worker gives when it disables an endpoint. */
const FAILED = 'Disabled after deliveries failed for 24 h (last: 500)';

/**
 * Three endpoints — the CRM (its secret just rotated), the team chat, and the data warehouse,
 * which the server disabled after a day of failures — and a few questions and answers, which
 * `MemoryAdapter` records as deliveries (it never sends them).
 */
async function withEndpoints(adapter = new MemoryAdapter({ seed: seed() }), crmUrl = CRM, description = 'Sales CRM: new questions and answers become tickets.'): Promise<MemoryAdapter> {
  const w = adapter.webhooks;
  const crm = await w.create({ url: crmUrl, description, events: ['question.created', 'answer.created', 'answer.accepted'] });
  await w.create({ url: CHAT, description: 'Posts new ideas to the #ideas channel.', events: ['idea.created', 'idea.status-changed'] });
  const warehouse = await w.create({ url: WAREHOUSE, events: ['question.created', 'vote.changed', 'feedback.created'] });
  await w.update(warehouse.id, { enabled: false });
  const context = 'https://intranet.northwind.example/policies/travel';
  for (const title of ['Who approves first-class train tickets?', 'Is a taxi at night covered?', 'How do I claim a hotel booked abroad?']) {
    const q = await adapter.questions.askQuestion({ context, title });
    await adapter.questions.answerQuestion(q.id, { body: 'See section 4 of the travel policy.' });
  }
  await w.rotateSecret(crm.id);
  const list = w.list;
  w.list = async (options) => (await list(options)).map((e) => (e.id === warehouse.id ? { ...e, disabledReason: FAILED } : e));
  return adapter;
}

/** What the server's worker would have recorded for the deliveries shown: delivered, retrying, failed for good. */
function sent(adapter: MemoryAdapter): MemoryAdapter {
  const outcomes: Partial<WebhookDelivery>[] = [
    { status: 'delivered', attempts: 1, responseStatus: 204, durationMs: 87, error: null },
    { status: 'pending', attempts: 3, responseStatus: 503, durationMs: 1204, error: 'HTTP 503' },
    { status: 'failed', attempts: 14, responseStatus: null, durationMs: 10_000, error: 'No answer within 10 s' },
  ];
  const deliveries = adapter.webhooks.deliveries;
  adapter.webhooks.deliveries = async (id, query, options) => {
    const page = await deliveries(id, query, options);
    const later = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
    return {
      ...page,
      items: page.items.map((d, i) => {
        const o = outcomes[i % outcomes.length]!;
        return { ...d, ...o, lastAttemptAt: later(d.createdAt, 1_000), nextAttemptAt: o.status === 'pending' ? later(d.createdAt, 120_000) : null };
      }),
    };
  };
  return adapter;
}

const withData = (args: Args, wrap?: Wrap, setup = () => withEndpoints(), theme = 'auto') =>
  prepared(setup().then((adapter) => provide(adapter, admin(args, theme), wrap)));

type Canvas = { canvasElement: HTMLElement };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => unknown) => {
  for (let i = 0; i < 200 && !check(); i++) await sleep(20);
};
/** Waits for the widget's list, then runs `steps` on its shadow root. */
const play = (steps: (root: ShadowRoot) => Promise<void> | void) => async ({ canvasElement }: Canvas) => {
  const find = () => canvasElement.querySelector('confab-webhooks-admin');
  await until(() => find()?.shadowRoot?.querySelector('#add'));
  const el = find();
  if (!el?.shadowRoot?.querySelector('#add')) return;
  await steps(el.shadowRoot);
  await el.updateComplete;
};
const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
const openForm = async (root: ShadowRoot) => {
  root.querySelector<HTMLButtonElement>('#add')!.click();
  await until(() => root.querySelector('#webhook-url'));
};
const fill = (root: ShadowRoot, url: string, events: string[]) => {
  const input = root.querySelector<HTMLInputElement>('#webhook-url')!;
  input.value = url;
  input.dispatchEvent(new Event('input'));
  for (const type of events) root.querySelector<HTMLInputElement>(`#webhook-event-${CSS.escape(type)}`)?.click();
};

const states = stateStories<Args>({
  adapter: () => new MemoryAdapter({ seed: seed() }),
  widget: (args) => admin(args),
  missing: 'webhooks',
});

/**
 * `<confab-webhooks-admin>`: admins add webhook endpoints, choose their event types, rotate their
 * signing secrets (shown once), disable or remove them, and read each one's delivery log.
 */
const meta = {
  title: 'Widgets/Webhooks admin',
  component: 'confab-webhooks-admin',
  args: { pageSize: 20 },
  argTypes: { pageSize: { control: { type: 'number', min: 1, max: 100 }, description: 'Deliveries per page of an endpoint’s log' } },
  render: (args) => withData(args),
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Every endpoint: URL, description, events, state (the warehouse disabled after failures), the previous secret's end after a rotation. */
export const Default: Story = {};

/** Empty: no endpoint yet. */
export const Empty: Story = states.Empty;

/** Creating: the form, with a checkbox per event type. */
export const Creating: Story = { play: play(openForm) };

/** A refused URL: the error is on the field, focus goes there, nothing is stored. */
export const InvalidUrl: Story = {
  play: play(async (root) => {
    await openForm(root);
    fill(root, 'ftp://files.northwind.example/hook', ['question.created']);
    await sleep(0);
    button(root, 'Create endpoint')?.click();
    await until(() => root.querySelector('#webhook-url-error'));
  }),
};

/** After "Create endpoint": the new secret, shown once, with "Copy secret" and "Hide secret". */
export const SecretShown: Story = {
  name: 'Secret shown',
  play: play(async (root) => {
    await openForm(root);
    fill(root, 'https://tickets.northwind.example/hooks', ['question.created', 'answer.accepted']);
    await sleep(0);
    button(root, 'Create endpoint')?.click();
    await until(() => root.querySelector('#secret'));
  }),
};

/** "Remove" asks first. */
export const ConfirmRemove: Story = {
  name: 'Confirm remove',
  play: play(async (root) => {
    button(root, `Remove ${CHAT}`)?.click();
    await until(() => root.querySelector('[part="confirm"]'));
  }),
};

/** The CRM's delivery log, two at a time: delivered, retrying and failed deliveries. */
export const Deliveries: Story = {
  args: { pageSize: 2 },
  render: (args) => withData(args, undefined, () => withEndpoints().then(sent)),
  play: play(async (root) => {
    button(root, `Deliveries of ${CRM}`)?.click();
    await until(() => root.querySelector('[part="delivery"]'));
  }),
};

/** A member (here a moderator) sees a clear "not allowed" message. */
export const NotAllowed: Story = { name: 'Not an admin', render: (args) => provide(new MemoryAdapter({ seed: seed('mo') }), admin(args)) };

/** Nobody signed in. */
export const SignedOut: Story = {
  render: (args) => {
    const adapter = new MemoryAdapter({ seed: seed() });
    adapter.actAs(null);
    return provide(adapter, admin(args));
  },
};

/** Loading: the adapter answers after an hour. */
export const Loading: Story = states.Loading;

/** Error: the backend is down; "Retry" recovers. */
export const ErrorState: Story = states.ErrorState;

/** Offline: nothing loads; "Retry" (or coming back online) loads again. */
export const Offline: Story = states.Offline;

/** No adapter: outside any `<confab-provider>`, the widget says it is not connected. */
export const NoAdapter: Story = states.NoAdapter;

/** Area missing: the backend offers no webhooks, and the widget says "not available on this backend". */
export const AreaMissing: Story = states.AreaMissing;

/** A long URL wraps; a description with markup stays text. */
export const LongText: Story = {
  render: (args) => withData(args, (t) => html`<div style="max-width: 24rem">${t}</div>`, () => withEndpoints(
    new MemoryAdapter({ seed: seed() }),
    `https://integration-gateway.eu-central-1.northwind-rail-platform.example/webhooks/confab/${'a1b2c3d4'.repeat(8)}?tenant=intranet`,
    `<img src=x onerror=alert(1)> ${'Forwards every question to the service desk, which opens a ticket and assigns it. '.repeat(3)}`,
  )),
};

/** Arabic, right to left. */
export const RightToLeft: Story = { render: (args) => withData(args, (t) => html`<div lang="ar" dir="rtl">${t}</div>`) };

/** Hebrew, right to left, with the delivery log open. */
export const Hebrew: Story = {
  render: (args) => withData(args, (t) => html`<div lang="he" dir="rtl">${t}</div>`, () => withEndpoints().then(sent)),
  play: play(async (root) => {
    root.querySelector<HTMLButtonElement>('[id^="log-"]')?.click();
    await until(() => root.querySelector('[part="delivery"]'));
  }),
};

/** German. */
export const German: Story = { render: (args) => withData(args, (t) => html`<div lang="de">${t}</div>`) };

/** Dark theme. */
export const Dark: Story = {
  render: (args) => withData(args, (t) => html`<div style="background:#0d1117;padding:1rem">${t}</div>`, () => withEndpoints(), 'dark'),
};
