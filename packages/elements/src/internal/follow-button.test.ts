import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import '../idea-card/define.js';
import '../idea-board/define.js';
import '../ask/define.js';
import '../expert-badge/define.js';

const seed: Seed = {
  currentUser: 'ana',
  people: [{ id: 'ana', name: 'Ana Alvarez', roles: ['member'] }, { id: 'ben', name: 'Ben Okafor', roles: ['member'] }],
  campaigns: [{ id: 'c1', title: 'Greener office', purpose: 'Cut our footprint.', status: 'open' }],
  ideas: [{ id: 'i1', campaignId: 'c1', title: 'Bike racks', body: 'More.', author: 'ben' }],
  questions: [{ id: 'q1', context: 'page:/vpn', title: 'VPN reset?', body: 'Expired.', author: 'ben' }],
};

const followIn = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="follow"]');

async function toggles(el: Element, adapter: MemoryAdapter, target: { kind: 'idea' | 'campaign' | 'question' | 'person'; id: string }) {
  await waitUntil(() => followIn(el), 'no Follow button');
  const button = followIn(el)!;
  expect(button.textContent!.trim()).to.equal('Follow');
  expect(button.getAttribute('aria-pressed')).to.equal('false');
  button.click();
  await waitUntil(() => followIn(el)!.textContent!.trim() === 'Following', 'not following');
  expect(followIn(el)!.getAttribute('aria-pressed')).to.equal('true');
  await waitUntil(async () => adapter.notifications.following(target), 'not stored');
  await expect(el).shadowDom.to.be.accessible();
  followIn(el)!.click();
  await waitUntil(() => followIn(el)!.textContent!.trim() === 'Follow', 'still following');
  expect(await adapter.notifications.following(target)).to.equal(false);
}

describe('the Follow button (shared follow-button helper)', () => {
  it('follows and unfollows an idea from its card', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="i1"></confab-idea-card></confab-provider>`);
    await toggles(wrapper.querySelector('confab-idea-card')!, adapter, { kind: 'idea', id: 'i1' });
  });

  it('follows a campaign from its board', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-board campaign="c1"></confab-idea-board></confab-provider>`);
    await toggles(wrapper.querySelector('confab-idea-board')!, adapter, { kind: 'campaign', id: 'c1' });
  });

  it('follows a question from its ask thread', async () => {
    const adapter = new MemoryAdapter({ seed });
    history.replaceState(null, '', '#confab-q=q1');
    try {
      const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-ask context="page:/vpn"></confab-ask></confab-provider>`);
      const ask = wrapper.querySelector('confab-ask')!;
      // The thread loads on demand: wait for its Follow button (before the page's own, which is hidden meanwhile).
      await waitUntil(() => ask.shadowRoot!.querySelectorAll('button[part="follow"]').length === 2, 'no thread Follow button');
      await toggles(ask, adapter, { kind: 'question', id: 'q1' });
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('follows a person from the expert badge card', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-expert-badge person="ben"></confab-expert-badge></confab-provider>`);
    const badge = wrapper.querySelector('confab-expert-badge')!;
    await waitUntil(() => badge.shadowRoot!.querySelector('button#chip'), 'no chip');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('button#chip')!.click();
    await toggles(badge, adapter, { kind: 'person', id: 'ben' });
  });

  it('is left out when signed out', async () => {
    const adapter = new MemoryAdapter({ seed }).as(null);
    const wrapper = await fixture(html`<confab-provider .adapter=${adapter}><confab-idea-card idea="i1"></confab-idea-card></confab-provider>`);
    const el = wrapper.querySelector('confab-idea-card')!;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Bike racks'), 'did not load');
    await new Promise((r) => setTimeout(r, 100));
    expect(followIn(el)).to.equal(null);
  });
});
