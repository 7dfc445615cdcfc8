/**
 * The rules of self-service profiles and the skill vocabulary: who may change a profile, how
 * skills are spelled and resolved through aliases, and what a merge of two skills does.
 */
import type { ProfileInput, SkillQuery } from '../adapter.js';
import { ForbiddenError, ValidationError } from '../errors.js';
import { personScopes } from '../scopes.js';
import { skillKey, skillName } from '../skills.js';
import type { Id, Person, SkillSummary } from '../types.js';
import { checkMerge, checkProfile, checkSkillQuery } from '../validation/inputs.js';
import { isAdmin, type ReadCtx, type WriteCtx } from './context.js';
import { getPerson } from './people.js';
import type { DeclaredSkill, SkillAlias } from './repositories.js';

export { aliasMap, canonicalSkill } from './vocabulary.js';

/** Each skill key's name: the canonical name an alias records, else the spelling most people use (then byte order). */
function namesByKey(declared: DeclaredSkill[], aliases: SkillAlias[]): Map<string, { name: string; people: number }> {
  const out = new Map<string, { name: string; people: number; best: number }>();
  for (const d of declared) {
    const entry = out.get(d.key);
    if (!entry) out.set(d.key, { name: d.name, people: d.people, best: d.people });
    else {
      entry.people += d.people;
      if (d.people > entry.best || (d.people === entry.best && d.name < entry.name)) Object.assign(entry, { name: d.name, best: d.people });
    }
  }
  for (const a of aliases) {
    const entry = out.get(a.key);
    if (entry) entry.name = a.name;
    else out.set(a.key, { name: a.name, people: 0, best: 0 });
  }
  return out;
}

/** The vocabulary: every skill, its aliases, how many list it. */
async function vocabulary(ctx: ReadCtx): Promise<{ skills: SkillSummary[]; aliases: SkillAlias[]; keys: Map<string, SkillSummary> }> {
  const [declared, aliases] = await Promise.all([ctx.repos.skills.declared(), ctx.repos.skills.aliases()]);
  const keys = new Map<string, SkillSummary>();
  for (const [key, { name, people }] of namesByKey(declared, aliases)) keys.set(key, { name, people, aliases: [] });
  for (const a of [...aliases].sort((x, y) => (x.alias < y.alias ? -1 : x.alias > y.alias ? 1 : 0))) keys.get(a.key)?.aliases.push(a.alias);
  return { skills: [...keys.values()], aliases, keys };
}

/**
 * Skills of the vocabulary matching a text in their name or an alias (ignoring case, spacing and
 * Unicode form): names starting with it first, then aliases starting with it, then containing it;
 * within each, most listed first, then by name. Without text, the most listed skills.
 */
export async function listSkills(ctx: ReadCtx, query?: SkillQuery): Promise<SkillSummary[]> {
  const { key: text, limit } = checkSkillQuery(query);
  const { skills } = await vocabulary(ctx);
  const rank = (s: SkillSummary): number => {
    if (!text) return 0;
    const name = skillKey(s.name);
    const aliases = s.aliases.map(skillKey);
    if (name.startsWith(text)) return 0;
    if (aliases.some((a) => a.startsWith(text))) return 1;
    if (name.includes(text) || aliases.some((a) => a.includes(text))) return 2;
    return -1;
  };
  return skills.map((s) => ({ s, r: rank(s) })).filter((x) => x.r >= 0)
    .sort((a, b) => a.r - b.r || b.s.people - a.s.people || a.s.name.localeCompare(b.s.name))
    .slice(0, limit).map((x) => x.s);
}

/** Skill names as stored: each an alias resolved to its canonical skill, a known spelling for a known key, each key once. */
async function canonicalSkills(ctx: ReadCtx, names: string[]): Promise<string[]> {
  const { aliases, keys } = await vocabulary(ctx);
  const byAlias = new Map(aliases.map((a) => [a.aliasKey, a]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names) {
    const alias = byAlias.get(skillKey(raw));
    const key = alias?.key ?? skillKey(raw);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(keys.get(key)?.name ?? alias?.name ?? raw);
  }
  return out;
}

/**
 * Changes a profile (`person.updated`): your own, or anyone's as an admin. Only an admin changes
 * a name (sending the stored name unchanged is allowed). Skills are stored as the vocabulary knows
 * them: "k8s" merged into "Kubernetes" is stored as Kubernetes; a skill listed twice once. A
 * change that changes nothing stores and emits nothing.
 */
export async function updateProfile(ctx: WriteCtx, personId: Id, input: ProfileInput): Promise<Person> {
  const before = await getPerson(ctx, personId);
  if (before.id !== ctx.user.id && !isAdmin(ctx.user)) throw new ForbiddenError('You can only change your own profile');
  const patch = checkProfile(input);
  if (patch.name !== undefined && patch.name !== before.name && !isAdmin(ctx.user)) throw new ForbiddenError('Only an admin can change a name');
  if (patch.skills) patch.skills = await canonicalSkills(ctx, patch.skills);
  await ctx.repos.people.updateProfile(before.id, patch);
  const after = await getPerson(ctx, before.id);
  if (JSON.stringify(after) !== JSON.stringify(before)) ctx.emit('person.updated', personScopes(before.id), after);
  return after;
}

/**
 * Merges `from` into `into` (admins only): both resolved through existing aliases first, then
 * `from` (and every alias of it) becomes an alias of `into`'s skill; people who listed `from`
 * list `into` instead (once), endorsements move with each endorser counted once, and answers on
 * questions tagged `from` count as evidence for `into`. Emits `person.updated` for every person
 * whose skills changed. Returns the merged skill.
 */
export async function mergeSkills(ctx: WriteCtx, from: string, into: string): Promise<SkillSummary> {
  if (!isAdmin(ctx.user)) throw new ForbiddenError('Only admins can merge skills');
  const input = checkMerge(from, into);
  const { aliases, keys } = await vocabulary(ctx);
  const resolve = (name: string) => aliases.find((a) => a.aliasKey === skillKey(name))?.key ?? skillKey(name);
  const fromKey = resolve(input.from);
  const intoKey = resolve(input.into);
  if (fromKey === intoKey) throw new ValidationError({ into: `"${input.from}" and "${input.into}" are already the same skill` });
  const intoName = keys.get(intoKey)?.name ?? skillName(input.into);
  const fromName = keys.get(fromKey)?.name ?? input.from;
  const changed = await ctx.repos.skills.merge(fromKey, fromName, { key: intoKey, name: intoName });
  for (const person of await ctx.repos.people.get(changed, ctx.user.id)) ctx.emit('person.updated', personScopes(person.id), person);
  const merged = (await vocabulary(ctx)).keys.get(intoKey);
  return merged ?? { name: intoName, people: 0, aliases: [fromName] };
}
