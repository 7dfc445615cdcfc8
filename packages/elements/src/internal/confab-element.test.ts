import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Adapter } from '@confab/core';
import { configure } from './defaults.js';
import { defineElement } from './define.js';
import { ConfabAreaProbe, ConfabTestProbe } from '../../test/test-probe.js';
import { AREA_MISSING, expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

defineElement('confab-test-probe', ConfabTestProbe);
defineElement('confab-area-probe', ConfabAreaProbe);
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
      expect(probe.emitError()).to.equal(false);
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

  it('says "not available on this backend" when the adapter leaves out an area the widget needs', async () => {
    const full = new MemoryAdapter();
    const probe = await expectAreaMissing(provide({ identity: full.identity }, html`<confab-area-probe></confab-area-probe>`), 'confab-area-probe') as ConfabAreaProbe;
    expect(probe.usable).to.equal(undefined);
    await expectAreaMissing(provide(without(full, 'votes'), html`<confab-area-probe></confab-area-probe>`), 'confab-area-probe');
  });

  it('warns once per adapter however many widgets lack the area, and needs no area it does not declare', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const full = new MemoryAdapter();
      const adapter: Adapter = without(full, 'ideas', 'live');
      const root = await fixture<HTMLElement>(provide(adapter, html`<confab-area-probe></confab-area-probe><confab-area-probe></confab-area-probe><confab-test-probe></confab-test-probe>`));
      const [one, two] = [...root.querySelectorAll<ConfabAreaProbe>('confab-area-probe')];
      await one!.updateComplete;
      await two!.updateComplete;
      expect(warnings.filter((w) => w.includes('needs the adapter area(s) ideas'))).to.have.length(1);
      expect(root.querySelector<ConfabTestProbe>('confab-test-probe')!.shadowRoot!.textContent).to.contain('connected');
      expect(root.querySelector<ConfabTestProbe>('confab-test-probe')!.usable).to.equal(adapter);
    } finally {
      console.warn = original;
    }
  });

  it('shows the missing-area message in the page language, and the widget once the area is there', async () => {
    const full = new MemoryAdapter();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">${provide(without(full, 'ideas'), html`<confab-area-probe></confab-area-probe>`)}</div>`);
    const probe = wrapper.querySelector<ConfabAreaProbe>('confab-area-probe')!;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('auf diesem Backend nicht verfügbar'), 'no German message');
    wrapper.querySelector('confab-provider')!.adapter = full;
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('connected'), 'the widget did not appear with the full adapter');
    expect(probe.shadowRoot!.textContent).not.to.contain(AREA_MISSING);
  });
});
