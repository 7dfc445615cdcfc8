// The fan-out measured by bench/notify.mjs, run with `node --conditions=development --import tsx`:
// the reference server's storage on a fresh SQLite file, the domain's own write path (runWrite and
// ideas.addComment, so notifications are made in the comment's transaction as in production).
// Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Seed, User } from '@confab/core';
import { ideas, notifications, runWrite } from '@confab/core/domain';
import { openStore } from '@confab/server';

const FOLLOWERS = Number(process.env.CONFAB_BENCH_FOLLOWERS) || 1000;
const WRITES = Number(process.env.CONFAB_BENCH_NOTIFY_WRITES) || 20;
const FOLLOWED_BY_WRITER = 10_000;

const dir = mkdtempSync(join(tmpdir(), 'confab-notify-'));
const store = await openStore({ url: join(dir, 'bench.db') });
try {
  const people = [{ id: 'author', name: 'Author' }, { id: 'writer', name: 'Writer' }, { id: 'busy', name: 'Busy follower' },
    ...Array.from({ length: FOLLOWERS }, (_, i) => ({ id: `f${i}`, name: `Follower ${i}` }))];
  const seed: Seed = {
    currentUser: 'writer', people,
    ideas: [
      { id: 'popular', campaignId: null, title: 'A popular idea', body: 'Followed by many.', author: 'author' },
      { id: 'quiet', campaignId: null, title: 'A quiet idea', body: 'Followed by nobody.', author: 'author' },
    ],
  } as Seed;
  await store.seed(seed);
  const user = (id: string): User => ({ id, name: id, roles: ['member'] });
  // Every follower follows the popular idea; "busy" follows 10,000 other items too.
  for (let i = 0; i < FOLLOWERS; i += 500) {
    await store.transaction(async (repos) => {
      for (let j = i; j < Math.min(FOLLOWERS, i + 500); j++) await repos.notifications.follow(`f${j}`, { kind: 'idea', id: 'popular' }, true);
    });
  }
  await store.transaction(async (repos) => {
    for (let j = 0; j < FOLLOWED_BY_WRITER; j++) await repos.notifications.follow('busy', { kind: 'question', id: `q${j}` }, true);
  });
  const timeWrites = async (writer: string, idea: string, n: number) => {
    const started = performance.now();
    for (let k = 0; k < n; k++) {
      await runWrite(store, user(writer), { operation: 'addComment', input: [idea, k] }, (ctx) => ideas.addComment(ctx, idea, { body: `Comment ${k}` }));
    }
    return (performance.now() - started) / n;
  };
  await timeWrites('writer', 'popular', 2); // warm-up
  const fanOutMs = await timeWrites('writer', 'popular', WRITES);
  const quietMs = await timeWrites('writer', 'quiet', WRITES);
  const busyMs = await timeWrites('busy', 'quiet', WRITES);
  const made = await store.read((repos) => notifications.unreadCount({ repos, user: user('f0') }));
  console.log(JSON.stringify({
    followers: FOLLOWERS, writes: WRITES,
    msPerFanOutWrite: +fanOutMs.toFixed(2),
    notificationsPerSecond: Math.round(FOLLOWERS / (fanOutMs / 1000)),
    msPerWriteWithoutFollowers: +quietMs.toFixed(2),
    msPerWriteByPersonFollowing10000: +busyMs.toFixed(2),
    notificationsOfOneFollower: made,
  }));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
