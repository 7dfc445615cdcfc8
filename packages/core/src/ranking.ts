import type { ExpertReason, Person, RankedPerson } from './types.js';

/** Weights of the expert ranking rule; documented in the README. */
export const RANKING_WEIGHTS = { acceptedAnswer: 5, endorsement: 2, declared: 1 } as const;

/** What to rank people for: skill names (matched exactly, ignoring case) and/or free text. */
export interface RankQuery {
  skills?: string[];
  text?: string;
}

const norm = (s: string) => s.trim().toLowerCase();
const words = (s: string) => norm(s).split(/[^\p{L}\p{N}+#.]+/u).filter((w) => w.length > 1);

function skillMatches(skill: string, query: RankQuery): boolean {
  const name = norm(skill);
  if (query.skills?.some((s) => norm(s) === name)) return true;
  if (!query.text) return false;
  const text = norm(query.text);
  if (text.includes(name)) return true;
  return words(query.text).some((w) => name === w || name.split(/\s+/).includes(w));
}

function personMatchesText(person: Person, text: string): boolean {
  const hay = norm([person.name, person.title, person.department, person.location].filter(Boolean).join(' '));
  return words(text).every((w) => hay.includes(w));
}

/**
 * The expert ranking rule, the same in every adapter and the reference server.
 *
 * For every skill that matches the query (declared by the person, or evidenced by answers on
 * questions tagged with it): score += 5 × accepted answers + 2 × endorsements + 1 if declared.
 * People are ordered by score, then accepted answers, then name. With `text`, people whose name,
 * title, department or location match every word are kept with score 0 after the ranked ones.
 *
 * @example
 * ```ts
 * rankExperts(people, { skills: ['Kubernetes'] })[0].reasons; // [{ skill: 'Kubernetes', endorsements: 8, … }]
 * ```
 */
export function rankExperts(people: Person[], query: RankQuery, includeNameMatches = true): RankedPerson[] {
  const ranked: RankedPerson[] = [];
  for (const person of people) {
    const reasons = new Map<string, ExpertReason>();
    for (const skill of person.skills) {
      if (!skillMatches(skill.name, query)) continue;
      reasons.set(norm(skill.name), { skill: skill.name, acceptedAnswers: 0, endorsements: skill.endorsements, declared: true });
    }
    for (const ev of person.evidence) {
      if (!skillMatches(ev.skill, query) || ev.acceptedAnswers === 0) continue;
      const r = reasons.get(norm(ev.skill)) ?? { skill: ev.skill, acceptedAnswers: 0, endorsements: 0, declared: false };
      r.acceptedAnswers = ev.acceptedAnswers;
      reasons.set(norm(ev.skill), r);
    }
    const list = [...reasons.values()];
    const score = list.reduce((sum, r) => sum
      + RANKING_WEIGHTS.acceptedAnswer * r.acceptedAnswers
      + RANKING_WEIGHTS.endorsement * r.endorsements
      + (r.declared ? RANKING_WEIGHTS.declared : 0), 0);
    if (list.length > 0 || (includeNameMatches && query.text && personMatchesText(person, query.text))) {
      list.sort((a, b) => b.acceptedAnswers - a.acceptedAnswers || b.endorsements - a.endorsements || a.skill.localeCompare(b.skill));
      ranked.push({ person, score, reasons: list });
    }
  }
  const accepted = (r: RankedPerson) => r.reasons.reduce((n, x) => n + x.acceptedAnswers, 0);
  return ranked.sort((a, b) => b.score - a.score || accepted(b) - accepted(a)
    || a.person.name.localeCompare(b.person.name) || a.person.id.localeCompare(b.person.id));
}
