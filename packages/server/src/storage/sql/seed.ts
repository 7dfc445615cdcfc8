/** Loads a portable `Seed` into an empty database, oldest first so that "newest first" follows the seed's times. */
import { skillKey, skillName, type Seed } from '@confab/core';
import { SqlCampaigns } from './campaigns.js';
import type { SqlContext } from './context.js';
import { SqlFeedback } from './feedback.js';
import { SqlIdeas } from './ideas.js';
import { SqlPeople } from './people.js';
import { SqlQuestions } from './questions.js';
import { SqlVotes } from './votes.js';

const byTime = <T extends { createdAt?: string }>(list: T[] | undefined): T[] =>
  [...(list ?? [])].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));

/** Inserts everything in `seed` through `ctx` (run it in a transaction). */
export async function loadSeed(ctx: SqlContext, seed: Seed): Promise<void> {
  const { db } = ctx;
  const start = Date.now();
  const at = (value: string | undefined) => value ?? new Date(start).toISOString();
  const people = new SqlPeople(db);
  const questions = new SqlQuestions(ctx);
  const ideas = new SqlIdeas(ctx);
  const feedback = new SqlFeedback(ctx);
  const votes = new SqlVotes(ctx);
  for (const p of seed.people) {
    await db.insertInto('people').values({
      id: p.id, name: p.name, roles: JSON.stringify(p.roles ?? ['member']), title: p.title ?? null, department: p.department ?? null,
      location: p.location ?? null, email: p.email ?? null, avatar_url: p.avatarUrl ?? null, availability: p.availability ?? 'unknown',
      about: p.about ?? null, availability_until: p.availabilityUntil ?? null, ...(p.joinedAt ? { joined_at: p.joinedAt } : {}),
    }).execute();
    const skills = (p.skills ?? []).map((s, position) => ({ person_id: p.id, name: typeof s === 'string' ? s : s.name, position }))
      .map((s) => ({ ...s, name_key: skillKey(s.name) }));
    if (skills.length > 0) await db.insertInto('skills').values(skills).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const p of seed.people) {
    for (const s of p.skills ?? []) {
      if (typeof s === 'string') continue;
      for (const by of s.endorsedBy ?? []) await people.setEndorsement(p.id, s.name, by, true);
    }
  }
  for (const q of byTime(seed.questions)) {
    await questions.insert({ id: q.id, context: q.context, title: q.title, body: q.body ?? '', tags: q.tags ?? [], author: q.author, createdAt: at(q.createdAt) });
    if (q.acceptedAnswerId) await questions.accept(q.id, q.acceptedAnswerId);
  }
  for (const a of byTime(seed.answers)) {
    await db.insertInto('answers').values({ id: a.id, question_id: a.questionId, body: a.body, author_id: a.author, created_at: at(a.createdAt) }).execute();
  }
  await db.updateTable('questions')
    .set((eb) => ({ answer_count: eb.selectFrom('answers').select(eb.fn.countAll<number>().as('n')).whereRef('answers.question_id', '=', 'questions.id') }))
    .execute();
  const campaigns = new SqlCampaigns(ctx);
  for (const c of byTime(seed.campaigns)) {
    await campaigns.insert({
      id: c.id, title: c.title, purpose: c.purpose, status: c.status ?? 'open', createdAt: at(c.createdAt),
      description: c.description ?? '', closesAt: c.closesAt ?? null, owners: c.owners ?? [],
    });
  }
  for (const i of byTime(seed.ideas)) {
    const change = i.statusChange ? { note: i.statusChange.note, by: i.statusChange.by, at: at(i.statusChange.at) } : null;
    await ideas.insert({ id: i.id, campaignId: i.campaignId ?? null, title: i.title, body: i.body ?? '', tags: i.tags ?? [], author: i.author,
      createdAt: at(i.createdAt), status: i.status ?? 'new', change });
  }
  for (const c of byTime(seed.comments)) await ideas.insertComment({ id: c.id, ideaId: c.ideaId, body: c.body, author: c.author, createdAt: at(c.createdAt) });
  for (const f of byTime(seed.feedback)) {
    await feedback.insert({
      id: f.id, subject: f.subject, variant: f.variant ?? 'helpful', rating: f.rating, reason: f.reason ?? null, comment: f.comment ?? null,
      anonymous: f.anonymous ?? false, author: f.author, createdAt: at(f.createdAt), state: f.state ?? 'open',
      response: f.response ? { body: f.response.body, by: f.response.by, at: at(f.response.at) } : null,
    });
  }
  for (const a of seed.skillAliases ?? []) {
    const row = { alias: skillName(a.alias), canonical_key: skillKey(a.into), canonical_name: skillName(a.into) };
    await db.insertInto('skill_aliases').values({ alias_key: skillKey(a.alias), ...row }).onConflict((oc) => oc.column('alias_key').doUpdateSet(row)).execute();
  }
  for (const v of seed.votes ?? []) {
    if (await votes.record({ kind: v.kind, id: v.id }, v.by, true, v.at ? Date.parse(v.at) : start)) await votes.tally({ kind: v.kind, id: v.id }, 1);
  }
  if (seed.currentUser) {
    await db.insertInto('meta').values({ key: 'currentUser', value: seed.currentUser })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: seed.currentUser as string })).execute();
  }
}
