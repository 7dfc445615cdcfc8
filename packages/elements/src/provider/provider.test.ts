import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, RestAdapter, type Seed } from '@confab/core';
import { ConfabTestProbe } from '../../test/test-probe.js';
import { defineElement } from '../internal/define.js';
import type { ConfabProvider } from './provider.js';
import './define.js';

class ProbeWidget extends ConfabTestProbe {}
defineElement('confab-test-probe', ProbeWidget);

const seed: Seed = { currentUser: 'kim', people: [{ id: 'kim', name: 'Kim Lee', roles: ['member'] }] };

describe('<confab-provider>', () => {
  it('gives widgets inside it a MemoryAdapter for adapter="memory", starting with one member', async () => {
    const el = await fixture<ConfabProvider>(html`<confab-provider adapter="memory"><confab-test-probe></confab-test-probe></confab-provider>`);
    const probe = el.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current);
    expect(probe.current).to.be.instanceOf(MemoryAdapter);
    const me = await probe.current!.identity.currentUser();
    expect(me?.roles).to.deep.equal(['member']);
    expect(probe.shadowRoot!.textContent).to.contain('connected');
  });

  it('passes an adapter object set as the .adapter property, and follows changes', async () => {
    const a = new MemoryAdapter();
    const b = new MemoryAdapter();
    const el = await fixture<ConfabProvider>(html`<confab-provider .adapter=${a}><confab-test-probe></confab-test-probe></confab-provider>`);
    const probe = el.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current === a);
    el.adapter = b;
    await waitUntil(() => probe.current === b, 'widget did not follow the new adapter');
  });

  it('creates a RestAdapter for endpoint', async () => {
    const el = await fixture<ConfabProvider>(html`<confab-provider endpoint="/api/v1"><confab-test-probe></confab-test-probe></confab-provider>`);
    const probe = el.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current);
    expect(probe.current).to.be.instanceOf(RestAdapter);
  });

  it('loads a seed from a URL and signs in the seed\'s current user', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(seed)], { type: 'application/json' }));
    const el = await fixture<ConfabProvider>(html`<confab-provider adapter="memory" seed=${url}><confab-test-probe></confab-test-probe></confab-provider>`);
    const probe = el.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current);
    expect((await probe.current!.identity.currentUser())?.name).to.equal('Kim Lee');
  });

  it('fires confab-error and still works when the seed cannot be loaded', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = new Promise<CustomEvent>((resolve) => wrapper.addEventListener('confab-error', (e) => resolve(e as CustomEvent), { once: true }));
      wrapper.innerHTML = '<confab-provider adapter="memory" seed="/no-such-seed.json"><confab-test-probe></confab-test-probe></confab-provider>';
      const event = await failed;
      expect(event.detail.message).to.contain('/no-such-seed.json');
      const probe = wrapper.querySelector<ProbeWidget>('confab-test-probe')!;
      await waitUntil(() => probe.current);
      expect(errors.join()).to.contain('could not load the seed');
    } finally {
      console.error = original;
    }
  });

  it('reaches a widget moved into another provider', async () => {
    const a = new MemoryAdapter();
    const b = new MemoryAdapter();
    const root = await fixture<HTMLDivElement>(html`<div>
      <confab-provider id="a" .adapter=${a}><confab-test-probe></confab-test-probe></confab-provider>
      <confab-provider id="b" .adapter=${b}></confab-provider>
    </div>`);
    const probe = root.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current === a);
    root.querySelector('#b')!.append(probe);
    await waitUntil(() => probe.current === b, 'moved widget kept the old adapter');
  });

  it('finds a provider that is upgraded after the widget', async () => {
    const a = new MemoryAdapter();
    class LateProvider extends (customElements.get('confab-provider') as typeof ConfabProvider) {}
    const root = await fixture<HTMLDivElement>(html`<div><confab-late-provider><confab-test-probe></confab-test-probe></confab-late-provider></div>`);
    const late = root.querySelector('confab-late-provider') as ConfabProvider;
    customElements.define('confab-late-provider', LateProvider);
    late.adapter = a;
    const probe = root.querySelector<ProbeWidget>('confab-test-probe')!;
    await waitUntil(() => probe.current === a, 'widget upgraded first never found its provider');
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when another class claims a defined tag', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('confab-test-probe', class extends HTMLElement {});
      defineElement('confab-test-probe', ProbeWidget);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(customElements.get('confab-test-probe')).to.equal(ProbeWidget);
  });
});
