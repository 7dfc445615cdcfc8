import type { IdeaStatus, Seed, SeedIdea } from '@confab/core';

/**
 * Demo data for the idea widgets' tests, stories and benchmark (not part of the public API):
 * a member `me`, a moderator `mod`, a colleague `ana`, an open campaign `c1` with a purpose,
 * a closed campaign `c2`, and a few ideas in different statuses.
 *
 * @example
 * ```ts
 * const adapter = new MemoryAdapter({ seed: ideaSeed(), user: 'mod' });
 * ```
 */
export function ideaSeed(): Seed {
  const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
  return {
    currentUser: 'me',
    people: [
      { id: 'me', name: 'Mia Member', roles: ['member'], availability: 'available' },
      { id: 'mod', name: 'Omar Moderator', roles: ['member', 'moderator'], availability: 'available' },
      { id: 'ana', name: 'Ana Colleague', roles: ['member'], availability: 'busy' },
    ],
    campaigns: [
      { id: 'c1', title: 'Greener offices', purpose: 'We want to halve the energy our offices use by 2028. Tell us where we waste it.', status: 'open', createdAt: day(30) },
      { id: 'c2', title: 'Summer party 2026', purpose: 'Ideas for this year’s summer party.', status: 'closed', createdAt: day(200) },
    ],
    ideas: [
      {
        id: 'i1', campaignId: 'c1', title: 'Motion sensors for meeting room lights', author: 'ana', createdAt: day(10),
        body: 'Lights stay on all night in **half** of our meeting rooms.\n\nMotion sensors pay for themselves within a year, see the [facility report](https://example.com/report).',
        tags: ['energy', 'facilities'], status: 'planned',
        statusChange: { note: 'Budget approved for Q3; facilities will pilot it on floor 2.', by: 'mod', at: day(2) },
      },
      { id: 'i2', campaignId: 'c1', title: 'Turn off monitors at night', body: 'A reminder at 6 pm.', author: 'me', createdAt: day(5), tags: ['energy'] },
      { id: 'i3', campaignId: 'c1', title: 'Solar panels on the car park roof', body: '', author: 'ana', createdAt: day(1), tags: [] },
      { id: 'i4', campaignId: null, title: 'Standing desks for everyone', body: 'Good for backs.', author: 'ana', createdAt: day(3), tags: ['health'] },
      { id: 'i5', campaignId: 'c2', title: 'A barbecue on the roof', body: 'With vegetarian options.', author: 'ana', createdAt: day(220), tags: [] },
    ],
    comments: [
      { id: 'k1', ideaId: 'i1', body: 'Yes please, floor 3 too.', author: 'me', createdAt: day(9) },
    ],
    votes: [
      { kind: 'idea', id: 'i1', by: 'ana' }, { kind: 'idea', id: 'i1', by: 'mod' },
      { kind: 'idea', id: 'i2', by: 'ana' },
    ],
  };
}

const WORDS = ['energy', 'desk', 'coffee', 'printer', 'bike', 'parking', 'lights', 'meeting', 'heating', 'garden', 'recycling', 'canteen', 'laptop', 'badge', 'stairs'];
const STATUSES: IdeaStatus[] = ['new', 'new', 'new', 'under-review', 'planned', 'in-progress', 'implemented', 'declined'];

/**
 * A large seed for the benchmark and the scale stories: `count` ideas in campaign `c1`
 * (deterministic, no comments) with votes from 50 colleagues.
 */
export function largeIdeaSeed(count: number): Seed {
  const base = ideaSeed();
  const people = [...base.people];
  for (let p = 0; p < 50; p++) people.push({ id: `p${p}`, name: `Colleague ${p + 1}`, roles: ['member'] });
  const now = Date.now();
  const ideas: SeedIdea[] = [];
  const votes: NonNullable<Seed['votes']> = [];
  for (let n = 0; n < count; n++) {
    const status = STATUSES[n % STATUSES.length]!;
    const a = WORDS[n % WORDS.length]!;
    const b = WORDS[(n * 7 + 3) % WORDS.length]!;
    ideas.push({
      id: `x${n}`, campaignId: 'c1', title: `Idea ${n + 1}: better ${a} and ${b}`, body: `Make the ${a} and the ${b} work for everyone. (${n})`,
      author: `p${n % 50}`, createdAt: new Date(now - n * 60_000).toISOString(), tags: [a], status,
      statusChange: status === 'new' ? null : { note: `Reviewed: ${status}.`, by: 'mod' },
    });
    const voters = (n * 13) % 7;
    for (let v = 0; v < voters; v++) votes.push({ kind: 'idea', id: `x${n}`, by: `p${(n + v) % 50}` });
  }
  return { ...base, people, ideas, comments: [], votes };
}
