import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AREA_NAMES, MemoryAdapter } from '@confab/core';
import '../moderation-queue/define.js';
import { provide, without } from '../../../../stories/support/provide.js';

/** `without()` of stories/support/provide.ts, which stories and tests use for "area missing". */
describe('without() (story support)', () => {
  it('leaves out only the areas named and keeps every other area of the contract, the adapter\'s own', () => {
    const adapter = new MemoryAdapter();
    const kept = without(adapter, 'votes', 'live');
    expect(Object.keys(kept).sort()).to.deep.equal(['identity', ...AREA_NAMES.filter((n) => n !== 'votes' && n !== 'live')].sort());
    for (const name of ['identity', 'moderation', 'webhooks', 'notifications'] as const) expect(kept[name], name).to.equal(adapter[name]);
  });

  it('a widget of a kept area (the moderation queue) still works', async () => {
    const adapter = new MemoryAdapter({ seed: { currentUser: 'mo', people: [{ id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'] }] } });
    const wrapper = await fixture<HTMLElement>(provide(without(adapter, 'votes'), html`<confab-moderation-queue></confab-moderation-queue>`));
    const el = wrapper.querySelector('confab-moderation-queue')!;
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Nothing to review'), 'the queue did not load');
    expect(el.shadowRoot!.textContent).not.to.contain('not available on this backend');
  });
});
