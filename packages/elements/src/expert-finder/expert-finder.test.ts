import { expect, fixture, html, waitUntil, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, UnavailableError, rankExperts, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertFinder } from './expert-finder.js';
import { expertSeed, directorySeed, HOSTILE } from '../../../../stories/fixtures/expert-seed.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

async function mount(attrs: { skill?: string; query?: string } = {}, adapter = new MemoryAdapter({ seed: expertSeed() }), lang?: string) {
  const root = await fixture<HTMLElement>(html`<div lang=${lang ?? 'en'} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
    <confab-provider .adapter=${adapter}>
      <confab-expert-finder skill=${attrs.skill ?? ''} query=${attrs.query ?? ''}></confab-expert-finder>
    </confab-provider></div>`);
  const finder = root.querySelector('confab-expert-finder')!;
  return { finder, adapter };
}

const $ = (f: ConfabExpertFinder, sel: string) => f.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (f: ConfabExpertFinder, sel: string) => [...f.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const ids = (f: ConfabExpertFinder) => $$(f, 'confab-expert-badge').map((b) => b.getAttribute('person'));
const searches = (a: MemoryAdapter) => a.calls.filter((c) => c.method === 'searchPeople');

describe('<confab-expert-finder>', function () {
  this.timeout(30_000); // axe on a shared, busy machine
  it('starts with a hint and a search box named for experts; axe-clean', async () => {
    const { finder } = await mount();
    const input = $(finder, 'input')!;
    const label = $(finder, `label[for="${input.id}"]`)!;
    expect(label.textContent!.toLowerCase()).to.contain('expert');
    expect($(finder, '[part="search-button"]')!.textContent!.trim()).to.equal('Search');
    expect($(finder, '[part="status"]')!.textContent).to.contain('Search by skill or topic');
    await expect(finder).to.be.accessible();
  });

  it('searches by the skill attribute and shows badges in rankExperts order with their reasons', async () => {
    const seed = expertSeed();
    const adapter = new MemoryAdapter({ seed });
    const { finder } = await mount({ skill: 'Kubernetes' }, adapter);
    await waitUntil(() => $$(finder, '[part="result"]').length > 0, 'results');
    const people = (await adapter.people.getPeople(seed.people.map((p) => p.id)));
    const expected = rankExperts(people, { skills: ['Kubernetes'] }).map((r) => r.person.id);
    expect(ids(finder)).to.deep.equal(expected);
    expect(ids(finder)[0]).to.equal('carla'); // 5 accepted answers outrank 8 endorsements
    const reasons = $$(finder, '[part="reason"]').map((r) => r.textContent);
    expect(reasons[0]).to.contain('5 accepted answers in Kubernetes').and.to.contain('3 endorsements for Kubernetes');
    expect(reasons[1]).to.contain('3 accepted answers in Kubernetes').and.to.contain('8 endorsements for Kubernetes');
    expect($(finder, '[part="status"]')!.textContent).to.contain('3 experts found');
    await expect(finder).to.be.accessible();
  });

  it('badges of the results need no request of their own', async () => {
    const { finder, adapter } = await mount({ skill: 'Kubernetes' });
    await waitUntil(() => $$(finder, 'confab-expert-badge').length > 0);
    const badges = $$(finder, 'confab-expert-badge');
    await waitUntil(() => badges.every((b) => b.shadowRoot!.querySelector('#chip')), 'badges loaded');
    expect(adapter.calls.filter((c) => c.method === 'getPeople' || c.method === 'getPerson')).to.have.length(0);
  });

  it('searches free text typed by the keyboard, debounced, and on submit', async () => {
    const { finder, adapter } = await mount();
    $(finder, 'input')!.focus();
    await sendKeys({ type: 'travel' });
    await waitUntil(() => $$(finder, '[part="result"]').length > 0, 'results');
    const calls = searches(adapter);
    expect(calls.length).to.be.at.most(2); // debounced: not one request per key
    expect((calls[calls.length - 1]!.args[0] as { query: string }).query).to.equal('travel');
    expect(ids(finder)[0]).to.equal('ana');
    expect($$(finder, '[part="reason"]')[0]!.textContent).to.contain('12 accepted answers in Travel');
    const before = searches(adapter).length;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => searches(adapter).length === before + 1, 'submit searches again');
  });

  it('aborts a stale search when the text changes', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed(), latency: 200 });
    const { finder } = await mount({}, adapter);
    const input = $(finder, 'input') as HTMLInputElement;
    input.value = 'kubernetes';
    input.dispatchEvent(new InputEvent('input'));
    $(finder, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await finder.updateComplete;
    input.value = 'travel';
    input.dispatchEvent(new InputEvent('input'));
    $(finder, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await waitUntil(() => $$(finder, '[part="result"]').length > 0, 'results', { timeout: 3000 });
    expect(ids(finder)[0]).to.equal('ana');
    expect(ids(finder)).not.to.include('ben');
    const [stale, fresh] = searches(adapter).map((c) => (c.args[1] as { signal: AbortSignal }).signal);
    expect(stale!.aborted).to.equal(true);
    expect(fresh!.aborted).to.equal(false);
  });

  it('shows "No experts found for …" when nothing matches; axe-clean', async () => {
    const { finder } = await mount({ query: 'Underwater basket weaving' });
    await waitUntil(() => $(finder, '[part="status"]')!.textContent!.includes('No experts found'));
    expect($(finder, '[part="status"]')!.textContent).to.contain('No experts found for “Underwater basket weaving”.');
    await expect(finder).to.be.accessible();
  });

  it('shows an error with Retry; axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    adapter.failNext(new UnavailableError(), 1);
    const { finder } = await mount({ skill: 'Travel' }, adapter);
    await waitUntil(() => $(finder, '[part="retry"]'), 'error state');
    expect($(finder, '[part="error"]')!.textContent).to.contain('cannot be reached');
    await expect(finder).to.be.accessible();
    $(finder, '[part="retry"]')!.click();
    await waitUntil(() => $$(finder, '[part="result"]').length > 0, 'retried');
  });

  it('says so when offline', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    adapter.offline = true;
    const { finder } = await mount({ skill: 'Travel' }, adapter);
    await waitUntil(() => $(finder, '[part="error"]'));
    expect($(finder, '[part="error"]')!.textContent).to.contain('You are offline');
  });

  it('pages with "Show more"', async () => {
    const adapter = new MemoryAdapter({ seed: directorySeed(25) });
    const root = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-expert-finder skill="Travel" .limit=${10}></confab-expert-finder></confab-provider>`);
    const finder = root.querySelector('confab-expert-finder')!;
    await waitUntil(() => $$(finder, '[part="result"]').length === 10);
    $(finder, '[part="more"]')!.click();
    await waitUntil(() => $$(finder, '[part="result"]').length === 20, 'second page');
    expect($(finder, '[part="status"]')!.textContent).to.contain('10 more experts shown');
    await waitUntil(() => finder.shadowRoot!.activeElement === $$(finder, 'confab-expert-badge')[10], 'focus on the first new result while more remain');
    $(finder, '[part="more"]')!.click();
    await waitUntil(() => $$(finder, '[part="result"]').length === 25, 'last page');
    expect($(finder, '[part="more"]')).to.equal(null);
    expect(new Set(ids(finder)).size).to.equal(25);
    await waitUntil(() => finder.shadowRoot!.activeElement === $$(finder, 'confab-expert-badge')[20], 'focus on the first new result');
  });

  it('shows hostile names and skills as text', async () => {
    const { finder } = await mount({ query: HOSTILE });
    await waitUntil(() => $$(finder, '[part="result"]').length > 0);
    expect($$(finder, '[part="reason"]')[0]!.textContent).to.contain(HOSTILE);
    expect(finder.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __confabXss?: number }).__confabXss).to.equal(undefined);
  });

  it('lets a result be asked (the event leaves the finder)', async () => {
    const { finder } = await mount({ skill: 'Expenses' });
    await waitUntil(() => $$(finder, 'confab-expert-badge').length > 0);
    const badge = $$(finder, 'confab-expert-badge')[0]!;
    await waitUntil(() => badge.shadowRoot!.querySelector('#chip'));
    badge.shadowRoot!.querySelector<HTMLButtonElement>('#chip')!.click();
    await waitUntil(() => badge.shadowRoot!.querySelector('[part="ask"]'));
    const asked = oneEvent(document, 'confab-ask-expert');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="ask"]')!.click();
    expect((await asked).detail.person.id).to.equal('ana');
  });

  it('works in Arabic, right to left', async () => {
    const { finder } = await mount({ skill: 'Kubernetes' }, undefined, 'ar');
    await waitUntil(() => $$(finder, '[part="result"]').length > 0);
    await finder.updateComplete; // the Arabic table is its own module, loaded on first use
    expect($(finder, 'label')!.textContent).to.equal('ابحث عن خبير');
    expect($$(finder, '[part="reason"]')[0]!.textContent).to.contain('5 إجابات مقبولة في Kubernetes');
    await expect(finder).to.be.accessible();
  });

  it('falls back from a bad limit with a warning', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const seed: Seed = directorySeed(15);
      const adapter = new MemoryAdapter({ seed });
      const root = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-expert-finder skill="Travel" limit="lots"></confab-expert-finder></confab-provider>`);
      const finder = root.querySelector('confab-expert-finder')!;
      await waitUntil(() => $$(finder, '[part="result"]').length === 10);
      expect(warnings.some((w) => String(w).includes('limit'))).to.equal(true);
    } finally {
      console.warn = warn;
    }
  });


  it('says "not available on this backend" without the people area, and searches nothing', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    await expectAreaMissing(provide({ identity: adapter.identity }, html`<confab-expert-finder skill="Kubernetes"></confab-expert-finder>`), 'confab-expert-finder');
    await expectAreaMissing(provide(without(adapter, 'people'), html`<confab-expert-finder query="travel"></confab-expert-finder>`), 'confab-expert-finder');
    expect(adapter.calls).to.deep.equal([]);
  });
});
