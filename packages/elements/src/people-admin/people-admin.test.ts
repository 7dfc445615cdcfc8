import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ConflictError, MemoryAdapter, UnavailableError, type Adapter, type PeopleArea, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabPeopleAdmin } from './people-admin.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

function seed(currentUser = 'ada'): Seed {
  return {
    currentUser,
    people: [
      { id: 'ada', name: 'Ada Admin', roles: ['member', 'admin'], title: 'Intranet owner', department: 'IT' },
      { id: 'ben', name: 'Ben Okafor', roles: ['member'], title: 'Network engineer', department: 'IT' },
      { id: 'mo', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager', department: 'HR' },
      { id: 'cyd', name: 'Cyd Lin', roles: ['member'], title: 'Designer', department: 'Marketing' },
    ],
  };
}

/** The seeded memory backend with its people search answered by `search` (which may call the real one). */
function searchingWith(search: (memory: MemoryAdapter, ...args: Parameters<PeopleArea['searchPeople']>) => ReturnType<PeopleArea['searchPeople']>): Adapter {
  const memory = new MemoryAdapter({ seed: seed() });
  return { identity: memory.identity, live: memory.live, people: { ...memory.people, searchPeople: (...args) => search(memory, ...args) } };
}

async function mount(adapter: Adapter, lang = 'en'): Promise<ConfabPeopleAdmin> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><confab-provider .adapter=${adapter}><confab-people-admin></confab-people-admin></confab-provider></div>`);
  const el = wrapper.querySelector('confab-people-admin')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]') && !el.shadowRoot!.textContent!.includes('Loading'), 'did not load');
  await el.updateComplete;
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const toggle = (el: Element, name: string) => {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('[part="toggle"]')].find((b) => b.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no toggle "${name}"`);
  return found;
};
const person = (el: Element, id: string) => root(el).querySelector<HTMLElement>(`#person-${id}`)!;
const names = (el: Element) => [...root(el).querySelectorAll('[part="person"] .name')].map((h) => h.textContent!.trim());

describe('<confab-people-admin>', () => {
  it('lists people with their roles and a toggle per role named in the context of the person; axe-clean', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    expect(names(el)).to.deep.equal(['Ada Admin', 'Ben Okafor', 'Cyd Lin', 'Mo Reyes']);
    expect(person(el, 'mo').textContent).to.contain('Roles: Member, Moderator');
    expect(toggle(el, 'Moderator, Mo Reyes').getAttribute('aria-pressed')).to.equal('true');
    expect(toggle(el, 'Admin, Mo Reyes').getAttribute('aria-pressed')).to.equal('false');
    expect(toggle(el, 'Admin, Ada Admin').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('grants and revokes a role with the keyboard, stores it and announces it', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    toggle(el, 'Moderator, Ben Okafor').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(async () => (await adapter.as('ben').identity.currentUser())?.roles.includes('moderator'), 'not stored');
    await el.updateComplete;
    expect(toggle(el, 'Moderator, Ben Okafor').getAttribute('aria-pressed')).to.equal('true');
    expect(person(el, 'ben').textContent).to.contain('Roles: Member, Moderator');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Moderator granted to Ben Okafor.'), 'no announcement');
    expect(root(el).activeElement).to.equal(toggle(el, 'Moderator, Ben Okafor'), 'focus stays on the toggle');
    await sendKeys({ press: 'Space' });
    await waitUntil(async () => !(await adapter.as('ben').identity.currentUser())?.roles.includes('moderator'), 'not revoked');
    expect(adapter.calls.filter((c) => c.method === 'setRoles').map((c) => c.args.slice(0, 2))).to.deep.equal([['ben', ['member', 'moderator']], ['ben', ['member']]]);
  });

  it('is optimistic and rolls back visibly when refused: the last admin stays an admin', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 30 });
    const el = await mount(adapter);
    toggle(el, 'Admin, Ada Admin').click();
    await el.updateComplete;
    expect(toggle(el, 'Admin, Ada Admin').getAttribute('aria-pressed')).to.equal('false', 'shown at once');
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(toggle(el, 'Admin, Ada Admin').getAttribute('aria-pressed')).to.equal('true', 'rolled back');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Ada Admin is the last admin. Make someone else an admin first.');
    expect((await adapter.identity.currentUser())?.roles).to.deep.equal(['member', 'admin']);
    await expect(el).to.be.accessible();
  });

  it('shows other refusals with the reason, and offline keeps nothing half-done', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    adapter.failNext(new UnavailableError('Offline', true));
    toggle(el, 'Moderator, Cyd Lin').click();
    await waitUntil(() => root(el).querySelector('#person-cyd [role="alert"]'), 'no error');
    expect(person(el, 'cyd').textContent).to.contain('The roles of Cyd Lin were not changed');
    expect(toggle(el, 'Moderator, Cyd Lin').getAttribute('aria-pressed')).to.equal('false');
    adapter.failNext(new ConflictError('The last admin'));
    toggle(el, 'Admin, Cyd Lin').click();
    await waitUntil(() => person(el, 'cyd').textContent!.includes('Cyd Lin is the last admin'), 'conflict message');
  });

  it('searches by name or department from the search box', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    const input = root(el).querySelector<HTMLInputElement>('#query')!;
    expect(root(el).querySelector('label[for="query"]')!.textContent).to.equal('Search people');
    input.focus();
    await sendKeys({ type: 'Marketing' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => names(el).length === 1, 'search did not narrow');
    expect(names(el)).to.deep.equal(['Cyd Lin']);
    input.select();
    await sendKeys({ type: 'zzzz nobody' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).textContent!.includes('Nobody matches this search.'));
  });

  it('"Show more people" keeps focus on the button while busy, then moves it to the first new person; a failure says why until the next try; axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed: seed(), latency: 30 });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-people-admin page-size="2"></confab-people-admin></confab-provider>`);
    const el = wrapper.querySelector('confab-people-admin')!;
    await waitUntil(() => names(el).length === 2, 'first page not shown');
    const more = () => root(el).querySelector<HTMLButtonElement>('[part="more"]');
    expect(more()!.textContent).to.equal('Show more people');
    adapter.failNext(new UnavailableError('Down'));
    more()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('[part="message"][role="alert"]'), 'no error');
    expect(root(el).querySelector('[part="message"][role="alert"]')!.textContent).to.equal('The service cannot be reached right now.');
    expect(root(el).activeElement).to.equal(more(), 'focus stays on "Show more"');
    expect(names(el)).to.deep.equal(['Ada Admin', 'Ben Okafor']);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([more()!.textContent, more()!.getAttribute('aria-disabled')]).to.deep.equal(['Loading…', 'true']);
    expect(root(el).activeElement).to.equal(more(), 'a busy button keeps the focus');
    expect(root(el).querySelector('[role="alert"]')).to.equal(null, 'the error went with the next try');
    await waitUntil(() => names(el).length === 4, 'second page not shown');
    expect(names(el)).to.deep.equal(['Ada Admin', 'Ben Okafor', 'Cyd Lin', 'Mo Reyes']);
    await waitUntil(() => root(el).activeElement === person(el, 'cyd'), 'focus not on the first new person');
    expect(more()).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('focus never drops to the page when "Show more people" brings no one new and the button goes', async () => {
    // A last page of people already shown (a live update brought them first).
    const adapter = searchingWith(async (memory, query, options) => {
      const first = await memory.people.searchPeople({ ...query, cursor: undefined }, options);
      return query.cursor ? { ...first, nextCursor: null } : first;
    });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-people-admin page-size="2"></confab-people-admin></confab-provider>`);
    const el = wrapper.querySelector('confab-people-admin')!;
    await waitUntil(() => names(el).length === 2, 'first page not shown');
    root(el).querySelector<HTMLButtonElement>('[part="more"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('[part="more"]'), '"Show more" still shown');
    expect(names(el)).to.deep.equal(['Ada Admin', 'Ben Okafor']);
    await waitUntil(() => root(el).activeElement === person(el, 'ben'), 'focus not on the last person');
  });

  it('updates live when another admin changes a role', async () => {
    const adapter = new MemoryAdapter({ seed: seed() });
    const el = await mount(adapter);
    await adapter.people.setRoles('cyd', ['admin']);
    await adapter.as('cyd').people.setRoles('ben', ['moderator']);
    await waitUntil(() => toggle(el, 'Moderator, Ben Okafor').getAttribute('aria-pressed') === 'true', 'no live update');
  });

  it('says that roles from the identity provider are overridden at the next sign-in', async () => {
    // A backend whose sign-in set Mo's roles (as the reference server does with a roles header or claim).
    const adapter = searchingWith(async (memory, query, options) => {
      const page = await memory.people.searchPeople(query, options);
      return { ...page, items: page.items.map((r) => (r.person.id === 'mo' ? { ...r, person: { ...r.person, rolesSource: 'identity-provider' as const } } : r)) };
    });
    const el = await mount(adapter);
    expect(person(el, 'mo').textContent).to.contain('a change here lasts until Mo Reyes signs in again');
  });

  it('tells non-admins and signed-out readers that they are not allowed', async () => {
    let el = await mount(new MemoryAdapter({ seed: seed('mo') }));
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Only admins can grant and revoke roles.');
    expect(root(el).querySelector('[part="toggle"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const signedOut = new MemoryAdapter({ seed: seed() });
    signedOut.actAs(null);
    el = await mount(signedOut);
    expect(root(el).querySelector('[part="message"]')!.textContent).to.equal('Sign in as an admin to manage roles.');
  });

  it('speaks German and Arabic (right to left); axe-clean', async () => {
    let el = await mount(new MemoryAdapter({ seed: seed() }), 'de');
    await waitUntil(() => root(el).textContent!.includes('Personen und Rollen'), 'German did not load');
    expect(toggle(el, 'Moderator:in, Ben Okafor')).to.exist;
    el = await mount(new MemoryAdapter({ seed: seed() }), 'ar');
    await waitUntil(() => root(el).textContent!.includes('الأشخاص والأدوار'), 'Arabic did not load');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('says so when the backend has no people area', async () => {
    await expectAreaMissing(provide(without(new MemoryAdapter({ seed: seed() }), 'people'), html`<confab-people-admin></confab-people-admin>`), 'confab-people-admin');
  });
});
