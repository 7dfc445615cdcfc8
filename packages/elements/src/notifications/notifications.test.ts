import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabNotifications } from './notifications.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

function seed(): Seed {
  return {
    currentUser: 'ben',
    people: [
      { id: 'ana', name: 'Ana Alvarez', roles: ['member'] },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'] },
      { id: 'mod', name: 'Mo Reyes', roles: ['member', 'moderator'] },
    ],
    questions: [{ id: 'q1', context: 'page:/vpn', title: 'How do I reset my VPN password?', body: 'It expired.', author: 'ben' }],
    ideas: [{ id: 'i1', campaignId: null, title: 'Bike racks', body: 'More of them.', author: 'ben' }],
  };
}

async function mount(adapter: MemoryAdapter, lang?: string): Promise<ConfabNotifications> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang ?? 'en'}><confab-provider .adapter=${adapter}><confab-notifications></confab-notifications></confab-provider></div>`);
  const el = wrapper.querySelector('confab-notifications')!;
  await waitUntil(() => (el as unknown as { task: { value?: string } }).task.value !== undefined, 'did not load');
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const bell = (el: Element) => $<HTMLButtonElement>(el, '[part="bell"]');
const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
function button(el: Element, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('<confab-notifications>', () => {
  it('names the bell with the unread count and opens a panel, newest first, unread marked, linking to the place', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    await adapter.as('ana').questions.answerQuestion('q1', { body: `Use the **portal**. ${HOSTILE}` });
    await adapter.as('mod').ideas.changeIdeaStatus('i1', { status: 'planned', note: 'In May.' });
    const el = await mount(adapter);
    expect(bell(el).getAttribute('aria-label')).to.equal('Notifications, 2 unread');
    expect(bell(el).getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part="panel"]').hidden).to.equal(true);
    bell(el).click();
    await el.updateComplete;
    expect(bell(el).getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="panel"]').hidden).to.equal(false);
    const list = items(el);
    expect(list.map((li) => li.querySelector('a, .line')!.textContent!.trim())).to.deep.equal([
      'Mo Reyes changed the status of: Bike racks',
      'Ana Alvarez answered: How do I reset my VPN password?',
    ]);
    expect(list.every((li) => li.part.contains('unread'))).to.equal(true);
    expect(list[0]!.textContent).to.contain('Unread');
    expect(list[0]!.querySelector('.excerpt')!.textContent).to.equal('In May.');
    // Hostile text stays text.
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    await expect(el).shadowDom.to.be.accessible();
  });

  it('"Mark all as read" clears the count and the marks; it is stored', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    await adapter.as('ana').questions.answerQuestion('q1', { body: 'Portal.' });
    const el = await mount(adapter);
    bell(el).click();
    await el.updateComplete;
    button(el, 'Mark all as read').click();
    await waitUntil(() => bell(el).getAttribute('aria-label') === 'Notifications, 0 unread', 'count not cleared');
    expect(items(el).some((li) => li.part.contains('unread'))).to.equal(false);
    expect(await adapter.notifications.unreadCount()).to.equal(0);
  });

  it('a new notification arrives live, raises the count and is announced politely', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    bell(el).click();
    await el.updateComplete;
    expect($(el, '[part="message"]').textContent).to.contain('No notifications yet.');
    await adapter.as('ana').questions.answerQuestion('q1', { body: 'Live.' });
    await waitUntil(() => items(el).length === 1, 'did not arrive');
    expect(bell(el).getAttribute('aria-label')).to.equal('Notifications, 1 unread');
    const region = el.shadowRoot!.querySelector('[data-confab-live]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => region.textContent!.includes('New notification: Ana Alvarez answered'), 'not announced');
  });

  it('"Show more" brings the next page once, and focus moves to the first notification it brought', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    for (let i = 1; i <= 3; i++) await adapter.as('ana').questions.answerQuestion('q1', { body: `Answer ${i}` });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-notifications page-size="2"></confab-notifications></confab-provider>`);
    const el = wrapper.querySelector('confab-notifications')!;
    await waitUntil(() => (el as unknown as { task: { value?: string } }).task.value !== undefined, 'did not load');
    bell(el).click();
    await el.updateComplete;
    expect(items(el)).to.have.length(2);
    const more = $<HTMLButtonElement>(el, '[part="more"]');
    more.click();
    more.click(); // a second click while the page is on its way asks nothing more
    await waitUntil(() => items(el).length === 3, 'the next page');
    expect(adapter.calls.filter((c) => c.method === 'listNotifications').length).to.equal(2);
    await waitUntil(() => el.shadowRoot!.activeElement === items(el)[2], 'focus on the first new one (an item without a link)');
    expect($(el, '[part="more"]'), 'every page shown').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('Escape closes the panel and focus returns to the bell; the keyboard reaches everything', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    await adapter.as('ana').questions.answerQuestion('q1', { body: 'Portal.' });
    const el = await mount(adapter);
    bell(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '[part="panel"]').hidden).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Mark all as read');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="panel"]').hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(bell(el));
  });

  it('preferences: a channel per type, the digest and auto-follow, saved through the adapter', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    bell(el).click();
    await el.updateComplete;
    button(el, 'Preferences').click();
    await waitUntil(() => $(el, '[part="preferences"]'), 'no preferences');
    const routed = $<HTMLSelectElement>(el, '#channel-question\\.routed');
    expect(routed.value).to.equal('immediate');
    expect([...routed.options].map((o) => o.textContent)).to.deep.equal(['In the page', 'In the e-mail digest', 'E-mail at once', 'Off']);
    const answers = $<HTMLSelectElement>(el, '#channel-answer\\.created');
    answers.value = 'off';
    answers.dispatchEvent(new Event('change'));
    const digest = $<HTMLSelectElement>(el, '#digest');
    digest.value = 'weekly';
    digest.dispatchEvent(new Event('change'));
    const vote = [...el.shadowRoot!.querySelectorAll('label.check')].find((l) => l.textContent!.includes('What I vote on'))!.querySelector('input')!;
    vote.click();
    await el.updateComplete;
    await expect(el).shadowDom.to.be.accessible();
    button(el, 'Save preferences').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[data-confab-live]')!.textContent === 'Preferences saved.' || el.shadowRoot!.querySelector('[role="alert"]'), 'not saved');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
    const stored = await adapter.notifications.preferences();
    expect(stored.channels['answer.created']).to.equal('off');
    expect(stored.autoFollow.vote).to.equal(false);
    button(el, 'Back to notifications').click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Preferences');
  });

  it('speaks the page language', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    await adapter.as('ana').questions.answerQuestion('q1', { body: 'Portal.' });
    const el = await mount(adapter, 'de');
    expect(bell(el).getAttribute('aria-label')).to.equal('Benachrichtigungen, 1 ungelesen');
  });

  it('says so when signed out, and when the backend has no notifications area', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }).as(null));
    expect(bell(el).getAttribute('aria-label')).to.equal('Notifications, 0 unread');
    bell(el).click();
    await el.updateComplete;
    expect($(el, '[part="message"]').textContent).to.equal('Sign in to see your notifications.');
    await expectAreaMissing(provide(without(new MemoryAdapter({ seed: seed() }), 'notifications'), html`<confab-notifications></confab-notifications>`), 'confab-notifications');
  });
});
