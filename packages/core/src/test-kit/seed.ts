import type { Seed, SeedIdea, SeedQuestion } from '../seed.js';

const hour = (base: string, n: number) => new Date(Date.parse(base) + n * 3_600_000).toISOString();

/** 23 questions in `page:/paging`, one an hour; every third also tagged `beta`. */
const pagingQuestions: SeedQuestion[] = Array.from({ length: 23 }, (_, i) => ({
  id: `q-p${String(i + 1).padStart(2, '0')}`,
  context: 'page:/paging',
  title: `Paging question number ${i + 1}`,
  body: 'Filler text.',
  tags: (i + 1) % 3 === 0 ? ['alpha', 'beta'] : ['alpha'],
  author: i % 2 ? 'ben' : 'cyd',
  createdAt: hour('2025-02-01T00:00:00.000Z', i),
}));

/** 12 ideas in the open campaign, one an hour. */
const campaignIdeas: SeedIdea[] = Array.from({ length: 12 }, (_, i) => ({
  id: `i-${String(i + 1).padStart(2, '0')}`,
  campaignId: 'c-open',
  title: `Office idea number ${i + 1}`,
  body: 'Filler text.',
  author: i % 2 ? 'ben' : 'cyd',
  createdAt: hour('2025-03-01T00:00:00.000Z', i),
}));

/** Votes so that the orders by votes differ from the orders by date. */
const voters = ['ana', 'ben', 'cyd', 'mod'];
const votes: NonNullable<Seed['votes']> = [
  ...[5, 10, 15, 2].flatMap((n, rank) => voters.slice(0, 4 - rank).map((by) => ({ kind: 'question' as const, id: `q-p${String(n).padStart(2, '0')}`, by }))),
  ...[3, 7, 11, 1].flatMap((n, rank) => voters.slice(0, 4 - rank).map((by) => ({ kind: 'idea' as const, id: `i-${String(n).padStart(2, '0')}`, by }))),
];

/**
 * The contract fixture: members `ana`, `ben` and `cyd`, moderator `mod`; questions in several
 * contexts (23 in `page:/paging`), one answered on Kubernetes by `ana`; an open campaign with
 * 12 ideas, a closed campaign, an idea without campaign; one piece of feedback.
 * `ben` declares Kubernetes (endorsed by `cyd`); `ana` only has evidence for it.
 */
export const contractSeed: Seed = {
  currentUser: 'ana',
  people: [
    { id: 'ana', name: 'Ana Alvarez', roles: ['member'], title: 'Platform engineer', department: 'IT', availability: 'available', skills: ['TypeScript'] },
    { id: 'ben', name: 'Ben Okafor', roles: ['member'], title: 'Network engineer', department: 'IT', skills: [{ name: 'Kubernetes', endorsedBy: ['cyd'] }, 'Networking'] },
    { id: 'cyd', name: 'Cyd Lin', roles: ['member'], title: 'Designer', department: 'Marketing', skills: ['Design'] },
    { id: 'mod', name: 'Mo Reyes', roles: ['member', 'moderator'], title: 'Community manager', department: 'HR', skills: [] },
  ],
  questions: [
    { id: 'q-vpn', context: 'page:/it/vpn', title: 'How do I reset my VPN password?', body: 'The VPN client says my password expired.', tags: ['vpn', 'security'], author: 'ben', createdAt: '2025-01-01T09:00:00.000Z' },
    { id: 'q-k8s', context: 'page:/it/platform', title: 'Which Kubernetes namespace should my team use?', body: 'We deploy a new service.', tags: ['kubernetes'], author: 'cyd', createdAt: '2025-01-02T09:00:00.000Z', acceptedAnswerId: 'a-k8s' },
    { id: 'q-travel', context: 'page:/handbook', title: 'Where is the travel policy?', body: 'I need to book a flight.', tags: ['travel'], author: 'ana', createdAt: '2025-01-03T09:00:00.000Z' },
    ...pagingQuestions,
  ],
  answers: [
    { id: 'a-k8s', questionId: 'q-k8s', body: 'Use the team-<name> namespace.', author: 'ana', createdAt: '2025-01-02T10:00:00.000Z' },
    { id: 'a-vpn', questionId: 'q-vpn', body: 'Use the self-service portal.', author: 'cyd', createdAt: '2025-01-01T10:00:00.000Z' },
    { id: 'a-travel', questionId: 'q-travel', body: 'On the HR pages.', author: 'ben', createdAt: '2025-01-03T10:00:00.000Z' },
  ],
  campaigns: [
    { id: 'c-open', title: 'A greener office', purpose: 'We want to cut our footprint by half.', status: 'open', createdAt: '2025-02-20T00:00:00.000Z' },
    { id: 'c-closed', title: 'Summer party 2024', purpose: 'Ideas for the party.', status: 'closed', createdAt: '2024-05-01T00:00:00.000Z' },
  ],
  ideas: [
    ...campaignIdeas,
    { id: 'i-free', campaignId: null, title: 'Standing desks in every meeting room', body: 'Short meetings stay short.', author: 'ben', createdAt: '2025-03-05T00:00:00.000Z' },
    { id: 'i-party', campaignId: 'c-closed', title: 'A boat trip', author: 'cyd', createdAt: '2024-05-02T00:00:00.000Z', status: 'declined', statusChange: { note: 'Too expensive.', by: 'mod', at: '2024-05-10T00:00:00.000Z' } },
  ],
  comments: [
    { id: 'cm-1', ideaId: 'i-01', body: 'Good idea.', author: 'ben', createdAt: '2025-03-02T00:00:00.000Z' },
  ],
  feedback: [
    { id: 'fb-1', subject: 'page:/handbook', variant: 'helpful', rating: 5, author: 'cyd', createdAt: '2025-01-05T00:00:00.000Z' },
  ],
  votes,
};
