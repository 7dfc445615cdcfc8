import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Adapter, Seed } from '@confab/core';
import type { ConfabAsk } from '../src/ask/ask.js';
import '../src/provider/define.js';
import '../src/ask/define.js';

/** The context of the moderation tests' questions. */
export const CTX = 'page:/handbook';

/**
 * Issue 13 tests through `<confab-ask>`: a member `me` (the current user), another member
 * `other`, a moderator `mod`; `q-vpn` by other with other's answer `a-other` and (unless
 * `mine: false`) my answer `a-mine`, and my own `q-mine`.
 */
export function moderationSeed({ mine = true } = {}): Seed {
  return {
    currentUser: 'me',
    people: [
      { id: 'me', name: 'Mia Member', roles: ['member'] },
      { id: 'other', name: 'Olu Other', roles: ['member'] },
      { id: 'mod', name: 'Mo Moderator', roles: ['member', 'moderator'] },
    ],
    questions: [
      { id: 'q-vpn', context: CTX, title: 'How do I reset my VPN password?', body: 'It expired.', tags: ['vpn'], author: 'other', createdAt: '2026-01-01T09:00:00.000Z' },
      { id: 'q-mine', context: CTX, title: 'Where is the travel policy?', body: 'I need to book a flight.', tags: ['travel'], author: 'me', createdAt: '2026-01-02T09:00:00.000Z' },
    ],
    answers: [
      { id: 'a-other', questionId: 'q-vpn', body: 'Use the self-service portal.', author: 'other', createdAt: '2026-01-01T10:00:00.000Z' },
      ...(mine ? [{ id: 'a-mine', questionId: 'q-vpn', body: 'Ask the help desk.', author: 'me', createdAt: '2026-01-01T11:00:00.000Z' }] : []),
    ],
  };
}

/** `<confab-ask>` on `adapter` with the thread of `question` open. */
export async function openThread(adapter: Adapter, question: string): Promise<ConfabAsk> {
  const wrapper = await fixture<HTMLElement>(html`<confab-provider .adapter=${adapter}><confab-ask context=${CTX}></confab-ask></confab-provider>`);
  const el = wrapper.querySelector('confab-ask')!;
  await waitUntil(() => el.shadowRoot!.querySelector(`[data-open="${question}"]`), 'list did not load');
  el.shadowRoot!.querySelector<HTMLElement>(`[data-open="${question}"]`)!.click();
  await waitUntil(() => el.shadowRoot!.querySelector(`.thread article.question [data-vote="question:${question}"]`), 'thread did not load');
  await el.updateComplete;
  return el;
}
