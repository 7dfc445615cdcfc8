/** Reading the skill vocabulary's aliases, for the people rules (search, suggestions, endorsements) and the profile rules. */
import { skillKey, skillName, type SkillAliasMap } from '../skills.js';
import type { ReadCtx } from './context.js';

/** Alias keys → canonical keys, for `rankExperts` and look-ups. */
export async function aliasMap(ctx: ReadCtx): Promise<SkillAliasMap> {
  return new Map((await ctx.repos.skills.aliases()).map((a) => [a.aliasKey, a.key]));
}

/** The name to look a typed skill up by: its canonical skill's name when it is an alias (for endorsements). */
export async function canonicalSkill(ctx: ReadCtx, name: string): Promise<string> {
  const key = skillKey(name);
  return (await ctx.repos.skills.aliases()).find((a) => a.aliasKey === key)?.name ?? skillName(name);
}
