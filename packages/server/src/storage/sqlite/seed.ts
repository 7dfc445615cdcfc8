/** Loads a portable `Seed` into an empty SQLite database. */
import type Database from 'better-sqlite3';
import type { Seed } from '@confab/core';
import type { SqliteFeedback } from './feedback.js';
import type { SqliteIdeas } from './ideas.js';
import type { SqlitePeople } from './people.js';
import type { SqliteQuestions } from './questions.js';
import type { SqliteVotes } from './votes.js';

/** The repositories seeding writes through. */
export interface SeedTargets {
  db: Database.Database;
  people: SqlitePeople;
  questions: SqliteQuestions;
  ideas: SqliteIdeas;
  feedback: SqliteFeedback;
  votes: SqliteVotes;
}

const byTime = <T extends { createdAt?: string }>(list: T[] | undefined): T[] =>
  [...(list ?? [])].sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));

/** Inserts everything in `seed`, oldest first so that "newest first" follows the seed's times. */
export function loadSeed(t: SeedTargets, seed: Seed): void {
  const start = Date.now();
  const at = (value: string | undefined) => value ?? new Date(start).toISOString();
  for (const p of seed.people) {
    t.people.insert(p, (p.skills ?? []).map((s) => (typeof s === 'string' ? s : s.name)));
  }
  for (const p of seed.people) {
    for (const s of p.skills ?? []) {
      if (typeof s === 'string') continue;
      for (const by of s.endorsedBy ?? []) t.people.setEndorsement(p.id, s.name, by, true);
    }
  }
  for (const q of byTime(seed.questions)) {
    t.questions.insertSeeded({ id: q.id, context: q.context, title: q.title, body: q.body ?? '', tags: q.tags ?? [], author: q.author, createdAt: at(q.createdAt) });
  }
  for (const a of byTime(seed.answers)) {
    t.questions.insertSeededAnswer({ id: a.id, questionId: a.questionId, body: a.body, author: a.author, createdAt: at(a.createdAt) });
  }
  for (const q of seed.questions ?? []) if (q.acceptedAnswerId) t.questions.accept(q.id, q.acceptedAnswerId);
  for (const c of byTime(seed.campaigns)) {
    t.ideas.insertCampaign({ id: c.id, title: c.title, purpose: c.purpose, status: c.status ?? 'open', createdAt: at(c.createdAt) });
  }
  for (const i of byTime(seed.ideas)) {
    const change = i.statusChange ? { note: i.statusChange.note, by: i.statusChange.by, at: at(i.statusChange.at) } : null;
    t.ideas.insert({ id: i.id, campaignId: i.campaignId ?? null, title: i.title, body: i.body ?? '', tags: i.tags ?? [], author: i.author,
      createdAt: at(i.createdAt), status: i.status ?? 'new', change });
  }
  for (const c of byTime(seed.comments)) t.ideas.insertComment({ id: c.id, ideaId: c.ideaId, body: c.body, author: c.author, createdAt: at(c.createdAt) });
  for (const f of byTime(seed.feedback)) {
    t.feedback.insert({
      id: f.id, subject: f.subject, variant: f.variant ?? 'helpful', rating: f.rating, reason: f.reason ?? null, comment: f.comment ?? null,
      anonymous: f.anonymous ?? false, author: f.author, createdAt: at(f.createdAt), state: f.state ?? 'open',
      response: f.response ? { body: f.response.body, by: f.response.by, at: at(f.response.at) } : null,
    });
  }
  for (const v of seed.votes ?? []) t.votes.set({ kind: v.kind, id: v.id }, v.by, true);
  if (seed.currentUser) t.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('currentUser', seed.currentUser);
}
