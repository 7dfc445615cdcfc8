import { resolveSkillKey, skillKey, type SkillAliasMap } from './skills.js';
import type { ExpertReason, Person, RankedPerson } from './types.js';

/** Weights of the expert ranking rule; documented in the README. */
export const RANKING_WEIGHTS = { acceptedAnswer: 5, endorsement: 2, declared: 1 } as const;

/** What to rank people for: skill names (matched by `skillKey`, aliases resolved) and/or free text. */
export interface RankQuery {
  skills?: string[];
  text?: string;
  /** Alias keys → canonical skill keys (see `PeopleArea.mergeSkills`): an alias matches its skill. */
  aliases?: SkillAliasMap;
}

const norm = (s: string) => s.trim().toLowerCase();
const words = (s: string) => norm(s).split(/[^\p{L}\p{N}+#.]+/u).filter((w) => w.length > 1);

/** A query prepared once per ranking: canonical keys of the skills asked for, the text's words, aliases per skill. */
interface Prepared {
  skills: Set<string>;
  text: string;
  words: string[];
  aliases?: SkillAliasMap;
  aliasesOf: Map<string, string[]>;
}

function prepare(query: RankQuery): Prepared {
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, key] of query.aliases ?? []) aliasesOf.set(key, [...(aliasesOf.get(key) ?? []), alias]);
  const text = query.text ? skillKey(query.text) : '';
  return {
    skills: new Set((query.skills ?? []).map((s) => resolveSkillKey(s, query.aliases))),
    text, words: query.text ? words(text) : [], aliases: query.aliases, aliasesOf,
  };
}

function nameInText(name: string, q: Prepared): boolean {
  return q.text.includes(name) || q.words.some((w) => name === w || name.split(' ').includes(w));
}

/** The canonical key of `skill` when it matches the query, else null. */
function skillMatches(skill: string, q: Prepared): string | null {
  const key = resolveSkillKey(skill, q.aliases);
  if (q.skills.has(key)) return key;
  if (!q.text) return null;
  if (nameInText(skillKey(skill), q) || nameInText(key, q)) return key;
  return (q.aliasesOf.get(key) ?? []).some((alias) => nameInText(alias, q)) ? key : null;
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
 * Skills are compared by `skillKey` with aliases resolved, so "k8s" merged into "Kubernetes"
 * counts once, as Kubernetes.
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
  const q = prepare(query);
  for (const person of people) {
    const reasons = new Map<string, ExpertReason>();
    for (const skill of person.skills) {
      const key = skillMatches(skill.name, q);
      if (key === null) continue;
      const r = reasons.get(key);
      if (r) r.endorsements = Math.max(r.endorsements, skill.endorsements);
      else reasons.set(key, { skill: skill.name, acceptedAnswers: 0, endorsements: skill.endorsements, declared: true });
    }
    for (const ev of person.evidence) {
      const key = skillMatches(ev.skill, q);
      if (key === null || ev.acceptedAnswers === 0) continue;
      const r = reasons.get(key) ?? { skill: ev.skill, acceptedAnswers: 0, endorsements: 0, declared: false };
      r.acceptedAnswers = Math.max(r.acceptedAnswers, ev.acceptedAnswers);
      reasons.set(key, r);
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
