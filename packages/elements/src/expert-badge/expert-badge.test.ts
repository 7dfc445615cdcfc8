import { expect, fixture, html, oneEvent, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { MemoryAdapter, UnavailableError, type Skill } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertBadge } from './expert-badge.js';
import { expertSeed, directorySeed, HOSTILE, LONG_NAME } from '../../../../stories/fixtures/expert-seed.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

async function mount(person: string, adapter = new MemoryAdapter({ seed: expertSeed() }), extra = html``) {
  const root = await fixture<HTMLElement>(html`<div>
    <confab-provider .adapter=${adapter}><confab-expert-badge person=${person}></confab-expert-badge>${extra}</confab-provider>
  </div>`);
  const badge = root.querySelector('confab-expert-badge')!;
  return { root, badge, adapter };
}

const shadow = (badge: ConfabExpertBadge) => badge.shadowRoot!;
const chip = (badge: ConfabExpertBadge) => shadow(badge).querySelector<HTMLButtonElement>('button#chip');
const card = (badge: ConfabExpertBadge) => shadow(badge).querySelector<HTMLElement>('#card')!;
const isOpen = (badge: ConfabExpertBadge) => card(badge).matches(':popover-open');

async function loaded(badge: ConfabExpertBadge) {
  await waitUntil(() => chip(badge), 'chip rendered');
  return chip(badge)!;
}

async function openCard(badge: ConfabExpertBadge) {
  (await loaded(badge)).click();
  await waitUntil(() => isOpen(badge), 'card opens');
}

function center(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/** Asserts focus without letting chai format DOM elements (a failure diff of <body> can hang the browser). */
function expectFocused(el: Element | null | undefined, what: string) {
  const active = deepActive();
  expect(active === el, `${what} focused, not ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
}

/** The deepest focused element, across shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('<confab-expert-badge>', function () {
  this.timeout(30_000); // axe and 200 badges on a shared, busy machine
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('shows a loading skeleton with an accessible "Loading…" and is axe-clean', async () => {
    const { badge } = await mount('ana', new MemoryAdapter({ seed: expertSeed(), latency: 5_000 }));
    await badge.updateComplete;
    const status = shadow(badge).querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Loading…');
    await expect(badge).to.be.accessible();
  });

  it('renders a chip button with name, two top skills and availability text; axe-clean', async () => {
    const { badge } = await mount('ana');
    const button = await loaded(badge);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('card');
    const skills = [...shadow(badge).querySelectorAll('[part="skill"]')].map((s) => s.textContent);
    expect(skills).to.deep.equal(['Travel', 'Expenses']);
    expect(button.textContent).to.contain('Ana López').and.to.contain('Available');
    expect(shadow(badge).querySelector('[part="availability"]')).to.exist;
    await expect(badge).to.be.accessible();
  });

  it('compact shows avatar and name only', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    const el = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-expert-badge person="ben" compact></confab-expert-badge></confab-provider>`);
    const badge = el.querySelector('confab-expert-badge')!;
    await loaded(badge);
    expect(shadow(badge).querySelector('[part="skill"]')).to.equal(null);
    expect(shadow(badge).querySelector('[part="availability"]')).to.equal(null);
    expect(shadow(badge).querySelector('[part="avatar"]')!.textContent).to.equal('BO');
  });

  it('opens with the keyboard (Tab + Enter), endorses, asks, and closes with Escape back to the chip', async () => {
    const { badge, adapter } = await mount('ben');
    await loaded(badge);
    await sendKeys({ press: 'Tab' });
    expectFocused(chip(badge), 'chip');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(badge), 'card opens');
    expect(chip(badge)!.getAttribute('aria-expanded')).to.equal('true');
    const c = card(badge);
    expect(c.querySelector('h2')!.textContent).to.equal('Ben Okafor');
    expect(c.textContent).to.contain('Platform Engineer').and.to.contain('IT').and.to.contain('Lagos');
    expect(c.textContent).to.contain('8 endorsements').and.to.contain('3 accepted answers in Kubernetes');
    await waitUntil(() => c.querySelector('[part="endorse"]'), 'endorse buttons once the user is known');
    await expect(badge).to.be.accessible();

    // Tab through the card to "Endorse Kubernetes": me already endorsed it (crowd includes me).
    const endorseK = [...c.querySelectorAll<HTMLButtonElement>('[part="endorse"]')].find((b) => b.getAttribute('aria-label') === 'Endorse Kubernetes')!;
    expect(endorseK.getAttribute('aria-pressed')).to.equal('true');
    const endorseT = [...c.querySelectorAll<HTMLButtonElement>('[part="endorse"]')].find((b) => b.getAttribute('aria-label') === 'Endorse Terraform')!;
    expect(endorseT.getAttribute('aria-pressed')).to.equal('false');
    for (let i = 0; i < 10 && deepActive() !== endorseT; i++) await sendKeys({ press: 'Tab' });
    expectFocused(endorseT, 'Endorse Terraform');
    const endorsed = oneEvent(badge, 'confab-endorsed');
    await sendKeys({ press: 'Enter' });
    const { detail } = await endorsed;
    expect(detail.skill).to.equal('Terraform');
    expect(detail.endorsed).to.equal(true);
    expect(detail.person.skills.find((k: Skill) => k.name === 'Terraform')!.endorsements).to.equal(2);
    expect(adapter.calls.filter((x) => x.method === 'endorse')).to.have.length(1);
    await waitUntil(() => c.textContent!.includes('You endorsed Terraform.'));
    const again = [...c.querySelectorAll<HTMLButtonElement>('[part="endorse"]')].find((b) => b.getAttribute('aria-label') === 'Endorse Terraform')!;
    expect(again.getAttribute('aria-pressed')).to.equal('true');

    // Revoke with Space.
    again.focus();
    const revoked = oneEvent(badge, 'confab-endorsed');
    await sendKeys({ press: 'Space' });
    expect((await revoked).detail.endorsed).to.equal(false);

    // Ask: the event carries the person; an ask widget listens on document.
    const ask = c.querySelector<HTMLButtonElement>('[part="ask"]')!;
    expect(ask.textContent!.trim()).to.equal('Ask Ben');
    const asked = oneEvent(document, 'confab-ask-expert');
    ask.focus();
    await sendKeys({ press: 'Enter' });
    const askEvent = await asked;
    expect(askEvent.detail.person.id).to.equal('ben');
    expect(askEvent.composed).to.equal(true);
    expect(isOpen(badge)).to.equal(false);
    expectFocused(chip(badge), 'chip');

    // Reopen and close with Escape from inside the card.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => isOpen(badge));
    await waitUntil(() => c.querySelector('[part="ask"]'), 'ask once the user is known');
    c.querySelector<HTMLButtonElement>('[part="ask"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(isOpen(badge)).to.equal(false);
    expectFocused(chip(badge), 'chip');
    expect(chip(badge)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens on Space, and closes on a click outside', async () => {
    const { badge, root } = await mount('ana', undefined, html`<p id="outside">Outside</p>`);
    (await loaded(badge)).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => isOpen(badge));
    const outside = root.querySelector('#outside')!;
    await sendMouse({ type: 'click', position: center(outside) });
    await waitUntil(() => !isOpen(badge), 'closes on outside click');
  });

  it('opens when hovered for a moment, and closes when the pointer leaves', async () => {
    const { badge } = await mount('carla');
    const button = await loaded(badge);
    const start = performance.now();
    await sendMouse({ type: 'move', position: center(button) });
    await waitUntil(() => isOpen(badge), 'opens after ~500 ms', { timeout: 5000, interval: 10 });
    expect(performance.now() - start).to.be.at.least(450);
    expect(card(badge).textContent).to.contain('5 accepted answers in Kubernetes');
    await sendMouse({ type: 'move', position: [0, 0] });
    await waitUntil(() => !isOpen(badge), 'closes after leaving', { timeout: 5000 });
  });

  it('does not offer Endorse (nor Ask) on your own profile', async () => {
    const { badge, adapter } = await mount('me');
    await openCard(badge);
    await waitUntil(() => card(badge).textContent!.includes('Design'));
    await waitUntil(() => adapter.calls.some((c) => c.method === 'currentUser'));
    await aTimeout(50);
    await badge.updateComplete;
    expect(card(badge).querySelector('[part="endorse"]')).to.equal(null);
    expect(card(badge).querySelector('[part="ask"]')).to.equal(null);
  });

  it('rolls back an endorsement the backend refuses and says why', async () => {
    const { badge, adapter } = await mount('ana');
    await openCard(badge);
    await waitUntil(() => card(badge).querySelector('[part="endorse"]'));
    adapter.offline = true;
    const button = card(badge).querySelector<HTMLButtonElement>('[aria-label="Endorse Travel"]')!;
    button.click();
    await waitUntil(() => card(badge).textContent!.includes('You are offline. Try again'));
    expect(card(badge).querySelector('[aria-label="Endorse Travel"]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(card(badge).textContent).to.contain('4 endorsements');
  });

  it('shows an unknown id as "Unknown person", axe-clean', async () => {
    const { badge } = await mount('nobody');
    await waitUntil(() => shadow(badge).textContent!.includes('Unknown person'));
    expect(chip(badge)).to.equal(null);
    await expect(badge).to.be.accessible();
  });

  it('shows a load error with Retry', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    adapter.failNext(new UnavailableError(), 1);
    const { badge } = await mount('ana', adapter);
    await waitUntil(() => shadow(badge).querySelector('[part="retry"]'));
    expect(shadow(badge).textContent).to.contain('could not be loaded');
    await expect(badge).to.be.accessible();
    shadow(badge).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await loaded(badge);
  });

  it('shows hostile names and skills as text', async () => {
    const { badge } = await mount('hostile');
    const button = await loaded(badge);
    expect(shadow(badge).querySelector('img')).to.equal(null); // the javascript: avatar is refused too
    expect(shadow(badge).querySelector('[part="name"]')!.textContent).to.equal(HOSTILE);
    expect(shadow(badge).querySelector('[part="skill"]')!.textContent).to.equal(HOSTILE);
    button.click();
    await waitUntil(() => isOpen(badge));
    await waitUntil(() => card(badge).querySelector('[part="endorse"]'));
    expect(card(badge).querySelector('img')).to.equal(null);
    expect(card(badge).querySelector('h2')!.textContent).to.equal(HOSTILE);
    expect(card(badge).querySelector('[part="endorse"]')!.getAttribute('aria-label')).to.equal(`Endorse ${HOSTILE}`);
    expect((window as { __confabXss?: number }).__confabXss).to.equal(undefined);
  });

  it('shows a person with no skills', async () => {
    const { badge } = await mount('dev');
    await openCard(badge);
    expect(shadow(badge).querySelector('[part="skill"]')).to.equal(null);
    expect(card(badge).textContent).to.contain('No skills listed yet.');
    await expect(badge).to.be.accessible();
  });

  it('truncates a very long name with an ellipsis and a title', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    const el = await fixture<HTMLElement>(html`<div style="width: 240px"><confab-provider .adapter=${adapter}><confab-expert-badge person="long"></confab-expert-badge></confab-provider></div>`);
    const badge = el.querySelector('confab-expert-badge')!;
    const button = await loaded(badge);
    const name = shadow(badge).querySelector<HTMLElement>('[part="name"]')!;
    expect(button.getBoundingClientRect().width).to.be.at.most(240);
    expect(name.scrollWidth).to.be.greaterThan(name.clientWidth);
    expect(getComputedStyle(name).textOverflow).to.equal('ellipsis');
    expect(button.title).to.equal(LONG_NAME);
  });

  it('works right to left in Arabic', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    const el = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><confab-provider .adapter=${adapter}><confab-expert-badge person="ben"></confab-expert-badge></confab-provider></div>`);
    const badge = el.querySelector('confab-expert-badge')!;
    await openCard(badge);
    await waitUntil(() => card(badge).querySelector('[part="endorse"]'));
    expect(chip(badge)!.textContent).to.contain('مشغول');
    expect(card(badge).textContent).to.contain('اسأل Ben').and.to.contain('3 إجابات مقبولة في Kubernetes');
    const chipRect = chip(badge)!.getBoundingClientRect();
    const cardRect = card(badge).getBoundingClientRect();
    expect(Math.abs(cardRect.right - chipRect.right)).to.be.lessThan(2);
    await expect(badge).to.be.accessible();
  });

  it('updates live when someone else endorses', async () => {
    const { badge, adapter } = await mount('carla');
    await loaded(badge);
    await openCard(badge);
    expect(card(badge).textContent).to.contain('3 endorsements');
    await adapter.as('ines').people.endorse('carla', 'Kubernetes', true);
    await waitUntil(() => card(badge).textContent!.includes('4 endorsements'), 'live update');
    expect(isOpen(badge)).to.equal(true);
  });

  it('batches 200 badges into one getPeople call', async () => {
    const adapter = new MemoryAdapter({ seed: directorySeed(200) });
    const el = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
      ${Array.from({ length: 200 }, (_, i) => html`<confab-expert-badge person=${`p${i}`}></confab-expert-badge>`)}
    </confab-provider>`);
    const badges = [...el.querySelectorAll('confab-expert-badge')];
    await waitUntil(() => badges.every((b) => chip(b)), 'all 200 loaded', { timeout: 5000 });
    expect(adapter.calls.filter((c) => c.method === 'getPerson')).to.have.length(0);
    const batches = adapter.calls.filter((c) => c.method === 'getPeople');
    expect(batches).to.have.length(1);
    expect((batches[0]!.args[0] as string[]).length).to.equal(200);
    expect(chip(badges[199]!)!.textContent).to.contain('Person 199');
  });


  it('says "not available on this backend" without the people area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed: expertSeed() });
    await expectAreaMissing(provide(without(adapter, 'people'), html`<confab-expert-badge person="ana"></confab-expert-badge>`), 'confab-expert-badge');
    expect(adapter.calls).to.deep.equal([]);
  });
});
