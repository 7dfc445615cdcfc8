import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import '../idea-card/define.js';

const seed: Seed = {
  currentUser: 'ana',
  people: [
    { id: 'ana', name: 'Ana Alvarez', roles: ['member'] },
    { id: 'ben', name: 'Ben Okafor', roles: ['member'] },
    { id: 'bea', name: 'Beatriz Lima', roles: ['member'] },
  ],
  ideas: [{ id: 'i1', campaignId: null, title: 'Bike racks', body: 'More.', author: 'cyd' }],
};
seed.people.push({ id: 'cyd', name: 'Cyd Lin', roles: ['member'] });

describe('@mention completion (shared mention controller) in the comment box', () => {
  it('offers people as you type @, picks with the keyboard, and the mention reaches the person', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="i1"></confab-idea-card></confab-provider>`);
    const card = wrapper.querySelector('confab-idea-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="comments-toggle"]'), 'no card');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="comments-toggle"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('textarea#comment'), 'no comment box');
    const box = card.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#comment')!;
    expect(box.getAttribute('aria-autocomplete')).to.equal('list');
    box.focus();
    await sendKeys({ type: 'Thanks @Be' });
    await waitUntil(() => card.shadowRoot!.querySelectorAll('[role="option"]').length === 2, 'no suggestions');
    const list = card.shadowRoot!.querySelector('[role="listbox"]')!;
    expect(list.getAttribute('aria-label')).to.equal('People to mention');
    expect(box.getAttribute('aria-controls')).to.equal(list.id);
    await expect(card).shadowDom.to.be.accessible();
    const names = [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
    await sendKeys({ press: 'ArrowDown' });
    await card.updateComplete;
    const active = card.shadowRoot!.getElementById(box.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    expect(active.textContent!.trim()).to.equal(names[1]);
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    const picked = names[1] === 'Ben Okafor' ? 'ben' : 'bea';
    expect(box.value).to.equal(`Thanks @[${names[1]}](person:${picked}) `);
    expect(card.shadowRoot!.querySelector('[role="listbox"]')).to.equal(null);
    card.shadowRoot!.querySelector<HTMLButtonElement>('form[part="composer"] button[type="submit"]')!.click();
    await waitUntil(async () => (await adapter.as(picked).notifications.unreadCount()) === 1, 'the mentioned person was not told');
    const [n] = (await adapter.as(picked).notifications.list()).items;
    expect(n!.type).to.equal('mention');
  });

  it('Escape closes the list and keeps the text', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="i1"></confab-idea-card></confab-provider>`);
    const card = wrapper.querySelector('confab-idea-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part="comments-toggle"]'), 'no card');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="comments-toggle"]')!.click();
    await waitUntil(() => card.shadowRoot!.querySelector('textarea#comment'), 'no comment box');
    const box = card.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#comment')!;
    box.focus();
    await sendKeys({ type: '@Ana' });
    await waitUntil(() => card.shadowRoot!.querySelector('[role="option"]'), 'no suggestions');
    await sendKeys({ press: 'Escape' });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="listbox"]')).to.equal(null);
    expect(box.value).to.equal('@Ana');
  });
});
