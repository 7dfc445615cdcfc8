import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import '../feedback/define.js';
import './define.js';

const SUBJECT = 'https://intranet.example/travel';
function seed(): Seed {
  return {
    currentUser: 'owner',
    people: [
      { id: 'owner', name: 'Omar Owner', roles: ['moderator'] },
      { id: 'me', name: 'Mia Reader', roles: ['member'] },
    ],
    feedback: [{ id: 'f1', subject: SUBJECT, rating: 1, reason: 'Outdated', comment: 'Old phone numbers', author: 'me', createdAt: new Date().toISOString() }],
  };
}

const button = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === name);

describe('<confab-feedback-inbox> and <confab-feedback> moderation (issue 13)', () => {
  it('a moderator hides a feedback comment with a reason and restores it; its author sees "Hidden" and the reason', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <confab-provider .adapter=${adapter}><confab-feedback-inbox subject=${SUBJECT}></confab-feedback-inbox></confab-provider>
      <confab-provider .adapter=${adapter.as('me')}><confab-feedback subject=${SUBJECT}></confab-feedback></confab-provider></div>`);
    const inbox = wrapper.querySelector('confab-feedback-inbox')!;
    const reader = wrapper.querySelector('confab-feedback')!;
    await waitUntil(() => button(inbox.shadowRoot!, 'Hide feedback'), 'no "Hide feedback"');
    await waitUntil(() => button(reader.shadowRoot!, 'Edit feedback') && button(reader.shadowRoot!, 'Delete feedback'), 'the author has no Edit/Delete');
    expect(button(reader.shadowRoot!, 'Report feedback')).to.equal(undefined);
    await expect(inbox).to.be.accessible();
    await expect(reader).to.be.accessible();

    button(inbox.shadowRoot!, 'Hide feedback')!.click();
    await waitUntil(() => inbox.shadowRoot!.querySelector('textarea[id$="-reason"]'), 'no reason field');
    const reason = inbox.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[id$="-reason"]')!;
    reason.value = 'Names a colleague.';
    reason.dispatchEvent(new Event('input'));
    await expect(inbox).to.be.accessible();
    button(inbox.shadowRoot!, 'Hide')!.click();
    await waitUntil(() => button(inbox.shadowRoot!, 'Restore feedback'), 'no "Restore feedback"');
    await waitUntil(() => reader.shadowRoot!.textContent!.includes('Names a colleague.'), 'the author does not see why, live');
    expect(reader.shadowRoot!.querySelector('.content-label')!.textContent).to.equal('Hidden');
    await expect(reader).to.be.accessible();

    button(inbox.shadowRoot!, 'Restore feedback')!.click();
    await waitUntil(() => button(inbox.shadowRoot!, 'Hide feedback'), 'not restored');
    expect(inbox.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Hide feedback');
  });
});
