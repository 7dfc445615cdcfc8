import { expect } from '@open-wc/testing';
import { MemoryAdapter, UnavailableError, type Seed } from '@confab/core';
import { invalidatePerson, loadPerson, storePerson } from './people-loader.js';

const seed: Seed = {
  currentUser: 'a',
  people: [{ id: 'a', name: 'Ana' }, { id: 'b', name: 'Ben' }, { id: 'c', name: 'Carla', skills: ['Go'] }],
};
const peopleCalls = (adapter: MemoryAdapter) => adapter.calls.filter((c) => c.method === 'getPeople' || c.method === 'getPerson');

describe('people-loader', () => {
  it('batches calls of one task into one de-duplicated getPeople call', async () => {
    const adapter = new MemoryAdapter({ seed });
    const [a, b, a2] = await Promise.all([loadPerson(adapter.people, 'a'), loadPerson(adapter.people, 'b'), loadPerson(adapter.people, 'a')]);
    expect([a.name, b.name, a2.name]).to.deep.equal(['Ana', 'Ben', 'Ana']);
    const calls = peopleCalls(adapter);
    expect(calls).to.have.length(1);
    expect(calls[0]!.method).to.equal('getPeople');
    expect(calls[0]!.args[0]).to.deep.equal(['a', 'b']);
  });

  it('rejects only the caller of an unknown id with NotFoundError', async () => {
    const adapter = new MemoryAdapter({ seed });
    const [known, unknown] = await Promise.allSettled([loadPerson(adapter.people, 'a'), loadPerson(adapter.people, 'zzz')]);
    expect(known.status).to.equal('fulfilled');
    expect(unknown.status).to.equal('rejected');
    expect((unknown as PromiseRejectedResult).reason.code).to.equal('not-found');
    expect(peopleCalls(adapter)).to.have.length(1);
  });

  it('keeps separate batches per people area', async () => {
    const one = new MemoryAdapter({ seed });
    const two = new MemoryAdapter({ seed });
    await Promise.all([loadPerson(one.people, 'a'), loadPerson(two.people, 'a')]);
    expect(peopleCalls(one)).to.have.length(1);
    expect(peopleCalls(two)).to.have.length(1);
  });

  it('caches briefly, and forgets on invalidation', async () => {
    const adapter = new MemoryAdapter({ seed });
    await loadPerson(adapter.people, 'c');
    await loadPerson(adapter.people, 'c');
    expect(peopleCalls(adapter)).to.have.length(1);
    invalidatePerson(adapter.people, 'c');
    await loadPerson(adapter.people, 'c');
    expect(peopleCalls(adapter)).to.have.length(2);
    storePerson(adapter.people, { ...(await loadPerson(adapter.people, 'c')), name: 'Carla S.' });
    expect((await loadPerson(adapter.people, 'c')).name).to.equal('Carla S.');
    expect(peopleCalls(adapter)).to.have.length(2);
  });

  it('passes errors to every caller of the batch', async () => {
    const adapter = new MemoryAdapter({ seed });
    adapter.failNext(new UnavailableError());
    const results = await Promise.allSettled([loadPerson(adapter.people, 'a'), loadPerson(adapter.people, 'b')]);
    expect(results.map((r) => r.status)).to.deep.equal(['rejected', 'rejected']);
    expect((await loadPerson(adapter.people, 'a')).name).to.equal('Ana');
  });

  it('rejects an aborted caller and aborts the request once nobody waits', async () => {
    const adapter = new MemoryAdapter({ seed, latency: 50 });
    const one = new AbortController();
    const two = new AbortController();
    const p1 = loadPerson(adapter.people, 'a', one.signal);
    const p2 = loadPerson(adapter.people, 'b', two.signal);
    const p3 = loadPerson(adapter.people, 'c');
    const settled = Promise.allSettled([p1, p2, p3]);
    one.abort();
    await new Promise((r) => setTimeout(r, 5));
    two.abort();
    const [r1, r2, r3] = await settled;
    expect(r1.status).to.equal('rejected');
    expect((r1 as PromiseRejectedResult).reason.name).to.equal('AbortError');
    expect(r2.status).to.equal('rejected');
    expect(r3.status).to.equal('fulfilled');
    // 'a' was aborted before the batch was sent, so it was never asked for.
    expect(peopleCalls(adapter)[0]!.args[0]).to.deep.equal(['b', 'c']);
  });
});
