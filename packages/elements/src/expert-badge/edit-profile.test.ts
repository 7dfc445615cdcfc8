import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabExpertBadge } from './expert-badge.js';
import { profileSeed } from '../../../../stories/fixtures/profile-seed.js';

async function openCard(person: string, url?: string, adapter = new MemoryAdapter({ seed: profileSeed() })): Promise<ConfabExpertBadge> {
  const root = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-expert-badge person=${person} profile-url=${url ?? ''}></confab-expert-badge></confab-provider>`);
  const badge = root.querySelector('confab-expert-badge')!;
  if (url === undefined) badge.removeAttribute('profile-url');
  await waitUntil(() => badge.shadowRoot!.querySelector('#chip'), 'chip');
  badge.shadowRoot!.querySelector<HTMLButtonElement>('#chip')!.click();
  await waitUntil(() => badge.shadowRoot!.querySelector('[part="card-name"]'), 'card open');
  await badge.updateComplete;
  return badge;
}

const edit = (badge: ConfabExpertBadge) => badge.shadowRoot!.querySelector<HTMLElement>('[part="edit-profile"]');

describe('<confab-expert-badge> "Edit profile" and availability until', function () {
  this.timeout(20_000);

  it('offers "Edit profile" on your own card as a link to profile-url, and no "Ask"', async () => {
    const badge = await openCard('me', '/demo/profile.html');
    await waitUntil(() => edit(badge), 'edit profile shown');
    const link = edit(badge)!;
    expect(link.localName).to.equal('a');
    expect(link.textContent).to.equal('Edit profile');
    expect(link.getAttribute('href')).to.equal('/demo/profile.html');
    expect(badge.shadowRoot!.querySelector('[part="ask"]')).to.equal(null);
    await expect(badge).to.be.accessible();
  });

  it('without profile-url, "Edit profile" is a button firing a cancelable confab-edit-profile', async () => {
    const badge = await openCard('me');
    await waitUntil(() => edit(badge), 'edit profile shown');
    expect(edit(badge)!.localName).to.equal('button');
    const fired = oneEvent(badge, 'confab-edit-profile');
    edit(badge)!.click();
    const event = await fired;
    expect(event.detail.person.id).to.equal('me');
    expect(event.cancelable).to.equal(true);
  });

  it('never links to an unsafe profile-url, and offers no "Edit profile" on someone else\'s card', async () => {
    let badge = await openCard('me', 'javascript:alert(1)');
    await waitUntil(() => edit(badge), 'edit profile shown');
    expect(edit(badge)!.localName).to.equal('button');
    badge = await openCard('ben', '/demo/profile.html');
    await waitUntil(() => badge.shadowRoot!.querySelector('[part="ask"]'), 'ask shown');
    expect(edit(badge)).to.equal(null);
  });

  it('shows availability with its "until" date in the card and the chip', async () => {
    const badge = await openCard('ben');
    expect(badge.shadowRoot!.querySelector('[part="card-availability"]')!.textContent).to.equal('Busy until May 3, 2030');
    expect(badge.shadowRoot!.querySelector('#chip .visually-hidden')!.textContent).to.equal('Busy until May 3, 2030');
  });
});
