import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryAdapter, type Adapter } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabProfile } from './profile.js';
import { HOSTILE_ABOUT, profileSeed, refusingAdapter } from '../../../../stories/fixtures/profile-seed.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

async function mount(adapter: Adapter = new MemoryAdapter({ seed: profileSeed() }), person = ''): Promise<ConfabProfile> {
  const root = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-profile person=${person}></confab-profile></confab-provider>`);
  const el = root.querySelector('confab-profile')!;
  await waitUntil(() => el.shadowRoot!.querySelector('form, dl')
    || (el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? 'Loading…') !== 'Loading…', 'profile did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: ConfabProfile, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const button = (el: ConfabProfile, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')]
  .find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);
const skills = (el: ConfabProfile) => [...el.shadowRoot!.querySelectorAll('.skill-name')].map((n) => n.textContent);
const status = (el: ConfabProfile) => $(el, '[part="status"]')?.textContent?.trim() ?? '';

/** The deepest focused element, across shadow roots. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('<confab-profile>', function () {
  this.timeout(20_000);
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('confab:')) localStorage.removeItem(key);
  });

  it('shows your own profile with the named controls, the name read-only, and is axe-clean', async () => {
    const el = await mount();
    expect($(el, '#profile-heading')!.textContent).to.equal('My profile');
    expect($<HTMLInputElement>(el, '#name')!.readOnly).to.equal(true);
    expect($(el, '#name-hint')!.textContent).to.contain('Only an admin');
    expect($(el, 'label[for="add-skill"]')!.textContent).to.equal('Add skill');
    expect($(el, 'label[for="availability"]')!.textContent).to.equal('Availability');
    expect([...$<HTMLSelectElement>(el, '#availability')!.options].map((o) => o.value)).to.deep.equal(['available', 'busy', 'away']);
    expect(button(el, 'Save profile')).to.exist;
    expect(button(el, 'Remove Design')).to.exist;
    expect(button(el, 'Move Accessibility up')).to.exist;
    expect(button(el, 'Move Accessibility down')).to.exist;
    expect(skills(el)).to.deep.equal(['Design', 'Accessibility', 'Figma']);
    await expect(el).to.be.accessible();
  });

  it('suggests known skills while typing; an alias typed is added as its canonical skill', async () => {
    const adapter = new MemoryAdapter({ seed: profileSeed() });
    const el = await mount(adapter);
    const input = $<HTMLInputElement>(el, '#add-skill')!;
    input.focus();
    await sendKeys({ type: 'k8s' });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="option"]'), 'suggestions appear');
    const option = $(el, '[role="option"]')!;
    expect(option.textContent).to.contain('Kubernetes');
    expect(option.textContent).to.contain('also k8s');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('suggestion-0');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => skills(el).includes('Kubernetes'), 'Kubernetes added');
    expect(skills(el)).to.deep.equal(['Design', 'Accessibility', 'Figma', 'Kubernetes']);
    expect(input.value).to.equal('');
    expect(deepActive()).to.equal(input);
    // Typed without choosing: "K8S" still resolves to Kubernetes, which is listed already.
    await sendKeys({ type: 'K8S' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#skills-error'), 'a duplicate is refused');
    expect($(el, '#skills-error')!.textContent).to.equal('Kubernetes is already listed.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('removes and reorders skills by keyboard, with focus kept on the next control or the moved skill', async () => {
    const el = await mount();
    button(el, 'Move Design down')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => skills(el)[1] === 'Design', 'Design moved down');
    expect(skills(el)).to.deep.equal(['Accessibility', 'Design', 'Figma']);
    expect(deepActive()).to.equal(button(el, 'Move Design down'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => skills(el)[2] === 'Design', 'Design moved to the end');
    expect(button(el, 'Move Design down')!.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActive()).to.equal(button(el, 'Move Design down'));
    button(el, 'Remove Accessibility')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !skills(el).includes('Accessibility'), 'removed');
    expect(deepActive()).to.equal(button(el, 'Remove Figma'));
    button(el, 'Remove Design')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !skills(el).includes('Design'), 'last removed');
    expect(deepActive()).to.equal(button(el, 'Remove Figma'), 'no next skill: the previous one');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => skills(el).length === 0, 'all removed');
    expect(deepActive()).to.equal($(el, '#add-skill'));
  });

  it('saves: the adapter stores the profile, the widget fires confab-profile-saved and says so', async () => {
    const adapter = new MemoryAdapter({ seed: profileSeed() });
    const el = await mount(adapter);
    type($<HTMLInputElement>(el, '#title')!, 'Lead designer');
    type($<HTMLTextAreaElement>(el, '#about')!, 'Ask me about **forms**.');
    const select = $<HTMLSelectElement>(el, '#availability')!;
    select.value = 'away';
    select.dispatchEvent(new Event('change'));
    const until = $<HTMLInputElement>(el, '#until')!;
    until.value = '2030-06-01';
    until.dispatchEvent(new Event('change'));
    button(el, 'Remove Figma')!.click();
    await el.updateComplete;
    const saved = oneEvent(el, 'confab-profile-saved');
    button(el, 'Save profile')!.click();
    const { detail } = await saved;
    expect(detail.person.title).to.equal('Lead designer');
    const stored = await adapter.people.getPerson('me');
    expect(stored.title).to.equal('Lead designer');
    expect(stored.about).to.equal('Ask me about **forms**.');
    expect(stored.availability).to.equal('away');
    expect(stored.availabilityUntil).to.equal('2030-06-01');
    expect(stored.skills.map((s) => s.name)).to.deep.equal(['Design', 'Accessibility']);
    expect(adapter.calls.filter((c) => c.method === 'updateProfile')[0]!.args[1]).to.not.have.property('name');
    await waitUntil(() => status(el) === 'Profile saved.', 'saved message');
    expect(localStorage.getItem('confab:draft:profile:me')).to.equal(null);
  });

  it('keeps unsaved edits as a draft across a reload, and offers to discard them', async () => {
    const adapter = new MemoryAdapter({ seed: profileSeed() });
    let el = await mount(adapter);
    type($<HTMLInputElement>(el, '#location')!, 'Manchester');
    await el.updateComplete;
    el = await mount(adapter);
    expect($<HTMLInputElement>(el, '#location')!.value).to.equal('Manchester');
    expect(status(el)).to.equal('Your unsaved changes from earlier are shown.');
    button(el, 'Discard changes')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#location')!.value).to.equal('Leeds');
    expect(localStorage.getItem('confab:draft:profile:me')).to.equal(null);
  });

  it('rolls back visibly when the save is refused: error shown, stored values back, edits restorable', async () => {
    const adapter = refusingAdapter(new MemoryAdapter({ seed: profileSeed() }));
    const el = await mount(adapter);
    type($<HTMLInputElement>(el, '#title')!, 'Spam spam');
    await el.updateComplete;
    button(el, 'Save profile')!.click();
    await waitUntil(() => status(el).startsWith('Your changes were not saved'), 'refusal shown');
    expect(status(el)).to.contain('Title contains a blocked word');
    expect($(el, '[part="status"]')!.classList.contains('error')).to.equal(true);
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Designer');
    expect((el.shadowRoot!.querySelector('[data-confab-live]') as HTMLElement) !== null).to.equal(true);
    await waitUntil(() => el.shadowRoot!.querySelector('[data-confab-live]')!.textContent!.includes('not saved'), 'announced');
    button(el, 'Restore my changes')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('Spam spam');
    expect($(el, '#title-error')!.textContent).to.equal('Title contains a blocked word');
    expect(deepActive()).to.equal($(el, 'input#title'));
  });

  it('checks lengths before sending and focuses the first invalid field', async () => {
    const adapter = new MemoryAdapter({ seed: profileSeed() });
    const el = await mount(adapter);
    type($<HTMLInputElement>(el, '#department')!, 'x'.repeat(201));
    await el.updateComplete;
    button(el, 'Save profile')!.click();
    await waitUntil(() => $(el, '#department-error'), 'field error');
    expect(deepActive()).to.equal($(el, '#department'));
    expect(adapter.calls.some((c) => c.method === 'updateProfile')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('renders About as sanitised Markdown: hostile markup never runs', async () => {
    const el = await mount(new MemoryAdapter({ seed: profileSeed('hostile') }));
    await waitUntil(() => $(el, '[part="preview"] .markdown'), 'markdown rendered', { timeout: 5000 });
    const preview = $(el, '[part="preview"]')!;
    expect(preview.querySelector('strong')?.textContent).to.equal('Hello');
    expect(preview.querySelector('script')).to.equal(null);
    expect(preview.querySelector('[onerror]')).to.equal(null);
    expect([...preview.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript'))).to.equal(false);
    expect($<HTMLTextAreaElement>(el, '#about')!.value).to.equal(HOSTILE_ABOUT);
  });

  it('lets an admin edit anyone, the name included; anyone else sees another profile read-only', async () => {
    const adapter = new MemoryAdapter({ seed: profileSeed('ada') });
    let el = await mount(adapter, 'ben');
    expect($(el, '#profile-heading')!.textContent).to.equal('Profile of Ben Okafor');
    const name = $<HTMLInputElement>(el, 'input#name')!;
    expect(name.readOnly).to.equal(false);
    type(name, 'Ben A. Okafor');
    await el.updateComplete;
    button(el, 'Save profile')!.click();
    await waitUntil(async () => (await adapter.people.getPerson('ben')).name === 'Ben A. Okafor', 'renamed');

    el = await mount(new MemoryAdapter({ seed: profileSeed('me') }), 'ben');
    expect($(el, '[part="message"]')!.textContent).to.contain('You can only edit your own profile');
    expect($(el, 'form')).to.equal(null);
    expect(button(el, 'Save profile')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says so when signed out, for an unknown person, and without the people area', async () => {
    let el = await mount(new MemoryAdapter({ seed: profileSeed() }).as(null));
    expect($(el, '[part="message"]')!.textContent).to.equal('Sign in to edit your profile.');
    el = await mount(new MemoryAdapter({ seed: profileSeed('ada') }), 'nobody');
    expect($(el, '[part="message"]')!.textContent).to.equal('This person does not exist.');
    await expectAreaMissing(provide(without(new MemoryAdapter({ seed: profileSeed() }), 'people'), html`<confab-profile></confab-profile>`), 'confab-profile');
  });
});
