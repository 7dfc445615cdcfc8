import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertBadge } from './expert-badge.js';

const seed = (): Seed => ({
  currentUser: 'me',
  people: [
    { id: 'me', name: 'Mia Member', roles: ['member'] },
    { id: 'o1', name: 'Olu One', roles: ['member'] },
    { id: 'o2', name: 'Oda Two', roles: ['member'] },
    { id: 'ana', name: 'Ana López', roles: ['member'], skills: [{ name: 'Expenses', endorsedBy: ['o1', 'o2'] }, { name: 'Travel', endorsedBy: ['o1', 'o2'] }] },
  ],
});

const deepActive = (): Element | null => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

describe('<confab-expert-badge> endorsing keeps focus on the skill', () => {
  it('follows the skill it endorsed when the list re-sorts, so the next Space does not endorse another', async () => {
    const el = await fixture<HTMLElement>(html`<confab-provider .adapter=${new MemoryAdapter({ seed: seed() })}>
      <confab-expert-badge person="ana"></confab-expert-badge></confab-provider>`);
    const badge = el.querySelector<ConfabExpertBadge>('confab-expert-badge')!;
    await waitUntil(() => badge.shadowRoot!.querySelector('#chip'), 'chip');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('#chip')!.click();
    await waitUntil(() => badge.shadowRoot!.querySelectorAll('[part="endorse"]').length === 2, 'endorse buttons');
    const names = () => [...badge.shadowRoot!.querySelectorAll('.skill-name')].map((n) => n.textContent);
    expect(names()).to.deep.equal(['Expenses', 'Travel']);
    const travel = () => badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="endorse"][aria-label="Endorse Travel"]')!;
    travel().focus();
    await sendKeys({ press: 'Space' }); // Travel: 2 → 3, now above Expenses
    await waitUntil(() => names()[0] === 'Travel' && travel().getAttribute('aria-pressed') === 'true', 're-sorted');
    await waitUntil(() => badge.shadowRoot!.textContent!.includes('You endorsed Travel.'), 'saved');
    await badge.updateComplete;
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Endorse Travel');
    await sendKeys({ press: 'Space' }); // withdraws Travel, never endorses Expenses
    await waitUntil(() => travel().getAttribute('aria-pressed') === 'false', 'withdrawn');
    const expenses = badge.shadowRoot!.querySelector('[part="endorse"][aria-label="Endorse Expenses"]')!;
    expect(expenses.getAttribute('aria-pressed')).to.equal('false');
  });
});

describe('<confab-expert-badge> announcements', () => {
  it('says the outcome of an endorsement through its one live region, not a second one in the card', async () => {
    const el = await fixture<HTMLElement>(html`<confab-provider .adapter=${new MemoryAdapter({ seed: seed() })}>
      <confab-expert-badge person="ana"></confab-expert-badge></confab-provider>`);
    const badge = el.querySelector<ConfabExpertBadge>('confab-expert-badge')!;
    await waitUntil(() => badge.shadowRoot!.querySelector('#chip'), 'chip');
    const region = badge.shadowRoot!.querySelector('[data-confab-live]')!;
    badge.shadowRoot!.querySelector<HTMLButtonElement>('#chip')!.click();
    await waitUntil(() => badge.shadowRoot!.querySelector('[part="endorse"][aria-label="Endorse Travel"]'), 'card open');
    badge.shadowRoot!.querySelector<HTMLButtonElement>('[part="endorse"][aria-label="Endorse Travel"]')!.click();
    await waitUntil(() => region.textContent === 'You endorsed Travel.', 'announced by the live region');
    expect(badge.shadowRoot!.querySelector('[data-confab-live]')).to.equal(region, 'the same region');
    expect(badge.shadowRoot!.querySelectorAll('[role="status"], [aria-live]').length).to.equal(1, 'no other live region');
  });
});
