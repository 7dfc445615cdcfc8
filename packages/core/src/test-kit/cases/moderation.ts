import type { Seed } from '../../seed.js';
import { deepEqual, equal, ok } from '../assert.js';
import { expectError, waitForEvent, withFixture } from '../helpers.js';
import { contractSeed } from '../seed.js';
import type { ContractCase } from '../types.js';

const area = 'moderation';

/** The contract seed with an admin and a fourth member, for weighted reports and the audit log. */
const seed: Seed = {
  ...contractSeed,
  people: [
    ...contractSeed.people,
    { id: 'adm', name: 'Ada Admin', roles: ['member', 'admin'] },
    { id: 'dan', name: 'Dan Dorsey', roles: ['member'] },
    { id: 'eve', name: 'Eve Novak', roles: ['member'], joinedAt: new Date().toISOString() }, // joined today: a new person
  ],
};
const answer = { kind: 'answer', id: 'a-vpn' } as const; // by cyd, on ben's q-vpn
const question = { kind: 'question', id: 'q-travel' } as const; // by ana

/** Edit, delete, hide, restore, reports and the queue: one set of rules on every adapter (issue 13). */
export const moderationCases: ContractCase[] = [
  {
    area, name: 'an author edits: readers see "edited", the text before is a version only moderators read',
    run: (factory) => withFixture(factory, async (fx) => {
      const edited = await fx.as('ana').moderation.edit(question, { title: 'Where is the travel policy for 2025?' });
      ok(edited.kind === 'question' && edited.item.title === 'Where is the travel policy for 2025?', 'the edit returns the new title');
      const thread = await fx.as('ben').questions.getQuestion(question.id);
      ok(thread.question.moderation?.editedAt, 'readers see when it was edited');
      const versions = await fx.as('mod').moderation.versions(question);
      deepEqual(versions.map((v) => [v.version, v.title, v.editor.id]), [[1, 'Where is the travel policy?', 'ana']], 'the first version');
      await expectError(fx.as('ben').moderation.versions(question), 'forbidden');
      await expectError(fx.as('ben').moderation.edit(question, { title: 'Mine now' }), 'forbidden');
      await expectError(fx.as('mod').moderation.edit(question, { title: 'Moderated title' }), 'validation', 'reason');
    }, seed),
  },
  {
    area, name: 'an author deletes: others see a tombstone, the author the text, an accepted answer leaves the question unanswered, no new votes',
    run: (factory) => withFixture(factory, async (fx) => {
      await fx.as('ana').moderation.remove({ kind: 'answer', id: 'a-k8s' });
      const ben = await fx.as('ben').questions.getQuestion('q-k8s');
      const tomb = ben.answers.find((a) => a.id === 'a-k8s');
      ok(tomb, 'the deleted answer stays in the thread');
      equal(tomb.body, '', 'readers do not get its text');
      deepEqual([tomb.moderation?.state, tomb.moderation?.by], ['deleted', 'author'], 'readers see who removed it');
      equal(ben.question.acceptedAnswerId, null, 'the question is unanswered again');
      const own = (await fx.as('ana').questions.getQuestion('q-k8s')).answers.find((a) => a.id === 'a-k8s');
      equal(own?.body, 'Use the team-<name> namespace.', 'the author still reads it');
      await expectError(fx.as('ben').votes.setVote({ kind: 'answer', id: 'a-k8s' }, true), 'conflict');
    }, seed),
  },
  {
    area, name: 'a moderator hides with a reason: readers lose it, its author sees "hidden" and why, and is told',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('mod').moderation.hide(answer, { reason: '' }), 'validation', 'reason');
      await expectError(fx.as('ben').moderation.hide(answer, { reason: 'No' }), 'forbidden');
      await fx.as('mod').moderation.hide(answer, { reason: 'Links to a phishing site' });
      const ben = await fx.as('ben').questions.getQuestion('q-vpn');
      ok(!ben.answers.some((a) => a.id === answer.id), 'hidden from readers');
      const cyd = (await fx.as('cyd').questions.getQuestion('q-vpn')).answers.find((a) => a.id === answer.id);
      deepEqual([cyd?.moderation?.state, cyd?.moderation?.reason], ['hidden', 'Links to a phishing site'], 'the author sees the label and reason');
      const told = (await fx.as('cyd').notifications.list({})).items.find((n) => n.type === 'content.moderated');
      ok(told && told.excerpt.includes('phishing'), 'the author is told why');
      equal(told?.actor, null, 'without naming the moderator');
      await fx.as('mod').moderation.restore(answer);
      ok((await fx.as('ben').questions.getQuestion('q-vpn')).answers.some((a) => a.id === answer.id), 'restored for readers');
    }, seed),
  },
  {
    area, name: 'reports: not your own, once per person, "other" needs a note; three reports hide an item pending review',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('cyd').moderation.report(answer, { reason: 'spam' }), 'forbidden');
      await expectError(fx.as('ana').moderation.report(answer, { reason: 'other' }), 'validation', 'note');
      await expectError(fx.as('ana').moderation.report(answer, { reason: 'rude' as never }), 'validation', 'reason');
      const first = await fx.as('ana').moderation.report(answer, { reason: 'spam' });
      deepEqual([first.reason, first.weight, first.status], ['spam', 1, 'open'], 'a first report weighs 1');
      await expectError(fx.as('ana').moderation.report(answer, { reason: 'offensive' }), 'conflict');
      await fx.as('ben').moderation.report(answer, { reason: 'spam' });
      ok((await fx.as('dan').questions.getQuestion('q-vpn')).answers.some((a) => a.id === answer.id), 'still visible at a score of 2');
      const gone = waitForEvent(fx.as('dan'), ['question:q-vpn'], 'content.updated');
      try {
        await fx.as('adm').moderation.report(answer, { reason: 'offensive' });
        const event = await gone.event;
        ok(event.type === 'content.updated' && event.data.item === null, 'a reader is told live to remove it');
      } finally { gone.stop(); }
      const cyd = (await fx.as('cyd').questions.getQuestion('q-vpn')).answers.find((a) => a.id === answer.id);
      deepEqual([cyd?.moderation?.state, cyd?.moderation?.by], ['hidden', 'community'], 'hidden by the community');
      ok(cyd?.moderation?.reason?.includes('spam'), 'the author sees why');
    }, seed),
  },
  {
    area, name: 'the queue: moderators only, oldest first, filtered, with reports and the author record; "keep" dismisses',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('ana').moderation.queue({}), 'forbidden');
      await fx.as('ana').moderation.report(answer, { reason: 'spam' });
      await fx.as('ben').moderation.report(question, { reason: 'off-topic' });
      const page = await fx.as('mod').moderation.queue({});
      deepEqual(page.items.map((e) => e.target.id), ['a-vpn', 'q-travel'], 'oldest first');
      const entry = page.items[0]!;
      deepEqual([entry.author.id, entry.reports.length, entry.score, entry.held, entry.title], ['cyd', 1, 1, false, 'How do I reset my VPN password?'], 'what an entry shows');
      equal(entry.authorRecord.personId, 'cyd', 'the author record');
      deepEqual((await fx.as('mod').moderation.queue({ reason: 'off-topic' })).items.map((e) => e.target.id), ['q-travel'], 'by reason');
      deepEqual((await fx.as('mod').moderation.queue({ kind: 'answer' })).items.map((e) => e.target.id), ['a-vpn'], 'by kind');
      await fx.as('mod').moderation.keep(answer);
      deepEqual((await fx.as('mod').moderation.queue({})).items.map((e) => e.target.id), ['q-travel'], 'kept items leave the queue');
      equal((await fx.as('mod').moderation.record('ana')).reportsDismissed, 1, "the reporter's record counts the dismissal");
    }, seed),
  },
  {
    area, name: 'a restricted person reads but cannot post; staff notes are for moderators; the audit log for admins, with role changes',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('mod').moderation.restrict('ben', { days: 3, note: '' }), 'validation', 'note');
      const record = await fx.as('mod').moderation.restrict('ben', { days: 3, note: 'Spam wave' });
      ok(record.restrictedUntil, 'restricted until a date');
      const refused = await expectError(fx.as('ben').questions.askQuestion({ context: 'page:/x', title: 'Can I still ask things?' }), 'forbidden');
      equal((refused as { restrictedUntil?: string }).restrictedUntil, record.restrictedUntil, 'the refusal says until when');
      ok((await fx.as('ben').questions.listQuestions({})).items.length > 0, 'but still reads');
      await fx.as('mod').moderation.addStaffNote('ben', { body: 'Warned by e-mail' });
      deepEqual((await fx.as('mod').moderation.staffNotes('ben')).map((n) => n.body), ['Warned by e-mail'], 'moderators read staff notes');
      await expectError(fx.as('ana').moderation.staffNotes('ben'), 'forbidden');
      await fx.as('adm').people.setRoles('ana', ['member', 'moderator']);
      await expectError(fx.as('mod').moderation.audit({}), 'forbidden');
      const log = await fx.as('adm').moderation.audit({});
      deepEqual(log.items.map((e) => e.action), ['roles', 'staff-note', 'restrict'], 'newest first');
      deepEqual([log.items[0]!.actor?.id, log.items[0]!.person?.id], ['adm', 'ana'], 'who and whom');
      deepEqual((await fx.as('adm').moderation.audit({ action: 'restrict' })).items.map((e) => e.reason), ['Spam wave'], 'filtered by action');
    }, seed),
  },
  {
    area, name: 'hold-first-posts per context: a new post waits for approval, seen and told to nobody else, then appears live and is told',
    run: (factory) => withFixture(factory, async (fx) => {
      await expectError(fx.as('mod').moderation.setPolicy({ kind: 'context', id: 'page:/held' }, { holdFirstPosts: 1 }), 'forbidden');
      const policy = await fx.as('adm').moderation.setPolicy({ kind: 'context', id: 'page:/held' }, { holdFirstPosts: 1 });
      deepEqual([policy.holdFirstPosts, policy.source], [1, 'override'], 'the override');
      const q = await fx.as('dan').questions.askQuestion({
        context: 'page:/held', title: 'Is the canteen open on Saturdays?', body: 'Maybe @[Cyd](person:cyd) knows.', notify: ['ben'],
      });
      equal(q.moderation?.state, 'held', 'held');
      const told = async (who: string) => (await fx.as(who).notifications.list({ limit: 100 })).items.filter((n) => n.item.id === q.id);
      deepEqual([(await told('ben')).length, (await told('cyd')).length], [0, 0], 'nobody is told of a held post');
      equal((await fx.as('ben').questions.listQuestions({ context: 'page:/held' })).items.length, 0, 'others see nothing');
      equal((await fx.as('dan').questions.listQuestions({ context: 'page:/held' })).items[0]?.moderation?.state, 'held', 'the author sees it waiting');
      const held = (await fx.as('mod').moderation.queue({ held: true })).items;
      deepEqual(held.map((e) => e.target.id), [q.id], 'in the queue as held');
      const arrives = waitForEvent(fx.as('ben'), ['context:page:/held'], 'question.created');
      try {
        await fx.as('mod').moderation.approve({ kind: 'question', id: q.id });
        await arrives.event;
      } finally { arrives.stop(); }
      equal((await fx.as('ben').questions.listQuestions({ context: 'page:/held' })).items.length, 1, 'visible after approval');
      deepEqual((await told('ben')).map((n) => [n.type, n.actor?.id]), [['question.routed', 'dan']], 'the routed expert is told on approval, by its author');
      deepEqual((await told('cyd')).map((n) => [n.type, n.actor?.id]), [['mention', 'dan']], 'the mentioned person too');
      const second = await fx.as('dan').questions.askQuestion({ context: 'page:/held', title: 'And on Sundays, is it open?' });
      equal(second.moderation?.state ?? 'visible', 'visible', 'the next post is not held');
      const reply = await fx.as('eve').questions.answerQuestion(q.id, { body: 'Yes, from ten to two.' });
      equal(reply.moderation?.state, 'held', 'a held answer');
      const toAsker = async () => (await fx.as('dan').notifications.list({ limit: 100 })).items.filter((n) => n.item.id === reply.id);
      equal((await toAsker()).length, 0, 'the asker is not told of a held answer');
      await fx.as('mod').moderation.approve({ kind: 'answer', id: reply.id });
      deepEqual((await toAsker()).map((n) => [n.type, n.actor?.id]), [['answer.created', 'eve']], 'the asker is told once it is approved');
    }, seed),
  },
  {
    area, name: 'new people: at most 2 links a post and 5 posts an hour; people who joined long ago are not limited',
    run: (factory) => withFixture(factory, async (fx) => {
      const links = 'See https://a.example, https://b.example and [this](https://c.example).';
      await expectError(fx.as('eve').questions.askQuestion({ context: 'page:/new', title: 'Which of these links is right?', body: links }), 'validation', 'body');
      equal((await fx.as('ana').questions.listQuestions({ context: 'page:/new' })).items.length, 0, 'nothing stored');
      await fx.as('ben').questions.askQuestion({ context: 'page:/new', title: 'Old members may share links freely', body: links });
      for (let i = 1; i <= 5; i++) await fx.as('eve').questions.askQuestion({ context: 'page:/new', title: `New member question number ${i}` });
      const error = await expectError(fx.as('eve').questions.askQuestion({ context: 'page:/new', title: 'New member question number 6' }), 'rate-limited');
      ok((error as { retryAfter?: number }).retryAfter, 'says when to try again');
      equal((await fx.as('ana').questions.listQuestions({ context: 'page:/new' })).items.length, 6, 'five new posts and the old member\'s');
    }, seed),
  },
  {
    area, name: 'deleted questions leave lists; a moderator edit of another person\'s item needs a reason and is audited',
    run: (factory) => withFixture(factory, async (fx) => {
      await fx.as('mod').moderation.edit({ kind: 'question', id: 'q-vpn' }, { title: 'How do I reset my VPN password quickly?', reason: 'Clearer title' });
      const versions = await fx.as('mod').moderation.versions({ kind: 'question', id: 'q-vpn' });
      deepEqual(versions.map((v) => [v.title, v.editor.id]), [['How do I reset my VPN password?', 'ben']], 'the version as posted');
      const edits = await fx.as('adm').moderation.audit({ action: 'edit' });
      deepEqual(edits.items.map((e) => [e.actor?.id, e.target?.id, e.reason]), [['mod', 'q-vpn', 'Clearer title']], 'audited');
      await fx.as('ana').moderation.remove(question);
      ok(!(await fx.as('ben').questions.listQuestions({ context: 'page:/handbook' })).items.some((q) => q.id === question.id), 'left out for readers');
      ok(!(await fx.as('ana').questions.listQuestions({ context: 'page:/handbook' })).items.some((q) => q.id === question.id), 'and for its author');
      await expectError(fx.as('ana').moderation.edit(question, { title: 'Back again please' }), 'forbidden');
    }, seed),
  },
  {
    area, name: 'a report weighs more when moderators agreed with the reporter before',
    run: (factory) => withFixture(factory, async (fx) => {
      await fx.as('ana').moderation.report(answer, { reason: 'spam' });
      await fx.as('mod').moderation.hide(answer, { reason: 'Spam' });
      const record = await fx.as('mod').moderation.record('ana');
      deepEqual([record.reportsAgreed, record.reportsDismissed], [1, 0], 'the hide agreed with the report');
      const next = await fx.as('ana').moderation.report({ kind: 'answer', id: 'a-travel' }, { reason: 'off-topic' });
      equal(next.weight, 1.25, 'weighs more than a first report');
    }, seed),
  },
];
