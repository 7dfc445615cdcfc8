import type { CompleteAdapter as Adapter } from '../../adapter.js';
import { scopes } from '../../scopes.js';
import type { ChangeEvent, Notification } from '../../types.js';
import { deepEqual, equal, ok } from '../assert.js';
import { expectError, sleep, waitForEvent, withFixture } from '../helpers.js';
import type { ContractCase } from '../types.js';

const area = 'notifications';

async function all(a: Adapter): Promise<Notification[]> {
  return (await a.notifications.list({ limit: 100 })).items;
}

/** Who hears what (issue 15), following, preferences and the per-person live scope. */
export const notificationCases: ContractCase[] = [
  {
    area, name: 'a new answer tells the asker, not the answerer; newest first, unread until marked read',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const ben = fx.as('ben');
      equal(await ben.notifications.unreadCount(), 0, 'nothing yet');
      const first = await ana.questions.answerQuestion('q-vpn', { body: 'Try the **portal**.' });
      const second = await fx.as('cyd').questions.answerQuestion('q-vpn', { body: 'Or call the help desk.' });
      deepEqual((await all(ana)).map((n) => n.item.id), [second.id], 'not told of her own answer; told of the next, as she follows the question now');
      const list = await all(ben);
      deepEqual(list.map((n) => [n.type, n.item.id, n.actor?.id]), [['answer.created', second.id, 'cyd'], ['answer.created', first.id, 'ana']], 'newest first');
      equal(list[1]!.title, 'How do I reset my VPN password?', 'the question title');
      equal(list[1]!.excerpt, 'Try the portal.', 'plain-text excerpt');
      ok(list.every((n) => !n.read), 'unread');
      equal(await ben.notifications.unreadCount(), 2, 'unread count');
      const page = await ben.notifications.list({ limit: 1 });
      equal(page.items[0]!.id, list[0]!.id, 'first page');
      const next = await ben.notifications.list({ limit: 1, cursor: page.nextCursor });
      equal(next.items[0]!.id, list[1]!.id, 'second page');
      equal(await ben.notifications.markRead([list[1]!.id]), 1, 'one left unread');
      equal(await fx.as('cyd').notifications.markRead([list[0]!.id]), 0, "someone else's id is ignored");
      equal((await ben.notifications.list({ unread: true })).items.length, 1, 'unread filter');
      equal(await ben.notifications.markRead('all'), 0, 'all read');
      ok((await all(ben)).every((n) => n.read), 'marked read');
    }),
  },
  {
    area, name: '"You were asked": routed experts hear of the question; accepting tells the answer\'s author',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const q = await ana.questions.askQuestion({ context: 'page:/it', title: 'Who owns the proxy?', notify: ['ben'] });
      const [routed] = await all(fx.as('ben'));
      equal(routed?.type, 'question.routed', 'routed');
      equal(routed?.title, 'Who owns the proxy?', 'title');
      await ana.questions.routeQuestion(q.id, ['ben', 'cyd']);
      equal((await all(fx.as('ben'))).length, 1, 'routing again does not tell ben twice');
      equal((await all(fx.as('cyd')))[0]?.type, 'question.routed', 'cyd newly routed');
      const answer = await fx.as('cyd').questions.answerQuestion(q.id, { body: 'The network team.' });
      await ana.questions.acceptAnswer(q.id, answer.id);
      const [accepted] = await all(fx.as('cyd'));
      equal(accepted?.type, 'answer.accepted', 'accepted');
      equal(accepted?.item.id, answer.id, 'the answer');
    }),
  },
  {
    area, name: 'a status change tells the idea\'s author and followers once each, with its note; comments too',
    run: (factory) => withFixture(factory, async (fx) => {
      // i-01 is cyd's idea; ben follows it, ana follows its campaign, and cyd also follows it.
      equal(await fx.as('ben').notifications.follow({ kind: 'idea', id: 'i-01' }, true), true, 'ben follows');
      equal(await fx.as('ben').notifications.following({ kind: 'idea', id: 'i-01' }), true, 'following');
      await fx.as('ana').notifications.follow({ kind: 'campaign', id: 'c-open' }, true);
      await fx.as('cyd').notifications.follow({ kind: 'idea', id: 'i-01' }, true);
      await fx.as('mod').ideas.changeIdeaStatus('i-01', { status: 'planned', note: 'We will do it in May.' });
      for (const who of ['cyd', 'ben', 'ana']) {
        const list = await all(fx.as(who));
        equal(list.length, 1, `${who}: one notification`);
        equal(list[0]!.type, 'idea.status', `${who}: status`);
        equal(list[0]!.excerpt, 'We will do it in May.', `${who}: the note`);
      }
      equal((await all(fx.as('mod'))).length, 0, 'the reviewer is not told');
      await fx.as('ben').notifications.follow({ kind: 'idea', id: 'i-01' }, false);
      equal(await fx.as('ben').notifications.following({ kind: 'idea', id: 'i-01' }), false, 'unfollowed');
      await fx.as('mod').ideas.addComment('i-01', { body: 'Budget approved.' });
      equal((await all(fx.as('cyd')))[0]?.type, 'comment.created', 'the author hears of the comment');
      equal((await all(fx.as('ben'))).length, 1, 'ben no longer follows');
      equal((await all(fx.as('ana'))).length, 2, 'campaign follower hears of it');
      // The commenter follows the idea now (auto-follow on comment, the default).
      equal(await fx.as('mod').notifications.following({ kind: 'idea', id: 'i-01' }), true, 'auto-followed');
    }),
  },
  {
    area, name: "the owner's response tells the feedback's author; an @mention tells the mentioned person",
    run: (factory) => withFixture(factory, async (fx) => {
      const sent = await fx.as('ben').feedback.sendFeedback({ subject: 'page:/notify', variant: 'helpful', rating: 1, anonymous: true });
      await fx.as('mod').feedback.respondToFeedback(sent.id, { body: 'Thanks, fixed. cc @[Cyd Lin](person:cyd)' });
      const [response] = await all(fx.as('ben'));
      equal(response?.type, 'feedback.responded', 'responded');
      equal(response?.item.id, sent.id, 'the feedback');
      const [mention] = await all(fx.as('cyd'));
      equal(mention?.type, 'mention', 'mention');
      equal(mention?.excerpt, 'Thanks, fixed. cc @Cyd Lin', 'the mention reads as the name');
      // Mentioning the asker in an answer tells them once; unknown people and the writer themselves not at all.
      await fx.as('cyd').questions.answerQuestion('q-vpn', { body: '@[Ben](person:ben) @[Cyd](person:cyd) @[X](person:nobody)' });
      const ben = await all(fx.as('ben'));
      equal(ben.length, 2, 'one more for ben');
      equal(ben[0]!.type, 'answer.created', 'as the asker');
      equal((await all(fx.as('cyd'))).length, 1, 'the writer is not told of their own mention');
    }),
  },
  {
    area, name: "preferences: defaults, a changed channel, 'off' stops a type, auto-follow on voting is a preference",
    run: (factory) => withFixture(factory, async (fx) => {
      const ben = fx.as('ben');
      const prefs = await ben.notifications.preferences();
      equal(prefs.channels['question.routed'], 'immediate', 'routed default');
      equal(prefs.channels['mention'], 'immediate', 'mention default');
      equal(prefs.channels['answer.created'], 'digest', 'answer default');
      equal(prefs.digest, 'daily', 'digest default');
      deepEqual(prefs.autoFollow, { write: true, vote: true, comment: true }, 'auto-follow defaults');
      await expectError(ben.notifications.setPreferences({ channels: { 'answer.created': 'loud' as never } }), 'validation', 'channels');
      await expectError(ben.notifications.setPreferences({ digest: 'hourly' as never }), 'validation', 'digest');
      await expectError(ben.notifications.setPreferences({ autoFollow: { vote: 'yes' as never } }), 'validation', 'autoFollow');
      await expectError(ben.notifications.setPreferences({ channels: { nope: 'off' } as never }), 'validation', 'channels');
      equal((await ben.notifications.preferences()).channels['answer.created'], 'digest', 'a refused change leaves them intact');
      const next = await ben.notifications.setPreferences({ channels: { 'answer.created': 'off' }, digest: 'weekly', autoFollow: { vote: false } });
      equal(next.channels['answer.created'], 'off', 'off');
      equal(next.channels['mention'], 'immediate', 'others kept');
      equal(next.digest, 'weekly', 'weekly');
      deepEqual(next.autoFollow, { write: true, vote: false, comment: true }, 'vote off');
      deepEqual(await ben.notifications.preferences(), next, 'stored');
      await fx.as('ana').questions.answerQuestion('q-vpn', { body: 'Anything.' });
      equal((await all(ben)).length, 0, "'off' makes no notification");
      await ben.votes.setVote({ kind: 'idea', id: 'i-01' }, true);
      equal(await ben.notifications.following({ kind: 'idea', id: 'i-01' }), false, 'no auto-follow on vote');
      await fx.as('ana').votes.setVote({ kind: 'idea', id: 'i-02' }, true);
      equal(await fx.as('ana').notifications.following({ kind: 'idea', id: 'i-02' }), true, 'auto-follow on vote by default');
    }),
  },
  {
    area, name: 'follow targets: a page context with a URL, a person; bad targets are refused',
    run: (factory) => withFixture(factory, async (fx) => {
      const ana = fx.as('ana');
      const page = 'https://intra.example/it/vpn?tab=2&x=a/b';
      await ana.notifications.follow({ kind: 'context', id: page }, true);
      equal(await ana.notifications.following({ kind: 'context', id: page }), true, 'context followed');
      equal(await ana.notifications.following({ kind: 'context', id: 'https://intra.example/it' }), false, 'another page');
      await ana.notifications.follow({ kind: 'person', id: 'cyd' }, true);
      await fx.as('cyd').questions.answerQuestion('q-travel', { body: 'See HR.' });
      equal((await all(ana)).length, 1, 'the asker hears of it once, though she also follows the answerer');
      await fx.as('cyd').questions.answerQuestion('q-vpn', { body: 'Portal.' });
      equal((await all(ana))[0]?.type, 'answer.created', 'following a person: their answers');
      await expectError(ana.notifications.follow({ kind: 'planet' as never, id: 'x' }, true), 'validation', 'kind');
      await expectError(ana.notifications.follow({ kind: 'idea', id: '' }, true), 'validation');
      await expectError(ana.notifications.follow({ kind: 'person', id: 'ana' }, true), 'validation', 'id');
      await expectError(ana.notifications.markRead('some' as never), 'validation', 'ids');
    }),
  },
  {
    area, name: 'notification.created reaches only its recipient, in the inbox scope',
    run: (factory) => withFixture(factory, async (fx) => {
      const seen: ChangeEvent[] = [];
      const stopOther = fx.as('cyd').live.subscribe(['all', scopes.inbox('ben')], (e) => { if (e.type === 'notification.created') seen.push(e); });
      const wait = waitForEvent(fx.as('ben'), [scopes.inbox('ben')], 'notification.created');
      try {
        await fx.as('ana').questions.answerQuestion('q-vpn', { body: 'Live answer.' });
        const event = await wait.event;
        equal(event.type === 'notification.created' && event.data.type, 'answer.created', 'the notification');
        ok(event.scopes.includes(scopes.inbox('ben')), 'inbox scope');
        await sleep(300);
        equal(seen.length, 0, 'nobody else receives it');
      } finally {
        wait.stop();
        stopOther();
      }
    }),
  },
  {
    area, name: 'the page URL is stored with the content (without its hash) and notifications link there; bad URLs are refused',
    run: (factory) => withFixture(factory, async (fx) => {
      const page = 'https://intra.example/it/vpn?tab=2';
      const q = await fx.as('ana').questions.askQuestion({ context: 'page:/it/vpn', title: 'Proxy settings?', url: `${page}#top`, notify: ['ben'] });
      equal(q.url, page, 'question url without the hash');
      equal((await fx.as('ben').questions.getQuestion(q.id)).question.url, page, 'read back');
      equal((await all(fx.as('ben')))[0]?.url, page, '"You were asked" links to the page');
      const answer = await fx.as('ben').questions.answerQuestion(q.id, { body: 'Auto.', url: 'https://intra.example/other' });
      equal(answer.url, 'https://intra.example/other', 'answer url');
      equal((await all(fx.as('ana')))[0]?.url, 'https://intra.example/other', 'the answer links to where it was written');
      const comment = await fx.as('ana').ideas.addComment('i-02', { body: 'Nice.', url: page });
      equal(comment.url, page, 'comment url');
      const idea = await fx.as('ana').ideas.submitIdea({ campaign: 'c-open', title: 'Water fountains', url: page });
      equal(idea.url, page, 'idea url');
      const f = await fx.as('ana').feedback.sendFeedback({ subject: 'page:/u', variant: 'helpful', rating: 5, url: page });
      equal(f.url, page, 'feedback url');
      await expectError(fx.as('ana').questions.askQuestion({ context: 'page:/x', title: 'Bad', url: 'javascript:alert(1)' }), 'validation', 'url');
      await expectError(fx.as('ana').questions.answerQuestion(q.id, { body: 'x', url: `https://a.example/${'x'.repeat(2000)}` }), 'validation', 'url');
      equal((await fx.as('ana').questions.getQuestion(q.id)).answers.length, 1, 'nothing stored by a refused write');
    }),
  },
  {
    area, name: 'signed out: no notifications, preferences or follows',
    run: (factory) => withFixture(factory, async (fx) => {
      const anon = fx.as(null);
      await expectError(anon.notifications.list(), 'unauthenticated');
      await expectError(anon.notifications.unreadCount(), 'unauthenticated');
      await expectError(anon.notifications.markRead('all'), 'unauthenticated');
      await expectError(anon.notifications.follow({ kind: 'idea', id: 'i-01' }, true), 'unauthenticated');
      equal(await anon.notifications.following({ kind: 'idea', id: 'i-01' }), false, 'following is false');
    }),
  },
];
