import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocalizeController, closestLang } from './localize.js';
import { formatDateTime, formatNumber, formatRelative, plural } from './format.js';
import { commonStrings } from './common.strings.js';

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
    const fr = await fixture<HTMLDivElement>(html`<div lang="fr"><confab-lang-probe></confab-lang-probe></div>`);
    expect(fr.querySelector<LangProbe>('confab-lang-probe')!.localize.strings(commonStrings).retry).to.equal('Retry');
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
