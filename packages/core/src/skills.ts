/**
 * The skill vocabulary's spelling rules, the same in every adapter and the reference server:
 * a skill (or tag) is written in Unicode NFKC, trimmed, with inner whitespace collapsed to one
 * space, and two spellings are the same skill when their `skillKey`s are equal (case ignored).
 */

/**
 * A skill as it is stored and shown: NFKC, trimmed, inner whitespace collapsed.
 *
 * @example
 * ```ts
 * skillName('  Ｋｕｂｅｒｎｅｔｅｓ \n ops '); // 'Kubernetes ops'
 * ```
 */
export function skillName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ');
}

/**
 * The key two spellings of one skill share: `skillName` in lower case. Aliases (see
 * `PeopleArea.mergeSkills`) map further keys onto a skill's key.
 *
 * @example
 * ```ts
 * skillKey('Kubernetes') === skillKey(' kubernetes '); // true
 * ```
 */
export function skillKey(name: string): string {
  return skillName(name).toLowerCase().normalize('NFKC');
}

/** Alias keys → the key of the canonical skill they stand for, as `resolveSkillKey` reads it. */
export type SkillAliasMap = ReadonlyMap<string, string>;

/** The key of the canonical skill `name` stands for: its own key unless it is an alias. */
export function resolveSkillKey(name: string, aliases?: SkillAliasMap): string {
  const key = skillKey(name);
  return aliases?.get(key) ?? key;
}
