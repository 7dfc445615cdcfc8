import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LANGUAGES, LocalizeController, closestLang, stringTables, type Locales } from './localize.js';
import { formatDateTime, formatNumber, formatRelative, plural } from './format.js';
import { commonStrings } from './common.strings.js';
import { MemoryAdapter, type Seed } from '@confab/core';
import { ConfabElement } from './confab-element.js';
import '../provider/define.js';
import '../feedback/define.js';
import '../idea-card/define.js';
import { ideaSeed } from '../../../../stories/fixtures/idea-seed.js';

/** The URLs of every module fetched so far, the ones before this file ran included. */
const fetched: string[] = performance.getEntriesByType('resource').map((e) => e.name);
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name))).observe({ type: 'resource', buffered: true });
const localeModules = (lang: string) => fetched.filter((url) => new RegExp(`/locales/${lang}\\.(js|ts)`).test(url));

/** A widget on the base class showing one shared string, for `updateComplete`. */
class StatusProbe extends ConfabElement {
  override render() {
    return html`<p dir=${this.localize.dir}>${this.localize.strings(commonStrings).retry}</p>`;
  }
}
customElements.define('confab-status-probe', StatusProbe);

class LangProbe extends LitElement {
  readonly localize = new LocalizeController(this);
}
customElements.define('confab-lang-probe', LangProbe);

describe('locale layer', () => {
  it('takes the language from the nearest lang ancestor, across shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de-CH"><span></span></div>`);
    const shadow = host.querySelector('span')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('confab-lang-probe') as LangProbe;
    shadow.append(inner);
    expect(closestLang(inner)).to.equal('de-CH');
    expect(inner.localize.language).to.equal('de');
    await waitUntil(() => inner.localize.strings(commonStrings).retry === 'Erneut versuchen', 'German strings never loaded');
  });

  it('falls back to <html lang>, then English, and reports right-to-left for Arabic', async () => {
    const el = await fixture<LangProbe>(html`<confab-lang-probe></confab-lang-probe>`);
    expect(el.localize.language).to.equal(document.documentElement.lang.startsWith('de') ? 'de' : el.localize.language);
    const ar = await fixture<HTMLDivElement>(html`<div lang="ar"><confab-lang-probe></confab-lang-probe></div>`);
    const probe = ar.querySelector<LangProbe>('confab-lang-probe')!;
    expect(probe.localize.dir).to.equal('rtl');
    await waitUntil(() => probe.localize.strings(commonStrings).retry === 'إعادة المحاولة', 'Arabic strings never loaded');
    const ko = await fixture<HTMLDivElement>(html`<div lang="ko"><confab-lang-probe></confab-lang-probe></div>`);
    const korean = ko.querySelector<LangProbe>('confab-lang-probe')!.localize;
    expect([korean.language, korean.strings(commonStrings).retry]).to.deep.equal(['en', 'Retry']); // not shipped: English
  });

  it('re-renders when a lang attribute changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><confab-lang-probe></confab-lang-probe></div>`);
    const probe = wrapper.querySelector<LangProbe>('confab-lang-probe')!;
    let updates = 0;
    probe.addController({ hostUpdated: () => void updates++ });
    wrapper.lang = 'ar';
    await new Promise((r) => setTimeout(r));
    await probe.updateComplete;
    expect(updates).to.be.greaterThan(0);
    expect(probe.localize.language).to.equal('ar');
  });

  it('reads en_US-style and malformed lang attributes without breaking formatting', async () => {
    const el = await fixture<HTMLDivElement>(html`<div lang="de_CH"><span lang="not a tag!"></span></div>`);
    expect(closestLang(el)).to.equal('de-CH');
    expect(closestLang(el.querySelector('span')!)).to.equal('en');
  });

  it('lets an instance override single strings', async () => {
    const el = await fixture<LangProbe>(html`<confab-lang-probe></confab-lang-probe>`);
    expect(el.localize.strings(commonStrings, { retry: 'Try again' }).retry).to.equal('Try again');
  });

  it('uses the language\'s plural rules (Arabic has a dual)', () => {
    const forms = { one: 'one', two: 'two', few: 'few', many: 'many', other: 'other', zero: 'zero' };
    expect(plural('ar', 2, forms)).to.equal('two');
    expect(plural('ar', 3, forms)).to.equal('few');
    expect(plural('ar', 11, forms)).to.equal('many');
    expect(plural('de', 1, forms)).to.equal('one');
    expect(plural('de', 2, { other: 'other' })).to.equal('other');
  });

  it('formats relative times with Intl in the given language', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(formatRelative('2026-11-25T11:55:00Z', 'en', now)).to.equal('5 minutes ago');
    expect(formatRelative('2026-11-24T12:00:00Z', 'en', now)).to.equal('yesterday');
    expect(formatRelative('2026-11-25T11:55:00Z', 'de', now)).to.equal('vor 5 Minuten');
    expect(formatRelative('2026-11-25T11:59:50Z', 'en', now)).to.equal('now');
  });

  it('formats numbers and dates per language and options, with cached Intl objects', () => {
    expect(formatNumber('de', 1234.5)).to.equal('1.234,5');
    expect(formatNumber('en', 1234.5)).to.equal('1,234.5');
    expect(formatNumber('en', 4.25, { maximumFractionDigits: 1 })).to.equal('4.3');
    expect(formatNumber('en', 4.25)).to.equal('4.25');
    const iso = '2026-11-25T12:00:00Z';
    expect(formatDateTime('de', iso)).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)));
    const made = { n: 0 };
    const Original = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(Original, { construct: (t, args: ConstructorParameters<typeof Original>) => (made.n++, new t(...args)) });
    try {
      for (let i = 0; i < 20; i++) formatNumber('de', i);
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(made.n).to.equal(0);
  });

  it('resolves lang once per update and again after a lang change or a move', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div lang="de"><confab-lang-probe></confab-lang-probe></div><div lang="ar"></div></div>`);
    const probe = wrapper.querySelector<LangProbe>('confab-lang-probe')!;
    expect(probe.localize.lang).to.equal('de');
    probe.parentElement!.lang = 'de-AT';
    await new Promise((r) => setTimeout(r));
    expect(probe.localize.lang).to.equal('de-AT');
    wrapper.lastElementChild!.append(probe);
    expect(probe.localize.lang).to.equal('ar');
  });
});

const feedbackSeed: Seed = { currentUser: 'me', people: [{ id: 'me', name: 'Mia Reader', roles: ['member'] }] };

async function feedbackIn(lang: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang}><confab-provider .adapter=${new MemoryAdapter({ seed: feedbackSeed })}>
    <confab-feedback subject="page:${lang}"></confab-feedback></confab-provider></div>`);
  const el = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('confab-feedback')!;
  await waitUntil(() => el.shadowRoot!.querySelector('fieldset'), 'the question never rendered');
  await el.updateComplete;
  return el;
}

describe('languages', () => {
  it('loads a language\'s modules only when a widget on the page uses that language', async () => {
    expect(localeModules('ja'), 'Japanese requested before any Japanese widget').to.deep.equal([]);
    const el = await feedbackIn('ja');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('このページは役に立ちましたか？');
    const ja = localeModules('ja');
    expect(ja.some((url) => url.includes('/feedback/locales/ja.')), ja.join()).to.equal(true);
    expect(ja.some((url) => url.includes('/internal/locales/ja.')), ja.join()).to.equal(true);
    expect(ja.some((url) => url.includes('/ask/')), 'the ask widget is not on the page').to.equal(false);
  });

  it('renders a widget in French, and its updateComplete waits for the French table', async () => {
    const el = await feedbackIn('fr-CA');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Cette page vous a-t-elle été utile ?');
    const buttons = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(buttons).to.include.members(['Oui', 'Non']);
    const probe = (await fixture<HTMLElement>(html`<div lang="it"><confab-status-probe></confab-status-probe></div>`)).firstElementChild as StatusProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.contain('Riprova');
  });

  it('renders Hebrew right-to-left, with its words', async () => {
    const el = await feedbackIn('he');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('האם הדף הזה עזר לך?');
    const probe = (await fixture<HTMLElement>(html`<div lang="he-IL"><confab-status-probe></confab-status-probe></div>`)).firstElementChild as StatusProbe;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('p')!.getAttribute('dir')).to.equal('rtl');
    expect(probe.shadowRoot!.textContent).to.contain('ניסיון חוזר');
  });

  it('uses the Polish one, few and many forms for counts on an idea card', async () => {
    const shown: string[] = [];
    for (const n of [1, 2, 5, 22, 12]) {
      const seed = ideaSeed();
      seed.comments = Array.from({ length: n }, (_, i) => ({ id: `k${i}`, ideaId: 'i1', body: `Komentarz ${i}`, author: 'me', createdAt: '2026-11-01T10:00:00Z' }));
      const wrapper = await fixture<HTMLElement>(html`<div lang="pl"><confab-provider .adapter=${new MemoryAdapter({ seed })}><confab-idea-card idea="i1"></confab-idea-card></confab-provider></div>`);
      const card = wrapper.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('confab-idea-card')!;
      await waitUntil(() => card.shadowRoot!.querySelector('button[part="comments-toggle"]'), 'card never rendered');
      await card.updateComplete;
      shown.push(card.shadowRoot!.querySelector('button[part="comments-toggle"]')!.textContent!.replace(/\s+/g, ' ').trim());
    }
    expect(shown).to.deep.equal(['1 komentarz', '2 komentarze', '5 komentarzy', '22 komentarze', '12 komentarzy']);
  });

  it('shows English, never an error, when a language module cannot be loaded, and asks for it once', async () => {
    let asked = 0;
    const failing = () => (asked++, Promise.reject(new Error('offline')));
    const tables = stringTables<{ hello: string }>('test.failing', {
      ...(Object.fromEntries(LANGUAGES.map((l) => [l, failing])) as unknown as Locales<{ hello: string }>),
      en: { hello: 'Hello' },
    });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const probe = (await fixture<HTMLElement>(html`<div lang="nl"><confab-lang-probe></confab-lang-probe></div>`)).firstElementChild as LangProbe;
      expect(probe.localize.strings(tables).hello).to.equal('Hello');
      await waitUntil(() => warnings.length > 0, 'no warning');
      expect(probe.localize.strings(tables).hello).to.equal('Hello');
      expect(asked).to.equal(1);
      expect(String(warnings[0]![0])).to.contain('could not load the "nl" strings; showing English');
    } finally {
      console.warn = warn;
    }
  });

  it('writes numbers with Intl in the language of the table', async () => {
    const probe = (await fixture<HTMLElement>(html`<div lang="fr"><confab-lang-probe></confab-lang-probe></div>`)).firstElementChild as LangProbe;
    await waitUntil(() => probe.localize.strings(commonStrings).retry === 'Réessayer', 'French never loaded');
    expect(probe.localize.strings(commonStrings).charactersLeft(1234)).to.equal(`${new Intl.NumberFormat('fr').format(1234)} caractères restants`);
  });
});
