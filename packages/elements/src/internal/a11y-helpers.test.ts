import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { MemoryAdapter } from '@confab/core';
import '../provider/define.js';
import { defineElement } from './define.js';
import { ConfabTestProbe } from '../../test/test-probe.js';
import { busy } from './busy.js';
import { heading } from './heading.js';
import { FocusController } from './focus-controller.js';
import { describedBy, fieldError, focusFirstInvalid, invalid } from './field-errors.js';

defineElement('confab-test-probe', ConfabTestProbe);

describe('shared accessibility helpers', () => {
  it('gives every widget one polite live region that outlives its renders and repeats a message said twice', async () => {
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${new MemoryAdapter()}><confab-test-probe></confab-test-probe></confab-provider>`);
    const probe = wrapper.querySelector<ConfabTestProbe>('confab-test-probe')!;
    await probe.updateComplete;
    const regions = () => [...probe.shadowRoot!.querySelectorAll('[aria-live]')];
    expect(regions()).to.have.length(1);
    const region = regions()[0]!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('role')).to.equal('status');
    (probe as unknown as { announce(m: string): void }).announce('Saved.');
    await waitUntil(() => region.textContent === 'Saved.');
    probe.label = 'changed';
    await probe.updateComplete;
    expect(regions()).to.deep.equal([region]);
    (probe as unknown as { announce(m: string): void }).announce('Saved.');
    expect(region.textContent, 'emptied first so it is heard again').to.equal('');
    await waitUntil(() => region.textContent === 'Saved.');
  });

  it('takes heading levels from heading-level (default 2), within 1–6', async () => {
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${new MemoryAdapter()}><confab-test-probe heading-level="5"></confab-test-probe></confab-provider>`);
    const probe = wrapper.querySelector<ConfabTestProbe>('confab-test-probe')! as unknown as { level(d?: number): number; headingLevel: number };
    expect(probe.level()).to.equal(5);
    expect(probe.level(3)).to.equal(6);
    probe.headingLevel = 2;
    expect(probe.level(1)).to.equal(3);
    const host = document.createElement('div');
    render(heading(4, 'Title', { id: 'h', dir: 'auto' }), host);
    expect(host.querySelector('h4#h[dir="auto"]')!.textContent).to.equal('Title');
  });

  it('marks a busy control with aria-busy and aria-disabled, never disabled', () => {
    const host = document.createElement('div');
    const view = (on: boolean) => html`<button ${busy(on)}>Post</button>`;
    render(view(true), host);
    const button = host.querySelector('button')!;
    expect(button.disabled).to.equal(false);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    render(view(false), host);
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('focuses the first invalid field, whose message is linked', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(html`<form><input id="a" aria-invalid=${invalid('')} /><input id="b" aria-invalid=${invalid('Required')} aria-describedby=${describedBy('b-hint', 'b-error')} />
      ${fieldError('b-error', 'Required')}</form>`, host);
    expect(await focusFirstInvalid(host, Promise.resolve(), 'form')).to.equal(true);
    expect(document.activeElement!.id).to.equal('b');
    expect(host.querySelector('#b-error')!.textContent).to.equal('Required');
    expect(host.querySelector('#b')!.getAttribute('aria-describedby')).to.equal('b-hint b-error');
  });

  it('moves focus to the first target found, making a plain element focusable', async () => {
    class FocusHost extends LitElement {
      readonly focuser = new FocusController(this);
      override render() { return html`<p class="item">New</p>`; }
    }
    customElements.define('confab-focus-host', FocusHost);
    const el = await fixture<FocusHost>(html`<confab-focus-host></confab-focus-host>`);
    const focused = await el.focuser.to('.missing', '.item');
    expect(focused!.getAttribute('tabindex')).to.equal('-1');
    expect(el.shadowRoot!.activeElement).to.equal(focused);
  });
});
