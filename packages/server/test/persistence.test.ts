/** Restart persistence: close the server, reopen the same SQLite file, everything is still there (and not re-seeded). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { call, startServer } from './helpers.js';

describe('restart', () => {
  it('keeps questions, answers, votes, feedback and the event log across a restart', async () => {
    const first = await startServer();
    const q = (await call(`${first.api}/questions`, { method: 'POST', body: { context: 'page:/restart', title: 'Will this survive?' } })).json as { id: string };
    await call(`${first.api}/questions/${q.id}/answers`, { method: 'POST', body: { body: 'Yes.' }, headers: { 'x-confab-dev-user': 'ben' } });
    await call(`${first.api}/votes/question/${q.id}`, { method: 'PUT', body: { on: true }, headers: { 'x-confab-dev-user': 'cyd' } });
    await call(`${first.api}/feedback`, { method: 'POST', body: { subject: 'page:/restart', variant: 'stars', rating: 4 } });
    const lastEvent = (await call(`${first.url}/healthz`)).json.events as number;
    await first.close();

    const second = await startServer({}, first.dbPath);
    try {
      const thread = (await call(`${second.api}/questions/${q.id}`)).json as { question: { votes: number; title: string }; answers: { body: string }[] };
      assert.equal(thread.question.title, 'Will this survive?');
      assert.equal(thread.question.votes, 1);
      assert.deepEqual(thread.answers.map((a) => a.body), ['Yes.']);
      assert.equal(((await call(`${second.api}/feedback/summary?subject=page:/restart`)).json.count), 1);
      assert.equal((await call(`${second.url}/healthz`)).json.events, lastEvent, 'event ids continue');
      assert.equal(((await call(`${second.api}/questions?context=page:/paging&limit=100`)).json.items as unknown[]).length, 23, 'not seeded twice');
    } finally {
      await second.destroy();
    }
  });
});
