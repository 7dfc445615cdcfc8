import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter } from '@confab/core';
import { configure } from './defaults.js';
import { defineElement } from './define.js';
import { ConfabTestProbe } from './test-probe.js';

defineElement('confab-test-probe', ConfabTestProbe);
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('ConfabElement', () => {
  it('shows a visible message and warns once per page when no adapter is found', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const probe = await fixture<ConfabTestProbe>(html`<confab-test-probe></confab-test-probe>`);
      await fixture(html`<confab-test-probe></confab-test-probe>`);
      await frames();
      expect(probe.shadowRoot!.querySelector('[part=message]')!.textContent).to.contain('not connected');
      expect(warnings.filter((w) => w.includes('found no adapter'))).to.have.length(1);
      await expect(probe).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('shows the no-adapter message in the page language', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><confab-test-probe></confab-test-probe></div>`);
    const probe = wrapper.querySelector<ConfabTestProbe>('confab-test-probe')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('mit keinem Confab-Backend'), 'no German message');
  });

  it('emits typed events that bubble out of shadow roots and can be cancelled', async () => {
    const probe = await fixture<ConfabTestProbe>(html`<confab-test-probe label="hello"></confab-test-probe>`);
    let seen = '';
    const listener = (e: GlobalEventHandlersEventMap['confab-error']) => {
      seen = e.detail.message;
      expect(e.composed).to.equal(true);
      e.preventDefault();
    };
    document.addEventListener('confab-error', listener);
    try {
      expect(probe.announce()).to.equal(false);
      expect(seen).to.equal('hello');
    } finally {
      document.removeEventListener('confab-error', listener);
    }
  });

  it('uses the adapter set with configure() outside any provider, also for widgets already on the page', async () => {
    const probe = await fixture<ConfabTestProbe>(html`<confab-test-probe></confab-test-probe>`);
    const adapter = new MemoryAdapter();
    configure({ adapter });
    await waitUntil(() => probe.current === adapter);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('connected');
    const later = await fixture<ConfabTestProbe>(html`<confab-test-probe></confab-test-probe>`);
    expect(later.current).to.equal(adapter);
  });
});
