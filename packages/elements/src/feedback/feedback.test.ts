import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ForbiddenError, LIMITS, MemoryAdapter, type Adapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabFeedback } from './feedback.js';
import { expectAreaMissing } from '../../test/area-missing.js';
import { provide, without } from '../../../../stories/support/provide.js';

const seed: Seed = {
  currentUser: 'me',
  people: [
    { id: 'me', name: 'Mia Reader', roles: ['member'] },
    { id: 'owner', name: 'Omar Owner', roles: ['moderator'] },
    { id: 'other', name: 'Olga Other', roles: ['member'] },
  ],
};

const HOSTILE = '<img src=x onerror=alert(1)><script>window.__pwned = 1</script>';

async function mount(adapter: Adapter, attrs: Partial<Pick<ConfabFeedback, 'subject' | 'variant' | 'reasons' | 'anonymous' | 'showSummary'>> = {}) {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-feedback subject=${attrs.subject ?? 'page:a'} variant=${attrs.variant ?? 'helpful'} .reasons=${attrs.reasons}
      ?anonymous=${attrs.anonymous} ?show-summary=${attrs.showSummary}></confab-feedback>
  </confab-provider>`);
  const el = wrapper.querySelector('confab-feedback')!;
  await waitUntil(() => el.shadowRoot!.querySelector('fieldset, #result'), 'widget did not load');
  return el;
}

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ');
function button(el: Element, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}" in: ${text(el)}`);
  return found;
}
const textarea = (el: Element) => root(el).querySelector('textarea')!;
async function type(el: ConfabFeedback, value: string) {
  const box = textarea(el);
  box.value = value;
  box.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
/** Tabs until the focused element in the widget's shadow root matches `predicate`. */
async function tabTo(el: Element, predicate: (active: Element) => boolean, max = 20) {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement;
    if (active && predicate(active)) return active;
  }
  throw new Error('focus never reached the target');
}
const named = (name: string) => (a: Element) => a.textContent!.trim() === name;

describe('<confab-feedback>', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('confab:')) localStorage.removeItem(key);
  });

  it('shows a loading state, then the question with "Yes" and "No", axe-clean in both', async () => {
    const adapter = new MemoryAdapter({ seed, latency: 200 });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-feedback subject="page:a"></confab-feedback></confab-provider>`);
    const el = wrapper.querySelector('confab-feedback')!;
    await el.updateComplete;
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => root(el).querySelector('fieldset'));
    expect(text(el)).to.contain('Was this page helpful?');
    expect(button(el, 'Yes').getAttribute('aria-pressed')).to.equal('false');
    expect(button(el, 'No')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is usable with the keyboard alone: Yes → reason → comment → Send → thanks', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:kb' });
    await tabTo(el, named('No'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el, 'No').getAttribute('aria-pressed')).to.equal('true');
    const chip = await tabTo(el, named('Unclear'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
    await tabTo(el, (a) => a.localName === 'textarea');
    expect(textarea(el).labels![0].textContent!.toLowerCase()).to.contain('comment');
    await sendKeys({ type: 'Steps 3 and 4 are swapped' });
    await tabTo(el, named('Send'));
    const sent = oneEvent(el, 'confab-feedback-sent');
    await sendKeys({ press: 'Enter' });
    const { detail } = await sent;
    expect(detail).to.include({ subject: 'page:kb', variant: 'helpful', rating: 1, reason: 'Unclear', comment: 'Steps 3 and 4 are swapped' });
    expect(detail.feedback.id).to.be.a('string');
    await el.updateComplete;
    expect(text(el)).to.contain('Thank you for your feedback!');
    expect(text(el)).to.contain('Steps 3 and 4 are swapped');
    expect(root(el).activeElement?.id).to.equal('result');
    await expect(el).to.be.accessible();
  });

  it('rates 1–5 stars as a radio group operated with arrow keys', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:stars', variant: 'stars' });
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => r.labels![0].textContent!.trim())).to.deep.equal(['☆1 star', '☆2 stars', '☆3 stars', '☆4 stars', '☆5 stars']);
    await tabTo(el, (a) => a === radios[0]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(radios[2].checked).to.be.true;
    expect(root(el).activeElement).to.equal(radios[2]);
    await expect(el).to.be.accessible();
    await tabTo(el, named('Skip'));
    const sent = oneEvent(el, 'confab-feedback-sent');
    await sendKeys({ press: 'Space' });
    expect((await sent).detail).to.include({ variant: 'stars', rating: 3, reason: null, comment: null });
  });

  it('shows a sending state while the write is on its way, axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:sending' });
    button(el, 'Yes').click();
    await el.updateComplete;
    adapter.latency = 300;
    button(el, 'Send').click();
    await el.updateComplete;
    expect(text(el)).to.contain('Sending…');
    expect(button(el, 'Send').getAttribute('aria-disabled')).to.equal('true');
    button(el, 'Send').click();
    await expect(el).to.be.accessible();
    await waitUntil(() => text(el).includes('Thank you'));
    expect(adapter.calls.filter((c) => c.method === 'sendFeedback')).to.have.length(1);
  });

  it('"Skip" sends the rating alone', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:skip' });
    button(el, 'Yes').click();
    await el.updateComplete;
    await type(el, 'not sent');
    button(el, 'Skip').click();
    await waitUntil(() => text(el).includes('Thank you'));
    const mine = await adapter.feedback.myFeedback('page:skip');
    expect(mine).to.include({ rating: 5, reason: null, comment: null });
  });

  it('takes reason chips from the `reasons` attribute: a list for negative answers, or JSON per answer', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:r1', reasons: 'Too long|Too short' });
    button(el, 'No').click();
    await el.updateComplete;
    expect(button(el, 'Too long')).to.exist;
    button(el, 'Yes').click();
    await el.updateComplete;
    expect(button(el, 'Solved my problem')).to.exist;
    el.reasons = '{"yes":["Great"],"no":["Bad"]}';
    await el.updateComplete;
    expect(button(el, 'Great')).to.exist;
    el.reasons = '';
    await el.updateComplete;
    expect(root(el).querySelector('.reasons')).to.be.null;
  });

  it('shows hostile text as text', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:xss', reasons: JSON.stringify({ no: [HOSTILE] }) });
    button(el, 'No').click();
    await el.updateComplete;
    button(el, HOSTILE).click();
    await type(el, HOSTILE);
    button(el, 'Send').click();
    await waitUntil(() => text(el).includes('Thank you'));
    const owner = adapter.as('owner');
    const [item] = (await owner.feedback.listFeedback({ subject: 'page:xss' })).items;
    await owner.feedback.respondToFeedback(item.id, { body: HOSTILE });
    await waitUntil(() => text(el).includes('Response from Omar Owner'));
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(text(el).split(HOSTILE).length - 1).to.equal(3);
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('enforces the comment length limit with a clear message', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:long' });
    button(el, 'No').click();
    await el.updateComplete;
    expect(text(el)).to.contain(`${LIMITS.feedbackComment.toLocaleString('en')} characters left`); // "1,000": numbers via Intl
    await type(el, 'x'.repeat(LIMITS.feedbackComment + 5));
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).to.contain(`Too long: ${(LIMITS.feedbackComment + 5).toLocaleString('en')} of at most ${LIMITS.feedbackComment.toLocaleString('en')} characters.`);
    button(el, 'Send').click();
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Too long');
    expect(root(el).activeElement).to.equal(textarea(el));
    expect(adapter.calls.some((c) => c.method === 'sendFeedback')).to.be.false;
    await expect(el).to.be.accessible();
    await type(el, 'x'.repeat(LIMITS.feedbackComment));
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
    expect(text(el)).to.contain('0 characters left');
    button(el, 'Send').click();
    await waitUntil(() => text(el).includes('Thank you'));
  });

  it('keeps the rating and comment draft across a reload', async () => {
    const adapter = new MemoryAdapter({ seed });
    const first = await mount(adapter, { subject: 'page:draft' });
    button(first, 'No').click();
    await first.updateComplete;
    button(first, 'Outdated').click();
    await type(first, 'half-written thought');
    first.closest('confab-provider')!.remove();
    const second = await mount(adapter, { subject: 'page:draft' });
    expect(textarea(second).value).to.equal('half-written thought');
    expect(button(second, 'No').getAttribute('aria-pressed')).to.equal('true');
    expect(button(second, 'Outdated').getAttribute('aria-pressed')).to.equal('true');
    button(second, 'Send').click();
    await waitUntil(() => text(second).includes('Thank you'));
    expect(localStorage.getItem('confab:draft:feedback:page:draft:comment')).to.be.null;
  });

  it('keeps feedback sent offline and delivers it exactly once when back online', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:offline' });
    button(el, 'No').click();
    await el.updateComplete;
    await type(el, 'sent while offline');
    adapter.offline = true;
    button(el, 'Send').click();
    await waitUntil(() => text(el).includes('You are offline'));
    expect(text(el)).to.contain('sent while offline');
    await expect(el).to.be.accessible();
    const sent = oneEvent(el, 'confab-feedback-sent');
    adapter.offline = false;
    window.dispatchEvent(new Event('online'));
    expect((await sent).detail.comment).to.equal('sent while offline');
    await waitUntil(() => text(el).includes('Thank you'));
    const stored = await adapter.as('owner').feedback.listFeedback({ subject: 'page:offline' });
    expect(stored.items).to.have.length(1);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect((await adapter.as('owner').feedback.listFeedback({ subject: 'page:offline' })).items).to.have.length(1);
  });

  it('shows earlier feedback and the owner\'s response, which arrives live', async () => {
    const adapter = new MemoryAdapter({
      seed: { ...seed, feedback: [{ id: 'f1', subject: 'page:earlier', rating: 1, reason: 'Outdated', comment: 'Old phone numbers', author: 'me' }] },
    });
    const el = await mount(adapter, { subject: 'page:earlier' });
    expect(text(el)).to.contain('You gave feedback');
    expect(text(el)).to.contain('Old phone numbers');
    expect(text(el)).to.contain('has not responded yet');
    await expect(el).to.be.accessible();
    await adapter.as('owner').feedback.respondToFeedback('f1', { body: 'Updated, thanks!' });
    await waitUntil(() => text(el).includes('Updated, thanks!'));
    expect(text(el)).to.contain('Response from Omar Owner');
    expect(root(el).querySelector('[part="response"] time')).to.exist;
    await expect(el).to.be.accessible();
    button(el, 'Give new feedback').click();
    await el.updateComplete;
    expect(button(el, 'Yes')).to.exist;
  });

  it('shows a summary for the helpful and the stars variants', async () => {
    const adapter = new MemoryAdapter({
      seed: {
        ...seed,
        feedback: [
          { id: 'a', subject: 'page:sum', rating: 5, author: 'other' },
          { id: 'b', subject: 'page:sum', rating: 1, author: 'owner' },
          { id: 'c', subject: 'page:sum', rating: 5, author: 'owner' },
          { id: 'd', subject: 'page:sum', variant: 'stars', rating: 4, author: 'other' },
          { id: 'e', subject: 'page:sum', variant: 'stars', rating: 3, author: 'owner' },
        ],
      },
    });
    const el = await mount(adapter, { subject: 'page:sum', showSummary: true });
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.equal('2 of 3 found this helpful');
    button(el, 'Yes').click();
    await el.updateComplete;
    button(el, 'Send').click();
    await waitUntil(() => root(el).querySelector('[part="summary"]')?.textContent === '3 of 4 found this helpful');
    el.variant = 'stars';
    await el.updateComplete;
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.equal('Rated 3.5 of 5 (2 ratings)');
  });

  it('keeps the summary up to date with other readers\' feedback before the reader does anything', async () => {
    const adapter = new MemoryAdapter({ seed: { ...seed, feedback: [{ id: 'a', subject: 'page:live-sum', rating: 5, author: 'other' }] } });
    const el = await mount(adapter, { subject: 'page:live-sum', showSummary: true });
    expect(root(el).querySelector('[part="summary"]')!.textContent).to.equal('1 of 1 found this helpful');
    expect(el.flow, 'nothing loaded the follow-up').to.equal(undefined);
    await adapter.as('owner').feedback.sendFeedback({ subject: 'page:live-sum', variant: 'helpful', rating: 1 });
    await waitUntil(() => root(el).querySelector('[part="summary"]')?.textContent === '1 of 2 found this helpful', 'the summary did not follow');
    await expect(el).to.be.accessible();
  });

  it('shows a load error with a Retry button that works', async () => {
    const adapter = new MemoryAdapter({ seed });
    adapter.failNext(new ForbiddenError(), 1);
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-feedback subject="page:err"></confab-feedback></confab-provider>`);
    const el = wrapper.querySelector('confab-feedback')!;
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(text(el)).to.contain('You are not allowed to do this.');
    await expect(el).to.be.accessible();
    button(el, 'Retry').click();
    await waitUntil(() => root(el).querySelector('fieldset'));
  });

  it('shows a refused send as an error and keeps what was typed', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:refused' });
    button(el, 'Yes').click();
    await el.updateComplete;
    await type(el, 'keep me');
    adapter.failNext(new ForbiddenError(), 1);
    button(el, 'Send').click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'));
    expect(textarea(el).value).to.equal('keep me');
    await expect(el).to.be.accessible();
    button(el, 'Send').click();
    await waitUntil(() => text(el).includes('Thank you'));
  });

  it('sends anonymously and says so', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:anon', anonymous: true });
    button(el, 'Yes').click();
    await el.updateComplete;
    expect(text(el)).to.contain('the page owner will not see your name');
    button(el, 'Send').click();
    await waitUntil(() => text(el).includes('Thank you'));
    const [item] = (await adapter.as('owner').feedback.listFeedback({ subject: 'page:anon' })).items;
    expect(item.anonymous).to.be.true;
    expect(item.author).to.be.null;
  });

  it('falls back to "helpful" with one warning for an unknown variant', async () => {
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await mount(new MemoryAdapter({ seed }), { subject: 'page:bad', variant: 'thumbs' as never });
      expect(el.variant).to.equal('helpful');
      expect(button(el, 'Yes')).to.exist;
      expect(warnings.filter((w) => String(w[0]).includes('thumbs'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('speaks German and Arabic, right to left', async () => {
    const adapter = new MemoryAdapter({ seed });
    const wrapper = await fixture<HTMLElement>(html`<div lang="ar"><confab-provider .adapter=${adapter}><confab-feedback subject="page:ar"></confab-feedback></confab-provider></div>`);
    const el = wrapper.querySelector('confab-feedback')!;
    await waitUntil(() => text(el).includes('هل كانت هذه الصفحة مفيدة؟'), 'Arabic strings did not load');
    expect(root(el).querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'de');
    await waitUntil(() => text(el).includes('War diese Seite hilfreich?'));
  });

  it('shows a dark theme that stays axe-clean', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(adapter, { subject: 'page:dark' });
    el.theme = 'dark';
    button(el, 'No').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('aborts a load when the subject changes or the element is removed, and loads again on return', async () => {
    const adapter = new MemoryAdapter({ seed, latency: 50 });
    const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-feedback subject="page:a"></confab-feedback></confab-provider>`);
    const el = wrapper.querySelector('confab-feedback')!;
    const signalOf = (i: number) => (adapter.calls.filter((c) => c.method === 'myFeedback')[i]!.args[1] as { signal: AbortSignal }).signal;
    await waitUntil(() => adapter.calls.some((c) => c.method === 'myFeedback'));
    el.subject = 'page:b';
    await el.updateComplete;
    expect(signalOf(0).aborted).to.equal(true);
    el.remove();
    expect(signalOf(1).aborted).to.equal(true);
    wrapper.append(el);
    await waitUntil(() => root(el).querySelector('fieldset'), 'widget did not load again');
    expect(signalOf(2).aborted).to.equal(false);
    expect(adapter.calls.filter((c) => c.method === 'myFeedback').map((c) => c.args[0])).to.deep.equal(['page:a', 'page:b', 'page:b']);
  });


  it('says "not available on this backend" without the feedback area, and loads nothing', async () => {
    const adapter = new MemoryAdapter({ seed });
    await expectAreaMissing(provide(without(adapter, 'feedback'), html`<confab-feedback subject="page:missing"></confab-feedback>`), 'confab-feedback');
    expect(adapter.calls).to.deep.equal([]);
  });

  it('works without the live area: feedback is still sent', async () => {
    const adapter = new MemoryAdapter({ seed });
    const el = await mount(without(adapter, 'live'), { subject: 'page:no-live' });
    const sent = oneEvent(el, 'confab-feedback-sent');
    button(el, 'Yes').click();
    await el.updateComplete;
    button(el, 'Send').click();
    expect((await sent).detail.rating).to.equal(5);
    expect(adapter.calls.some((c) => c.method === 'subscribe')).to.equal(false);
  });
});
