import type { Seed, SeedAnswer, SeedQuestion } from '@confab/core';

/** A hostile string: must always be shown as text. */
export const HOSTILE = '<img src=x onerror="window.__confabXss=1">';

/** A very long name, for truncation. */
export const LONG_NAME = 'Maximiliane Alexandrina Wilhelmina von Hohenzollern-Sigmaringen-Habsburg-Lothringen';

/**
 * Demo and test data for the expert widgets: people with skills, endorsements and evidence
 * (accepted answers on tagged questions). Signed in as `me` (Sam Taylor).
 */
export function expertSeed(): Seed {
  const questions: SeedQuestion[] = [];
  const answers: SeedAnswer[] = [];
  let n = 0;
  const evidence = (author: string, tag: string, accepted: number, others = 0) => {
    for (let i = 0; i < accepted + others; i++) {
      n++;
      questions.push({ id: `q${n}`, context: 'https://intranet.example/travel', title: `${tag} question ${n}`, tags: [tag], author: 'farah', acceptedAnswerId: i < accepted ? `a${n}` : null });
      answers.push({ id: `a${n}`, questionId: `q${n}`, body: 'An answer.', author });
    }
  };
  evidence('ana', 'Travel', 12, 3);
  evidence('ben', 'Kubernetes', 3);
  evidence('carla', 'Kubernetes', 5, 1);
  evidence('carla', 'Travel', 1);
  const crowd = ['carla', 'dev', 'farah', 'gustav', 'hiro', 'ines', 'me', 'ana'];
  return {
    currentUser: 'me',
    people: [
      { id: 'me', name: 'Sam Taylor', title: 'Designer', department: 'Digital', location: 'Leeds', availability: 'available', skills: ['Design'] },
      {
        id: 'ana', name: 'Ana López', title: 'Travel Policy Lead', department: 'People & Culture', location: 'Madrid', availability: 'available',
        skills: [{ name: 'Travel', endorsedBy: ['ben', 'carla', 'farah', 'gustav'] }, { name: 'Expenses', endorsedBy: ['ben'] }, 'Spanish'],
      },
      {
        id: 'ben', name: 'Ben Okafor', title: 'Platform Engineer', department: 'IT', location: 'Lagos', availability: 'busy',
        skills: [{ name: 'Kubernetes', endorsedBy: crowd }, { name: 'Terraform', endorsedBy: ['carla'] }, 'Go'],
      },
      {
        id: 'carla', name: 'Carla Schmidt', title: 'Site Reliability Engineer', department: 'IT', location: 'Berlin', availability: 'away',
        skills: [{ name: 'Kubernetes', endorsedBy: ['ben', 'dev', 'hiro'] }, 'Observability'],
      },
      { id: 'dev', name: 'Devika Rao', title: 'Analyst', department: 'Finance', location: 'Pune', availability: 'offline' },
      { id: 'farah', name: 'Farah Haddad', title: 'Office Manager', department: 'Facilities', location: 'Amman', availability: 'available', skills: ['Facilities'] },
      { id: 'gustav', name: 'Gustav Berg', title: 'Accountant', department: 'Finance', location: 'Oslo', skills: ['Expenses'] },
      { id: 'hiro', name: 'Hiro Tanaka', title: 'Developer', department: 'IT', location: 'Osaka', availability: 'busy', skills: ['Go', 'Kubernetes'] },
      { id: 'ines', name: 'Inês Duarte', title: 'Recruiter', department: 'People & Culture', location: 'Lisbon', availability: 'away', skills: ['Hiring'] },
      { id: 'long', name: LONG_NAME, title: 'Chief Executive Assistant to the Deputy Regional Vice-President for Strategic Partnerships', department: 'Office of the Board', location: 'Sigmaringen', availability: 'available', skills: ['Stakeholder management across international subsidiaries', 'Protocol'] },
      { id: 'hostile', name: HOSTILE, title: HOSTILE, department: HOSTILE, location: HOSTILE, availability: 'busy', avatarUrl: 'javascript:alert(1)', skills: [{ name: HOSTILE, endorsedBy: ['ana'] }] },
    ],
    questions,
    answers,
  };
}

/** `count` people `p0`…`p<count-1>`, for directory-size tests and stories. */
export function directorySeed(count: number): Seed {
  return {
    currentUser: 'me',
    people: [
      { id: 'me', name: 'Sam Taylor' },
      ...Array.from({ length: count }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, availability: 'available' as const, skills: ['Travel'] })),
    ],
  };
}
