import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { MemoryAdapter, type Seed } from '@confab/core';
import '../provider/define.js';
import './define.js';
import type { ConfabFeedbackInbox } from './feedback-inbox.js';
import { pageKey } from '../internal/page-key.js';

const SUBJECT = 'https://intranet.example/travel';

function seed(subject = SUBJECT): Seed {
  return {
    currentUser: 'owner',
    people: [
      { id: 'owner', name: 'Omar Owner', roles: ['moderator'] },
      { id: 'kwame', name: 'Kwame Mensah', roles: ['member'] },
    ],
    feedback: [{ id: 'f1', subject, rating: 1, reason: 'Veraltet', comment: 'الأرقام قديمة', author: 'kwame', createdAt: '2026-01-01T09:00:00.000Z' }],
  };
}

async function mount(adapter: MemoryAdapter, subject = SUBJECT, title?: string): Promise<ConfabFeedbackInbox> {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}>
    <confab-feedback-inbox subject=${subject} subject-title=${title ?? ''}></confab-feedback-inbox></confab-provider>`);
  const el = wrapper.querySelector('confab-feedback-inbox')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[part="item"]'), 'inbox did not load');
  return el;
}

const $ = <T extends HTMLElement = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;

describe('<confab-feedback-inbox> headings, names and collapsed response boxes', () => {
  beforeEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('confab:')) localStorage.removeItem(key);
  });

  it('never heads itself with a raw URL: the title passed in, or the page\'s own', async () => {
    let el = await mount(new MemoryAdapter({ seed: seed() }));
    expect($(el, '#title').textContent).not.to.contain('https://');
    el = await mount(new MemoryAdapter({ seed: seed() }), SUBJECT, 'Travel policy');
    expect($(el, '#title').textContent).to.equal('Feedback for Travel policy');
    const before = document.title;
    document.title = 'Expenses handbook';
    try {
      el = await mount(new MemoryAdapter({ seed: seed(pageKey()) }), pageKey());
      expect($(el, '#title').textContent).to.equal('Feedback for Expenses handbook');
    } finally {
      document.title = before;
    }
  });

  it('heads each item, so people can jump between them, one level below the inbox', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    expect($(el, '#title').localName).to.equal('h2');
    const heading = $(el, '[part="item"] #heading-f1');
    expect(heading.localName).to.equal('h3');
    expect(heading.textContent).to.equal('Kwame Mensah: Helpful: no');
  });

  it('starts response boxes collapsed behind a toggle that opens them', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    const toggle = $<HTMLButtonElement>(el, '[part="item"] button.toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '#respond-f1').hidden).to.equal(true);
    toggle.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'response-f1', 'focus did not move into the box');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#respond-f1').hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('names each response box and action with its item', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    const item = $(el, '[part="item"]');
    const names = [...item.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).to.include('Mark actioned, feedback from Kwame Mensah');
    expect(names).to.include('Respond, feedback from Kwame Mensah');
    expect(names).to.include('Write a response, feedback from Kwame Mensah');
    expect($<HTMLTextAreaElement>(el, '#response-f1').labels![0]!.textContent).to.equal('Your response, feedback from Kwame Mensah');
  });

  it('sets dir="auto" on what people wrote', async () => {
    const el = await mount(new MemoryAdapter({ seed: seed() }));
    const item = $(el, '[part="item"]');
    const comment = [...item.querySelectorAll('p')].find((p) => p.textContent === 'الأرقام قديمة')!;
    expect(comment.getAttribute('dir')).to.equal('auto');
    expect(item.querySelector('.chip')!.getAttribute('dir')).to.equal('auto');
    expect($(el, '#response-f1').getAttribute('dir')).to.equal('auto');
  });
});
