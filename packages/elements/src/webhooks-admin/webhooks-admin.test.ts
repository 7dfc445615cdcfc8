import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, UnavailableError, ValidationError, type Adapter, type Seed, type WebhookDelivery } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabWebhooksAdmin } from './webhooks-admin.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

function seed(currentUser = 'ada'): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet owner', department: 'IT' },
      { id: 'ben', name: 'Ben Member', roles: ['member'], title: 'Network engineer', department: 'IT' },
    ],
  };
}

const CRM = 'https://crm.example.com/hooks/confab';
const CHAT = 'https://chat.example.com/in/confab';

async function mount(adapter: Adapter, { lang = 'en', pageSize = 20 } = {}): Promise<ConfabWebhooksAdmin> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><confab-provider .adapter=${adapter}>
    <confab-webhooks-admin page-size=${pageSize}></confab-webhooks-admin></confab-provider></div>`);
  const el = wrapper.querySelector('confab-webhooks-admin')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]') && !el.shadowRoot!.textContent!.includes('Loading'), 'did not load');
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
const named = (el: Element, name: string) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};
const endpoint = (el: Element, url: string) => [...root(el).querySelectorAll<HTMLElement>('[part="endpoint"]')].find((li) => li.querySelector('.endpoint-url')!.textContent!.trim() === url)!;
const urls = (el: Element) => [...root(el).querySelectorAll('[part="endpoint"] .endpoint-url')].map((h) => h.textContent!.trim());
const live = (el: Element) => root(el).querySelector('[data-confab-live]')!.textContent!;
const field = <T extends HTMLElement = HTMLInputElement>(el: Element, id: string) => root(el).querySelector<T>(`#${CSS.escape(id)}`)!;

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function openCreate(el: ConfabWebhooksAdmin): Promise<void> {
  named(el, 'Add endpoint').click();
  await waitUntil(() => field(el, 'webhook-url'), 'the form did not open');
  await el.updateComplete;
}

async function fillAndSubmit(el: ConfabWebhooksAdmin, url: string, events: string[], description = ''): Promise<void> {
  type(field(el, 'webhook-url'), url);
  type(field<HTMLTextAreaElement>(el, 'webhook-description'), description);
  for (const t of events) field(el, `webhook-event-${t}`).click();
  await el.updateComplete;
  named(el, 'Create endpoint').click();
}

/** An adapter with two endpoints: the chat one disabled, the CRM one with a rotated secret. */
async function withEndpoints(): Promise<MemoryAdapter> {
  const adapter = new MemoryAdapter({ seed: seed() });
  const crm = await adapter.webhooks.create({ url: CRM, description: 'Sales CRM', events: ['question.created', 'answer.created'] });
  const chat = await adapter.webhooks.create({ url: CHAT, events: ['idea.created'] });
  await adapter.webhooks.update(chat.id, { enabled: false });
  await adapter.webhooks.rotateSecret(crm.id);
  return adapter;
}

describe('<confab-webhooks-admin>', () => {
  it('lists every endpoint with its URL, description, events, state, previous secret and times; axe-clean', async () => {
    const el = await mount(await withEndpoints());
    expect(urls(el)).to.deep.equal([CRM, CHAT]);
    const crm = endpoint(el, CRM).textContent!.replace(/\s+/g, ' ');
    expect(crm).to.contain('Sales CRM').and.contain('Events: Question asked, Answer posted').and.contain('Enabled');
    expect(crm).to.match(/The previous secret also signs until .+\./);
    expect(crm).to.match(/Created .+ · changed .+/);
    const chat = endpoint(el, CHAT).textContent!.replace(/\s+/g, ' ');
    expect(chat).to.contain('Disabled · Disabled by an admin').and.contain('Events: Idea submitted');
    for (const name of [`Edit ${CRM}`, `Disable ${CRM}`, `Rotate secret of ${CRM}`, `Deliveries of ${CRM}`, `Remove ${CRM}`, `Enable ${CHAT}`]) expect(named(el, name)).to.exist;
    expect(text(el)).not.to.contain('whsec_');
    await expect(el).to.be.accessible();
  });

  it('says when there are no endpoints yet; axe-clean', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('No webhook endpoints yet. Add one to send changes to another system.');
    await expect(el).to.be.accessible();
  });

  it('creates an endpoint, shows its secret once with Copy, and lists it; hiding takes the secret out of the page', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await openCreate(el);
    expect(named(el, 'Add endpoint').getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(field(el, 'webhook-url'), 'focus moves into the form');
    await expect(el).to.be.accessible();
    await fillAndSubmit(el, CRM, ['question.created', 'answer.accepted'], 'Sales CRM');
    await waitUntil(() => field(el, 'secret') && urls(el).includes(CRM), 'no secret or endpoint');
    const stored = await adapter.webhooks.list();
    expect(stored.map((e) => [e.url, e.events, e.description])).to.deep.equal([[CRM, ['question.created', 'answer.accepted'], 'Sales CRM']]);
    const secret = field(el, 'secret');
    expect(secret.value).to.match(/^whsec_/);
    expect(secret.readOnly).to.equal(true);
    expect(root(el).querySelector('[part="secret"]')!.textContent).to.contain('you will not see it again');
    expect(root(el).querySelector('#secret-heading')!.textContent).to.equal(`Signing secret of ${CRM}`);
    expect(root(el).activeElement).to.equal(secret, 'focus moves to the secret');
    await waitUntil(() => live(el).includes(`Endpoint ${CRM} created.`), 'not announced');
    expect(root(el).querySelector('.webhook-form')).to.equal(null, 'the form closed');
    await expect(el).to.be.accessible();

    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => { copied = t; } } });
    try {
      named(el, 'Copy secret').click();
      await waitUntil(() => text(el).includes('Secret copied to the clipboard.'), 'no copy confirmation');
      expect(copied).to.equal(secret.value);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }

    named(el, 'Hide secret').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="secret"]')).to.equal(null);
    expect(root(el).innerHTML).not.to.contain(copied);
    expect(root(el).activeElement).to.equal(root(el).querySelector(`#endpoint-${CSS.escape(stored[0]!.id)}`), 'focus goes to the endpoint');
  });

  it('selects the secret for copying by hand when the clipboard refuses', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    await openCreate(el);
    await fillAndSubmit(el, CRM, ['question.created']);
    await waitUntil(() => field(el, 'secret'), 'no secret');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new DOMException('Denied', 'NotAllowedError'); } } });
    try {
      named(el, 'Copy secret').click();
      await waitUntil(() => text(el).includes('Copying is not available here.'), 'no fallback message');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
    const secret = field(el, 'secret');
    expect(root(el).activeElement).to.equal(secret);
    expect([secret.selectionStart, secret.selectionEnd]).to.deep.equal([0, secret.value.length]);
  });

  it('shows refusals on their field, focuses the first, and stores nothing', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await openCreate(el);
    named(el, 'Create endpoint').click();
    await waitUntil(() => field(el, 'webhook-url').getAttribute('aria-invalid') === 'true', 'no required errors');
    expect(field(el, 'webhook-url-error').textContent).to.equal('Enter the URL the events are posted to.');
    expect(field(el, 'webhook-events-error').textContent).to.equal('Choose at least one event type.');
    expect(field(el, 'webhook-event-question.created').getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).activeElement).to.equal(field(el, 'webhook-url'));
    await expect(el).to.be.accessible();

    // A malformed URL, refused by the adapter's rules.
    type(field(el, 'webhook-url'), 'ftp://files.example.com/hook');
    field(el, 'webhook-event-question.created').click();
    await el.updateComplete;
    named(el, 'Create endpoint').click();
    await waitUntil(() => field(el, 'webhook-url-error')?.textContent === 'A webhook URL starts with https:// or http://', 'no adapter error');
    expect(field(el, 'webhook-url').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'webhook-url').getAttribute('aria-describedby')).to.contain('webhook-url-error');
    expect(field(el, 'webhook-events-error')).to.equal(null);
    await waitUntil(() => root(el).activeElement === field(el, 'webhook-url'), 'focus is not on the URL');

    // A private address, as the reference server refuses it.
    adapter.failNext(new ValidationError({ url: 'This URL points to a private or loopback address' }));
    type(field(el, 'webhook-url'), 'http://10.0.0.5/hook');
    await el.updateComplete;
    expect(field(el, 'webhook-url-error')).to.equal(null, 'typing clears the error');
    named(el, 'Create endpoint').click();
    await waitUntil(() => field(el, 'webhook-url-error')?.textContent === 'This URL points to a private or loopback address', 'no private-address error');
    expect(await adapter.webhooks.list()).to.deep.equal([]);
    expect(root(el).querySelector('[part="secret"]')).to.equal(null);
    expect(field(el, 'webhook-url').value).to.equal('http://10.0.0.5/hook', 'what was typed stays');
    await expect(el).to.be.accessible();
  });

  it('edits the URL, description and events of an endpoint', async () => {
    const adapter = await withEndpoints();
    const el = await mount(adapter);
    named(el, `Edit ${CRM}`).click();
    await waitUntil(() => endpoint(el, CRM).querySelector('.webhook-form'), 'no edit form');
    await el.updateComplete;
    expect(field(el, 'webhook-url').value).to.equal(CRM);
    expect(field<HTMLTextAreaElement>(el, 'webhook-description').value).to.equal('Sales CRM');
    expect(field(el, 'webhook-event-answer.created').checked).to.equal(true);
    expect(root(el).querySelector('#webhook-form-heading')!.textContent).to.equal(`Edit ${CRM}`);
    await expect(el).to.be.accessible();
    const moved = 'https://crm.example.com/hooks/v2';
    type(field(el, 'webhook-url'), moved);
    type(field<HTMLTextAreaElement>(el, 'webhook-description'), 'Sales CRM, v2');
    field(el, 'webhook-event-answer.created').click();
    field(el, 'webhook-event-vote.changed').click();
    await el.updateComplete;
    named(el, 'Save changes').click();
    await waitUntil(() => urls(el).includes(moved), 'not saved');
    const [saved] = await adapter.webhooks.list();
    expect([saved!.url, saved!.description, saved!.events]).to.deep.equal([moved, 'Sales CRM, v2', ['question.created', 'vote.changed']]);
    expect(endpoint(el, moved).textContent).to.contain('Events: Question asked, Vote changed');
    await waitUntil(() => live(el).includes(`Changes to ${moved} saved.`), 'not announced');
    await waitUntil(() => root(el).activeElement === named(el, `Edit ${moved}`), 'focus is not back on Edit');
    expect(text(el)).not.to.contain('whsec_', 'an edit shows no secret');
  });

  it('closes the form with Escape; focus goes back to the button that opened it', async () => {
    const el = await mount(await withEndpoints());
    named(el, `Edit ${CHAT}`).click();
    await waitUntil(() => field(el, 'webhook-url'), 'no form');
    await el.updateComplete;
    field(el, 'webhook-url').focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('.webhook-form')).to.equal(null);
    expect(root(el).activeElement).to.equal(named(el, `Edit ${CHAT}`));
  });

  it('disables and enables an endpoint; enabling clears the reason', async () => {
    const adapter = await withEndpoints();
    const el = await mount(adapter);
    const toggle = named(el, `Disable ${CRM}`);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => endpoint(el, CRM).textContent!.includes('Disabled by an admin'), 'not disabled');
    expect(toggle.getAttribute('aria-label')).to.equal(`Enable ${CRM}`);
    expect(root(el).activeElement).to.equal(toggle, 'focus stays on the button');
    await waitUntil(() => live(el).includes(`${CRM} is disabled`), 'not announced');
    expect((await adapter.webhooks.list())[0]!.enabled).to.equal(false);

    named(el, `Enable ${CHAT}`).click();
    await waitUntil(() => !endpoint(el, CHAT).textContent!.includes('Disabled'), 'not enabled');
    expect(endpoint(el, CHAT).querySelector('[part="state"]')!.textContent).to.equal('Enabled');
    const chat = (await adapter.webhooks.list())[1]!;
    expect([chat.enabled, chat.disabledReason]).to.deep.equal([true, null]);
  });

  it('rotates a secret after confirming and shows the new one; Escape cancels', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const first = await adapter.webhooks.create({ url: CRM, events: ['question.created'] });
    const el = await mount(adapter);
    named(el, `Rotate secret of ${CRM}`).click();
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no question');
    expect(root(el).querySelector('[part="confirm"]')!.textContent).to.contain(`Give ${CRM} a new signing secret?`);
    expect(root(el).activeElement!.id).to.equal(`confirm-${first.id}`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part="confirm"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(named(el, `Rotate secret of ${CRM}`));
    expect(adapter.calls.some((c) => c.method === 'rotateWebhookSecret')).to.equal(false);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no question');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el, 'secret') && endpoint(el, CRM).textContent!.includes('The previous secret also signs until'), 'no new secret');
    const secret = field(el, 'secret').value;
    expect(secret).to.match(/^whsec_/).and.not.equal(first.secret);
    expect(root(el).activeElement).to.equal(field(el, 'secret'));
    await waitUntil(() => live(el).includes(`New signing secret for ${CRM}.`), 'not announced');
    await expect(el).to.be.accessible();
  });

  it('removes an endpoint after confirming; focus moves to the next endpoint, then to "Add endpoint"', async () => {
    const adapter = await withEndpoints();
    const el = await mount(adapter);
    named(el, `Deliveries of ${CRM}`).click();
    await waitUntil(() => root(el).querySelector('[part="deliveries"]'), 'no delivery log');
    named(el, `Remove ${CRM}`).click();
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no question');
    expect(root(el).querySelector('[part="confirm"]')!.textContent).to.contain(`Remove ${CRM}? Its delivery log is removed too.`);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !urls(el).includes(CRM), 'not removed');
    expect((await adapter.webhooks.list()).map((e) => e.url)).to.deep.equal([CHAT]);
    await waitUntil(() => root(el).activeElement === endpoint(el, CHAT).querySelector('.endpoint-url'), 'focus is not on the next endpoint');
    await waitUntil(() => live(el).includes(`${CRM} removed.`), 'not announced');
    expect(root(el).querySelector('[part="deliveries"]')).to.equal(null, 'its delivery log went with it');

    named(el, `Remove ${CHAT}`).click();
    await waitUntil(() => root(el).querySelector('[part="confirm"]'), 'no question');
    named(el, `Remove ${CHAT}`).click(); // the confirming button
    await waitUntil(() => urls(el).length === 0, 'not removed');
    await waitUntil(() => root(el).activeElement === named(el, 'Add endpoint'), 'focus is not on "Add endpoint"');
    expect(text(el)).to.contain('No webhook endpoints yet.');
  });

  it('shows an endpoint\'s deliveries on demand, newest first, page by page', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const hook = await adapter.webhooks.create({ url: CRM, events: ['question.created'] });
    for (const title of ['Where is the travel policy?', 'Who approves train tickets?', 'Can I book first class?']) {
      await adapter.questions.askQuestion({ context: 'https://intranet.example/travel', title });
    }
    const recorded = (await adapter.webhooks.deliveries(hook.id, { limit: 10 })).items;
    expect(recorded).to.have.length(3);
    const el = await mount(adapter, { pageSize: 2 });
    const toggle = named(el, `Deliveries of ${CRM}`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await waitUntil(() => root(el).querySelectorAll('[part="delivery"]').length === 2, 'no first page');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = () => [...root(el).querySelectorAll<HTMLElement>('[part="delivery"]')];
    expect(rows().map((r) => r.id)).to.deep.equal(recorded.slice(0, 2).map((d) => `delivery-${d.id}`));
    expect(rows()[0]!.textContent!.replace(/\s+/g, ' ')).to.contain('Pending').and.contain('question.created').and.contain('Not attempted yet').and.contain('Recorded ');
    expect(root(el).querySelector('[part="deliveries"] .subheading')!.textContent).to.equal(`Deliveries of ${CRM}, newest first`);
    await expect(el).to.be.accessible();

    named(el, 'Show more deliveries').click();
    await waitUntil(() => rows().length === 3, 'no second page');
    expect(rows()[2]!.id).to.equal(`delivery-${recorded[2]!.id}`);
    await waitUntil(() => root(el).activeElement === rows()[2], 'focus is not on the first new delivery');
    expect(root(el).querySelector('[part="more"]')).to.equal(null);

    await adapter.questions.askQuestion({ context: 'https://intranet.example/travel', title: 'Are taxis covered at night?' });
    named(el, 'Refresh').click();
    await waitUntil(() => rows().length === 2 && !rows().some((r) => r.id === `delivery-${recorded[1]!.id}`), 'not refreshed');
    toggle.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="deliveries"]')).to.equal(null);
  });

  it('shows each delivery\'s status, event in words, response, duration, error and times', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const hook = await adapter.webhooks.create({ url: CRM, events: ['question.created'] });
    const at = '2030-05-03T10:00:00.000Z';
    const base = { endpointId: hook.id, eventType: 'question.created' as const, createdAt: at, lastAttemptAt: at, nextAttemptAt: null };
    const page: WebhookDelivery[] = [
      { ...base, id: 'msg_ok', status: 'delivered', attempts: 1, responseStatus: 204, durationMs: 87, error: null },
      { ...base, id: 'msg_retry', status: 'pending', attempts: 2, responseStatus: 503, durationMs: 1200, error: 'HTTP 503', nextAttemptAt: '2030-05-03T10:05:00.000Z' },
      { ...base, id: 'msg_bad', status: 'failed', attempts: 12, responseStatus: null, durationMs: 10000, error: 'No answer within 10 s' },
    ];
    adapter.webhooks.deliveries = async () => ({ items: page, nextCursor: null });
    const el = await mount(adapter);
    named(el, `Deliveries of ${CRM}`).click();
    await waitUntil(() => root(el).querySelectorAll('[part="delivery"]').length === 3, 'no deliveries');
    const row = (id: string) => root(el).querySelector(`#delivery-${id}`)!.textContent!.replace(/\s+/g, ' ');
    expect(row('msg_ok')).to.contain('Delivered Question asked question.created').and.contain('1 attempt · HTTP 204 · 87 ms');
    expect(row('msg_retry')).to.contain('Pending').and.contain('2 attempts · HTTP 503').and.contain('next attempt').and.contain('HTTP 503');
    expect(row('msg_bad')).to.contain('Failed').and.contain('12 attempts · No response · 10,000 ms').and.contain('No answer within 10 s').and.contain('last attempt');
    await expect(el).to.be.accessible();
  });

  it('tells a member that only admins manage webhooks, and a signed-out reader to sign in', async () => {
    let el = await mount(new MemoryAdapter({ seed: seed('ben') }));
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Only admins can manage webhooks.');
    expect(root(el).querySelector('[part="add"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const signedOut = new MemoryAdapter({ seed: seed() });
    signedOut.actAs(null);
    el = await mount(signedOut);
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Sign in as an admin to manage webhooks.');
  });

  it('shows a description with markup as text', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const hostile = '<img src=x onerror=alert(1)> <b>bold</b>';
    await adapter.webhooks.create({ url: CRM, description: hostile, events: ['question.created'] });
    const el = await mount(adapter);
    expect(root(el).querySelector('.description')!.textContent).to.equal(hostile);
    expect(root(el).querySelector('img, b')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('creates an endpoint with the keyboard alone', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    named(el, 'Add endpoint').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'webhook-url', 'focus is not in the URL field');
    await sendKeys({ type: CHAT });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Team chat' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('webhook-event-question.created');
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 30 && root(el).activeElement?.getAttribute('type') !== 'submit'; i++) await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Create endpoint');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'secret', 'focus is not on the secret');
    const [made] = await adapter.webhooks.list();
    expect([made!.url, made!.description, made!.events]).to.deep.equal([CHAT, 'Team chat', ['question.created']]);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Copy secret');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.textContent!.trim()).to.equal('Hide secret');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field(el, 'secret')).to.equal(null);
    expect(root(el).activeElement).to.equal(endpoint(el, CHAT).querySelector('.endpoint-url'));
  });

  it('shows a load error with Retry, which recovers', async () => {
    const adapter = await withEndpoints();
    adapter.failNext(new UnavailableError('Service unavailable'));
    const el = await mount(adapter);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal('The service cannot be reached right now.');
    await expect(el).to.be.accessible();
    named(el, 'Retry').click();
    await waitUntil(() => urls(el).length === 2, 'did not recover');
  });

  it('speaks Arabic, right to left, and German; axe-clean', async () => {
    let el = await mount(await withEndpoints(), { lang: 'ar' });
    await waitUntil(() => text(el).includes('خطافات الويب'), 'Arabic did not load');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(named(el, `إزالة ${CRM}`)).to.exist;
    await expect(el).to.be.accessible();
    el = await mount(await withEndpoints(), { lang: 'de' });
    await waitUntil(() => text(el).includes('Endpunkt hinzufügen'), 'German did not load');
    expect(named(el, `Entfernen: ${CRM}`)).to.exist;
  });

  it('says so when the backend has no webhooks area', async () => {
    await expectAreaMissing(provide(without(new MemoryAdapter({ seed: seed() }), 'webhooks'), html`<confab-webhooks-admin></confab-webhooks-admin>`), 'confab-webhooks-admin');
  });
});
